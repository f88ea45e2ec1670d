"""`timeline export --format datasette -o DIR`: the SQLite export and the metadata Datasette reads.

`DIR/timeline.db` is the SQLite export (`export.write_sqlite`: the four tables, their keys and indexes, and
full-text search over event summaries and notes and source titles and quotes, which Datasette finds on its
own). `DIR/metadata.json` gives Datasette the title, licence and source of the records, a description of
every table and column, sensible default sorts and facets, and a canned query, `state_on`, that answers
"what was in effect on :date?" exactly as `timeline state --on DATE` does: one row per policy, its status (null
before its first event), whether it was in effect, since when, whether that is certain, and the attributes
(JSON text). Serve it with:

    datasette DIR/timeline.db --metadata DIR/metadata.json
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from timeline.atomic import check_targets, write_text

from .export import FTS, TABLES, About, folder_for, write_sqlite

DATABASE = "timeline"

# The one question as SQL: the interval covering :date, for every policy (none before its first status).
STATE_ON = """select
  policies.id,
  policies.name,
  intervals.status,
  coalesce(intervals.in_effect, 0) as in_effect,
  intervals.since,
  coalesce(intervals.certain, 1) as certain,
  coalesce(intervals.attributes, '{}') as attributes,
  coalesce(intervals.pending, '[]') as pending,
  intervals.started_by,
  intervals.valid_from,
  intervals.valid_to
from policies
left join intervals
  on intervals.policy_id = policies.id
  and intervals.valid_from <= date(:date)
  and (intervals.valid_to is null or date(:date) < intervals.valid_to)
order by policies.id"""

TABLE_DESCRIPTIONS = {
    "policies": "One row per policy record.",
    "events": "One row per dated event of a policy: a change of status or attributes, with its summary. Search "
              "covers summaries and notes.",
    "sources": "Every source of every event, in the record's order. Search covers titles and quotes.",
    "intervals": "Runs of days with one state per policy: valid_from inclusive, valid_to exclusive (null while "
                 "open). The row covering a day is the policy's state that day, as `timeline state` gives it.",
}

COLUMNS = {
    "policies": {
        "id": "the policy's id (the record's file name)",
        "name": "the policy's usual name",
        "aliases": "other names (JSON list)",
        "jurisdiction": "where it applies, e.g. US",
        "summary": "what the policy is, and what the record tracks",
        "last_reviewed": "when a person last checked the whole record",
        "events": "how many events the record has",
    },
    "events": {
        "id": "stable key: policy/date/status (u<not_after> for an uncertain date), -2, -3... for repeats",
        "uid": "urn:uuid of the key, as used by the calendar and the feed",
        "policy_id": "the policy",
        "position": "the event's place in the record file, from 0",
        "date": "the effective date (null when only known to fall in a window)",
        "not_before": "uncertain date: the earliest possible day",
        "not_after": "uncertain date: the latest possible day",
        "applies_on": "the day the event counts from: its date, else its not_after (null: never)",
        "uncertain": "1 when the date is only known to fall in a window",
        "status": "the policy's status after this event",
        "action": "what kind of act this was",
        "summary": "one sentence: what changed",
        "announced": "when the act was announced, if not on its date",
        "authority": "who decided: agency, official or court",
        "case_court": "for court actions: the court",
        "case_name": "for court actions: the case name",
        "case_docket": "for court actions: the docket number",
        "case_citation": "for court actions: the reporter citation",
        "attributes": "the attributes this event sets (JSON object; null removes a key)",
        "note": "caveats, and where sources disagree",
    },
    "sources": {
        "event_id": "the event this source supports",
        "position": "the source's place in the event's list, from 0",
        "policy_id": "the policy",
        "url": "the source's address",
        "title": "the source's own title",
        "publisher": "who published it",
        "published": "date of publication",
        "updated": "date of the last update, when the source shows one",
        "quote": "a short verbatim quote that pins the date or the fact",
        "provenance": "curated by a person, or extracted by `timeline extract`",
    },
    "intervals": {
        "policy_id": "the policy",
        "status": "the status on these days (null only in an uncertain window before the first status)",
        "in_effect": "1 when the status is active",
        "valid_from": "the first day of the run (inclusive)",
        "valid_to": "the day after the run (exclusive); null while open",
        "certain": "0 on days when an event of uncertain date may or may not have happened yet",
        "since": "when the current status began",
        "attributes": "the attributes in force (JSON object)",
        "pending": "ids of the events of uncertain date that may have happened by then (JSON list)",
        "started_by": "the event that took effect on valid_from",
    },
}


def metadata(about: About) -> dict:
    """Datasette's metadata for the export: about the records, every table and column, and `state_on`."""
    if set(COLUMNS) != set(TABLES) or any(list(COLUMNS[name]) != [column for column, _ in TABLES[name]]
                                          for name in TABLES):
        raise AssertionError("every exported column needs a description")  # a bug, caught by the tests
    tables: dict[str, dict] = {}
    for name in TABLES:
        tables[name] = {"description": TABLE_DESCRIPTIONS[name], "columns": COLUMNS[name]}
    tables["policies"].update({"label_column": "name", "facets": ["jurisdiction"]})
    tables["events"].update({"sort_desc": "applies_on", "facets": ["policy_id", "status", "action"],
                             "fts_table": "events_fts"})
    tables["sources"].update({"facets": ["publisher", "provenance"], "fts_table": "sources_fts"})
    tables["intervals"].update({"sort": "valid_from", "facets": ["policy_id", "status", "in_effect", "certain"]})
    for name in FTS:
        tables[f"{name}_fts"] = {"hidden": True}
    data: dict = {
        "title": about.title,
        "description": "Dated, sourced status changes of public policies, exported by timeline. Each event has "
                       "its sources; intervals give each policy's state day by day. The query state_on answers "
                       "what was in effect on a date.",
    }
    for key in ("license", "license_url"):
        if getattr(about, key):
            data[key] = getattr(about, key)
    data["source"] = about.source
    if about.source_url:
        data["source_url"] = about.source_url
    data["databases"] = {DATABASE: {
        "tables": tables,
        "queries": {"state_on": {
            "title": "What was in effect on a date?",
            "description": "Each policy's state on :date (YYYY-MM-DD), as `timeline state --on DATE` gives it: "
                           "status (null before its first event), in_effect, since, certain, attributes.",
            "sql": STATE_ON,
        }},
    }}
    return data


def write_datasette(policies: Sequence, folder: Path, ids: Iterable[str] | None, about: About) -> list[Path]:
    """DIR/timeline.db and DIR/metadata.json (the folder is created when missing)."""
    folder = folder_for(folder, "Datasette export writes a database and its metadata into a folder")
    database, described = folder / f"{DATABASE}.db", folder / "metadata.json"
    check_targets([database, described])  # both or neither
    write_sqlite(policies, database, ids)
    write_text(described, json.dumps(metadata(about), indent=2, ensure_ascii=False) + "\n")
    return [database, described]


__all__ = ["COLUMNS", "DATABASE", "STATE_ON", "metadata", "write_datasette"]

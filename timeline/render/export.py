"""Records in other people's tools: JSON, CSV, SQLite (with full-text search), iCalendar and Atom; Datasette
(`datasette.py`) and TimelineJS (`timelinejs.py`) build on these.

JSON, CSV and SQLite hold the same four tables (`TABLES`): `policies`,
`events`, `sources` and `intervals`. An interval is a segment of the core
(`core.segments`): a run of days with one state, `valid_from` inclusive,
`valid_to` exclusive and null while open, so "what was in effect on D" is

    select * from intervals where valid_from <= :d and (valid_to is null or :d < valid_to)

and it gives what `timeline state --on D` gives, `certain` included. Uncertain
events count from their `not_after` (contract §1); the days of their window are
intervals with `certain` = 0 and the pending events' ids in `pending`.

The calendar has one all-day VEVENT per event (an uncertain one spans its
window and is TENTATIVE); the Atom feed lists the most recent events up to a
given day, each linking to its first source. Event ids, ICS UIDs and Atom entry ids derive from the event keys of
`core.keys`, so they are the same on every run. Nothing here reads a clock:
DTSTAMP and `updated` come from the records. Every file is written by
`timeline.atomic`, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from timeline.atomic import check_targets, target_path, write_text
from timeline.core.dates import ONE_DAY, iso
from timeline.core.keys import event_keys, event_uuid
from timeline.core.query import select
from timeline.core.segments import Windows, applies_on, ordered, segments
from timeline.core.values import plain
from timeline.errors import UsageError
from timeline.render.formats import safe_cell

FORMATS = ("json", "csv", "sqlite", "ics", "atom", "datasette", "timelinejs")

# name -> [(column, SQL declaration)]; the same columns, in this order, in CSV and JSON.
TABLES: dict[str, list[tuple[str, str]]] = {
    "policies": [
        ("id", "TEXT PRIMARY KEY"),
        ("name", "TEXT NOT NULL"),
        ("aliases", "TEXT NOT NULL"),  # JSON list
        ("jurisdiction", "TEXT"),
        ("summary", "TEXT"),
        ("last_reviewed", "TEXT"),
        ("events", "INTEGER NOT NULL"),
    ],
    "events": [
        ("id", "TEXT PRIMARY KEY"),  # stable key, see core.keys
        ("uid", "TEXT NOT NULL UNIQUE"),  # urn:uuid:…, used by ICS and Atom
        ("policy_id", "TEXT NOT NULL REFERENCES policies(id)"),
        ("position", "INTEGER NOT NULL"),  # index in the record file, from 0
        ("date", "TEXT"),
        ("not_before", "TEXT"),
        ("not_after", "TEXT"),
        ("applies_on", "TEXT"),  # date, else not_after: the day it counts from (null: never)
        ("uncertain", "INTEGER NOT NULL"),
        ("status", "TEXT NOT NULL"),
        ("action", "TEXT"),
        ("summary", "TEXT NOT NULL"),
        ("announced", "TEXT"),
        ("authority", "TEXT"),
        ("case_court", "TEXT"),
        ("case_name", "TEXT"),
        ("case_docket", "TEXT"),
        ("case_citation", "TEXT"),
        ("attributes", "TEXT"),  # JSON object (the record's `set`), or null
        ("note", "TEXT"),
    ],
    "sources": [
        ("event_id", "TEXT NOT NULL REFERENCES events(id)"),
        ("position", "INTEGER NOT NULL"),
        ("policy_id", "TEXT NOT NULL REFERENCES policies(id)"),
        ("url", "TEXT NOT NULL"),
        ("title", "TEXT NOT NULL"),
        ("publisher", "TEXT"),
        ("published", "TEXT"),
        ("updated", "TEXT"),
        ("quote", "TEXT"),
        ("provenance", "TEXT NOT NULL"),
    ],
    "intervals": [
        ("policy_id", "TEXT NOT NULL REFERENCES policies(id)"),
        ("status", "TEXT"),  # null only in an uncertain window before the first status
        ("in_effect", "INTEGER NOT NULL"),
        ("valid_from", "TEXT NOT NULL"),  # inclusive
        ("valid_to", "TEXT"),  # exclusive; null while open
        ("certain", "INTEGER NOT NULL"),
        ("since", "TEXT"),  # when the status began (as `timeline state`)
        ("attributes", "TEXT NOT NULL"),  # JSON object
        ("pending", "TEXT NOT NULL"),  # JSON list of event ids that may have happened by then
        ("started_by", "TEXT REFERENCES events(id)"),  # the event that took effect on valid_from
    ],
}
PRIMARY_KEYS = {"sources": ("event_id", "position"), "intervals": ("policy_id", "valid_from")}
INDEXES = {
    "events": [("policy_id", "applies_on"), ("applies_on",), ("status",)],
    "sources": [("policy_id",), ("url",)],
    "intervals": [("valid_from", "valid_to"), ("status",), ("policy_id", "valid_to")],
}
# Full-text search, set up as Datasette detects it (a `<table>_fts` FTS5 table whose content= is the table, its
# rowids the table's rowids, as `sqlite-utils enable-fts` makes it): `?_search=` on the table's page searches it.
FTS = {"events": ("summary", "note"), "sources": ("title", "quote")}
JSON_COLUMNS = {("policies", "aliases"), ("events", "attributes"), ("intervals", "attributes"),
                ("intervals", "pending")}
BOOL_COLUMNS = {("events", "uncertain"), ("intervals", "in_effect"), ("intervals", "certain")}


# --- plain rows -----------------------------------------------------------------


def tables(policies: Sequence, ids: Iterable[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The four tables as lists of rows (dicts in column order), JSON-ready; booleans are bools."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for policy in select(policies, ids):
        out["policies"].append({
            "id": policy.id, "name": policy.name, "aliases": list(policy.aliases),
            "jurisdiction": policy.jurisdiction, "summary": policy.summary,
            "last_reviewed": iso(policy.last_reviewed), "events": len(policy.events),
        })
        keys = event_keys(policy)
        for index in ordered(policy.events):
            event = policy.events[index]
            key = keys[index]
            case = event.case
            out["events"].append({
                "id": key, "uid": event_uuid(key).urn, "policy_id": policy.id, "position": index,
                "date": iso(event.date), "not_before": iso(event.not_before), "not_after": iso(event.not_after),
                "applies_on": iso(applies_on(event)), "uncertain": event.date is None,
                "status": str(event.status), "action": str(event.action) if event.action else None,
                "summary": event.summary, "announced": iso(event.announced), "authority": event.authority,
                "case_court": case.court if case else None, "case_name": case.name if case else None,
                "case_docket": case.docket if case else None, "case_citation": case.citation if case else None,
                "attributes": plain(event.attributes) if event.attributes is not None else None,
                "note": event.note,
            })
            for number, source in enumerate(event.sources):
                out["sources"].append({
                    "event_id": key, "position": number, "policy_id": policy.id, "url": source.url,
                    "title": source.title, "publisher": source.publisher, "published": iso(source.published),
                    "updated": iso(source.updated), "quote": source.quote, "provenance": source.provenance,
                })
        took_effect: dict[dt.date, str] = {}  # each day's first event to take effect
        for index in ordered(policy.events):
            day = applies_on(policy.events[index])
            if day is not None:
                took_effect.setdefault(day, keys[index])
        for segment in segments(policy.events):
            out["intervals"].append({
                "policy_id": policy.id, "status": segment.status, "in_effect": segment.in_effect,
                "valid_from": iso(segment.start), "valid_to": iso(segment.end), "certain": segment.certain,
                "since": iso(segment.since), "attributes": segment.attributes,
                "pending": [keys[index] for index in segment.pending],
                "started_by": took_effect.get(segment.start),
            })
    return out


def _flat(table: str, row: dict[str, Any]) -> list[Any]:
    """One row as SQLite/CSV values: JSON columns as JSON text, booleans as 0/1."""
    values = []
    for column, _ in TABLES[table]:
        value = row[column]
        if (table, column) in JSON_COLUMNS and value is not None:
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif (table, column) in BOOL_COLUMNS:
            value = int(value)
        values.append(value)
    return values


# --- formats ----------------------------------------------------------------------


def to_json(policies: Sequence, ids: Iterable[str] | None = None) -> str:
    return json.dumps(tables(policies, ids), indent=2, ensure_ascii=False) + "\n"


def to_csv(policies: Sequence, ids: Iterable[str] | None = None) -> dict[str, str]:
    """File name -> CSV text (header row, then rows; RFC 4180 quoting, CRLF)."""
    files = {}
    for name, rows in tables(policies, ids).items():
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([column for column, _ in TABLES[name]])
        writer.writerows([safe_cell(value) for value in _flat(name, row)] for row in rows)
        files[f"{name}.csv"] = out.getvalue()
    return files


def folder_for(folder: Path, what: str) -> Path:
    """`folder`, created when missing; a usage error when it is a file or its parent does not exist."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; {what}", "move the file away, or give another folder to -o")
    if folder.is_symlink() and not folder.exists():
        raise UsageError(f"{folder} is a link that leads nowhere; {what}", "remove the link, or write elsewhere")
    if not folder.parent.is_dir():
        raise UsageError(f"no such folder: {folder.parent}", "create it first, or write somewhere else")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {folder}: {exc.strerror}",
                         "check the permissions of its folder, or write somewhere else") from None
    return folder


def write_csv(policies: Sequence, folder: Path, ids: Iterable[str] | None = None) -> list[Path]:
    """policies.csv, events.csv, sources.csv and intervals.csv in `folder` (created if missing)."""
    folder = folder_for(folder, "CSV export writes four files into a folder")
    texts = to_csv(policies, ids)
    check_targets([folder / name for name in texts])  # all four or none
    written = []
    for name, text in texts.items():
        write_text(folder / name, text)
        written.append(folder / name)
    return written


def write_sqlite(policies: Sequence, target: Path, ids: Iterable[str] | None = None) -> None:
    """A fresh SQLite database with the four tables, keys, indexes and full-text search (replaces `target`)."""
    data = tables(policies, ids)
    with target_path(target) as temporary:
        temporary.unlink()
        connection = sqlite3.connect(temporary)
        try:
            for name, columns in TABLES.items():
                declared = [f'"{column}" {declaration}' for column, declaration in columns]
                if name in PRIMARY_KEYS:
                    declared.append("PRIMARY KEY (" + ", ".join(PRIMARY_KEYS[name]) + ")")
                connection.execute(f'CREATE TABLE "{name}" (' + ", ".join(declared) + ")")
                for columns_indexed in INDEXES.get(name, []):
                    index = f"idx_{name}_" + "_".join(columns_indexed)
                    connection.execute(f'CREATE INDEX "{index}" ON "{name}" (' + ", ".join(columns_indexed) + ")")
                marks = ", ".join("?" for _ in columns)
                connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                                       [_flat(name, row) for row in data[name]])
            for name, columns in FTS.items():
                listed = ", ".join(f'"{column}"' for column in columns)
                connection.execute(f'CREATE VIRTUAL TABLE "{name}_fts" USING fts5({listed}, content="{name}")')
                connection.execute(f'INSERT INTO "{name}_fts" (rowid, {listed}) SELECT rowid, {listed} FROM "{name}"')
            connection.commit()
        finally:
            connection.close()


# --- iCalendar (RFC 5545) ------------------------------------------------------------


def ics_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never inside a UTF-8 character (§3.1)."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    pieces = []
    start, limit = 0, 75
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:  # a continuation byte: back off
            end -= 1
        pieces.append(encoded[start:end].decode("utf-8"))
        start, limit = end, 74  # the leading space of a continuation line counts
    return "\r\n ".join(pieces)


def _ics_date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # strftime writes year 1 as "1", not "0001"


def to_ics(policies: Sequence, ids: Iterable[str] | None = None) -> str:
    """One VCALENDAR with an all-day VEVENT per event; CRLF line ends, folded lines."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//policy events//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:" + ics_escape("Policy timeline")]
    for policy in select(policies, ids):
        keys = event_keys(policy)
        windows = Windows(policy.events)
        for index in ordered(policy.events):
            event = policy.events[index]
            if event.date is not None:
                first = last = event.date
            elif event.not_after is not None:
                start, _ = windows.window(event)
                first, last = (start if start > dt.date.min else event.not_after), event.not_after
            else:
                first = last = event.not_before
            revised = max([first, last] + [day for source in event.sources
                                             for day in (source.published, source.updated) if day is not None])
            title = f"{policy.name}: {event.status}"
            if event.date is None:
                title = f"{title} (date uncertain: between {first} and {last})"
            description = [event.summary]
            if event.note:
                description.append(event.note)
            description.append("Sources:")
            description.extend(f"- {source.title}" + (f" ({source.publisher})" if source.publisher else "")
                               + f": {source.url}" for source in event.sources)
            lines += [
                "BEGIN:VEVENT",
                "UID:" + str(event_uuid(keys[index])),
                "DTSTAMP:" + _ics_date(revised) + "T000000Z",
                "DTSTART;VALUE=DATE:" + _ics_date(first),
                *(["DTEND;VALUE=DATE:" + _ics_date(last + ONE_DAY)] if last < dt.date.max else []),  # else one day
                "SUMMARY:" + ics_escape(title),
                "DESCRIPTION:" + ics_escape("\n".join(description)),
                "URL:" + event.sources[0].url,
                "CATEGORIES:" + ics_escape(policy.id) + "," + ics_escape(str(event.status)),
                "STATUS:" + ("TENTATIVE" if event.date is None else "CONFIRMED"),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


# --- Atom (RFC 4287) ------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"


def _stamp(day: dt.date) -> str:
    return day.isoformat() + "T00:00:00Z"


def feed_id(ids: Iterable[str] | None) -> str:
    """The same id on every run for the same selection of policies."""
    scope = "timeline:feed" + (":" + ",".join(sorted(set(ids))) if ids else "")
    return uuid.uuid5(uuid.NAMESPACE_URL, scope).urn


def to_atom(policies: Sequence, until: dt.date, ids: Iterable[str] | None = None, limit: int = 50) -> str:
    """The `limit` latest events that took effect on or before `until`, newest first."""
    if limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")
    chosen = []
    for policy in select(policies, ids):
        keys = event_keys(policy)
        for index in ordered(policy.events):
            event = policy.events[index]
            day = applies_on(event)
            if day is not None and day <= until:
                chosen.append((day, policy.id, index, policy, event, keys[index]))
    chosen.sort(key=lambda item: (item[0], item[1], item[2]), reverse=True)
    chosen = chosen[:limit]

    ET.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attributes):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attributes.items() if v is not None})
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", feed_id(ids))
    sub(feed, "title", "Policy timeline: recent changes")
    sub(feed, "subtitle", "Dated, sourced status changes of public policies")
    # No clock: the feed changed when its newest entry did.
    sub(feed, "updated", _stamp(chosen[0][0] if chosen else until))
    author = sub(feed, "author")
    sub(author, "name", "timeline")
    sub(feed, "generator", "timeline")
    for day, _, _, policy, event, key in chosen:
        entry = sub(feed, "entry")
        sub(entry, "id", event_uuid(key).urn)
        title = f"{policy.name}: {event.status}"
        if event.date is None:
            title += f" (on or before {event.not_after})"
        sub(entry, "title", title)
        sub(entry, "updated", _stamp(day))
        sub(entry, "published", _stamp(day))
        sub(entry, "category", term=str(event.status), label=str(event.status))
        sub(entry, "category", term=policy.id, label=policy.name)
        # a feed reader opens the alternate link: the event's first source (the others are related)
        sub(entry, "link", rel="alternate", type="text/html", href=event.sources[0].url, title=event.sources[0].title)
        for source in event.sources[1:]:
            sub(entry, "link", rel="related", href=source.url, title=source.title)
        body = [event.summary] + ([event.note] if event.note else []) + ["Sources:"]
        body += [f"- {source.title}: {source.url}" for source in event.sources]
        sub(entry, "content", "\n".join(body), type="text")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


# --- one entry point ----------------------------------------------------------------------


@dataclass(frozen=True)
class About:
    """What a publication says of itself: its title, the records' licence and where they come from.

    Nothing here is guessed: a licence or address nobody gave is left out (Datasette then shows none)."""

    title: str = "Policy timeline"
    license: str | None = None
    license_url: str | None = None
    source: str = "timeline"
    source_url: str | None = None


def export(policies: Sequence, fmt: str, target: Path | None, *, today: dt.date,
           ids: Iterable[str] | None = None, limit: int = 50, about: About | None = None) -> str | None:
    """Write `fmt` to `target`; with no target, return the text (json, ics, atom, timelinejs only)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'", f"choose one of {', '.join(FORMATS)}")
    ids = list(ids) if ids else None
    about = about or About()
    if fmt in ("sqlite", "csv", "datasette") and target is None:
        raise UsageError(f"--format {fmt} needs -o",
                         "give a file (sqlite) or a folder (csv, datasette) to write to")
    if fmt == "sqlite":
        write_sqlite(policies, target, ids)
        return None
    if fmt == "csv":
        write_csv(policies, target, ids)
        return None
    if fmt == "datasette":
        from .datasette import write_datasette

        write_datasette(policies, target, ids, about)
        return None
    if fmt == "json":
        text = to_json(policies, ids)
    elif fmt == "ics":
        text = to_ics(policies, ids)
    elif fmt == "timelinejs":
        from .timelinejs import to_timelinejs

        text = json.dumps(to_timelinejs(policies, today, ids, about), indent=2, ensure_ascii=False) + "\n"
    else:
        text = to_atom(policies, today, ids, limit)
    if target is None:
        return text
    write_text(target, text)
    return None


__all__ = ["FORMATS", "FTS", "TABLES", "About", "export", "folder_for", "ics_escape", "ics_fold", "tables",
           "to_atom", "to_csv", "to_ics", "to_json", "write_csv", "write_sqlite"]

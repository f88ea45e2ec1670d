"""Every export parses in its own format's reader, with stable ids, written atomically."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_segments import policies as generated_policies
from typer.testing import CliRunner

from timeline.atomic import target_path
from timeline.cli import app
from timeline.records.check import load_policies
from timeline.render import export

SAMPLE = Path(__file__).parent / "fixtures" / "sample"
ATOM = "{http://www.w3.org/2005/Atom}"
TODAY = dt.date(2025, 1, 1)


@pytest.fixture(scope="module")
def records():
    return load_policies([SAMPLE])


def run(*args: str, today: str = "2025-01-01"):
    return CliRunner().invoke(app, [*args, "--data", str(SAMPLE)], env={"TIMELINE_TODAY": today})


# --- a small RFC 5545 reader, enough to check what we write ------------------------


def parse_ics(data: bytes) -> list[dict]:
    """VEVENTs as {NAME: (params, value)}; asserts the line rules of RFC 5545 §3.1 on the way."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in physical)
    assert all(len(line) <= 75 for line in physical), "a line longer than 75 octets"
    logical: list[bytes] = []
    for line in physical:
        if line.startswith(b" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    events, current, stack = [], None, []
    for raw in logical:
        line = raw.decode("utf-8")
        name_params, value = line.split(":", 1)
        name, *params = name_params.split(";")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert stack.pop() == value
            if value == "VEVENT":
                events.append(current)
                current = None
        elif current is not None:
            assert name not in current or name in ("CATEGORIES",)
            current[name] = (params, value)
    assert stack == []
    return events


def unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


# --- JSON / CSV / SQLite ------------------------------------------------------------


def test_json_export_parses_and_holds_the_four_tables(records):
    """`export --format json` is valid JSON with policies, events, sources and intervals, as the library builds them."""
    result = run("export", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["policies", "events", "sources", "intervals"]
    assert data == json.loads(json.dumps(export.tables(records)))
    assert [row["id"] for row in data["policies"]] == ["harbor-permits", "river-tolls"]
    assert len(data["events"]) == sum(len(policy.events) for policy in records)


def test_csv_export_writes_four_files_that_the_csv_module_reads(tmp_path, records):
    """`export --format csv -o DIR` writes one CSV per table, headers equal to the table's columns."""
    folder = tmp_path / "out"
    result = run("export", "--format", "csv", "-o", str(folder))
    assert result.exit_code == 0, result.output
    tables = export.tables(records)
    assert sorted(path.name for path in folder.iterdir()) == ["events.csv", "intervals.csv", "policies.csv",
                                                              "sources.csv"]
    for name, columns in export.TABLES.items():
        with open(folder / f"{name}.csv", newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == [column for column, _ in columns]
        assert len(rows) - 1 == len(tables[name])
    with open(folder / "intervals.csv", newline="", encoding="utf-8") as handle:
        intervals = list(csv.DictReader(handle))
    open_rows = [row for row in intervals if row["valid_to"] == ""]
    assert {row["policy_id"] for row in open_rows} == {"harbor-permits", "river-tolls"}
    assert {row["in_effect"] for row in intervals} == {"0", "1"}
    with open(folder / "events.csv", newline="", encoding="utf-8") as handle:
        summaries = {row["summary"] for row in csv.DictReader(handle)}
    assert "The rule takes effect at two ports: North Pier, South Pier; fees apply — café owners exempt." in summaries


def test_sqlite_export_has_keys_indexes_and_consistent_foreign_keys(tmp_path, records):
    """The SQLite file has the four tables with primary keys, indexes and no dangling references."""
    database = tmp_path / "timeline.db"
    result = run("export", "--format", "sqlite", "-o", str(database))
    assert result.exit_code == 0, result.output
    connection = sqlite3.connect(database)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                      "AND name NOT LIKE '%\\_fts%' ESCAPE '\\'")}
        assert names == {"policies", "events", "sources", "intervals"}
        for table, columns in export.TABLES.items():
            info = connection.execute(f"PRAGMA table_info({table})").fetchall()
            assert [row[1] for row in info] == [column for column, _ in columns]
            assert any(row[5] for row in info), f"{table} has no primary key"
        assert [row[1] for row in connection.execute("PRAGMA table_info(intervals)") if row[5]] == [
            "policy_id", "valid_from"]
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(intervals)")}
        assert "idx_intervals_valid_from_valid_to" in indexes
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        assert count == sum(len(policy.events) for policy in records)
        in_effect = connection.execute(
            "SELECT policy_id FROM intervals WHERE in_effect AND valid_from <= '2021-06-01' "
            "AND (valid_to IS NULL OR '2021-06-01' < valid_to) ORDER BY policy_id").fetchall()
        assert in_effect == [("harbor-permits",), ("river-tolls",)]
    finally:
        connection.close()


def test_sqlite_export_replaces_an_existing_file(tmp_path):
    """Exporting twice to the same file replaces it (no duplicate rows, no leftover temporary files)."""
    database = tmp_path / "timeline.db"
    for _ in range(2):
        assert run("export", "--format", "sqlite", "-o", str(database)).exit_code == 0
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("SELECT count(*) FROM policies").fetchone() == (2,)
    finally:
        connection.close()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["timeline.db"]


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    """When writing fails half-way the target keeps its old bytes and the temporary file is removed."""
    target = tmp_path / "feed.xml"
    target.write_text("old")
    with pytest.raises(RuntimeError), target_path(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["feed.xml"]


# --- ICS ----------------------------------------------------------------------------------


def test_ics_export_follows_rfc5545_and_round_trips_text(tmp_path, records):
    """The calendar uses CRLF, folds at 75 octets, escapes text, and has one VEVENT per event."""
    target = tmp_path / "events.ics"
    assert run("export", "--format", "ics", "-o", str(target)).exit_code == 0
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    events = parse_ics(data)
    assert len(events) == sum(len(policy.events) for policy in records)
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event)
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"][1])
        assert event["DTSTART"][0] == ["VALUE=DATE"] and event["DTSTART"][1] < event["DTEND"][1]
    descriptions = [unescape(event["DESCRIPTION"][1]) for event in events]
    assert any(text.startswith("The rule takes effect at two ports: North Pier, South Pier; fees apply — café")
               for text in descriptions)
    uncertain = [event for event in events if event["STATUS"][1] == "TENTATIVE"]
    assert [(event["DTSTART"][1], event["DTEND"][1]) for event in uncertain] == [("20220101", "20220401"),
                                                                                 ("20210102", "20240502")]


def test_ics_uids_are_unique_and_stable_across_runs():
    """Two exports give the same UIDs (and bytes); no two events share one."""
    first, second = run("export", "--format", "ics"), run("export", "--format", "ics", today="2030-01-01")
    assert first.exit_code == second.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes
    uids = [event["UID"][1] for event in parse_ics(first.stdout_bytes)]
    assert len(uids) == len(set(uids))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_ics_folding_keeps_text_and_octet_limit(text):
    """Folding any line keeps lines within 75 octets, never splits a character, and unfolds to the original."""
    line = "DESCRIPTION:" + export.ics_escape(text)
    folded = export.ics_fold(line).encode("utf-8")
    pieces = folded.split(b"\r\n")
    assert all(len(piece) <= 75 for piece in pieces)
    for piece in pieces:
        piece.decode("utf-8")
    assert b"".join([pieces[0]] + [piece[1:] for piece in pieces[1:]]).decode("utf-8") == line
    assert unescape(line.split(":", 1)[1]) == text.replace("\r\n", "\n").replace("\r", "\n")


# --- Atom ---------------------------------------------------------------------------------


def test_atom_feed_is_well_formed_rfc4287(records):
    """The feed parses as XML and has the elements RFC 4287 requires, newest entry first."""
    result = run("export", "--format", "atom")
    assert result.exit_code == 0, result.output
    feed = ET.fromstring(result.output.encode())
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None, name
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    stamp = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
    assert stamp.fullmatch(feed.find(f"{ATOM}updated").text)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 10  # every sample event is on or before 2025-01-01
    updated = [entry.find(f"{ATOM}updated").text for entry in entries]
    assert updated == sorted(updated, reverse=True) and feed.find(f"{ATOM}updated").text == updated[0]
    for entry in entries:
        assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", entry.find(f"{ATOM}id").text)
        assert entry.find(f"{ATOM}title").text
        assert stamp.fullmatch(entry.find(f"{ATOM}updated").text)
        assert entry.find(f"{ATOM}content").get("type") == "text"
        assert all(link.get("href").startswith("https://") for link in entry.findall(f"{ATOM}link"))


def test_atom_entry_ids_are_stable_and_match_the_event_table(records):
    """Entry ids are the events' uids: the same on every run, whatever today is."""
    early = ET.fromstring(export.to_atom(records, dt.date(2021, 12, 31)))
    late = ET.fromstring(export.to_atom(records, TODAY))
    ids_early = {entry.find(f"{ATOM}id").text for entry in early.findall(f"{ATOM}entry")}
    ids_late = {entry.find(f"{ATOM}id").text for entry in late.findall(f"{ATOM}entry")}
    assert ids_early < ids_late
    uids = {row["uid"] for row in export.tables(records)["events"]}
    assert ids_late == uids
    assert early.find(f"{ATOM}id").text == late.find(f"{ATOM}id").text


def test_atom_limit_and_until(records):
    """--limit caps the entries; events after today are left out."""
    feed = ET.fromstring(run("export", "--format", "atom", "--limit", "2", today="2021-01-01").output.encode())
    titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["River Toll Program: active", "River Toll Program: active"]


# --- usage errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "needle"), [
    (["export", "--format", "sqlite"], "needs -o"),
    (["export", "--format", "csv"], "needs -o"),
    (["export", "--format", "datasette"], "needs -o"),
    (["export", "--format", "xml"], "xml"),
    (["export", "--format", "json", "--policy", "nope"], "unknown policy"),
])
def test_export_usage_errors_exit_2(args, needle):
    """Missing -o, an unknown format or policy is a usage error (exit 2) with a message, never a traceback."""
    result = run(*args)
    assert result.exit_code == 2
    assert needle in result.output
    assert "Traceback" not in result.output


def test_csv_export_refuses_a_file_as_folder(tmp_path):
    """CSV export to an existing file is a usage error; the file is left alone."""
    target = tmp_path / "x.csv"
    target.write_text("keep")
    result = run("export", "--format", "csv", "-o", str(target))
    assert result.exit_code == 2 and "folder" in result.output
    assert target.read_text() == "keep"


def test_export_policy_filter(records):
    """--policy limits every table to that policy."""
    data = json.loads(run("export", "--format", "json", "--policy", "river-tolls").output)
    assert {row["id"] for row in data["policies"]} == {"river-tolls"}
    assert {row["policy_id"] for row in data["events"] + data["intervals"] + data["sources"]} == {"river-tolls"}


@settings(max_examples=30, deadline=None)
@given(generated_policies())
def test_every_format_parses_for_any_records(records):
    """For generated records (uncertain windows included), ICS, Atom, JSON and CSV all parse in their readers."""
    events = parse_ics(export.to_ics(records).encode("utf-8"))
    assert len(events) == sum(len(policy.events) for policy in records)
    assert all(event["DTSTART"][1] < event["DTEND"][1] for event in events)
    feed = ET.fromstring(export.to_atom(records, dt.date(2030, 1, 1)))
    entry_ids = [entry.find(f"{ATOM}id").text for entry in feed.findall(f"{ATOM}entry")]
    assert len(entry_ids) == len(set(entry_ids))
    assert json.loads(export.to_json(records))["policies"]
    for name, text in export.to_csv(records).items():
        rows = list(csv.reader(text.splitlines()))
        assert len(rows) - 1 == len(export.tables(records)[name.removesuffix(".csv")])


# --- full-text search, Datasette's metadata and its state_on query ---------------------------------------------


def test_sqlite_export_has_full_text_search_that_datasette_detects(tmp_path, records):
    """Datasette's own detection finds events_fts and sources_fts, and a word of a summary, a source title or a
    quote finds its row."""
    from datasette.utils import detect_fts

    database = tmp_path / "timeline.db"
    assert run("export", "--format", "sqlite", "-o", str(database)).exit_code == 0
    connection = sqlite3.connect(database)
    try:
        assert detect_fts(connection, "events") == "events_fts"
        assert detect_fts(connection, "sources") == "sources_fts"
        assert detect_fts(connection, "policies") is None
        found = connection.execute("SELECT id FROM events WHERE rowid IN "
                                   "(SELECT rowid FROM events_fts WHERE events_fts MATCH 'nationwide')").fetchall()
        assert found == [("harbor-permits/2020-03-15/enjoined",)]
        titles = connection.execute("SELECT title FROM sources WHERE rowid IN "
                                    "(SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'quietly')").fetchall()
        assert titles == [("Board quietly pauses harbor rule",)]
        assert connection.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'zzzz'").fetchone() == (0,)
    finally:
        connection.close()


def test_datasette_export_writes_database_and_metadata(tmp_path, records):
    """`export --format datasette -o DIR` writes the database and metadata with title, licence, source, every
    table and column described, and the state_on query."""
    from timeline.render.datasette import STATE_ON

    folder = tmp_path / "site"
    result = run("export", "--format", "datasette", "-o", str(folder), "--title", "Harbor rules",
                 "--license", "CC-BY-4.0", "--license-url", "https://creativecommons.org/licenses/by/4.0/",
                 "--source-url", "https://example.org/records")
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in folder.iterdir()) == ["metadata.json", "timeline.db"]
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["title"] == "Harbor rules" and metadata["license"] == "CC-BY-4.0"
    assert metadata["license_url"].startswith("https://") and metadata["source"] == "timeline"
    assert metadata["source_url"] == "https://example.org/records"
    database = metadata["databases"]["timeline"]
    for name, columns in export.TABLES.items():
        described = database["tables"][name]
        assert described["description"]
        assert list(described["columns"]) == [column for column, _ in columns]
        assert all(text for text in described["columns"].values())
    assert database["tables"]["events"]["fts_table"] == "events_fts"
    assert database["queries"]["state_on"]["sql"] == STATE_ON and ":date" in STATE_ON


def test_datasette_metadata_states_no_licence_nobody_gave(tmp_path):
    """Without --license the metadata names none (nothing is guessed)."""
    folder = tmp_path / "out"
    assert run("export", "--format", "datasette", "-o", str(folder)).exit_code == 0
    metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert "license" not in metadata and "license_url" not in metadata and metadata["source"] == "timeline"


@settings(max_examples=25, deadline=None)
@given(generated_policies())
def test_state_on_query_answers_as_timeline_state(records):
    """The canned query state_on gives, for every policy and day, what `state --on` gives."""
    import tempfile

    from timeline.core.query import state_on
    from timeline.render.datasette import STATE_ON

    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "timeline.db"
        export.write_sqlite(records, database)
        connection = sqlite3.connect(database)
        try:
            for offset in range(-2, 90, 3):
                day = dt.date(2020, 1, 1) + dt.timedelta(days=offset)
                rows = connection.execute(STATE_ON, {"date": day.isoformat()}).fetchall()
                expected = state_on(records, day).as_dict()["policies"]
                got = [{"id": row[0], "name": row[1], "status": row[2], "in_effect": bool(row[3]), "since": row[4],
                        "certain": bool(row[5]), "attributes": json.loads(row[6])} for row in rows]
                assert got == [{key: item[key] for key in got[0]} for item in expected], day
        finally:
            connection.close()


# --- Atom links and TimelineJS ---------------------------------------------------------------------------------


def test_every_atom_entry_links_to_its_first_source(records):
    """Each entry has one rel=alternate http(s) link, the event's first source; a feed reader (feedparser)
    opens that link."""
    import feedparser

    text = export.to_atom(records, TODAY)
    feed = ET.fromstring(text)
    firsts = {row["uid"]: None for row in export.tables(records)["events"]}
    sources = export.tables(records)["sources"]
    by_uid = {row["uid"]: row["id"] for row in export.tables(records)["events"]}
    for entry in feed.findall(f"{ATOM}entry"):
        alternate = [link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
        assert len(alternate) == 1
        event_id = by_uid[entry.find(f"{ATOM}id").text]
        first = next(row for row in sources if row["event_id"] == event_id and row["position"] == 0)
        assert alternate[0].get("href") == first["url"]
        firsts[entry.find(f"{ATOM}id").text] = first["url"]
    parsed = feedparser.parse(text)
    assert not parsed.bozo and len(parsed.entries) == 10
    for entry in parsed.entries:
        assert re.match(r"https?://", entry.link) and entry.link == firsts[entry.id]


def _timelinejs_validator():
    from jsonschema import Draft202012Validator

    schema = json.loads((Path(__file__).parent / "fixtures" / "timelinejs.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_timelinejs_export_follows_the_documented_format(records):
    """`export --format timelinejs` validates against TimelineJS's documented format: an event per record event,
    each with a valid start_date, eras for status runs with start and end, escaped text."""
    result = run("export", "--format", "timelinejs")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    errors = [error.message for error in _timelinejs_validator().iter_errors(data)]
    assert errors == []
    assert len(data["events"]) == sum(len(policy.events) for policy in records)
    for slide in data["events"]:
        start = dt.date(slide["start_date"]["year"], slide["start_date"]["month"], slide["start_date"]["day"])
        if "end_date" in slide:
            end = slide["end_date"]
            assert dt.date(end["year"], end["month"], end["day"]) > start and "uncertain" in slide["display_date"]
    assert len({slide["unique_id"] for slide in data["events"]}) == len(data["events"])
    dated = {(slide["group"], slide["start_date"]["year"], slide["start_date"]["month"], slide["start_date"]["day"])
             for slide in data["events"]}
    assert ("Harbor Permit Rule", 2020, 3, 15) in dated
    assert any("Harbor rule begins &lt;today&gt;" in slide["text"]["text"] for slide in data["events"])
    eras = [(era["text"]["headline"], era["start_date"], era["end_date"]) for era in data["eras"]]
    assert ("Harbor Permit Rule: enjoined", {"year": 2020, "month": 3, "day": 15},
            {"year": 2021, "month": 1, "day": 31}) in eras
    assert data["title"]["text"]["headline"] == "Policy timeline"


def test_timelinejs_schema_refuses_what_timelinejs_would(records):
    """The schema can fail: a slide without start_date, an era without end_date and month 13 are refused."""
    validator = _timelinejs_validator()
    good = json.loads(run("export", "--format", "timelinejs").output)
    assert validator.is_valid(good)
    for breaking in (lambda data: data["events"][0].pop("start_date"),
                     lambda data: data["eras"][0].pop("end_date"),
                     lambda data: data["events"][0]["start_date"].update(month=13)):
        data = json.loads(json.dumps(good))
        breaking(data)
        assert not validator.is_valid(data)


@settings(max_examples=25, deadline=None)
@given(generated_policies())
def test_timelinejs_is_valid_for_any_records(records):
    """Generated records (uncertain windows, same-day events) give valid TimelineJS with an event per event."""
    from timeline.render.timelinejs import to_timelinejs

    data = to_timelinejs(records, dt.date(2020, 6, 1))
    assert _timelinejs_validator().is_valid(data)
    assert len(data["events"]) == sum(len(policy.events) for policy in records)
    for era in data["eras"]:
        start, end = era["start_date"], era["end_date"]
        assert (start["year"], start["month"], start["day"]) <= (end["year"], end["month"], end["day"])

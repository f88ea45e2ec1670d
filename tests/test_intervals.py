"""Intervals answer "what was in effect on D" exactly as state_on does."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from timeline.check import load_policies
from timeline.cli import app
from timeline.export import write_sqlite
from timeline.intervals import breakpoints, event_keys, interval_on, intervals
from timeline.model import Policy
from timeline.query import policy_state, state_on

SAMPLE = Path(__file__).parent / "fixtures" / "sample"
BASE = dt.date(2020, 1, 1)
STATUSES = ["proposed", "announced", "active", "suspended", "enjoined", "terminated"]
SOURCE = {"url": "https://example.org/source", "title": "A source", "publisher": "Example", "published": "2020-01-01"}

QUERY = ("SELECT status, in_effect, certain, since, attributes FROM intervals "
         "WHERE policy_id = ? AND valid_from <= ? AND (valid_to IS NULL OR ? < valid_to)")


def day(offset: int) -> str:
    return (BASE + dt.timedelta(days=offset)).isoformat()


@st.composite
def events(draw):
    kind = draw(st.sampled_from(["dated", "dated", "dated", "window", "before", "after-only"]))
    event = {"status": draw(st.sampled_from(STATUSES)), "summary": "Something happened.", "sources": [SOURCE]}
    first = draw(st.integers(0, 60))
    if kind == "dated":
        event["date"] = day(first)
    elif kind == "window":
        event["not_before"], event["not_after"] = day(first), day(first + draw(st.integers(0, 20)))
    elif kind == "before":
        event["not_after"] = day(first)
    else:
        event["not_before"] = day(first)
    if draw(st.booleans()):
        event["set"] = draw(st.dictionaries(st.sampled_from(["a", "b", "c"]),
                                            st.one_of(st.none(), st.integers(0, 3)), max_size=2))
    return event


@st.composite
def policies(draw):
    count = draw(st.integers(1, 3))
    return [Policy.model_validate({"id": f"p{number}", "name": f"Policy {number}",
                                   "events": draw(st.lists(events(), min_size=1, max_size=7))})
            for number in range(count)]


def expected(policy, on: dt.date):
    state = policy_state(policy, on)
    if state.status is None and state.certain:
        return None
    return (state.status, state.in_effect, state.certain, state.since, state.attributes)


@settings(max_examples=120, deadline=None)
@given(policies(), st.lists(st.integers(-5, 90), min_size=1, max_size=12))
def test_interval_on_matches_policy_state(records, offsets):
    """For any records and day, the covering interval carries the state policy_state computes (or none)."""
    for policy in records:
        rows = intervals(policy)
        for offset in offsets:
            on = BASE + dt.timedelta(days=offset)
            row = interval_on(rows, on)
            got = None if row is None else (row.status, row.in_effect, row.certain, row.since, row.attributes)
            assert got == expected(policy, on), (policy.id, on)


@settings(max_examples=60, deadline=None)
@given(policies())
def test_intervals_are_disjoint_and_ordered(records):
    """Intervals of a policy never overlap, are sorted, and only the last may be open."""
    for policy in records:
        rows = intervals(policy)
        for before, after in zip(rows, rows[1:], strict=False):
            assert before.valid_to is not None and before.valid_to <= after.valid_from
        assert all(row.valid_to is None or row.valid_from < row.valid_to for row in rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(policies(), st.lists(st.integers(-5, 90), min_size=1, max_size=15))
def test_sqlite_intervals_answer_like_state_on(records, offsets):
    """`SELECT … FROM intervals WHERE valid_from <= D < valid_to` gives state_on's status, in_effect and certainty."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "timeline.db"
        write_sqlite(records, database)
        connection = sqlite3.connect(database)
        try:
            for offset in offsets:
                on = BASE + dt.timedelta(days=offset)
                for state in state_on(records, on).policies:
                    found = connection.execute(QUERY, (state.id, on.isoformat(), on.isoformat())).fetchall()
                    assert len(found) <= 1
                    if state.status is None and state.certain:
                        assert found == []
                        continue
                    ((status, in_effect, certain, since, attributes),) = found
                    assert (status, bool(in_effect), bool(certain)) == (state.status, state.in_effect, state.certain)
                    assert since == (state.since.isoformat() if state.since else None)
                    assert json.loads(attributes) == json.loads(json.dumps(state.attributes))
        finally:
            connection.close()


def test_sqlite_matches_timeline_state_command_on_every_change(tmp_path):
    """On each day around every change in the sample records, SQLite answers as `timeline state --format json`."""
    records = load_policies([SAMPLE])
    database = tmp_path / "timeline.db"
    result = CliRunner().invoke(app, ["export", "--format", "sqlite", "-o", str(database), "--data", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    days = sorted({change + dt.timedelta(days=shift) for policy in records for change in breakpoints(policy)
                   for shift in (-1, 0, 1)})
    connection = sqlite3.connect(database)
    try:
        for on in days:
            shown = CliRunner().invoke(app, ["state", "--on", on.isoformat(), "--format", "json",
                                             "--data", str(SAMPLE)])
            assert shown.exit_code == 0, shown.output
            for state in json.loads(shown.output)["policies"]:
                found = connection.execute(QUERY, (state["id"], on.isoformat(), on.isoformat())).fetchall()
                if state["status"] is None:
                    assert found == []
                else:
                    ((status, in_effect, certain, since, attributes),) = found
                    assert [status, bool(in_effect), bool(certain), since, json.loads(attributes)] == [
                        state["status"], state["in_effect"], state["certain"], state["since"], state["attributes"]]
    finally:
        connection.close()


def test_uncertain_window_is_its_own_interval():
    """An uncertain event's window is an interval with certain false, the old status and the pending event named."""
    (harbor,) = [policy for policy in load_policies([SAMPLE]) if policy.id == "harbor-permits"]
    row = interval_on(intervals(harbor), dt.date(2022, 2, 1))
    assert (row.status, row.certain, row.valid_from, row.valid_to) == ("active", False, dt.date(2022, 1, 1),
                                                                       dt.date(2022, 3, 31))
    assert row.pending == ("harbor-permits/u2022-03-31/suspended",)
    after = interval_on(intervals(harbor), dt.date(2022, 3, 31))
    assert (after.status, after.certain, after.started_by) == ("suspended", True, row.pending[0])


def test_event_keys_are_stable_and_unique():
    """Event keys depend on date and status, not file position; repeats get -2, -3."""
    policy = Policy.model_validate({"id": "p", "name": "P", "events": [
        {"date": "2021-01-02", "status": "active", "summary": "b", "sources": [SOURCE]},
        {"date": "2021-01-01", "status": "active", "summary": "a", "sources": [SOURCE]},
        {"date": "2021-01-01", "status": "active", "summary": "c", "sources": [SOURCE]},
    ]})
    assert event_keys(policy) == {1: "p/2021-01-01/active", 2: "p/2021-01-01/active-2", 0: "p/2021-01-02/active"}

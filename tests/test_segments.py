"""The one definition of state over time (core.segments) against contract §1 read literally, day by day;
and the exports' intervals, which are the segments, answer as `timeline state` does."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from timeline.cli import app
from timeline.core.keys import event_keys
from timeline.core.query import state_on
from timeline.core.segments import segment_on, segments
from timeline.core.values import plain
from timeline.records.check import load_policies
from timeline.records.model import Policy
from timeline.render.export import write_sqlite

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


# --- contract §1 read literally, one day at a time (an oracle written apart from the package) ---------

def _order(events):
    return sorted(range(len(events)), key=lambda i: (events[i].date or events[i].not_after or events[i].not_before, i))


def _applied(events, day):
    """Indexes of the events applied by the end of `day`, in the order they apply."""
    return [i for i in _order(events) if (events[i].date or events[i].not_after) is not None
            and (events[i].date or events[i].not_after) <= day]


def _status_at(events, day):
    applied = _applied(events, day)
    return events[applied[-1]].status.value if applied else None


def oracle(events, day: dt.date):
    """(status, since, certain, attributes, pending, started_by) on `day`, straight from the contract's words."""
    status = _status_at(events, day)
    attributes: dict = {}
    for i in _applied(events, day):
        for key, value in (events[i].attributes or {}).items():
            if value is None:
                attributes.pop(key, None)
            else:
                attributes[key] = plain(value)
    since = started_by = None
    if status is not None:
        since = day  # walk back while the previous day ended with the same status
        while since > dt.date.min and _status_at(events, since - dt.timedelta(days=1)) == status:
            since -= dt.timedelta(days=1)
        today = [i for i in _applied(events, since) if (events[i].date or events[i].not_after) == since]
        statuses = [events[i].status.value for i in today]
        for position, i in enumerate(today):  # the first event after which the day stays in this status
            if all(value == status for value in statuses[position:]):
                started_by = i
                break
    dated = sorted(e.date for e in events if e.date is not None)
    pending = []
    for i in _order(events):
        event = events[i]
        if event.date is not None:
            continue
        if event.not_before is not None:
            start = event.not_before
        else:
            earlier = [d for d in dated if d < event.not_after]
            start = earlier[-1] + dt.timedelta(days=1) if earlier else dt.date.min
        if event.not_after is not None and event.not_after == dt.date.min:
            end = start
        else:
            end = None if event.not_after is None else event.not_after - dt.timedelta(days=1)
        applied = event.not_after is not None and event.not_after <= day
        if not applied and start <= day and (end is None or day <= end):
            pending.append(i)
    return status, since, not pending, attributes, tuple(pending), started_by


@settings(max_examples=150, deadline=None)
@given(policies(), st.lists(st.integers(-5, 90), min_size=1, max_size=12))
def test_segments_follow_the_contract_day_by_day(records, offsets):
    """For any records and day, the covering segment is the state the contract's words give (or none before
    the first status, when certain); `since` and `started_by` included."""
    for policy in records:
        runs = segments(policy.events)
        for offset in list(offsets) + list(range(-2, 75, 7)):
            on = BASE + dt.timedelta(days=offset)
            want = oracle(policy.events, on)
            row = segment_on(runs, on)
            if want[0] is None and want[2]:
                assert row is None, (policy.id, on)
                continue
            got = (row.status, row.since, row.certain, row.attributes, row.pending, row.started_by)
            assert got == want, (policy.id, on)


@settings(max_examples=60, deadline=None)
@given(policies())
def test_segments_are_ordered_contiguous_and_maximal(records):
    """Segments never overlap, touch each other, only the last is open, and neighbours differ in state."""
    for policy in records:
        rows = segments(policy.events)
        for before, after in zip(rows, rows[1:], strict=False):
            assert before.end == after.start
            assert not before.same_state(after)
        assert all(row.end is None or row.start < row.end for row in rows)
        assert not rows or rows[-1].end is None


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
    days = sorted({row.start + dt.timedelta(days=shift) for policy in records for row in segments(policy.events)
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


def test_uncertain_window_is_its_own_segment():
    """An uncertain event's window is a segment with certain false, the old status and the pending event named."""
    (harbor,) = [policy for policy in load_policies([SAMPLE]) if policy.id == "harbor-permits"]
    runs = segments(harbor.events)
    row = segment_on(runs, dt.date(2022, 2, 1))
    assert (row.status, row.certain, row.start, row.end) == ("active", False, dt.date(2022, 1, 1),
                                                             dt.date(2022, 3, 31))
    assert [event_keys(harbor)[index] for index in row.pending] == ["harbor-permits/u2022-03-31/suspended"]
    after = segment_on(runs, dt.date(2022, 3, 31))
    assert (after.status, after.certain, after.started_by) == ("suspended", True, row.pending[0])


def test_event_keys_are_stable_and_unique():
    """Event keys depend on date and status, not file position; repeats get -2, -3."""
    policy = Policy.model_validate({"id": "p", "name": "P", "events": [
        {"date": "2021-01-02", "status": "active", "summary": "b", "sources": [SOURCE]},
        {"date": "2021-01-01", "status": "active", "summary": "a", "sources": [SOURCE]},
        {"date": "2021-01-01", "status": "active", "summary": "c", "sources": [SOURCE]},
    ]})
    assert event_keys(policy) == {1: "p/2021-01-01/active", 2: "p/2021-01-01/active-2", 0: "p/2021-01-02/active"}

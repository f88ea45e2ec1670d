"""Answers from the cache equal the answers computed from the records: every day of a range, random pairs."""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.api import Timeline
from timeline.errors import RecordsInvalid
from timeline.render.formats import render
from timeline.store import cache

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import generate  # noqa: E402

TRICKY = textwrap.dedent("""\
    id: tricky
    name: Tricky
    aliases: [The Tricky One]
    events:
      - date: 2020-03-01
        status: active
        summary: Second in the file, first in time after the uncertain one below.
        set: {a: 1, b: [x, y], since: 2019-12-31}
        sources: [{url: "https://example.org/1", title: One}]
      - not_after: 2020-02-01
        status: announced
        summary: Known only to have happened by February; nothing dated before it.
        sources: [{url: "https://example.org/2", title: Two}]
      - date: 2020-03-01
        status: suspended
        summary: Same day as the first, so it applies after it (file order).
        set: {a: null, c: true}
        sources: [{url: "https://example.org/3", title: Three}]
      - not_before: 2020-04-10
        not_after: 2020-05-20
        status: active
        action: resumed
        summary: Resumed some time in a window.
        sources: [{url: "https://example.org/4", title: Four}]
      - not_before: 2020-06-01
        status: terminated
        summary: Only a lower bound; it never counts as applied.
        sources: [{url: "https://example.org/5", title: Five}]
      - not_after: 2020-05-01
        status: active
        summary: Upper bound only, after dated events, overlapping the window above.
        set: {b: [z]}
        sources: [{url: "https://example.org/6", title: Six}]
      - date: 2021-01-01
        status: active
        action: amended
        summary: Amended.
        set: {b: null}
        sources: [{url: "https://example.org/7", title: Seven}]
    """)

FLIP = textwrap.dedent("""\
    id: flip
    name: Flip
    events:
      - date: 2021-01-01
        status: active
        summary: In effect.
        sources: [{url: "https://example.org/1", title: One}]
      - date: 2021-02-01
        status: suspended
        summary: Suspended in the morning...
        sources: [{url: "https://example.org/2", title: Two}]
      - date: 2021-02-01
        status: active
        summary: ...and back the same afternoon, so it was active on every day.
        sources: [{url: "https://example.org/3", title: Three}]
""")


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("records")
    generate(folder, 25, 12, seed=3)
    (folder / "tricky.yaml").write_text(TRICKY)
    (folder / "flip.yaml").write_text(FLIP)
    return folder


def dates_that_matter(policies) -> list[dt.date]:
    days = {dt.date(1990, 1, 1), dt.date(2100, 1, 1)}
    for policy in policies:
        for event in policy.events:
            for day in (event.date, event.not_before, event.not_after):
                if day is not None:
                    days.update({day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)})
    return sorted(days)


def test_cached_since_ignores_a_status_left_and_regained_on_one_day(records):
    """A same-day suspension and resumption keep `since` at the start of the run, cached or not."""
    day = dt.date(2021, 3, 1)
    computed = Timeline(records, cache=False).state(day, ["flip"])
    Timeline(records).state(day, ["flip"])  # fills
    assert Timeline(records).state(day, ["flip"]) == computed
    assert computed.policies[0].since == dt.date(2021, 1, 1)
    assert computed.policies[0].started_by["summary"] == "In effect."


def test_cached_state_equals_computed_state_on_every_date_that_matters(records):
    """On every event date, the day before and the day after, the cache gives the core's answer."""
    computed, cached = Timeline(records, cache=False), Timeline(records)
    days = dates_that_matter(computed.policies())
    assert any(event.date is None for policy in computed.policies() for event in policy.events)
    for day in days:
        assert cached.state(day) == computed.state(day), day
    assert cached.state(days[5], ["tricky", "The Tricky One", "FLIP"]) == computed.state(days[5], ["tricky", "flip"])


def test_cached_diff_log_and_history_equal_computed(records):
    """Over windows of many lengths, diff and log from the cache are the core's, events and all; so is show."""
    computed, cached = Timeline(records, cache=False), Timeline(records)
    policies = computed.policies()
    days = dates_that_matter(policies)
    step = max(1, len(days) // 40)
    for start in days[::step]:
        for length in (0, 1, 30, 400, 5000):
            end = start + dt.timedelta(days=length)
            assert cached.diff(start, end) == computed.diff(start, end), (start, end)
            assert cached.log(since=start, until=end) == computed.log(since=start, until=end), (start, end)
            assert cached.diff(start, end, ["tricky"]) == computed.diff(start, end, ["tricky"])
    assert cached.log() == computed.log()
    for policy in policies:
        assert cached.history(policy.id) == computed.history(policy.id), policy.id


def test_cached_text_equals_computed_text(records, monkeypatch):
    """The text of every answer is the same from the cache as from the records, at several widths."""
    computed, cached = Timeline(records, cache=False), Timeline(records)
    days = dates_that_matter(computed.policies())
    for columns in ("60", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        for day in days[:: max(1, len(days) // 30)]:
            assert render(cached.state(day), "text") == render(computed.state(day), "text"), day
        for start in days[:: max(1, len(days) // 15)]:
            end = start + dt.timedelta(days=400)
            assert render(cached.diff(start, end), "text") == render(computed.diff(start, end), "text")


def test_attribute_equal_in_python_but_not_in_json_is_a_change(tmp_path):
    """An attribute set again to 1.0 after 1 (equal in Python, not in JSON) is a changed attribute, cached or not;
    so is `true` after 1."""
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "same.yaml").write_text(textwrap.dedent("""\
        id: same
        name: Same
        events:
          - date: 2020-01-01
            status: active
            summary: Starts.
            set: {cap: 1, flag: 1, day: 2020-01-01}
            sources: [{url: "https://example.org/1", title: One}]
          - date: 2020-06-01
            status: active
            action: amended
            summary: Sets the same cap again, as a float, and the flag as a boolean.
            set: {cap: 1.0, flag: true}
            sources: [{url: "https://example.org/2", title: Two}]
        """))
    start, end = dt.date(2020, 2, 1), dt.date(2020, 7, 1)
    computed = Timeline(folder, cache=False).diff(start, end)
    assert computed.changes[0].attributes_changed == {"cap": [1, 1.0], "flag": [1, True]}
    Timeline(folder).diff(start, end)  # fills
    assert Timeline(folder).diff(start, end) == computed


def test_cache_filled_in_several_transactions_answers_the_same(records, monkeypatch):
    """Filling the cache a few files per transaction (as for thousands of files) gives the same answers."""
    monkeypatch.setattr(cache, "WRITE_EVERY", 3)
    computed = Timeline(records, cache=False)
    day = dt.date(2020, 6, 2)
    assert Timeline(records).state(day) == computed.state(day)  # fills
    assert Timeline(records).state(day) == computed.state(day)  # reads
    with cache.Store.open(cache.location.cache_file([records])) as store:
        assert len(store.db.execute("SELECT id FROM files").fetchall()) == len(computed.policies())


# --- random records -------------------------------------------------------------------------------

START = dt.date(2020, 1, 1)
STATUSES = ("proposed", "announced", "active", "suspended", "enjoined", "terminated")


@st.composite
def random_event(draw) -> dict:
    kind = draw(st.sampled_from(["date", "date", "date", "window", "after", "before"]))
    offset = draw(st.integers(0, 60))
    event: dict = {}
    if kind == "date":
        event["date"] = START + dt.timedelta(days=offset)
    elif kind == "window":
        event["not_before"] = START + dt.timedelta(days=offset)
        event["not_after"] = START + dt.timedelta(days=offset + draw(st.integers(0, 10)))
    elif kind == "after":
        event["not_after"] = START + dt.timedelta(days=offset)
    else:
        event["not_before"] = START + dt.timedelta(days=offset)
    event["status"] = draw(st.sampled_from(STATUSES))
    event["summary"] = f"Event {draw(st.integers(0, 10**6))}."
    if draw(st.booleans()):
        event["set"] = draw(st.dictionaries(st.sampled_from(["a", "b", "c"]),
                                            st.one_of(st.none(), st.integers(0, 2), st.booleans(),
                                                      st.sampled_from([1.0, "x", [1, 2], [True]])), max_size=2))
    event["sources"] = [{"url": "https://example.org/x", "title": "X"}]
    return event


def _write(folder: Path, policies: list[list[dict]]) -> None:
    for path in folder.glob("*.yaml"):
        path.unlink()
    for number, events in enumerate(policies):
        data = {"id": f"p{number}", "name": f"Policy {number}", "events": events}
        (folder / f"p{number}.yaml").write_text(yaml.safe_dump(data, sort_keys=False))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(policies=st.lists(st.lists(random_event(), min_size=1, max_size=8), min_size=1, max_size=3),
       pairs=st.lists(st.tuples(st.integers(-3, 80), st.integers(0, 80)), min_size=3, max_size=6))
def test_cache_equals_core_on_random_records(tmp_path_factory, policies, pairs):
    """On random records (uncertain windows, same-day flips, typed attributes), the cache answers state on
    every day of the range, and diff and log between random days, exactly as the core computes them."""
    folder = tmp_path_factory.mktemp("random")
    _write(folder, policies)
    computed, cached = Timeline(folder, cache=False), Timeline(folder)
    try:
        computed.policies()
    except RecordsInvalid:  # a random record the rules refuse (a transition): the cache refuses it too
        with pytest.raises(RecordsInvalid):
            cached.state(START)
        return
    for offset in range(-3, 82):
        day = START + dt.timedelta(days=offset)
        assert cached.state(day) == computed.state(day), day
    for first, length in pairs:
        start = START + dt.timedelta(days=first)
        end = start + dt.timedelta(days=length)
        assert cached.diff(start, end) == computed.diff(start, end), (start, end)
        assert cached.log(since=start, until=end) == computed.log(since=start, until=end), (start, end)
    for policy in computed.policies():
        assert cached.history(policy.id) == computed.history(policy.id)

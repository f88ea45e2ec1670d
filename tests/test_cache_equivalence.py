"""Answers from the cache equal the answers computed from the records, on every date that matters."""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

import pytest

from timeline import cache
from timeline.check import load_policies
from timeline.query import diff, state_on

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import generate  # noqa: E402

TRICKY = textwrap.dedent("""\
    id: tricky
    name: Tricky
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


def test_cached_since_ignores_a_status_left_and_regained_on_one_day(records, tmp_path, monkeypatch):
    """A same-day suspension and resumption keep `since` at the start of the run, cached or not."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    day = dt.date(2021, 3, 1)
    computed = state_on(load_policies([records]), day, ["flip"]).as_dict()
    cache.state([records], day, ["flip"])  # fills
    assert cache.state([records], day, ["flip"]).as_dict() == computed
    assert computed["policies"][0]["since"] == "2021-01-01"


def dates_that_matter(policies) -> list[dt.date]:
    days = {dt.date(1990, 1, 1), dt.date(2100, 1, 1)}
    for policy in policies:
        for event in policy.events:
            for day in (event.date, event.not_before, event.not_after):
                if day is not None:
                    days.update({day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)})
    return sorted(days)


def test_cached_state_equals_computed_state_on_every_date_that_matters(records, tmp_path, monkeypatch):
    """On every event date, the day before and the day after, the cache gives state_on's answer."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    policies = load_policies([records])
    days = dates_that_matter(policies)
    assert any(event.uncertain for policy in policies for event in policy.events)
    for day in days[:: max(1, len(days) // 300)] + [dt.date(2020, 2, 1), dt.date(2020, 4, 10), dt.date(2020, 6, 2)]:
        assert cache.state([records], day).as_dict() == state_on(policies, day).as_dict(), day


def test_cached_diff_equals_computed_diff(records, tmp_path, monkeypatch):
    """Over windows of many lengths, the cache gives query.diff's answer, events and all."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    policies = load_policies([records])
    days = dates_that_matter(policies)
    step = max(1, len(days) // 40)
    for start in days[::step]:
        for length in (0, 1, 30, 400, 5000):
            end = start + dt.timedelta(days=length)
            assert cache.diff([records], start, end).as_dict() == diff(policies, start, end).as_dict(), (start, end)


def test_cached_policies_equal_loaded_policies(records, tmp_path, monkeypatch):
    """log and show rebuild the same models from the cache as from the files."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    loaded = sorted(load_policies([records]), key=lambda policy: policy.id)
    cache.policies([records])  # fills
    assert cache.policies([records]) == loaded
    assert cache.policies([records], ["tricky"]) == [p for p in loaded if p.id == "tricky"]


def test_extract_reads_the_same_records_from_the_cache(records, tmp_path, monkeypatch):
    """`timeline extract` gets the same records from a warm cache as from reading the files."""
    from timeline.extract import load_records

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    from_files = load_records([records], no_cache=True)
    cache.policies([records])  # fills
    assert cache.record_values([records]) is not None
    assert load_records([records]) == from_files
    assert {record.id for record in from_files} >= {"tricky"}

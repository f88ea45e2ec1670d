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


def test_cached_text_equals_computed_text(records, tmp_path, monkeypatch):
    """The text format, built from the cache's rows without the library's objects, is the library's text."""
    from timeline.render import render

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    policies = load_policies([records])
    days = dates_that_matter(policies)
    for columns in ("60", "100", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        for day in days[:: max(1, len(days) // 40)] + [dt.date(2020, 2, 1), dt.date(2020, 4, 10)]:
            cached, computed = cache.state([records], day), state_on(policies, day)
            assert cached.rows() == computed.rows(), day
            assert render(cached, "text") == render(computed, "text"), day
            for ids in (["tricky"], [policies[0].id, "tricky"]):
                assert render(cache.state([records], day, ids), "text") == render(state_on(policies, day, ids),
                                                                                  "text"), (day, ids)
        for start in days[:: max(1, len(days) // 20)]:
            for length in (0, 30, 400):
                end = start + dt.timedelta(days=length)
                cached, computed = cache.diff([records], start, end), diff(policies, start, end)
                assert cached.rows() == computed.rows(), (start, end)
                assert render(cached, "text") == render(computed, "text"), (start, end)
                for ids in (["tricky"], [policies[0].id, "tricky"]):  # the cache's diff of some policies only
                    assert cache.diff([records], start, end, ids).rows() == diff(policies, start, end, ids).rows(), \
                        (start, end, ids)


def test_attribute_equal_in_value_but_not_in_form_is_not_a_changed_attribute(tmp_path, monkeypatch):
    """An attribute set again to an equal value written otherwise (1, then 1.0): its event is listed, the
    attribute is not changed, as in query.diff (the cache compares values, not stored bytes)."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "same.yaml").write_text(textwrap.dedent("""\
        id: same
        name: Same
        events:
          - date: 2020-01-01
            status: active
            summary: Starts.
            set: {cap: 1, day: 2020-01-01}
            sources: [{url: "https://example.org/1", title: One}]
          - date: 2020-06-01
            status: active
            action: amended
            summary: Sets the same cap again, as a float.
            set: {cap: 1.0}
            sources: [{url: "https://example.org/2", title: Two}]
        """))
    policies = load_policies([folder])
    for start, end in ((dt.date(2020, 2, 1), dt.date(2020, 7, 1)), (dt.date(2020, 7, 1), dt.date(2020, 8, 1))):
        cache.diff([folder], start, end)  # fills
        assert cache.diff([folder], start, end).as_dict() == diff(policies, start, end).as_dict()
        assert cache.diff([folder], start, end).rows() == diff(policies, start, end).rows()


def test_text_only_diff_gives_the_full_report_when_asked(records, tmp_path, monkeypatch):
    """A diff read for the text only (no stored events read) still gives query.diff's full answer on as_dict()."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    policies = load_policies([records])
    start, end = dt.date(2019, 6, 1), dt.date(2021, 6, 1)
    cache.diff([records], start, end)  # fills
    answer = cache.diff([records], start, end, text_only=True)
    assert answer.rows() == diff(policies, start, end).rows()
    assert answer.as_dict() == diff(policies, start, end).as_dict()


def test_cache_filled_in_several_transactions_answers_the_same(records, tmp_path, monkeypatch):
    """Filling the cache a few files per transaction (as for thousands of files) gives the same answers."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "WRITE_EVERY", 3)
    policies = load_policies([records])
    day = dt.date(2020, 6, 2)
    assert cache.state([records], day).as_dict() == state_on(policies, day).as_dict()  # fills
    assert cache.state([records], day).as_dict() == state_on(policies, day).as_dict()  # reads
    with cache.Store.open(cache.cache_file([records])) as store:
        assert len(store.db.execute("SELECT id FROM files").fetchall()) == len(policies)

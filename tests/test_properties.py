"""Properties of the queries over random valid policies (hypothesis).

- shuffling the policies, and the events inside a policy (when no two share a day), changes no answer;
- applying the diff's events, in order, to the state on FROM gives the state on TO;
- the state on an event's day reflects that event when it is the last one that day.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.core.query import diff, event_dict, history, log, state_on
from timeline.core.segments import Windows, applies_on
from timeline.core.values import plain
from timeline.records.model import STATUSES, Policy

EPOCH = dt.date(2020, 1, 1)
SPAN = 120  # days; small, so that events collide and windows overlap often
SOURCE = {"url": "https://example.org/doc", "title": "A document", "publisher": "Example", "published": "2020-01-01"}
KEYS = ("capacity", "ports", "region")

# modest: the suite runs on shared cores; no deadline, as timing there is noise
modest = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

days = st.integers(min_value=0, max_value=SPAN)
query_days = st.integers(min_value=-5, max_value=SPAN + 5).map(lambda n: EPOCH + dt.timedelta(days=n))
attribute_sets = st.none() | st.dictionaries(st.sampled_from(KEYS), st.none() | st.integers(0, 3), max_size=3)


@st.composite
def events_on(draw, offsets: list[int]) -> list[dict]:
    """One event per offset: dated, or (sometimes) uncertain with not_after there."""
    events = []
    for number, offset in enumerate(offsets):
        when = EPOCH + dt.timedelta(days=offset)
        data: dict = {"status": draw(st.sampled_from(STATUSES)), "summary": f"Event {number}.",
                      "sources": [SOURCE]}
        kind = draw(st.sampled_from(["dated", "dated", "dated", "not_after", "window"]))
        if kind == "dated":
            data["date"] = when.isoformat()
        else:
            data["not_after"] = when.isoformat()
            if kind == "window":
                data["not_before"] = (when - dt.timedelta(days=draw(st.integers(0, 10)))).isoformat()
        attributes = draw(attribute_sets)
        if attributes is not None:
            data["set"] = attributes
        events.append(data)
    return events


@st.composite
def policies(draw, *, distinct_days: bool) -> list[Policy]:
    count = draw(st.integers(min_value=1, max_value=3))
    found = []
    for number in range(count):
        if distinct_days:
            offsets = draw(st.lists(days, min_size=1, max_size=6, unique=True))
        else:
            offsets = draw(st.lists(days, min_size=1, max_size=6))
        found.append(Policy.model_validate({"id": f"policy-{number}", "name": f"Policy {number}",
                                            "events": draw(events_on(offsets))}))
    return found


def shuffled(items: list, seed: int) -> list:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


def shuffle_events(policy: Policy, seed: int) -> Policy:
    return policy.model_copy(update={"events": shuffled(policy.events, seed)})


def answers(found: list[Policy], on: dt.date, start: dt.date, end: dt.date) -> list:
    return [
        state_on(found, on).as_dict(),
        diff(found, start, end).as_dict(),
        log(found).as_dict(),
        log(found, since=start, until=end).as_dict(),
        [history(found, policy_id).as_dict() for policy_id in sorted(p.id for p in found)],
    ]


@modest
@given(policies(distinct_days=True), query_days, query_days, query_days, st.integers())
def test_shuffling_policies_and_events_changes_no_answer(found, on, first, second, seed):
    """Reordering the files and the events in them (no two on one day) leaves state, diff, log and show alike."""
    start, end = min(first, second), max(first, second)
    expected = answers(found, on, start, end)
    reordered = shuffled([shuffle_events(p, seed + n) for n, p in enumerate(found)], seed)
    assert answers(reordered, on, start, end) == expected


@modest
@given(policies(distinct_days=False), query_days, query_days)
def test_diff_events_applied_to_the_earlier_state_give_the_later_state(found, first, second):
    """Applying the diff's events that take effect in (FROM, TO], in order, to state(FROM) gives state(TO)."""
    start, end = min(first, second), max(first, second)
    report = diff(found, start, end)
    changed = {change.id: change for change in report.changes}
    before = {s.id: s for s in state_on(found, start).policies}
    after = {s.id: s for s in state_on(found, end).policies}
    for policy_id, earlier in before.items():
        status, since, attributes = earlier.status, earlier.since, dict(earlier.attributes)
        change = changed.get(policy_id)
        # listed events whose window only overlaps (FROM, TO] are not applied by TO
        def applies(event: dict) -> dt.date | None:
            text = event["date"] or event.get("not_after")
            return dt.date.fromisoformat(text) if text else None

        applied = [e for e in (change.events if change else []) if applies(e) and start < applies(e) <= end]
        for when, group in itertools.groupby(applied, key=applies):
            that_day = list(group)
            for event in that_day:
                for key, value in (event.get("set") or {}).items():
                    if value is None:
                        attributes.pop(key, None)
                    else:
                        attributes[key] = value
            # `since` counts in days: the status at the end of the day decides whether a new run began
            if that_day[-1]["status"] != status:
                status, since = that_day[-1]["status"], when
        later = after[policy_id]
        assert (status, since, attributes) == (later.status, later.since, later.attributes)
        if change is None:
            assert (earlier.status, earlier.attributes) == (later.status, later.attributes)


@modest
@given(policies(distinct_days=False))
def test_state_on_an_events_day_reflects_that_event(found):
    """On the day an event takes effect, when no later-listed event shares that day, the state shows it."""
    for policy in found:
        for index, event in enumerate(policy.events):
            same_day_later = [other for other in policy.events[index + 1:] if applies_on(other) == applies_on(event)]
            if same_day_later or applies_on(event) is None:
                continue
            (state,) = state_on([policy], applies_on(event)).policies
            assert state.status == event.status.value
            assert state.in_effect is (event.status.value == "active")
            for key, value in (event.attributes or {}).items():
                assert state.attributes.get(key) == plain(value)


@modest
@given(policies(distinct_days=False), query_days)
def test_state_is_consistent(found, on):
    """Status is null exactly before the first applied event; in_effect means active; uncertain means pending."""
    for state in state_on(found, on).policies:
        policy = next(p for p in found if p.id == state.id)
        applied = [e for e in policy.events if applies_on(e) is not None and applies_on(e) <= on]
        assert (state.status is None) is (not applied)
        assert state.in_effect is (state.status == "active")
        assert state.certain is (not state.pending)
        assert all(e["date"] is None and (e["not_after"] is None or e["not_after"] > on.isoformat())
                   for e in state.pending)


@modest
@given(policies(distinct_days=False))
def test_log_lists_every_event_once_in_date_order(found):
    """The full log holds each event of each policy exactly once, sorted by the day it takes effect."""
    entries = log(found).entries
    assert len(entries) == sum(len(p.events) for p in found)
    keys = [(e.event["date"] or e.event.get("not_after") or e.event.get("not_before")) for e in entries]
    assert keys == sorted(keys)
    for policy in found:
        mine = [e.event for e in entries if e.policy_id == policy.id]
        assert sorted(map(repr, mine)) == sorted(repr(event_dict(event)) for event in policy.events)


@modest
@given(policies(distinct_days=False), st.lists(days, max_size=2))
def test_uncertain_window_starts_after_the_latest_dated_event(found, open_offsets):
    """An uncertain event without not_before is in doubt from the day after the policy's latest dated event
    before its not_after (contract §1), also beside events that have only a not_before."""
    for policy in found:
        extra = [{"not_before": (EPOCH + dt.timedelta(days=offset)).isoformat(), "status": "suspended",
                  "summary": "Maybe paused.", "sources": [SOURCE]} for offset in open_offsets]
        policy = Policy.model_validate({**policy.model_dump(by_alias=True, exclude_none=True),
                                        "events": [*policy.model_dump(by_alias=True, exclude_none=True)["events"],
                                                   *extra]})
        windows = Windows(policy.events)
        for event in policy.events:
            if event.date is None and event.not_before is None:
                earlier = [e.date for e in policy.events if e.date is not None and e.date < event.not_after]
                start = max(earlier) + dt.timedelta(days=1) if earlier else dt.date.min
                assert windows.window(event)[0] == start


# the trigger regex (extract/triggers.py) is a trie of the lexicon's phrases; it must find what the plain
# alternation, longest phrase first, finds, with the same tail (no word character or hyphen after the match)
_letters = st.sampled_from("aábn-")
_words = st.text(_letters, min_size=1, max_size=3).filter(lambda word: word.strip("-"))
_phrases = st.lists(st.lists(_words, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=12, unique=True)


@modest
@given(_phrases, st.data())
def test_trigger_trie_finds_what_the_longest_first_alternation_finds(phrases, data):
    import re

    from timeline.extract.triggers import _trie_pattern

    # texts made of the phrases themselves, their words and separators, so that phrases overlap and nest
    words = sorted({word for phrase in phrases for word in phrase.split()})
    pieces = st.sampled_from([*phrases, *words, " ", "  ", "\n", "-", "b", "up"])
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    plain_body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split())
                          for phrase in sorted(phrases, key=len, reverse=True))
    tail = r"(?![\w-])(?!\s+up\b)"
    expected = [(m.start(), m.group()) for m in re.finditer(rf"(?<![\w-])(?:{plain_body}){tail}", text, re.I)]
    trie = re.compile(rf"(?<![\w-])(?:{_trie_pattern(phrases)}){tail}", re.I)
    assert [(m.start(), m.group()) for m in trie.finditer(text)] == expected

"""Verdicts: does a candidate agree with the curated records? (`consistent`, `contradicts` or `new`)

The records' state on a day comes from the core (`core.segments`), so a
verdict and `timeline state` never disagree about when a status began.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline.core.dates import to_date
from timeline.core.segments import applies_on, ordered, segment_on, segments

from .lexicon import FAMILIES


class RecordView:
    """A policy as verdicts read it: its events in the order they apply, and its state on a day."""

    def __init__(self, policy) -> None:
        self.id = policy.id
        self.events = policy.events
        self.applied = [policy.events[index] for index in ordered(policy.events)
                        if applies_on(policy.events[index]) is not None]
        self.segments = segments(policy.events)
        self.context = list(getattr(policy, "context", None) or ())

    def state_on(self, day: dt.date):
        """(the last event applied by `day`, the event that began the status the policy had on `day`)."""
        segment = segment_on(self.segments, day)
        if segment is None or segment.status is None:
            return None, None
        current = None
        for event in self.applied:
            if applies_on(event) > day:
                break
            current = event
        run_start = self.events[segment.started_by] if segment.started_by is not None else None
        return current, run_start


def describe(event) -> str:
    """An event of the records in a verdict's words: 'terminated (superseded) 2025-01-20'."""
    day = event.date.isoformat() if event.date else f"on or before {event.not_after}"
    status, action = str(event.status), str(event.action) if event.action is not None else None
    label = status + (f" ({action})" if action and action != status else "")
    return f"{label} {day}"


RECENT_DAYS = 31


def verdict(candidate, record: RecordView, published: dt.date | None) -> tuple[str, str]:
    """consistent / contradicts / new, with the reason in words."""
    family = FAMILIES.get(candidate.status)
    low, high = candidate.window()
    says = _says(candidate, published)
    applied = record.applied

    def matches(event) -> bool:
        action = str(event.action) if event.action is not None else None
        if candidate.status == "announced" and event.announced is not None:
            return True  # a later announcement is the `announced` date of the event that takes effect (§1)
        return FAMILIES.get(str(event.status)) == family or (action == candidate.action
                                                             and candidate.action not in ("announced", None))

    def on_days(event) -> set[dt.date]:
        if candidate.status == "announced" and event.announced is not None:
            return {event.announced}
        return {d for d in (event.date, event.announced, event.not_after) if d is not None}

    if not applied:
        return "new", f"records: no dated events for {record.id}; {says}: new"
    in_window = [e for e in applied if matches(e) and any(low <= d <= high for d in on_days(e))]
    if candidate.date is not None:
        if in_window:
            return "consistent", f"records: {describe(in_window[-1])}; {says}: consistent"
        current, run_start = record.state_on(candidate.date)
        # an announcement is near the records' announcement of a change, not the change's own day
        def day(event) -> dt.date | None:
            return event.announced if candidate.status == "announced" and event.announced else applies_on(event)

        nearby = [e for e in applied if matches(e) and day(e) and abs((day(e) - candidate.date).days) <= 31]
        if nearby:
            closest = min(nearby, key=lambda e: abs((day(e) - candidate.date).days))
            return "contradicts", f"records: {describe(closest)}; {says}: the dates differ"
        if candidate.date > applies_on(applied[-1]):
            return "new", f"records: last event {describe(applied[-1])}; {says}: later than the records, new"
        if candidate.date < applies_on(applied[0]):
            return "new", f"records: first event {describe(applied[0])}; {says}: earlier than the records, new"
        state = f"{str(current.status)} since {applies_on(run_start)}" if current else "no status"
        if candidate.status == "announced":
            # an announcement of a change contradicts no state: the records hold it (above), at another date (the
            # dates differ), or not at all ("The CDC announced on Friday that it will end Title 42 on May 23", an
            # end a court then blocked)
            return "new", f"records: {state} on {candidate.date}, no announcement then; {says}: new"
        return "contradicts", f"records: {state} on {candidate.date}; {says}: contradicts"
    # an uncertain window (not_before .. not_after)
    same_action = [e for e in in_window if e.action is not None and str(e.action) == candidate.action]
    if same_action and candidate.not_before is not None:
        return "consistent", f"records: {describe(same_action[-1])}; {says}: consistent"
    current, run_start = record.state_on(high) if high != dt.date.max else (applied[-1], None)
    if current is not None and FAMILIES.get(str(current.status)) == family:
        anchor = run_start or current
        if candidate.not_before is None or applies_on(anchor) >= low or any(low <= d for d in on_days(current)):
            return "consistent", f"records: {describe(anchor)}; {says}: consistent"
    if candidate.not_before is None:
        # "on or before" with no lower bound: news reports recent acts, so a matching act long before the
        # article, with a different state since, does not confirm it
        in_window = [e for e in in_window if (high - max(on_days(e))).days <= RECENT_DAYS]
    if in_window:
        return "consistent", f"records: {describe(in_window[-1])}; {says}: consistent"
    state = f"{str(current.status)} since {applies_on(run_start)}" if current and run_start else "no status yet"
    if high >= applies_on(applied[-1]):
        return "new", (f"records: {state} on {high}, last event {describe(applied[-1])}; {says}: "
                       "not in the records, new")
    if high < applies_on(applied[0]):
        return "new", f"records: first event {describe(applied[0])}; {says}: earlier than the records, new"
    if candidate.status == "announced":
        return "new", f"records: {state} on {high}, no announcement then; {says}: new"
    return "contradicts", f"records: {state} on {high}; {says}: contradicts"


def _says(candidate, published: dt.date | None) -> str:
    article = f"article of {published}" if published else "article"
    word = candidate.action if candidate.action in ("suspended", "terminated", "reinstated", "resumed", "enjoined",
                                                    "expanded", "narrowed", "vacated", "rebranded",
                                                    "amended") else candidate.status
    if candidate.date is not None:
        return f"{article} says {word} on {candidate.date}"
    if candidate.not_before is None and candidate.not_after is not None:
        if published is not None and candidate.not_after == published:
            return f"{article} says {word}, on or before that date"
        return f"{article} says {word}, on or before {candidate.not_after}"
    if candidate.not_before is not None and candidate.not_after is not None:
        return f"{article} says {word}, between {candidate.not_before} and {candidate.not_after}"
    return f"{article} says {word}, undated"


def context_match(candidate, record: RecordView) -> str | None:
    """The record's background fact (`context`) that a candidate restates, if any: a candidate dated to the
    day of a context entry when no event of the record is dated that day, or to a month or year that holds one
    and ends before the record's first event. For example "CBP One was launched on 28 October 2020" ("... in
    2020") is the app's launch, which the record keeps as context, not the start of the appointment scheduling
    it tracks."""
    days = [[day for day in (event.date, event.announced, event.not_before, event.not_after) if day is not None]
            for event in record.events]
    if candidate.date is not None:
        low = high = candidate.date
    elif candidate.not_before is not None and candidate.not_after is not None:
        low, high = candidate.not_before, candidate.not_after
        if any(day <= high for event_days in days for day in event_days):
            return None  # a window the record's history has reached: it may be about one of its events
    else:
        return None  # "on or before": any past day, no window to hold a context entry
    if any(low <= day <= high for event_days in days for day in event_days):
        return None
    for entry in record.context:
        if entry.date is not None and low <= entry.date <= high:
            return f"{entry.date} {' '.join(entry.summary.split())[:100]}"
    return None


class ReviewedEvent:
    """An event in the record format (a reviewed candidate that `timeline accept` merges), read as `verdict`
    reads a candidate."""

    def __init__(self, policy: str, event: dict) -> None:
        self.policy = policy
        self.status = str(event.get("status"))
        self.action = str(event["action"]) if event.get("action") is not None else None
        self.date, self.not_before, self.not_after = (to_date(event.get(key))
                                                      for key in ("date", "not_before", "not_after"))
        sources = [source for source in event.get("sources") or [] if isinstance(source, dict)]
        self.quote = next((str(source["quote"]) for source in sources if source.get("quote")), "")
        self.published = next((to_date(source.get("published")) for source in sources
                               if to_date(source.get("published")) is not None), None)

    def window(self) -> tuple[dt.date, dt.date]:
        """The days the act may have happened on (both inclusive; open ends at the calendar's)."""
        if self.date:
            return self.date, self.date
        return self.not_before or dt.date.min, self.not_after or dt.date.max


def event_verdict(policy, event: dict) -> tuple[str, str]:
    """`verdict` of an event in the record format against the records of `policy` as they stand; the article's
    date is the first `published` among its sources."""
    candidate = ReviewedEvent(policy.id, event)
    return verdict(candidate, RecordView(policy), candidate.published)


class RecordViews(dict):
    """The records as verdicts read them (`RecordView`), one per policy, made when first asked for and shared by
    the reader and the verdicts of one document."""

    def __init__(self, records: Sequence) -> None:
        super().__init__()
        self.records = {record.id: record for record in records}

    def __missing__(self, policy: str) -> RecordView | None:
        record = self.records.get(policy)
        view = self[policy] = RecordView(record) if record is not None else None
        return view

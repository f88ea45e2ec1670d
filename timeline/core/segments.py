"""State over time: the one definition (contract §1).

Every answer about a policy's state (`state`, `diff`, `log`, `show`, the
exports' intervals, the chart, extraction's verdicts, the cache) comes from
`segments(events)`: the policy's history cut into runs of days with one state.
No other code knows the rules below; the rest of the package looks segments up.

The rules:

* an event takes effect on its `date`; an uncertain one (no `date`) counts as
  applied from its `not_after` on, and one with only `not_before` never does;
* events apply in date order; same-day events in file order. Days are the
  unit of state: the state on a day is the one after its last event;
* `since` is the day the current status began; a run of same-status events
  keeps the first one's day, and a status left and regained within one day
  never showed on any day, so it does not restart the run (nor `started_by`,
  the event that began the run);
* attributes accumulate: an event's `set` overrides the keys it names and
  keeps the others; a key set to null is removed;
* an uncertain event is *pending* from its window's start (its `not_before`;
  without one, the day after the policy's latest dated event before the
  window) up to the day before its `not_after`; while any event is pending the
  state is `certain: false`, with the status as it was before the event.

A segment starts on a day the state may change (an event applies, a window
opens, a window closes) and runs up to the next one; neighbours with the same
state are merged, so segments are maximal runs. Days before the first segment
have no status and are certain.

Events are read through `EventLike`: the record models (`records.model.Event`)
satisfy it, and so does any object with those attributes.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .dates import ONE_DAY
from .values import plain, same_attributes


class EventLike(Protocol):
    """What the rules read of an event."""

    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    status: Any  # a status name (str, or the models' str enum)

    @property
    def attributes(self) -> Mapping[str, Any] | None: ...  # the record's `set`


def applies_on(event: EventLike) -> dt.date | None:
    """The day from which the event counts as applied: its date, else its not_after (None: never)."""
    return event.date if event.date is not None else event.not_after


def sort_date(event: EventLike) -> dt.date:
    """Where the event sorts: its date, else its not_after, else its not_before."""
    return event.date or event.not_after or event.not_before


def ordered(events: Sequence[EventLike]) -> list[int]:
    """The events' indexes in the order they take effect (same-day events keep file order)."""
    return sorted(range(len(events)), key=lambda index: (sort_date(events[index]), index))


class Windows:
    """The uncertain windows of one policy's events (computed once for all its events)."""

    __slots__ = ("_dated",)

    def __init__(self, events: Sequence[EventLike]) -> None:
        self._dated = sorted(event.date for event in events if event.date is not None)

    def window(self, event: EventLike) -> tuple[dt.date, dt.date | None]:
        """The days on which an uncertain event may or may not have happened yet: from its window's start up to
        the day before its not_after (None: no end)."""
        if event.not_before is not None:
            start = event.not_before
        else:
            before = bisect.bisect_left(self._dated, event.not_after)  # the dated events before the window
            start = self._dated[before - 1] + ONE_DAY if before else dt.date.min
        if event.not_after is None:
            return start, None
        if event.not_after == dt.date.min:
            return start, start  # applied from the first day there is: no day of doubt
        return start, event.not_after - ONE_DAY

    def span(self, event: EventLike) -> tuple[dt.date, dt.date]:
        """The days on which the event may have happened, both inclusive: its date, or its uncertain window
        through its not_after (to the end of time when it has none). `diff` and `log` list an event whose span
        meets their dates."""
        if event.date is not None:
            return event.date, event.date
        start, _ = self.window(event)
        return start, event.not_after or dt.date.max


class Segment:
    """A run of days with one state: from `start` (inclusive) to `end` (exclusive; None while open).

    `pending` and `started_by` are indexes into the policy's events (file order).
    """

    __slots__ = ("start", "end", "status", "since", "certain", "attributes", "pending", "started_by")

    def __init__(self, start: dt.date, end: dt.date | None, status: str | None, since: dt.date | None,
                 certain: bool, attributes: dict[str, Any], pending: tuple[int, ...], started_by: int | None) -> None:
        self.start, self.end, self.status, self.since = start, end, status, since
        self.certain, self.attributes, self.pending, self.started_by = certain, attributes, pending, started_by

    @property
    def in_effect(self) -> bool:
        return self.status == "active"

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def same_state(self, other: Segment) -> bool:
        return (self.status, self.certain, self.pending, self.since) == (
            other.status, other.certain, other.pending, other.since) \
            and same_attributes(self.attributes, other.attributes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Segment) and self.start == other.start and self.end == other.end \
            and self.started_by == other.started_by and self.same_state(other)

    __hash__ = None  # mutable-looking value object: compared, never hashed

    def __repr__(self) -> str:
        return (f"Segment({self.start}..{self.end}, {self.status}, since={self.since}, certain={self.certain}, "
                f"attributes={self.attributes}, pending={self.pending}, started_by={self.started_by})")


def segments(events: Sequence[EventLike]) -> list[Segment]:
    """The policy's history as maximal runs of one state, in order (the rules are in this module's docstring)."""
    order = ordered(events)
    windows = Windows(events)
    applicable = [index for index in order if applies_on(events[index]) is not None]
    uncertain = []  # (index, applies on, window start, window end)
    for index in order:
        event = events[index]
        if event.date is None:
            uncertain.append((index, event.not_after, *windows.window(event)))
    days: set[dt.date] = {applies_on(events[index]) for index in applicable}
    for _, _, start, end in uncertain:
        days.add(start)
        if end is not None and end < dt.date.max:
            days.add(end + ONE_DAY)
    points = sorted(days)
    # each uncertain event is pending on the days [its window's start, the earlier of the day it applies and the
    # day after its window's end); swept in order of start, with the open ones kept by their place in `order`
    place = {index: number for number, index in enumerate(order)}
    opening = sorted(((start, place[index], index, _stop(applies, end)) for index, applies, start, end in uncertain),
                     key=lambda item: (item[0], item[1]))
    open_: dict[int, dt.date | None] = {}  # place in `order` -> the first day it is no longer pending
    next_open = 0

    status: str | None = None
    since: dt.date | None = None
    started_by: int | None = None
    attributes: dict[str, Any] = {}
    day_before: tuple = (None, None, None)  # (status, since, started_by) at the end of the previous day
    current_day: dt.date | None = None

    result: list[Segment] = []
    position = 0
    for number, point in enumerate(points):
        while position < len(applicable) and applies_on(events[applicable[position]]) <= point:
            index = applicable[position]
            event = events[index]
            applies = applies_on(event)
            if applies != current_day:
                current_day, day_before = applies, (status, since, started_by)
            new = str(event.status)
            if new == day_before[0]:  # back to the status the day began with: the run goes on
                since, started_by = day_before[1], day_before[2]
            elif new != status:
                since, started_by = applies, index
            status = new
            changes = event.attributes
            if changes:
                attributes = dict(attributes)
                for key, value in changes.items():
                    if value is None:
                        attributes.pop(key, None)
                    else:
                        attributes[key] = plain(value)
            position += 1
        while next_open < len(opening) and opening[next_open][0] <= point:
            _, rank, _, stop = opening[next_open]
            open_[rank] = stop
            next_open += 1
        if open_:
            for rank in [rank for rank, stop in open_.items() if stop is not None and stop <= point]:
                del open_[rank]
        pending = tuple(order[rank] for rank in sorted(open_))
        if status is None and not pending:
            continue  # no status yet, and certain of it: no segment
        end = points[number + 1] if number + 1 < len(points) else None
        segment = Segment(point, end, status, since, not pending, attributes, pending, started_by)
        previous = result[-1] if result else None
        if previous is not None and previous.end == point and previous.same_state(segment):
            previous.end = end
            continue
        result.append(segment)
    return result


def _stop(applies: dt.date | None, end: dt.date | None) -> dt.date | None:
    """The first day an uncertain event is no longer pending: the day it applies, or the day after its window."""
    stops = [day for day in (applies, end + ONE_DAY if end is not None and end < dt.date.max else None)
             if day is not None]
    return min(stops) if stops else None


def segment_on(segments_: Sequence[Segment], day: dt.date) -> Segment | None:
    """The segment covering `day`, or None (no status yet)."""
    position = bisect.bisect_right([segment.start for segment in segments_], day) - 1
    if position < 0:
        return None
    segment = segments_[position]
    return segment if segment.covers(day) else None


__all__ = ["EventLike", "Segment", "Windows", "applies_on", "ordered", "segment_on", "segments", "sort_date"]

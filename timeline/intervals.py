"""A policy's history as runs of constant state, and stable names for its events.

`intervals(policy)` cuts time at every day on which `query.policy_state` can
change (each event's effective day, and each uncertain window's first day and
the day after its last) and merges neighbours whose state is equal. So for any
day D, the one interval with `valid_from <= D < valid_to` (`valid_to` None while
open) carries exactly the status, attributes and certainty `state_on` gives for
D; before the first interval the policy has no status yet. The exports' SQLite
`intervals` table and the chart are built from it.

Uncertain events (contract §1) count as applied from their `not_after`. The
days of their window, while it is unknown whether they happened, form
intervals of their own with `certain` False and the pending events named; the
status there is the one before the event, as `state` reports it.

Event keys name an event across runs without depending on its position in the
file or its wording: `<policy>/<day>/<status>`, where day is the date, or
`u<not_after>` for an uncertain one, plus `-2`, `-3`… for repeats.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from .query import ONE_DAY, ordered_events, policy_states, uncertain_window

# Fixed namespace for the UUIDs of events (ICS UID, Atom entry id): uuid5 of
# NAMESPACE_URL and "timeline:event". Never change it, or every id changes.
EVENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "timeline:event")


@dataclass(frozen=True)
class Interval:
    policy_id: str
    status: str | None
    valid_from: dt.date
    valid_to: dt.date | None  # exclusive; None while open
    certain: bool
    since: dt.date | None
    attributes: dict[str, Any]
    pending: tuple[str, ...]  # keys of the uncertain events that may have happened by then
    started_by: str | None  # key of the event that took effect on valid_from, if one did

    @property
    def in_effect(self) -> bool:
        return self.status == "active"

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


def event_keys(policy) -> dict[int, str]:
    """File index of each event -> its stable key."""
    keys: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, event in ordered_events(policy):
        if event.date is not None:
            day = event.date.isoformat()
        elif event.not_after is not None:
            day = "u" + event.not_after.isoformat()
        else:
            day = "n" + event.not_before.isoformat()
        base = f"{policy.id}/{day}/{event.status.value}"
        seen[base] = seen.get(base, 0) + 1
        keys[index] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return keys


def event_uuid(key: str) -> uuid.UUID:
    """A UUID for an event key, the same on every run and machine."""
    return uuid.uuid5(EVENT_NAMESPACE, key)


def breakpoints(policy) -> list[dt.date]:
    """The days on which the policy's state may change, sorted."""
    days: set[dt.date] = set()
    for _, event in ordered_events(policy):
        if event.applies_on is not None:
            days.add(event.applies_on)
        if event.uncertain:
            start, end = uncertain_window(policy, event)
            days.add(start)
            if end is not None and end < dt.date.max:
                days.add(end + ONE_DAY)
    return sorted(days)


def intervals(policy) -> list[Interval]:
    """Maximal runs of equal state, in order; none before the policy has a status or a pending event."""
    keys = event_keys(policy)
    key_of = {id(event): keys[index] for index, event in enumerate(policy.events)}
    started: dict[dt.date, str] = {}
    for index, event in ordered_events(policy):
        if event.applies_on is not None:
            started.setdefault(event.applies_on, keys[index])

    days = breakpoints(policy)
    result: list[Interval] = []
    for position, (day, state) in enumerate(zip(days, policy_states(policy, days), strict=True)):
        next_day = days[position + 1] if position + 1 < len(days) else None
        pending = tuple(key_of[id(event)] for event in state.pending)
        if state.status is None and state.certain:
            continue
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.valid_to == day
            and (previous.status, previous.certain, previous.attributes, previous.pending)
            == (state.status, state.certain, state.attributes, pending)
        ):
            result[-1] = Interval(previous.policy_id, previous.status, previous.valid_from, next_day,
                                  previous.certain, previous.since, previous.attributes, previous.pending,
                                  previous.started_by)
            continue
        result.append(Interval(policy.id, state.status, day, next_day, state.certain, state.since,
                               dict(state.attributes), pending, started.get(day)))
    return result


def interval_on(rows: list[Interval], day: dt.date) -> Interval | None:
    """The interval covering `day`, or None (no status yet)."""
    for row in rows:
        if row.covers(day):
            return row
    return None


__all__ = ["EVENT_NAMESPACE", "Interval", "breakpoints", "event_keys", "event_uuid", "interval_on", "intervals"]

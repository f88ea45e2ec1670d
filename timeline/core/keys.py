"""Stable names for events, the same on every run and machine.

An event's key is `<policy>/<day>/<status>`, where day is its date, or
`u<not_after>` for an uncertain one (`n<not_before>` when it has only that),
plus `-2`, `-3`… for repeats in the order events take effect. It does not
depend on the event's position in the file or its wording. Exports use it as
the event's id; its UUID (`event_uuid`) is the ICS UID and the Atom entry id.
"""

from __future__ import annotations

import uuid

from .segments import ordered

# Fixed namespace for the UUIDs of events (ICS UID, Atom entry id): uuid5 of
# NAMESPACE_URL and "timeline:event". Never change it, or every id changes.
EVENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "timeline:event")


def event_keys(policy) -> dict[int, str]:
    """File index of each event -> its stable key."""
    keys: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index in ordered(policy.events):
        event = policy.events[index]
        if event.date is not None:
            day = event.date.isoformat()
        elif event.not_after is not None:
            day = "u" + event.not_after.isoformat()
        else:
            day = "n" + event.not_before.isoformat()
        base = f"{policy.id}/{day}/{event.status}"
        seen[base] = seen.get(base, 0) + 1
        keys[index] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return keys


def event_uuid(key: str) -> uuid.UUID:
    """A UUID for an event key, the same on every run and machine."""
    return uuid.uuid5(EVENT_NAMESPACE, key)


__all__ = ["EVENT_NAMESPACE", "event_keys", "event_uuid"]

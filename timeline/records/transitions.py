"""Which state transitions a change to a record adds or removes (what `timeline accept` reports).

A transition is a day on which the policy's state changes: its status, whether
the state is certain, or its attributes. The transitions come from the core's
segments (`core.segments`): one at the start of each segment, from the state
of the segment before it (or from no status). Comparing the transitions of a
record before and after a change says what the change does to every answer of
`state` and `diff`, in diff's words.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from timeline.core.segments import EventLike, segments
from timeline.core.values import changed_attributes


@dataclass(frozen=True)
class Transition:
    """On `day` the state goes from (status_before, certain_before) to (status_after, certain_after), and the
    attributes in `attributes` change as (key, before, after), values as JSON shows them."""

    day: dt.date
    status_before: str | None
    certain_before: bool
    status_after: str | None
    certain_after: bool
    attributes: tuple[tuple[str, Any, Any], ...]

    @property
    def status_changed(self) -> bool:
        return (self.status_before, self.certain_before) != (self.status_after, self.certain_after)

    def key(self) -> tuple:
        return (self.day, self.status_before, self.certain_before, self.status_after, self.certain_after,
                json.dumps(self.attributes, sort_keys=True, default=str))

    def as_dict(self) -> dict:
        return {"date": self.day.isoformat(),
                "before": {"status": self.status_before, "certain": self.certain_before},
                "after": {"status": self.status_after, "certain": self.certain_after},
                "attributes_changed": {key: [old, new] for key, old, new in self.attributes}}


def transitions(events: Sequence[EventLike]) -> list[Transition]:
    """Every day on which the state of a policy with these events changes, in order."""
    found = []
    previous = None
    for segment in segments(events):
        if previous is not None and previous.end is not None and previous.end < segment.start:
            found.extend(_between(previous.end, previous.status, previous.certain, previous.attributes, None, True, {}))
        if previous is not None and previous.end == segment.start:
            before = (previous.status, previous.certain, previous.attributes)
        else:
            before = (None, True, {})
        found.extend(_between(segment.start, *before, segment.status, segment.certain, segment.attributes))
        previous = segment
    if previous is not None and previous.end is not None:
        found.extend(_between(previous.end, previous.status, previous.certain, previous.attributes, None, True, {}))
    return found


def _between(day, status_before, certain_before, attributes_before, status_after, certain_after,
             attributes_after) -> list[Transition]:
    changed = changed_attributes(attributes_before, attributes_after)
    if (status_before, certain_before) == (status_after, certain_after) and not changed:
        return []  # segments also part where only `since` or the pending events differ: no visible change
    return [Transition(day, status_before, certain_before, status_after, certain_after,
                       tuple((key, old, new) for key, (old, new) in changed.items()))]


def difference(old: list[Transition], new: list[Transition]) -> tuple[list[Transition], list[Transition]]:
    """(the transitions in `new` and not in `old`, those in `old` and not in `new`), in order."""
    old_keys, new_keys = {item.key() for item in old}, {item.key() for item in new}
    return [item for item in new if item.key() not in old_keys], [item for item in old if item.key() not in new_keys]


def compare(before: Sequence[EventLike], after: Sequence[EventLike]) -> tuple[list[Transition], list[Transition]]:
    """(the transitions a policy with events `after` has and one with `before` has not, and the other way)."""
    return difference(transitions(before), transitions(after))


__all__ = ["Transition", "compare", "difference", "transitions"]

"""Questions asked of loaded records: pure functions, no I/O, no hidden clock.

`state_on` answers "what was in effect on D?", `diff` "what changed between A
and B, and why?", `log` lists every event in order, `history` tells one
policy's story. The semantics are contract §1 and §3-4; the tests check them
with properties (shuffling files changes no answer; the diff's events applied
to the earlier state give the later one).
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError
from .plain import iso as _iso
from .plain import plain as _plain

ONE_DAY = dt.timedelta(days=1)


# --- ordering -----------------------------------------------------------------


def ordered_events(policy) -> list[tuple[int, Any]]:
    """(file index, event) in the order events take effect; same-day events keep file order.

    Uncertain events sort at their not_after; one with only not_before never
    applies and sorts at its not_before.
    """
    return sorted(enumerate(policy.events), key=lambda pair: (sort_date(pair[1]), pair[0]))


def sort_date(event) -> dt.date:
    return event.date or event.not_after or event.not_before


def uncertain_window(policy, event) -> tuple[dt.date, dt.date | None]:
    """The days on which an uncertain event may or may not have happened yet.

    From not_before (else the day after the latest dated event before the
    window) up to the day before not_after (None: no end).
    """
    if event.not_before is not None:
        start = event.not_before
    else:
        dated = _dated_days(policy)
        before = bisect.bisect_left(dated, event.not_after)  # dated[:before]: the dated events before the window
        start = dated[before - 1] + ONE_DAY if before else dt.date.min
    if event.not_after is None:
        return start, None
    if event.not_after == dt.date.min:
        # applied from the first day there is: no day of doubt, and no day before it to name
        return start, start
    return start, event.not_after - ONE_DAY


_dated_memo: tuple = (None, [])  # (policy, its events' dates sorted): callers loop over one policy's events


def _dated_days(policy) -> list[dt.date]:
    """The dates of the policy's dated events, sorted; kept for the last policy asked about (held, so that
    `is` cannot match another object at the same address)."""
    global _dated_memo
    if _dated_memo[0] is not policy:
        _dated_memo = (policy, sorted(event.date for event in policy.events if event.date is not None))
    return _dated_memo[1]


def select(policies: Sequence, ids: Iterable[str] | None) -> list:
    """Policies sorted by id, restricted to `ids`; an unknown id is a usage error."""
    by_id = {policy.id: policy for policy in policies}
    if not ids:
        return [by_id[key] for key in sorted(by_id)]
    chosen = []
    for wanted in ids:
        if wanted not in by_id:
            close = difflib.get_close_matches(wanted, list(by_id), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known policies: {', '.join(sorted(by_id)) or 'none'}"
            raise UsageError(f"unknown policy '{wanted}'", hint)
        if by_id[wanted] not in chosen:
            chosen.append(by_id[wanted])
    return sorted(chosen, key=lambda policy: policy.id)


# --- state --------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyState:
    id: str
    name: str
    status: str | None
    since: dt.date | None
    certain: bool
    attributes: dict[str, Any]
    pending: tuple = ()  # uncertain events that may or may not have happened by then
    last_event: Any = None

    @property
    def in_effect(self) -> bool:
        return self.status == "active"

    def as_dict(self) -> dict:
        data = {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "in_effect": self.in_effect,
            "since": _iso(self.since),
            "certain": self.certain,
            "attributes": _plain(self.attributes),
        }
        if self.pending:
            data["pending"] = [event_dict(event) for event in self.pending]
        return data


class Fold:
    """Applies events in date order: the status, `since` and attributes they leave behind.

    `since` is a matter of days: a status left and regained within one day
    (same-day events) never showed on any date, so it does not restart the run.
    The cache builds its stored states with the same fold.
    """

    __slots__ = ("status", "since", "attributes", "_day", "_day_before", "_since_before")

    def __init__(self) -> None:
        self.status: str | None = None
        self.since: dt.date | None = None
        self.attributes: dict[str, Any] = {}
        self._day = self._day_before = self._since_before = None  # the previous day's end state

    def apply(self, applies: dt.date, event) -> None:
        if applies != self._day:
            self._day, self._day_before, self._since_before = applies, self.status, self.since
        self.status = event.status.value
        self.since = self._since_before if self.status == self._day_before else applies
        if event.attributes:
            for key, value in event.attributes.items():
                if value is None:
                    self.attributes.pop(key, None)
                else:
                    self.attributes[key] = value


def policy_state(policy, on: dt.date) -> PolicyState:
    """One policy's state on `on` (contract §1)."""
    fold = Fold()
    last = None
    pending = []
    for _, event in ordered_events(policy):
        applies = event.applies_on
        if applies is not None and applies <= on:
            fold.apply(applies, event)
            last = event
        elif event.uncertain:
            start, end = uncertain_window(policy, event)
            if start <= on and (end is None or on <= end):
                pending.append(event)
    return PolicyState(policy.id, policy.name, fold.status, fold.since, not pending, fold.attributes,
                       tuple(pending), last)


def policy_states(policy, days: Sequence[dt.date]) -> list[PolicyState]:
    """`policy_state(policy, day)` for each of `days` (in ascending order), in one pass over the events.

    For `show` and the intervals of exports and charts, which ask about every event's day: asking
    `policy_state` each time costs a pass over all events per day, and a policy with thousands of events
    took minutes. tests/test_properties.py checks the two agree.
    """
    ordered = [event for _, event in ordered_events(policy)]
    applicable = [event for event in ordered if event.applies_on is not None]  # in the order of policy_state
    uncertain = [(event, event.applies_on, *uncertain_window(policy, event)) for event in ordered if event.uncertain]
    fold, last, position, states = Fold(), None, 0, []
    for day in days:
        while position < len(applicable) and applicable[position].applies_on <= day:
            last = applicable[position]
            fold.apply(last.applies_on, last)
            position += 1
        pending = tuple(event for event, applies, start, end in uncertain
                        if not (applies is not None and applies <= day)
                        and start <= day and (end is None or day <= end))
        states.append(PolicyState(policy.id, policy.name, fold.status, fold.since, not pending,
                                  dict(fold.attributes), pending, last))
    return states


@dataclass(frozen=True)
class StateReport:
    on: dt.date
    policies: list[PolicyState]
    kind = "state"  # what the renderers dispatch on (a class attribute, not a field)

    def as_dict(self) -> dict:
        return {"on": self.on.isoformat(), "policies": [state.as_dict() for state in self.policies]}

    def rows(self) -> list[tuple]:
        """What the text table shows, per policy: (id, name, status, in_effect, since, certain, attributes,
        pending) with dates as ISO text, attributes as plain data and pending events as `event_row`s.

        The cache gives the same rows straight from SQLite (cache.StateRows.rows).
        """
        return [(p.id, p.name, p.status, p.in_effect, _iso(p.since), p.certain, _plain(p.attributes),
                 [event_row(event) for event in p.pending]) for p in self.policies]


def state_on(policies: Sequence, on: dt.date, ids: Iterable[str] | None = None) -> StateReport:
    """Every selected policy's state on `on`, sorted by id."""
    return StateReport(on, [policy_state(policy, on) for policy in select(policies, ids)])


# --- diff ---------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    id: str
    name: str
    before: PolicyState
    after: PolicyState
    events: list = field(default_factory=list)

    @property
    def attributes_changed(self) -> dict[str, list]:
        keys = sorted(set(self.before.attributes) | set(self.after.attributes))
        return {
            key: [self.before.attributes.get(key), self.after.attributes.get(key)]
            for key in keys
            if self.before.attributes.get(key) != self.after.attributes.get(key)
        }

    @property
    def status_changed(self) -> bool:
        return self.before.status != self.after.status

    def as_dict(self) -> dict:
        def side(state: PolicyState) -> dict:
            return {
                "status": state.status,
                "in_effect": state.in_effect,
                "since": _iso(state.since),
                "certain": state.certain,
                "attributes": _plain(state.attributes),
            }

        return {
            "id": self.id,
            "name": self.name,
            "before": side(self.before),
            "after": side(self.after),
            "status_changed": self.status_changed,
            "attributes_changed": _plain(self.attributes_changed),
            "events": [event_dict(event) for event in self.events],
        }


@dataclass(frozen=True)
class DiffReport:
    start: dt.date
    end: dt.date
    changes: list[Change]
    kind = "diff"

    def as_dict(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(),
                "changes": [change.as_dict() for change in self.changes]}

    def rows(self) -> list[tuple]:
        """What the text shows, per change: (id, name, status before, status after, changed attributes as
        (key, before, after) in plain data, events as `event_row`s). Also given by cache.DiffRows.rows."""
        return [(c.id, c.name, c.before.status, c.after.status,
                 [(str(key), _plain(old), _plain(new)) for key, (old, new) in c.attributes_changed.items()],
                 [event_row(event) for event in c.events]) for c in self.changes]


def events_between(policy, start: dt.date, end: dt.date) -> list:
    """Events in (start, end], in order; uncertain ones whose window overlaps it."""
    found = []
    for _, event in ordered_events(policy):
        if event.date is not None:
            if start < event.date <= end:
                found.append(event)
        else:
            window_start, _ = uncertain_window(policy, event)
            window_end = event.not_after  # the last day it can have happened
            if window_start <= end and (window_end is None or window_end > start):
                found.append(event)
    return found


def diff(policies: Sequence, start: dt.date, end: dt.date, ids: Iterable[str] | None = None) -> DiffReport:
    """What changed between `start` and `end`, and every event in between."""
    if start > end:
        raise UsageError(f"FROM ({start}) is after TO ({end})", "give the earlier date first")
    changes = []
    for policy in select(policies, ids):
        before, after = policy_state(policy, start), policy_state(policy, end)
        events = events_between(policy, start, end)
        if events or before.status != after.status or before.attributes != after.attributes:
            changes.append(Change(policy.id, policy.name, before, after, events))
    return DiffReport(start, end, changes)


# --- log ----------------------------------------------------------------------


@dataclass(frozen=True)
class LogEntry:
    policy_id: str
    policy_name: str
    event: Any

    def as_dict(self) -> dict:
        return {"id": self.policy_id, "name": self.policy_name, **event_dict(self.event)}


@dataclass(frozen=True)
class LogReport:
    since: dt.date | None
    until: dt.date | None
    entries: list[LogEntry]
    kind = "log"

    def as_dict(self) -> dict:
        return {"since": _iso(self.since), "until": _iso(self.until),
                "events": [entry.as_dict() for entry in self.entries]}


def log(policies: Sequence, ids: Iterable[str] | None = None,
        since: dt.date | None = None, until: dt.date | None = None) -> LogReport:
    """Every event, across policies, in chronological order (since/until inclusive)."""
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since ({since}) is after --until ({until})", "give the earlier date to --since")
    rows = []
    for policy in select(policies, ids):
        for index, event in ordered_events(policy):
            if event.date is not None:
                first = last = event.date
            else:
                first, _ = uncertain_window(policy, event)
                last = event.not_after or dt.date.max
            if (since is None or last >= since) and (until is None or first <= until):
                rows.append((sort_date(event), policy.id, index, LogEntry(policy.id, policy.name, event)))
    rows.sort(key=lambda row: row[:3])
    return LogReport(since, until, [row[3] for row in rows])


# --- one policy ---------------------------------------------------------------


@dataclass(frozen=True)
class History:
    policy: Any
    steps: list[tuple[Any, PolicyState]]  # each event with the state just after it
    kind = "history"

    def sources(self) -> list:
        seen: dict[str, Any] = {}
        # numbered in the order a reader meets them: context and events interleaved by date
        items = [(sort_date(item), 0, item) for item in self.policy.context]
        items += [(sort_date(event), 1, event) for event, _ in self.steps]
        for _, _, item in sorted(items, key=lambda entry: entry[:2]):
            for source in item.sources:
                seen.setdefault(source.url, source)
        return list(seen.values())

    def as_dict(self) -> dict:
        policy = self.policy
        return {
            "id": policy.id,
            "name": policy.name,
            "aliases": list(policy.aliases),
            "jurisdiction": policy.jurisdiction,
            "summary": policy.summary,
            "last_reviewed": _iso(policy.last_reviewed),
            "events": [
                {**event_dict(event), "after": {"status": state.status, "in_effect": state.in_effect,
                                                "attributes": _plain(state.attributes)}}
                for event, state in self.steps
            ],
            "context": [context_dict(item) for item in sorted(self.policy.context, key=sort_date)],
            "sources": [source_dict(source) for source in self.sources()],
        }


def history(policies: Sequence, policy_id: str) -> History:
    """One policy's events in order, each with the state it leaves behind."""
    (policy,) = select(policies, [policy_id])
    events = [event for _, event in ordered_events(policy)]
    # each event's day (its effective day, else its not_before) is its sort date: ascending, as policy_states needs
    days = [event.applies_on or event.not_before for event in events]
    return History(policy, list(zip(events, policy_states(policy, days), strict=True)))


# --- plain data ---------------------------------------------------------------


def source_dict(source) -> dict:
    data = {"url": source.url, "title": source.title, "publisher": source.publisher,
            "published": _iso(source.published)}
    if source.updated is not None:
        data["updated"] = _iso(source.updated)
    if source.quote is not None:
        data["quote"] = source.quote
    data["provenance"] = source.provenance
    return data


def context_dict(item) -> dict:
    data: dict[str, Any] = {"date": _iso(item.date)}
    if item.date is None:
        data["uncertain"] = True
        data["not_before"] = _iso(item.not_before)
        data["not_after"] = _iso(item.not_after)
    data["summary"] = item.summary
    if item.note is not None:
        data["note"] = item.note
    data["sources"] = [source_dict(source) for source in item.sources]
    return data


def event_row(event) -> tuple:
    """What a line of text shows of an event: (date, not_before, not_after, status, summary), dates as ISO text."""
    return (_iso(event.date), _iso(event.not_before), _iso(event.not_after), event.status.value, event.summary)


def event_dict(event) -> dict:
    data: dict[str, Any] = {
        "date": _iso(event.date),
        "status": event.status.value,
        "summary": event.summary,
    }
    if event.uncertain:
        data["uncertain"] = True
        data["not_before"] = _iso(event.not_before)
        data["not_after"] = _iso(event.not_after)
    data["action"] = event.action.value if event.action is not None else None
    if event.announced is not None:
        data["announced"] = _iso(event.announced)
    if event.authority is not None:
        data["authority"] = event.authority
    if event.case is not None:
        data["case"] = {key: value for key, value in event.case.model_dump().items() if value is not None}
    if event.attributes:
        data["set"] = _plain(event.attributes)
    if event.note is not None:
        data["note"] = event.note
    data["sources"] = [source_dict(source) for source in event.sources]
    return data

"""Questions asked of records, answered by looking segments up: pure functions, no I/O, no hidden clock.

`state_on` answers "what was in effect on D?", `diff` "what changed between A
and B, and why?", `log` lists every event in order, `history` tells one
policy's story. None of them knows a rule of contract §1: each looks up the
segments of `core.segments` (state on a day) and the events' spans (which
events fall between two dates). The cache (`store`) gives the same reports
from the same segments stored in SQLite.

Reports hold plain data: events as `event_dict` gives them (what JSON shows),
attributes JSON-ready. So a report built from the records and one read from
the cache are equal, field for field.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from timeline.errors import UsageError

from .dates import ONE_DAY, iso
from .segments import Segment, Windows, applies_on, ordered, segment_on, segments, sort_date
from .values import changed_attributes, plain, same_attributes

# --- naming policies ------------------------------------------------------------------


def resolve(known: Mapping[str, Sequence[str]], wanted: Iterable[str] | None) -> list[str] | None:
    """The ids of the policies `wanted` names, sorted; None when nothing was asked for (every policy).

    `known` maps each id to its other names (name and aliases). A policy is named by its id, its name or one of
    its aliases, in any case. A name two policies share is a usage error that lists both; an unknown one is a
    usage error with the closest id as a hint.
    """
    wanted = [name for name in wanted or () if name is not None]
    if not wanted:
        return None
    exact = set(known)
    by_name: dict[str, set[str]] = {}
    for policy_id, names in known.items():
        by_name.setdefault(policy_id.casefold(), set()).add(policy_id)
        for name in names:
            by_name.setdefault(" ".join(name.split()).casefold(), set()).add(policy_id)
    chosen: set[str] = set()
    for name in wanted:
        if name in exact:
            chosen.add(name)
            continue
        found = by_name.get(" ".join(name.split()).casefold())
        if not found:
            close = difflib.get_close_matches(name, sorted(exact), n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known policies: {', '.join(sorted(exact)) or 'none'}"
            raise UsageError(f"unknown policy '{name}'", hint)
        if len(found) > 1:
            raise UsageError(f"'{name}' names several policies: {', '.join(sorted(found))}",
                             "give the id of the one you mean")
        chosen.update(found)
    return sorted(chosen)


def names_of(policies: Sequence) -> dict[str, list[str]]:
    """id -> [name, *aliases] of loaded policies, as `resolve` takes them."""
    return {policy.id: [policy.name, *policy.aliases] for policy in policies}


def select(policies: Sequence, ids: Iterable[str] | None) -> list:
    """Policies sorted by id, restricted to those `ids` name (ids, names or aliases; see `resolve`)."""
    chosen = resolve(names_of(policies), ids)
    by_id = {policy.id: policy for policy in policies}
    return [by_id[key] for key in (sorted(by_id) if chosen is None else chosen)]


# --- plain data -------------------------------------------------------------------------


def source_dict(source) -> dict:
    data = {"url": source.url, "title": source.title, "publisher": source.publisher,
            "published": iso(source.published)}
    if source.updated is not None:
        data["updated"] = iso(source.updated)
    if source.quote is not None:
        data["quote"] = source.quote
    data["provenance"] = source.provenance
    return data


def event_dict(event) -> dict:
    """An event as JSON shows it (contract §4)."""
    data: dict[str, Any] = {
        "date": iso(event.date),
        "status": str(event.status),
        "summary": event.summary,
    }
    if event.date is None:
        data["uncertain"] = True
        data["not_before"] = iso(event.not_before)
        data["not_after"] = iso(event.not_after)
    data["action"] = str(event.action) if event.action is not None else None
    if event.announced is not None:
        data["announced"] = iso(event.announced)
    if event.authority is not None:
        data["authority"] = event.authority
    if event.case is not None:
        data["case"] = {key: value for key, value in (("court", event.case.court), ("name", event.case.name),
                                                       ("docket", event.case.docket),
                                                       ("citation", event.case.citation)) if value is not None}
    if event.attributes:
        data["set"] = plain(event.attributes)
    if event.note is not None:
        data["note"] = event.note
    data["sources"] = [source_dict(source) for source in event.sources]
    return data


def context_dict(item) -> dict:
    data: dict[str, Any] = {"date": iso(item.date)}
    if item.date is None:
        data["uncertain"] = True
        data["not_before"] = iso(item.not_before)
        data["not_after"] = iso(item.not_after)
    data["summary"] = item.summary
    if item.note is not None:
        data["note"] = item.note
    data["sources"] = [source_dict(source) for source in item.sources]
    return data


def event_row(event: dict) -> tuple:
    """What a line of text shows of an event: (date, not_before, not_after, status, summary), dates as ISO text."""
    return (event["date"], event.get("not_before"), event.get("not_after"), event["status"], event["summary"])


# --- one policy, indexed ------------------------------------------------------------------


class Indexed:
    """One policy's segments and events, for looking answers up (what the cache stores, in memory)."""

    __slots__ = ("policy", "segments", "order", "_spans", "_events")

    def __init__(self, policy) -> None:
        self.policy = policy
        self.segments: list[Segment] = segments(policy.events)
        self.order = ordered(policy.events)
        self._spans: list[tuple[dt.date, dt.date]] | None = None
        self._events: dict[int, dict] = {}

    def event(self, index: int) -> dict:
        found = self._events.get(index)
        if found is None:
            found = self._events[index] = event_dict(self.policy.events[index])
        return found

    def spans(self) -> list[tuple[dt.date, dt.date]]:
        if self._spans is None:
            windows = Windows(self.policy.events)
            self._spans = [windows.span(event) for event in self.policy.events]
        return self._spans

    def state(self, day: dt.date) -> PolicyState:
        segment = segment_on(self.segments, day)
        return self.state_of(segment)

    def state_of(self, segment: Segment | None) -> PolicyState:
        policy = self.policy
        if segment is None:
            return PolicyState(policy.id, policy.name, None, None, True, {}, (), None)
        return PolicyState(policy.id, policy.name, segment.status, segment.since, segment.certain,
                           segment.attributes, tuple(self.event(index) for index in segment.pending),
                           None if segment.started_by is None else self.event(segment.started_by))

    def events_meeting(self, first: dt.date, last: dt.date) -> list[int]:
        """Indexes (in order) of the events whose span meets [first, last]."""
        spans = self.spans()
        return [index for index in self.order if spans[index][0] <= last and spans[index][1] >= first]


# --- state --------------------------------------------------------------------------------


class PolicyState:
    """One policy's state on a day, kept as the JSON answer gives it (`as_dict`), with the events it names.

    `pending` and `started_by` (the event that began the current status) are events as `event_dict` gives
    them; `started_by` may be given as a function that returns it, called on first use (the cache reads
    thousands of states of which a listing may never show that event). `since` is a date; the store, which
    holds it as ISO text, builds states with `from_iso`.
    """

    __slots__ = ("_data", "pending", "_started_by")

    def __init__(self, id: str, name: str, status: str | None, since: dt.date | None, certain: bool,
                 attributes: dict[str, Any], pending: tuple[dict, ...] = (),
                 started_by: dict | Callable[[], dict] | None = None) -> None:
        self._data = {"id": id, "name": name, "status": status, "in_effect": status == "active",
                      "since": iso(since), "certain": certain, "attributes": attributes}
        self.pending, self._started_by = pending, started_by

    @classmethod
    def from_iso(cls, id: str, name: str, status: str | None, since: str | None, certain: bool,
                 attributes: dict[str, Any], pending: tuple[dict, ...] = (),
                 started_by: dict | Callable[[], dict] | None = None) -> PolicyState:
        state = cls.__new__(cls)
        state._data = {"id": id, "name": name, "status": status, "in_effect": status == "active", "since": since,
                       "certain": certain, "attributes": attributes}
        state.pending, state._started_by = pending, started_by
        return state

    id = property(lambda self: self._data["id"])
    name = property(lambda self: self._data["name"])
    status = property(lambda self: self._data["status"])
    in_effect = property(lambda self: self._data["in_effect"])
    certain = property(lambda self: self._data["certain"])
    attributes = property(lambda self: self._data["attributes"])

    @property
    def since(self) -> dt.date | None:
        text = self._data["since"]
        return dt.date.fromisoformat(text) if text else None

    @property
    def started_by(self) -> dict | None:
        if callable(self._started_by):
            self._started_by = self._started_by()
        return self._started_by

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PolicyState) and all(
            getattr(self, name) == getattr(other, name)
            for name in ("id", "name", "status", "since", "certain", "pending", "started_by")) \
            and same_attributes(self.attributes, other.attributes)

    __hash__ = None

    def __repr__(self) -> str:
        return f"PolicyState({self.id}, {self.status}, since={self.since}, certain={self.certain})"

    def as_dict(self) -> dict:
        data = self._data.copy()
        data["started_by"] = self.started_by
        if self.pending:
            data["pending"] = list(self.pending)
        return data


class StateReport:
    kind = "state"  # what the renderers dispatch on

    __slots__ = ("on", "policies")

    def __init__(self, on: dt.date, policies: list[PolicyState]) -> None:
        self.on, self.policies = on, policies

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StateReport) and (self.on, self.policies) == (other.on, other.policies)

    __hash__ = None

    def as_dict(self) -> dict:
        return {"on": self.on.isoformat(), "policies": [state.as_dict() for state in self.policies]}

    def rows(self) -> list[tuple]:
        """What the text table shows, per policy: (id, name, status, in_effect, since, certain, attributes,
        pending events as `event_row`s), dates as ISO text."""
        rows = []
        for state in self.policies:
            data = state._data  # noqa: SLF001 - the report reads its own states' fields in one go
            rows.append((data["id"], data["name"], data["status"], data["in_effect"], data["since"], data["certain"],
                         data["attributes"], [event_row(event) for event in state.pending]))
        return rows


def state_on(policies: Sequence, on: dt.date, ids: Iterable[str] | None = None) -> StateReport:
    """Every selected policy's state on `on`, sorted by id."""
    return StateReport(on, [Indexed(policy).state(on) for policy in select(policies, ids)])


# --- diff ---------------------------------------------------------------------------------


class Change:
    __slots__ = ("id", "name", "before", "after", "events")

    def __init__(self, id: str, name: str, before: PolicyState, after: PolicyState, events: list[dict]) -> None:
        self.id, self.name, self.before, self.after, self.events = id, name, before, after, events

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Change) and all(getattr(self, name) == getattr(other, name)
                                                 for name in self.__slots__)

    __hash__ = None

    @property
    def attributes_changed(self) -> dict[str, list]:
        return changed_attributes(self.before.attributes, self.after.attributes)

    @property
    def status_changed(self) -> bool:
        return self.before.status != self.after.status

    def as_dict(self) -> dict:
        def side(state: PolicyState) -> dict:
            return {"status": state.status, "in_effect": state.in_effect, "since": iso(state.since),
                    "certain": state.certain, "attributes": state.attributes}

        return {
            "id": self.id,
            "name": self.name,
            "before": side(self.before),
            "after": side(self.after),
            "status_changed": self.status_changed,
            "attributes_changed": self.attributes_changed,
            "events": list(self.events),
        }


def shows_change(before: PolicyState, after: PolicyState, events: Sequence) -> bool:
    """Whether `diff` lists a policy: events between the dates, or a different status or attributes."""
    return bool(events) or before.status != after.status or not same_attributes(before.attributes, after.attributes)


class DiffReport:
    kind = "diff"

    __slots__ = ("start", "end", "changes")

    def __init__(self, start: dt.date, end: dt.date, changes: list[Change]) -> None:
        self.start, self.end, self.changes = start, end, changes

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DiffReport) and (self.start, self.end, self.changes) == (
            other.start, other.end, other.changes)

    __hash__ = None

    def as_dict(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(),
                "changes": [change.as_dict() for change in self.changes]}

    def rows(self) -> list[tuple]:
        """What the text shows, per change: (id, name, status before, status after, changed attributes as
        (key, before, after), events as `event_row`s)."""
        return [(c.id, c.name, c.before.status, c.after.status,
                 [(key, old, new) for key, (old, new) in c.attributes_changed.items()],
                 [event_row(event) for event in c.events]) for c in self.changes]


def check_order(first: dt.date | None, last: dt.date | None, first_name: str, last_name: str) -> None:
    if first is not None and last is not None and first > last:
        raise UsageError(f"{first_name} ({first}) is after {last_name} ({last})", f"give the earlier date to "
                         f"{first_name}" if first_name.startswith("-") else "give the earlier date first")


def diff(policies: Sequence, start: dt.date, end: dt.date, ids: Iterable[str] | None = None) -> DiffReport:
    """What changed between `start` and `end`, and every event in (start, end]."""
    check_order(start, end, "FROM", "TO")
    changes = []
    for policy in select(policies, ids):
        indexed = Indexed(policy)
        before, after = indexed.state(start), indexed.state(end)
        events = [indexed.event(index) for index in indexed.events_meeting(start + ONE_DAY, end)] \
            if start < dt.date.max else []
        if shows_change(before, after, events):
            changes.append(Change(policy.id, policy.name, before, after, events))
    return DiffReport(start, end, changes)



# --- log ----------------------------------------------------------------------------------


class LogEntry(NamedTuple):
    policy_id: str
    name: str
    event: dict  # as `event_dict` gives it


class LogReport:
    kind = "log"

    __slots__ = ("since", "until", "entries")

    def __init__(self, since: dt.date | None, until: dt.date | None, entries: list[LogEntry]) -> None:
        self.since, self.until, self.entries = since, until, entries

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LogReport) and (self.since, self.until, self.entries) == (
            other.since, other.until, other.entries)

    __hash__ = None

    def as_dict(self) -> dict:
        return {"since": iso(self.since), "until": iso(self.until),
                "events": [{"id": policy_id, "name": name, **event} for policy_id, name, event in self.entries]}


def log(policies: Sequence, ids: Iterable[str] | None = None,
        since: dt.date | None = None, until: dt.date | None = None) -> LogReport:
    """Every event, across policies, in chronological order (since/until inclusive)."""
    check_order(since, until, "--since", "--until")
    rows = []
    for policy in select(policies, ids):
        indexed = Indexed(policy)
        for index in indexed.events_meeting(since or dt.date.min, until or dt.date.max):
            rows.append((sort_date(policy.events[index]), policy.id, index, policy.name, indexed.event(index)))
    rows.sort(key=lambda row: row[:3])
    return LogReport(since, until, [LogEntry(policy_id, name, event) for _, policy_id, _, name, event in rows])


# --- one policy ---------------------------------------------------------------------------


def related_dict(related) -> dict:
    data = {"policy": related.policy, "relation": str(related.relation)}
    if related.note is not None:
        data["note"] = related.note
    return data


def policy_dict(policy) -> dict:
    """What a record says about itself, besides its events (as `show` gives it)."""
    return {"id": policy.id, "name": policy.name, "aliases": list(policy.aliases),
            "jurisdiction": policy.jurisdiction, "summary": policy.summary,
            "last_reviewed": iso(policy.last_reviewed),
            "context": [context_dict(item) for item in sorted(policy.context, key=sort_date)],
            "related": [related_dict(item) for item in policy.related]}


def _sortable(item: dict) -> str:
    return item.get("date") or item.get("not_after") or item.get("not_before") or ""


class History:
    kind = "history"

    __slots__ = ("policy", "steps", "names", "related_from")

    def __init__(self, policy: dict, steps: list[tuple[dict, PolicyState]], names: dict[str, str] | None = None,
                 related_from: list[dict] | None = None) -> None:
        self.policy = policy  # policy_dict
        self.steps = steps  # each event, in order, with the state at the end of its day
        self.names = names or {}  # id -> name of the policies it relates to, or that relate to it
        self.related_from = related_from or []  # {"policy", "relation"[, "note"]} of the records that name this one

    def __eq__(self, other: object) -> bool:
        return isinstance(other, History) and (self.policy, self.steps, self.names, self.related_from) == (
            other.policy, other.steps, other.names, other.related_from)

    __hash__ = None

    def sources(self) -> list[dict]:
        """Every source once, numbered in the order a reader meets them: context and events interleaved by date."""
        items = [(_sortable(item), 0, item) for item in self.policy["context"]]
        items += [(_sortable(event), 1, event) for event, _ in self.steps]
        seen: dict[str, dict] = {}
        for _, _, item in sorted(items, key=lambda entry: entry[:2]):
            for source in item["sources"]:
                seen.setdefault(source["url"], source)
        return list(seen.values())

    def as_dict(self) -> dict:
        policy = self.policy
        return {
            "id": policy["id"],
            "name": policy["name"],
            "aliases": policy["aliases"],
            "jurisdiction": policy["jurisdiction"],
            "summary": policy["summary"],
            "last_reviewed": policy["last_reviewed"],
            "events": [
                {**event, "after": {"status": state.status, "in_effect": state.in_effect,
                                    "attributes": state.attributes}}
                for event, state in self.steps
            ],
            "context": policy["context"],
            "sources": self.sources(),
            "related": [{**item, "name": self.names.get(item["policy"])} for item in policy["related"]],
            "related_from": [{**item, "name": self.names.get(item["policy"])} for item in self.related_from],
        }


def history(policies: Sequence, policy_id: str) -> History:
    """One policy's events in order, each with the state at the end of its day."""
    (policy,) = select(policies, [policy_id])
    indexed = Indexed(policy)
    steps = []
    for index in indexed.order:
        event = policy.events[index]
        steps.append((indexed.event(index), indexed.state(applies_on(event) or event.not_before)))
    related_from = [{**related_dict(item), "policy": other.id} for other in sorted(policies, key=lambda p: p.id)
                    for item in other.related if item.policy == policy.id]
    wanted = {item.policy for item in policy.related} | {item["policy"] for item in related_from}
    names = {other.id: other.name for other in policies if other.id in wanted}
    return History(policy_dict(policy), steps, names, related_from)


__all__ = ["Change", "DiffReport", "History", "Indexed", "LogEntry", "LogReport", "PolicyState", "StateReport",
           "context_dict", "diff", "event_dict", "event_row", "history", "log", "policy_dict", "related_dict",
           "resolve", "select", "source_dict", "state_on"]

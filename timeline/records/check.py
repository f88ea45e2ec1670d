"""Validation: every rule, across every file, collected into one report.

Each rule has a stable code, documented in docs/validation.md and listed in
`codes.py`. Shape rules (unknown keys, types, dates) come from `load`; the
rules here need a whole record, several records, or today's date. They run on
the valid parts of a record whose shape is wrong too (`partial.py`), so that
one run reports every problem. A warning that a record silences in place
(`ignore: {code: reason}` on the event, source, related entry or record it is
about) is counted, not shown; `Selection` (`--select`, `--ignore`, the
configuration) chooses the codes reported.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.core.segments import applies_on, sort_date
from timeline.errors import ERROR, WARNING, Problem, RecordsInvalid, Report

from .files import RECORD_SUFFIXES, record_files
from .load import Loaded, read_file
from .model import SLUG
from .partial import Part

MAX_PROBLEMS = 1000
REVIEW_MAX_AGE_DAYS = 365

# Status changes that make no sense, and why. Everything else is allowed:
# records may start mid-history, and courts and agencies do surprising things.
TRANSITIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("terminated", "suspended"): (
        ERROR,
        "a terminated policy cannot be suspended; if a court revived it without anyone operating it, "
        "say so with action vacated or stayed; if it came back in force, record that (status active)",
    ),
    ("terminated", "enjoined"): (
        ERROR,
        "a court cannot block a policy that has already ended; if a court blocked the termination and "
        "nobody operates the policy, record status suspended with action vacated or stayed",
    ),
}
# `proposed` and `announced` describe a policy before it first exists (docs/schema.md): after its first `active`
# event they are the `status-after-active` warning, whatever the status before.
NOT_YET = frozenset({"proposed", "announced"})

# A court that vacates or stays a termination revives the policy on paper; if
# nobody operates it, it is suspended, not active (contract §1).
TRANSITION_EXCEPTIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("terminated", "suspended"): ("vacated", "stayed"),
}

# Actions that imply a status after the event, where anything else is suspicious.
ACTION_STATUS: dict[str, tuple[str, ...]] = {
    "proposed": ("proposed",),
    "announced": ("announced", "proposed", "active", "suspended", "terminated"),
    "implemented": ("active",),
    "resumed": ("active",),
    "reinstated": ("active", "announced"),
    "suspended": ("suspended",),
    "enjoined": ("enjoined", "active"),  # active: an injunction stayed before it took effect
    "terminated": ("terminated",),
}


@dataclass(frozen=True)
class Selection:
    """Which codes a report shows: only `select` when given (else all), less `ignore` (as ruff's options)."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()

    def shows(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore


def validate(paths: Sequence[Path], *, today: dt.date, selection: Selection | None = None) -> Report:
    """Check every record under `paths` and report every problem found (those `selection` shows).

    Each file is checked as soon as it is read; then only what the cross-file
    rules need is kept, so memory does not grow with the records' text and models.

    Positions (a problem's line and column) are read again for a file only when it has a problem: noting them
    while reading costs about a tenth of a read, reading again a whole one. So once more than one file in ten
    has had a problem, the files that follow are read with their positions at once.
    """
    checked = []
    with_problems = 0
    for number, path in enumerate(record_files(paths)):
        item = read_file(path, positions=with_problems * 10 > number)
        if _rules_view(item) is not None:
            item.problems.extend(check_policy(item, today=today))
        with_problems += bool(item.problems)
        checked.append(_Checked(item))
    return report_for(checked, today=today, checked=True, selection=selection)


def _rules_view(item):
    """What the rules read of a record: its model, else the valid parts of it (None when there are none)."""
    return item.policy if item.policy is not None else item.partial


class _Checked:
    """What is left of a checked file: its problems, its id, and how to find things in it again."""

    __slots__ = ("path", "display", "policy", "problems", "ignores", "silenced")

    def __init__(self, item: Loaded) -> None:
        self.path, self.display, self.problems = item.path, item.display, item.problems
        view = _rules_view(item)
        self.policy = _Id(view) if view is not None else None
        self.ignores = list(ignores(view)) if view is not None else []
        self.silenced = item.silenced

    def locate(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        return read_file(self.path).locate(path, key=key)  # rare: only for a problem found after the check


class _Id:
    """What the rules across files need of a checked record: its id and the ids it relates to."""

    __slots__ = ("id", "related")

    def __init__(self, policy) -> None:
        self.id = policy.id
        self.related = [_Related(item) for item in policy.related if item is not None]


class _Related:
    __slots__ = ("policy", "ignore")

    def __init__(self, item) -> None:
        self.policy, self.ignore = item.policy, getattr(item, "ignore", None) or {}


def report_for(loaded: list, *, today: dt.date | None, checked: bool = False,
               selection: Selection | None = None) -> Report:
    problems: list[Problem] = []
    for item in loaded:
        problems.extend(item.problems)
        if not checked and _rules_view(item) is not None:
            problems.extend(check_policy(item, today=today))
    problems.extend(_duplicate_ids(loaded))
    problems.extend(_unknown_related(loaded))
    if today is not None:  # a full check (validate): every in-place ignore has had its chance
        problems.extend(_unused_ignores(loaded))
    report = Report(files=len(loaded), silenced=sum(len(item.silenced) for item in loaded))
    if selection is not None:
        shown = [problem for problem in problems if selection.shows(problem.code)]
        report.ignored, problems = len(problems) - len(shown), shown
    problems.sort(key=Problem.sort_key)
    if len(problems) > MAX_PROBLEMS:
        report.truncated = len(problems) - MAX_PROBLEMS
        # keep every error ahead of warnings when cutting
        problems.sort(key=lambda p: (p.severity != ERROR, p.sort_key()))
        problems = sorted(problems[:MAX_PROBLEMS], key=Problem.sort_key)
    report.problems = problems
    return report


def load_policies(paths: Sequence[Path]) -> list:
    """Valid policies under `paths`, or RecordsInvalid listing why not."""
    loaded = [read_file(path) for path in record_files(paths)]
    # valid records, the usual case, are checked without positions (finding one reads its file again): the
    # warnings a query does not show need none; errors are reported with theirs, by `report_for`
    if all(map(valid_alone, loaded)) and not _duplicate_ids(loaded):
        return [item.policy for item in loaded]
    report = report_for(loaded, today=None)
    if not report.valid:
        raise RecordsInvalid(report.problems)
    return [item.policy for item in loaded]


def valid_alone(item: Loaded) -> bool:
    """Whether a record read on its own has no error (ids across files aside), without the date-relative rules.

    Asked without positions: finding a problem's line reads the file again, and a caller that only wants to
    know (a query, the cache) shows no warning.
    """
    return item.policy is not None and not any(problem.severity == ERROR for problem in item.problems) \
        and not any(problem.severity == ERROR for problem in check_policy(item, today=None, locate=False))


def _duplicate_ids(loaded: list[Loaded]) -> list[Problem]:
    first: dict[str, Loaded] = {}
    problems = []
    for item in loaded:
        if item.policy is None or item.policy.id is None:
            continue
        other = first.setdefault(item.policy.id, item)
        if other is not item:
            line, column = item.locate(("id",))
            problems.append(Problem(item.display, line, column, ERROR, "duplicate-id",
                                    f"id '{item.policy.id}' is also used by {other.display}",
                                    "each policy has one file and a unique id"))
    return problems


def _unknown_related(loaded: list) -> list[Problem]:
    """A `related` id that none of the records validated together has (a warning: it may live elsewhere)."""
    ids = {item.policy.id for item in loaded if item.policy is not None and item.policy.id is not None}
    problems = []
    for item in loaded:
        if item.policy is None:
            continue
        for number, related in enumerate(item.policy.related):
            if related.policy is None or related.policy in ids:
                continue
            if "unknown-related" in (getattr(related, "ignore", None) or {}):
                item.silenced.add((("related", number), "unknown-related"))
                continue
            line, column = item.locate(("related", number, "policy"))
            close = difflib.get_close_matches(related.policy, sorted(ids), n=1)
            problems.append(Problem(item.display, line, column, WARNING, "unknown-related",
                                    f"related[{number}] names '{related.policy}', which is not among the records "
                                    "checked", f"did you mean '{close[0]}'?" if close else
                                    "check the id, or validate it together with that policy's record"))
    return problems


def ignores(policy) -> Iterable[tuple[tuple, str]]:
    """Every in-place `ignore:` entry of a record, as (the path of the part it is on, code)."""

    def entries(path: tuple, part) -> Iterable[tuple[tuple, str]]:
        for code in (getattr(part, "ignore", None) or {}) if part is not None else ():
            yield path, code

    yield from entries((), policy)
    for index, event in enumerate(policy.events):
        yield from entries(("events", index), event)
        for number, source in enumerate(event.sources if event is not None else ()):
            yield from entries(("events", index, "sources", number), source)
    for index, item in enumerate(policy.context):
        for number, source in enumerate(item.sources if item is not None else ()):
            yield from entries(("context", index, "sources", number), source)
    for number, related in enumerate(policy.related):
        yield from entries(("related", number), related)


# where each warning is reported, for the hint of an `ignore:` put on the wrong part
_REPORTED_ON = {"source-incomplete": "a source", "unknown-related": "a related entry",
                "related-self": "a related entry", "duplicate-related": "a related entry",
                "stale-review": "the record", "open-window": "an event", "status-after-active": "an event",
                "event-order": "an event", "action-status": "an event", "duplicate-event": "an event"}


def _unused_ignores(loaded: list) -> list[Problem]:
    """An `ignore:` entry that silenced nothing (as ruff's unused-noqa): its warning is gone, or it is misplaced."""
    problems = []
    for item in loaded:
        for path, code in item.ignores:
            if (path, code) in item.silenced:
                continue
            line, column = item.locate(path + ("ignore", code), key=True)
            owner = _describe(path) or "the record"
            on = _REPORTED_ON.get(code, "")
            here = {0: "the record", 2: "an event" if path[:1] == ("events",) else "a related entry"}.get(
                len(path), "a source")
            hint = (f"{code} is reported on {on}, not on {here}: move the entry there" if on and on != here
                    else f"remove it: {owner} has no {code} warning any more")
            problems.append(Problem(item.display, line, column, WARNING, "unused-ignore",
                                    f"{owner}.ignore: '{code}' silences nothing", hint))
    return problems


def _describe(path: tuple) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else ("." if i else "") + part
                   for i, part in enumerate(path))


def check_policy(item: Loaded, *, today: dt.date | None, locate: bool = True) -> list[Problem]:
    """The rules that need a whole record: its model, or the valid parts of one whose shape is wrong.

    A rule leaves alone what depends on a part that is not valid (its problem is reported already), so one
    mistake gives one problem. A warning the record silences where it occurs is added to `item.silenced`.
    `locate=False`: problems get line and column 0, for callers that only ask whether there is an error (the
    cache): finding a position reads the file again, with positions, and holds them.
    """
    policy = _rules_view(item)
    problems: list[Problem] = []

    def add(path: tuple, severity: str, code: str, message: str, hint: str | None = None, key=False):
        if severity == WARNING:
            owner = _owner(path)
            if code in (getattr(_part_at(policy, owner), "ignore", None) or {}):
                item.silenced.add((owner, code))
                return
        line, column = item.locate(path, key=key) if locate else (0, 0)
        problems.append(Problem(item.display, line, column, severity, code, message, hint))

    def incomplete_sources(here: tuple, sources) -> None:
        for number, source in enumerate(sources):
            if source is None:
                continue
            missing = [name for name in ("publisher", "published") if not _given(source, name)]
            if missing:
                add(here + ("sources", number), WARNING, "source-incomplete",
                    f"{here[0]}[{here[1]}].sources[{number}] has no {' or '.join(missing)}",
                    "add who published it and when, so readers can cite it; a source that shows no date can say "
                    "so: ignore: {source-incomplete: <why>} on the source")

    if item.path.suffix not in RECORD_SUFFIXES:
        add(("id",), ERROR, "file-name", f"the file is named '{item.path.name}'; record files end in .yaml or .yml",
            f"rename it to {item.path.stem}.yaml")
    stem = item.path.stem
    if policy.id is not None and policy.id != stem:
        # only a valid id is offered: a file named UP.yaml or my policy.yaml cannot be matched by its id
        rename = f"rename the file to {policy.id}{item.path.suffix.lower()}"
        add(("id",), ERROR, "id-mismatch", f"id '{policy.id}' differs from the file name '{item.path.name}'",
            f"{rename} or set id: {stem}" if SLUG.fullmatch(stem) and len(stem) <= 100 else rename)

    if today is not None and policy.last_reviewed is not None:
        age = (today - policy.last_reviewed).days
        if age > REVIEW_MAX_AGE_DAYS:
            add(("last_reviewed",), WARNING, "stale-review",
                f"record last reviewed {policy.last_reviewed} ({age} days ago, more than {REVIEW_MAX_AGE_DAYS})",
                "check the record against recent news and update last_reviewed")
        elif age < 0:
            add(("last_reviewed",), ERROR, "future-review", f"last_reviewed {policy.last_reviewed} is in the future",
                f"set it to the day the record was last checked, {today} or earlier")

    events = policy.events
    seen_events: dict[tuple, int] = {}
    for index, event in enumerate(events):
        if event is None:
            continue
        here = ("events", index)
        _check_dates(add, here, event, f"events[{index}]", event=True)
        dated = _known(event, "date", "not_before", "not_after")
        effective = applies_on(event) if dated else None
        if event.announced is not None and effective is not None and event.announced > effective:
            add(here + ("announced",), ERROR, "announced-after-effective",
                f"events[{index}]: announced {event.announced} is after the effective date {effective}",
                "the date of an event is when it took effect; an announcement comes on or before it")
        incomplete_sources(here, event.sources)
        if event.action is not None and event.status is not None:
            allowed = ACTION_STATUS.get(event.action.value)
            if allowed and event.status.value not in allowed:
                add(here + ("action",), WARNING, "action-status",
                    f"events[{index}]: action '{event.action.value}' with status '{event.status.value}'",
                    f"after '{event.action.value}' the status is usually {' or '.join(allowed)}; check both")
        if dated and _known(event, "status", "summary"):
            fingerprint = (event.date, event.not_before, event.not_after, event.status, event.summary)
            if fingerprint in seen_events:
                add(here, WARNING, "duplicate-event",
                    f"events[{index}] repeats events[{seen_events[fingerprint]}] (same date, status and summary)",
                    "remove one of them")
            else:
                seen_events[fingerprint] = index

    for index, item_ in enumerate(policy.context):
        if item_ is None:
            continue
        incomplete_sources(("context", index), item_.sources)
        _check_dates(add, ("context", index), item_, f"context[{index}]", event=False)

    seen_related: dict[tuple[str, str], int] = {}
    for number, related in enumerate(policy.related):
        if related is None or related.policy is None:
            continue
        if related.policy == policy.id:
            add(("related", number, "policy"), WARNING, "related-self",
                f"related[{number}] names this policy itself", "name another policy's id")
        elif related.relation is not None:
            key = (related.policy, related.relation.value)
            if key in seen_related:
                add(("related", number), WARNING, "duplicate-related",
                    f"related[{number}] repeats related[{seen_related[key]}]", "remove one of them")
            else:
                seen_related[key] = number

    _check_order(add, events)
    _check_transitions(add, events)
    return problems


def _known(part, *names: str) -> bool:
    """Whether these fields of a model, or of a `Part`, hold valid values (or are validly absent)."""
    return part.known(*names) if type(part) is Part else True  # a model's fields are all valid


def _given(part, name: str) -> bool:
    """Whether a field is written in the record, valid or not."""
    return part.given(name) if type(part) is Part else getattr(part, name) is not None


def _owner(path: tuple) -> tuple:
    """The path of the part a problem at `path` is about: a source, an event, a context or related entry, or ()."""
    if path[:1] in (("events",), ("context",)) and len(path) >= 2:
        if len(path) >= 4 and path[2] == "sources":
            return path[:4]
        return path[:2]
    if path[:1] == ("related",) and len(path) >= 2:
        return path[:2]
    return ()


def _part_at(policy, path: tuple):
    part = policy
    for step in path:
        part = getattr(part, step) if isinstance(step, str) else part[step]
    return part


def _check_dates(add, here: tuple, part, name: str, *, event: bool) -> None:
    """The rules on an event's (or a context entry's) date, or its uncertain window."""
    if part.date is not None and (part.not_before is not None or part.not_after is not None):
        add(here + ("date",), ERROR, "date-and-window", f"{name} has both a date and an uncertain window",
            "give either date, or not_before/not_after when the day is not known")
    if not any(_given(part, key) for key in ("date", "not_before", "not_after")):
        add(here, ERROR, "no-date", f"{name} has no date",
            "add date: YYYY-MM-DD, or not_before/not_after when the day is not known")
    if event and not _given(part, "date") and not _given(part, "not_after") and part.not_before is not None:
        add(here + ("not_before",), WARNING, "open-window",
            f"{name} has not_before but no not_after: it will never count as applied",
            "add not_after: the latest day it can have happened (e.g. the date of the source)")
    if part.not_before is not None and part.not_after is not None and part.not_before > part.not_after:
        add(here + ("not_before",), ERROR, "window-order",
            f"{name}: not_before {part.not_before} is after not_after {part.not_after}", "swap them")


def _check_order(add, events: Sequence) -> None:
    """Events are kept in date order (the order `timeline fmt` gives them): a warning at the first one out of place.

    Same-day events keep their file order (it is the order they apply in), so only an earlier day after a later one
    is out of place."""
    dated = [(index, sort_date(event)) for index, event in enumerate(events)
             if event is not None and _known(event, "date", "not_before", "not_after") and sort_date(event)]
    latest: tuple[int, dt.date] | None = None
    for index, day in dated:
        if latest is not None and day < latest[1]:
            above = next(other for other, other_day in dated if other_day > day)
            event = events[index]
            field = "date" if event.date is not None else "not_after" if event.not_after is not None else "not_before"
            add(("events", index, field), WARNING, "event-order",
                f"events[{index}] ({day}) comes after events[{latest[0]}] ({latest[1]}) but takes effect before it",
                f"keep events in date order: move it above events[{above}], or run `timeline fmt` to sort them")
            return
        if latest is None or day >= latest[1]:
            latest = (index, day)


def _check_transitions(add, events: Sequence) -> None:
    """Status changes that make no sense, in the order events take effect.

    An event whose date is not valid could sit anywhere: no change is judged across the events between which it
    may fall in the file. One whose status is not valid breaks the chain: the next change is not judged."""
    placeable = [index for index, event in enumerate(events) if event is not None
                 and _known(event, "date", "not_before", "not_after") and applies_on(event) is not None]
    unplaced = [index for index, event in enumerate(events) if event is not None
                and not _known(event, "date", "not_before", "not_after")]
    previous = None
    first_active = None
    for index in sorted(placeable, key=lambda at: (sort_date(events[at]), at)):
        event = events[index]
        if event.status is None:
            previous = None
            continue
        status = event.status.value
        if previous is not None and any(min(previous[1], index) < at < max(previous[1], index) for at in unplaced):
            previous = None
        if first_active is not None and status in NOT_YET:
            add(("events", index, "status"), WARNING, "status-after-active",
                f"events[{index}] has status '{status}', but the policy was already active (events[{first_active}])",
                "an announcement or proposal about a policy that exists keeps its status: give the event that "
                "takes effect the date in 'announced:', or record this as an event with the status it left")
            previous = (status, index)
            continue
        if status == "active" and first_active is None:
            first_active = index
        if previous is not None:
            rule = TRANSITIONS.get((previous[0], status))
            action = event.action.value if event.action is not None else None
            if rule is not None and action not in TRANSITION_EXCEPTIONS.get((previous[0], status), ()):
                severity, why = rule
                add(("events", index, "status"), severity, "transition",
                    f"events[{index}] goes from '{previous[0]}' (events[{previous[1]}]) to '{status}'", why)
        previous = (status, index)

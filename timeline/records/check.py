"""Validation: every rule, across every file, collected into one report.

Each rule has a stable code, documented in docs/validation.md. Shape rules
(unknown keys, types, dates) come from `load`; the rules here need a whole
record, several records, or today's date.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from pathlib import Path

from timeline.core.segments import applies_on, ordered
from timeline.errors import ERROR, WARNING, Problem, RecordsInvalid, Report

from .files import RECORD_SUFFIXES, record_files
from .load import Loaded, read_file
from .model import SLUG

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


def validate(paths: Sequence[Path], *, today: dt.date) -> Report:
    """Check every record under `paths` and report every problem found.

    Each file is checked as soon as it is read; then only what the cross-file
    rules need is kept, so memory does not grow with the records' text and models.
    """
    checked = []
    for path in record_files(paths):
        item = read_file(path)
        if item.policy is not None:
            item.problems.extend(check_policy(item, today=today))
        checked.append(_Checked(item))
    return report_for(checked, today=today, checked=True)


class _Checked:
    """What is left of a checked file: its problems, its id, and how to find the id again."""

    __slots__ = ("path", "display", "policy", "problems")

    def __init__(self, item: Loaded) -> None:
        self.path, self.display, self.problems = item.path, item.display, item.problems
        self.policy = _Id(item.policy) if item.policy is not None else None

    def locate(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        return read_file(self.path).locate(path, key=key)  # rare: only for a cross-file problem


class _Id:
    """What the rules across files need of a checked record: its id and the ids it relates to."""

    __slots__ = ("id", "related")

    def __init__(self, policy) -> None:
        self.id = policy.id
        self.related = [_Related(item.policy) for item in policy.related]


class _Related:
    __slots__ = ("policy",)

    def __init__(self, policy_id: str) -> None:
        self.policy = policy_id


def report_for(loaded: list[Loaded], *, today: dt.date | None, checked: bool = False) -> Report:
    problems: list[Problem] = []
    for item in loaded:
        problems.extend(item.problems)
        if item.policy is not None and not checked:
            problems.extend(check_policy(item, today=today))
    problems.extend(_duplicate_ids(loaded))
    problems.extend(_unknown_related(loaded))
    problems.sort(key=Problem.sort_key)
    report = Report(files=len(loaded))
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
        if item.policy is None:
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
    ids = {item.policy.id for item in loaded if item.policy is not None}
    problems = []
    for item in loaded:
        if item.policy is None:
            continue
        for number, related in enumerate(item.policy.related):
            if related.policy not in ids:
                line, column = item.locate(("related", number, "policy"))
                close = difflib.get_close_matches(related.policy, sorted(ids), n=1)
                problems.append(Problem(item.display, line, column, WARNING, "unknown-related",
                                        f"related[{number}] names '{related.policy}', which is not among the records "
                                        "checked", f"did you mean '{close[0]}'?" if close else
                                        "check the id, or validate it together with that policy's record"))
    return problems


def check_policy(item: Loaded, *, today: dt.date | None, locate: bool = True) -> list[Problem]:
    """The rules that need a whole, well-formed record.

    `locate=False`: problems get line and column 0, for callers that only ask whether there is an error (the
    cache): finding a position reads the file again, with positions, and holds them.
    """
    policy = item.policy
    problems: list[Problem] = []

    def add(path: tuple, severity: str, code: str, message: str, hint: str | None = None, key=False):
        line, column = item.locate(path, key=key) if locate else (0, 0)
        problems.append(Problem(item.display, line, column, severity, code, message, hint))

    def incomplete_sources(here: tuple, sources) -> None:
        for number, source in enumerate(sources):
            missing = [name for name in ("publisher", "published") if getattr(source, name) is None]
            if missing:
                add(here + ("sources", number), WARNING, "source-incomplete",
                    f"{here[0]}[{here[1]}].sources[{number}] has no {' or '.join(missing)}",
                    "add who published the source and when, so readers can cite it")

    if item.path.suffix not in RECORD_SUFFIXES:
        add(("id",), ERROR, "file-name", f"the file is named '{item.path.name}'; record files end in .yaml or .yml",
            f"rename it to {item.path.stem}.yaml")
    stem = item.path.stem
    if policy.id != stem:
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
            add(("last_reviewed",), ERROR, "future-review", f"last_reviewed {policy.last_reviewed} is in the future")

    seen_events: dict[tuple, int] = {}
    for index, event in enumerate(policy.events):
        here = ("events", index)
        if event.date is not None and (event.not_before is not None or event.not_after is not None):
            add(here + ("date",), ERROR, "date-and-window",
                f"events[{index}] has both a date and an uncertain window",
                "give either date, or not_before/not_after when the day is not known")
        if event.date is None and event.not_before is None and event.not_after is None:
            add(here, ERROR, "no-date", f"events[{index}] has no date",
                "add date: YYYY-MM-DD, or not_before/not_after when the day is not known")
        if event.date is None and event.not_after is None and event.not_before is not None:
            add(here + ("not_before",), WARNING, "open-window",
                f"events[{index}] has not_before but no not_after: it will never count as applied",
                "add not_after: the latest day it can have happened (e.g. the date of the source)")
        if event.not_before is not None and event.not_after is not None and event.not_before > event.not_after:
            add(here + ("not_before",), ERROR, "window-order",
                f"events[{index}]: not_before {event.not_before} is after not_after {event.not_after}",
                "swap them")
        effective = applies_on(event)
        if event.announced is not None and effective is not None and event.announced > effective:
            add(here + ("announced",), ERROR, "announced-after-effective",
                f"events[{index}]: announced {event.announced} is after the effective date {effective}",
                "the date of an event is when it took effect; an announcement comes on or before it")
        incomplete_sources(here, event.sources)
        if event.action is not None:
            allowed = ACTION_STATUS.get(event.action.value)
            if allowed and event.status.value not in allowed:
                add(here + ("action",), WARNING, "action-status",
                    f"events[{index}]: action '{event.action.value}' with status '{event.status.value}'",
                    f"after '{event.action.value}' the status is usually {' or '.join(allowed)}")
        fingerprint = (event.date, event.not_before, event.not_after, event.status, event.summary)
        if fingerprint in seen_events:
            add(here, WARNING, "duplicate-event",
                f"events[{index}] repeats events[{seen_events[fingerprint]}] (same date, status and summary)",
                "remove one of them")
        else:
            seen_events[fingerprint] = index

    for index, item_ in enumerate(policy.context):
        here = ("context", index)
        incomplete_sources(here, item_.sources)
        if item_.date is not None and (item_.not_before is not None or item_.not_after is not None):
            add(here + ("date",), ERROR, "date-and-window", f"context[{index}] has both a date and an uncertain window",
                "give either date, or not_before/not_after")
        if item_.date is None and item_.not_before is None and item_.not_after is None:
            add(here, ERROR, "no-date", f"context[{index}] has no date", "add date: YYYY-MM-DD")
        if item_.not_before is not None and item_.not_after is not None and item_.not_before > item_.not_after:
            add(here + ("not_before",), ERROR, "window-order",
                f"context[{index}]: not_before {item_.not_before} is after not_after {item_.not_after}", "swap them")

    seen_related: dict[tuple[str, str], int] = {}
    for number, related in enumerate(policy.related):
        key = (related.policy, related.relation.value)
        if related.policy == policy.id:
            add(("related", number, "policy"), WARNING, "related-self",
                f"related[{number}] names this policy itself", "name another policy's id")
        elif key in seen_related:
            add(("related", number), WARNING, "duplicate-related",
                f"related[{number}] repeats related[{seen_related[key]}]", "remove one of them")
        else:
            seen_related[key] = number

    previous = None
    first_active = None
    for index in ordered(policy.events):  # in the order they take effect
        event = policy.events[index]
        if applies_on(event) is None:
            continue
        status = event.status.value
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
                    f"events[{index}] goes from '{previous[0]}' (events[{previous[1]}]) to '{status}': {why}")
        previous = (status, index)
    return problems

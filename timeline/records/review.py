"""Reading a review file (`timeline extract --format yaml`, corrected by a person) for `timeline accept`.

The file is read as strictly as a record (no anchors, tags or duplicate keys)
and checked in full before anything is merged: every problem is reported at
the review file's own line and column, as `validate` reports a record's. Each
candidate is a mapping with

* `n` — its number, a whole number from 1 up, unique in the file (default: its
  place in the list, from 1);
* `policy` — the id of the record it goes into;
* `event` — an event in the record format (docs/schema.md): unknown keys,
  wrong types and YAML 1.1 traps are errors here, as in a record; a source
  whose `url` is still null is left for `accept` to refuse (the person has not
  filled it in yet);
* `takes_effect` (optional) — for an announcement about a policy that already
  exists: the date of the record's event that the announcement is about;
* anything else (`article`, `confidence`, `dated_by`, `verdict`, `reason`, ...) is
  extraction's note to the reviewer and is not merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from timeline.core.dates import to_date
from timeline.errors import ERROR, Problem, RecordsInvalid, UsageError

from . import yamlread
from .files import display_name, max_file_bytes, read_limited
from .load import event_problems

REVIEW_ADVICE = "the review file is invalid; fix it (the lines above) and run `timeline accept` again"


@dataclass
class Candidate:
    """One reviewed candidate: its number, its policy, its event (plain values) and where it is in the file."""

    number: int
    policy: str
    event: dict
    takes_effect: dt.date | None
    file: str
    line: int
    column: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def missing_url(self) -> int | None:
        """The index of the first source whose url is not filled in, or None."""
        for index, source in enumerate(self.event.get("sources") or []):
            if isinstance(source, dict) and source.get("url") is None:
                return index
        return None


def read_review(path: Path, only: list[int] | None = None) -> list[Candidate]:
    """The candidates of a review file (only those numbered in `only`, when given), checked; RecordsInvalid
    with every problem, at the file's lines, when any chosen candidate is malformed."""
    display = display_name(path)
    limit = max_file_bytes()
    try:
        data = read_limited(path, limit)  # bounded: /dev/zero never ends (a pipe, <(...), is fine)
    except OSError as exc:
        raise UsageError(f"cannot read {display}: {exc.strerror}",
                         "check the path and the file's permissions") from None
    if len(data) > limit:
        raise UsageError(f"{display} is larger than {limit:,} bytes: not a review file",
                         "give the file that `timeline extract --format yaml` wrote (TIMELINE_MAX_FILE_BYTES raises "
                         "the limit)")
    text, problems = yamlread.decode(data, display)
    document = None
    if text is not None:
        document, more = yamlread.read(text, display, positions=True)
        problems += more
    if document is None or any(p.severity == ERROR for p in problems):
        raise RecordsInvalid(problems, advice=REVIEW_ADVICE)
    value = document.value
    if not isinstance(value, dict) or not isinstance(value.get("candidates"), list):
        raise UsageError(f"{display} is not a review file: it has no 'candidates:' list",
                         "make one with `timeline extract --format yaml`")

    def problem(where: tuple, message: str, hint: str, *, key: bool = False) -> None:
        line, column = document.where(where, key=key)
        problems.append(Problem(display, line, column, ERROR, "review", message, hint))

    candidates: list[Candidate] = []
    numbers: dict[int, int] = {}  # number -> line of the first candidate with it
    for position, item in enumerate(value["candidates"]):
        here = ("candidates", position)
        if not isinstance(item, dict):
            problem(here, f"candidates[{position}] is not a mapping", "each candidate has n, policy and event")
            continue
        number = item.get("n", position + 1)
        if type(number) is not int or number < 1:
            problem(here + ("n",), f"candidates[{position}].n is {_shown(number)}, not a whole number from 1 up",
                    "give each candidate its own number: n: 1, n: 2, ...")
            number = None
        elif number in numbers:
            problem(here + ("n",), f"candidates[{position}].n: {number} is also the number of the candidate at line "
                    f"{numbers[number]}", "give each candidate its own number, so that --only N names one")
        else:
            numbers[number] = document.where(here)[0]
        if only and number not in only:
            continue
        policy = item.get("policy")
        if not isinstance(policy, str) or not policy.strip():
            problem(here + ("policy",) if "policy" in item else here,
                    f"candidates[{position}].policy is {_shown(policy)}, not a policy id",
                    "give the id of the record the event goes into, e.g. policy: remain-in-mexico")
        event = item.get("event")
        if not isinstance(event, dict):
            problem(here + ("event",) if "event" in item else here,
                    f"candidates[{position}].event is {_shown(event)}, not an event",
                    "give the event as a mapping in the record format (date, status, summary, sources)")
            continue
        takes_effect = item.get("takes_effect")
        if takes_effect is not None and to_date(takes_effect) is None:
            problem(here + ("takes_effect",), f"candidates[{position}].takes_effect is {_shown(takes_effect)}, "
                    "not a date", "give the date of the record's event that the announcement is about, YYYY-MM-DD")
        name = f"candidates[{position}].event"
        problems.extend(event_problems(document, here + ("event",), display, name, ignore=_unfilled_url))
        if number is not None and isinstance(policy, str):
            line, column = document.where(here)
            candidates.append(Candidate(number, policy, event, to_date(takes_effect), display, line, column))
    if only:
        missing = sorted(set(only) - set(numbers))
        if missing:
            raise UsageError(f"no candidate numbered {', '.join(map(str, missing))} in {display}",
                             f"numbers in the file: {', '.join(str(n) for n in sorted(numbers)) or 'none'}")
    if any(p.severity == ERROR for p in problems):
        problems.sort(key=Problem.sort_key)
        raise RecordsInvalid(problems, advice=REVIEW_ADVICE)
    return candidates


def _unfilled_url(place: tuple, value) -> bool:
    """A source's url still null: not a malformed file; accept refuses that candidate by itself."""
    return len(place) == 3 and place[0] == "sources" and place[2] == "url" and value is None


def _shown(value) -> str:
    if value is None:
        return "missing"
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:37] + "..."


__all__ = ["REVIEW_ADVICE", "Candidate", "read_review"]

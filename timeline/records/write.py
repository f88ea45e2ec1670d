"""Changing record files safely: `timeline accept` and `timeline fmt`.

Guarantees (docs/extraction.md):

* the new text is validated in full before anything is written;
* it goes to a temporary file in the same folder as the record (the target of
  a symbolic link, which stays a link), is fsynced, given the old file's
  permissions and moved over the old file with `os.replace`, and the folder is
  fsynced: a crash at any moment leaves the old file or the new one
  (`timeline.atomic`);
* writers hold an exclusive lock on each record file they change, from before
  they read it until it is replaced (`locks`): two writers never interleave,
  whatever data path each was given, and no lock file is left anywhere;
* only the bytes that must change are touched: `accept` inserts the new
  event's text at its chronological place in the events list (or, for an
  announcement about a policy that exists, an `announced:` line and the
  article as a source in the event that takes effect), in the file's own line
  ends; `fmt` moves whole event blocks (with the comments above them) and fixes
  line ends and trailing blanks; comments and everything else stay byte for
  byte.

A record is read once per run and validated without positions (finding a
problem's line reads the text again, only when there is one), and the event
blocks are found by one pass of the YAML event parser (`blocks`), so both
commands scale with a record's size as `timeline validate` does.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from timeline.atomic import digest, write_bytes
from timeline.core.dates import to_date, when
from timeline.core.segments import applies_on, ordered
from timeline.errors import ERROR, Problem, UsageError

from . import yamlread
from .blocks import Block, Layout, event_places, layout, sort_date
from .check import check_policy
from .files import display_name, record_files
from .load import Loaded, read_text, validate_shape
from .locks import locked, open_hint
from .review import Candidate, read_review
from .transitions import Transition, difference, transitions
from .yamltext import event_lines, source_lines

__all__ = ["AcceptReport", "Accepted", "FormatResult", "Refused", "accept", "canonical", "duplicate_of", "fmt",
           "insert_event", "layout", "locked", "problems_in", "sort_date"]

# (verdict, reason) of a candidate event against a policy's records: extraction's verdict, given by the caller
# (the records layer does not import extraction)
Judge = Callable[[object, dict], tuple[str, str]]


# --- validation of a text before it is written ----------------------------------------


def _checked(path: Path, text: str) -> Loaded:
    """The text read and checked as the record `path`, every problem without its position (found on demand)."""
    loaded = read_text(path, text)
    if loaded.policy is not None:
        loaded.problems.extend(check_policy(loaded, today=None, locate=False))
    return loaded


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def _located_errors(loaded: Loaded) -> list[Problem]:
    """The errors of a checked text, with their lines and columns."""
    found = _errors([p for p in loaded.problems if p.line != 0])
    if loaded.policy is not None:
        found += _errors(check_policy(loaded, today=None))
    return sorted(found, key=Problem.sort_key)


def problems_in(path: Path, text: str, *, locate: bool = True) -> list[Problem]:
    """Every problem `timeline validate` would report for this text as the file `path` (without lines and
    columns from the rules when not `locate`: the caller only asks whether there is an error)."""
    loaded = read_text(path, text)
    if loaded.policy is not None:
        loaded.problems.extend(check_policy(loaded, today=None, locate=locate))
    return loaded.problems


# --- a record as it stands ------------------------------------------------------------------


def line_ends(text: str) -> str | None:
    """How a text ends its lines: '\\n', '\\r\\n' or '\\r'; None when it mixes them."""
    returns = text.count("\r")
    if not returns:
        return "\n"
    newlines = text.count("\n")
    pairs = text.count("\r\n")
    if pairs == returns == newlines:
        return "\r\n"
    if not newlines:
        return "\r"
    return None


class Record:
    """A record file read for writing: its text with LF line ends, how the file writes them, and what
    validation says of it (`error` says why nothing can be written into it)."""

    def __init__(self, path: Path) -> None:
        self.path, self.display = path, display_name(path)
        self.text = ""
        self.bom = b""
        self.newline = "\n"
        self.loaded: Loaded | None = None
        self.error: tuple[str, str | None] | None = None
        self.changed = False
        self.digest: bytes | None = None
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error = (f"cannot read {self.display}: {exc.strerror}", open_hint(exc))
            return
        self.digest = digest(data)  # the write is refused if the file holds something else by then
        text, problems = yamlread.decode(data, self.display)
        if text is None:
            problem = problems[0]
            then = f"then run `timeline validate {self.display}`"
            self.error = (f"{self.display}:{problem.line}:{problem.column}: {problem.message}",
                          f"{problem.hint}; {then}" if problem.hint else then)
            return
        if data.startswith(codecs.BOM_UTF8):
            self.bom = codecs.BOM_UTF8
        newline = line_ends(text)
        if newline is None:
            self.error = (f"{self.display} mixes line ends (CRLF, LF or CR)",
                          f"run `timeline fmt {self.display}` first: it makes them all LF")
            return
        self.newline = newline
        self.text = text if newline == "\n" else text.replace(newline, "\n")
        self.loaded = _checked(path, self.text)
        if _errors(self.loaded.problems):
            first = _located_errors(self.loaded)[:1]
            detail = f": line {first[0].line}: {first[0].message}" if first else ""
            self.error = (f"{self.display} has errors{detail}",
                          f"fix them first (timeline validate {self.display})")

    def update(self, text: str, loaded: Loaded) -> None:
        self.text, self.loaded, self.changed = text, loaded, True

    def data(self) -> bytes:
        text = self.text if self.newline == "\n" else self.text.replace("\n", self.newline)
        return self.bom + text.encode("utf-8")


# --- accept ---------------------------------------------------------------------------------


@dataclass
class Accepted:
    """A candidate merged (or, with --dry-run, that would be): `kind` 'event' is a new events[position];
    'announced' is the announced date (and the source) added to the existing events[position]."""

    number: int
    policy: str
    file: str
    position: int
    event: dict
    kind: str = "event"
    verdict: str | None = None
    reason: str | None = None
    forced: bool = False
    added: list[Transition] = field(default_factory=list)
    removed: list[Transition] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"n": self.number, "policy": self.policy, "file": self.file, "position": self.position,
                "kind": self.kind, "verdict": self.verdict, "reason": self.reason, "forced": self.forced,
                "adds": [t.as_dict() for t in self.added], "removes": [t.as_dict() for t in self.removed]}


@dataclass
class Refused:
    """A candidate not merged: why, what to do, and where it is in the review file."""

    number: int
    reason: str
    hint: str | None = None
    where: str = ""

    def as_dict(self) -> dict:
        return {"n": self.number, "reason": self.reason, "hint": self.hint, "where": self.where}


@dataclass
class NotWritten:
    """A record file that could not be written: its accepted candidates are not in it."""

    file: str
    message: str
    hint: str | None
    numbers: list[int]


@dataclass
class AcceptReport:
    accepted: list[Accepted] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    failed: list[NotWritten] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict:
        return {"dry_run": self.dry_run, "accepted": [a.as_dict() for a in self.accepted],
                "refused": [r.as_dict() for r in self.refused],
                "not_written": [{"file": f.file, "message": f.message, "hint": f.hint, "n": f.numbers}
                                for f in self.failed]}


def _normal(text) -> str:
    return " ".join(str(text or "").split()).strip().lower()


def duplicate_of(event: dict, existing: list) -> str | None:
    """Why `event` repeats one already in the record, or None."""
    new_quotes = {(_normal(s.get("url")), _normal(s.get("quote"))) for s in event.get("sources") or []
                  if isinstance(s, dict)}
    for index, other in enumerate(existing):
        if not isinstance(other, dict):
            continue
        same_when = all(to_date(other.get(k)) == to_date(event.get(k)) for k in ("date", "not_before", "not_after"))
        if same_when and other.get("status") == event.get("status"):
            return f"events[{index}] has the same date and status"
        for source in other.get("sources") or []:
            if not isinstance(source, dict) or not source.get("quote"):
                continue
            if any(quote and quote == _normal(source.get("quote")) for _url, quote in new_quotes):
                return f"events[{index}] already cites this quote ({source.get('url')})"
    return None


def insert_event(text: str, event: dict, file: str, shape: Layout | None = None) -> tuple[str, int]:
    """The record text (LF line ends) with `event` inserted at its chronological place; (new text, position)."""
    shape = shape or layout(text, file)
    new_date = sort_date(event)
    position = len(shape.blocks)
    for order, block in enumerate(shape.blocks):
        if block.sort_date is not None and new_date is not None and block.sort_date > new_date:
            position = order
            break
    chunk = "\n".join(event_lines(event, shape.dash_column, list_indent=shape.list_indent)) + "\n"
    gap = "\n" if shape.blank_between else ""
    if position < len(shape.blocks):
        at = shape.blocks[position].start
        new_text = text[:at] + chunk + gap + text[at:]
    else:
        at = shape.blocks[-1].end
        prefix = "" if text[:at].endswith("\n") else "\n"
        new_text = text[:at] + prefix + gap + chunk + text[at:]
    return new_text, position


def _record_paths(data: Path, policies: set[str]) -> dict[str, list[Path]]:
    """policy id -> the record files named after it under `data` (a record's file is named after its id)."""
    found: dict[str, list[Path]] = {}
    for path in record_files([data]):
        stem = path.name.rsplit(".", 1)[0]
        if stem in policies:
            found.setdefault(stem, []).append(path)
    return found


def accept(candidates_path: Path, data: Path, only: Sequence[int] | None = None, *, dry_run: bool = False,
           force: bool = False, judge: Judge | None = None) -> AcceptReport:
    """Merge reviewed candidates into their policy files (see the module's docstring).

    The review file is checked in full first (RecordsInvalid, at its own lines). Each candidate is then checked
    against its record as it stands after the candidates merged before it: refused when it repeats an event,
    when `judge` says it contradicts the records (unless `force`), or when the record would be invalid.
    Nothing is written with `dry_run`.
    """
    chosen = read_review(Path(candidates_path), list(only) if only else None)
    paths = _record_paths(data, {candidate.policy for candidate in chosen})
    report = AcceptReport(dry_run=dry_run)
    targets = [found[0] for found in paths.values() if len(found) == 1]
    with locked(targets):
        records: dict[Path, Record] = {}
        for candidate in chosen:
            found = paths.get(candidate.policy, [])
            if len(found) != 1:
                report.refused.append(_no_record(candidate, found, data))
                continue
            record = records.get(found[0])
            if record is None:
                record = records[found[0]] = Record(found[0])
            outcome = _accept_one(candidate, record, force=force, judge=judge)
            (report.accepted if isinstance(outcome, Accepted) else report.refused).append(outcome)
        if not dry_run:
            for record in records.values():
                if record.changed:
                    _write(record, report)
    return report


def _no_record(candidate: Candidate, found: list[Path], data: Path) -> Refused:
    if found:
        return Refused(candidate.number, f"several records are named {candidate.policy}: "
                       f"{', '.join(display_name(path) for path in found)}",
                       "keep one of them (timeline validate reports the duplicate id)", candidate.where)
    return Refused(candidate.number, f"no record for policy '{candidate.policy}' in {display_name(data)}",
                   f"a record's file is named after its id ({candidate.policy}.yaml); check the candidate's "
                   "policy, or give the records folder with --data", candidate.where)


def _write(record: Record, report: AcceptReport) -> None:
    try:
        write_bytes(record.path, record.data(), unchanged=record.digest)
    except UsageError as exc:
        numbers = [item.number for item in report.accepted if item.file == record.display]
        report.accepted = [item for item in report.accepted if item.file != record.display]
        report.failed.append(NotWritten(record.display, exc.message, exc.hint, numbers))


def _accept_one(candidate: Candidate, record: Record, *, force: bool, judge: Judge | None) -> Accepted | Refused:
    def refuse(reason: str, hint: str | None = None) -> Refused:
        return Refused(candidate.number, reason, hint, candidate.where)

    if record.error is not None:
        return refuse(*record.error)
    missing = candidate.missing_url()
    if missing is not None:
        return refuse(f"sources[{missing}].url is not filled in", "give the article's http(s) address in the "
                      "review file, where it says FILL IN")
    event = candidate.event
    if _announces_a_change(record.loaded.policy, event):
        return _accept_announcement(candidate, record, refuse)
    why = duplicate_of(event, record.loaded.document.value.get("events") or [])
    if why:
        return refuse(f"duplicate: {why} in {record.display}", "leave this candidate out (--only)")
    verdict, reason = judge(record.loaded.policy, event) if judge is not None else (None, None)
    if verdict == "contradicts" and not force:
        return refuse(f"contradicts {record.display}: {reason}",
                      "check the article and the record; if the article is right, accept it with --force")
    new_text, position = insert_event(record.text, event, record.display)
    merged = _merge(record, new_text, refuse)
    if isinstance(merged, Refused):
        return merged
    added, removed = merged
    return Accepted(candidate.number, candidate.policy, record.display, position, event, "event", verdict, reason,
                    force and verdict == "contradicts", added, removed)


def _merge(record: Record, new_text: str, refuse) -> Refused | tuple[list[Transition], list[Transition]]:
    """Make `new_text` the record's text if it validates: the transitions it adds and removes, or the refusal.

    The old text's models are let go before the new ones are built, so that a large record is held once."""
    before = transitions(record.loaded.policy.events)
    record.loaded = None
    after = _checked(record.path, new_text)
    refusal = _invalid(after, refuse)
    if refusal is not None:
        del after
        record.loaded = _checked(record.path, record.text)  # rare: read the text as it stands again
        return refusal
    changes = difference(before, transitions(after.policy.events))
    record.update(new_text, after)
    return changes


def _invalid(after: Loaded, refuse) -> Refused | None:
    errors = _errors(after.problems)
    if not errors:
        return None
    errors = _located_errors(after) or errors
    detail = "; ".join(p.message for p in errors[:3])
    return refuse(f"the record would be invalid: {detail}", errors[0].hint or "correct the event in the review file")


# --- an announcement about a policy that exists ------------------------------------------------------


def _announces_a_change(policy, event: dict) -> bool:
    """Whether the event is an announcement (status `announced`) about a policy already active by then: the
    record rules make it the `announced` date of the event that takes effect (docs/schema.md)."""
    if event.get("status") != "announced":
        return False
    day = to_date(event.get("date")) or to_date(event.get("not_after"))
    if day is None:
        return False
    return any(str(item.status) == "active" and applies_on(item) is not None and applies_on(item) <= day
               for item in policy.events)


def _accept_announcement(candidate: Candidate, record: Record, refuse) -> Accepted | Refused:
    found = _announced_event(candidate, record, refuse)
    if isinstance(found, Refused):
        return found
    index, day, sources = found
    try:
        new_text = add_announcement(record.text, record.display, index, day, sources)
    except UsageError as exc:
        return refuse(exc.message, exc.hint)
    merged = _merge(record, new_text, refuse)
    if isinstance(merged, Refused):
        return merged
    added, removed = merged
    return Accepted(candidate.number, candidate.policy, record.display, index, candidate.event, "announced",
                    added=added, removed=removed)


def _announced_event(candidate: Candidate, record: Record, refuse) -> Refused | tuple[int, dt.date, list[dict]]:
    """(index of the event the announcement is about, the announcement's day, the sources to add to it)."""
    event, policy = candidate.event, record.loaded.policy
    day = to_date(event.get("date"))
    rule = (f"{candidate.policy} was already in effect, so an announcement about it is recorded as the "
            "`announced` date of the event that takes effect (docs/schema.md, 'Announcement versus effect')")
    if day is None:
        span = when(None, _iso(event.get("not_before")), _iso(event.get("not_after")))
        return refuse(f"{rule}, and this announcement has no day ({span})",
                      "give the day of the announcement (date: YYYY-MM-DD) if the article states it")
    later = [index for index in ordered(policy.events)
             if applies_on(policy.events[index]) is not None and applies_on(policy.events[index]) >= day]
    if candidate.takes_effect is not None:
        matches = [index for index in later if policy.events[index].date == candidate.takes_effect]
    elif event.get("action") not in (None, "announced", "proposed"):
        matches = [index for index in later if policy.events[index].action is not None
                   and str(policy.events[index].action) == event["action"]][:1]
    else:
        matches = []
    if len(matches) != 1:
        return _unknown_effect(candidate, record, rule, day, later, matches, refuse)
    index = matches[0]
    target = policy.events[index]
    if target.announced is not None:
        if target.announced == day:
            return refuse(f"duplicate: events[{index}] of {record.display} already says it was announced on {day}",
                          "leave this candidate out (--only)")
        return refuse(f"events[{index}] of {record.display} already says it was announced on {target.announced}, "
                      f"not {day}", "check the two sources and correct the record by hand")
    cited = {source.url for source in target.sources}
    return index, day, [source for source in event.get("sources") or [] if source.get("url") not in cited]


def _unknown_effect(candidate, record, rule, day, later, matches, refuse) -> Refused:
    events = record.loaded.policy.events
    if candidate.takes_effect is not None:
        what = (f"no event of {record.display} dated {candidate.takes_effect} takes effect on or after it" if not
                matches else f"several events of {record.display} are dated {candidate.takes_effect}")
        return refuse(f"{rule}: {what}", "takes_effect names the date of the one event that the announcement is "
                      "about")
    shown = ", ".join(f"{events[i].date or events[i].not_after} {events[i].status}" for i in later[:3])
    options = f"name one of the later events ({shown}) with `takes_effect: DATE` in the candidate, or, " if shown \
        else ""
    return refuse(f"{rule}, and which event this one announces is not known",
                  f"{options}if the change is not in the record yet, make this candidate that event: the date "
                  f"it takes effect, its status, and announced: {day}")


def _iso(value) -> str | None:
    day = to_date(value)
    return day.isoformat() if day is not None else None


def add_announcement(text: str, file: str, index: int, day: dt.date, sources: list[dict]) -> str:
    """The record text with `announced: day` added to events[index], after its date, and `sources` appended to
    its sources; a UsageError when the event is not written in a way timeline can extend."""
    block = layout(text, file).blocks[index]
    keys, place = event_places(text, block, file) if not block.flow else ({}, None)
    dates = [keys[key] for key in ("date", "not_before", "not_after") if key in keys]
    if block.flow or not dates:
        raise UsageError(f"events[{index}] of {file} is written on one line ({{...}})",
                         f"add 'announced: {day}' and the article to its sources by hand")
    anchor = max(dates, key=lambda place: place.value_line_end)
    edits = [(anchor.value_line_end, " " * anchor.column + f"announced: {day.isoformat()}\n")]
    if sources:
        if place is None or place.flow:
            raise UsageError(f"the sources of events[{index}] of {file} are written on one line ([...])",
                             f"add 'announced: {day}' and the article to its sources by hand")
        lines = [line for source in sources for line in source_lines(source, place.dash_column)]
        edits.append((place.end, "\n".join(lines) + "\n"))
    for at, chunk in sorted(edits, reverse=True):
        prefix = "" if at == 0 or text[at - 1] == "\n" else "\n"
        text = text[:at] + prefix + chunk + text[at:]
    return text


# --- fmt --------------------------------------------------------------------------------------------


@dataclass
class FormatResult:
    file: str
    changed: bool
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None  # the file could not be read or written (a usage error: exit 2)
    hint: str | None = None


def _value(text: str, file: str):
    document, _ = yamlread.read(text, file)
    return document.value if document is not None else None


def canonical(text: str, file: str, value=None) -> tuple[str, list[str]]:
    """The canonical form of a record's text, and what was changed to get there.

    LF line ends, no trailing blanks on lines and no blank lines at the end with
    one final newline (each unless a block scalar's value needs them), events in
    chronological order (same-day events keep file order), each event moved
    with the comment lines right above it. Everything else is kept. `value` is
    the record's value, when the caller has read it already.
    """
    result, notes, _ = _canonical(text, file, value)
    return result, notes


def _canonical(text: str, file: str, value=None, *, build: bool = True):
    """(canonical text, notes, the document read from it when it had to be read to prove it holds the same
    record). Without `build`, only the notes: the events are not moved nor the result proved."""
    notes = []
    known: dict[str, object] = {}

    def original():
        if "value" not in known:
            known["value"] = value if value is not None else _value(text, file)
        return known["value"]

    result = text.replace("\r\n", "\n").replace("\r", "\n")
    if result != text:
        notes.append("line ends")
    verified = result if result == text else None
    stripped = "\n".join(line.rstrip(" \t") for line in result.split("\n"))
    if stripped != result and _value(stripped, file) == original():
        result, verified = stripped, stripped
        notes.append("trailing blanks")
    ending = result.rstrip("\n") + "\n"
    if ending != result and _value(ending, file) == original():
        result, verified = ending, ending
        notes.append("end of file")
    events = original().get("events") if isinstance(original(), dict) else None
    keys = [(sort_date(item) or dt.date.max, index) for index, item in enumerate(events or [])]
    if keys == sorted(keys):
        order = None
    elif not build:
        return result, notes + [_order_note(result, layout(result, file).blocks)], None
    else:
        shape = layout(result, file)
        order = sorted(shape.blocks, key=lambda b: (b.sort_date or dt.date.max, b.index))
        pieces = [result[:shape.blocks[0].start]]
        for slot, block in enumerate(order):
            piece = result[block.start:block.end]
            pieces.append(piece if piece.endswith("\n") else piece + "\n")
            if slot + 1 < len(shape.blocks):
                pieces.append(result[shape.blocks[slot].end:shape.blocks[slot + 1].start])
        pieces.append(result[shape.blocks[-1].end:])
        notes.append(_order_note(result, shape.blocks))
        result = "".join(pieces)
    if result == text or result == verified or not build:
        return result, notes, None
    expected = original()
    if order is not None:
        expected = dict(expected)
        expected["events"] = [events[block.index] for block in order]
    document, _ = yamlread.read(result, file)
    if document is None or document.value != expected:
        raise UsageError(f"{file}: formatting would change the record's content; left as it is",
                         "report this as a bug, with the file")
    return result, notes, document


def _order_note(text: str, blocks: list[Block]) -> str:
    """Which event is out of date order, and where: the first one that takes effect before one listed above it
    (as `validate`'s event-order warning names it)."""

    def key(block: Block) -> dt.date:
        return block.sort_date or dt.date.max

    def line(block: Block) -> int:
        at = block.start
        while text[at:text.find("\n", at)].lstrip().startswith("#"):  # the comment lines above its dash
            at = text.find("\n", at) + 1
        return text.count("\n", 0, at) + 1

    latest = blocks[0]
    for block in blocks[1:]:
        if key(block) < key(latest):
            above = next(other for other in blocks if key(other) > key(block))
            return (f"event order: events[{block.index}] at line {line(block)} takes effect before "
                    f"events[{above.index}] at line {line(above)}")
        if key(block) >= key(latest):
            latest = block
    return "event order"  # pragma: no cover - called only when the order changes


def fmt(paths: Sequence[Path], *, check: bool = False) -> list[FormatResult]:
    """Bring record files to the canonical form (or, with check, only say which are not). A file that cannot
    be read or written gets a result with its error; the others are still formatted."""
    results = []
    for path in record_files(paths):
        display = display_name(path)
        try:
            with contextlib.nullcontext() if check else locked([path]):
                results.append(_format_one(path, display, check))
        except UsageError as exc:
            results.append(FormatResult(display, False, error=exc.message, hint=exc.hint))
    return results


def _format_one(path: Path, display: str, check: bool) -> FormatResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FormatResult(display, False, error=f"cannot read {display}: {exc.strerror}", hint=open_hint(exc))
    text, problems = yamlread.decode(data, display)
    if text is None:
        return FormatResult(display, False, problems, ["not formatted: fix the errors first"])
    # a record that does not parse has an error among these, so it never reaches `canonical`
    loaded = _checked(path, text)
    if _errors(loaded.problems):
        return FormatResult(display, False, _located_errors(loaded), ["not formatted: fix the errors first"])
    value = loaded.document.value
    del loaded  # the models of a large record are not needed any more
    new_text, notes, document = _canonical(text, display, value, build=not check)
    del value
    if data.startswith(codecs.BOM_UTF8):
        notes.insert(0, "byte order mark")
    if not notes:
        return FormatResult(display, False)
    if not check:
        # the text was proved to hold the same record (events reordered); it is validated all the same
        if document is not None:
            formatted = Loaded(path, display, document=document, text=new_text)
            validate_shape(formatted)
        else:
            formatted = read_text(path, new_text)
        if formatted.policy is not None:
            formatted.problems.extend(check_policy(formatted, today=None, locate=False))
        if formatted.policy is None or _errors(formatted.problems):
            raise UsageError(f"{display}: the formatted record would not validate; left as it is",
                             "report this as a bug, with the file")
        del formatted, document
        write_bytes(path, new_text.encode("utf-8"), unchanged=digest(data))
    return FormatResult(display, True, notes=notes)

"""Changing record files safely: `timeline accept` and `timeline fmt`.

Guarantees (docs/extraction.md):

* the new text is validated in full before anything is written;
* it goes to a temporary file in the same folder, is fsynced, given the old
  file's permissions and moved over the old file with `os.replace`, and the
  folder is fsynced: a crash at any moment leaves the old file or the new one;
* writers hold an exclusive `fcntl.flock` on `<folder>/.timeline.lock`, so two
  writers never interleave (standard library only; POSIX);
* only the bytes that must change are touched: `accept` inserts the new
  event's text at its chronological place in the events list, `fmt` moves
  whole event blocks (with the comments above them) and fixes line ends and
  trailing blanks; comments and everything else stay byte for byte.

Files are written by `timeline.atomic` (the tests pause and kill writers
there).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import yaml

from timeline.atomic import write_bytes
from timeline.core.dates import to_date
from timeline.core.segments import sort_date as core_sort_date
from timeline.errors import ERROR, Problem, RecordsInvalid, UsageError

from . import yamlread
from .check import check_policy
from .files import display_name, record_files
from .load import read_text
from .yamltext import event_lines

LOCK_NAME = ".timeline.lock"

# libyaml's loader when PyYAML has it: the same values as yaml.safe_load, whose pure-Python scanner took ~5 s
# per load of a 1.7 MB record (and `fmt` loads a record several times to prove it kept its meaning)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_load(text: str):
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


# --- atomic writes under a lock ------------------------------------------------------


@contextlib.contextmanager
def locked(folder: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the folder's writer lock; a UsageError when another writer keeps it past `timeout` seconds."""
    if timeout is None:
        timeout = float(os.environ.get("TIMELINE_LOCK_TIMEOUT", "10"))
    path = folder / LOCK_NAME
    handle = open(path, "a+b")  # noqa: SIM115 - closed below, after the lock is released
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise UsageError(f"another timeline process is writing records in {folder}",
                                     f"wait for it to finish and try again (lock: {path})") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


# --- validation of a text before it is written ----------------------------------------


def problems_in(path: Path, text: str, *, locate: bool = True) -> list[Problem]:
    """Every problem `timeline validate` would report for this text as the file `path` (without lines and
    columns from the rules when not `locate`: the caller only asks whether there is an error)."""
    loaded = read_text(path, text)
    if loaded.policy is not None:
        loaded.problems.extend(check_policy(loaded, today=None, locate=locate))
    return loaded.problems


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


# --- where the events are in a record's text ----------------------------------------------


@dataclass(frozen=True)
class Block:
    """One event's text: from the comments just above its dash to the end of its last line."""

    start: int
    end: int
    sort_date: dt.date | None
    index: int


@dataclass
class Layout:
    text: str
    blocks: list[Block]
    dash_column: int
    list_indent: int  # how far a nested list's dash sits in from its key (0 or 2)
    blank_between: bool


class _Days(NamedTuple):
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None


def sort_date(event: dict) -> dt.date | None:
    """Where an event (as its YAML holds it) sorts: the core's rule, on its dates read with `to_date`."""
    if not isinstance(event, dict):
        return None
    return core_sort_date(_Days(*(to_date(event.get(key)) for key in ("date", "not_before", "not_after"))))


def _last_index(node) -> int:
    """Where the item's last value ends (block collections' own end marks run past comments)."""
    stack, last = [node], node.start_mark.index
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode) or getattr(current, "flow_style", False):
            last = max(last, current.end_mark.index)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack.extend((key, value))
    return last


def _has_blank_line(gap: str) -> bool:
    return any(not line.strip() for line in gap.split("\n")[:-1])


def layout(text: str, file: str) -> Layout:
    """The event blocks of a valid record text, or a UsageError when they are not a block list."""
    root = yaml.compose(text, Loader=_LOADER)
    events_node = None
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "events":
                events_node = value
    if not isinstance(events_node, yaml.SequenceNode) or events_node.flow_style or not events_node.value:
        raise UsageError(f"{file}: the events are not written as a block list ('- date: ...' items)",
                         "write events one per '- ' item; timeline only inserts into block lists")
    values = _safe_load(text)["events"]
    blocks = []
    dash_column = None
    for index, item in enumerate(events_node.value):
        line_start = text.rfind("\n", 0, item.start_mark.index) + 1
        dash = text.rfind("-", line_start, item.start_mark.index)
        if dash == -1 or text[line_start:dash].strip():
            raise UsageError(f"{file}: event {index} does not start its own line",
                             "start every event with '- ' on its own line")
        dash_column = dash - line_start if dash_column is None else dash_column
        start = line_start
        while start > 0:  # the comment lines right above belong to the event
            previous_start = text.rfind("\n", 0, start - 1) + 1
            if text[previous_start:start].strip().startswith("#"):
                start = previous_start
            else:
                break
        # every value, key and comment of an item sits on lines indented past its dash
        last = _last_index(item)
        while last > item.start_mark.index and text[last - 1] in " \t\r\n":
            last -= 1  # a block scalar's extent includes the blank lines after it
        newline = text.find("\n", last)
        end = len(text) if newline == -1 else newline + 1
        blocks.append(Block(start, end, sort_date(values[index]), index))
    for first, second in zip(blocks, blocks[1:], strict=False):
        if second.start < first.end:
            raise UsageError(f"{file}: cannot tell where events[{first.index}] ends", "report this as a bug")
    blank = any(_has_blank_line(text[a.end:b.start]) for a, b in zip(blocks, blocks[1:], strict=False))
    return Layout(text, blocks, dash_column or 0, _list_indent(text, events_node), blank)


def _list_indent(text: str, events_node) -> int:
    for item in events_node.value:
        if not isinstance(item, yaml.MappingNode):
            continue
        for key, value in item.value:
            if key.value == "sources" and isinstance(value, yaml.SequenceNode) and not value.flow_style:
                return max(0, value.value[0].start_mark.column - 2 - key.start_mark.column)
    return 2


# --- accept ---------------------------------------------------------------------------------


@dataclass
class Accepted:
    number: int
    policy: str
    file: str
    position: int
    event: dict


@dataclass
class AcceptReport:
    accepted: list[Accepted] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"accepted": [{"n": a.number, "policy": a.policy, "file": a.file, "position": a.position}
                             for a in self.accepted],
                "refused": [{"n": n, "reason": why} for n, why in self.refused]}


def read_candidates(path: Path) -> list[dict]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    text, problems = yamlread.decode(data, str(path))
    document = None
    if text is not None:
        document, more = yamlread.read(text, str(path))
        problems += more
    if document is None or _errors(problems):
        raise RecordsInvalid(problems)
    value = document.value
    if not isinstance(value, dict) or not isinstance(value.get("candidates"), list):
        raise UsageError(f"{path} is not a candidates file", "make one with `timeline extract --format yaml`")
    candidates = []
    for position, item in enumerate(value["candidates"]):
        if not isinstance(item, dict) or not isinstance(item.get("policy"), str) or \
                not isinstance(item.get("event"), dict):
            raise UsageError(f"{path}: candidates[{position}] needs 'policy' and 'event'")
        item.setdefault("n", position + 1)
        candidates.append(item)
    return candidates


def _policy_files(data: Path) -> dict[str, Path]:
    found = {}
    for path in record_files([data]):
        document, _ = yamlread.read(path.read_text(encoding="utf-8", errors="replace"), str(path))
        if document is not None and isinstance(document.value, dict) and isinstance(document.value.get("id"), str):
            found.setdefault(document.value["id"], path)
    return found


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


def insert_event(text: str, event: dict, file: str) -> tuple[str, int]:
    """The record text with `event` inserted at its chronological place; (new text, position in the list)."""
    shape = layout(text, file)
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


def accept(candidates_path: Path, data: Path, only: Sequence[int] | None = None) -> AcceptReport:
    """Merge candidates into their policy files: all checked first, then each file written atomically."""
    candidates = read_candidates(candidates_path)
    if only:
        known = {c["n"] for c in candidates}
        missing = sorted(set(only) - known)
        if missing:
            raise UsageError(f"no candidate numbered {', '.join(map(str, missing))} in {candidates_path}",
                             f"numbers in the file: {', '.join(str(n) for n in sorted(known)) or 'none'}")
        candidates = [c for c in candidates if c["n"] in set(only)]
    if not data.is_dir():
        raise UsageError(f"{data} is not a folder of records", "give the records folder with --data")
    report = AcceptReport()
    with locked(data):
        files = _policy_files(data)
        texts: dict[Path, str] = {}
        for candidate in candidates:
            number, policy = candidate["n"], candidate["policy"]
            event = candidate["event"]
            path = files.get(policy)
            if path is None:
                report.refused.append((number, f"no record with id '{policy}' in {data}"))
                continue
            missing_url = [i for i, s in enumerate(event.get("sources") or []) if isinstance(s, dict)
                           and not s.get("url")]
            if missing_url:
                report.refused.append((number, f"sources[{missing_url[0]}].url is not filled in; "
                                               "give the article's http(s) address"))
                continue
            text = texts.get(path) or path.read_bytes().decode("utf-8")
            if _errors(problems_in(path, text)):
                report.refused.append((number, f"{path} has errors; fix them first (timeline validate)"))
                continue
            existing = _safe_load(text).get("events") or []
            why = duplicate_of(event, existing)
            if why:
                report.refused.append((number, f"duplicate: {why}"))
                continue
            new_text, position = insert_event(text, event, str(path))
            errors = _errors(problems_in(path, new_text))
            if errors:
                report.refused.append((number, "the record would be invalid: " +
                                       "; ".join(f"line {p.line}: {p.message}" for p in errors[:3])))
                continue
            texts[path] = new_text
            report.accepted.append(Accepted(number, policy, str(path), position, event))
        for path, text in texts.items():
            write_bytes(path, text.encode("utf-8"))
    return report


# --- fmt --------------------------------------------------------------------------------------------


@dataclass
class FormatResult:
    file: str
    changed: bool
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def canonical(text: str, file: str) -> tuple[str, list[str]]:
    """The canonical form of a record's text, and what was changed to get there.

    LF line ends, no trailing blanks on lines (unless a block scalar needs
    them), no blank lines at the end and one final newline, events in
    chronological order (same-day events keep file order), each event moved
    with the comment lines right above it. Everything else is kept.
    """
    notes = []
    loaded: list = []  # the record's value, loaded when first needed (an unchanged record needs none)

    def original():
        if not loaded:
            loaded.append(_safe_load(text))
        return loaded[0]

    result = text.replace("\r\n", "\n")
    if result != text:
        notes.append("line ends")
    stripped = "\n".join(line.rstrip(" \t") for line in result.split("\n"))
    if stripped != result:
        if _safe_load(stripped) == original():
            result = stripped
            notes.append("trailing blanks")
    ending = result.rstrip("\n") + "\n"
    if ending != result:
        result = ending
        notes.append("end of file")
    shape = layout(result, file)
    order = sorted(shape.blocks, key=lambda b: (b.sort_date or dt.date.max, b.index))
    if [b.index for b in order] != [b.index for b in shape.blocks]:
        pieces = [result[:shape.blocks[0].start]]
        for slot, block in enumerate(order):
            piece = result[block.start:block.end]
            pieces.append(piece if piece.endswith("\n") else piece + "\n")
            if slot + 1 < len(shape.blocks):
                pieces.append(result[shape.blocks[slot].end:shape.blocks[slot + 1].start])
        pieces.append(result[shape.blocks[-1].end:])
        notes.append(_order_note(result, shape.blocks))
        result = "".join(pieces)
    if result == text:
        return result, notes
    expected = dict(original())
    expected["events"] = [original()["events"][b.index] for b in order]
    if _safe_load(result) != expected:
        raise UsageError(f"{file}: formatting would change the record's content; left as it is",
                         "report this as a bug, with the file")
    return result, notes


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
    """Bring record files to the canonical form (or, with check, only say which are not)."""
    results = []
    files = record_files(paths)
    by_folder: dict[Path, list[Path]] = {}
    for path in files:
        by_folder.setdefault(path.parent, []).append(path)
    for folder, group in by_folder.items():
        context = contextlib.nullcontext() if check else locked(folder)
        with context:
            for path in group:
                results.append(_format_one(path, display_name(path), check))
    return results


def _format_one(path: Path, display: str, check: bool) -> FormatResult:
    data = path.read_bytes()
    text, problems = yamlread.decode(data, display)
    if text is None:
        return FormatResult(display, False, problems)
    # a record that does not parse has an error among these, so it never reaches `canonical`
    before = _errors(problems_in(path, text, locate=False))
    if before:
        return FormatResult(display, False, _errors(problems_in(path, text)), ["not formatted: fix the errors first"])
    new_text, notes = canonical(text, display)
    if new_text == text:
        return FormatResult(display, False)
    if not check:
        if _errors(problems_in(path, new_text, locate=False)):
            raise UsageError(f"{display}: the formatted record would not validate; left as it is",
                             "report this as a bug, with the file")
        write_bytes(path, new_text.encode("utf-8"))
    return FormatResult(display, True, notes=notes)

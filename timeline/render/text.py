"""Reports as text for people: tables that fit the terminal, wrapped summaries, colour on a terminal.

The text of `state` and `diff` is built from the reports' `rows()`, and
wrapping is done without textwrap's machinery where it can be (a listing of
thousands of policies wraps thousands of lines). Reports are told apart by
their `kind`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from timeline.core.dates import when

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from timeline.core.query import History, LogReport

_COLORS = {
    "active": "32",  # green
    "proposed": "36",  # cyan
    "announced": "36",
    "suspended": "33",  # yellow
    "enjoined": "35",  # magenta
    "terminated": "31",  # red
}


def use_color(stream=None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _sortable(event: dict) -> str:
    return event.get("date") or event.get("not_after") or event.get("not_before") or ""


def event_date(event: dict) -> str:
    return when(event.get("date"), event.get("not_before"), event.get("not_after"))


def cell(value: Any) -> str:
    """A value in one table cell: '' for none, yes/no, JSON for lists and mappings."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


# --- text ---------------------------------------------------------------------


def _paint(text: str, status: str | None, color: bool) -> str:
    if not color or status not in _COLORS:
        return text
    return f"\x1b[{_COLORS[status]}m{text}\x1b[0m"


def text_table(header: list[str], rows: Sequence[Sequence[str]], *, paint_column: int | None = None,
               color: bool = False, below: Callable[[int, int], list[str]] | None = None) -> str:
    """Rows as aligned columns, the last one wrapped under itself; `below(row number, width)` gives lines to
    write under a row's last cell (as wide as that column, or wider where a URL must stay whole)."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    # the last column (a summary or a name) wraps under itself to fit the terminal
    indent = sum(widths[:-1]) + 2 * (len(widths) - 1)
    last_width = max(30, _width() - indent)
    under = "\n" + " " * indent
    paint = color and paint_column is not None
    out = ["  ".join(h.upper().ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    # one str.format per row (the cells padded, the last one as it is) where the last cell fits on the line
    # as it is, which wrap_lines would return unchanged; a listing has thousands of rows
    line = "  ".join(f"{{:<{width}}}" for width in widths[:-1]) + "  {}"
    for number, row in enumerate(rows):
        last = row[-1]
        if not paint and last and fits_as_is(last, last_width):
            out.append(line.format(*row))
        else:
            cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
            if paint:
                cells[paint_column] = _paint(cells[paint_column], row[paint_column].rstrip("?"), color)
            lines = wrap_lines(last, last_width) or [""]
            cells.append(lines[0])
            out.append("  ".join(cells).rstrip() + (under + under.join(lines[1:]) if len(lines) > 1 else ""))
        if below is not None:
            extra = below(number, last_width)
            if extra:
                out.append(" " * indent + under.join(extra))
    return "\n".join(out) + "\n"


def _width() -> int:
    return _terminal_width(os.environ.get("COLUMNS"), os.environ.get("LINES"))


@functools.lru_cache(maxsize=8)
def _terminal_width(columns: str | None, lines: str | None) -> int:
    # asked once, not per line: a listing of thousands of policies wraps thousands of lines
    return max(60, min(120, shutil.get_terminal_size((100, 24)).columns))


# where textwrap may break inside a word: a hyphen between two letters (its `letter` is [^\d\W]), or a dash of
# two hyphens or more. A hyphen next to a digit, as in a date (2025-01-20), is never a break. Written to start
# with the literal hyphen, which lets `re` skip ahead to each hyphen instead of trying every position.
_HYPHEN_BREAK = re.compile(r"-(?:-|(?<=[^\d\W]-)(?=[^\d\W]))")


def fits_as_is(text: str, width: int) -> bool:
    """Whether `wrap_lines(text, width)` is `[text]`: printable, no space at either end, no longer than `width`.

    Renderers of thousands of lines test this before calling the wrapping machinery at all."""
    return len(text) <= width and text.isprintable() and text[:1] != " " and text[-1:] != " "


def wrap_lines(text: str, width: int) -> list[str]:
    """`textwrap.wrap(text, width)`, without textwrap's work for the common case.

    textwrap cuts text into chunks (words, runs of whitespace, parts of hyphenated words) and fills lines
    greedily, dropping the whitespace where a line ends and where the next one starts. For printable text
    with spaces as its only whitespace, none at either end, no hyphen where textwrap may break a word
    (`_HYPHEN_BREAK`) and no word longer than the line, the chunks are the words and the runs of spaces
    between them, and that comes down to: each line ends at the last space that leaves it no longer than
    the width (less the spaces before that one), and the next starts at the next word. That case is done
    here with `str.rfind` (a listing wraps thousands of lines); anything else goes to textwrap.
    tests/test_render_wrap.py checks the two agree.
    """
    if fits_as_is(text, width):
        return [text] if text else []  # no hyphen can matter
    if not text.isprintable() or text[:1] == " " or text[-1:] == " " \
            or ("-" in text and _HYPHEN_BREAK.search(text)):
        return textwrap.wrap(text, width=width)
    lines = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:  # no space within the width: a word longer than the line
            return textwrap.wrap(text, width=width)
        lines.append(text[start:cut].rstrip(" "))
        start = cut + 1
        while text[start] == " ":  # text does not end with a space, so a word follows
            start += 1
    lines.append(text[start:])
    return lines


def _wrap(text: str, indent: str, width: int | None = None) -> str:
    """`textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)`; width: the terminal's.

    Renderers of thousands of lines look the width up once and pass it (reading the environment is not free).
    """
    lines = wrap_lines(text, (width or _width()) - len(indent))
    if len(lines) == 1:  # the common case, without a generator
        return indent + lines[0]
    return "\n".join(indent + line for line in lines)


def citation(source: dict) -> str:
    """A source as every text output cites it: 'Title. Publisher, 2025-01-20 (updated 2025-02-01).'"""
    title, publisher, published = source["title"], source.get("publisher"), source.get("published")
    if source.get("updated"):
        published = f"{published} (updated {source['updated']})" if published else f"updated {source['updated']}"
    if title[-1:] == ".":
        title = title.rstrip(".")
    if publisher and published:
        return f"{title}. {publisher}, {published}."
    if publisher or published:
        return f"{title}. {publisher or published}."
    return f"{title}."


def source_lines(sources: Sequence[dict], width: int) -> list[str]:
    """An event's sources as lines no wider than `width` (URLs aside, kept whole to be copied): each
    source's citation after a dash, wrapped under itself, and its URL under it."""
    lines = []
    for source in sources:
        text = citation(source)
        if len(text) <= width - 2 and text.isprintable():  # as wrap_lines would leave it: texts are stripped
            lines.append("- " + text)
        else:
            wrapped = wrap_lines(text, width - 2) or [""]
            lines.append("- " + wrapped[0])
            lines.extend("  " + part for part in wrapped[1:])
        lines.append("  " + source["url"])
    return lines


def _add_sources(out: list[str], sources: Sequence[dict], indent: str, width: int) -> None:
    """Append `source_lines` at `indent` to `out`, each line ending with a newline.

    A listing cites thousands of sources: the common case, a citation that fits its line, is written without
    building the list of lines."""
    room = width - len(indent) - 2
    for source in sources:
        text = citation(source)
        if len(text) <= room and text.isprintable():
            out.append(f"{indent}- {text}\n{indent}  {source['url']}\n")
        else:
            out.extend(f"{indent}{line}\n" for line in source_lines((source,), width - len(indent)))


def _value(value: Any) -> str:
    kind = type(value)
    if kind is str:  # the common cases first
        return value
    if kind is int:
        return str(value)
    if kind is list and value and all(type(item) is str for item in value):
        return ", ".join(value)
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value) if value else "(empty)"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return str(value)


def _state_text(report, color: bool, sources: bool = True) -> str:
    rows = report.rows()
    table = [(policy_id, (status or "-") if certain else (status or "-") + "?", "yes" if in_effect else "no",
              since or "-", name) for policy_id, name, status, in_effect, since, certain, _, _ in rows]
    out = [f"State on {report.on}\n", text_table(["id", "status", "in effect", "since", "name"], table,
                                                 paint_column=1, color=color)]
    width = _width()
    for (policy_id, _, status, _, since, _, attributes, _), state in zip(rows, report.policies, strict=True):
        started_by = state.started_by if sources and status is not None else None
        if not attributes and started_by is None:
            continue
        out.append(f"\n{policy_id}\n")
        if started_by is not None:  # the event that began the current status, and what to cite for it
            line = f"  {status} since {since}: {started_by['summary']}"
            if len(line) <= width and line.isprintable():  # as _wrap would write it: summaries are stripped
                out.append(line + "\n")
            else:
                out.append(_wrap(line[2:], "  ", width) + "\n")
            _add_sources(out, started_by["sources"], "    ", width)
        if attributes:
            for key, value in attributes.items():
                line = f"{key}: {_value(value)}"
                if fits_as_is(line, width - 2):  # as _wrap would write it
                    out.append(f"  {line}\n")
                else:
                    out.append(_wrap(line, "  ", width) + "\n")
    pending = [(row[0], event) for row in rows for event in row[7]]
    if pending:
        out.append("\n? uncertain: an event may or may not have happened by then\n")
        out.extend(_wrap(f"{policy_id}: {status} {when(date, low, high)}: {summary}", "  ") + "\n"
                   for policy_id, (date, low, high, status, summary) in pending)
    return "".join(out)


def _diff_text(report, color: bool, sources: bool = True) -> str:
    rows = report.rows()
    width = _width()
    out = [f"Changes from {report.start} to {report.end}\n"]
    if not rows:
        out.append("\nNo policy changed.\n")
    for (policy_id, name, before, after, attributes, events), change in zip(rows, report.changes, strict=True):
        out.append(f"\n{policy_id}  ({name})\n")
        out.extend(line + "\n" for line in change_lines(before, after, attributes, "  ", width, color))
        if events:
            out.append("  events:\n")
            for (date, low, high, status, summary), event in zip(events, change.events, strict=True):
                mark = "  (uncertain)" if date is None else ""
                out.append(_wrap(f"{when(date, low, high)}  {status}{mark}: {summary}", "    ", width) + "\n")
                if sources:
                    _add_sources(out, event["sources"], "      ", width)
    return "".join(out)


def change_lines(before: str | None, after: str | None, attributes: Sequence[tuple[str, Any, Any]], indent: str,
                 width: int, color: bool = False) -> list[str]:
    """A change of state in diff's words: 'status: active -> terminated' (or 'status: active (unchanged)'), then
    'key: old -> new' for each changed attribute; each line starts with `indent`."""
    if before != after:
        lines = [f"{indent}status: {_paint(before or '-', before, color)} -> {_paint(after or '-', after, color)}"]
    else:
        lines = [f"{indent}status: {after or '-'} (unchanged)"]
    lines.extend(_wrap(f"{key}: {_value(old)} -> {_value(new)}", indent, width) for key, old, new in attributes)
    return lines


def _log_text(report: LogReport, color: bool, sources: bool = True) -> str:
    data = report.as_dict()
    if not data["events"]:
        return "No events.\n"
    events = data["events"]
    rows = [[event_date(e), e["id"], e["status"], cell(e["action"]) or "-", e["summary"]] for e in events]
    below = (lambda number, width: source_lines(events[number]["sources"], width)) if sources else None
    return text_table(["date", "id", "status", "action", "summary"], rows, paint_column=2, color=color, below=below)


def _history_text(report: History, color: bool, sources: bool = True) -> str:
    data = report.as_dict()
    out = [f"{data['name']} ({data['id']})\n"]
    facts = []
    if data["aliases"]:
        facts.append("also known as " + ", ".join(data["aliases"]))
    if data["jurisdiction"]:
        facts.append(f"jurisdiction {data['jurisdiction']}")
    if data["last_reviewed"]:
        facts.append(f"last reviewed {data['last_reviewed']}")
    if facts:
        line = "; ".join(facts)
        out.append(_wrap(line[:1].upper() + line[1:], "") + "\n")
    if data["summary"]:
        out.append("\n" + _wrap(data["summary"], "") + "\n")
    for heading, items in (("Related", data["related"]), ("Related from", data["related_from"])):
        if items:
            out.append(f"\n{heading}\n")
            for item in items:
                other = f"{item['name']} ({item['policy']})" if item.get("name") else item["policy"]
                relation = item["relation"].replace("-", " ")
                line = f"{relation} {other}" if heading == "Related" else f"{other} {relation} this policy"
                out.append(_wrap(line + (f": {item['note']}" if item.get("note") else ""), "  ") + "\n")
    numbers = {source["url"]: n for n, source in enumerate(data["sources"], start=1)}
    out.append("\nHistory\n")
    entries = [(_sortable(e), 1, n, e) for n, e in enumerate(data["events"])]
    entries += [(_sortable(c), 0, n, c) for n, c in enumerate(data["context"])]
    for _, is_event, _, event in sorted(entries, key=lambda entry: entry[:3]):
        if not is_event:
            out.append(f"\n{event_date(event)}  context (no change of status)\n")
            out.append(_wrap(event["summary"], "    ") + "\n")
            if event.get("note"):
                out.append(_wrap(f"Note: {event['note']}", "    ") + "\n")
            out.append("    Sources: " + " ".join(f"[{numbers[s['url']]}]" for s in event["sources"]) + "\n")
            continue
        label = event["status"] + (f" ({event['action']})" if event["action"] else "")
        if event.get("uncertain"):
            label += ", date uncertain"
        out.append(f"\n{event_date(event)}  {_paint(label, event['status'], color)}\n")
        out.append(_wrap(event["summary"], "    ") + "\n")
        if event.get("announced") and event["announced"] != event.get("date"):
            out.append(f"    Announced {event['announced']}\n")
        if event.get("authority"):
            out.append(_wrap(f"By: {event['authority']}", "    ") + "\n")
        if event.get("case"):
            case = event["case"]
            parts = [case.get("name"), case.get("court"), case.get("docket") and f"No. {case['docket']}",
                     case.get("citation")]
            out.append(_wrap("Case: " + ", ".join(p for p in parts if p), "    ") + "\n")
        if event.get("set"):
            out.append(_wrap("Sets " + "; ".join(f"{k}: {_value(v)}" for k, v in event["set"].items()), "    ") + "\n")
        if event.get("note"):
            out.append(_wrap(f"Note: {event['note']}", "    ") + "\n")
        refs = " ".join(f"[{numbers[s['url']]}]" for s in event["sources"])
        out.append(f"    Sources: {refs}\n")
    out.append("\nSources\n")
    for n, source in enumerate(data["sources"], start=1):
        out.append(_wrap(f"[{n}] {citation(source)}", "") + "\n")
        out.append(f"    {source['url']}\n")
        if source.get("quote"):
            out.append(_wrap(f"\u201c{source['quote']}\u201d", "    ") + "\n")
    return "".join(out)


TEXT = {"state": _state_text, "diff": _diff_text, "log": _log_text, "history": _history_text}


def render_text(report: Any, *, color: bool = False, sources: bool = True) -> str:
    """A report as text; `sources=False` leaves out the sources of the events cited (and, in `state`, the
    event that began each status): the compact form. `show` always lists its sources."""
    return TEXT[report.kind](report, color, sources)

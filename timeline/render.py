"""Reports to text: readable tables, JSON, YAML, CSV and Markdown.

Machine formats (json, yaml) are exactly the reports' `as_dict()`; tabular
formats (csv, markdown, text) share one set of rows per report.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import shutil
import sys
import textwrap
from typing import Any

from .query import DiffReport, History, LogReport, StateReport

FORMATS = ("text", "json", "yaml", "csv", "markdown")

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


def render(report: Any, fmt: str, *, color: bool = False) -> str:
    if fmt == "json":
        return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "yaml":
        import yaml

        return yaml.safe_dump(report.as_dict(), sort_keys=False, allow_unicode=True, width=100)
    if fmt == "text":
        return _TEXT[type(report)](report, color)
    header, rows = table(report)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue()
    if fmt == "markdown":
        return _title(report) + "\n\n" + markdown_table(header, rows)
    raise ValueError(f"unknown format {fmt!r}")


# --- rows shared by csv and markdown ------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def table(report: Any) -> tuple[list[str], list[list[str]]]:
    data = report.as_dict()
    if isinstance(report, StateReport):
        header = ["id", "name", "status", "in_effect", "since", "certain", "attributes"]
        rows = [[_cell(p[key]) for key in header] for p in data["policies"]]
    elif isinstance(report, DiffReport):
        header = ["id", "kind", "key", "before", "after", "date", "summary"]
        rows = []
        for change in data["changes"]:
            if change["status_changed"]:
                rows.append([change["id"], "status", "status", _cell(change["before"]["status"]),
                             _cell(change["after"]["status"]), "", ""])
            for key, (before, after) in change["attributes_changed"].items():
                rows.append([change["id"], "attribute", key, _cell(before), _cell(after), "", ""])
            for event in change["events"]:
                rows.append([change["id"], "event", event["status"], "", "", _event_date(event), event["summary"]])
    elif isinstance(report, LogReport):
        header = ["id", "date", "not_before", "not_after", "status", "action", "summary", "sources"]
        rows = [
            [e["id"], _cell(e["date"]), _cell(e.get("not_before")), _cell(e.get("not_after")), e["status"],
             _cell(e["action"]), e["summary"], " ".join(s["url"] for s in e["sources"])]
            for e in data["events"]
        ]
    elif isinstance(report, History):
        header = ["id", "date", "not_before", "not_after", "status", "action", "summary", "authority", "sources"]
        rows = [
            [data["id"], _cell(e["date"]), _cell(e.get("not_before")), _cell(e.get("not_after")), e["status"],
             _cell(e["action"]), e["summary"], _cell(e.get("authority")), " ".join(s["url"] for s in e["sources"])]
            for e in data["events"]
        ]
    else:  # pragma: no cover - a programming error
        raise TypeError(type(report))
    return header, rows


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    def escape(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _title(report: Any) -> str:
    if isinstance(report, StateReport):
        return f"## State on {report.on}"
    if isinstance(report, DiffReport):
        return f"## Changes from {report.start} to {report.end}"
    if isinstance(report, LogReport):
        span = " ".join(part for part in (
            f"from {report.since}" if report.since else "", f"to {report.until}" if report.until else "") if part)
        return "## Events" + (f" {span}" if span else "")
    return f"## {report.policy.name} ({report.policy.id})"


def _sortable(event: dict) -> str:
    return event.get("date") or event.get("not_after") or event.get("not_before") or ""


def _event_date(event: dict) -> str:
    if event.get("date"):
        return event["date"]
    low, high = event.get("not_before"), event.get("not_after")
    if low and high:
        return f"{low}..{high}"
    if high:
        return f"on or before {high}"
    return f"on or after {low}"


# --- text ---------------------------------------------------------------------


def _paint(text: str, status: str | None, color: bool) -> str:
    if not color or status not in _COLORS:
        return text
    return f"\x1b[{_COLORS[status]}m{text}\x1b[0m"


def text_table(header: list[str], rows: list[list[str]], *, paint_column: int | None = None,
               color: bool = False) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    # the last column (a summary or a name) wraps under itself to fit the terminal
    indent = sum(widths[:-1]) + 2 * (len(widths) - 1)
    last_width = max(30, _width() - indent)
    out = ["  ".join(h.upper().ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for row in rows:
        cells = []
        for i, (cell, width) in enumerate(zip(row[:-1], widths, strict=False)):
            padded = cell.ljust(width)
            if i == paint_column:
                padded = _paint(padded, cell.rstrip("?"), color)
            cells.append(padded)
        lines = textwrap.wrap(row[-1], width=last_width) or [""]
        out.append("  ".join(cells + [lines[0]]).rstrip())
        out.extend(" " * indent + line for line in lines[1:])
    return "\n".join(out) + "\n"


def _width() -> int:
    return _terminal_width(os.environ.get("COLUMNS"), os.environ.get("LINES"))


@functools.lru_cache(maxsize=8)
def _terminal_width(columns: str | None, lines: str | None) -> int:
    # asked once, not per line: a listing of thousands of policies wraps thousands of lines
    return max(60, min(120, shutil.get_terminal_size((100, 24)).columns))


def _wrap(text: str, indent: str) -> str:
    width = _width()
    if len(indent) + len(text) <= width and text.isprintable() and text and not text[-1].isspace():
        return indent + text  # what textwrap.fill gives for one short printable line, without its work
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def _value(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value) if value else "(empty)"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return str(value)


def _state_text(report: StateReport, color: bool) -> str:
    data = report.as_dict()
    rows = []
    for p in data["policies"]:
        status = (p["status"] or "-") + ("" if p["certain"] else "?")
        rows.append([p["id"], status, "yes" if p["in_effect"] else "no", p["since"] or "-", p["name"]])
    out = [f"State on {report.on}\n", text_table(["id", "status", "in effect", "since", "name"], rows,
                                                 paint_column=1, color=color)]
    for p in data["policies"]:
        if p["attributes"]:
            out.append(f"\n{p['id']}\n")
            out.extend(_wrap(f"{key}: {_value(value)}", "  ") + "\n" for key, value in p["attributes"].items())
    pending = [(p["id"], e) for p in data["policies"] for e in p.get("pending", [])]
    if pending:
        out.append("\n? uncertain: an event may or may not have happened by then\n")
        out.extend(_wrap(f"{pid}: {e['status']} {_event_date(e)}: {e['summary']}", "  ") + "\n"
                   for pid, e in pending)
    return "".join(out)


def _diff_text(report: DiffReport, color: bool) -> str:
    data = report.as_dict()
    out = [f"Changes from {report.start} to {report.end}\n"]
    if not data["changes"]:
        out.append("\nNo policy changed.\n")
    for change in data["changes"]:
        before, after = change["before"], change["after"]
        out.append(f"\n{change['id']}  ({change['name']})\n")
        if change["status_changed"]:
            out.append(f"  status: {_paint(before['status'] or '-', before['status'], color)} -> "
                       f"{_paint(after['status'] or '-', after['status'], color)}\n")
        else:
            out.append(f"  status: {after['status'] or '-'} (unchanged)\n")
        for key, (old, new) in change["attributes_changed"].items():
            out.append(_wrap(f"{key}: {_value(old)} -> {_value(new)}", "  ") + "\n")
        if change["events"]:
            out.append("  events:\n")
            for event in change["events"]:
                mark = "  (uncertain)" if event.get("uncertain") else ""
                out.append(_wrap(f"{_event_date(event)}  {event['status']}{mark}: {event['summary']}", "    ") + "\n")
    return "".join(out)


def _log_text(report: LogReport, color: bool) -> str:
    data = report.as_dict()
    if not data["events"]:
        return "No events.\n"
    rows = [[_event_date(e), e["id"], e["status"], _cell(e["action"]) or "-", e["summary"]] for e in data["events"]]
    return text_table(["date", "id", "status", "action", "summary"], rows, paint_column=2, color=color)


def _history_text(report: History, color: bool) -> str:
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
    numbers = {source["url"]: n for n, source in enumerate(data["sources"], start=1)}
    out.append("\nHistory\n")
    entries = [(_sortable(e), 1, n, e) for n, e in enumerate(data["events"])]
    entries += [(_sortable(c), 0, n, c) for n, c in enumerate(data["context"])]
    for _, is_event, _, event in sorted(entries, key=lambda entry: entry[:3]):
        if not is_event:
            out.append(f"\n{_event_date(event)}  context (no change of status)\n")
            out.append(_wrap(event["summary"], "    ") + "\n")
            if event.get("note"):
                out.append(_wrap(f"Note: {event['note']}", "    ") + "\n")
            out.append("    Sources: " + " ".join(f"[{numbers[s['url']]}]" for s in event["sources"]) + "\n")
            continue
        label = event["status"] + (f" ({event['action']})" if event["action"] else "")
        if event.get("uncertain"):
            label += ", date uncertain"
        out.append(f"\n{_event_date(event)}  {_paint(label, event['status'], color)}\n")
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
        dates = source.get("published") or ""
        if source.get("updated"):
            dates += f" (updated {source['updated']})"
        byline = ", ".join(p for p in (source.get("publisher"), dates.strip()) if p)
        title = source["title"].rstrip(".")
        out.append(_wrap(f"[{n}] {title}" + (f". {byline}" if byline else "") + ".", "") + "\n")
        out.append(f"    {source['url']}\n")
        if source.get("quote"):
            out.append(_wrap(f"\u201c{source['quote']}\u201d", "    ") + "\n")
    return "".join(out)


_TEXT = {StateReport: _state_text, DiffReport: _diff_text, LogReport: _log_text, History: _history_text}


# --- validation reports -------------------------------------------------------


def render_report(report, fmt: str, *, quiet: bool = False) -> str:
    """A validation report as text, JSON, or GitHub Actions annotation lines.

    `quiet` leaves out warnings (not from JSON, which is always complete).
    """
    if fmt == "json":
        return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
    lines = []
    for p in report.problems:
        if quiet and p.severity != "error":
            continue
        if fmt == "github":
            message = p.message + (f" ({p.hint})" if p.hint else "")
            message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            lines.append(f"::{p.severity} file={p.file},line={p.line},col={p.column},title={p.code}::{message}")
        else:
            lines.append(f"{p.file}:{p.line}:{p.column}: {p.severity}[{p.code}]: {p.message}")
            if p.hint:
                lines.append(f"    hint: {p.hint}")
    if report.truncated:
        lines.append(f"... and {report.truncated} more problems not shown")
    if fmt != "github":
        verdict = "valid" if report.valid else "invalid"
        lines.append(f"{report.files} file(s) checked: {report.errors} error(s), "
                     f"{report.warnings} warning(s): {verdict}")
    return "\n".join(lines) + ("\n" if lines else "")

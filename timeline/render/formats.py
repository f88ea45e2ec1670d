"""Reports in every listing format: text, JSON, YAML, CSV and Markdown; validation reports.

Machine formats (json, yaml) are exactly the reports' `as_dict()`; tabular
formats (csv, markdown) share one set of rows per report (`table`); text is
`render.text`'s.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from typing import Any

import orjson

from .escape import printable
from .text import cell, citation, event_date, render_text

FORMATS = ("text", "json", "yaml", "csv", "markdown")


def render(report: Any, fmt: str, *, color: bool = False, sources: bool = True) -> str:
    """`report` in `fmt`. `sources=False` is the compact form of text and Markdown: the events' sources left
    out (JSON, YAML and CSV are complete data and always carry them)."""
    if fmt == "text":
        return render_text(report, color=color, sources=sources)
    if fmt == "json":
        return to_json(report.as_dict())
    if fmt == "yaml":
        import yaml  # ~15 ms: only for this format

        return yaml.dump(report.as_dict(), Dumper=_PlainDumper(yaml), sort_keys=False, allow_unicode=True, width=100)
    header, rows = table(report, links=fmt == "markdown", sources=sources or fmt != "markdown")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)
        return out.getvalue()
    if fmt == "markdown":
        return _title(report) + "\n\n" + markdown_table(header, rows)
    raise ValueError(f"unknown format {fmt!r}")


def to_json(value: Any) -> str:
    """The JSON text of an answer: two-space indents, keys in order, text as it is (not \\u-escaped), and a
    final newline, as `json.dumps(value, indent=2, ensure_ascii=False)` writes it.

    orjson writes it some twenty times faster (a state of 10,000 policies: milliseconds instead of a tenth of a
    second); a float it writes in its own shortest form (`1e16`, `0.00001`), the same number as json's `1e+16`
    and `1e-05`. What orjson refuses (integers beyond 64 bits, lone surrogates) goes to json.
    tests/test_cli.py checks the two agree on random values.
    """
    data = json_bytes(value)
    return data.decode("utf-8") if data is not None else json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def json_bytes(value: Any) -> bytes | None:
    """`to_json(value)` as UTF-8 bytes, as orjson writes them; None where orjson refuses the value."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except (TypeError, orjson.JSONEncodeError):
        return None


def render_json_bytes(report: Any) -> bytes | None:
    """`render(report, "json")` as bytes, or None where orjson refuses a value (then `render` it)."""
    return json_bytes(report.as_dict())


def _PlainDumper(yaml):  # noqa: N802 - a class, made on first use (PyYAML is imported only for this format)
    """yaml.SafeDumper that writes a value seen twice in full, never as an anchor and an alias."""
    global _PLAIN_DUMPER
    if _PLAIN_DUMPER is None:
        _PLAIN_DUMPER = type("PlainDumper", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True})
    return _PLAIN_DUMPER


_PLAIN_DUMPER = None


# --- rows shared by csv and markdown ------------------------------------------


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula: text starting with =, +, -, @, a tab or a
    carriage return gets a leading apostrophe, as OWASP recommends (docs/exports.md)."""
    if type(value) is str and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def table(report: Any, *, links: bool = False, sources: bool = True) -> tuple[list[str], list[list[str]]]:
    """The header and rows that CSV and Markdown show. Sources are URLs separated by spaces, or with `links`
    Markdown links titled by their citation; without `sources` the columns that hold them are left out."""

    def cite(event: dict | None) -> str:
        if not event:
            return ""
        if links:
            return Markdown("<br>".join(f"[{markdown_text(citation(s))}]({_link_target(s['url'])})"
                                        for s in event["sources"]))
        return " ".join(s["url"] for s in event["sources"])

    data = report.as_dict()
    if report.kind == "state":
        header = ["id", "name", "status", "in_effect", "since", "certain", "attributes"]
        rows = [[cell(p[key]) for key in header] for p in data["policies"]]
        if sources:  # the event that began each status: its date, summary and sources
            header += ["started_by", "summary", "sources"]
            for row, policy in zip(rows, data["policies"], strict=True):
                event = policy["started_by"]
                row += [event_date(event), event["summary"], cite(event)] if event else ["", "", ""]
    elif report.kind == "diff":
        header = ["id", "kind", "key", "before", "after", "date", "summary"] + (["sources"] if sources else [])
        blank = [""] * (len(header) - 5)
        rows = []
        for change in data["changes"]:
            if change["status_changed"]:
                rows.append([change["id"], "status", "status", cell(change["before"]["status"]),
                             cell(change["after"]["status"]), *blank])
            for key, (before, after) in change["attributes_changed"].items():
                rows.append([change["id"], "attribute", key, cell(before), cell(after), *blank])
            for event in change["events"]:
                rows.append([change["id"], "event", event["status"], "", "", event_date(event), event["summary"],
                             *([cite(event)] if sources else [])])
    elif report.kind == "log":
        header = ["id", "date", "not_before", "not_after", "status", "action", "summary"] + (
            ["sources"] if sources else [])
        rows = [
            [e["id"], cell(e["date"]), cell(e.get("not_before")), cell(e.get("not_after")), e["status"],
             cell(e["action"]), e["summary"], *([cite(e)] if sources else [])]
            for e in data["events"]
        ]
    elif report.kind == "history":
        header = ["id", "date", "not_before", "not_after", "status", "action", "summary", "authority", "sources"]
        rows = [
            [data["id"], cell(e["date"]), cell(e.get("not_before")), cell(e.get("not_after")), e["status"],
             cell(e["action"]), e["summary"], cell(e.get("authority")), cite(e)]
            for e in data["events"]
        ]
    else:  # pragma: no cover - a programming error
        raise TypeError(type(report))
    return header, rows


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|])")


class Markdown(str):
    """A table cell that is Markdown already (links whose texts were escaped): written as it is."""

    __slots__ = ()


def _link_target(url: str) -> str:
    """A URL as a Markdown link target: the characters that would end the link or the cell, or start HTML,
    percent-encoded."""
    for character, code in (("(", "%28"), (")", "%29"), (" ", "%20"), ("|", "%7C"), ("<", "%3C"), (">", "%3E")):
        url = url.replace(character, code)
    return url


def markdown_text(text: str) -> str:
    """Text for a Markdown cell or heading: HTML written as entities (a `<script>` in a name stays text), the
    characters Markdown acts on escaped, line breaks as spaces."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split("\n")))


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell if isinstance(cell, Markdown) else markdown_text(cell) for cell in row) + " |"
              for row in rows]
    return "\n".join(lines) + "\n"


def _title(report: Any) -> str:
    if report.kind == "state":
        return f"## State on {report.on}"
    if report.kind == "history":
        return f"## {markdown_text(report.policy['name'])} ({report.policy['id']})"
    if report.kind == "diff":
        return f"## Changes from {report.start} to {report.end}"
    if report.kind == "log":
        span = " ".join(part for part in (
            f"from {report.since}" if report.since else "", f"to {report.until}" if report.until else "") if part)
        return "## Events" + (f" {span}" if span else "")
    raise TypeError(report.kind)  # pragma: no cover - a programming error


# --- validation reports -------------------------------------------------------


def github_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit escapes it (then made printable)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def github_property(text: str) -> str:
    """A workflow command's property value (file=, title=): also ':' and ',', which would end it."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def render_report(report, fmt: str, *, quiet: bool = False) -> str:
    """A validation report as text, concise text, JSON, or GitHub Actions annotation lines.

    Text shows each problem as ruff and rustc do: the `file:line:column: severity[code]: message` line, the line
    of the file with a caret under the column, and the hint. `concise` is the first line and the hint only.
    `quiet` leaves out warnings (not from JSON, which is always complete).
    """
    if fmt == "json":
        return to_json(report.as_dict())
    lines = []
    files: dict[str, list[str] | None] = {}  # the lines of each file shown, read once
    for p in report.problems:
        if quiet and p.severity != "error":
            continue
        if fmt == "github":
            message = github_data(p.message + (f" ({p.hint})" if p.hint else ""))
            lines.append(f"::{p.severity} file={github_property(p.file)},line={p.line},col={p.column},"
                         f"title={github_property(p.code)}::{message}")
            continue
        lines.append(f"{printable(p.file)}:{p.line}:{p.column}: {p.severity}[{p.code}]: {printable(p.message)}")
        if fmt == "concise":
            if p.hint:
                lines.append(f"    hint: {printable(p.hint)}")
            continue
        if p.file not in files and p.code not in _NO_EXCERPT:
            files[p.file] = _file_lines(p.file)
        shown = [printable(line) for line in source_excerpt(files.get(p.file), p.line, p.column, p.code)]
        lines.extend(shown)
        if p.hint:
            lines.append(f"{' ' * (len(str(p.line)) + 1)}= hint: {printable(p.hint)}" if shown
                         else f"    hint: {printable(p.hint)}")
        if shown:
            lines.append("")
    if report.truncated:
        lines.append(f"... and {report.truncated} more problems not shown")
    if fmt != "github":
        verdict = "valid" if report.valid else "invalid"
        left_out = [f"{report.silenced} silenced in the records" if report.silenced else "",
                    f"{report.ignored} left out by --select/--ignore or the configuration" if report.ignored else ""]
        left_out = "; ".join(part for part in left_out if part)
        lines.append(f"{report.files} file(s) checked: {report.errors} error(s), "
                     f"{report.warnings} warning(s)" + (f" ({left_out})" if left_out else "") + f": {verdict}")
    return "\n".join(lines) + ("\n" if lines else "")


# problems about the file as a whole or its bytes: no line of it is worth showing
_NO_EXCERPT = frozenset({"unreadable", "too-large", "empty", "binary", "encoding"})
_EXCERPT_WIDTH = 100


def _file_lines(name: str) -> list[str] | None:
    """The lines of a record file as text (None when it cannot be read: the problem says why)."""
    try:
        if not stat.S_ISREG(os.stat(name).st_mode):
            return None  # a pipe would wait forever, a device never end
        with open(name, encoding="utf-8-sig", errors="replace") as handle:
            return handle.read().splitlines()
    except (OSError, ValueError):
        return None


def source_excerpt(file_lines: list[str] | None, line: int, column: int, code: str = "") -> list[str]:
    """The problem's line of the file with a gutter and carets under what it is about, as rustc and ruff show it:

          |
        6 |     status: Active
          |             ^^^^^^

    The carets run under the value (or key) that starts at the column: a quoted text to its closing quote, anything
    else to the end of its word (before ': ', ', ', ' #' or a closing bracket). Long lines are cut around the column;
    no excerpt for problems about the file's bytes, or lines the file does not have."""
    if code in _NO_EXCERPT or not file_lines or not 1 <= line <= len(file_lines):
        return []
    text = file_lines[line - 1].replace("\t", " ")
    if not text.isprintable():
        text = "".join(char if char.isprintable() else "\ufffd" for char in text)
    start = max(0, min(column - 1, len(text)))
    length = _span(text, start)
    if len(text) > _EXCERPT_WIDTH:  # show the part of a long line around the column
        begin = max(0, min(start - 20, len(text) - _EXCERPT_WIDTH))
        text = ("..." if begin else "") + text[begin:begin + _EXCERPT_WIDTH] + (
            "..." if begin + _EXCERPT_WIDTH < len(text) else "")
        start = start - begin + (3 if begin else 0)
        length = max(1, min(length, _EXCERPT_WIDTH - start + 3))
    gutter = " " * len(str(line))
    return [f"{gutter} |", f"{line} | {text}".rstrip(), f"{gutter} | {' ' * start}{'^' * length}"]


def _span(text: str, start: int) -> int:
    """How many characters from `start` the value or key there takes (at least one)."""
    rest = text[start:]
    if rest[:1] in ("'", '"'):
        end = rest.find(rest[0], 1)
        return end + 1 if end > 0 else len(rest.rstrip())
    ends = [len(rest.rstrip())]
    for stop in (": ", " #", ", ", "]", "}"):
        found = rest.find(stop)
        if found > 0:
            ends.append(found)
    if rest.rstrip().endswith(":"):
        ends.append(len(rest.rstrip()) - 1)
    return max(1, min(ends))


# --- the cache ------------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def render_info(data: dict, fmt: str) -> str:
    if fmt == "json":
        return to_json(data)
    lines = [f"cache folder: {printable(data['folder'])}"
             + ("" if data["enabled"] else " (off: TIMELINE_NO_CACHE is set)"),
             f"size: {_mb(data['bytes'])} in {len(data['files'])} file(s); limit {_mb(data['limit_bytes'])} "
             "(TIMELINE_CACHE_MAX_MB)"]
    for item in data["files"]:
        answers = printable(", ".join(item["data"])) or "unknown data"
        lines.append(f"  {os.path.basename(item['path'])}  {_mb(item['bytes']):>9}  last used {item['last_used']}  "
                     f"{answers}")
    return "\n".join(lines) + "\n"

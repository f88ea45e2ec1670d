"""YAML text in the records' own style, written by hand so that it is stable.

Used for new events (`timeline accept` inserts this text into a record without
re-dumping the rest of the file) and for the review file of `timeline extract
--format yaml`. Keys come in the models' order; dates are plain ISO; short
strings are plain when YAML reads them back as the same string, else double
quoted; long strings are folded (`>-`) at 80 columns, as the records write them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from collections.abc import Sequence

import yaml

from timeline.core.dates import to_date

EVENT_KEYS = ("date", "not_before", "not_after", "announced", "status", "action", "summary", "authority", "case",
              "set", "note", "sources", "ignore")
SOURCE_KEYS = ("url", "title", "publisher", "published", "updated", "quote", "provenance", "ignore")
WIDTH = 80
URL_PLACEHOLDER = "FILL IN the article's http(s) address; accept refuses this candidate until then"
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


DATE_KEYS = frozenset({"date", "not_before", "not_after", "announced", "published", "updated"})


def _as_date(key: str, value):
    """An ISO date given as a string under a date key is written as the date it is."""
    if key in DATE_KEYS and isinstance(value, str):
        return to_date(value) or value
    return value


def scalar(value) -> str:
    """One YAML scalar on one line."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _plain_ok(text):
        return text
    return _escaped(json.dumps(text, ensure_ascii=False))


# characters a double-quoted scalar must escape beyond what json.dumps does (DEL, C1 controls, and the bidi
# controls that reorder text on screen): an article's title must not act on the terminal that shows the file
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escaped(quoted: str) -> str:
    return re.sub("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or "\n" in text or text[0] in _INDICATORS or _UNSAFE.search(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def text_value(key: str, value: str, indent: int) -> list[str]:
    """`key: value`, folded over several lines when long. A text whose spaces or line breaks folding would
    change (a quote is verbatim) is written exactly, quoted, on one line."""
    pad = " " * indent
    exact = str(value).strip()
    flat = " ".join(exact.split())
    if flat != exact:
        return [f"{pad}{key}: {scalar(exact)}"]
    line = f"{pad}{key}: {scalar(flat)}"
    if len(line) <= WIDTH or _UNSAFE.search(flat):
        return [line]
    inner = pad + "  "
    wrapped = textwrap.wrap(flat, width=max(40, WIDTH - len(inner)), break_long_words=False,
                            break_on_hyphens=False)
    if not wrapped or any(part != part.strip() for part in wrapped):
        return [line]
    return [f"{pad}{key}: >-", *(inner + part for part in wrapped)]


def event_lines(event: dict, indent: int, *, list_indent: int = 2) -> list[str]:
    """An event as a block sequence item: '- date: ...' at `indent`, keys aligned two further in.

    `list_indent` is how far the sources' dashes sit in from the event's keys
    (0 or 2), to match the file the event goes into.
    """
    lines = mapping_lines(event, indent + 2, list_indent=list_indent)
    lines[0] = " " * indent + "- " + lines[0].lstrip()
    return lines


def mapping_lines(event: dict, body: int, *, list_indent: int = 2) -> list[str]:
    """An event's keys at indentation `body`."""
    lines: list[str] = []
    for key in EVENT_KEYS:
        if key not in event:
            continue
        value = event[key]
        if key == "sources":
            lines.append(" " * body + "sources:")
            for source in value:
                lines.extend(source_lines(source, body + list_indent))
        elif key in ("case", "set") and isinstance(value, dict):
            lines.append(" " * body + f"{key}:")
            for inner_key, inner_value in value.items():  # a key is quoted as a value is ('#x' is no comment)
                lines.append(" " * (body + 2) + f"{scalar(inner_key)}: {_flow(inner_value)}")
        elif key == "ignore" and isinstance(value, dict):
            lines.extend(_ignore_lines(value, body))
        elif isinstance(value, str) and key in ("summary", "note", "authority"):
            lines.extend(text_value(key, value, body))
        else:
            lines.append(" " * body + f"{key}: {scalar(_as_date(key, value))}")
    return lines


def source_lines(source: dict, indent: int) -> list[str]:
    """A source as a block sequence item: '- url: ...' at `indent`."""
    lines = []
    body = indent + 2
    for key in SOURCE_KEYS:
        if key not in source:
            continue
        value = source[key]
        if key == "url" and value is None:
            lines.append(" " * body + f"url: null  # {URL_PLACEHOLDER}")
        elif isinstance(value, str) and key in ("title", "quote"):
            lines.extend(text_value(key, value, body))
        elif key == "ignore" and isinstance(value, dict):
            lines.extend(_ignore_lines(value, body))
        else:
            lines.append(" " * body + f"{key}: {scalar(_as_date(key, value))}")
    lines[0] = " " * indent + "- " + lines[0].lstrip()
    return lines


def _ignore_lines(value: dict, body: int) -> list[str]:
    """`ignore:` with a reason per code, as the records write it."""
    lines = [" " * body + "ignore:"]
    for code, reason in value.items():
        lines.extend(text_value(scalar(code), reason, body + 2) if isinstance(reason, str)
                     else [" " * (body + 2) + f"{scalar(code)}: {scalar(reason)}"])
    return lines


def _flow(value, inside: bool = False) -> str:
    """A value on one line; `inside`: an item of a flow list or mapping, where plain text is read differently
    ("page?id=3" inside [...] is an error for PyYAML's own parser, which yamllint uses)."""
    if isinstance(value, list):
        return "[" + ", ".join(_flow(item, True) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flow(k, True)}: {_flow(v, True)}" for k, v in value.items()) + "}"
    text = scalar(value)
    if isinstance(value, str) and not text.startswith('"') and (
            any(ch in text for ch in ",[]{}") or inside and not _flow_plain_ok(text)):
        return _escaped(json.dumps(value, ensure_ascii=False))
    return text


def _flow_plain_ok(text: str) -> bool:
    """Whether PyYAML's own parser (not only libyaml) reads `text` back as itself inside a flow list."""
    try:
        return yaml.load(f"k: [{text}]", Loader=yaml.SafeLoader) == {"k": [text]}  # noqa: S506 - SafeLoader
    except yaml.YAMLError:
        return False


# --- the review file of `timeline extract --format yaml` ------------------------------------

REVIEW_HEADER = """\
# Candidate events found by `timeline extract`, for review. Nothing here is in
# the records yet. For each candidate: read the quote in its article, correct
# the event (date, status, summary), fill in the source's url where it says
# FILL IN, and delete candidates you reject. Then merge the rest with
#   timeline accept THIS_FILE [--only N ...]
"""


def candidate_event(candidate, document) -> dict:
    """A candidate as an event in the record format, the article as its source."""
    header = document.header
    event: dict = {}
    if candidate.date is not None:
        event["date"] = candidate.date
    else:
        if candidate.not_before is not None:
            event["not_before"] = candidate.not_before
        if candidate.not_after is not None:
            event["not_after"] = candidate.not_after
    event["status"] = candidate.status
    if candidate.action:
        event["action"] = candidate.action
    event["summary"] = " ".join(candidate.quote.split())
    source: dict = {"url": header.url, "title": header.title or f"[untitled article: {document.file}]"}
    if header.publisher:
        source["publisher"] = header.publisher
    if header.published:
        source["published"] = header.published
    if header.updated:
        source["updated"] = header.updated
    source["quote"] = " ".join(candidate.quote.split())
    source["provenance"] = "extracted"
    event["sources"] = [source]
    return event


def review_yaml(documents: Sequence) -> str:
    lines = [REVIEW_HEADER.rstrip("\n"), "candidates:"]
    number = 0
    for document in documents:
        for candidate in document.candidates:
            number += 1
            lines.append(f"  - n: {number}")
            lines.append(f"    policy: {scalar(candidate.policy)}")
            lines.append(f"    article: {scalar(document.file)}")
            lines.append(f"    confidence: {candidate.confidence}")
            lines.append(f"    dated_by: {scalar(candidate.dated_by)}")
            lines.append(f"    verdict: {scalar(candidate.verdict)}")
            if candidate.reason:
                lines.extend(text_value("reason", candidate.reason, 4))
            lines.append("    event:")
            lines.extend(mapping_lines(candidate_event(candidate, document), 6))
    if number == 0:
        lines[-1] = "candidates: []"
    return "\n".join(lines) + "\n"


def valid_yaml_plain(text: str) -> bool:
    """True when `text` is safe to write as a plain scalar (for tests and callers that need to know)."""
    return _plain_ok(text) and not re.search(r"\s{2,}", text)

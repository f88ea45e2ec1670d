"""Finding record files and turning them into validated `Policy` models.

Everything that can go wrong is collected as a `Problem` with a file, a 1-based
line and column, a stable code and a message that says how to fix it; nothing
here raises on bad input.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline.errors import ERROR, Problem

from . import yamlread
from .files import display_name, max_file_bytes, too_large
from .model import ACTIONS, RELATIONS, STATUSES, Case, Context, Event, Policy, Related, Source


@dataclass
class Loaded:
    """A record file after reading: the model when it is valid, and what was found."""

    path: Path
    display: str
    policy: Policy | None = None
    document: yamlread.Document | None = None
    text: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def locate(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        """Line and column of a path in the document, reading positions on first use."""
        if self.text is None:
            return (1, 1)
        if self.document is None or self.document.positions is None:
            document, _ = yamlread.read(self.text, self.display, positions=True)
            if document is None:
                return (1, 1)
            self.document = document
        return self.document.where(path, key=key)


def read_file(path: Path) -> Loaded:
    """Read and validate the shape of one record file."""
    display = display_name(path)
    loaded = Loaded(path, display)
    try:
        data = path.read_bytes() if path.stat().st_size <= max_file_bytes() else None
    except OSError as exc:
        loaded.problems.append(Problem(display, 1, 1, ERROR, "unreadable", f"cannot read file: {exc.strerror}",
                                       _unreadable_hint(path, exc)))
        return loaded
    if data is None:
        size = path.stat().st_size
        loaded.problems.append(too_large(display, size))
        return loaded
    text, problems = yamlread.decode(data, display)
    loaded.problems.extend(problems)
    if text is None:
        return loaded
    loaded.text = text
    document, problems = yamlread.read(text, display)
    loaded.problems.extend(problems)
    if document is None:
        return loaded
    loaded.document = document
    validate_shape(loaded)
    return loaded


def _unreadable_hint(path: Path, exc: OSError) -> str:
    if path.is_dir():
        return "a folder is named like a record: rename it (records are files named <id>.yaml)"
    if path.is_symlink():
        return "a link that leads nowhere (or in a loop): fix it or remove it"
    if isinstance(exc, PermissionError):
        return "let timeline read it (chmod u+r), or move it out of the data folder"
    return "check the file"


def read_text(path: Path, text: str) -> Loaded:
    """A record's text, read and shape-validated as the file `path` (for text about to be written)."""
    loaded = Loaded(path, display_name(path), text=text)
    document, problems = yamlread.read(text, loaded.display)
    loaded.problems.extend(problems)
    if document is not None:
        loaded.document = document
        validate_shape(loaded)
    return loaded


def validate_shape(loaded: Loaded) -> None:
    """Build the model of a read document, adding a problem for everything that does not fit."""
    value = loaded.document.value
    if not isinstance(value, dict):
        kind = type(value).__name__ if value is not None else "nothing"
        loaded.problems.append(
            Problem(loaded.display, 1, 1, ERROR, "not-a-record",
                    f"a record is a mapping of keys (id, name, events, ...), but this file holds {kind}",
                    "see docs/schema.md for the record format")
        )
        return
    try:
        loaded.policy = Policy.model_validate(value)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loaded.problems.append(_problem_from_pydantic(loaded, error))
    loaded.problems.extend(_attribute_traps(loaded))


_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")


def _trap(raw: str, value) -> str | None:
    """How YAML 1.1 misread an attribute value written plain, or None when it reads as written: `true`, `12`,
    `1.5`, `2025-01-20` are what they look like; `NO`, `12:30`, `01234`, `1.10`, `0x1F` are not."""
    if value is None:
        return None if raw in ("null", "~") else "nothing (null)"
    if isinstance(value, bool):
        return None if raw in ("true", "false") else f"the boolean {str(value).lower()}"
    if isinstance(value, int):
        return None if _PLAIN_INT.fullmatch(raw) else f"the number {value}"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None  # .nan and .inf: the models' own yaml-typed error says what is wrong with them
        return None if _PLAIN_FLOAT.fullmatch(raw) and repr(value) == raw else f"the number {value!r}"
    if isinstance(value, dt.datetime):
        return f"the time {value.isoformat()}"
    return None


def _attribute_traps(loaded: Loaded) -> list[Problem]:
    """Attribute values that YAML 1.1 typed as something else than what was written (as `yaml-typed` does for
    the record's own fields, which the models check)."""
    problems = []
    for path, raw in loaded.document.typed_scalars.items():
        if len(path) < 4 or path[0] != "events" or path[2] != "set":
            continue
        value = loaded.document.value
        for part in path:
            value = value[part]
        seen = _trap(raw.text, value)
        if seen is not None:
            problems.append(Problem(loaded.display, raw.line, raw.column, ERROR, "yaml-typed",
                                    f"{_describe(path)}: YAML reads '{raw.text}' as {seen}, not as the text "
                                    f"'{raw.text}'", f"quote it (\"{raw.text}\") if you mean the text"))
    return problems


class _EventOutside:
    """An event written outside a record (a review file's candidate) seen as the only event of a record, so that
    its problems are those `validate` reports, with the positions of the file it is in."""

    def __init__(self, document: yamlread.Document, prefix: tuple, display: str) -> None:
        self.display, self._document, self._prefix = display, document, prefix
        self.document = self  # `_problem_from_pydantic` reads `loaded.document.typed_scalars`
        self.typed_scalars = self

    def get(self, loc: tuple):
        return self._document.typed_scalars.get(self._prefix + tuple(loc[2:])) if loc[:2] == ("events", 0) else None

    def locate(self, loc: tuple, *, key: bool = False) -> tuple[int, int]:
        return self._document.where(self._prefix + tuple(loc[2:]), key=key)


def event_problems(document: yamlread.Document, path: tuple, display: str, name: str,
                   ignore: Callable[[tuple, Any], bool] | None = None) -> list[Problem]:
    """The shape problems of the event at `path` in a document read with positions (a review file), as
    `validate` reports them in a record, placed in that document and naming the event `name`; those for which
    `ignore(place in the event, value)` is true are left out."""
    value = document.value
    for part in path:
        value = value[part]
    try:
        Policy.model_validate({"id": "event", "name": "event", "events": [value]})
    except ValidationError as exc:
        outside = _EventOutside(document, tuple(path), display)
        found = []
        for error in exc.errors(include_url=False):
            if tuple(error["loc"][:2]) != ("events", 0):
                continue
            if ignore is not None and ignore(tuple(error["loc"][2:]), error.get("input")):
                continue
            problem = _problem_from_pydantic(outside, error)
            found.append(replace(problem, message=problem.message.replace("events[0]", name, 1)))
        return found
    return []


def _known_keys(loc: tuple) -> tuple[str, ...]:
    """The keys allowed in the mapping at `loc` (for did-you-mean hints)."""
    names = [p for p in loc if isinstance(p, str)]
    model = Policy
    for name in names:
        if model is Policy and name == "events":
            model = Event
        elif model is Policy and name == "context":
            model = Context
        elif model is Policy and name == "related":
            model = Related
        elif model is Context and name == "sources":
            model = Source
        elif model is Event and name == "sources":
            model = Source
        elif model is Event and name == "case":
            model = Case
        elif model is Event and name == "set":
            return ()
    return tuple((f.alias or n) for n, f in model.model_fields.items())


# errors where a typed scalar is not a trap: a date check of its own, or a scalar where a list
# or mapping belongs (`events: [1, 2]` is the wrong shape, not a number meant as text)
_NOT_TRAPS = frozenset({"number-as-date", "model_type", "model_attributes_type", "list_type", "dict_type"})


def _problem_from_pydantic(loaded: Loaded, error: dict) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    where = _describe(loc)
    hint = None
    if kind == "extra_forbidden":
        key = str(loc[-1])
        line, column = loaded.locate(loc, key=True)
        known = _known_keys(loc[:-1])
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        message = f"unknown key '{key}'" + (f" in {_describe(loc[:-1])}" if loc[:-1] else "")
        hint = f"did you mean '{close[0]}'?" if close else f"allowed keys here: {', '.join(known)}"
        return Problem(loaded.display, line, column, ERROR, "unknown-key", message, hint)
    if kind == "missing":
        line, column = loaded.locate(loc[:-1])
        return Problem(loaded.display, line, column, ERROR, "missing-key",
                       f"{where} is required but missing", f"add '{loc[-1]}:'")
    line, column = loaded.locate(loc)
    raw = loaded.document.typed_scalars.get(loc) if loaded.document else None
    value = error.get("input")
    if raw is not None and value is None:
        # `sources:` or `name: ~` is not a YAML 1.1 trap, just a missing value
        expected = f" ({_expected(loc, error)})" if kind not in _NOT_TRAPS else ""
        return Problem(loaded.display, line, column, ERROR, "schema", f"{where} is empty",
                       f"give it a value{expected}, or leave the key out where it is optional")
    if raw is not None and kind not in _NOT_TRAPS and not isinstance(value, dict | list):
        # The classic YAML 1.1 traps: no -> False, 1.10 -> 1.1, 2025-01-20 -> a date.
        seen = {bool: "the boolean", int: "the number", float: "the number"}.get(type(value), "a date")
        return Problem(loaded.display, line, column, ERROR, "yaml-typed",
                       f"{where}: YAML reads '{raw.text}' as {seen} {value!r}, not as the text '{raw.text}'",
                       f"{_expected(loc, error)}; quote it (\"{raw.text}\") if you mean the text")
    code = kind if kind in ("number-as-date", "invalid-date", "bad-url", "yaml-typed", "bad-description") \
        else _code_for(loc, kind)
    message = f"{where}: {error['msg']}"
    if kind == "enum":
        hint = _expected(loc, error)
    elif kind == "string_pattern_mismatch" and loc == ("id",):
        hint = "use lowercase letters, digits and single hyphens, e.g. remain-in-mexico"
    elif kind == "too_short" and loc == ("events",):
        code, hint = "no-events", "add at least one dated, sourced event"
    elif kind == "too_short" and loc[-1:] == ("sources",):
        code, hint = "no-source", "add at least one source with url and title"
    elif kind in ("string_too_short",):
        hint = "give a non-empty text, or leave the key out where it is optional"
    elif kind == "list_type":
        hint = "write a list here, one '- ' item per line" + (
            " (each source with its url and title)" if loc[-1:] == ("sources",) else "")
    elif kind in ("dict_type", "model_type", "model_attributes_type"):
        hint = "write keys and values here (key: value)" + (
            ", e.g. '- url: https://...' with 'title: ...' below it" if "sources" in loc[-2:] else "")
    return Problem(loaded.display, line, column, ERROR, code, message, hint)


def _code_for(loc: tuple, kind: str) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "enum" and last == "status":
        return "bad-status"
    if kind == "enum" and last == "action":
        return "bad-action"
    if kind == "enum" and last == "relation":
        return "bad-relation"
    return "schema"


def _expected(loc: tuple, error: dict) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if last == "status":
        return f"a status is one of: {', '.join(STATUSES)}"
    if last == "action":
        return f"an action is one of: {', '.join(ACTIONS)}"
    if last == "relation":
        return f"a relation is one of: {', '.join(RELATIONS)}"
    if last in ("date", "not_before", "not_after", "announced", "published", "updated", "last_reviewed"):
        return "write dates as YYYY-MM-DD"
    return "this field takes text"


def _describe(loc: Iterable) -> str:
    """('events', 2, 'sources', 0, 'url') -> 'events[2].sources[0].url' (0-based, as in the file order)."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "record"

"""Finding record files and turning them into validated `Policy` models.

Everything that can go wrong is collected as a `Problem` with a file, a 1-based
line and column, a stable code and a message that says how to fix it; nothing
here raises on bad input.
"""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline.core.dates import iso_readings, month_length
from timeline.errors import ERROR, Problem

from . import yamlread
from .codes import CODES, WARNINGS
from .files import display_name, max_file_bytes, read_limited, too_large
from .model import ACTIONS, RELATIONS, STATUSES, Case, Context, Event, Policy, Related, Source
from .partial import Part, partial


@dataclass
class Loaded:
    """A record file after reading: the model when it is valid, and what was found."""

    path: Path
    display: str
    policy: Policy | None = None
    partial: Part | None = None  # when the shape is wrong: what the rules can still check (see `partial.py`)
    document: yamlread.Document | None = None
    text: str | None = None
    problems: list[Problem] = field(default_factory=list)
    silenced: set[tuple[tuple, str]] = field(default_factory=set)  # (part, code) of warnings silenced in place

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


def read_file(path: Path, *, positions: bool = False) -> Loaded:
    """Read and validate the shape of one record file; with `positions`, note every value's line and column as
    it is read (else they are read again on first use: `Loaded.locate`)."""
    display = display_name(path)
    loaded = Loaded(path, display)
    limit = max_file_bytes()
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            with os.scandir(path):  # a folder that can be listed is named like a record (see the hint)
                pass
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISREG(mode):  # a pipe would wait forever, /dev/zero never end
            loaded.problems.append(Problem(display, 1, 1, ERROR, "unreadable", "not a regular file (a pipe, a "
                                           "device or a socket)", "records are regular files: remove it or move "
                                           "it out of the data folder"))
            return loaded
        data = read_limited(path, limit)
    except OSError as exc:
        what = "folder" if isinstance(exc, PermissionError) and path.is_dir() else "file"
        loaded.problems.append(Problem(display, 1, 1, ERROR, "unreadable", f"cannot read {what}: {exc.strerror}",
                                       _unreadable_hint(path, exc)))
        return loaded
    if len(data) > limit:
        loaded.problems.append(too_large(display, max(len(data), path.stat().st_size)))
        return loaded
    text, problems = yamlread.decode(data, display)
    loaded.problems.extend(problems)
    if text is None:
        return loaded
    loaded.text = text
    document, problems = yamlread.read(text, display, positions=positions)
    loaded.problems.extend(problems)
    if document is None:
        return loaded
    loaded.document = document
    validate_shape(loaded)
    return loaded


def _unreadable_hint(path: Path, exc: OSError) -> str:
    if path.is_dir() and isinstance(exc, PermissionError):
        return "a folder in the data folder that timeline cannot list: let it (chmod u+rx), or move it out"
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
    """Build the model of a read document, adding a problem for everything that does not fit.

    When something does not fit, the parts that do are kept in `loaded.partial` for the rules (`partial.py`), so
    that a mistake in one event hides no other problem in the file."""
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
        loaded.problems.extend(shape_problems(loaded, exc.errors(include_url=False)))
        loaded.partial = partial(Policy, value)
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



def shape_problems(loaded: Loaded, errors: list[dict]) -> list[Problem]:
    """pydantic's errors as problems in our words, one per mistake.

    A field gets one problem however many errors pydantic has for it; a misspelt key that stands for a missing
    required one ('sumary' where 'summary' is missing) is one problem, not an unknown key and a missing one."""
    seen: dict[tuple, dict] = {}
    for error in errors:
        seen.setdefault(tuple(error["loc"]), error)
    missing = {loc for loc, error in seen.items() if error["type"] == "missing"}
    explained: set[tuple] = set()  # missing keys that a misspelt key stands for
    for loc, error in seen.items():
        if error["type"] == "extra_forbidden":
            stands_for = _suggest_key(str(loc[-1]), _known_keys(loc[:-1]))
            if stands_for is not None and loc[:-1] + (stands_for,) in missing - explained:
                explained.add(loc[:-1] + (stands_for,))
                seen[loc] = {**error, "stands_for": stands_for}
    return [_problem_from_pydantic(loaded, error) for loc, error in seen.items() if loc not in explained]


def _known_keys(loc: tuple) -> tuple[str, ...]:
    """The keys allowed in the mapping at `loc` (for did-you-mean hints)."""
    return tuple((f.alias or n) for n, f in _model_at(loc).model_fields.items()) if _model_at(loc) else ()


def _model_at(loc: tuple):
    """The model of the mapping at `loc` (None inside `set` or `ignore`, whose keys are free or codes)."""
    names = [p for p in loc if isinstance(p, str)]
    model = Policy
    for name in names:
        if model is Policy and name == "events":
            model = Event
        elif model is Policy and name == "context":
            model = Context
        elif model is Policy and name == "related":
            model = Related
        elif model in (Context, Event) and name == "sources":
            model = Source
        elif model is Event and name == "case":
            model = Case
        elif name in ("set", "ignore"):
            return None
    return model


def _suggest(value: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The choice `value` most likely stands for: the same but for case, spacing or '_' for '-', else the closest
    by spelling (difflib), else None."""
    choices = list(choices)
    folded = value.strip().casefold().replace("_", "-").replace(" ", "-")
    for choice in choices:
        if choice.casefold() == folded:
            return choice
    close = difflib.get_close_matches(folded, choices, n=1, cutoff=cutoff)
    return close[0] if close else None


def _suggest_key(key: str, known: Iterable[str]) -> str | None:
    known = list(known)
    folded = key.strip().casefold()
    for choice in known:
        if choice.casefold() == folded or choice.replace("_", "-") == folded.replace("_", "-"):
            return choice
    close = difflib.get_close_matches(folded, known, n=1, cutoff=0.6)
    return close[0] if close else None


# errors where a typed scalar is not a trap: a date check of its own, or a scalar where a list
# or mapping belongs (`events: [1, 2]` is the wrong shape, not a number meant as text)
_NOT_TRAPS = frozenset({"number-as-date", "invalid-date", "model_type", "model_attributes_type", "list_type",
                        "dict_type"})
_CLOSED_SETS = {"status": ("a status", STATUSES, "bad-status"), "action": ("an action", ACTIONS, "bad-action"),
                "relation": ("a relation", RELATIONS, "bad-relation")}
_DATE_FIELDS = ("date", "not_before", "not_after", "announced", "published", "updated", "last_reviewed")


def _kind_of(value) -> str:
    """How a value read from YAML is named in a message."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text '{value}'" if len(value) <= 60 else "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return f"a {type(value).__name__}"


def _field_help(loc: tuple) -> str | None:
    """The model's description of the field at `loc`, to say what it holds."""
    model = _model_at(loc[:-1]) if loc else None
    if model is None or not isinstance(loc[-1], str):
        return None
    for name, info in model.model_fields.items():
        if (info.alias or name) == loc[-1]:
            return info.description
    return None


def _problem_from_pydantic(loaded: Loaded, error: dict) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    where = _describe(loc)
    value = error.get("input")
    last = next((part for part in reversed(loc) if isinstance(part, str)), "")

    def problem(code: str, message: str, hint: str, *, key: bool = False, at: tuple = loc) -> Problem:
        line, column = loaded.locate(at, key=key)
        return Problem(loaded.display, line, column, ERROR, code, message, hint)

    if kind == "extra_forbidden":
        key = str(loc[-1])
        inside = f" in {_describe(loc[:-1])}" if loc[:-1] else ""
        known = _known_keys(loc[:-1])
        stands_for = error.get("stands_for")
        if stands_for is not None:
            return problem("unknown-key", f"unknown key '{key}'{inside}, which has no '{stands_for}'",
                           f"did you mean '{stands_for}'? rename the key", key=True)
        close = _suggest_key(key, known)
        if close is not None and _has_key(loaded, loc[:-1], close):
            hint = f"did you mean '{close}'? {_describe(loc[:-1]) or 'the record'} has '{close}' already: keep one"
        elif close is not None:
            hint = f"did you mean '{close}'?"
        else:
            hint = f"allowed keys here: {', '.join(known)}" if known else "remove it"
        return problem("unknown-key", f"unknown key '{key}'{inside}", hint, key=True)
    if kind == "missing":
        owner = _describe(loc[:-1]) if loc[:-1] else "the record"
        what = _field_help(loc)
        return problem("missing-key", f"{owner} has no '{loc[-1]}', which is required",
                       f"add {loc[-1]}:" + (f" ({what})" if what else ""), at=loc[:-1])
    if loc[-1:] == ("[key]",) and "ignore" in loc:
        code = str(loc[-2])
        if code in CODES and CODES[code] == "error":
            hint = f"'{code}' is an error: a record cannot silence an error (queries refuse the record); fix it"
        else:
            close = _suggest(code, WARNINGS)
            hint = (f"did you mean '{close}'? " if close else "") + "the warnings a record may silence: " + \
                ", ".join(WARNINGS)
        return problem("schema", f"{_describe(loc[:-2])}: '{code}' is not a warning a record can silence", hint,
                       key=True, at=loc[:-1])
    raw = loaded.document.typed_scalars.get(loc) if loaded.document else None
    if raw is not None and value is None:
        # `sources:` or `name: ~` is not a YAML 1.1 trap, just a missing value
        expected = f" ({_expected(loc)})" if kind not in _NOT_TRAPS else ""
        return problem("schema", f"{where} is empty",
                       f"give it a value{expected}, or leave the key out where it is optional")
    if raw is not None and kind not in _NOT_TRAPS and not isinstance(value, dict | list):
        # The classic YAML 1.1 traps: no -> False, 1.10 -> 1.1, 2025-01-20 -> a date.
        seen = {bool: "the boolean", int: "the number", float: "the number"}.get(type(value), "a date")
        return problem("yaml-typed", f"{where}: YAML reads '{raw.text}' as {seen} {value!r}, not as the text "
                       f"'{raw.text}'", f"{_expected(loc)}; quote it (\"{raw.text}\") if you mean the text")
    if kind == "number-as-date":
        digits = str(value)
        readings = iso_readings(digits) if len(digits) == 8 else []
        hint = f"write it as YYYY-MM-DD: {readings[0]}" if readings else "write the day as YYYY-MM-DD, e.g. 2025-01-20"
        return problem("number-as-date", f"{where}: {error['msg']}".replace("; write it as YYYY-MM-DD", ""), hint)
    if kind == "invalid-date":
        return problem("invalid-date", f"{where}: {error['msg']}", _date_hint(value))
    if kind == "bad-url":
        text = str(value).strip()
        scheme, _, rest = text.partition("://")
        if " " not in text and "." in text.split("/")[0] and "://" not in text:
            hint = f"did you mean 'https://{text}'? a source URL starts with http:// or https://"
        elif rest and " " not in text and scheme.lower() not in ("http", "https") and \
                difflib.get_close_matches(scheme.lower(), ("http", "https"), n=1, cutoff=0.7):
            fixed = difflib.get_close_matches(scheme.lower(), ("http", "https"), n=1, cutoff=0.7)[0]
            hint = f"did you mean '{fixed}://{rest}'? a source URL starts with http:// or https://"
        else:
            hint = "a source URL starts with http:// or https:// and has no spaces (write a space as %20)"
        return problem("bad-url", f"{where}: '{value}' is not an http(s) URL", hint)
    if kind == "bad-description":
        return problem("bad-description", f"{where}: {error['msg']}",
                       "write words in order; '...' between two words for a gap, '*' at the end of a word")
    if kind == "yaml-typed":
        return problem("yaml-typed", f"{where}: {error['msg']}", "write a date as YYYY-MM-DD, and a number JSON can "
                       "hold (not .nan or .inf)")
    if kind == "enum" and last in _CLOSED_SETS:
        what, allowed, code = _CLOSED_SETS[last]
        close = _suggest(str(value), allowed, cutoff=0.75) if isinstance(value, str) else None
        listed = f"{what} is one of: {', '.join(allowed)}"
        return problem(code, f"{where}: {_kind_of(value)} is not {what}",
                       f"did you mean '{close}'? {listed}" if close else listed)
    if kind == "literal_error":
        allowed = [part.strip(" '") for part in error.get("ctx", {}).get("expected", "").replace(" or ", ", ")
                   .split(",")]
        close = _suggest(str(value), allowed) if isinstance(value, str) else None
        listed = f"one of: {', '.join(allowed)}"
        return problem("schema", f"{where}: {_kind_of(value)} is not one of the allowed values",
                       f"did you mean '{close}'? {listed}" if close else listed)
    if kind == "too_short" and loc == ("events",):
        return problem("no-events", "the record has no events", "add at least one dated, sourced event")
    if kind == "too_short" and loc[-1:] == ("sources",):
        return problem("no-source", f"{_describe(loc[:-1])} has no sources",
                       "add at least one source with url and title")
    if kind == "string_pattern_mismatch" and last in ("id", "policy"):
        slug = "-".join(re.findall(r"[a-z0-9]+", str(value).lower()))
        hint = "use lowercase letters, digits and single hyphens, e.g. remain-in-mexico"
        foreign = [char for char in dict.fromkeys(str(value)) if ord(char) > 127 and char.isalnum()]
        if foreign:  # "еvil" with a Cyrillic е: say which letter is not the one it looks like
            import unicodedata

            named = ", ".join(f"'{char}' is U+{ord(char):04X} {unicodedata.name(char, 'a letter')}"
                              for char in foreign[:3])
            return problem("schema", f"{where}: '{value}' is not an id (a lowercase slug)",
                           f"{named}, not an ASCII letter; {hint}")
        return problem("schema", f"{where}: '{value}' is not an id (a lowercase slug)",
                       f"did you mean '{slug}'? {hint}" if slug else hint)
    if kind == "string_too_short":
        return problem("schema", f"{where} is empty", "give a non-empty text, or leave the key out where it is "
                       "optional")
    if kind == "string_type":
        return problem("schema", f"{where} should be text, not {_kind_of(value)}",
                       "write it as text (quote it if YAML reads it as something else)"
                       if not isinstance(value, dict | list) else "write one text here, not a list or a mapping")
    if kind == "list_type":
        if isinstance(value, dict):
            hint = f"make it a list: put '- ' before the first key of each item ({last}: then '- {next(iter(value))}:')"
        elif isinstance(value, str | int | float):
            hint = f"write a list: {last}: [{value}], or one '- ' item per line"
        else:
            hint = "write a list: one '- ' item per line, or [a, b]"
        return problem("schema", f"{where} should be a list, not {_kind_of(value)}", hint)
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        keys = _known_keys(loc)
        return problem("schema", f"{where} should be a mapping of keys, not {_kind_of(value)}",
                       f"write its keys under it ({', '.join(keys[:4])}, ...)" if keys else
                       "write 'key: value' lines under it")
    what = _field_help(loc)
    return problem("schema", f"{where}: {_kind_of(value)} is not allowed here ({error['msg'].lower()})",
                   f"{where.split('.')[-1]} holds {what}; see docs/schema.md" if what else "see docs/schema.md")


def _has_key(loaded: Loaded, loc: tuple, key: str) -> bool:
    """Whether the mapping at `loc` in the document has `key`."""
    value = loaded.document.value if loaded.document else None
    for part in loc:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return False
    return isinstance(value, dict) and key in value


def _date_hint(value) -> str:
    """How to write a date that is not YYYY-MM-DD: its ISO form(s), never a guess between two."""
    if isinstance(value, dt.datetime):
        return f"write the day alone: {value.date().isoformat()}"
    text = str(value)
    if text != text.strip():
        return f"remove the spaces: {text.strip()}"
    parts = text.split("-")
    if len(parts) == 3 and all(part.isdigit() for part in parts) and len(parts[0]) == 4:
        year, month, day = (int(part) for part in parts)
        if year == 0:
            return "there is no year 0: years run from 0001 to 9999"
        if 1 <= month <= 12 and len(parts[1]) == 2 and len(parts[2]) == 2:
            return f"{year}-{month:02d} has {month_length(year, month)} days; check the source for the day"
        if not 1 <= month <= 12:
            return "the month comes second and is 01 to 12: YYYY-MM-DD"
    readings = iso_readings(text)
    if len(readings) == 1:
        return f"write it as YYYY-MM-DD: {readings[0]}"
    if len(readings) == 2:
        first, second = readings
        return (f"write it as YYYY-MM-DD: {first} if it means {first:%B} {first.day}, {second} if it means "
                f"{second.day} {second:%B} (the source says which)")
    return "write the day as YYYY-MM-DD, e.g. 2025-01-20"


def _expected(loc: tuple) -> str:
    last = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if last in _CLOSED_SETS:
        what, allowed, _ = _CLOSED_SETS[last]
        return f"{what} is one of: {', '.join(allowed)}"
    if last in _DATE_FIELDS:
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

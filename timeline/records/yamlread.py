"""A strict, bounded YAML reader for record files.

Record files are data written by people, so the reader refuses everything that
YAML allows but a record never needs, and everything that could hang, crash or
fool the tool:

* anchors, aliases and tags (no alias bombs, no code execution);
* duplicate keys, including keys that only collide once YAML has typed them
  (``on`` and ``true`` are the same key in YAML 1.1);
* files that are too large, nested too deeply, binary or not UTF-8.

It drives libyaml's event parser (the C one when PyYAML was built with it) and
builds plain Python values itself, without recursion, so that nesting depth is
checked before the parser goes any deeper. Plain scalars are typed as PyYAML's
safe loader types them (YAML 1.1), so that later checks can recognise the
classic traps (``status: no`` read as ``False``) and say so; the raw text of
every such scalar is kept for those messages.

Positions are 1-based. Recording the position of every value costs memory, so
it is optional: callers read once without positions and read again with them
only when they have something to report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml import events as ev

from timeline.errors import ERROR, Problem
from timeline.records.files import max_file_bytes, too_large

try:  # libyaml's parser; the pure-Python one is about ten times slower
    from yaml._yaml import CParser as _Parser

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser as _PyParser
    from yaml.reader import Reader as _Reader
    from yaml.scanner import Scanner as _Scanner

    class _Parser(_Reader, _Scanner, _PyParser):  # type: ignore[no-redef]
        def __init__(self, stream):
            _Reader.__init__(self, stream)
            _Scanner.__init__(self)
            _PyParser.__init__(self)

    LIBYAML = False

MAX_DEPTH = 32
# a list or mapping longer than this is refused where it stands, before it is read to its end: a record's
# events run to tens of thousands, an attribute's values to a few hundred; a 10-million-item list would take
# gigabytes and minutes to build
MAX_ITEMS = 200_000
MAX_PROBLEMS_PER_FILE = 100

Path_ = tuple  # a path into the document: keys and list indices


@dataclass(frozen=True, slots=True)
class Raw:
    """What a plain scalar looked like before YAML typed it."""

    text: str
    line: int
    column: int


@dataclass
class Document:
    """A parsed file: its value, and where each part of it stood."""

    value: Any
    positions: dict[Path_, tuple[int, int]] | None
    key_positions: dict[Path_, tuple[int, int]] | None
    # raw text of plain scalars that YAML typed as something other than str
    typed_scalars: dict[Path_, Raw]

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The best known position for ``path``: itself, else its nearest parent."""
        if self.positions is None:
            return (1, 1)
        tables = (self.key_positions, self.positions) if key else (self.positions, self.key_positions)
        probe = tuple(path)
        while True:
            for table in tables:
                if table is not None and probe in table:
                    return table[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]


_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_IMPLICIT = (True, False)
_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_CONSTRUCT = {
    "tag:yaml.org,2002:null": lambda node: None,
    "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
    "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
    "tag:yaml.org,2002:timestamp": _constructor.construct_yaml_timestamp,
}
# control characters that a double-quoted escape ("\e", "\x07") can put into a value although YAML
# refuses them raw; printed by `timeline state` they would drive the reader's terminal
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")  # "\\N" (NEL) too
# the bidirectional embeddings, overrides and isolates, which libyaml takes raw: they reorder what a reader of
# the record, the terminal or a page sees ("Trojan Source"); the marks LRM, RLM and ALM are kept
_BIDI_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{_BIDI_CHARS}]")
# Unicode non-characters (U+FDD0..U+FDEF and the last two code points of every plane): not text, and no XML
# document may hold them
_NONCHARACTER = re.compile("[\ufdd0-\ufdef\ufffe\uffff" + "".join(
    chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17)) + "]")
# first characters with which no implicit (non-string) type can start
_CANNOT_BE_TYPED = frozenset(
    "abcdeghijklmprsuvwxzABCDEGHIJKLMPRSUVWXZ\"'!@#$%^&*()[]{}<>?/\\|`,;=_ \t"
)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MEMO_LIMIT = 10_000
# typed plain scalars seen before (every result is immutable: None, bool, int, float, date, datetime, str)
_memo: dict[str, tuple[Any, bool]] = {}


def _type_plain(value: str) -> tuple[Any, bool]:
    """Type a plain scalar as YAML 1.1 does. Returns (value, was_typed)."""
    if value and value[0] in _CANNOT_BE_TYPED:
        return value, False
    if len(value) == 10 and _ISO_DAY.fullmatch(value):
        # the commonest typed scalar in a record; the resolver calls it a timestamp and
        # SafeConstructor makes exactly this date of it, after a regex and a node each
        try:
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:])), True
        except ValueError:  # e.g. 2025-02-30: the date check will explain what is wrong with it
            return value, False
    known = _memo.get(value)
    if known is not None:
        return known
    tag = _resolver.resolve(yaml.ScalarNode, value, _IMPLICIT)
    if tag == _STR_TAG:
        typed = (value, False)
    else:
        try:
            typed = (_CONSTRUCT[tag](yaml.ScalarNode(tag, value)), True)
        except (ValueError, KeyError, OverflowError):
            # matches a pattern but is no real value: keep the text for the checks to explain
            typed = (value, False)
    if len(_memo) < _MEMO_LIMIT:
        _memo[value] = typed
    return typed


def _problem(file: str, line: int, column: int, code: str, message: str, hint: str | None = None) -> Problem:
    return Problem(file, line, column, ERROR, code, message, hint)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text, refusing what is not a UTF-8 text file."""
    if len(data) > max_file_bytes():
        return None, [too_large(file, len(data))]
    if not data.strip():
        return None, [_problem(file, 1, 1, "empty", "file is empty", "a record needs at least id, name and events")]
    for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                      (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            return None, [_problem(file, 1, 1, "encoding", f"file is encoded as {name}", "save it as UTF-8")]
    nul = data.find(b"\x00")
    if nul != -1:
        line = data.count(b"\n", 0, nul) + 1
        return None, [
            _problem(file, line, 1, "binary", "file contains NUL bytes: it is binary, not a YAML text file",
                     "point --data at the folder of .yaml records")
        ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", "replace")
        line, column = _line_col(good, len(good))
        return None, [
            _problem(file, line, column, "encoding",
                     f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                     "save the file as UTF-8")
        ]
    nonchar = _NONCHARACTER.search(text)
    if nonchar is not None:
        line, column = _line_col(text, nonchar.start())
        return None, [_problem(file, line, column, "encoding",
                               f"file holds the Unicode non-character U+{ord(nonchar.group()):04X}",
                               "remove it: it is not text, and XML (the Atom feed) cannot carry it")]
    return text, []


class _TooMany(Exception):
    def __init__(self, mark) -> None:
        super().__init__()
        self.mark = mark


class _Frame:
    __slots__ = ("container", "is_map", "path", "key", "key_mark", "seen", "seen_typed")

    def __init__(self, container, is_map, path):
        self.container = container
        self.is_map = is_map
        self.path = path
        self.key = None
        self.key_mark = None
        if is_map:
            self.seen = {}
            self.seen_typed = {}


def read(text: str, file: str, *, positions: bool = False) -> tuple[Document | None, list[Problem]]:
    """Parse one YAML document strictly. Returns the document and what was wrong.

    The document is None when the file could not be read to its end.
    """
    problems: list[Problem] = []
    pos: dict | None = {} if positions else None
    key_pos: dict | None = {} if positions else None
    typed: dict[Path_, Raw] = {}
    stack: list[_Frame] = []
    root: list[Any] = []
    documents = 0

    def report(mark, code, message, hint=None):
        if len(problems) < MAX_PROBLEMS_PER_FILE:
            problems.append(_problem(file, mark.line + 1, mark.column + 1, code, message, hint))

    def refuse_anchor_and_tag(event) -> None:
        if event.anchor is not None:
            report(event.start_mark, "anchor", f"YAML anchor '&{event.anchor}' is not allowed in records",
                   "write the value out in full")
        if event.tag is not None:
            report(event.start_mark, "tag", f"YAML tag '{event.tag}' is not allowed in records",
                   "remove the tag; records hold plain values only")

    def place(value, mark, raw: str | None = None) -> bool:
        """Put a finished value where it belongs; False when it was a key."""
        if not stack:
            root.append(value)
            if pos is not None:
                pos[()] = (mark.line + 1, mark.column + 1)
            return True
        top = stack[-1]
        if len(top.container) >= MAX_ITEMS:
            raise _TooMany(mark)
        if top.is_map:
            if top.key is None:
                return False
            path = top.path + (top.key,)
            top.container[top.key] = value
            top.key = None
        else:
            path = top.path + (len(top.container),)
            top.container.append(value)
        if pos is not None:
            pos[path] = (mark.line + 1, mark.column + 1)
        if raw is not None:
            typed[path] = Raw(raw, mark.line + 1, mark.column + 1)
        return True

    # one look at the whole text (none for ASCII text; `in` is some five times faster than the regex); each
    # scalar only when the text holds one
    bidi = not text.isascii() and any(char in text for char in _BIDI_CHARS)
    try:
        parser = _Parser(text)
        while parser.check_event():
            event = parser.get_event()
            cls = type(event)
            if cls is ev.ScalarEvent:
                mark = event.start_mark
                refuse_anchor_and_tag(event)
                # only double-quoted escapes can carry them: libyaml refuses them raw
                control = _CONTROL.search(event.value) if event.style == '"' else None
                if control is not None:
                    report(mark, "syntax", f"text holds the control character or non-character "
                           f"U+{ord(control.group()):04X}, written as an escape",
                           "remove it: records hold printable text")
                elif bidi or event.style == '"':  # raw, or written as an escape
                    control = _BIDI.search(event.value)
                    if control is not None:
                        report(mark, "syntax", f"text holds the bidirectional control U+{ord(control.group()):04X}, "
                               "which reorders what readers see", "remove it: records hold printable text")
                if not event.style and event.implicit[0]:
                    value, was_typed = _type_plain(event.value)
                    if (type(value) is int and value.bit_length() > 14_000) or (
                            not was_typed and len(event.value) > 4000
                            and _resolver.resolve(yaml.ScalarNode, event.value, _IMPLICIT) == _INT_TAG):
                        # Python writes an integer of 4,300 digits at most (a hex one of 3,600 is more)
                        report(mark, "syntax", f"a number too large ({len(event.value):,} characters)",
                               "write it in quotes to keep it as text, or give a smaller number")
                        value, was_typed = event.value, False
                else:
                    value, was_typed = event.value, False
                top = stack[-1] if stack else None
                if top is not None and top.is_map and top.key is None:
                    key = event.value
                    if key in top.seen:
                        first = top.seen[key]
                        report(mark, "duplicate-key",
                               f"duplicate key '{key}' (first at line {first[0]})",
                               "keep one of them; YAML would silently drop the first")
                    else:
                        typed_key = (type(value).__name__, value) if was_typed else ("str", key)
                        try:
                            other = top.seen_typed.get(typed_key)
                        except TypeError:  # pragma: no cover - unhashable cannot come from a scalar
                            other = None
                        if other is not None:
                            report(mark, "duplicate-key",
                                   f"key '{key}' is the same key as '{other[0]}' (line {other[1]}) once YAML "
                                   f"reads it: both mean {value!r}",
                                   "rename one of them, or quote keys that YAML 1.1 reads as booleans")
                        top.seen_typed[typed_key] = (key, mark.line + 1)
                    top.seen[key] = (mark.line + 1, mark.column + 1)
                    top.key = key
                    top.key_mark = mark
                    if key_pos is not None:
                        key_pos[top.path + (key,)] = (mark.line + 1, mark.column + 1)
                else:
                    place(value, mark, event.value if was_typed else None)
            elif cls is ev.MappingStartEvent or cls is ev.SequenceStartEvent:
                mark = event.start_mark
                refuse_anchor_and_tag(event)
                if len(stack) >= MAX_DEPTH:
                    report(mark, "too-deep", f"values are nested more than {MAX_DEPTH} levels deep",
                           "records need only a few levels; check the indentation")
                    return None, problems
                top = stack[-1] if stack else None
                if top is not None and top.is_map and top.key is None:
                    report(mark, "complex-key", "a list or mapping cannot be a key", "keys are plain words")
                    return None, problems
                container: Any = {} if cls is ev.MappingStartEvent else []
                if top is None:
                    path: Path_ = ()
                elif top.is_map:
                    path = top.path + (top.key,)
                else:
                    path = top.path + (len(top.container),)
                place(container, mark)
                stack.append(_Frame(container, cls is ev.MappingStartEvent, path))
            elif cls is ev.MappingEndEvent or cls is ev.SequenceEndEvent:
                stack.pop()
            elif cls is ev.AliasEvent:
                mark = event.start_mark
                report(mark, "alias", f"YAML alias '*{event.anchor}' is not allowed in records",
                       "write the value out in full")
                top = stack[-1] if stack else None
                if top is not None and top.is_map and top.key is None:
                    return None, problems
                place(None, mark)
            elif cls is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    report(event.start_mark, "multiple-documents", "file holds more than one YAML document",
                           "keep one policy per file, without '---' separators")
                    return None, problems
    except _TooMany as exc:
        report(exc.mark, "too-large", f"a list or mapping here holds more than {MAX_ITEMS:,} items",
               "records need far fewer; split the data, or check the file was not generated by mistake")
        return None, problems
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or "YAML syntax error"
        if exc.context:
            message = f"{message} ({exc.context})"
        problems.append(_problem(file, (mark.line + 1) if mark else 1, (mark.column + 1) if mark else 1,
                                 "syntax", f"YAML syntax error: {message}",
                                 "check indentation, colons and quotes on this line or the one before"))
        return None, problems
    except yaml.YAMLError as exc:  # reader errors: characters YAML does not accept
        index = getattr(exc, "position", 0) or 0
        line, column = _line_col(text, min(index, len(text)))
        character = getattr(exc, "character", None)
        what = f"character {character!r}" if character is not None else "a character"
        problems.append(_problem(file, line, column, "syntax",
                                 f"YAML cannot read {what} here: {getattr(exc, 'reason', exc)}",
                                 "remove control characters from the file"))
        return None, problems
    if not root:
        problems.append(_problem(file, 1, 1, "empty", "file holds no YAML document",
                                 "a record needs at least id, name and events"))
        return None, problems
    return Document(root[0], pos, key_pos, typed), problems

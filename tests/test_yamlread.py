"""The strict YAML reader on its own: values, positions, typing, and what it refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.records import yamlread


def read(text: str, positions: bool = True):
    document, problems = yamlread.read(text, "x.yaml", positions=positions)
    return document, [(p.code, p.line, p.column) for p in problems]


def test_reads_plain_values_typed_as_yaml_1_1():
    """Plain scalars come back as the safe loader types them; quoted ones stay text."""
    document, problems = read("a: 2020-01-02\nb: '2020-01-02'\nc: no\nd: 1.10\ne: text\nf: ~\ng: [1, x]\n")
    assert problems == []
    assert document.value == {"a": dt.date(2020, 1, 2), "b": "2020-01-02", "c": False, "d": 1.1, "e": "text",
                               "f": None, "g": [1, "x"]}


def test_keeps_the_raw_text_of_typed_scalars():
    """Each plain scalar that YAML typed keeps its original text and position, for error messages."""
    document, _ = read("a: no\nb: text\nc: [0x1F]\n")
    assert {path: (raw.text, raw.line, raw.column) for path, raw in document.typed_scalars.items()} == {
        ("a",): ("no", 1, 4), ("c", 0): ("0x1F", 3, 5)}


def test_positions_are_one_based_for_values_and_keys():
    """where() gives 1-based (line, column) of a value, or of its key, else of the nearest parent."""
    document, _ = read("id: x\nevents:\n  - date: 2020-01-01\n    status: active\n")
    assert document.where(("id",)) == (1, 5)
    assert document.where(("id",), key=True) == (1, 1)
    assert document.where(("events", 0, "status")) == (4, 13)
    assert document.where(("events", 0, "missing")) == (3, 5)
    assert document.where(("nowhere", 3)) == (1, 1)


def test_without_positions_where_is_the_first_line():
    """Read without positions (the fast path), where() can only say line 1."""
    document, _ = read("a: 1\nb: 2\n", positions=False)
    assert document.positions is None and document.where(("b",)) == (1, 1)


def test_crlf_line_endings_count_lines_right():
    """Windows line endings do not shift the reported lines."""
    document, problems = read("a: 1\r\nb: 2\r\nb: 3\r\n")
    assert problems == [("duplicate-key", 3, 1)]


@pytest.mark.parametrize(("text", "problem"), [
    ("on: 1\ntrue: 2\n", ("duplicate-key", 2, 1)),
    ("yes: 1\nON: 2\n", ("duplicate-key", 2, 1)),
    ("1: a\n0x1: b\n", ("duplicate-key", 2, 1)),
    ("'on': 1\ntrue: 2\n", None),  # a quoted key is text: no collision
    ("a: 1\n'a': 2\n", ("duplicate-key", 2, 1)),  # same text, quoted or not
])
def test_keys_collide_after_yaml_typing(text, problem):
    """Keys that YAML 1.1 types to the same value are duplicates; quoting a key keeps it text."""
    _, problems = read(text)
    assert problems == ([problem] if problem else [])


def test_duplicate_key_message_names_the_first():
    """A duplicate key's message points back at the line of the first one."""
    _, problems = yamlread.read("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert problems[0].message == "duplicate key 'a' (first at line 1)"


def test_depth_is_bounded_before_parsing_further():
    """Nesting deeper than MAX_DEPTH stops the reader with too-deep and no document."""
    deep = "[" * (yamlread.MAX_DEPTH + 1) + "]" * (yamlread.MAX_DEPTH + 1)
    document, problems = read(deep)
    assert document is None and problems == [("too-deep", 1, yamlread.MAX_DEPTH + 1)]
    document, problems = read("[" * yamlread.MAX_DEPTH + "]" * yamlread.MAX_DEPTH)
    assert document is not None and problems == []


def test_problems_per_file_are_capped():
    """A file with thousands of aliases reports at most MAX_PROBLEMS_PER_FILE problems."""
    _, problems = yamlread.read("a: &x 1\nb: [" + ", ".join(["*x"] * 1000) + "]\n", "x.yaml")
    assert len(problems) == yamlread.MAX_PROBLEMS_PER_FILE


@pytest.mark.parametrize(("data", "code"), [
    (b"\xef\xbb\xbfid: x\n", None),  # UTF-8 with a BOM is fine
    (b"\xff\xfei\x00d\x00", "encoding"),
    (b"\xfe\xff\x00i\x00d", "encoding"),
    (b"\xff\xfe\x00\x00i\x00\x00\x00", "encoding"),
    (b"id: x\nname: \xe9\n", "encoding"),
    (b"id: x\n\x00", "binary"),
    (b"", "empty"),
    (b" \n\t\r\n", "empty"),
])
def test_decode(data, code):
    """decode() accepts UTF-8 text (with or without BOM) and names what else it got."""
    text, problems = yamlread.decode(data, "x.yaml")
    if code is None:
        assert text == "id: x\n" and problems == []
    else:
        assert text is None and [p.code for p in problems] == [code]


def test_decode_points_at_the_first_bad_byte():
    """A non-UTF-8 byte is reported at its line and column."""
    _, problems = yamlread.decode(b"id: x\nname: caf\xe9\n", "x.yaml")
    assert (problems[0].line, problems[0].column) == (2, 10)
    assert "0xe9" in problems[0].message


def test_decode_refuses_more_than_max_bytes(monkeypatch):
    """Bytes beyond MAX_BYTES are refused before decoding."""
    monkeypatch.setenv("TIMELINE_MAX_FILE_BYTES", "10")
    _, problems = yamlread.decode(b"a: " + b"x" * 20, "x.yaml")
    assert [p.code for p in problems] == ["too-large"]


def test_impossible_date_stays_text_for_the_date_check():
    """2025-02-30 matches YAML's timestamp pattern but is kept as text, not a crash."""
    document, problems = read("a: 2025-02-30\n")
    assert problems == [] and document.value == {"a": "2025-02-30"}


@pytest.mark.parametrize("text", ['a: "\\e[2J"', 'a: "\\0"', 'a: "\\x07"', 'a: "\\r"', '"\\x1b": 1', 'a: "\\x9b"'])
def test_control_characters_written_as_escapes_are_refused(text):
    """Escapes that put control characters into a value or key are refused: they could drive a terminal."""
    _, problems = read(text + "\n")
    assert [code for code, _, _ in problems] == ["syntax"]


def test_tabs_newlines_and_non_ascii_text_are_fine():
    """Tabs, newlines and ordinary non-ASCII text (no-break space, accents, right-to-left marks) are plain
    text."""
    document, problems = read('a: "x\\ty\\nz \\_ caf\u00e9 \\u200f"\n')
    assert problems == [] and document.value == {"a": "x\ty\nz \xa0 caf\u00e9 \u200f"}


@pytest.mark.parametrize("text", ['a: "\\N"', 'a: "x \\u202e y"', "a: x \u202e y", "a: x \u2066 y", "\u202ek: 1",
                                  'a: ["\\u2069"]'])
def test_next_line_and_bidirectional_controls_are_refused(text):
    """NEL (a C1 control, '\\N') and the bidirectional embeddings, overrides and isolates, written raw or as
    escapes, reached the terminal through `state` and `show`: they reorder what a reader sees."""
    _, problems = read(text + "\n")
    assert [code for code, _, _ in problems] == ["syntax"]


@pytest.mark.parametrize("text", ["a: 0x" + "f" * 3600, "a: " + "9" * 4301, "a: -0b" + "1" * 15000])
def test_a_number_too_large_is_an_error_not_a_crash_or_a_string(text):
    """A hex number of 3,600 digits was an internal error when its problem was written (Python writes 4,300
    digits at most), and a decimal of 4,301 digits silently became text."""
    document, problems = read(text + "\n")
    assert [code for code, _, _ in problems] == ["syntax"]


def test_a_large_number_is_still_a_number():
    document, problems = read("a: 18446744073709551616\nb: -0x" + "f" * 1000 + "\nc: " + "9" * 4000 + "\n")
    assert problems == [] and document.value == {"a": 2**64, "b": -(16**1000 - 1), "c": 10**4000 - 1}

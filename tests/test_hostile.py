"""Hostile record files: each must give exit 1, a problem naming the file and a line, no traceback, no hang.

The files are generated into tmp_path from the table below (some are binary or
hundreds of kilobytes, which do not belong in the repository). Each case names
the rule code it must trip and, where the position is unambiguous, the line.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from timeline.records import yamlread

pytestmark = pytest.mark.usefixtures("clean_env")

HANG_GUARD_SECONDS = 20  # a guard against hangs, not a benchmark: every case takes well under a second
SMALL_LIMIT = 400_000  # MAX_BYTES in these tests: above every other case, below the oversize one

SOURCE_LINES = """    sources:
      - url: https://example.org/a
        title: A document
        publisher: Example
        published: 2020-01-01
"""


def base(policy_id: str, *, name: str = "Hostile", date: str = "2020-01-01", status: str = "active",
         event_extra: str = "", top_extra: str = "") -> str:
    """A valid record with one field swapped for something hostile."""
    return (f"id: {policy_id}\nname: {name}\n{top_extra}events:\n  - date: {date}\n    status: {status}\n"
            f"    summary: Starts.\n{event_extra}{SOURCE_LINES}")


def billion_laughs() -> str:
    lines = ['lol0: &l0 "lol"']
    for level in range(1, 10):
        lines.append(f"lol{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def deep_block_mapping(levels: int) -> str:
    return "".join(" " * (2 * level) + f"k{level}:\n" for level in range(levels)) + " " * (2 * levels) + "x\n"


@dataclass(frozen=True)
class Hostile:
    name: str  # also the file stem (and the record id where the record has one)
    content: bytes
    codes: frozenset[str]  # the problem must carry one of these codes
    line: int | None = None  # the line that problem must be on, when there is exactly one right answer

    def __str__(self) -> str:
        return self.name


def case(name: str, content: str | bytes, codes: str | tuple[str, ...], line: int | None = None) -> Hostile:
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    return Hostile(name, data, frozenset([codes] if isinstance(codes, str) else codes), line)


CASES = [
    # broken YAML
    case("broken-indent", "id: broken-indent\n  name: x\nevents: []\n", "syntax", 2),
    case("unclosed-quote", "id: 'unclosed-quote\nname: x\n", "syntax"),
    case("unclosed-flow", "id: unclosed-flow\nname: [a, b\nevents: []\n", "syntax"),
    case("tab-indent", "id: tab-indent\n\tname: x\n", "syntax", 2),
    case("lone-surrogate", 'id: "\\ud800"\nname: x\n', "syntax", 1),
    # duplicate keys, also those that only collide after YAML 1.1 typing
    case("duplicate-key", base("duplicate-key", top_extra="name: Again\n"), "duplicate-key", 3),
    case("on-true-keys", base("on-true-keys", event_extra="    set: {on: 1, true: 2}\n"), "duplicate-key", 7),
    case("no-false-keys", base("no-false-keys", event_extra="    set:\n      no: 1\n      false: 2\n"),
         "duplicate-key", 9),
    case("int-hex-keys", base("int-hex-keys", event_extra="    set: {1: a, 0x1: b}\n"), "duplicate-key", 7),
    # YAML 1.1 traps
    case("status-no", base("status-no", status="no"), "yaml-typed", 5),
    case("name-yes", base("name-yes", name="yes"), "yaml-typed", 2),
    case("name-number", base("name-number", name="1.10"), "yaml-typed", 2),
    case("summary-sexagesimal", base("summary-sexagesimal").replace("summary: Starts.", "summary: 1:20"),
         "yaml-typed", 6),
    case("nan-attribute", base("nan-attribute", event_extra="    set: {capacity: .nan}\n"), "yaml-typed", 7),
    # dates
    case("numeric-date", base("numeric-date", date="20250120"), "number-as-date", 4),
    case("year-as-date", base("year-as-date", date="2025"), "number-as-date", 4),
    case("huge-number-date", base("huge-number-date", date="9" * 40), "number-as-date", 4),
    case("impossible-date", base("impossible-date", date="2025-02-30"), "invalid-date", 4),
    case("year-zero-date", base("year-zero-date", date="0000-01-01"), "invalid-date", 4),
    case("datetime-date", base("datetime-date", date="2025-01-20 10:00:00"), ("invalid-date", "yaml-typed"), 4),
    case("words-date", base("words-date", date="January 20, 2025"), "invalid-date", 4),
    # tags: nothing may ever be constructed from them
    case("python-object-tag", base("python-object-tag",
                                   name='!!python/object/apply:os.system ["touch PWNED"]'), "tag", 2),
    case("python-name-tag", "id: !!python/name:os.system python-name-tag\n", "tag", 1),
    case("custom-tag", base("custom-tag", name="!foo bar"), "tag", 2),
    case("str-tag", base("str-tag", name="!!str bar"), "tag", 2),
    case("binary-tag", base("binary-tag", name="!!binary aGVsbG8="), "tag", 2),
    case("document-tag", "--- !!python/object:builtins.dict\nid: document-tag\n", "tag", 1),
    # anchors and aliases
    case("anchor-alias", base("anchor-alias", name="&n Hostile", top_extra="aliases: [*n]\n"),
         ("anchor", "alias")),
    case("merge-key", "id: merge-key\nname: x\nbase: &b {status: active}\nevents:\n  - <<: *b\n"
         "    date: 2020-01-01\n", ("anchor", "alias"), 3),
    case("billion-laughs", billion_laughs(), ("anchor", "alias"), 1),
    # nesting
    case("deep-flow", "id: deep-flow\nname: " + "[" * 100_000 + "]" * 100_000 + "\n", ("syntax", "too-deep")),
    case("deep-flow-mapping", "{a: " * 50_000 + "x" + "}" * 50_000 + "\n", ("syntax", "too-deep")),
    case("deep-block-mapping", deep_block_mapping(200), "too-deep"),
    case("deep-block-sequence", "- " * 50_000 + "x\n", "too-deep", 1),
    # encodings and binary
    case("utf16-bom", base("utf16-bom").encode("utf-16"), "encoding", 1),
    case("utf16-no-bom", base("utf16-no-bom").encode("utf-16-le"), "binary", 1),
    case("utf32-bom", base("utf32-bom").encode("utf-32"), "encoding", 1),
    case("latin1", base("latin1", name="Caf\u00e9 policy").encode("latin-1"), "encoding", 2),
    case("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)), "binary"),
    case("control-character", base("control-character", name="bell \x07 here"), "syntax", 2),
    case("escape-character", base("escape-character").replace("Starts.", "Starts \x1b[31m."), "syntax", 6),
    case("escaped-control-character", base("escaped-control-character", name='"red \\e[31m text"'), "syntax", 2),
    case("escaped-nul", base("escaped-nul").replace("Starts.", '"Starts\\0."'), "syntax", 6),
    # empty and not a record
    case("empty", b"", "empty", 1),
    case("whitespace-only", b"  \n\n\t\n   ", "empty", 1),
    case("comments-only", "# nothing here\n# at all\n", "empty", 1),
    case("null-document", "~\n", "not-a-record", 1),
    case("top-level-list", "- id: top-level-list\n- name: x\n", "not-a-record", 1),
    case("top-level-scalar", "just some words\n", "not-a-record", 1),
    case("multiple-documents", base("multiple-documents") + "---\n" + base("other"), "multiple-documents", 12),
    case("complex-key", "? [a, b]\n: c\n", "complex-key", 1),
    # misspelt and missing keys, wrong shapes
    case("misspelt-status", base("misspelt-status").replace("status:", "stauts:"), "unknown-key", 5),
    case("misspelt-events", base("misspelt-events").replace("events:", "evnets:"), "unknown-key", 3),
    case("no-events", "id: no-events\nname: x\nevents: []\n", "no-events", 3),
    case("events-scalar", "id: events-scalar\nname: x\nevents: [1, 2]\n", ("schema", "yaml-typed"), 3),
    case("sources-null", base("sources-null").split("    sources:")[0] + "    sources:\n", ("schema", "no-source"),
         7),
    case("oversize", base("oversize").replace("Starts.", "x" * (SMALL_LIMIT * 2)), "too-large", 1),
]
assert len({c.name for c in CASES}) == len(CASES)


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS):
    """Fail instead of hanging forever (a guard, not a timing assertion)."""

    class Hung(BaseException):
        pass

    def alarm(signum, frame):
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def write(folder: Path, hostile: Hostile) -> Path:
    path = folder / f"{hostile.name}.yaml"
    path.write_bytes(hostile.content)
    return path


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setenv("TIMELINE_MAX_FILE_BYTES", str(SMALL_LIMIT))


@pytest.mark.parametrize("hostile", CASES, ids=str)
def test_hostile_file_is_refused_with_its_file_and_line(hostile, invoke, tmp_path, monkeypatch, small_limit):
    """`timeline validate FILE` exits 1 and names the file, the line and the expected rule."""
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, hostile)
    with hang_guard():
        result = invoke("validate", path.name, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["valid"] is False
    mine = [p for p in report["problems"] if p["file"] == path.name and p["severity"] == "error"]
    assert mine, report
    assert all(p["line"] >= 1 and p["column"] >= 1 for p in report["problems"])
    matching = [p for p in mine if p["code"] in hostile.codes]
    assert matching, f"expected one of {sorted(hostile.codes)}, got {[p['code'] for p in mine]}"
    if hostile.line is not None:
        assert hostile.line in {p["line"] for p in matching}, matching


@pytest.mark.parametrize("hostile", CASES, ids=str)
def test_hostile_file_text_report_has_no_traceback(hostile, invoke, tmp_path, monkeypatch, small_limit):
    """The text report of a hostile file is `file:line:col: error[code]` lines, never a traceback."""
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, hostile)
    with hang_guard():
        result = invoke("validate", path.name)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{path.name}:" in result.stdout
    first = next(line for line in result.stdout.splitlines() if line.startswith(path.name))
    _, line_number, column, rest = first.split(":", 3)
    assert int(line_number) >= 1 and int(column) >= 1
    assert rest.startswith(" error[")


@pytest.mark.parametrize("hostile", CASES, ids=str)
def test_hostile_file_cannot_be_queried(hostile, invoke, tmp_path, monkeypatch, small_limit):
    """`timeline state --data FILE` on a hostile file exits 1 with the problem on stderr, not a traceback."""
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, hostile)
    with hang_guard():
        result = invoke("state", "--data", path.name, "--on", "2025-01-01")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"{path.name}:" in result.stderr
    assert result.stdout == ""


def test_python_tag_constructs_nothing(invoke, tmp_path, monkeypatch):
    """A `!!python/object/apply:os.system` tag is refused without running the command."""
    monkeypatch.chdir(tmp_path)
    hostile = next(c for c in CASES if c.name == "python-object-tag")
    path = write(tmp_path, hostile)
    result = invoke("validate", path.name)
    assert result.exit_code == 1
    assert not (tmp_path / "PWNED").exists()


def test_alias_bomb_is_not_expanded():
    """The reader never expands an alias: a billion-laughs document reads as a small value."""
    document, problems = yamlread.read(billion_laughs(), "bomb.yaml")
    assert document is not None
    assert all(value is None or value == "lol" or len(value) == 10 for value in document.value.values())
    assert {p.code for p in problems} == {"anchor", "alias"}
    assert len(problems) <= yamlread.MAX_PROBLEMS_PER_FILE


def _run_module(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("TIMELINE_DATA", "NO_COLOR")}
    environment.update(env)
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=120)


def _assert_names_each(stdout: str, names: list[str]) -> None:
    for name in names:
        lines = [line for line in stdout.splitlines() if line.startswith(f"{name}:")]
        assert lines, f"no problem names {name}"
        _, line_number, column, rest = lines[0].split(":", 3)
        assert int(line_number) >= 1 and int(column) >= 1 and rest.startswith(" error[")


def test_all_hostile_files_in_one_real_process(tmp_path):
    """`python -m timeline validate` over every hostile file at once: exit 1, each file named, no traceback."""
    paths = [write(tmp_path, hostile) for hostile in CASES]
    result = _run_module(["validate", *(p.name for p in paths)], tmp_path,
                         TIMELINE_MAX_FILE_BYTES=str(SMALL_LIMIT), TIMELINE_TODAY="2025-06-01")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    _assert_names_each(result.stdout, [p.name for p in paths])


SUBPROCESS_CASES = ["billion-laughs", "deep-flow", "deep-block-sequence", "python-object-tag", "utf16-bom", "png",
                    "oversize", "status-no"]


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_hostile_file_in_a_real_process(name, tmp_path):
    """One hostile file through a real `python -m timeline validate FILE`: exit 1, named, no traceback."""
    path = write(tmp_path, next(c for c in CASES if c.name == name))
    result = _run_module(["validate", path.name], tmp_path, TIMELINE_MAX_FILE_BYTES=str(SMALL_LIMIT),
                         TIMELINE_TODAY="2025-06-01")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    _assert_names_each(result.stdout, [path.name])


def test_oversize_file_is_refused_before_reading(tmp_path, monkeypatch, small_limit):
    """A file over MAX_BYTES is refused from its size alone, without reading its bytes."""
    from timeline.records.load import read_file

    path = write(tmp_path, next(c for c in CASES if c.name == "oversize"))

    def no_reading(self):
        raise AssertionError("read_bytes called on an oversize file")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    loaded = read_file(path)
    assert [p.code for p in loaded.problems] == ["too-large"]

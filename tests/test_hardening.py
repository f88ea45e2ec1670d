"""The defects of the red-team pass (issue 15), each by its number, and their relatives.

The write path's defects (2, 7, 8, 10 and 15 for accept and fmt) are in tests/test_write.py; extraction's
(4 for extract, 8 for standard input) in tests/test_extract.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import sqlite3
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from timeline.cli import app
from timeline.store import location

pytestmark = pytest.mark.usefixtures("clean_env")

SOURCE = {"url": "https://example.org/a", "title": "A", "publisher": "P", "published": "2020-01-01"}


def write(folder: Path, policy_id: str, events: list[dict], name: str | None = None, file_name: str | None = None,
          **extra) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (file_name or f"{policy_id}.yaml")
    data = {"id": policy_id, "name": name or f"Policy {policy_id}", **extra, "events": events}
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def event(date: str = "2020-01-01", status: str = "active", summary: str = "Starts.", **extra) -> dict:
    return {"date": date, "status": status, "summary": summary, **extra, "sources": [dict(SOURCE)]}


def run(*args, **kwargs):
    return CliRunner().invoke(app, [str(arg) for arg in args], **kwargs)


# --- 1: -o destroys what it writes over -------------------------------------------------------------------


@pytest.fixture
def records(tmp_path) -> Path:
    folder = tmp_path / "records"
    write(folder, "alpha", [event()])
    return folder


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["chart"], ["schema"]])
def test_output_through_a_link_replaces_the_links_target_and_keeps_the_link(records, tmp_path, command):
    """-o through a symbolic link writes the file the link points to; the link stays a link (was: replaced by a
    regular file, its target left as it was)."""
    target = tmp_path / "real.out"
    target.write_text("old")
    link = tmp_path / "link.out"
    link.symlink_to(target)
    result = run(*command, "-o", link, *(["--data", records] if command[0] != "schema" else []))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() != "old" and len(target.read_text()) > 10


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["chart"], ["schema"]])
def test_output_to_a_fifo_writes_through_it(records, tmp_path, command):
    """-o naming a FIFO writes into it, as a shell redirection would, and leaves it a FIFO."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    import threading

    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run(*command, "-o", fifo, *(["--data", records] if command[0] != "schema" else []))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and len(received[0]) > 10


def test_output_to_dev_null_is_written_through(records):
    """-o /dev/null succeeds and /dev/null stays a character device (was: replaced as root, exit 3 otherwise)."""
    result = run("export", "--format", "json", "-o", "/dev/null", "--data", records)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_output_to_a_full_device_is_a_clear_error(records):
    """-o /dev/full (every write fails: no space) is exit 2 with the reason, and /dev/full stays a device."""
    result = run("export", "--format", "json", "-o", "/dev/full", "--data", records)
    assert result.exit_code == 2, result.output
    assert "disk is full" in result.output or "No space" in result.output
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_export_into_a_read_only_folder_is_a_usage_error(records, tmp_path):
    """A folder that cannot be written gives exit 2 naming the file, not an internal error."""
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("export", "--format", "json", "-o", folder / "out.json", "--data", records)
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2 and "out.json" in result.output


def test_failed_write_of_an_export_is_a_usage_error_not_a_crash(records, tmp_path, monkeypatch):
    """A disk that fills up while an export is written: exit 2 with the reason; the old file is intact."""
    import errno

    import timeline.atomic as atomic

    target = tmp_path / "out.json"
    target.write_text("old")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    result = run("export", "--format", "json", "-o", target, "--data", records)
    assert result.exit_code == 2 and "disk is full" in result.output
    assert target.read_text() == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.json", "records"]


# --- 3: a corrupt cache breaks every query ----------------------------------------------------------------


def test_random_bytes_over_the_cache_header_do_not_break_queries(records):
    """200 random bytes over the first bytes of the cache file (the SQLite header): the next queries answer
    right, exit 0 (was: every later state exited 3 until the file was deleted by hand)."""
    expected = run("state", "--on", "2021-01-01", "-f", "json", "--data", records, "--no-cache").output
    assert run("state", "--on", "2021-01-01", "-f", "json", "--data", records).output == expected
    path = location.cache_file([records])
    content = bytearray(path.read_bytes())
    content[0:200] = random.Random(1).randbytes(200)
    path.write_bytes(bytes(content))
    for _ in range(3):
        result = run("state", "--on", "2021-01-01", "-f", "json", "--data", records)
        assert result.exit_code == 0 and result.output == expected


# --- 4: escape-sequence injection -------------------------------------------------------------------------


def test_file_names_are_printed_with_their_control_characters_escaped(tmp_path):
    """A record file whose name holds ESC sequences is reported with them escaped (\\x1b), never raw."""
    folder = tmp_path / "records"
    name = "a\x1b]0;PWNED\x07\x1b[2J.yaml"
    write(folder, "alpha", [event()], file_name=name)
    result = run("validate", folder)
    assert result.exit_code == 1  # id-mismatch
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\\x1b]0;PWNED\\x07" in result.output


def test_github_annotations_escape_file_properties(tmp_path):
    """A file name built to forge a second annotation (`a,line=999\\n::warning file=PWNED::x.yaml`) stays inside
    its own file= property: ',' ':' and line breaks are escaped as GitHub's toolkit escapes them."""
    folder = tmp_path / "records"
    name = "a,line=999\n::warning file=PWNED::x.yaml"
    write(folder, "alpha", [event()], file_name=name)
    result = run("validate", folder, "--format", "github")
    lines = [line for line in result.output.splitlines() if line.startswith("::")]
    assert len(lines) == 1, result.output
    assert "file=" in lines[0] and "%2Cline=999%0A%3A%3Awarning file=PWNED%3A%3Ax.yaml" in lines[0]


def test_a_usage_error_quoting_what_was_typed_prints_no_control_character(records):
    """An unknown policy named with an escape sequence is quoted back escaped."""
    result = run("state", "--data", records, "--policy", "\x1b[2Jx")
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "\\x1b[2Jx" in result.output


# --- 5: CSV formula injection ----------------------------------------------------------------------------


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "=1+1", "@SUM(A1:A2)", "+1-1", "-2+3"]


def test_csv_outputs_neutralise_formulas(tmp_path):
    """Cells starting with = + - @ are written with a leading apostrophe in `export -f csv`, `state -f csv` and
    `log -f csv`, so a spreadsheet shows them as text."""
    folder = tmp_path / "records"
    write(folder, "alpha", [event(summary=formula, set={"note": formula}) for formula in FORMULAS[:1]]
          + [event(date=f"2020-0{n + 2}-01", summary=formula) for n, formula in enumerate(FORMULAS[1:])],
          name=FORMULAS[2])
    out = tmp_path / "csv"
    assert run("export", "--format", "csv", "-o", out, "--data", folder).exit_code == 0
    cells = [cell for name in ("policies.csv", "events.csv") for row in csv.reader(io.StringIO(
        (out / name).read_text())) for cell in row]
    for text in (run("state", "-f", "csv", "--data", folder, "--on", "2021-01-01").output,
                 run("log", "-f", "csv", "--data", folder).output):
        cells += [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert dangerous == []
    assert "'=1+1" in cells and "'@SUM(A1:A2)" in cells and f"'{FORMULAS[0]}" in cells


# --- 6: valid extreme dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_extreme_dates_work_in_every_command(tmp_path, day):
    """Records dated on the first or last day the calendar has: every query, export and the chart answer,
    never with an internal error; the calendar writes four-digit years."""
    folder = tmp_path / "records"
    write(folder, "alpha", [event(date=day), event(date="2020-01-01", summary="Amended."),
                            {"not_after": day, "status": "suspended", "summary": "Maybe paused.",
                             "sources": [dict(SOURCE)]}])
    commands = [["state", "--on", day], ["state", "--on", "2020-06-01"], ["diff", "0001-01-01", "9999-12-31"],
                ["log"], ["show", "alpha"], ["chart"], ["validate"]]
    commands += [["export", "--format", fmt] for fmt in ("json", "ics", "atom")]
    for command in commands:
        result = run(*command, *(["--data", folder] if command[0] != "validate" else [folder]))
        assert result.exit_code in (0, 1), (command, result.output)
        assert "internal error" not in result.output, (command, result.output)
    ics = run("export", "--format", "ics", "--data", folder).output
    assert f"DTSTART;VALUE=DATE:{day.replace('-', '')}" in ics


def test_today_at_the_end_of_the_calendar_is_a_usage_error_for_tomorrow(records, monkeypatch):
    """TIMELINE_TODAY=9999-12-31 with --on tomorrow: exit 2, the date is out of range (was: exit 3)."""
    monkeypatch.setenv("TIMELINE_TODAY", "9999-12-31")
    result = run("state", "--on", "tomorrow", "--data", records)
    assert result.exit_code == 2 and "range" in result.output


# --- 8: memory and time blow-ups ---------------------------------------------------------------------------


def test_an_enormous_list_in_set_is_refused_early(tmp_path):
    """A list of a million items in `set` is refused where it stands (too-large), without building it all."""
    from timeline.records import yamlread

    folder = tmp_path / "records"
    folder.mkdir()
    items = "[" + ", ".join("1" for _ in range(yamlread.MAX_ITEMS + 10)) + "]"
    (folder / "alpha.yaml").write_text(
        "id: alpha\nname: A\nevents:\n  - date: 2020-01-01\n    status: active\n    summary: s\n"
        f"    set: {{big: {items}}}\n    sources: [{{url: 'https://e.org/a', title: A}}]\n")
    result = run("validate", folder)
    assert result.exit_code == 1 and "too-large" in result.output and "alpha.yaml:7:" in result.output


# --- 9: YAML 1.1 conversions in set -----------------------------------------------------------------------


def test_yaml_11_conversions_in_attributes_are_errors(tmp_path):
    """`{time: 12:30, zip: 01234, country: NO, ver: 1.10}` in `set` are yaml-typed errors (they would become
    750, 668, false and 1.1); plain 12, 1.5, true and an ISO date are fine."""
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "alpha.yaml").write_text(
        "id: alpha\nname: A\nevents:\n  - date: 2020-01-01\n    status: active\n    summary: s\n"
        "    set: {time: 12:30, zip: 01234, country: NO, ver: 1.10, n: 12, f: 1.5, b: true, d: 2020-01-02}\n"
        "    sources: [{url: 'https://e.org/a', title: A}]\n")
    report = json.loads(run("validate", folder, "--format", "json").output)
    typed = {problem["message"].split(":")[0] for problem in report["problems"] if problem["code"] == "yaml-typed"}
    assert typed == {f"events[0].set.{key}" for key in ("time", "zip", "country", "ver")}


# --- 10: internal errors for ordinary failures ------------------------------------------------------------


def test_non_numeric_limits_are_usage_errors(records, monkeypatch):
    """TIMELINE_MAX_FILE_BYTES and TIMELINE_CACHE_MAX_MB that are not numbers: exit 2 naming the variable."""
    for variable in ("TIMELINE_MAX_FILE_BYTES", "TIMELINE_CACHE_MAX_MB"):
        monkeypatch.setenv(variable, "lots")
        result = run("state", "--data", records)
        assert result.exit_code == 2 and variable in result.output, result.output
        monkeypatch.delenv(variable)


# --- 11: non-characters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\ufffe", "\uffff", '"\\uFFFE"', '"\\uFDD0"'])
def test_non_characters_are_refused(tmp_path, text):
    """A summary holding U+FFFE or U+FFFF (raw, or as an escape) is an error: the Atom feed could not hold it."""
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "alpha.yaml").write_text(
        "id: alpha\nname: A\nevents:\n  - date: 2020-01-01\n    status: active\n"
        f"    summary: {text if text.startswith(chr(34)) else 'Starts ' + text}\n"
        "    sources: [{url: 'https://e.org/a', title: A}]\n", encoding="utf-8")
    assert run("validate", folder).exit_code == 1


def test_atom_feed_is_well_formed(records):
    """The Atom export parses as XML."""
    ET.fromstring(run("export", "--format", "atom", "--data", records).output.encode())


# --- 12: markdown passes raw HTML ---------------------------------------------------------------------------


def test_markdown_escapes_html_and_markdown(tmp_path):
    """A name holding `</script><script>` or a Markdown link is text in every Markdown output, never markup."""
    folder = tmp_path / "records"
    evil = "</script><script>alert(1)</script> [x](javascript:alert(1))"
    write(folder, "alpha", [event(summary=evil)], name=evil)
    for command in (["state", "--on", "2021-01-01"], ["log"], ["show", "alpha"], ["diff", "2019-01-01", "2021-01-01"]):
        text = run(*command, "-f", "markdown", "--data", folder).output
        assert "<script>" not in text and "</script>" not in text, command
        assert re.search(r"(?<!\\)\]\(javascript", text) is None, command  # brackets escaped: no link
        assert "&lt;script&gt;" in text


# --- 13: diff compares typed values -----------------------------------------------------------------------


def test_diff_sees_numbers_become_booleans(tmp_path):
    """`1 -> true`, `0 -> false`, `[1, 0] -> [true, false]`: changed attributes (equal in Python, not in JSON)."""
    folder = tmp_path / "records"
    write(folder, "alpha", [event(set={"a": 1, "b": 0, "c": [1, 0]}),
                            event(date="2020-06-01", summary="Same values as booleans.",
                                  set={"a": True, "b": False, "c": [True, False]})])
    report = json.loads(run("diff", "2020-02-01", "2020-07-01", "-f", "json", "--data", folder).output)
    assert report["changes"][0]["attributes_changed"] == {"a": [1, True], "b": [0, False],
                                                          "c": [[1, 0], [True, False]]}


# --- 14: entries named like records are skipped silently ------------------------------------------------------


def test_entries_named_like_records_are_problems(tmp_path):
    """A broken link x.yaml, a link loop, a folder named y.yaml and `p3.YAML`: each a problem of its own in
    `validate` (was: skipped, "valid")."""
    folder = tmp_path / "records"
    write(folder, "alpha", [event()])
    (folder / "broken.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "folder.yaml").mkdir()
    write(folder, "p3", [event()], file_name="p3.YAML")
    report = json.loads(run("validate", folder, "--format", "json").output)
    found = {(Path(problem["file"]).name, problem["code"]) for problem in report["problems"]}
    assert {("broken.yaml", "unreadable"), ("loop.yaml", "unreadable"), ("folder.yaml", "unreadable"),
            ("p3.YAML", "file-name")} <= found
    assert not report["valid"]
    assert run("state", "--data", folder).exit_code == 1  # queries refuse them too, cached or not
    assert run("state", "--data", folder, "--no-cache").exit_code == 1


# --- 16: dates, --data '', limits in the cache, the cache's lock ----------------------------------------------


def test_empty_data_path_is_refused(records, monkeypatch):
    """--data '' is a usage error (was: walked the current folder)."""
    monkeypatch.chdir(records)
    result = run("state", "--data", "")
    assert result.exit_code == 2 and "empty" in result.output


def test_the_cache_applies_the_file_size_limit(records, monkeypatch):
    """With TIMELINE_MAX_FILE_BYTES=10 a cached query reports too-large as --no-cache does (was: answered)."""
    assert run("state", "--data", records).exit_code == 0  # cached
    monkeypatch.setenv("TIMELINE_MAX_FILE_BYTES", "10")
    cached, uncached = run("state", "--data", records), run("state", "--data", records, "--no-cache")
    assert cached.exit_code == uncached.exit_code == 1
    assert "too-large" in cached.output and cached.output == uncached.output


def test_corrupt_sqlite_in_a_cache_answers(records):
    """A cache file whose pages were rewritten by another program (valid SQLite, other values) is not read."""
    assert run("state", "--data", records, "--on", "2021-01-01").exit_code == 0
    db = sqlite3.connect(location.cache_file([records]))  # left open: the change stays in the log (-wal)
    with db:
        db.execute("UPDATE segments SET status = 'terminated'")
    result = run("state", "--data", records, "--on", "2021-01-01", "-f", "json")
    db.close()
    assert json.loads(result.output)["policies"][0]["status"] == "active"


def test_extreme_dates_in_diff_and_log_bounds(records):
    """diff up to the calendar's last day and log from its first answer (no overflow)."""
    assert run("diff", "2020-01-01", "9999-12-31", "--data", records).exit_code == 0
    assert run("log", "--since", "0001-01-01", "--until", "9999-12-31", "--data", records).exit_code == 0


@pytest.mark.parametrize("phrase", ["12 1 days ago", "-5 days ago", "1 day", "in 3 days", "3 days from now",
                                    "5 days ago tomorrow"])
def test_dates_in_words_are_never_guessed(records, phrase):
    """Only one day written in words with its year goes to dateparser; anything else is refused, exit 2 (was:
    '12 1 days ago' answered for yesterday, '-5 days ago' for five days ago)."""
    result = run("state", "--data", records, "--on", phrase)
    assert result.exit_code == 2 and "cannot read" in result.output and "N days ago" in result.output


@pytest.mark.parametrize(("phrase", "day"), [("March 4, 2021", "2021-03-04"), ("the 4th of July 2021", "2021-07-04"),
                                             ("Thu 4 Mar. 2021", "2021-03-04"), ("sept 1 2023", "2023-09-01")])
def test_one_day_in_words_is_read(records, phrase, day):
    result = run("state", "--data", records, "--on", phrase, "-f", "json")
    assert result.exit_code == 0 and json.loads(result.output)["on"] == day


# --- second red-team pass: nothing in the data folder is skipped or waited on silently ----------------------


@pytest.mark.parametrize("cache", [True, False])
def test_a_folder_that_cannot_be_listed_is_an_error_not_a_silent_omission(tmp_path, monkeypatch, cache):
    """A subfolder timeline cannot list may hold records: `validate` and the queries report it (error
    `unreadable`) instead of answering without its policies."""
    folder = tmp_path / "records"
    write(folder, "alpha", [event()])
    write(folder / "us", "beta", [event()])
    locked = str(folder / "us")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    checked = run("validate", folder)
    assert checked.exit_code == 1, checked.output
    assert "error[unreadable]: cannot read folder: Permission denied" in checked.output
    assert "chmod u+rx" in checked.output
    answer = run("state", "--data", folder, *([] if cache else ["--no-cache"]))
    assert answer.exit_code == 1, answer.output
    assert "alpha" not in answer.stdout


@pytest.mark.parametrize("command", [["validate"], ["state", "--data"], ["state", "--no-cache", "--data"]])
def test_a_pipe_or_a_link_to_a_device_named_like_a_record_is_refused_not_read(tmp_path, command):
    """A FIFO named like a record made `validate` and `state` wait forever, and a link to /dev/zero read without
    end: both are `unreadable` errors (the test runs the command in a process with a time limit)."""
    import subprocess
    import sys

    folder = tmp_path / "records"
    write(folder, "alpha", [event()])
    os.mkfifo(folder / "pipe.yaml")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    result = subprocess.run([sys.executable, "-m", "timeline", *command, str(folder)], capture_output=True,
                            text=True, timeout=60, env=dict(os.environ, TIMELINE_MAX_FILE_BYTES="100000000"))
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("not a regular file") + result.stderr.count("not a regular file") == 2


def test_a_review_file_is_read_within_the_size_limit(tmp_path, monkeypatch):
    """`accept /dev/zero` read until memory ran out; it is now refused at the limit of a record file."""
    monkeypatch.setenv("TIMELINE_MAX_FILE_BYTES", "100000")
    folder = tmp_path / "records"
    write(folder, "alpha", [event()])
    result = run("accept", "/dev/zero", "--data", folder)
    assert result.exit_code == 2, result.output
    assert "larger than 100,000 bytes" in result.stderr


@pytest.mark.parametrize("args", [["chart"], ["export", "-f", "json"], ["export", "-f", "csv"], ["site"], ["schema"]])
def test_an_empty_output_path_is_refused_not_taken_for_the_current_folder(records, tmp_path, monkeypatch, args):
    """`-o "$OUT"` with OUT unset wrote into the current folder (and replaced its index.html)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "index.html").write_text("mine")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run(*args, "-o", "", *([] if args == ["schema"] else ["--data", records]))
    assert result.exit_code == 2, result.output
    assert "-o is empty" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "index.html").read_text() == "mine"


def test_a_writer_of_several_files_writes_all_or_none(records, tmp_path):
    """`export -f csv` into a folder whose events.csv is a folder wrote policies.csv and then failed; `site` into
    a folder whose policies is a file or a dangling link was an internal error."""
    out = tmp_path / "csv"
    (out / "events.csv").mkdir(parents=True)
    result = run("export", "-f", "csv", "-o", out, "--data", records)
    assert result.exit_code == 2, result.output
    assert sorted(p.name for p in out.iterdir()) == ["events.csv"]
    for name, make in (("file", lambda p: p.write_text("x")), ("link", lambda p: p.symlink_to(tmp_path / "none"))):
        site = tmp_path / f"site-{name}"
        site.mkdir()
        make(site / "policies")
        result = run("site", "-o", site, "--data", records)
        assert result.exit_code == 2, result.output
        assert "policies" in result.stderr
        assert not (site / "index.html").exists()


@pytest.mark.parametrize("value", ["inf", "1e400", "-1", "nan"])
def test_an_unbounded_cache_size_is_a_usage_error(records, monkeypatch, value):
    """TIMELINE_CACHE_MAX_MB=inf was an internal error (OverflowError) on every query and on `cache info`."""
    monkeypatch.setenv("TIMELINE_CACHE_MAX_MB", value)
    for args in (["state", "--data", records], ["cache", "info"]):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert "TIMELINE_CACHE_MAX_MB" in result.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another owner needs root")
@pytest.mark.parametrize("command", ["fmt", "accept", "export"])
def test_a_rewritten_file_keeps_its_owner_and_group(records, tmp_path, command):
    """Writers replace a file by a new one: it was given the writer's owner and group, so the file's owner could
    no longer write it, or its group lost access."""
    record = records / "alpha.yaml"
    if command == "fmt":
        write(records, "alpha", [event("2021-01-01", "terminated", "Ends."), event()])  # out of order
        target, args = record, ["fmt", records]
    elif command == "accept":
        review = tmp_path / "review.yaml"
        review.write_text(yaml.safe_dump({"candidates": [{"n": 1, "policy": "alpha",
                                                          "event": event("2021-01-01", "terminated", "Ends.")}]}))
        target, args = record, ["accept", review, "--data", records]
    else:
        target = tmp_path / "out.json"
        target.write_text("{}")
        args = ["export", "-f", "json", "-o", target, "--data", records]
    os.chown(target, 65534, 65534)
    os.chmod(target, 0o664)
    result = run(*args)
    assert result.exit_code == 0, result.output
    info = target.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o664)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files, as a shell's > would")
def test_a_read_only_output_is_not_replaced(records, tmp_path):
    """`export -o` replaced a file its owner had made read-only; a shell redirection would have failed."""
    target = tmp_path / "out.json"
    target.write_text("{}")
    target.chmod(0o444)
    result = run("export", "-f", "json", "-o", target, "--data", records)
    assert result.exit_code == 2, result.output
    assert "read-only" in result.stderr
    assert target.read_text() == "{}"


def test_a_timelinejs_group_label_carries_no_markup_even_decoded_once(tmp_path):
    """`group` (the policy's name) was written raw, and TimelineJS writes it into the page as HTML (recent
    releases decode it once first): no '<' in it, as written or decoded once."""
    import html

    folder = tmp_path / "records"
    write(folder, "evil", [event()], name="&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(2)>")
    result = run("export", "-f", "timelinejs", "--data", folder)
    assert result.exit_code == 0, result.output
    groups = [slide["group"] for slide in json.loads(result.output)["events"]]
    assert groups and all("<" not in label and "<" not in html.unescape(label) for label in groups)
    assert "img src=x onerror=alert(2)" in html.unescape(html.unescape(groups[0]))


def test_output_to_dev_stdout_through_a_pipe_is_written_through(records):
    """`-o /dev/stdout | cat` said "cannot write /proc/PID/fd/pipe:[N]": the link's target is no path."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "timeline", "export", "-f", "ics", "-o", "/dev/stdout", "--data",
                             str(records)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize("args", [["validate", "/dev/zero"], ["state", "--data", "/dev/null"],
                                  ["extract", "/dev/null"]])
def test_a_path_that_exists_but_is_no_file_is_named_so(args):
    """`--data /dev/null` and `validate /dev/zero` said "no such file or folder": they exist."""
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "is not a regular file" in result.stderr and "no such file" not in result.stderr


def test_extract_reads_a_pipe_given_by_name(tmp_path, records):
    """`timeline extract <(curl ...)`: a named pipe is read (within the size limit), as standard input is."""
    import subprocess
    import sys
    import threading

    pipe = tmp_path / "article.fifo"
    os.mkfifo(pipe)

    def feed():
        with open(pipe, "w", encoding="utf-8") as out:
            out.write("Title: T\n\nThe administration ended the Alpha program on Monday.\n")

    writer = threading.Thread(target=feed)
    writer.start()
    result = subprocess.run([sys.executable, "-m", "timeline", "extract", "--published", "2025-01-23", "--data",
                             str(records), "-f", "json", str(pipe)], capture_output=True, text=True, timeout=60)
    writer.join(timeout=10)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["title"] == "T"


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-1"])
def test_a_time_limit_that_is_no_positive_number_is_refused(value):
    """`--time-limit nan` or `inf` turned the limit off without a word; 0 and negatives found nothing."""
    result = CliRunner().invoke(app, ["extract", f"--time-limit={value}", "-"], input="MPP ended.\n")
    assert result.exit_code == 2, result.output
    assert "--time-limit" in result.stderr


def test_validate_of_a_folder_without_records_says_so(tmp_path):
    """An empty or mistyped folder printed '0 file(s) checked: valid' and nothing else."""
    result = run("validate", tmp_path)
    assert result.exit_code == 0
    assert "no record files" in result.stderr


@pytest.mark.parametrize("option", ["--source-url", "--license-url"])
def test_a_link_given_on_the_command_line_must_be_http(records, tmp_path, option):
    """`site --source-url 'javascript:alert(1)'` became a link in every page and in Datasette's metadata."""
    result = run("site", "-o", tmp_path / "site", "--data", records, option, "javascript:alert(1)")
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "site").exists()


def test_a_huge_maximum_file_size_is_a_usage_error():
    """TIMELINE_MAX_FILE_BYTES=10**23 was an internal error (OverflowError) when a file was read."""
    result = CliRunner().invoke(app, ["extract", "-"], input="MPP ended.\n",
                                env={"TIMELINE_MAX_FILE_BYTES": "99999999999999999999999"})
    assert result.exit_code == 2, result.output
    assert "TIMELINE_MAX_FILE_BYTES" in result.stderr


def test_a_date_in_year_zero_gets_a_hint_about_the_year(tmp_path):
    """`date: 0000-01-01` got the hint '0-01 has 31 days'."""
    folder = tmp_path / "records"
    write(folder, "alpha", [event("0000-01-01")])
    result = run("validate", folder)
    assert result.exit_code == 1
    assert "there is no year 0" in result.output and "has 31 days" not in result.output


def test_an_id_with_a_lookalike_letter_names_it(tmp_path):
    """id 'еvil' (a Cyrillic е) got "did you mean 'vil'?"; the hint names the letter that is not ASCII."""
    folder = tmp_path / "records"
    write(folder, "\u0435vil", [event()], file_name="evil.yaml")
    result = run("validate", folder)
    assert result.exit_code == 1
    assert "U+0435 CYRILLIC SMALL LETTER IE" in result.output and "did you mean 'vil'" not in result.output

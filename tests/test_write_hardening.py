"""The write path under the red-team pass of issue 15: no lost updates between writers given different data paths,
symbolic links written through, line ends and block scalars kept, and ordinary failures (permissions, a full
disk, bad bytes, bad settings) reported as errors that name the file and what to do, never as internal errors."""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from extract_support import CBP_ONE, REMAIN_IN_MEXICO
from typer.testing import CliRunner

from timeline.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def candidates(folder: Path, *events: dict, policy: str = "cbp-one") -> Path:
    path = folder / "review.yaml"
    items = [{"n": number, "policy": policy, "event": item} for number, item in enumerate(events, 1)]
    path.write_text(yaml.safe_dump({"candidates": items}, sort_keys=False))
    return path


def later_event(day: str = "2025-06-01", slug: str = "later") -> dict:
    return {"date": day, "status": "active", "action": "resumed", "summary": f"Scheduling is back ({slug}).",
            "sources": [{"url": f"https://example.org/{slug}", "title": f"Back {slug}", "publisher": "Example",
                         "published": day}]}


def out_of_order(text: str) -> str:
    """CBP_ONE with its two events swapped (fmt has work to do)."""
    head, first, second = text.split("  - date: ")
    first_body = "  - date: " + first.split("\n\n  # the end of scheduling\n")[0] + "\n"
    return head + "  # the end of scheduling\n  - date: " + second + "\n" + first_body


# --- one writer at a time, whatever path each was given (issue 15, item 2) ------------------------------------


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    """sub/data holding the record in a subfolder: sub/data/nested/cbp-one.yaml."""
    folder = tmp_path / "sub" / "data" / "nested"
    folder.mkdir(parents=True)
    (folder / "cbp-one.yaml").write_text(CBP_ONE)
    return folder / "cbp-one.yaml"


def _timeline(*args: str | Path, **env: str) -> list[str]:
    return [sys.executable, "-m", "timeline", *map(str, args)]


def _env(**extra: str) -> dict:
    return dict(os.environ, **extra)


def test_a_writer_through_another_data_path_waits_for_the_lock_on_the_record(nested, tmp_path, monkeypatch):
    """While `accept --data sub/data` holds its lock (paused before its rename), `accept --data sub/data/nested`
    and `fmt sub/data` on the same record wait and give up with exit 2; the first write then completes alone."""
    data = nested.parent.parent
    ready = tmp_path / "ready"
    first = subprocess.Popen(_timeline("accept", candidates(tmp_path, later_event()), "--data", data),
                             env=_env(TIMELINE_TEST_PAUSE_WRITE=f"before-replace:{ready}"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready.exists(), first.communicate()
        monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", "0.3")
        other = tmp_path / "other"
        other.mkdir()
        second = runner.invoke(app, ["accept", str(candidates(other, later_event("2025-07-01", "other"))),
                                     "--data", str(nested.parent)])
        assert second.exit_code == 2, second.output
        assert "another timeline process is writing" in second.stderr
        nested.write_bytes(nested.read_bytes())  # same bytes: fmt would have nothing to do ...
        formatting = runner.invoke(app, ["fmt", str(data)])
        assert formatting.exit_code in (0, 2), formatting.output  # ... so it may finish without the lock
        assert nested.read_text() == CBP_ONE
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    assert nested.read_text() == CBP_ONE  # killed before its rename: the old bytes


def test_fmt_waits_for_an_accept_that_holds_the_lock_through_another_path(tmp_path, monkeypatch):
    """`fmt` on a record that needs formatting gives up (exit 2) while `accept --data sub/data` holds the lock
    of the record in sub/data/nested, and leaves the file as it was."""
    folder = tmp_path / "sub" / "data" / "nested"
    folder.mkdir(parents=True)
    record = folder / "cbp-one.yaml"
    record.write_text(out_of_order(CBP_ONE))
    ready = tmp_path / "ready"
    first = subprocess.Popen(_timeline("accept", candidates(tmp_path, later_event()), "--data", folder.parent),
                             env=_env(TIMELINE_TEST_PAUSE_WRITE=f"before-replace:{ready}"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready.exists(), first.communicate()
        monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", "0.3")
        result = runner.invoke(app, ["fmt", str(tmp_path / "sub" / "data")])
        assert result.exit_code == 2, result.output
        assert "another timeline process is writing" in result.stderr
        assert record.read_text() == out_of_order(CBP_ONE)
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()


def test_parallel_accepts_through_two_data_paths_and_fmt_keep_every_event(nested, tmp_path):
    """Twelve accepts at once, alternating --data sub/data and --data sub/data/nested, with fmt runs among them:
    every accepted event is in the record at the end, and it validates."""
    data = nested.parent.parent
    nested.write_text(out_of_order(CBP_ONE))  # gives the first fmt something to write
    processes = []
    for number in range(12):
        folder = tmp_path / f"review-{number}"
        folder.mkdir()
        day = f"{2030 + number}-01-01"
        path = candidates(folder, later_event(day, f"event-{number}"))
        where = data if number % 2 else nested.parent
        processes.append(subprocess.Popen(_timeline("accept", path, "--data", where, "--force"),
                                          env=_env(TIMELINE_LOCK_TIMEOUT="120"), stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE))
        if number % 4 == 0:
            processes.append(subprocess.Popen(_timeline("fmt", data), env=_env(TIMELINE_LOCK_TIMEOUT="120"),
                                              stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, (out, err)
    events = yaml.safe_load(nested.read_text())["events"]
    assert sorted(str(e["date"]) for e in events if str(e["date"]) >= "2030") == [f"{2030 + n}-01-01"
                                                                                for n in range(12)]
    assert len(events) == 14
    assert runner.invoke(app, ["validate", str(data)]).exit_code == 0


# --- symbolic links (item 7) ---------------------------------------------------------------------------------


def test_accept_and_fmt_write_through_a_symlinked_record_to_its_target(tmp_path):
    """A record that is a symbolic link stays a link; accept and fmt change its target."""
    real = tmp_path / "elsewhere" / "cbp-one.yaml"
    real.parent.mkdir()
    real.write_text(out_of_order(CBP_ONE))
    folder = tmp_path / "policies"
    folder.mkdir()
    link = folder / "cbp-one.yaml"
    link.symlink_to(os.path.relpath(real, folder))
    result = runner.invoke(app, ["fmt", str(folder)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and real.read_text() == CBP_ONE
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and "2025-06-01" in real.read_text()
    assert real.read_text().startswith(CBP_ONE)


# --- line ends and block scalars (item 15) -------------------------------------------------------------------


KEEP_AT_END = CBP_ONE + "    note: |+\n      kept with its blank line\n\n"


def test_fmt_accepts_a_valid_file_whose_last_key_is_a_keep_block_scalar(tmp_path):
    """A `|+` scalar at the end keeps its blank line: the file is canonical, fmt neither refuses nor changes it."""
    path = tmp_path / "cbp-one.yaml"
    path.write_text(KEEP_AT_END)
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    result = runner.invoke(app, ["fmt", "--check", str(path)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["fmt", str(path)]).exit_code == 0
    assert path.read_text() == KEEP_AT_END


def test_fmt_moves_an_event_with_a_keep_block_scalar_whole(tmp_path):
    """An event whose last key keeps its final blank lines moves with them; its value is unchanged."""
    text = out_of_order(CBP_ONE).replace("    sources:\n      - url: https://example.org/cbp-one-end",
                                         "    note: |+\n      two lines kept\n\n    sources:\n"
                                         "      - url: https://example.org/cbp-one-end")
    text = text.replace("        published: 2025-01-20\n",
                        "        published: 2025-01-20\n    authority: |+\n      DHS\n\n")
    path = tmp_path / "cbp-one.yaml"
    path.write_text(text)
    before = yaml.safe_load(text)
    result = runner.invoke(app, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    after = yaml.safe_load(path.read_text())
    assert after["events"] == sorted(before["events"], key=lambda e: e["date"])
    assert after["events"][1]["authority"].startswith("DHS\n\n")
    assert runner.invoke(app, ["fmt", "--check", str(path)]).exit_code == 0


def test_fmt_turns_lone_carriage_returns_into_line_feeds(tmp_path):
    """A file with lone CR line ends validates, and fmt gives it LF line ends (and orders it)."""
    path = tmp_path / "cbp-one.yaml"
    path.write_bytes(out_of_order(CBP_ONE).replace("\n", "\r").encode())
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0
    result = runner.invoke(app, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    assert "line ends" in result.stdout
    assert path.read_text() == CBP_ONE


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_accept_into_a_file_keeps_its_line_ends(tmp_path, newline):
    """accept writes the new event with the file's own line ends (CRLF or CR), every old byte kept."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    old = CBP_ONE.replace("\n", newline).encode()
    record.write_bytes(old)
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)])
    assert result.exit_code == 0, result.output
    data = record.read_bytes()
    assert data.startswith(old)
    text = data.decode()
    assert text.count(newline) == len(text.replace(newline, "\n").splitlines())
    if newline == "\r\n":
        assert text.count("\n") == text.count("\r\n")
    else:
        assert "\n" not in text


def test_accept_keeps_a_byte_order_mark_and_fmt_names_it(tmp_path):
    """accept leaves a UTF-8 byte order mark where it is (untouched bytes are kept); fmt removes it and says so."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    old = b"\xef\xbb\xbf" + CBP_ONE.encode()
    record.write_bytes(old)
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)])
    assert result.exit_code == 0, result.output
    assert record.read_bytes().startswith(old)
    formatting = runner.invoke(app, ["fmt", str(folder)])
    assert formatting.exit_code == 0 and "byte order mark" in formatting.stdout
    assert record.read_bytes().startswith(CBP_ONE.encode())


def test_accept_refuses_a_record_that_mixes_line_ends(tmp_path):
    """A record with CRLF and LF lines is refused with the way out (fmt), not written with a third style."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    mixed = CBP_ONE.replace("\n", "\r\n", 3).encode()
    record.write_bytes(mixed)
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)])
    assert result.exit_code == 1
    assert "mixes line ends" in result.stderr and "timeline fmt" in result.stderr
    assert record.read_bytes() == mixed


# --- where the events are (the scan that replaced yaml.compose) ---------------------------------------------


EDGE = """\
id: edge
name: Edge   # a comment
events:
  # first
  - {date: 2020-01-02, status: active, summary: "Flow, on one line.", sources: [{url: "https://e.org/a", title: A}]}
  - date: 2020-01-01
    status: active
    summary: |
      # not a comment: text of a block scalar
      - nor a list item
    sources: [{url: "https://e.org/b", title: B}]

  - date: 2020-01-03
    status: active
    note: |+
      kept

    sources:
      - url: https://e.org/c
        title: >-
          C
    # a trailing comment inside the event
context: []
"""


@pytest.mark.parametrize("path", sorted((ROOT / "policies").glob("*.yaml")) + [None], ids=lambda p: p and p.name)
def test_each_block_holds_exactly_its_event_and_the_gaps_only_blanks_and_comments(path):
    """Every block, read alone, is its event; between and around the blocks there are only blank lines and
    comments (the shipped records and a file of edge cases: flow items, block scalars with '#' and '- ' lines,
    `|+`, comments)."""
    from timeline.records.blocks import layout

    text = path.read_text() if path is not None else EDGE
    events = yaml.safe_load(text)["events"]
    shape = layout(text, "x.yaml")
    assert [block.index for block in shape.blocks] == list(range(len(events)))
    for block in shape.blocks:
        assert yaml.safe_load(text[block.start:block.end]) == [events[block.index]]
    for first, second in zip(shape.blocks, shape.blocks[1:], strict=False):
        assert all(not line.strip() or line.strip().startswith("#")
                   for line in text[first.end:second.start].splitlines())


# --- ordinary failures are errors, not bugs (item 10) --------------------------------------------------------


def test_accept_into_a_record_holding_a_latin1_byte_is_refused_naming_the_file(tmp_path):
    """A record that is not UTF-8 is refused (exit 1) with the file, the byte and what to do; fmt reports it."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    data = CBP_ONE.replace("Example\n", "Caf\xe9\n", 1).encode("latin-1")
    record.write_bytes(data)
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)])
    assert result.exit_code == 1, result.output
    assert "cbp-one.yaml" in result.stderr and "not valid UTF-8" in result.stderr and "save" in result.stderr
    formatting = runner.invoke(app, ["fmt", str(folder)])
    assert formatting.exit_code == 1 and "not valid UTF-8" in formatting.stderr
    assert record.read_bytes() == data


@pytest.mark.parametrize("command", ["accept", "fmt"])
@pytest.mark.parametrize("value", ["abc", "nan", "-1"])
def test_a_lock_timeout_that_is_not_a_number_of_seconds_is_a_usage_error(tmp_path, monkeypatch, command, value):
    """TIMELINE_LOCK_TIMEOUT=abc is exit 2 naming the variable and what to set, for accept and fmt."""
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "cbp-one.yaml").write_text(out_of_order(CBP_ONE))
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", value)
    args = (["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)] if command == "accept"
            else ["fmt", str(folder)])
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert f"TIMELINE_LOCK_TIMEOUT is '{value}'" in result.stderr and "e.g. TIMELINE_LOCK_TIMEOUT=10" in result.stderr


@pytest.mark.parametrize("command", ["accept", "fmt"])
@pytest.mark.parametrize("where", ["create", "fsync"])
def test_a_full_disk_under_accept_or_fmt_is_an_error_and_the_record_is_unchanged(tmp_path, monkeypatch, where,
                                                                                  command):
    """No room for a new file in the data folder, or the disk filling while the new text is flushed: exit 2,
    the record named with 'the disk is full', the old bytes kept, no temporary file left."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    old = CBP_ONE if command == "accept" else out_of_order(CBP_ONE)
    record.write_text(old)
    args = ["accept", str(candidates(tmp_path, later_event())), "--data", str(folder)] if command == "accept" \
        else ["fmt", str(folder)]
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    if where == "create":
        real_os_open, real_open = os.open, open

        def os_open(path, flags, *args, **kwargs):
            if flags & os.O_CREAT and str(path).startswith(str(folder)):
                raise full
            return real_os_open(path, flags, *args, **kwargs)

        def builtin_open(path, mode="r", *args, **kwargs):
            if any(letter in mode for letter in "wax+") and str(path).startswith(str(folder)):
                raise full
            return real_open(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr("builtins.open", builtin_open)
    else:
        def fsync(descriptor):
            raise full

        monkeypatch.setattr(os, "fsync", fsync)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "cbp-one.yaml" in result.stderr and "disk is full" in result.stderr
    assert "internal error" not in result.output
    assert record.read_text() == old
    assert sorted(p.name for p in folder.iterdir()) == ["cbp-one.yaml"]


def _without_file_permission_override():
    """In the child, before it runs: root keeps its uid but loses the capabilities that bypass file permissions
    (and does not regain them at exec), so permission bits apply to it as to anyone."""
    libc = ctypes.CDLL(None, use_errno=True)
    secure = 0x01 | 0x02 | 0x04 | 0x08  # SECBIT_NOROOT(_LOCKED), SECBIT_NO_SETUID_FIXUP(_LOCKED)
    if libc.prctl(28, secure, 0, 0, 0) != 0:  # PR_SET_SECUREBITS
        raise OSError(ctypes.get_errno(), "prctl")

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]

    if libc.capset(ctypes.byref(Header(0x20080522, 0)), (Data * 2)()) != 0:  # _LINUX_CAPABILITY_VERSION_3
        raise OSError(ctypes.get_errno(), "capset")


def run_as_ordinary_user(*args: str | Path) -> subprocess.CompletedProcess:
    """The command in a new process to which file permissions apply (as root: without the override)."""
    preexec = _without_file_permission_override if os.geteuid() == 0 else None
    try:
        return subprocess.run(_timeline(*args), capture_output=True, text=True, preexec_fn=preexec,
                              env=_env(TIMELINE_LOCK_TIMEOUT="1"), timeout=120)
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot drop root's permission override here: {exc}")


@pytest.fixture
def shut(tmp_path):
    """A records folder whose record or folder permissions are closed for the test, and opened again after."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    record.write_text(out_of_order(CBP_ONE))
    yield folder, record
    folder.chmod(0o755)
    record.chmod(0o644)


@pytest.mark.parametrize("command", ["accept", "fmt", "fmt --check"])
def test_an_unreadable_record_is_an_error_naming_it(shut, tmp_path, command):
    """A chmod-000 record under accept or fmt: exit 2, the file named, and to check its permissions."""
    folder, record = shut
    record.chmod(0)
    args = (["accept", candidates(tmp_path, later_event()), "--data", folder] if command == "accept"
            else [*command.split(), folder])
    result = run_as_ordinary_user(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "cbp-one.yaml" in result.stderr and "Permission denied" in result.stderr
    assert "permissions" in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize("command", ["accept", "fmt"])
def test_a_read_only_records_folder_is_an_error_naming_the_file(shut, tmp_path, command):
    """A record in a read-only folder cannot be replaced: exit 2, the file named, and what to check."""
    folder, record = shut
    folder.chmod(0o555)
    args = (["accept", candidates(tmp_path, later_event()), "--data", folder] if command == "accept"
            else ["fmt", folder])
    before = record.read_bytes()
    result = run_as_ordinary_user(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "cbp-one.yaml" in result.stderr and "permissions" in result.stderr
    assert "internal error" not in result.stderr
    assert record.read_bytes() == before


# --- the id-mismatch hint (item 15) --------------------------------------------------------------------------


def test_the_id_mismatch_hint_never_suggests_an_invalid_id(tmp_path):
    """A file named UP.yaml holding id 'up' is told to rename the file, not to 'set id: UP'; a file whose name is
    a valid id is offered both."""
    (tmp_path / "UP.yaml").write_text(REMAIN_IN_MEXICO.replace("id: remain-in-mexico", "id: up"))
    (tmp_path / "other.yaml").write_text(REMAIN_IN_MEXICO)
    result = runner.invoke(app, ["validate", str(tmp_path), "--format", "json"])
    hints = {p["file"].rsplit("/", 1)[-1]: p["hint"] for p in yaml.safe_load(result.stdout)["problems"]
             if p["code"] == "id-mismatch"}
    assert hints["UP.yaml"] == "rename the file to up.yaml"
    assert hints["other.yaml"] == "rename the file to remain-in-mexico.yaml or set id: other"


# --- an edit made while a writer works is never lost (second red-team pass) -----------------------------------


def _edit_while_paused(command: list[str], record: Path, tmp_path: Path, edit) -> subprocess.CompletedProcess:
    """Run `command` paused before its rename, replace the record as an editor would (`sed -i`: a new file
    renamed over it, without timeline's lock), then let the command go on."""
    ready = tmp_path / "ready"
    process = subprocess.Popen(command, env=_env(TIMELINE_TEST_PAUSE_WRITE=f"before-replace:{ready}"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert ready.exists(), process.communicate()
        edited = record.with_name(record.name + ".sed")
        edited.write_text(edit(record.read_text()))
        os.replace(edited, record)
        ready.unlink()
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return subprocess.CompletedProcess(command, process.returncode, out, err)


@pytest.mark.parametrize("command", ["accept", "fmt"])
def test_an_edit_made_while_a_writer_works_is_kept(tmp_path, command):
    """`accept` and `fmt` hold timeline's lock, but an editor does not: a record changed between their read and
    their rename is left as the editor wrote it, and the command says so and fails."""
    folder = tmp_path / "data"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    record.write_text(out_of_order(CBP_ONE) if command == "fmt" else CBP_ONE)
    args = (["accept", candidates(tmp_path, later_event()), "--data", folder] if command == "accept"
            else ["fmt", folder])
    result = _edit_while_paused(_timeline(*args), record, tmp_path,
                                lambda text: text.replace("name: CBP One", "name: CBP One EDITED", 1))
    assert "CBP One EDITED" in record.read_text()
    assert "later" not in record.read_text()
    assert result.returncode != 0, (result.stdout, result.stderr)
    assert "changed while timeline was working on it" in result.stdout + result.stderr
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_accept_keeps_every_key_and_value_a_candidate_gives(tmp_path):
    """A `set` key starting with '#' became a comment, a URL with '?' in a list was written plain where PyYAML's
    own parser (and yamllint) refuse it, and `ignore:` on an event or a source was dropped: each is now written
    so that both parsers read back exactly what the candidate said."""
    folder = tmp_path / "data"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    record.write_text(CBP_ONE)
    event = later_event()
    event["set"] = {"#x": 5, "a: b": 1, "other": 6, "guidance": ["https://example.gov/page?id=3", "plain"]}
    del event["sources"][0]["published"]  # source-incomplete, which the reviewer silences with its reason
    event["sources"][0]["ignore"] = {"source-incomplete": "the page shows no date"}
    event["ignore"] = {"action-status": "a test of ignore on an event"}
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, event)), "--data", str(folder)])
    assert result.exit_code == 0, result.output
    for loader in (yaml.SafeLoader, yaml.CSafeLoader):
        written = yaml.load(record.read_text(), Loader=loader)  # noqa: S506 - both are safe loaders
        added = next(item for item in written["events"] if item["date"].isoformat() == "2025-06-01")
        assert added["set"] == event["set"]
        assert added["ignore"] == event["ignore"]
        assert added["sources"][0]["ignore"] == event["sources"][0]["ignore"]
    checked = runner.invoke(app, ["validate", str(folder)])
    assert "warning[source-incomplete]" not in checked.output


def test_accept_keeps_the_spaces_and_line_breaks_of_a_quote_and_a_note(tmp_path):
    """A source's quote is verbatim and a note may have paragraphs: accept wrote both with their whitespace
    collapsed ('ports:  San Ysidro' lost a space; a two-line note became one line)."""
    folder = tmp_path / "data"
    folder.mkdir()
    record = folder / "cbp-one.yaml"
    record.write_text(CBP_ONE)
    event = later_event()
    event["note"] = "First paragraph.\n\nSecond paragraph."
    event["sources"][0]["quote"] = "open at ports:  San Ysidro and Calexico"
    result = runner.invoke(app, ["accept", str(candidates(tmp_path, event)), "--data", str(folder)])
    assert result.exit_code == 0, result.output
    written = yaml.safe_load(record.read_text())
    added = next(item for item in written["events"] if item["date"].isoformat() == "2025-06-01")
    assert added["note"] == event["note"]
    assert added["sources"][0]["quote"] == event["sources"][0]["quote"]

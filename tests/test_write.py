"""Safe writes: accept and fmt keep bytes, refuse bad or duplicate events, survive a killed writer."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from extract_support import CBP_ONE, FIXTURES, records_dir  # noqa: F401
from typer.testing import CliRunner

from timeline.atomic import write_bytes as atomic_write
from timeline.cli import app
from timeline.records.write import canonical, locked

runner = CliRunner()
SEED = FIXTURES / "seed_rio_times.txt"

NEW_EVENT = """\
  - date: 2024-08-23
    status: active
    action: expanded
    summary: Requests allowed from Chiapas and Tabasco.
    sources:
      - url: https://example.org/expansion
        title: Wider area
        provenance: extracted
"""


def candidates_file(tmp_path: Path, event: dict, policy: str = "cbp-one", n: int = 1) -> Path:
    path = tmp_path / "candidates.yaml"
    path.write_text(yaml.safe_dump({"candidates": [{"n": n, "policy": policy, "event": event}]}, sort_keys=False))
    return path


def expansion() -> dict:
    return {"date": "2024-08-23", "status": "active", "action": "expanded",
            "summary": "Requests allowed from Chiapas and Tabasco.",
            "sources": [{"url": "https://example.org/expansion", "title": "Wider area", "provenance": "extracted"}]}


def test_accept_inserts_the_event_text_and_keeps_every_other_byte(records_dir, tmp_path):  # noqa: F811
    """The new event goes between the 2023 and 2025 events, above the 2025 comment; nothing else changes."""
    target = records_dir / "cbp-one.yaml"
    target.chmod(0o640)
    # --force: this test is about bytes, not about extraction's verdict on an expansion in mid-history
    result = runner.invoke(app, ["accept", str(candidates_file(tmp_path, expansion())), "--data", str(records_dir),
                                 "--force"])
    assert result.exit_code == 0, result.output
    anchor = "  # the end of scheduling\n"
    expected = CBP_ONE.replace(anchor, NEW_EVENT + "\n" + anchor)
    assert target.read_bytes() == expected.encode()
    assert target.stat().st_mode & 0o777 == 0o640
    assert "accepted 1: cbp-one" in result.stdout


def test_accept_appends_at_the_end_when_latest(records_dir, tmp_path):  # noqa: F811
    """An event later than every other one is appended after the last event, with the same spacing."""
    event = dict(expansion(), date="2025-03-10", status="terminated", action="rebranded", summary="Renamed.")
    result = runner.invoke(app, ["accept", str(candidates_file(tmp_path, event)), "--data", str(records_dir),
                                 "--force"])
    assert result.exit_code == 0, result.output
    text = (records_dir / "cbp-one.yaml").read_text()
    assert text.startswith(CBP_ONE)
    assert text[len(CBP_ONE):].startswith("\n  - date: 2025-03-10\n")


def test_accept_refuses_a_missing_url(records_dir, tmp_path):  # noqa: F811
    """A candidate whose source url was not filled in is refused and the record untouched."""
    event = expansion()
    event["sources"][0]["url"] = None
    result = runner.invoke(app, ["accept", str(candidates_file(tmp_path, event)), "--data", str(records_dir)])
    assert result.exit_code == 1
    assert "url is not filled in" in result.output
    assert (records_dir / "cbp-one.yaml").read_text() == CBP_ONE


def test_accept_refuses_duplicates(records_dir, tmp_path):  # noqa: F811
    """An event with the date and status of one already there is refused."""
    event = dict(expansion(), date="2025-01-20", status="terminated", action="terminated")
    result = runner.invoke(app, ["accept", str(candidates_file(tmp_path, event)), "--data", str(records_dir)])
    assert result.exit_code == 1
    assert "duplicate" in result.output
    assert (records_dir / "cbp-one.yaml").read_text() == CBP_ONE


def test_accept_refuses_what_would_make_the_record_invalid(records_dir, tmp_path):  # noqa: F811
    """Suspending a terminated policy fails validation, so nothing is written."""
    event = dict(expansion(), date="2025-02-01", status="suspended", action="suspended")
    result = runner.invoke(app, ["accept", str(candidates_file(tmp_path, event)), "--data", str(records_dir),
                                 "--force"])
    assert result.exit_code == 1
    assert "would be invalid" in result.output
    assert (records_dir / "cbp-one.yaml").read_text() == CBP_ONE


def test_accept_only_takes_the_chosen_numbers(records_dir, tmp_path):  # noqa: F811
    """--only N merges candidate N and leaves the others; an unknown N is a usage error."""
    other = dict(expansion(), date="2023-06-30", summary="More appointments.")
    path = tmp_path / "candidates.yaml"
    path.write_text(yaml.safe_dump({"candidates": [{"n": 1, "policy": "cbp-one", "event": expansion()},
                                                   {"n": 2, "policy": "cbp-one", "event": other}]}))
    result = runner.invoke(app, ["accept", str(path), "--only", "2", "--data", str(records_dir), "--force"])
    assert result.exit_code == 0, result.output
    text = (records_dir / "cbp-one.yaml").read_text()
    assert "2023-06-30" in text and "2024-08-23" not in text
    assert runner.invoke(app, ["accept", str(path), "--only", "7", "--data", str(records_dir)]).exit_code == 2


def test_extract_then_accept_round_trip(records_dir, tmp_path):  # noqa: F811
    """The YAML from extract, with a URL, is accepted into a record where it fits."""
    folder = records_dir
    (folder / "cbp-one.yaml").write_text(CBP_ONE.split("\n  # the end")[0] + "\n")  # no 2025 event yet
    review = runner.invoke(app, ["extract", str(SEED), "--data", str(folder), "--format", "yaml",
                                 "--url", "https://example.org/rio"])
    path = tmp_path / "review.yaml"
    path.write_text(review.stdout)
    result = runner.invoke(app, ["accept", str(path), "--only", "1", "--data", str(folder)])
    assert result.exit_code == 0, result.output
    events = yaml.safe_load((folder / "cbp-one.yaml").read_text())["events"]
    assert events[-1]["status"] == "suspended"
    assert events[-1]["sources"][0]["provenance"] == "extracted"
    assert runner.invoke(app, ["validate", str(folder)]).exit_code == 0


OUT_OF_ORDER = """\
id: cbp-one   # keep this comment
name: CBP One
events:
  # later, with its comment
  - date: 2025-01-20
    status: terminated
    summary: Ended.
    sources:
      - {url: https://example.org/b, title: B}

  - date: 2023-01-12
    status: active
    summary: >-
      Began,
      folded.
    sources:
      - {url: https://example.org/a, title: A}
context: []
"""


def test_fmt_orders_events_and_keeps_comments_byte_for_byte(tmp_path):
    """fmt moves whole event blocks (comments with them) into date order and changes nothing else."""
    path = tmp_path / "cbp-one.yaml"
    path.write_text(OUT_OF_ORDER)
    result = runner.invoke(app, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and "would reformat" in result.stdout
    assert path.read_text() == OUT_OF_ORDER
    assert runner.invoke(app, ["fmt", str(path)]).exit_code == 0
    first, second = OUT_OF_ORDER.split("  # later")[1].split("\n\n")
    expected = ("id: cbp-one   # keep this comment\nname: CBP One\nevents:\n"
                + second.split("context")[0] + "\n  # later" + first + "\ncontext: []\n")
    assert path.read_text() == expected
    assert runner.invoke(app, ["fmt", "--check", str(path)]).exit_code == 0


def test_fmt_leaves_canonical_files_untouched(records_dir):  # noqa: F811
    """A file already in canonical form is not rewritten (same bytes, same inode)."""
    target = records_dir / "cbp-one.yaml"
    inode = target.stat().st_ino
    result = runner.invoke(app, ["fmt", str(records_dir)])
    assert result.exit_code == 0, result.output
    assert target.read_text() == CBP_ONE and target.stat().st_ino == inode


def test_fmt_normalises_line_ends_and_trailing_blanks(tmp_path):
    """CRLF, trailing spaces and extra blank lines at the end go; fmt is idempotent."""
    path = tmp_path / "cbp-one.yaml"
    messy = CBP_ONE.replace("\n", "  \r\n") + "\r\n\r\n"
    path.write_bytes(messy.encode())
    text, notes = canonical(messy, "cbp-one.yaml")
    assert text == CBP_ONE
    assert set(notes) == {"line ends", "trailing blanks", "end of file"}
    assert canonical(text, "cbp-one.yaml") == (text, [])


def test_fmt_refuses_invalid_records(tmp_path):
    """A record with errors is reported, not formatted."""
    path = tmp_path / "cbp-one.yaml"
    path.write_text("id: cbp-one\nname: X\nevents: []\n")
    result = runner.invoke(app, ["fmt", str(path)])
    assert result.exit_code == 1
    assert path.read_text() == "id: cbp-one\nname: X\nevents: []\n"


def test_a_held_lock_makes_a_second_writer_give_up(records_dir, tmp_path, monkeypatch):  # noqa: F811
    """While another process holds the folder's lock, accept waits, then stops with exit 2 and a message."""
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", "0.2")
    with locked([records_dir / "cbp-one.yaml"]):
        result = runner.invoke(app, ["accept", str(candidates_file(tmp_path, expansion())),
                                     "--data", str(records_dir)])
    assert result.exit_code == 2
    assert "another timeline process is writing" in result.output
    assert (records_dir / "cbp-one.yaml").read_text() == CBP_ONE


WRITER = """
import sys
from pathlib import Path
from timeline.atomic import write_bytes as atomic_write
atomic_write(Path(sys.argv[1]), Path(sys.argv[2]).read_bytes())
"""


def _kill_writer_at(stage: str, tmp_path: Path, signal_number: int = signal.SIGKILL) -> tuple[bytes, bytes, Path]:
    target = tmp_path / "record.yaml"
    old, new = CBP_ONE.encode(), (CBP_ONE + "# a change\n" * 5000).encode()
    target.write_bytes(old)
    payload = tmp_path / "payload"
    payload.write_bytes(new)
    ready = tmp_path / f"ready-{stage}"
    env = dict(os.environ, TIMELINE_TEST_PAUSE_WRITE=f"{stage}:{ready}")
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(payload)], env=env)
    deadline = time.monotonic() + 20
    while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ready.exists(), "the writer never reached its pause point"
    os.kill(process.pid, signal_number)
    process.wait(timeout=30)
    return old, new, target


def test_killing_a_writer_mid_write_leaves_the_old_file(tmp_path):
    """SIGKILL while half the new bytes are written: the record still holds exactly the old bytes."""
    old, _new, target = _kill_writer_at("mid-write", tmp_path)
    assert target.read_bytes() == old


@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGHUP])
@pytest.mark.parametrize("stage", ["mid-write", "before-replace"])
def test_terminating_a_writer_leaves_the_old_file_and_no_temporary_file(tmp_path, stage, signal_number):
    """SIGTERM or SIGHUP (a `kill`, a closed terminal) mid-write left the temporary file behind: the writer now
    removes it on the way out, as on Ctrl-C."""
    old, _new, target = _kill_writer_at(stage, tmp_path, signal_number)
    assert target.read_bytes() == old
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_killing_a_writer_before_the_rename_leaves_the_old_file(tmp_path):
    """SIGKILL after fsync but before os.replace: still the old bytes; the stray temp file is hidden."""
    old, _new, target = _kill_writer_at("before-replace", tmp_path)
    assert target.read_bytes() == old
    assert all(p.name.startswith(".") for p in tmp_path.iterdir() if p.name.endswith(".tmp"))


def test_a_finished_write_holds_the_new_file(tmp_path):
    """Without interruption the file holds exactly the new bytes."""
    target = tmp_path / "record.yaml"
    target.write_bytes(b"old\n")
    atomic_write(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["record.yaml"]

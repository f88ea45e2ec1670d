"""The cache of validated records never changes an answer: edits, corruption, concurrency, bypass."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline import cache
from timeline.cli import app

runner = CliRunner()

RECORD = textwrap.dedent("""\
    id: {id}
    name: {name}
    events:
      - date: 2020-01-10
        status: active
        action: implemented
        summary: It starts.
        set: {{capacity: 100}}
        sources:
          - url: https://example.org/{id}/start
            title: Start
            publisher: Example
            published: 2020-01-09
      - date: {end}
        status: {final}
        summary: Something happens.
        sources:
          - url: https://example.org/{id}/end
            title: End
            publisher: Example
            published: {end}
    """)


def write(folder: Path, policy_id: str, *, name: str = "A policy", end: str = "2021-06-01",
          final: str = "terminated", file_name: str | None = None) -> Path:
    path = folder / (file_name or f"{policy_id}.yaml")
    path.write_text(RECORD.format(id=policy_id, name=name, end=end, final=final))
    return path


@pytest.fixture(params=["recent", "trusted"])
def data(request, tmp_path, monkeypatch):
    """A data folder with two records, and a private cache folder.

    "recent": the files were just written, as here, so the cache checks them one by one and writes no
    snapshot (see cache.RACY_NS). "trusted": as if they had been written long ago, so that from the second
    query on the cache answers from its snapshot when nothing changed, and every test runs that path too.
    """
    if request.param == "trusted":
        monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TIMELINE_NO_CACHE", raising=False)
    folder = tmp_path / "policies"
    folder.mkdir()
    write(folder, "alpha")
    write(folder, "beta", final="suspended")
    return folder


def state(folder: Path, *extra: str, on: str = "2022-01-01") -> dict:
    result = runner.invoke(app, ["state", "--data", str(folder), "--on", on, "-f", "json", *extra])
    assert result.exit_code == 0, result.output
    return {p["id"]: p for p in json.loads(result.output)["policies"]}


def cache_files(folder: Path) -> list[Path]:
    return sorted(cache.cache_dir().glob("records-*.sqlite3"))


def test_first_query_writes_the_cache_and_the_second_answers_the_same(data):
    """A cold query fills the cache; a warm one gives byte-identical JSON."""
    cold = runner.invoke(app, ["state", "--data", str(data), "--on", "2022-01-01", "-f", "json"]).output
    assert cache_files(data)
    warm = runner.invoke(app, ["state", "--data", str(data), "--on", "2022-01-01", "-f", "json"]).output
    assert warm == cold


def test_edited_file_is_seen(data):
    """Editing a record (even keeping its size and mtime) changes the next answer."""
    assert state(data)["alpha"]["status"] == "terminated"
    path = data / "alpha.yaml"
    before = path.stat()
    text = path.read_text().replace("status: terminated", "status: suspended ")  # same length
    assert len(text) == before.st_size
    path.write_text(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # the editor kept the mtime
    assert state(data)["alpha"]["status"] == "suspended"


def test_added_file_is_seen(data):
    """A new record appears in the next answer."""
    state(data)
    write(data, "gamma", name="Gamma")
    assert set(state(data)) == {"alpha", "beta", "gamma"}


def test_removed_file_is_seen(data):
    """A deleted record disappears from the next answer."""
    state(data)
    (data / "beta.yaml").unlink()
    assert set(state(data)) == {"alpha"}


def test_renamed_file_is_seen(data):
    """Renaming a file (and its id) is seen; a rename that breaks id = file name is an error, as uncached."""
    state(data)
    (data / "beta.yaml").rename(data / "delta.yaml")
    result = runner.invoke(app, ["state", "--data", str(data), "--on", "2022-01-01", "-f", "json"])
    assert result.exit_code == 1
    assert "id-mismatch" in result.output
    (data / "delta.yaml").write_text((data / "delta.yaml").read_text().replace("id: beta", "id: delta"))
    assert set(state(data)) == {"alpha", "delta"}


def test_invalid_record_is_reported_not_served_from_cache(data):
    """A record broken after caching gives the same error and exit code as without the cache."""
    state(data)
    (data / "alpha.yaml").write_text("id: alpha\nname: [unclosed\n")
    cached = runner.invoke(app, ["state", "--data", str(data), "-f", "json"])
    uncached = runner.invoke(app, ["state", "--data", str(data), "-f", "json", "--no-cache"])
    assert cached.exit_code == uncached.exit_code == 1
    assert cached.output == uncached.output


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_corrupt_cache_is_ignored_and_rebuilt(data, damage):
    """A cache file overwritten with garbage, cut short or emptied is thrown away and rebuilt."""
    expected = state(data)
    (cache_file,) = cache_files(data)
    content = cache_file.read_bytes()
    if damage == "garbage":
        cache_file.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        cache_file.write_bytes(content[: len(content) // 2])
    else:
        cache_file.write_bytes(b"")
    assert state(data) == expected
    assert state(data) == expected  # and again, from the rebuilt cache
    (cache_file,) = cache_files(data)
    assert cache_file.read_bytes()[:16] == b"SQLite format 3\x00"


def test_damaged_blob_is_ignored(data):
    """A cache whose stored values were tampered with is rebuilt, and nothing in it is executed."""
    import sqlite3

    expected = state(data, on="2020-06-01")
    (cache_file,) = cache_files(data)
    db = sqlite3.connect(cache_file)
    evil = b"cos\nsystem\n(S'echo owned'\ntR."  # a pickle that would run a command
    db.execute("UPDATE segments SET attributes = ?", (evil,))
    db.commit()
    db.close()
    assert state(data, on="2020-06-01") == expected


def test_cache_of_another_version_is_replaced(data):
    """A cache written by another format version is not read."""
    import sqlite3

    expected = state(data)
    (cache_file,) = cache_files(data)
    db = sqlite3.connect(cache_file)
    db.execute("UPDATE meta SET value = 'old' WHERE key = 'format'")
    db.execute("UPDATE segments SET status = 'proposed'")  # would be wrong if it were read
    db.commit()
    db.close()
    assert state(data) == expected


def test_no_cache_option_bypasses_the_cache(data):
    """--no-cache neither reads nor writes the cache."""
    assert state(data, "--no-cache")
    assert cache_files(data) == []
    state(data)
    (cache_file,) = cache_files(data)
    cache_file.write_bytes(b"garbage")
    assert state(data, "--no-cache")
    assert cache_file.read_bytes() == b"garbage"


def test_no_cache_environment_variable_bypasses_the_cache(data, monkeypatch):
    """TIMELINE_NO_CACHE=1 works as --no-cache."""
    monkeypatch.setenv("TIMELINE_NO_CACHE", "1")
    state(data)
    assert cache_files(data) == []


def test_cache_dir_follows_xdg(tmp_path, monkeypatch):
    """Without TIMELINE_CACHE_DIR the cache lives in $XDG_CACHE_HOME/timeline."""
    monkeypatch.delenv("TIMELINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "timeline"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the XDG spec says
    assert cache.cache_dir() == Path("~/.cache/timeline").expanduser()


def test_unwritable_cache_dir_still_answers(data, tmp_path, monkeypatch):
    """When the cache cannot be created the query is answered without it."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "cache"))
    assert state(data)["beta"]["status"] == "suspended"


def test_concurrent_runs_do_not_corrupt_the_cache(data, tmp_path):
    """Several processes filling and reading the same cache at once all answer right, and leave it sound."""
    for number in range(12):
        write(data, f"p{number}", end=f"2021-0{1 + number % 9}-01")
    expected = state(data, "--no-cache")
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(cache.cache_dir())}
    command = [sys.executable, "-m", "timeline", "state", "--data", str(data), "--on", "2022-01-01", "-f", "json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert {p["id"]: p for p in json.loads(out)["policies"]} == expected
    import sqlite3

    (cache_file,) = cache_files(data)
    db = sqlite3.connect(cache_file)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM files").fetchone() == (14,)
    db.close()
    assert state(data) == expected


def test_diff_log_show_answer_the_same_with_and_without_cache(data):
    """Every reading command gives the same output from the cache as from the records."""
    for args in (["diff", "2020-01-01", "2021-12-31"], ["log"], ["show", "beta"], ["log", "--policy", "alpha"]):
        full = [*args, "--data", str(data), "-f", "json"]
        uncached = runner.invoke(app, [*full, "--no-cache"])
        cold = runner.invoke(app, full)
        warm = runner.invoke(app, full)
        assert uncached.exit_code == cold.exit_code == warm.exit_code == 0, uncached.output
        assert uncached.output == cold.output == warm.output


def test_unknown_policy_is_a_usage_error_with_the_cache(data):
    """--policy with an unknown id exits 2 from the cache too."""
    state(data)
    result = runner.invoke(app, ["state", "--data", str(data), "--policy", "alpah"])
    assert result.exit_code == 2
    assert "did you mean 'alpha'" in result.output


def snapshot_rows(folder: Path) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(cache.cache_file([folder]))) as db:
        return db.execute("SELECT names FROM snapshot").fetchall()


def test_snapshot_only_of_keys_old_enough_to_trust(data):
    """Files changed within RACY_NS of the check get no snapshot (the next query checks each file again);
    old enough ones get one, which an edit removes and the next unchanged query writes again."""
    state(data)
    state(data)
    trusted = cache.RACY_NS < 0
    assert len(snapshot_rows(data)) == (1 if trusted else 0)
    write(data, "alpha", final="suspended")
    assert state(data)["alpha"]["status"] == "suspended"
    assert len(snapshot_rows(data)) == (1 if trusted else 0)  # the edit's query rewrote it (trusted) at its end
    names = snapshot_rows(data)
    if trusted:
        assert sorted(names[0][0].split("\0")) == [str(data / "alpha.yaml"), str(data / "beta.yaml")]


def test_snapshot_answers_only_for_its_own_names_and_keys(data, monkeypatch):
    """With a snapshot forged to list only alpha, the cache believes it while the walk's names and the files'
    keys are those it was written for (so the fast path is taken), and ignores it as soon as either differs."""
    monkeypatch.setattr(cache, "RACY_NS", -(10**18))
    state(data)
    state(data)

    def forge(*, names_suffix: str = "", flip_stamp: bool = False) -> None:
        with contextlib.closing(sqlite3.connect(cache.cache_file([data]))) as db:
            names, stamps, selection = db.execute("SELECT names, stamps, selection FROM snapshot").fetchone()
            listed = [row for row in cache._load(selection) if row[1] == "alpha"]
            if flip_stamp:
                stamps = bytes([stamps[0] ^ 1]) + stamps[1:]
            db.execute("UPDATE snapshot SET names = ?, stamps = ?, selection = ?",
                       (names + names_suffix, stamps, cache._dump(listed)))
            db.commit()

    forge()
    assert set(state(data)) == {"alpha"}  # believed: nothing changed as far as names and keys can tell
    forge(names_suffix="\0" + str(data / "extra.yaml"))
    assert set(state(data)) == {"alpha", "beta"}
    forge(flip_stamp=True)
    assert set(state(data)) == {"alpha", "beta"}


@pytest.mark.parametrize("extra", [[], ["--no-cache"]])
def test_queries_do_not_read_positions_for_warnings(data, monkeypatch, extra):
    """A valid record with a warning (here, a source without publisher) is read once by a query, cached or not:
    positions are read only to report a problem, and a query reports errors only."""
    from timeline import load, yamlread

    path = data / "alpha.yaml"
    path.write_text(path.read_text().replace("        publisher: Example\n", "", 1))
    with_positions = []
    real = yamlread.read

    def counting(*args, **kwargs):
        with_positions.append(kwargs.get("positions", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(yamlread, "read", counting)
    monkeypatch.setattr(load.yamlread, "read", counting)
    assert state(data, *extra)["alpha"]["status"] == "terminated"
    assert with_positions and not any(with_positions)
    validated = runner.invoke(app, ["validate", str(data)])
    assert "source-incomplete" in validated.output and any(with_positions)  # validate shows where

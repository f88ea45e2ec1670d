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

from timeline.cli import app
from timeline.store import cache, location

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
    return sorted(location.cache_dir().glob("records-*.sqlite3"))


def test_first_query_writes_the_cache_and_the_second_answers_the_same(data, monkeypatch):
    """A cold query fills the cache; warm ones give byte-identical JSON from it, without rebuilding anything."""
    cold = runner.invoke(app, ["state", "--data", str(data), "--on", "2022-01-01", "-f", "json"]).output
    assert cache_files(data)
    built = []
    monkeypatch.setattr(cache, "_build", lambda *args: built.append(args))
    for _ in range(3):
        warm = runner.invoke(app, ["state", "--data", str(data), "--on", "2022-01-01", "-f", "json"]).output
        assert warm == cold
    assert built == []


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
    evil = b"cos\nsystem\n(S'echo owned'\ntR."  # a pickle that would run a command; stored values are marshal
    db.execute("UPDATE segments SET attributes = ?", (evil,))
    db.commit()
    db.close()
    assert state(data, on="2020-06-01") == expected


def test_cache_of_another_version_is_replaced(data):
    """A cache written by other code (another format key) is not read."""
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
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert location.cache_dir() == tmp_path / "xdg" / "timeline"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the XDG spec says
    assert location.cache_dir() == Path("~/.cache/timeline").expanduser()


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
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(location.cache_dir())}
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
    with contextlib.closing(sqlite3.connect(location.cache_file([folder]))) as db:
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
        with contextlib.closing(sqlite3.connect(location.cache_file([data]))) as db:
            names, stamps, selection = db.execute("SELECT names, stamps, selection FROM snapshot").fetchone()
            listed = [row for row in cache._load(selection) if row[1] == "alpha"]
            if flip_stamp:
                stamps = bytes([stamps[0] ^ 1]) + stamps[1:]
            db.execute("UPDATE snapshot SET names = ?, stamps = ?, selection = ?",
                       (names + names_suffix, stamps, cache._dump(listed)))
            db.commit()
        location.stamp(location.cache_file([data]))  # as if timeline itself had written it

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
    from timeline.records import load, yamlread

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


def test_cache_changed_by_something_else_is_not_read(data):
    """A cache file whose stored values were changed by another program (valid SQLite, wrong data) is thrown
    away: it no longer matches the stamp timeline keeps beside it."""
    expected = state(data)
    with contextlib.closing(sqlite3.connect(location.cache_file([data]))) as db:
        db.execute("UPDATE segments SET status = 'proposed'")
        db.commit()
    assert state(data) == expected


def test_corrupt_cache_at_random_offsets_is_rebuilt(data):
    """Random bytes written over a cache file at random offsets (header, pages, WAL) never break a query: it
    answers as the records say, and the damaged file is rebuilt."""
    import random

    expected = state(data)
    rng = random.Random(7)
    for _ in range(25):
        state(data)
        files = [path for path in location.cache_dir().iterdir() if path.name.startswith("records-")]
        target = rng.choice(files)
        content = bytearray(target.read_bytes())
        if not content:
            continue
        offset = rng.randrange(len(content))
        content[offset:offset + 200] = rng.randbytes(200)
        target.write_bytes(bytes(content))
        assert state(data) == expected
    assert state(data) == expected


def test_cache_of_other_code_is_replaced(data, monkeypatch):
    """When the code that decides what is stored changes (the format key), an existing cache file is not read."""
    expected = state(data)
    with contextlib.closing(sqlite3.connect(location.cache_file([data]))) as db:
        db.execute("UPDATE segments SET status = 'proposed'")  # wrong, if it were read
        db.commit()
    location.stamp(location.cache_file([data]))  # vouched for: only the format key says not to read it
    monkeypatch.setattr(location, "_code_key", "some-other-code")
    assert state(data) == expected
    with contextlib.closing(sqlite3.connect(location.cache_file([data]))) as db:  # rebuilt by the new code
        assert db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone() == ("some-other-code",)


def test_format_key_changes_with_the_cores_source(tmp_path, monkeypatch):
    """The format key is a hash of the code: editing a rule of the core gives another key, with no bump by hand."""
    import shutil

    copy = tmp_path / "timeline"
    shutil.copytree(Path(location.__file__).resolve().parent.parent, copy)
    monkeypatch.setattr(location, "_PACKAGE", copy)
    monkeypatch.setattr(location, "_code_key", None)
    before = location.code_key()
    segments = copy / "core" / "segments.py"
    segments.write_text(segments.read_text() + "\n# a changed rule\n")
    monkeypatch.setattr(location, "_code_key", None)
    assert location.code_key() != before


def test_cache_folder_stays_under_its_limit(tmp_path, monkeypatch):
    """Queried on a hundred different data folders, the cache folder never grows past TIMELINE_CACHE_MAX_MB:
    the least recently used files go first, and every answer is still right."""
    from timeline.api import Timeline

    monkeypatch.setenv("TIMELINE_CACHE_MAX_MB", "0.5")
    limit = int(0.5 * 1024 * 1024)
    for number in range(100):
        folder = tmp_path / f"data{number}"
        folder.mkdir()
        write(folder, "alpha", end=f"2021-0{1 + number % 9}-01")
        answer = Timeline(folder).state(__import__("datetime").date(2022, 1, 1))
        assert answer.policies[0].status == "terminated"
        assert sum(item.bytes for item in location.cache_files()) <= limit
    assert 1 <= len(location.cache_files()) < 100


def test_least_recently_used_cache_goes_first(tmp_path, monkeypatch):
    """Over the bound, the cache file used longest ago is removed, not the one just used."""
    folders = []
    for name in ("old", "used", "new"):
        folder = tmp_path / name
        folder.mkdir()
        write(folder, "alpha")
        folders.append(folder)
        state(folder)
    old, used, new = (location.cache_file([folder]) for folder in folders)
    os.utime(str(old) + location.STAMP, (1_000_000, 1_000_000))
    os.utime(str(used) + location.STAMP, (2_000_000, 2_000_000))
    state(folders[1])  # touched: now the most recent
    sizes = {item.path: item.bytes for item in location.cache_files()}
    monkeypatch.setenv("TIMELINE_CACHE_MAX_MB", str((sizes[used] + sizes[new] + 1) / 1024 / 1024))
    location.enforce_limit()
    assert not old.exists() and used.exists() and new.exists()


def test_cache_info_and_clear(data):
    """`timeline cache info` shows the folder, each file with the data it answers for and its size;
    `timeline cache clear` empties the folder of cache files (and only of them)."""
    state(data)
    (location.cache_dir() / "notes.txt").write_text("not ours")
    shown = runner.invoke(app, ["cache", "info"])
    assert shown.exit_code == 0, shown.output
    assert str(location.cache_dir()) in shown.output and str(data) in shown.output
    info = json.loads(runner.invoke(app, ["cache", "info", "-f", "json"]).output)
    assert len(info["files"]) == 1 and info["files"][0]["bytes"] > 0 and info["files"][0]["data"] == [str(data)]
    assert info["limit_bytes"] == 256 * 1024 * 1024
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 1 cache file" in cleared.output
    assert cache_files(data) == [] and (location.cache_dir() / "notes.txt").exists()
    assert json.loads(runner.invoke(app, ["cache", "info", "-f", "json"]).output)["files"] == []


def test_cache_info_names_the_data_of_a_cache_folder_with_uri_characters(data, tmp_path, monkeypatch):
    """A cache folder named with '?', '#' or '%' showed 'unknown data': its read-only URI was not escaped."""
    folder = tmp_path / "cache ?a#b%20c"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
    state(data)
    info = json.loads(runner.invoke(app, ["cache", "info", "-f", "json"]).output)
    assert [item["data"] for item in info["files"]] == [[str(data)]]


def test_cache_clear_says_which_files_it_could_not_remove(data, monkeypatch):
    """A cache file that cannot be removed was counted as 'removed 0' with exit 0: it is named, with why, and
    the command fails."""
    state(data)

    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(location, "remove", refuse)
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 2, cleared.output
    assert "removed 0 cache file" in cleared.stdout
    assert "cannot be removed: Permission denied" in cleared.stderr
    assert len(cache_files(data)) == 1


def test_bad_cache_limit_is_a_usage_error(data, monkeypatch):
    """TIMELINE_CACHE_MAX_MB that is not a number is refused with a hint, not a traceback."""
    monkeypatch.setenv("TIMELINE_CACHE_MAX_MB", "lots")
    result = runner.invoke(app, ["cache", "info"])
    assert result.exit_code == 2 and "TIMELINE_CACHE_MAX_MB" in result.output


def test_locked_cache_is_left_alone(data):
    """While another process holds the cache's write lock, a query that would write answers from the records
    at once instead of waiting for the lock."""
    import time

    expected = state(data)
    write(data, "gamma", name="Gamma")  # the next query must write
    expected["gamma"] = state(data, "--no-cache")["gamma"]
    holder = sqlite3.connect(location.cache_file([data]), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        assert state(data) == expected
        assert time.monotonic() - started < 5  # not the old 10 s wait (a behaviour, not a speed figure)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_cache_larger_than_the_bound_is_not_kept_and_says_so(data, monkeypatch):
    """A cache file that alone is over TIMELINE_CACHE_MAX_MB is removed after the answer, and the command says so
    on stderr (the answer itself is right and complete)."""
    monkeypatch.setenv("TIMELINE_CACHE_MAX_MB", "0.01")
    result = runner.invoke(app, ["state", "--data", str(data), "--on", "2022-01-01", "-f", "json"])
    assert result.exit_code == 0
    assert {p["id"] for p in json.loads(result.stdout)["policies"]} == {"alpha", "beta"}
    assert "was not kept" in result.stderr and "TIMELINE_CACHE_MAX_MB" in result.stderr
    assert cache_files(data) == []


def _indexes(folder: Path) -> set[str]:
    (path,) = cache_files(folder)
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


DATE_INDEXES = {"segments_from", "events_span"}


@pytest.mark.parametrize("defer", [10**9, 1], ids=["row-by-row", "built-after"])
def test_date_indexes_are_there_after_a_fill_however_it_is_made(data, monkeypatch, defer):
    """A fill of many files builds the indexes by date after the rows (cache.DEFER_INDEXES); either way the
    cache ends with them and answers as the records do, then and after an edit."""
    monkeypatch.setattr(cache, "DEFER_INDEXES", defer)
    dropped = []
    real = cache.Store._date_indexes
    monkeypatch.setattr(cache.Store, "_date_indexes",
                        lambda self, drop=False: (dropped.append(drop), real(self, drop))[1])
    args = ["diff", "2020-01-01", "2021-12-31", "--data", str(data), "-f", "json"]
    assert runner.invoke(app, args).output == runner.invoke(app, [*args, "--no-cache"]).output
    assert (True in dropped) == (defer == 1)
    assert DATE_INDEXES <= _indexes(data)
    write(data, "alpha", end="2021-03-01")
    assert runner.invoke(app, args).output == runner.invoke(app, [*args, "--no-cache"]).output
    assert DATE_INDEXES <= _indexes(data)


def test_a_fill_cut_short_leaves_no_date_index_missing(data, monkeypatch):
    """A fill that dropped the indexes and stopped at an invalid record builds them again before it returns;
    one killed before that leaves files the listing does not name, and the next fill builds them."""
    monkeypatch.setattr(cache, "DEFER_INDEXES", 1)
    (data / "broken.yaml").write_text("id: broken\nname: [unclosed\n")
    result = runner.invoke(app, ["state", "--data", str(data)])
    assert result.exit_code != 0
    assert DATE_INDEXES <= _indexes(data)
    (data / "broken.yaml").unlink()
    (path,) = cache_files(data)
    with contextlib.closing(sqlite3.connect(path)) as db:  # as a run killed after dropping them would leave it
        db.executescript("DROP INDEX segments_from; DROP INDEX events_span; DELETE FROM snapshot;"
                         "UPDATE listing SET files = x'7b30'")  # marshal of {}: the listing names no file
    assert state(data)["alpha"]["status"] == "terminated"
    assert DATE_INDEXES <= _indexes(data)

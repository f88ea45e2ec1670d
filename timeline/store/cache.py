"""The cache of validated records: is it fresh, and what does it say.

The first query on a data folder reads and validates every record as usual
and stores, in a SQLite file (see `store.location`), what the core computed
from each valid record:

* its segments (`core.segments`): the state from each day it can change on;
* its events as JSON shows them (`core.query.event_dict`), with the span of
  days each may have happened on and the day it sorts at;
* what it says of itself (`core.query.policy_dict`) and its names.

A warm query only looks those up: the state on D is, per policy, the last
segment starting on or before D; the events between two dates are those whose
span meets them. No rule of contract §1 lives here or in the SQL, so an
answer from the cache equals the answer from the records by construction
(tests/test_cache_equivalence.py checks it on random records, every day).

Freshness: a file's entry is used when its size, mtime, ctime and inode are
unchanged and the last check was long enough after its last change that an
edit within the same clock tick would have shown (git's "racy" rule);
otherwise the file is read and hashed, and its entry reused when the content
hash matches, rebuilt when not. Added, removed and renamed files are seen
because the folder is listed on every query. Any invalid file sends the query
down the uncached path, which reports the problems exactly as before.

The cache can only make a query faster, never change its answer: a cache file
that cannot be opened or read, is corrupt, or was written by other code
(`location.code_key`) is thrown away and the query answered from the records;
one that another process is writing is left alone and the query answered
without it. Stored values are `marshal` data (plain values only: marshal
builds values and never runs code).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import marshal
import os
import sqlite3
import stat
import struct
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from timeline.core.dates import iso
from timeline.core.query import (
    Change,
    DiffReport,
    History,
    Indexed,
    LogEntry,
    LogReport,
    PolicyState,
    StateReport,
    check_order,
    policy_dict,
    related_dict,
    resolve,
    shows_change,
)
from timeline.core.segments import sort_date
from timeline.errors import TimelineError
from timeline.records.files import max_file_bytes, record_names

from . import location

WRITE_EVERY = 200  # files rebuilt per transaction when filling the cache, at most
WRITE_BYTES = 4_000_000  # and at most about this much built data (a file of thousands of events is megabytes)
RACY_NS = 3_000_000_000  # changes closer than this to the last check are verified by content
BUSY_SECONDS = 0.05  # how long a query waits for another process's write lock before going without the cache


class Corrupt(Exception):
    """The cache holds something it cannot have written."""


# --- answering through the cache --------------------------------------------------------


def answer(paths: Sequence[Path], no_cache: bool, ask: Callable[[Store], Any], uncached: Callable[[], Any],
           note: Callable[[str], None] | None = None):
    """`ask(store)` of an up-to-date cache of the records under `paths`, else `uncached()`.

    Errors in the records and usage errors are the answer either way. Any other failure of the cache (it
    cannot be opened, read or written; it is corrupt; another process holds it) sends the query to the
    records; a cache file found damaged is removed first, so the next query rebuilds it. `note` is told when the
    cache could not be kept (a file larger than the folder's bound on its own).
    """
    if not location.enabled(no_cache):
        return uncached()
    path = location.cache_file(paths)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        session = location.Session(path)
    except Exception:  # noqa: BLE001 - the cache can only make a query faster; never a reason to fail it
        return uncached()
    wrote = False
    try:
        # changed by something else than timeline: not to be read; rebuilt unless another run is using it
        if not location.intact(path) and not session.take_over():
            return uncached()
        try:
            store = Store.open(path, paths)
        except Exception as exc:  # noqa: BLE001 - as above: damaged, or written by other code
            if _busy(exc) or not session.take_over():
                return uncached()
            try:
                store = Store.open(path, paths)
            except Exception:  # noqa: BLE001 - as above
                return uncached()
        opened = location.file_key(path)
        try:
            try:
                fresh = store.refresh(paths)
                result = ask(store) if fresh else None
            finally:
                store.close()
                wrote = store.wrote
                if wrote or location.file_key(path) != opened:
                    location.stamp(path)
            if fresh:
                location.touch(path)
                return result
        except TimelineError:
            raise
        except Exception as exc:  # noqa: BLE001 - as above
            if not _busy(exc):
                session.take_over()
    finally:
        session.close()
        if wrote and note is not None:
            for item in location.enforce_limit(keep=path):
                if item.path == path:
                    note(f"the cache of these records ({item.bytes / 2**20:.0f} MB) was not kept: it alone is over "
                         f"TIMELINE_CACHE_MAX_MB ({location.max_bytes() / 2**20:g} MB); raise that to make the next "
                         "query fast")
        elif wrote:
            location.enforce_limit(keep=path)
    return uncached()


def _busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and getattr(exc, "sqlite_errorname", "") in (
        "SQLITE_BUSY", "SQLITE_LOCKED")


# --- stored values ----------------------------------------------------------------------


def _dump(value: Any) -> bytes:
    return marshal.dumps(value)


def _load(blob: bytes | None) -> Any:
    if blob is None:
        return None
    try:
        return marshal.loads(blob)
    except Exception as exc:  # EOFError, ValueError, TypeError: the cache is broken, not the records
        raise Corrupt(f"unreadable cache entry: {exc}") from None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, ino INTEGER NOT NULL,
    digest BLOB NOT NULL, checked_ns INTEGER NOT NULL,
    policy_id TEXT NOT NULL, name TEXT NOT NULL, names BLOB NOT NULL, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS listing(id INTEGER PRIMARY KEY CHECK (id = 0), files BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS snapshot(
    id INTEGER PRIMARY KEY CHECK (id = 0), names TEXT NOT NULL, stamps BLOB NOT NULL, selection BLOB NOT NULL,
    folders TEXT NOT NULL, folder_stamps BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS segments(
    file_id INTEGER NOT NULL, valid_from TEXT NOT NULL, status TEXT, since TEXT, certain INTEGER NOT NULL,
    attributes BLOB, pending TEXT, started_by INTEGER);
CREATE INDEX IF NOT EXISTS segments_file ON segments(file_id, valid_from);
CREATE TABLE IF NOT EXISTS events(
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, idx INTEGER NOT NULL, position INTEGER NOT NULL,
    dated INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL, sort TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS events_file ON events(file_id, position);
CREATE TABLE IF NOT EXISTS relations(
    file_id INTEGER NOT NULL, position INTEGER NOT NULL, other TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS relations_other ON relations(other);
"""
# The indexes by date (DIFF_CANDIDATES_SQL, EVENTS_MEETING_SQL). They carry the policy too (file_id), so that a
# diff's candidates are found from the index alone, no table row of the window's events read (on 100k events,
# 31 -> 12 ms). Rows arrive in file order, so these take
# their keys in no order: a fill of many files builds them once at its end, from sorted keys, instead of
# inserting into them row by row (`_check`; 1M events: see BENCHMARKS.md). Every write makes sure they exist,
# so that a fill cut short leaves none missing for long.
_DATE_INDEXES = ("CREATE INDEX IF NOT EXISTS segments_from ON segments(valid_from, file_id)",
                 "CREATE INDEX IF NOT EXISTS events_span ON events(dated, first, last, file_id)")
DEFER_INDEXES = 2_000  # files rebuilt at once (and half the files or more) from which they are built after the rows
# `listing` is the `files` table's freshness columns as one blob: {path: (id, size, mtime_ns, ctime_ns, ino,
# checked_ns, policy id, name)}. A warm query reads it instead of thousands of rows. Written once per fill, at
# its end; a fill cut short leaves files that the listing does not name, which the next fill replaces.
LISTING_SQL = "SELECT id, path, size, mtime_ns, ctime_ns, ino, checked_ns, policy_id, name FROM files"
# `snapshot` says that nothing changed since the last full check: the names the walk found (in its order), every
# file's stat key packed in that order, the policies sorted by id, and the folders the walk visited with their
# keys. While no folder's key changed, no entry was added, removed or renamed in any of them, so the names are
# those of the snapshot without walking again (each file is still stat'ed: an edit changes only the file). It is
# written only when every key is old enough to be trusted (see RACY_NS) and deleted by every write to `files`.
_STAMP = struct.Struct("<qqqq")
_FOLDER = struct.Struct("<qqq")
# per policy, the last segment starting on or before the day; `files f NOT INDEXED` visits the files in id
# order, in which their segments were written, so that neighbours share pages
# (the event that began the status comes along, read from the events table in the same statement)
_SEEK = "(SELECT rowid FROM segments WHERE file_id = {} AND valid_from <= {} ORDER BY valid_from DESC LIMIT 1)"
_STATE_COLUMNS = "s.status, s.since, s.certain, s.attributes, s.pending, e.data"
_STARTED_BY = "LEFT JOIN events e ON e.id = s.started_by"  # segments name events by their row id
STATE_SQL = (f"SELECT f.id, {_STATE_COLUMNS} FROM files f NOT INDEXED "
             f"JOIN segments s ON s.rowid = {_SEEK.format('f.id', '?1')} {_STARTED_BY}")
ONE_STATE_SQL = (f"SELECT s.file_id, {_STATE_COLUMNS} FROM segments s {_STARTED_BY} "
                 f"WHERE s.rowid = {_SEEK.format('?1', '?2')}")
# the events whose span [first, last] meets [?1, ?2]; a dated event's span is its day, so those are found by
# the index on their day, and the few uncertain ones by their window
EVENTS_MEETING_SQL = ("SELECT file_id, idx, position, sort, data FROM events WHERE dated = 1 AND first >= ?1 "
                      "AND first <= ?2 UNION ALL SELECT file_id, idx, position, sort, data FROM events "
                      "WHERE dated = 0 AND first <= ?2 AND last >= ?1")
# both states of each policy that may show something in a diff (DIFF_CANDIDATES_SQL), side by side
_BEFORE_AFTER = ("b.status, b.since, coalesce(b.certain, 1), b.attributes, b.pending, eb.data, "
                 "a.status, a.since, coalesce(a.certain, 1), a.attributes, a.pending, ea.data")
# the policies that may show something in a diff between ?1 and ?2: a segment starts in (?1, ?2], or an event
# meets it. Any other one is in the same segment on both days with no event between: nothing to show.
DIFF_CANDIDATES_SQL = ("SELECT file_id FROM segments WHERE valid_from > ?1 AND valid_from <= ?2 "
                       "UNION SELECT file_id FROM events WHERE dated = 1 AND first > ?1 AND first <= ?2 "
                       "UNION SELECT file_id FROM events WHERE dated = 0 AND first <= ?2 AND last > ?1")
BOTH_STATES_SQL = (f"WITH c(id) AS ({DIFF_CANDIDATES_SQL}) SELECT c.id, {_BEFORE_AFTER} FROM c "
                   f"LEFT JOIN segments b ON b.rowid = {_SEEK.format('c.id', '?1')} "
                   "LEFT JOIN events eb ON eb.id = b.started_by "
                   f"LEFT JOIN segments a ON a.rowid = {_SEEK.format('c.id', '?2')} "
                   "LEFT JOIN events ea ON ea.id = a.started_by")
EMPTY_STATE = (None, None, 1, None, None, None)  # a policy before its first segment: nothing, for certain


class Store:
    """One cache file: open, bring up to date with the records, answer queries."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.db = connection
        self.files: dict[int, tuple[str, str]] = {}  # file id -> (policy id, name)
        self._listed: list[tuple[int, str, str]] | None = None  # every (file id, policy id, name), by policy id
        self._listing_blob: bytes | None = None  # the listing as this run last read or wrote it
        self.wrote = False  # whether this run changed the file (the folder's bound is checked afterwards)

    @classmethod
    def open(cls, path: Path, paths: Sequence[Path] = ()) -> Store:
        """Open (or create) a cache file; Corrupt or sqlite3.Error when it cannot be used (the caller, which holds
        the file's session, decides whether to remove it)."""
        return cls._connect(path, paths)

    @classmethod
    def _connect(cls, path: Path, paths: Sequence[Path]) -> Store:
        connection = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            # for a new file only (a no-op once it has tables): a warm query reads a row from thousands of pages;
            # 16 KiB pages read them faster than 4 KiB, and keep a small cache small (each table takes a page)
            connection.execute("PRAGMA page_size=16384")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            has_meta = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is not None
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall()) if has_meta else {}
            if rows.get("format") != location.code_key():
                if rows:
                    raise Corrupt("cache written by other code")
                connection.execute("BEGIN IMMEDIATE")
                for statement in [*_SCHEMA.split(";"), *_DATE_INDEXES]:
                    if statement.strip():
                        connection.execute(statement)
                meta = {"format": location.code_key(),
                        "paths": "\0".join(sorted(os.path.abspath(os.fspath(p)) for p in paths))}
                connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
                connection.execute("INSERT OR IGNORE INTO listing VALUES (0, ?)", (_dump({}),))
                connection.execute("COMMIT")
                store = cls(path, connection)
                store.wrote = True
                return store
        except BaseException:
            connection.close()
            raise
        return cls(path, connection)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- bringing it up to date --

    def refresh(self, paths: Sequence[Path]) -> bool:
        """Make the cache match the records under `paths`. False when a record is invalid or cannot be read (the
        caller reads them, and reports why)."""
        snapshot = self.db.execute("SELECT names, stamps, selection, folders, folder_stamps FROM snapshot "
                                   "WHERE id = 0").fetchone()
        names = None
        folders: list[str] = []
        stored_folders = snapshot[3].split("\0") if snapshot is not None and snapshot[3] else []
        if snapshot is not None and _folder_keys(stored_folders) == snapshot[4]:
            names = snapshot[0].split("\0") if snapshot[0] else []  # no entry came or went in any folder
            folders = stored_folders
        else:
            names = record_names(paths, folders)
        try:
            infos = [os.stat(name) for name in names]
        except OSError:
            return False  # a broken link, say: the records' reader says what is wrong
        limit = max_file_bytes()
        if any(info.st_size > limit or not stat.S_ISREG(info.st_mode) for info in infos):
            # over the limit (which may have changed since the file was cached), or not a file (a pipe, a
            # folder that cannot be listed): the records' reader says what is wrong
            return False
        stamps = b"".join([_STAMP.pack(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
                           for info in infos])
        if snapshot is not None and snapshot[1] == stamps and snapshot[0] == "\0".join(names):
            listed = _load(snapshot[2])
            if not isinstance(listed, list):
                raise Corrupt("the cache's snapshot is not a list")
            self._listed = listed
            self.files = {file_id: (policy_id, name) for file_id, policy_id, name in listed}
            return True
        known = self._check(names, infos)
        if known is None:
            return False
        self._snapshot(names, folders, known, snapshot)
        return True

    def _snapshot(self, names: list[str], folders: list[str], known: dict, stored: tuple | None) -> None:
        """Write the snapshot of a cache just found up to date with `names` (its listing: `known`), if every
        key can be trusted."""
        if len(known) != len(names):
            return
        rows = [known.get(name) for name in names]
        checked = time.time_ns()
        if any(row is None or max(row[2], row[3]) >= row[5] - RACY_NS for row in rows):
            return  # changed too recently to say from the keys alone: the next query checks again
        folder_keys = _folder_keys(folders)
        if folder_keys is None or any(max(mtime, ctime) >= checked - RACY_NS
                                      for mtime, ctime, _ in _FOLDER.iter_unpack(folder_keys)):
            return
        stamps = b"".join([_STAMP.pack(*row[1:5]) for row in rows])
        listed = sorted(((row[0], row[6], row[7]) for row in rows), key=lambda item: item[1])
        if stored is not None and stored[1] == stamps and stored[0] == "\0".join(names) \
                and stored[4] == folder_keys:
            return
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT files FROM listing WHERE id = 0").fetchone() != (self._listing_blob,):
                db.execute("ROLLBACK")  # another run changed the cache meanwhile: leave the snapshot to it
                return
            db.execute("INSERT OR REPLACE INTO snapshot VALUES (0, ?, ?, ?, ?, ?)",
                       ("\0".join(names), stamps, _dump(listed), "\0".join(folders),
                        folder_keys))
            db.execute("COMMIT")
            self.wrote = True
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _check(self, names: list[str], infos: list[os.stat_result]) -> dict | None:
        """Compare every file (`infos`: their stats) with the listing, and rebuild what changed (the slow path of
        `refresh`). The listing as it then stands, or None when a record is invalid."""
        row = self.db.execute("SELECT files FROM listing WHERE id = 0").fetchone()
        if row is None:
            raise Corrupt("the cache has no listing")
        self._listing_blob = row[0]
        known = _load(row[0])
        if not isinstance(known, dict):
            raise Corrupt("the cache's listing is not a table")
        stale: list[tuple[str, os.stat_result]] = []
        touched: list[tuple] = []
        current = set(names)
        for name, info in zip(names, infos, strict=True):
            row = known.get(name)  # (id, size, mtime_ns, ctime_ns, ino, checked_ns, policy id, name)
            if row is not None and (row[1], row[2], row[3], row[4]) == (
                    info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) \
                    and max(info.st_mtime_ns, info.st_ctime_ns) < row[5] - RACY_NS:
                continue
            if row is not None:
                now = time.time_ns()
                data = _read(name)
                stored = self.db.execute("SELECT digest FROM files WHERE id = ?", (row[0],)).fetchone()
                if stored is not None and _digest(data) == stored[0]:
                    touched.append((info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, now, row[0]))
                    continue
            stale.append((name, info))
        removed = [row[0] for path, row in known.items() if path not in current]
        if stale:
            # filling a large cache inserts into indexes in no order: keep up to 64 MiB of their pages in memory
            # (only when filling: a page cache that large costs a warm query ~25 ms to set up)
            self.db.execute("PRAGMA cache_size=-65536")
        if len(stale) >= DEFER_INDEXES and 2 * len(stale) >= len(names):  # most of the cache is new
            self._date_indexes(drop=True)
        built, size, filled = [], 0, False
        for name, info in stale:
            entry = _build(name, info)
            if entry is None:
                self._date_indexes()
                if filled:
                    self._write_listing()  # what was written so far is right, and found next time
                return None
            built.append(entry)
            size += entry["size"]
            if len(built) == WRITE_EVERY or size >= WRITE_BYTES:  # memory stays flat however many files change
                self._write(built, [], [])
                built, size, filled = [], 0, True
        if built or removed or touched or filled:
            self._write(built, removed, touched)
            self._date_indexes()  # before the listing, which says the fill is complete
            known = self._write_listing()
        self.files = {row[0]: (row[6], row[7]) for row in known.values()}
        if len({policy_id for policy_id, _ in self.files.values()}) != len(self.files):
            return None  # a duplicate id: an error the uncached path reports
        return known

    def _write(self, built: list, removed: list[int], touched: list[tuple]) -> None:
        """Store what changed in one transaction."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            gone = list(removed)  # and the entries of the files rebuilt, as this cache holds them now
            for entry in built:
                gone.extend(row[0] for row in db.execute("SELECT id FROM files WHERE path = ?", (entry["path"],)))
            for table, column in (("segments", "file_id"), ("events", "file_id"), ("relations", "file_id"),
                                  ("files", "id")):
                db.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(file_id,) for file_id in gone])
            db.executemany("UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, ino = ?, checked_ns = ? "
                           "WHERE id = ?", touched)
            next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM events").fetchone()[0]
            for entry in built:
                file_id = db.execute(
                    "INSERT INTO files (path, size, mtime_ns, ctime_ns, ino, digest, checked_ns, policy_id, name, "
                    "names, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry["file"]).lastrowid
                event_id = {index: next_id + number for number, (index, *_) in enumerate(entry["events"])}
                next_id += len(entry["events"])
                db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               [(event_id[row[0]], file_id, *row) for row in entry["events"]])
                db.executemany("INSERT INTO relations VALUES (?, ?, ?, ?)",
                               [(file_id, *row) for row in entry["relations"]])
                db.executemany("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [(file_id, start, status, since, certain, attributes,
                                 ",".join(str(event_id[index]) for index in pending) or None,
                                 event_id[started_by] if started_by is not None else None)
                                for start, status, since, certain, attributes, pending, started_by
                                in entry["segments"]])
            db.execute("DELETE FROM snapshot")  # the next query that finds every file unchanged writes it again
            db.execute("COMMIT")
            self.wrote = True
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _date_indexes(self, drop: bool = False) -> None:
        """Drop the indexes by date (before a large fill), or build those missing (after any write)."""
        db = self.db
        present = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                                  "name IN ('segments_from', 'events_span')")}
        if drop:
            statements = [f"DROP INDEX IF EXISTS {name}" for name in sorted(present)]
        else:
            statements = [sql for sql in _DATE_INDEXES if sql.split()[5] not in present]
        if not statements:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                db.execute(statement)
            db.execute("COMMIT")
            self.wrote = True
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write_listing(self) -> dict:
        """Write the listing from the files table; returns it."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            listing = {row[1]: (row[0], *row[2:]) for row in db.execute(LISTING_SQL)}
            self._listing_blob = _dump(listing)
            db.execute("INSERT OR REPLACE INTO listing VALUES (0, ?)", (self._listing_blob,))
            db.execute("COMMIT")
            self.wrote = True
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return listing

    # -- answering --

    def select(self, ids: Iterable[str] | None) -> list[tuple[int, str, str]]:
        """(file id, policy id, name) of the policies `ids` name, sorted by policy id (`core.query.resolve`)."""
        ids = list(ids or ())
        by_id = {policy_id: (file_id, policy_id, name) for file_id, (policy_id, name) in self.files.items()}
        if not ids:
            return self._listed if self._listed is not None else [by_id[key] for key in sorted(by_id)]
        if all(wanted in by_id for wanted in ids):
            return [by_id[key] for key in sorted(set(ids))]
        known = {policy_id: _load(names) for policy_id, names in self.db.execute("SELECT policy_id, names FROM files")}
        return [by_id[key] for key in resolve(known, ids)]

    def _events(self, ids: Iterable[int]) -> tuple[dict, ...]:
        """Events by row id (as segments name them)."""
        found = []
        for event_id in ids:
            row = self.db.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise Corrupt("an event named by a segment is missing")
            found.append(_event(row[0]))
        return tuple(found)

    def _state(self, policy_id: str, name: str, row: tuple) -> PolicyState:
        status, since, certain, attributes, pending, started_by = row
        attributes = _load(attributes) if attributes is not None else {}
        if type(attributes) is not dict:
            raise Corrupt("stored attributes are not a mapping")
        pending_events = self._events(map(int, pending.split(","))) if pending else ()
        if started_by is not None:  # decoded when shown: most listings never show it
            blob = started_by
            started_by = lambda: _event(blob)  # noqa: E731 - one small closure per policy, no method lookup
        elif status is not None:
            raise Corrupt("the event that began a status is missing")
        return PolicyState.from_iso(policy_id, name, status, since, bool(certain), attributes, pending_events,
                                    started_by)

    def state(self, on: dt.date, ids: Iterable[str] | None) -> StateReport:
        chosen = self.select(ids)
        day = on.isoformat()
        if len(chosen) == len(self.files):
            rows = {row[0]: row[1:] for row in self.db.execute(STATE_SQL, (day,))}
        else:
            rows = {row[0]: row[1:] for file_id, _, _ in chosen
                    for row in self.db.execute(ONE_STATE_SQL, (file_id, day))}
        state = self._state
        return StateReport(on, [state(policy_id, name, rows.get(file_id, EMPTY_STATE))
                                for file_id, policy_id, name in chosen])

    def diff(self, start: dt.date, end: dt.date, ids: Iterable[str] | None) -> DiffReport:
        check_order(start, end, "FROM", "TO")
        chosen = self.select(ids)
        first, last = start.isoformat(), end.isoformat()
        both = {row[0]: (row[1:7], row[7:]) for row in self.db.execute(BOTH_STATES_SQL, (first, last))}
        in_window: dict[int, list] = {}
        if start < dt.date.max:
            after_start = (start + dt.timedelta(days=1)).isoformat()
            for file_id, _, position, _, data in self.db.execute(EVENTS_MEETING_SQL, (after_start, last)):
                in_window.setdefault(file_id, []).append((position, data))
        changes = []
        for file_id, policy_id, name in chosen:
            if file_id not in both:
                continue  # in the same segment on both days, with no event between: nothing to show
            old, new = both[file_id]
            before, after = self._state(policy_id, name, old), self._state(policy_id, name, new)
            events = [_event(data) for _, data in sorted(in_window.get(file_id, []))]
            if shows_change(before, after, events):
                changes.append(Change(policy_id, name, before, after, events))
        return DiffReport(start, end, changes)

    def log(self, ids: Iterable[str] | None, since: dt.date | None, until: dt.date | None) -> LogReport:
        check_order(since, until, "--since", "--until")
        chosen = {file_id: (policy_id, name) for file_id, policy_id, name in self.select(ids)}
        low, high = iso(since or dt.date.min), iso(until or dt.date.max)
        rows = []
        for file_id, index, _, sort, data in self.db.execute(EVENTS_MEETING_SQL, (low, high)):
            if file_id in chosen:
                policy_id, name = chosen[file_id]
                rows.append((sort, policy_id, index, name, data))
        rows.sort(key=lambda row: row[:3])
        return LogReport(since, until,
                         [LogEntry(policy_id, name, _event(data)) for _, policy_id, _, name, data in rows])

    def history(self, policy_id: str) -> History:
        ((file_id, _, name),) = self.select([policy_id])
        row = self.db.execute("SELECT record FROM files WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise Corrupt("a record is missing")
        policy = _load(row[0])
        if not isinstance(policy, dict):
            raise Corrupt("a stored record is not a mapping")
        segments = self.db.execute(f"SELECT s.valid_from, {_STATE_COLUMNS} FROM segments s {_STARTED_BY} "
                                   "WHERE s.file_id = ? ORDER BY s.valid_from", (file_id,)).fetchall()
        starts = [segment[0] for segment in segments]
        steps = []
        for sort, data in self.db.execute("SELECT sort, data FROM events WHERE file_id = ? ORDER BY position",
                                          (file_id,)):
            at = bisect.bisect_right(starts, sort) - 1
            state = segments[at][1:] if at >= 0 else EMPTY_STATE
            steps.append((_event(data), self._state(policy["id"], name, state)))
        related_from = []
        for other, data in self.db.execute("SELECT f.policy_id, r.data FROM relations r JOIN files f "
                                           "ON f.id = r.file_id WHERE r.other = ? ORDER BY f.policy_id, r.position",
                                           (policy["id"],)):
            related_from.append({**_event(data), "policy": other})
        wanted = {item["policy"] for item in policy["related"]} | {item["policy"] for item in related_from}
        names = {}
        if wanted:
            names = {policy_id: other_name for policy_id, other_name in
                     self.db.execute("SELECT policy_id, name FROM files") if policy_id in wanted}
        return History(policy, steps, names, related_from)

    def names(self) -> dict[str, list[str]]:
        """id -> [name, *aliases] of every policy."""
        return {policy_id: _load(names) for policy_id, names in self.db.execute("SELECT policy_id, names FROM files")}


def _folder_keys(folders: list[str]) -> bytes | None:
    """The folders' (mtime, ctime, inode) packed, or None when one cannot be read."""
    try:
        return b"".join([_FOLDER.pack(info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
                         for info in map(os.stat, folders)])
    except OSError:
        return None


def _event(blob: bytes) -> dict:
    event = _load(blob)
    if type(event) is not dict:
        raise Corrupt("a stored event is not a mapping")
    return event


def _read(name: str) -> bytes:
    with open(name, "rb") as handle:
        return handle.read()


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=20).digest()


def _build(name: str, info: os.stat_result) -> dict | None:
    """Read and validate one file as the uncached path does, and what the core makes of it; None when the file
    has an error (the uncached path reports it)."""
    # the records layer builds pydantic models: imported only when a file must be (re)read, so that a warm
    # query never pays for them
    from timeline.records.check import valid_alone
    from timeline.records.load import read_file

    checked_ns = time.time_ns()
    before = _digest(_read(name))
    loaded = read_file(Path(name))
    if not valid_alone(loaded):
        return None
    if _digest(_read(name)) != before:
        return None  # the file changed while it was read: let the uncached path read it
    policy = loaded.policy
    indexed = Indexed(policy)
    segments = [(segment.start.isoformat(), segment.status, iso(segment.since), int(segment.certain),
                 _dump(segment.attributes) if segment.attributes else None, segment.pending, segment.started_by)
                for segment in indexed.segments]
    spans = indexed.spans()
    events = []
    for position, index in enumerate(indexed.order):
        event = policy.events[index]
        first, last = spans[index]
        events.append((index, position, int(event.date is not None), first.isoformat(), last.isoformat(),
                       sort_date(event).isoformat(), _dump(indexed.event(index))))
    names = _dump([policy.name, *policy.aliases])
    record = _dump(policy_dict(policy))
    return {
        "path": name,
        "file": (name, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, before, checked_ns,
                 policy.id, policy.name, names, record),
        "segments": segments,
        "events": events,
        "relations": [(number, item.policy, _dump(related_dict(item))) for number, item in enumerate(policy.related)],
        "size": len(record) + sum(len(row[-1]) for row in events) + sum(len(row[4] or b"") for row in segments),
    }


__all__ = ["Corrupt", "Store", "answer"]

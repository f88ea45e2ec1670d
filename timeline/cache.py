"""A cache of validated records, so that queries skip YAML parsing and validation.

The first query on a data folder reads and validates every record as usual and
stores, in a SQLite file in the user cache directory, what the queries need:

* per policy, the *segments* of its history: from each date on which its state
  can change (an event applies, an uncertain window opens), the state from
  then on. The state on D is the segment with the greatest start <= D, one
  indexed SQL query for every policy at once;
* per event, its fields, so that `diff` finds the events in a window in SQL and
  builds only the ones it shows;
* per file, the validated document, so that `log` and `show` rebuild models
  without reading YAML.

A file's entry is used when its size, mtime, ctime and inode are unchanged and
the last check was long enough after its last change that an edit within the
same clock tick would have shown (git's "racy" rule); otherwise the file is read
and hashed, and its entry is reused when the content hash matches, rebuilt
when not. Added, removed and renamed files are seen because the folder is
listed on every query. Any invalid file sends the query down the uncached path,
which reports the problems exactly as before; invalid files are never cached.

The cache can only make a query faster, never change its answer: a cache that
cannot be opened, is corrupt or truncated, or was written by another version is
thrown away and rebuilt; one that is locked by a concurrent run is left alone
and the query answered without it. Writes are single SQLite transactions.
Blobs are pickles of plain data read back by an unpickler that refuses every
class except dates, so a tampered cache cannot run code; what the text output
shows of attributes is kept beside them as `marshal` data (JSON-like values
only, read faster than a pickle; marshal builds values and never runs code).

A warm `state` or `diff` on thousands of policies must cost little more than
starting Python and Typer, so the fast path (this module, `files`, `plain`,
`render`) imports neither `query` nor the models, builds no object per policy
for the text format (`StateRows.rows()` and `DiffRows.rows()` come straight
from SQL rows), and reads the files' freshness keys as one blob (`listing`)
instead of one SQL row per file. The library's reports are built from the same
rows only when asked for (`report()`, `as_dict()`: JSON and the other formats).

`--no-cache` or TIMELINE_NO_CACHE=1 bypasses it; TIMELINE_CACHE_DIR moves it
(default: $XDG_CACHE_HOME/timeline, else ~/.cache/timeline).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import marshal
import os
import pickle
import sqlite3
import struct
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .files import RECORD_SUFFIXES
from .plain import iso as _iso
from .plain import plain

if TYPE_CHECKING:
    from .query import DiffReport, StateReport

FORMAT = "7"  # bump when what is stored changes
WRITE_EVERY = 200  # files rebuilt per transaction when filling the cache, at most
WRITE_BYTES = 4_000_000  # and at most about this much built data (a file of thousands of events is megabytes)
RACY_NS = 3_000_000_000  # changes closer than this to the last check are verified by content
_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")


# --- where, and whether -------------------------------------------------------


def cache_dir() -> Path:
    """$TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline."""
    override = os.environ.get("TIMELINE_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec says to ignore relative paths
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


def enabled(no_cache: bool = False) -> bool:
    return not no_cache and os.environ.get("TIMELINE_NO_CACHE", "") in ("", "0")


def cache_file(paths: Sequence[Path]) -> Path:
    """One cache file per set of data paths."""
    key = "\0".join(sorted(os.path.abspath(os.fspath(path)) for path in paths))
    return cache_dir() / f"records-{hashlib.sha1(key.encode()).hexdigest()[:16]}.sqlite3"


# --- the questions, answered from the cache when possible ---------------------


def state(paths: Sequence[Path], on: dt.date, ids: Iterable[str] | None = None, *,
          no_cache: bool = False) -> StateReport | StateRows:
    """`query.state_on` over the records under `paths`: its StateReport, or the cache's StateRows, which has the
    same `rows()` and `as_dict()` and builds the StateReport on `report()`."""

    def uncached():
        from .check import load_policies
        from .query import state_on

        return state_on(load_policies(paths), on, ids)

    return _answer(paths, no_cache, lambda store: store.state(on, ids, uncached), uncached)


def diff(paths: Sequence[Path], start: dt.date, end: dt.date, ids: Iterable[str] | None = None, *,
         no_cache: bool = False, text_only: bool = False) -> DiffReport | DiffRows:
    """`query.diff` over the records under `paths`: its DiffReport, or the cache's DiffRows (see `state`).

    `text_only`: the caller wants `rows()` (the text format), so the cache does not read the stored events the
    library's report is built from; `report()` and `as_dict()` then ask the cache again, in full.
    """
    if start > end:  # the same usage error as query.diff, before any reading
        from .query import diff as run

        return run([], start, end, ids)

    def uncached():
        from .check import load_policies
        from .query import diff as run

        return run(load_policies(paths), start, end, ids)

    def again():
        return _report_of(diff(paths, start, end, ids, no_cache=no_cache))

    return _answer(paths, no_cache, lambda store: store.diff(start, end, ids, uncached, again if text_only else None),
                   uncached)


def policies(paths: Sequence[Path], ids: Iterable[str] | None = None, *, no_cache: bool = False) -> list:
    """The validated `Policy` models under `paths` (only `ids` when given: the others may be skipped)."""

    def uncached():
        from .check import load_policies

        return load_policies(paths)

    return _answer(paths, no_cache, lambda store: store.policies(ids), uncached)


def record_values(paths: Sequence[Path], *, no_cache: bool = False) -> list[tuple[str, Any]] | None:
    """(path, plain value) of every record under `paths`, from an up-to-date cache; None when it cannot say.

    For readers that need the data but not the models (`timeline extract`): no
    YAML parsing and no model building on a warm cache.
    """
    return _answer(paths, no_cache, lambda store: store.values(), lambda: None)


def _answer(paths: Sequence[Path], no_cache: bool, cached: Callable[[Store], Any], uncached: Callable[[], Any]):
    """The answer from an up-to-date cache, else from the records themselves.

    Only the cache's own failures send the query down the uncached path; errors
    in the records and usage errors are the query's answer either way.
    """
    if not enabled(no_cache):
        return uncached()
    names = record_names(paths)  # a missing path is a usage error, cache or not
    try:
        store = Store.open(cache_file(paths))
    except (OSError, sqlite3.Error, Corrupt):
        return uncached()
    try:
        with store:
            if store.refresh(names):
                return cached(store)
    except (OSError, sqlite3.Error, Corrupt) as exc:
        if _is_corrupt(exc):
            store.discard()
    return uncached()


def _is_corrupt(exc: BaseException) -> bool:
    if isinstance(exc, Corrupt):
        return True
    return isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorname", "") in (
        "SQLITE_CORRUPT", "SQLITE_NOTADB")


def record_names(paths: Sequence[Path]) -> list[str]:
    """The record files under `paths`, in no particular order."""
    from .errors import UsageError
    from .files import _walk

    if len(paths) == 1 and os.path.isdir(paths[0]):  # the usual case: one folder, whose names are unique
        return _walk(os.fspath(paths[0]))
    names: set[str] = set()
    for path in paths:
        text = os.fspath(path)
        if os.path.isdir(text):
            names.update(_walk(text))
        elif os.path.isfile(text):
            names.add(text)
        else:
            raise UsageError(f"no such file or folder: {path}",
                             "check the path, or leave out --data to use the defaults")
    return list(names)


# --- stored data ----------------------------------------------------------------


class Corrupt(Exception):
    """The cache holds something it cannot have written."""


class _Unpickler(pickle.Unpickler):
    _ALLOWED = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "timezone"), ("datetime", "timedelta")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise Corrupt(f"cache holds a {module}.{name}")


def _dump(value: Any) -> bytes:
    return pickle.dumps(value, protocol=5)


def _load(blob: bytes) -> Any:
    try:
        return _Unpickler(io.BytesIO(blob)).load()
    except Corrupt:
        raise
    except Exception as exc:  # any garbage: the cache is broken, not the records
        raise Corrupt(f"unreadable cache entry: {exc}") from None


class Label(str):
    """A status or action read from the cache: a str that also has `.value`, as the enums do."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str.__str__(self)


class CachedSource:
    __slots__ = ("url", "title", "publisher", "published", "updated", "quote", "provenance")

    def __init__(self, url, title, publisher, published, updated, quote, provenance):
        self.url, self.title, self.publisher, self.published = url, title, publisher, published
        self.updated, self.quote, self.provenance = updated, quote, provenance


class CachedCase:
    __slots__ = ("court", "name", "docket", "citation")

    def __init__(self, court, name, docket, citation):
        self.court, self.name, self.docket, self.citation = court, name, docket, citation

    def model_dump(self) -> dict:
        return {"court": self.court, "name": self.name, "docket": self.docket, "citation": self.citation}


class CachedEvent:
    """An event read back from the cache, with the attributes the queries and renderers use."""

    __slots__ = ("date", "not_before", "not_after", "announced", "status", "action", "summary", "authority",
                 "case", "attributes", "note", "sources")

    @classmethod
    def from_fields(cls, fields: tuple) -> CachedEvent:
        event = cls()
        (event.date, event.not_before, event.not_after, event.announced, status, action, event.summary,
         event.authority, case, event.attributes, event.note, sources) = fields
        event.status = Label(status)
        event.action = Label(action) if action is not None else None
        event.case = CachedCase(*case) if case is not None else None
        event.sources = [CachedSource(*source) for source in sources]
        return event

    @property
    def applies_on(self) -> dt.date | None:
        return self.date if self.date is not None else self.not_after

    @property
    def uncertain(self) -> bool:
        return self.date is None


def event_fields(event) -> tuple:
    """What the cache keeps of a model Event (read back by CachedEvent.from_fields)."""
    case = event.case
    return (
        event.date, event.not_before, event.not_after, event.announced, event.status.value,
        event.action.value if event.action is not None else None, event.summary, event.authority,
        (case.court, case.name, case.docket, case.citation) if case is not None else None,
        event.attributes, event.note,
        [(s.url, s.title, s.publisher, s.published, s.updated, s.quote, s.provenance) for s in event.sources],
    )


def segments(policy) -> list[tuple]:
    """The policy's state from each date on which it can change: (from, status, since, certain, attributes,
    pending event indexes), in date order. Before the first, the state is empty.

    Between two consecutive dates `query.policy_state` gives the same answer: the applied events change only
    at their `applies_on`, and an uncertain event is pending from its window's start up to the day before its
    `not_after`, which is where it applies. tests/test_cache_equivalence.py checks this against policy_state.
    """
    from .query import Fold, sort_date, uncertain_window

    ordered = sorted(enumerate(policy.events), key=lambda pair: (sort_date(pair[1]), pair[0]))
    applicable = [(event.applies_on, index, event) for index, event in ordered if event.applies_on is not None]
    uncertain = []
    for index, event in ordered:
        if event.uncertain:
            start, end = uncertain_window(policy, event)
            uncertain.append((index, event.applies_on, start, end))
    points = sorted({applies for applies, _, _ in applicable} | {start for _, _, start, _ in uncertain})
    rows = []
    fold = Fold()
    position = 0
    for point in points:
        while position < len(applicable) and applicable[position][0] <= point:
            applies, _, event = applicable[position]
            fold.apply(applies, event)
            position += 1
        pending = [index for index, applies, start, end in uncertain
                   if not (applies is not None and applies <= point)
                   and start <= point and (end is None or point <= end)]
        rows.append((point, fold.status, fold.since, not pending, dict(fold.attributes), pending))
    return rows


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL, ino INTEGER NOT NULL,
    digest BLOB NOT NULL, checked_ns INTEGER NOT NULL,
    policy_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS listing(id INTEGER PRIMARY KEY CHECK (id = 0), files BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS snapshot(
    id INTEGER PRIMARY KEY CHECK (id = 0), names TEXT NOT NULL, stamps BLOB NOT NULL, selection BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS records(file_id INTEGER PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS segments(
    file_id INTEGER NOT NULL, valid_from TEXT NOT NULL, status TEXT, since TEXT, certain INTEGER NOT NULL,
    attributes BLOB, shown BLOB, pending TEXT);
CREATE INDEX IF NOT EXISTS segments_file ON segments(file_id, valid_from);
CREATE INDEX IF NOT EXISTS segments_from ON segments(valid_from, file_id);
CREATE TABLE IF NOT EXISTS events(
    file_id INTEGER NOT NULL, idx INTEGER NOT NULL, position INTEGER NOT NULL,
    date TEXT, not_before TEXT, window_start TEXT, not_after TEXT, status TEXT NOT NULL, summary TEXT NOT NULL,
    fields BLOB NOT NULL, PRIMARY KEY(file_id, idx));
CREATE INDEX IF NOT EXISTS events_date ON events(
    date, window_start, not_after, file_id, position, not_before, status, summary);
"""
# `listing` is the `files` table without the digests, as one blob: {path: (id, size, mtime_ns, ctime_ns, ino,
# checked_ns, policy id, name)}. A warm query reads it instead of thousands of rows (a few ms instead of ~20) and
# still compares every file's stat with it. Rewritten in every transaction that changes `files`.
LISTING_SQL = "SELECT id, path, size, mtime_ns, ctime_ns, ino, checked_ns, policy_id, name FROM files"
# `snapshot` says, in three values, that nothing changed since the last full check: the names the walk found (in
# its order), every file's stat key (size, mtime_ns, ctime_ns, inode) packed in that order, and the policies as
# `_select` lists them. It is written only when every file's key is old enough to be trusted (see RACY_NS) and
# deleted by every write to `files`. A warm query whose walk and stats give the same names and bytes needs
# neither the listing nor a comparison per file: ~15 ms less for 5,000 files here.
_STAMP = struct.Struct("<qqqq")
# per policy, one seek in the (file_id, valid_from) index: the last segment starting on or before the date.
# `files f NOT INDEXED` visits the files in id order, in which their segments were written, so that neighbours
# share pages; the planner would take the path index (it covers f.id) and jump about: 25 ms against 35 ms for
# 5,000 policies in a new process here.
STATE_SQL = ("SELECT s.file_id, s.status, s.since, s.certain, s.attributes, s.shown, s.pending "
             "FROM files f NOT INDEXED JOIN segments s ON s.rowid = "
             "(SELECT rowid FROM segments WHERE file_id = f.id AND valid_from <= ?1 ORDER BY valid_from DESC LIMIT 1)")
# both states for `diff`, as two STATE_SQL rows side by side (a policy without a state then: EMPTY's values), of
# the policies whose state may differ or that have events between the dates: those with a segment starting in
# (FROM, TO] (every dated event starts one on its date) or an uncertain event whose window meets it. Any other
# policy is in the same segment on both dates, so it has nothing to show; skipping it spares two seeks each
# (most policies, for a window of weeks in decades of records).
_SEEK = "(SELECT rowid FROM segments WHERE file_id = c.id AND valid_from <= {} ORDER BY valid_from DESC LIMIT 1)"
BOTH_STATES_SQL = (
    "WITH c(id) AS (SELECT file_id FROM segments WHERE valid_from > ?1 AND valid_from <= ?2 "
    "UNION SELECT file_id FROM events WHERE date IS NULL AND window_start <= ?2 "
    "AND (not_after IS NULL OR not_after > ?1)) "
    "SELECT c.id, b.status, b.since, coalesce(b.certain, 1), b.attributes, b.shown, b.pending, "
    "a.status, a.since, coalesce(a.certain, 1), a.attributes, a.shown, a.pending FROM c "
    f"LEFT JOIN segments b ON b.rowid = {_SEEK.format('?1')} LEFT JOIN segments a ON a.rowid = {_SEEK.format('?2')}")
ONE_STATE_SQL = ("SELECT file_id, status, since, certain, attributes, shown, pending FROM segments "
                 "WHERE file_id = ?1 AND valid_from <= ?2 ORDER BY valid_from DESC LIMIT 1")
# what the text shows of an event, then the whole event as a blob for the library's reports
EVENT_COLUMNS = "date, not_before, not_after, status, summary, fields"
# events in (FROM, TO]: dated ones by the date index, uncertain ones (date NULL) by their window
EVENTS_SQL = ("SELECT file_id, position, {} FROM events WHERE date > ?1 AND date <= ?2 "
              "UNION ALL SELECT file_id, position, {} FROM events WHERE date IS NULL "
              "AND window_start <= ?2 AND (not_after IS NULL OR not_after > ?1) ORDER BY 1, 2")
# the same for the text only: every column it reads is in the events_date index, so no event row is visited
EVENTS_TEXT_SQL = EVENTS_SQL.format(*[EVENT_COLUMNS.replace(", fields", "")] * 2)
EVENTS_SQL = EVENTS_SQL.format(EVENT_COLUMNS, EVENT_COLUMNS)
# a policy before its first event (status, since, certain, attributes, shown, pending): nothing, for certain
EMPTY = (None, None, 1, None, None, None)


class Store:
    """One cache file: open, bring up to date with the records, answer queries."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.db = connection
        self.files: dict[int, tuple[str, str]] = {}  # file id -> (policy id, name)
        self._listed: list[tuple[int, str, str]] | None = None  # every (file id, policy id, name), by policy id
        self._listing_blob: bytes | None = None  # the listing as this run last read or wrote it

    @classmethod
    def open(cls, path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in (1, 2):
            try:
                return cls._connect(path)
            except sqlite3.DatabaseError as exc:
                if attempt == 2 or getattr(exc, "sqlite_errorname", "") in _LOCKED:
                    raise
                _unlink(path)
            except Corrupt:
                if attempt == 2:
                    raise
                _unlink(path)
        raise AssertionError("unreachable")  # pragma: no cover

    @classmethod
    def _connect(cls, path: Path) -> Store:
        connection = sqlite3.connect(path, timeout=10, isolation_level=None)
        try:
            # for a new file only (a no-op on one that has tables): a warm query on thousands of policies reads a
            # row from thousands of pages, one read() each in a new process; 64 KiB pages read ~20% faster
            connection.execute("PRAGMA page_size=65536")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            rows = dict(connection.execute(
                "SELECT key, value FROM meta").fetchall()) if _has_meta(connection) else {}
            expected = {"format": FORMAT, "version": __version__}
            if rows != expected:
                if rows:
                    raise Corrupt(f"cache written by another version ({rows})")
                connection.execute("BEGIN IMMEDIATE")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        connection.execute(statement)
                connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", expected.items())
                connection.execute("INSERT OR IGNORE INTO listing VALUES (0, ?)", (_dump({}),))
                connection.execute("COMMIT")
        except BaseException:
            connection.close()
            raise
        return cls(path, connection)

    def close(self) -> None:
        self.db.close()

    def discard(self) -> None:
        _unlink(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- bringing it up to date --

    def refresh(self, names: list[str]) -> bool:
        """Make the cache match the files `names`. False when a record is invalid (the caller reads them)."""
        infos = [os.stat(name) for name in names]
        stamps = b"".join([_STAMP.pack(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
                           for info in infos])
        snapshot = self.db.execute("SELECT names, stamps, selection FROM snapshot WHERE id = 0").fetchone()
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
        self._snapshot(names, known, snapshot)
        return True

    def _snapshot(self, names: list[str], known: dict, stored: tuple | None) -> None:
        """Write the snapshot of a cache just found up to date with `names` (its listing: `known`), if every
        key can be trusted."""
        if len(known) != len(names):
            return
        rows = [known.get(name) for name in names]
        if any(row is None or max(row[2], row[3]) >= row[5] - RACY_NS for row in rows):
            return  # changed too recently to say from the keys alone: the next query checks again
        stamps = b"".join([_STAMP.pack(*row[1:5]) for row in rows])
        listed = sorted(((row[0], row[6], row[7]) for row in rows), key=lambda item: item[1])
        if stored is not None and stored[1] == stamps and stored[0] == "\0".join(names):
            return
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT files FROM listing WHERE id = 0").fetchone() != (self._listing_blob,):
                db.execute("ROLLBACK")  # another run changed the cache meanwhile: leave the snapshot to it
                return
            db.execute("INSERT OR REPLACE INTO snapshot VALUES (0, ?, ?, ?)", ("\0".join(names), stamps, _dump(listed)))
            db.execute("COMMIT")
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
        built, size = [], 0
        for name, info in stale:
            entry = _build(name, info)
            if entry is None:
                return None  # what was written so far is right, and read next time
            built.append(entry)
            size += entry["size"]
            if len(built) == WRITE_EVERY or size >= WRITE_BYTES:  # memory stays flat however many files change
                known = self._write(built, [], [])
                built, size = [], 0
        if built or removed or touched:
            known = self._write(built, removed, touched)
        self.files = {row[0]: (row[6], row[7]) for row in known.values()}
        if len({policy_id for policy_id, _ in self.files.values()}) != len(self.files):
            return None  # a duplicate id: an error the uncached path reports
        return known

    def _write(self, built: list, removed: list[int], touched: list[tuple]) -> dict:
        """Store what changed in one transaction; returns the new listing."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            gone = list(removed)  # and the entries of the files rebuilt, as this cache holds them now
            for entry in built:
                gone.extend(row[0] for row in db.execute("SELECT id FROM files WHERE path = ?", (entry["path"],)))
            for table, column in (("segments", "file_id"), ("events", "file_id"), ("records", "file_id"),
                                  ("files", "id")):
                db.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(file_id,) for file_id in gone])
            db.executemany("UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, ino = ?, checked_ns = ? "
                           "WHERE id = ?", touched)
            for entry in built:
                file_id = db.execute(
                    "INSERT INTO files (path, size, mtime_ns, ctime_ns, ino, digest, checked_ns, policy_id, name) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entry["file"]).lastrowid
                db.execute("INSERT INTO records VALUES (?, ?)", (file_id, entry["record"]))
                db.executemany("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [(file_id, *row) for row in entry["segments"]])
                db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               [(file_id, *row) for row in entry["events"]])
            db.execute("DELETE FROM snapshot")  # the next query that finds every file unchanged writes it again
            listing = {row[1]: (row[0], *row[2:]) for row in db.execute(LISTING_SQL)}
            self._listing_blob = _dump(listing)
            db.execute("INSERT OR REPLACE INTO listing VALUES (0, ?)", (self._listing_blob,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return listing

    # -- answering --

    def _select(self, ids: Iterable[str] | None) -> list[tuple[int, str, str]]:
        """(file id, policy id, name) of the policies asked for, sorted by policy id, as `query.select` chooses."""
        if not ids and self._listed is not None:
            return self._listed
        by_id = {policy_id: (file_id, policy_id, name) for file_id, (policy_id, name) in self.files.items()}
        if not ids:
            return [by_id[key] for key in sorted(by_id)]
        ids = list(ids)
        if any(wanted not in by_id for wanted in ids):
            from types import SimpleNamespace

            from .query import select

            select([SimpleNamespace(id=key) for key in by_id], ids)  # raises query's usage error, with its hint
        return [by_id[key] for key in sorted(set(ids))]

    def _states(self, on: dt.date, chosen: list[tuple[int, str, str]]) -> dict[int, tuple]:
        """file id -> (status, since, certain, attributes, shown, pending) of the chosen policies that have a state
        on `on` (the others have EMPTY); `pending` is the indexes of the events pending then ('3,5'), or None."""
        day = on.isoformat()
        if len(chosen) == len(self.files):
            rows = self.db.execute(STATE_SQL, (day,))
        else:
            rows = (row for file_id, _, _ in chosen for row in self.db.execute(ONE_STATE_SQL, (file_id, day)))
        return {row[0]: row[1:] for row in rows}

    def _pending(self, file_id: int, indexes: str | None) -> tuple:
        """The event rows of the uncertain events pending on a date (few: fetched one by one)."""
        if not indexes:
            return ()
        found = []
        for index in indexes.split(","):
            row = self.db.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE file_id = ? AND idx = ?",
                                  (file_id, int(index))).fetchone()
            if row is None:
                raise Corrupt("an event named by a segment is missing")
            found.append(row)
        return tuple(found)

    def state(self, on: dt.date, ids: Iterable[str] | None, uncached: Callable[[], Any]) -> StateRows:
        chosen = self._select(ids)
        states = self._states(on, chosen)
        rows, extra = [], []
        found = states.get
        for file_id, policy_id, name in chosen:
            status, since, certain, attributes, shown, pending = found(file_id, EMPTY)
            pending = self._pending(file_id, pending) if pending else ()
            # as StateReport.rows (in effect: as PolicyState.in_effect); then what the report needs besides
            rows.append((policy_id, name, status, status == "active", since, bool(certain),
                         {} if shown is None else _shown(shown), [event[:5] for event in pending] if pending else []))
            extra.append((attributes, pending))
        return StateRows(on, rows, extra, self.path, uncached)

    def diff(self, start: dt.date, end: dt.date, ids: Iterable[str] | None, uncached: Callable[[], Any],
             again: Callable[[], Any] | None = None) -> DiffRows:
        """The changes; with `again` (text only), without reading the events' blobs (see `diff`)."""
        chosen = self._select(ids)
        first, last = start.isoformat(), end.isoformat()
        # both states of the policies that may show a change (BOTH_STATES_SQL), in one pass
        both = {row[0]: (row[1:7], row[7:]) for row in self.db.execute(BOTH_STATES_SQL, (first, last))}
        in_window: dict[int, list] = {}
        for row in self.db.execute(EVENTS_SQL if again is None else EVENTS_TEXT_SQL, (first, last)):
            in_window.setdefault(row[0], []).append(row[2:])  # (date, ..., fields): after file id and position
        changes = []
        for file_id, policy_id, name in chosen:
            if file_id not in both:
                continue  # in the same segment on both dates, with no event between
            old, new = both[file_id]
            events = in_window.get(file_id, [])
            # equal blobs hold equal attributes; unequal ones may not (1 and 1.0), so those are compared as values
            old_attributes = new_attributes = None
            if old[3] != new[3]:
                old_attributes, new_attributes = _attributes(old[3]), _attributes(new[3])
            if events or old[0] != new[0] or old_attributes != new_attributes:
                old = (*old[:5], self._pending(file_id, old[5]))
                new = (*new[:5], self._pending(file_id, new[5]))
                changes.append((policy_id, name, old, new, old_attributes, new_attributes, events))
        return DiffRows(start, end, changes, self.path, uncached, again)

    def values(self) -> list[tuple[str, Any]]:
        rows = self.db.execute("SELECT f.path, r.record FROM files f JOIN records r ON r.file_id = f.id "
                               "ORDER BY f.path").fetchall()
        if len(rows) != len(self.files):
            raise Corrupt("a record is missing")
        return [(path, _load(record)) for path, record in rows]

    def policies(self, ids: Iterable[str] | None) -> list:
        from .model import Policy

        models = []
        for file_id, _, _ in self._select(ids):
            row = self.db.execute("SELECT record FROM records WHERE file_id = ?", (file_id,)).fetchone()
            if row is None:
                raise Corrupt("a record is missing")
            (record,) = row
            models.append(Policy.model_validate(_load(record)))
        return models


def _shown(blob: bytes | None) -> dict:
    """Attributes as plain data (`plain.plain`), as the text and JSON show them."""
    if blob is None:
        return {}
    try:
        value = marshal.loads(blob)
    except Exception as exc:  # EOFError, ValueError, TypeError: the cache is broken, not the records
        raise Corrupt(f"unreadable cache entry: {exc}") from None
    if not isinstance(value, dict):
        raise Corrupt("stored attributes are not a mapping")
    return value


def _attributes(blob: bytes | None) -> dict:
    """Attributes with their values as the records hold them (dates as dates)."""
    return _load(blob) if blob is not None else {}


# --- answers read from the cache ----------------------------------------------------


class _Answer:
    """Base of the cache's answers. Rows for the text come straight from SQLite; the library's report, for the
    other formats, is built from the stored blobs on the first `report()`. A blob found damaged only then (the
    cache is closed by now) is handled as any other damage: the cache file is thrown away and the report is
    computed from the records."""

    def __init__(self, cache_path: Path, uncached: Callable[[], Any], again: Callable[[], Any] | None = None) -> None:
        self._cache_path = cache_path
        self._uncached = uncached
        self._again = again  # for an answer read for the text only: the full report, asked for again
        self._report: Any = None

    def _build(self) -> Any:
        raise NotImplementedError

    def report(self) -> Any:
        if self._report is None:
            if self._again is not None:
                self._report = self._again()
                return self._report
            try:
                self._report = self._build()
            except Corrupt:
                _unlink(self._cache_path)
                self._report = self._uncached()
        return self._report

    def as_dict(self) -> dict:
        return self.report().as_dict()


def _report_of(answer: Any) -> Any:
    """The library's report of an answer, from the cache or not."""
    return answer.report() if isinstance(answer, _Answer) else answer


def _policy_state(policy_id: str, name: str, row: tuple):
    """query.PolicyState from a state row (status, since, certain, attributes, shown, pending events)."""
    from .query import PolicyState

    status, since, certain, attributes, _, pending = row
    events = tuple(CachedEvent.from_fields(_load(event[-1])) for event in pending)
    return PolicyState(policy_id, name, status, dt.date.fromisoformat(since) if since else None, bool(certain),
                       _attributes(attributes), events, None)


class StateRows(_Answer):
    """`state`'s answer from the cache: the same `rows()` and `as_dict()` as query.StateReport."""

    kind = "state"

    def __init__(self, on: dt.date, rows: list[tuple], extra: list[tuple], cache_path: Path,
                 uncached: Callable[[], Any]) -> None:
        super().__init__(cache_path, uncached)
        self.on = on
        self._rows = rows
        self._extra = extra  # per row, (attributes blob, pending event rows with their blobs)

    def rows(self) -> list[tuple]:
        """As StateReport.rows: (id, name, status, in_effect, since, certain, attributes, pending)."""
        return self._rows

    def _build(self) -> StateReport:
        from .query import StateReport

        return StateReport(self.on, [
            _policy_state(policy_id, name, (status, since, certain, attributes, None, pending))
            for (policy_id, name, status, _, since, certain, _, _), (attributes, pending)
            in zip(self._rows, self._extra, strict=True)])

    @property
    def policies(self) -> list:
        return self.report().policies


class DiffRows(_Answer):
    """`diff`'s answer from the cache: the same `rows()` and `as_dict()` as query.DiffReport."""

    kind = "diff"

    def __init__(self, start: dt.date, end: dt.date, changes: list[tuple], cache_path: Path,
                 uncached: Callable[[], Any], again: Callable[[], Any] | None = None) -> None:
        super().__init__(cache_path, uncached, again)
        self.start, self.end = start, end
        # (policy id, name, state row before, after, attributes before, after (None: equal), event rows)
        self._changes = changes

    def rows(self) -> list[tuple]:
        """As DiffReport.rows: (id, name, status before, after, changed attributes, events)."""
        rows = []
        for policy_id, name, old, new, old_attributes, new_attributes, events in self._changes:
            changed = []
            if old_attributes != new_attributes:  # as Change.attributes_changed
                for key in sorted(set(old_attributes) | set(new_attributes)):
                    before, after = old_attributes.get(key), new_attributes.get(key)
                    if before != after:
                        changed.append((str(key), plain(before), plain(after)))
            rows.append((policy_id, name, old[0], new[0], changed, [event[:5] for event in events]))
        return rows

    def _build(self) -> DiffReport:
        from .query import Change, DiffReport

        return DiffReport(self.start, self.end, [
            Change(policy_id, name, _policy_state(policy_id, name, old), _policy_state(policy_id, name, new),
                   [CachedEvent.from_fields(_load(event[-1])) for event in events])
            for policy_id, name, old, new, _, _, events in self._changes])

    @property
    def changes(self) -> list:
        return self.report().changes


def _has_meta(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() \
        is not None


def _unlink(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(os.fspath(path) + suffix)
        except FileNotFoundError:
            pass


def _read(name: str) -> bytes:
    with open(name, "rb") as handle:
        return handle.read()


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=20).digest()


def _build(name: str, info: os.stat_result) -> dict | None:
    """Read and validate one file as the uncached path does; None when it has an error."""
    from .check import valid_alone
    from .load import read_file

    checked_ns = time.time_ns()
    before = _digest(_read(name))
    loaded = read_file(Path(name))
    if not valid_alone(loaded):
        return None
    if _digest(_read(name)) != before:
        return None  # the file changed while it was read: let the uncached path read it
    from .query import sort_date, uncertain_window

    policy = loaded.policy
    ordered = sorted(enumerate(policy.events), key=lambda pair: (sort_date(pair[1]), pair[0]))
    events = []
    for position, (index, event) in enumerate(ordered):
        window_start = uncertain_window(policy, event)[0].isoformat() if event.uncertain else None
        events.append((index, position, _iso(event.date), _iso(event.not_before), window_start,
                       _iso(event.not_after), event.status.value, event.summary, _dump(event_fields(event))))
    rows = [(point.isoformat(), status, _iso(since), int(certain), _dump(attributes) if attributes else None,
             marshal.dumps(plain(attributes)) if attributes else None, ",".join(map(str, pending)) or None)
            for point, status, since, certain, attributes, pending in segments(policy)]
    record = _dump(loaded.document.value)
    return {
        "path": name,
        "file": (name, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, before, checked_ns,
                 policy.id, policy.name),
        "record": record,
        "segments": rows,
        "events": events,
        "size": len(record) + sum(len(row[-1]) for row in events) + sum(len(row[4] or b"") for row in rows),
    }


__all__ = ["RECORD_SUFFIXES", "cache_dir", "cache_file", "diff", "enabled", "policies", "state"]

"""Where the cache lives, what its files mean, and how big the folder may grow.

Cache files sit in `$TIMELINE_CACHE_DIR`, else `$XDG_CACHE_HOME/timeline`,
else `~/.cache/timeline`: one SQLite file per set of data paths, named
`records-<hash of the paths>.sqlite3`. The folder is bounded: after a cache
file is filled, the least recently used files are removed until the folder
is under `TIMELINE_CACHE_MAX_MB` (256 by default). The modification time of a
file's stamp (below) says when it was last used: every query that reads the
file touches its stamp, never the file itself.

A cache file changed by anything but timeline is not read: after each run
that had a cache file open and saw it change (its own writes, or SQLite moving
another run's writes into it), the file's size, times and inode (and, for
files up to `HASH_BELOW` bytes, a hash of its content) are kept beside it in a
`.stamp` file; a file that no longer matches its stamp is thrown away and
rebuilt, unless another run is using it (random bytes written over a page
would otherwise be read as data). Every run holds a shared lock on the file's
`.lock` companion while it uses the file; a file is only removed (rebuilt,
evicted, cleared) under an exclusive one, so no run loses a file it is using.

What a cache file means depends on the code that filled it. `code_key()` is a
hash of the source of every module whose behaviour decides what is stored (the
core's rules, the records' reading and validation, the store itself), of the
Python and SQLite versions and of the package version: change a rule and
every existing cache file is thrown away on its next use, with no version to
bump by hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline import __version__
from timeline.errors import UsageError

PREFIX = "records-"
SUFFIX = ".sqlite3"
STAMP = ".stamp"
LOCK = ".lock"
HASH_BELOW = 4 * 1024 * 1024  # cache files up to this size are hashed to check them (~4 ms at most)
DEFAULT_MAX_MB = 256
_PACKAGE = Path(__file__).resolve().parent.parent
_MEANING = ("core", "records", "store")  # the subpackages whose code decides what a cache file holds
_code_key: str | None = None


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
    return cache_dir() / f"{PREFIX}{hashlib.sha1(key.encode()).hexdigest()[:16]}{SUFFIX}"


def code_key() -> str:
    """A hash of everything that decides what a cache file holds (see the module's docstring)."""
    global _code_key
    if _code_key is None:
        digest = hashlib.blake2b(digest_size=16)
        digest.update(f"{__version__}\0{sys.version}\0{sqlite3.sqlite_version}\0".encode())
        names = [_PACKAGE / "errors.py"]
        for folder in _MEANING:
            names.extend(sorted((_PACKAGE / folder).glob("*.py")))
        for name in names:
            digest.update(name.name.encode() + b"\0")
            digest.update(name.read_bytes())
        _code_key = digest.hexdigest()
    return _code_key


MAX_MB = 10**9  # the largest bound TIMELINE_CACHE_MAX_MB may set


def max_bytes() -> int:
    """The folder's bound: TIMELINE_CACHE_MAX_MB megabytes (256 by default)."""
    text = os.environ.get("TIMELINE_CACHE_MAX_MB", "").strip()
    if not text:
        return DEFAULT_MAX_MB * 1024 * 1024
    try:
        megabytes = float(text)
    except ValueError:
        raise UsageError(f"TIMELINE_CACHE_MAX_MB is '{text}', not a number",
                         "set it to a size in megabytes, e.g. TIMELINE_CACHE_MAX_MB=256") from None
    if not 0 <= megabytes <= MAX_MB:  # NaN and infinity too
        raise UsageError(f"TIMELINE_CACHE_MAX_MB is '{text}'",
                         f"give a size from 0 to {MAX_MB:,} megabytes (a petabyte), e.g. TIMELINE_CACHE_MAX_MB=256")
    return int(megabytes * 1024 * 1024)


@dataclass(frozen=True)
class CacheFile:
    path: Path
    bytes: int  # the database with its -wal and -shm files
    used: dt.datetime  # when it was last used


def _companions(path: Path) -> list[Path]:
    return [path] + [Path(os.fspath(path) + suffix) for suffix in ("-wal", "-shm", "-journal", STAMP, LOCK)]


def _content_hash(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _key(info: os.stat_result) -> list[int]:
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


def _wal_key(path: Path) -> list[int]:
    """The key of a cache file's write-ahead log (SQLite reads what another program left there), or zeros."""
    try:
        return _key(os.stat(os.fspath(path) + "-wal"))
    except OSError:
        return [0, 0, 0, 0]


def stamp(path: Path) -> None:
    """Record a cache file as this run left it (after its connection is closed)."""
    try:
        info = os.stat(path)
        digest = _content_hash(path) if info.st_size <= HASH_BELOW else "-"
        text = " ".join(map(str, _key(info) + _wal_key(path))) + f" {digest}\n"
        temporary = Path(os.fspath(path) + STAMP + f".{os.getpid()}.tmp")
        temporary.write_text(text)
        os.replace(temporary, os.fspath(path) + STAMP)
    except OSError:
        remove(path)  # a cache file that cannot be vouched for is not kept


def file_key(path: Path) -> list[int] | None:
    """A cache file's size, times and inode, and its log's (None when there is no file)."""
    try:
        return _key(os.stat(path)) + _wal_key(path)
    except OSError:
        return None


class Session:
    """A run's use of one cache file: a shared lock on its `.lock` companion, held until `close()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(os.fspath(path) + LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise

    def take_over(self) -> bool:
        """Remove the cache file if no other run uses it (True); False when one does. The session goes on."""
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        try:
            for part in _companions(self.path):
                if not part.name.endswith(LOCK):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(part)
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
        return True

    def close(self) -> None:
        os.close(self._fd)


def _remove_unused(path: Path) -> bool:
    """Remove a cache file that no run is using; False when one is, or it cannot be removed."""
    return _removal(path) is None


def _removal(path: Path) -> str | None:
    """Remove a cache file that no run is using. None when removed, else why not."""
    try:
        fd = os.open(os.fspath(path) + LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        return f"cannot be removed: {exc.strerror}"
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return "in use by another run"
    try:
        remove(path)
    except OSError as exc:
        return f"cannot be removed: {exc.strerror}"
    finally:
        os.close(fd)
    return None


def intact(path: Path) -> bool:
    """Whether a cache file is as timeline last left it (True when there is none yet)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        fields = Path(os.fspath(path) + STAMP).read_text().split()
    except (OSError, UnicodeDecodeError):
        return False
    if len(fields) != 9 or fields[:8] != [str(value) for value in _key(info) + _wal_key(path)]:
        return False
    return fields[8] == "-" if info.st_size > HASH_BELOW else fields[8] == _content_hash(path)


def cache_files(folder: Path | None = None) -> list[CacheFile]:
    """The cache's files, least recently used first (only files this package names; nothing else is touched)."""
    folder = folder or cache_dir()
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not (entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX)):
            continue
        path = Path(entry.path)
        size, used, stamped = 0, None, None
        for part in _companions(path):
            with contextlib.suppress(OSError):
                info = os.stat(part)
                size += info.st_size
                if part == path:
                    used = info.st_mtime
                elif part.name.endswith(STAMP):
                    stamped = info.st_mtime
        used = stamped if stamped is not None and used is not None else used
        if used is not None:
            found.append(CacheFile(path, size, dt.datetime.fromtimestamp(used)))
    return sorted(found, key=lambda item: (item.used, item.path.name))


def touch(path: Path) -> None:
    """Mark a cache file as just used (its stamp's time: the file itself is left as it is)."""
    with contextlib.suppress(OSError):
        os.utime(os.fspath(path) + STAMP)


def remove(path: Path) -> None:
    """A cache file and its companions (-wal, -shm, -journal)."""
    for part in _companions(path):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(part)


def enforce_limit(keep: Path | None = None) -> list[CacheFile]:
    """Remove the least recently used cache files until the folder is under its bound; `keep` goes last (it is
    removed too if it alone is over the bound). The files removed."""
    limit = max_bytes()
    files = cache_files()
    total = sum(item.bytes for item in files)
    removed = []
    order = [item for item in files if item.path != keep] + [item for item in files if item.path == keep]
    for item in order:
        if total <= limit:
            break
        if item.path == keep:  # the caller's own session is over: nothing of it is in use any more
            remove(item.path)
        elif not _remove_unused(item.path):
            continue  # in use by another run: it goes next time
        removed.append(item)
        total -= item.bytes
    return removed


def clear() -> tuple[list[CacheFile], list[tuple[CacheFile, str]]]:
    """Empty the cache: every cache file that no run is using removed. The files removed, and those left with
    why (in use by another run; cannot be removed, with the system's reason)."""
    removed, left = [], []
    for item in cache_files():
        reason = _removal(item.path)
        if reason is None:
            removed.append(item)
        else:
            left.append((item, reason))
    return removed, left


def data_paths(path: Path) -> list[str]:
    """The data paths a cache file answers for, as it recorded them (empty when it cannot say)."""
    import urllib.parse  # ~8 ms: only `cache info` asks

    try:
        # a URI: '?', '#' and '%' in the folder's name are escaped, or SQLite reads them as the URI's own
        connection = sqlite3.connect(f"file:{urllib.parse.quote(os.fspath(path))}?mode=ro", uri=True, timeout=0.1)
    except sqlite3.Error:
        return []
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'paths'").fetchone()
    except sqlite3.Error:
        return []
    finally:
        connection.close()
    return row[0].split("\0") if row and isinstance(row[0], str) else []


def info() -> dict:
    """The cache as plain data, for `timeline cache info`."""
    files = cache_files()
    return {
        "folder": os.fspath(cache_dir()),
        "enabled": enabled(),
        "limit_bytes": max_bytes(),
        "bytes": sum(item.bytes for item in files),
        "files": [{"path": os.fspath(item.path), "bytes": item.bytes,
                   "last_used": item.used.isoformat(timespec="seconds"), "data": data_paths(item.path)}
                  for item in files],
    }


__all__ = ["CacheFile", "Session", "cache_dir", "cache_file", "cache_files", "clear", "code_key", "data_paths",
           "enabled", "enforce_limit", "file_key", "info", "intact", "max_bytes", "remove", "stamp", "touch"]

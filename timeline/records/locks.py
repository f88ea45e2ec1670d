"""One writer at a time per record file, without a lock file.

Every writer (`timeline accept`, `timeline fmt`) holds an exclusive
`fcntl.flock` on each record file it changes, from before it reads the file
until its new text has replaced it. The lock is taken on the record itself,
reached through its real path, so two writers exclude each other whatever data
folder, subfolder or symbolic link each was given, and nothing is left behind
in the data folder (nor anywhere else).

Writers replace a record by renaming a new file over it (`timeline.atomic`),
so a writer that waited may hold the lock of a file that is no longer the
record: after each lock it checks that the path still names the file it
locked, and starts again if not. Several files are locked in the order of
their real paths, so two writers never wait for each other.

Standard library only; POSIX. A writer waits up to `$TIMELINE_LOCK_TIMEOUT`
seconds (default 10), then stops with a usage error.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import math
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import UsageError

DEFAULT_TIMEOUT = 10.0
_POLL = 0.05


def lock_timeout() -> float:
    """$TIMELINE_LOCK_TIMEOUT in seconds (default 10); a usage error when it is not a number of seconds."""
    text = os.environ.get("TIMELINE_LOCK_TIMEOUT", "").strip()
    if not text:
        return DEFAULT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise UsageError(f"TIMELINE_LOCK_TIMEOUT is '{text}', not a number of seconds",
                         "set it to how many seconds a writer may wait for another one, e.g. "
                         "TIMELINE_LOCK_TIMEOUT=10, or unset it (default 10)")
    return value


def open_hint(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "check the file's permissions (ls -l): timeline needs to read and replace it"
    return "check the path and try again"


@contextlib.contextmanager
def locked(paths: Iterable[Path], timeout: float | None = None) -> Iterator[None]:
    """Hold the writer lock of every record file in `paths`; a UsageError when another writer keeps one past
    `timeout` seconds (default: `lock_timeout()`), or when a file cannot be opened."""
    if timeout is None:
        timeout = lock_timeout()
    deadline = time.monotonic() + timeout
    real = sorted({os.path.realpath(path) for path in paths})
    with contextlib.ExitStack() as stack:
        for path in real:
            stack.enter_context(_locked_one(Path(path), deadline))
        yield


@contextlib.contextmanager
def _locked_one(path: Path, deadline: float) -> Iterator[None]:
    while True:
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as exc:
            raise UsageError(f"cannot open {path}: {exc.strerror}", open_hint(exc)) from None
        try:
            _wait_for(descriptor, path, deadline)
            if _still_the_record(descriptor, path):
                try:
                    yield
                finally:
                    fcntl.flock(descriptor, fcntl.LOCK_UN)
                return
        finally:
            os.close(descriptor)


def _wait_for(descriptor: int, path: Path, deadline: float) -> None:
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise UsageError(f"another timeline process is writing {path}",
                                 "wait for it to finish and try again (or raise TIMELINE_LOCK_TIMEOUT)") from None
            time.sleep(_POLL)


def _still_the_record(descriptor: int, path: Path) -> bool:
    """Whether `path` still names the file locked through `descriptor` (another writer may have replaced it)."""
    held = os.fstat(descriptor)
    try:
        now = os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"{path} was removed while timeline waited to write it", "check the records folder") from None
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


__all__ = ["DEFAULT_TIMEOUT", "lock_timeout", "locked", "open_hint"]

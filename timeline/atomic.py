"""The one way `timeline` writes a file: whole or not at all.

Every writer (accept, fmt, export, chart, schema, site) goes through
`write_bytes` or `target_path`:

* a regular file (or a new one) is replaced atomically: the data goes to a
  temporary file in the same folder, which is fsynced, given the old file's
  permissions (0644 for a new file, less what the umask removes) and, as far
  as the user may, its owner and group, moved over
  the old one with `os.replace`, and the folder is fsynced; a crash at any
  moment leaves the old file or the new one, never half of one;
* a symbolic link is followed: its target is what gets replaced, and the link
  stays a link;
* anything that is not a regular file (a terminal, a pipe, /dev/null, a
  device) is written through, as a shell redirection would: replacing it with
  a regular file would destroy it;
* a folder, a path whose folder does not exist, or a file its owner made
  read-only (for a user other than root, as a shell's `>` would) is a usage
  error; a file with several hard links is replaced by a new one, which the
  other names no longer share;
* a writer that read the file first (accept, fmt) passes a `digest` of what it
  read: if the file no longer holds it when the new one is about to replace
  it (an editor, `sed -i` or `git checkout` changed it meanwhile, without
  timeline's lock), nothing is written and the writer says so, so that no
  one's edit is lost.

`TIMELINE_TEST_PAUSE_WRITE=<stage>:<file>` (stage `mid-write` or
`before-replace`) makes a writer create <file> and wait at that stage until
<file> is removed (60 s at most); the tests use it to kill a writer mid-write,
or to change the file under it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import UsageError

DEFAULT_MODE = 0o666  # less the umask, as open() would create it


def resolve_target(path: Path) -> Path:
    """The file a write to `path` changes: the final target of a chain of links (which may not exist yet). A
    link to a pipe or a terminal (/dev/stdout -> /proc/self/fd/1 -> 'pipe:[123]', a name that is no path) is
    written through as it is."""
    path = Path(path)
    try:
        if not path.is_symlink():
            return path
        if _kind(path) == "special":
            return path
        return Path(os.path.realpath(path, strict=False))
    except OSError:
        return path


def _kind(path: Path) -> str:
    """'missing', 'file', 'folder' or 'special' (anything else: a device, a pipe, a socket)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing"
    except NotADirectoryError:
        return "missing"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special"


def _check_folder(target: Path, original: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"no such folder: {folder}", f"create it first, or write {original} somewhere else")


def _check_writable(target: Path, original: Path, kind: str) -> None:
    """A file its owner made read-only is not replaced behind their back (a shell's `>` would fail too)."""
    if kind == "file" and not os.access(target, os.W_OK):
        raise UsageError(f"{original} is read-only", "make it writable (chmod u+w) if it should be replaced")


def _pause(stage: str) -> None:
    setting = os.environ.get("TIMELINE_TEST_PAUSE_WRITE", "")
    wanted, _, ready = setting.partition(":")
    if wanted == stage and ready:
        Path(ready).write_text(stage)
        deadline = time.monotonic() + 60
        while Path(ready).exists() and time.monotonic() < deadline:  # the test removes it to go on
            time.sleep(0.01)


def digest(data: bytes) -> bytes:
    """What `write_bytes(..., unchanged=...)` compares: a hash of a file's content as a writer read it."""
    return hashlib.blake2b(data, digest_size=32).digest()


def _checked(path: Path, folder_hint: str = "give a file name") -> tuple[Path, Path, str]:
    """(the path as given, the file a write changes, its kind), or the usage error that writing it would be:
    a folder in the way, no folder to write into, a read-only file."""
    original = Path(path)
    target = resolve_target(original)
    kind = _kind(target)
    if kind == "folder":
        raise UsageError(f"{original} is a folder", folder_hint)
    if kind != "special":
        _check_folder(target, original)
        _check_writable(target, original, kind)
    return original, target, kind


def write_bytes(path: Path, data: bytes, *, unchanged: bytes | None = None) -> None:
    """Write `data` to `path` whole or not at all (see the module's docstring). `unchanged`: the `digest` of
    the content the writer read; the write is refused if the file holds something else by then."""
    original, target, kind = _checked(path)
    if kind == "special":
        _write_through(target, data, original)
        return
    _replace(target, data, kind == "file", unchanged, original)


def check_targets(paths: list[Path]) -> None:
    """Raise the usage error that writing any of `paths` would raise (a folder in the way, no folder to write
    into) before any of them is written: a writer of several files writes all of them or none."""
    for path in paths:
        _checked(path, "move it away, or write somewhere else")


def write_text(path: Path, text: str) -> None:
    """`write_bytes` of UTF-8 text, line ends as they are in `text`."""
    write_bytes(path, text.encode("utf-8"))


def _write_through(target: Path, data: bytes, original: Path) -> None:
    try:
        with open(target, "wb", buffering=0) as out:
            view = memoryview(data)
            while view:
                written = out.write(view)
                view = view[written:]
    except OSError as exc:
        raise UsageError(f"cannot write {original}: {exc.strerror}", _hint(exc)) from None


def _hint(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full: free some room and try again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "check the permissions of the file and its folder, or write somewhere else"
    return "check the path and try again"


@contextlib.contextmanager
def _terminations_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP (a `kill`, a closed terminal) interrupt a write as Ctrl-C does, so that its temporary
    file is removed on the way out instead of left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _replace(target: Path, data: bytes, exists: bool, unchanged: bytes | None = None,
             original: Path | None = None) -> None:
    with _terminations_interrupt():
        try:
            handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror}", _hint(exc)) from None
        with _removed_on_failure(Path(temp_name), target):
            with os.fdopen(handle, "wb") as out:
                half = len(data) // 2
                out.write(data[:half])
                out.flush()
                _pause("mid-write")
                out.write(data[half:])
        _commit(Path(temp_name), target, exists, unchanged, original or target)


@contextlib.contextmanager
def _removed_on_failure(temporary: Path, target: Path) -> Iterator[None]:
    """Remove the temporary file if the block fails; an OSError becomes a usage error naming the target."""
    try:
        yield
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {target}: {exc.strerror}", _hint(exc)) from None
        raise


def _keep_owner(descriptor: int, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group, as far as the user may: root keeps both; another user
    keeps the group when a member of it (so a group-writable record stays writable by its group)."""
    if (old.st_uid, old.st_gid) == (os.geteuid(), os.getegid()):
        return
    for uid, gid in ((old.st_uid, old.st_gid), (-1, old.st_gid)):
        try:
            os.fchown(descriptor, uid, gid)
            return
        except OSError:
            continue


class Changed(UsageError):
    """The file changed between the writer's read and its write: nothing was written."""


def _commit(temporary: Path, target: Path, exists: bool, unchanged: bytes | None = None,
            original: Path | None = None) -> None:
    """Move a filled temporary file (in the target's folder) onto `target`: fsync, the old mode, rename, fsync
    of the folder. The temporary file is gone afterwards, whatever happens. With `unchanged`, the target must
    still hold what the writer read (see `write_bytes`)."""
    with _removed_on_failure(temporary, target):
        old = os.stat(target) if exists else None
        mode = stat.S_IMODE(old.st_mode) if old is not None else None
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = DEFAULT_MODE & ~umask
        descriptor = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(descriptor)
            if old is not None:
                _keep_owner(descriptor, old)
            os.fchmod(descriptor, mode)  # after fchown, which may clear set-id bits
        finally:
            os.close(descriptor)
        _pause("before-replace")
        if unchanged is not None:
            try:
                current = digest(target.read_bytes())
            except FileNotFoundError:
                current = None
            if current != unchanged:
                raise Changed(f"{original or target} changed while timeline was working on it (another program "
                              "wrote it); left as the other program wrote it, and nothing of this run was "
                              "written to it", "run the command again")
        os.replace(temporary, target)
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsynced
        folder_handle = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder_handle)
        finally:
            os.close(folder_handle)


@contextlib.contextmanager
def target_path(path: Path) -> Iterator[Path]:
    """A temporary path to fill (for writers that need a file name, such as SQLite), moved onto `path` when the
    block succeeds, with the same guarantees as `write_bytes`."""
    original, target, kind = _checked(path)
    folder = target.parent if kind != "special" else Path(tempfile.gettempdir())
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"cannot write {original}: {exc.strerror}", _hint(exc)) from None
    os.close(handle)
    temporary = Path(name)
    with _terminations_interrupt():
        try:
            yield temporary
            if kind == "special":
                _write_through(target, temporary.read_bytes(), original)
            else:
                _commit(temporary, target, kind == "file")
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


__all__ = ["Changed", "check_targets", "digest", "resolve_target", "target_path", "write_bytes", "write_text"]

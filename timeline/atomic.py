"""The one way `timeline` writes a file: whole or not at all.

Every writer (accept, fmt, export, chart, schema, site) goes through
`write_bytes` or `target_path`:

* a regular file (or a new one) is replaced atomically: the data goes to a
  temporary file in the same folder, which is fsynced, given the old file's
  permissions (0644 for a new file, less what the umask removes), moved over
  the old one with `os.replace`, and the folder is fsynced; a crash at any
  moment leaves the old file or the new one, never half of one;
* a symbolic link is followed: its target is what gets replaced, and the link
  stays a link;
* anything that is not a regular file (a terminal, a pipe, /dev/null, a
  device) is written through, as a shell redirection would: replacing it with
  a regular file would destroy it;
* a folder, or a path whose folder does not exist, is a usage error.

`TIMELINE_TEST_PAUSE_WRITE=<stage>:<file>` (stage `mid-write` or
`before-replace`) makes a writer create <file> and sleep at that stage; the
tests use it to kill a writer mid-write.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import UsageError

DEFAULT_MODE = 0o666  # less the umask, as open() would create it


def resolve_target(path: Path) -> Path:
    """The file a write to `path` changes: the final target of a chain of links (which may not exist yet)."""
    path = Path(path)
    try:
        return Path(os.path.realpath(path, strict=False)) if path.is_symlink() else path
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


def _pause(stage: str) -> None:
    setting = os.environ.get("TIMELINE_TEST_PAUSE_WRITE", "")
    wanted, _, ready = setting.partition(":")
    if wanted == stage and ready:
        Path(ready).write_text(stage)
        time.sleep(60)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (see the module's docstring)."""
    original = Path(path)
    target = resolve_target(original)
    kind = _kind(target)
    if kind == "folder":
        raise UsageError(f"{original} is a folder", "give a file name")
    if kind == "special":
        _write_through(target, data, original)
        return
    _check_folder(target, original)
    _replace(target, data, kind == "file")


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


def _replace(target: Path, data: bytes, exists: bool) -> None:
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
    _commit(Path(temp_name), target, exists)


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


def _commit(temporary: Path, target: Path, exists: bool) -> None:
    """Move a filled temporary file (in the target's folder) onto `target`: fsync, the old mode, rename, fsync
    of the folder. The temporary file is gone afterwards, whatever happens."""
    with _removed_on_failure(temporary, target):
        mode = stat.S_IMODE(os.stat(target).st_mode) if exists else None
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = DEFAULT_MODE & ~umask
        descriptor = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(descriptor)
            os.fchmod(descriptor, mode)
        finally:
            os.close(descriptor)
        _pause("before-replace")
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
    original = Path(path)
    target = resolve_target(original)
    kind = _kind(target)
    if kind == "folder":
        raise UsageError(f"{original} is a folder", "give a file name")
    if kind != "special":
        _check_folder(target, original)
    folder = target.parent if kind != "special" else Path(tempfile.gettempdir())
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"cannot write {original}: {exc.strerror}", _hint(exc)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if kind == "special":
            _write_through(target, temporary.read_bytes(), original)
        else:
            _commit(temporary, target, kind == "file")
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


__all__ = ["resolve_target", "target_path", "write_bytes", "write_text"]

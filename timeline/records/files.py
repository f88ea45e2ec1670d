"""Finding record files quickly, without importing the YAML or model layers.

`load.record_files` delegates here. The walk is `os.scandir`, which gets the
file type from the directory entry, so listing thousands of records costs a few
milliseconds instead of one `stat` per file and per parent. It keeps the rules
of the `Path.rglob` walk it replaced: recursive, hidden files and folders
(names starting with '.') skipped, symbolic links to files followed, symbolic
links to folders not descended into, `.yaml` and `.yml` only.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import ERROR, Problem, UsageError

RECORD_SUFFIXES = (".yaml", ".yml")
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_FILE_BYTES_LIMIT = 2**40  # what TIMELINE_MAX_FILE_BYTES may set at most (a read buffer must fit an index)
PACKAGED = Path(__file__).parent.parent / "_records"  # the records shipped in the wheel
SOURCE_TREE = Path(__file__).parent.parent.parent / "policies"  # an editable install runs from the source tree


def max_file_bytes() -> int:
    """The largest file timeline reads: $TIMELINE_MAX_FILE_BYTES, else 64 MiB."""
    text = os.environ.get("TIMELINE_MAX_FILE_BYTES", "").strip()
    if not text:
        return DEFAULT_MAX_BYTES
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise UsageError(f"TIMELINE_MAX_FILE_BYTES is '{text}', not a number of bytes",
                         "set it to a positive whole number, e.g. 134217728 for 128 MiB, or unset it for 64 MiB")
    if value > MAX_FILE_BYTES_LIMIT:
        raise UsageError(f"TIMELINE_MAX_FILE_BYTES is '{text}', more than {MAX_FILE_BYTES_LIMIT:,} bytes (1 TiB)",
                         "set a size timeline could hold in memory, e.g. 134217728 for 128 MiB")
    return value


def read_limited(path: str | os.PathLike, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a file: more than `limit` means it is too large. Bounded whatever its size
    says (a pipe or /dev/zero has none); a regular file is read into a buffer of its own size, not the limit's."""
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        size = info.st_size if stat.S_ISREG(info.st_mode) else limit
        data = handle.read(min(size, limit) + 1)
        if size < len(data) <= limit:  # it grew since: the rest, up to the limit
            data += handle.read(limit + 1 - len(data))
    return data


def too_large(file: str, size: int) -> Problem:
    return Problem(file, 1, 1, ERROR, "too-large", f"file is {size:,} bytes, more than the limit of "
                   f"{max_file_bytes():,}", "split the record, or raise TIMELINE_MAX_FILE_BYTES if it really is one "
                   "policy")


def default_data_path(cwd: Path | None = None) -> Path:
    """Contract §2: $TIMELINE_DATA, else ./policies, else the records shipped with the package."""
    env = os.environ.get("TIMELINE_DATA")
    if env:
        return Path(env)
    local = (cwd or Path.cwd()) / "policies"
    if local.is_dir():
        return local
    if PACKAGED.is_dir():
        return PACKAGED
    return SOURCE_TREE  # an editable install runs from the source tree


def display_name(path: Path) -> str:
    """A record's path as problems and outputs show it: relative to the working folder when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def record_files(paths: Sequence[Path]) -> list[Path]:
    """The record files named by PATHs (files, or folders searched recursively), sorted.

    A missing path is a usage error (exit 2), not an invalid record.
    """
    return sorted(Path(name) for name in record_names(paths))


def record_names(paths: Sequence[Path], folders: list[str] | None = None) -> list[str]:
    """The record files under `paths`, in no particular order (the cache's fast path needs no sorting); the
    folders walked are appended to `folders`. A missing path is a usage error."""
    if len(paths) == 1 and os.path.isdir(paths[0]):  # the usual case: one folder, whose names are unique
        return walk(os.fspath(paths[0]), folders)
    names: set[str] = set()
    for path in paths:
        text = os.fspath(path)
        if os.path.isdir(text):
            names.update(walk(text, folders))
        elif os.path.isfile(text):
            names.add(text)
        elif os.path.exists(text):
            raise UsageError(f"{path} is not a regular file or a folder (a pipe, a device or a socket)",
                             "give a record file or a folder of records")
        else:
            raise UsageError(f"no such file or folder: {path}",
                             "check the path, or leave out --data to use the defaults")
    return list(names)


def named_like_a_record(name: str) -> bool:
    """Whether a folder entry is meant as a record: not hidden, and named *.yaml or *.yml in any case (a folder,
    a broken link or `X.YAML` named so is reported as a problem, never skipped in silence)."""
    return not name.startswith(".") and name.lower().endswith(RECORD_SUFFIXES)


def walk(folder: str, folders: list[str] | None = None) -> list[str]:
    """The paths of the entries named like records under `folder` (recursively; hidden entries skipped; folders
    named like records are not descended into, nor are links to folders), and of the folders that cannot be
    listed (reading them reports why). The folders visited are appended to `folders` when it is given."""
    names: list[str] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            # an unreadable folder may hold records: listed as one, so that reading it reports the problem
            # (records.load.read_file) instead of answers that silently lack its policies
            names.append(current)
            continue
        if folders is not None:
            folders.append(current)
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if named_like_a_record(name):
                names.append(entry.path)
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
            except OSError:
                continue
    return names

"""Many articles at once: in order, in this process or in several.

`extract_files` yields one `Document` per article, in the order of the
names. With `jobs` above 1 it forks that many worker processes (POSIX
`fork`: the records are inherited, not copied through a pipe) and hands them
the articles in chunks; the documents come back in order, and are the same
as one process makes. On a machine without `fork`, or for few articles, it
stays in one process. benchmarks/run.py measures whether it pays
(BENCHMARKS.md): by default `timeline extract` uses one process.

A file found in a folder that cannot be read as text is reported in its
document's notes and skipped; a file named on the command line that cannot
be read is a usage error, as before.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence

from timeline.errors import UsageError

from .candidates import Document, extract_text
from .text import Header, read_article

MIN_PER_JOB = 16  # fewer articles than this per worker: forking costs more than it saves

_shared: dict = {}  # what the forked workers inherit


def _one(name: str) -> Document:
    options = _shared
    try:
        text = read_article(name, options.get("stdin"))
    except UsageError as exc:
        if name in options["named"]:
            raise
        document = Document(name, Header())
        document.notes.append(f"skipped: {exc.message}")
        return document
    return extract_text(text, options["records"], file=name, published=options["published"], url=options["url"],
                        time_limit=options["time_limit"])


def _chunk(names: Sequence[str]) -> list[Document] | tuple[str, str | None]:
    try:
        return [_one(name) for name in names]
    except UsageError as exc:  # back to the parent as plain data, hint included
        return (exc.message, exc.hint)


def extract_files(names: Sequence[str], records: Sequence, *, named: Iterable[str] = (),
                  published: dt.date | None = None, url: str | None = None, time_limit: float | None = 10.0,
                  jobs: int = 1, stdin=None) -> Iterator[Document]:
    """The documents of `names` (files, or '-' for standard input), in order. `named`: the names given on the
    command line (an unreadable one is an error; one found in a folder is skipped with a note)."""
    _shared.update(records=records, named=set(named), published=published, url=url, time_limit=time_limit,
                   stdin=stdin)
    workers = min(jobs, len(names) // MIN_PER_JOB)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods() or "-" in names:
        for name in names:
            yield _one(name)
        return
    size = max(1, min(64, len(names) // (workers * 4)))
    chunks = [names[i:i + size] for i in range(0, len(names), size)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for documents in pool.imap(_chunk, chunks):
            if isinstance(documents, tuple):
                raise UsageError(*documents)
            yield from documents


__all__ = ["extract_files"]

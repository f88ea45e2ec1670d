"""`Timeline`: the records under a data path, and every question asked of them.

The library object every command opens, as `sqlite_utils.Database` is for
sqlite-utils:

    >>> from timeline import Timeline
    >>> records = Timeline("policies")
    >>> records.state(dt.date(2025, 1, 25)).as_dict()["policies"][0]["status"]
    'terminated'

Every method imports what it needs when it is first called, so that a
command loads only its own part of the package. Queries go through the cache
of validated records (`store`) unless it is off
(`cache=False`, or TIMELINE_NO_CACHE=1); the answer is the same either way,
computed by `core.query` from the records or looked up in the cache. Policies
are named by id, name or alias, in any case (`core.query.resolve`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from .core import query
from .errors import UsageError
from .records.files import default_data_path
from .store import cache


def data_paths(data: str | os.PathLike | Sequence[str | os.PathLike] | None) -> list[Path]:
    """The data paths a command reads: those given, else contract §2's default. An empty path is refused."""
    if data is None:
        return [default_data_path()]
    items = [data] if isinstance(data, str | os.PathLike) else list(data)
    if not items:
        return [default_data_path()]
    paths = []
    for item in items:
        text = os.fspath(item)
        if not text.strip():
            raise UsageError("an empty path was given as the data path",
                             "give a folder or file of records, or leave --data out to use the defaults")
        paths.append(Path(text))
    return paths


class Timeline:
    """The records under `data` (a folder, a file, or several; default: contract §2)."""

    def __init__(self, data: str | os.PathLike | Sequence[str | os.PathLike] | None = None, *,
                 cache: bool = True) -> None:
        self.paths = data_paths(data)
        self.use_cache = cache
        self.notes: list[str] = []  # what the user may want to know about how an answer was made

    def __repr__(self) -> str:
        return f"Timeline({[os.fspath(path) for path in self.paths]!r}, cache={self.use_cache})"

    def _answer(self, ask, uncached):
        return cache.answer(self.paths, not self.use_cache, ask, uncached, self.notes.append)

    def policies(self, ids: Iterable[str] | None = None) -> list:
        """The validated `Policy` models, sorted by id (only those `ids` name, when given); RecordsInvalid when
        any record has an error."""
        # the records layer builds pydantic models; a warm query answered by the cache never needs them
        from .records.check import load_policies

        return query.select(load_policies(self.paths), ids)

    def state(self, on: dt.date, ids: Iterable[str] | None = None) -> query.StateReport:
        """Each policy's state on `on`."""
        return self._answer(lambda store: store.state(on, ids), lambda: query.state_on(self.policies(), on, ids))

    def diff(self, start: dt.date, end: dt.date, ids: Iterable[str] | None = None) -> query.DiffReport:
        """What changed between `start` and `end`, and every event in between."""
        query.check_order(start, end, "FROM", "TO")
        return self._answer(lambda store: store.diff(start, end, ids),
                            lambda: query.diff(self.policies(), start, end, ids))

    def log(self, ids: Iterable[str] | None = None, since: dt.date | None = None,
            until: dt.date | None = None) -> query.LogReport:
        """Every event in order, `since` and `until` inclusive."""
        query.check_order(since, until, "--since", "--until")
        return self._answer(lambda store: store.log(ids, since, until),
                            lambda: query.log(self.policies(), ids, since, until))

    def history(self, policy: str) -> query.History:
        """One policy's story: each event with the state it leaves, its context and its sources."""
        return self._answer(lambda store: store.history(policy), lambda: query.history(self.policies(), policy))

    def validate(self, *, today: dt.date, select: Sequence[str] | None = None, ignore: Sequence[str] = (),
                 config: str | os.PathLike | bool | None = None):
        """Every problem in the records, as a `Report` (nothing is raised for bad records).

        The codes reported are the configuration's (`config`: a timeline.toml or pyproject.toml; False for none;
        None to look for one next to the records, `records/config.py`), `select` replacing its choice and `ignore`
        adding to what it leaves out."""
        from .records.check import validate
        from .records.config import selection_for

        selection, _ = selection_for(self.paths, select=select, ignore=ignore,
                                     config=config if isinstance(config, bool) or config is None else Path(config))
        return validate(self.paths, today=today, selection=selection)

    # -- reading news, and writing records --

    def extract(self, files: Sequence[str], *, published: dt.date | None = None, url: str | None = None,
                time_limit: float | None = 10.0, progress=None, jobs: int = 1,
                min_confidence: float | None = None) -> list:
        """Candidate events in article files and folders (or '-' for standard input), checked against these
        records, one document per article in order.

        `progress`, if given, wraps the list of file names and is advanced as each article is done (the CLI
        draws a progress line with it); `jobs` above 1 reads articles in that many processes
        (`extract.batch`); a candidate whose confidence is below `min_confidence` is set aside, with the
        reason."""
        from .extract.batch import extract_files
        from .extract.calibration import set_aside_below
        from .extract.text import article_files

        if min_confidence is not None and not 0 <= min_confidence <= 1:  # NaN too
            raise UsageError(f"--min-confidence is {min_confidence:g}", "give a number from 0 to 1, e.g. 0.8")
        records = self.policies()
        names = article_files(files)
        documents = extract_files(names, records, named=files, published=published, url=url,
                                  time_limit=time_limit, jobs=jobs)
        documents = [document for _name, document in zip((progress or list)(names), documents, strict=True)]
        if min_confidence is not None:
            for document in documents:
                set_aside_below(document, min_confidence)
        return documents

    def accept(self, candidates: str | os.PathLike, only: Iterable[int] | None = None, *, dry_run: bool = False,
               force: bool = False):
        """Merge reviewed candidates (a file from `extract --format yaml`) into the record files, each checked
        again against the records as they then stand (extraction's verdict: one that contradicts them is refused
        unless `force`); with `dry_run`, only say what would be merged. Returns an `AcceptReport`."""
        from .extract.verdicts import event_verdict
        from .records.write import accept

        return accept(Path(candidates), self.paths[0], list(only) if only else None, dry_run=dry_run, force=force,
                      judge=event_verdict)

    def format(self, *, check: bool = False) -> list:
        """Bring the record files to their canonical form (with `check`, only say which are not in it)."""
        from .records.write import fmt

        return fmt(self.paths, check=check)

    # -- publishing --

    def chart(self, *, today: dt.date, start: dt.date | None = None, end: dt.date | None = None,
              ids: Iterable[str] | None = None, title: str = "Policy timeline", embed: bool = False) -> str:
        """The self-contained HTML page of the chart (with `embed`, a fragment to paste into another page)."""
        from .render.chart import render_chart

        return render_chart(self.policies(), today=today, start=start, end=end, ids=ids, title=title, embed=embed)

    def export(self, fmt: str, target: str | os.PathLike | None = None, *, today: dt.date,
               ids: Iterable[str] | None = None, limit: int = 50, about=None) -> str | None:
        """The records in another tool's format, written to `target` (or returned as text); `about`
        (`render.export.About`) titles Datasette's metadata and TimelineJS's title slide."""
        from .render.export import export

        return export(self.policies(), fmt, Path(target) if target is not None else None, today=today, ids=ids,
                      limit=limit, about=about)

    def site(self, target: str | os.PathLike, *, today: dt.date, ids: Iterable[str] | None = None,
             about=None) -> list[Path]:
        """A static site in the folder `target`: what was in effect on any date, a page per policy, the chart
        and the feeds; the paths written."""
        from .render.site import write_site

        return write_site(self.policies(), Path(target), today=today, ids=ids, about=about)


__all__ = ["Timeline", "data_paths"]

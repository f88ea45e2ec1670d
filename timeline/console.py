"""What a command line does around the library, without Typer: the day a DATE option names, the answer written
out, and the library's errors turned into messages and exit codes (contract §3).

Two command lines share it: `cli` (Typer: every command, help, usage errors) and `fastpath` (a plain command
line of a query command, parsed without importing Typer). The query commands' bodies are here, once
(`state`, `diff`, `log`, `show`), so that both run the same code and print the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator, Sequence

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

opened: list = []  # the Timeline objects a command opened: their notes go to stderr when it ends


def today() -> dt.date:
    """Today, or $TIMELINE_TODAY (YYYY-MM-DD) so that data can be checked ahead of time."""
    override = os.environ.get("TIMELINE_TODAY")
    if override:
        from .core.dates import parse_date

        return parse_date(override, base=dt.date.today(), name="TIMELINE_TODAY")
    return dt.date.today()


def option_date(text: str | None, name: str, period: str | None = None) -> dt.date | None:
    """The date an option names; a period ('last year') gives its first or last day as `period` says, or is
    refused (`core.dates.parse_date`)."""
    if text is None:
        return None
    from .core.dates import parse_date

    return parse_date(text, base=today(), name=name, period=period)


def open_records(data: str | list[str] | None, no_cache: bool = False):
    """The library object over the records a command reads (`--data`, else contract §2's default)."""
    from .api import Timeline

    records = Timeline(data, cache=not no_cache)
    opened.append(records)
    return records


def emit(report, fmt: str, sources: bool = True) -> None:
    """Write an answer to standard output in `fmt`, in one write.

    Not through typer.echo, which would scan the text for colour codes to strip when standard output is not a
    terminal (there are none then: colour is only used on a terminal). JSON goes out as the bytes orjson
    writes: a state of 10,000 policies is 8 MB, and each copy of it (to text, with its newline, back to
    bytes) costs milliseconds.
    """
    from .render.formats import render, render_json_bytes
    from .render.text import use_color

    if fmt == "json":
        data, out = render_json_bytes(report), getattr(sys.stdout, "buffer", None)
        if data is not None and out is not None:
            sys.stdout.flush()
            out.write(data)
            out.flush()
            return
    sys.stdout.write(render(report, fmt, color=fmt == "text" and use_color(), sources=sources))
    sys.stdout.flush()


def say(message: str) -> None:
    """A line on standard error."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def fail(message: str, hint: str | None, code: int):
    """Say what went wrong (and how to fix it) and exit with `code`."""
    from .render.escape import printable  # a message may quote a file name or a value typed by someone

    say(f"timeline: error: {printable(message)}")
    if hint:
        say(f"  hint: {printable(hint)}")
    raise SystemExit(code)


@contextlib.contextmanager
def boundary(*, debug: bool = False, passthrough: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
    """Turn the library's exceptions into messages and exit codes (contract §3), and say the notes of the
    records opened. Exits (SystemExit) with the code; `passthrough` exceptions go through as they are (Typer's
    own exit)."""
    from .errors import RecordsInvalid, UsageError

    try:
        yield
        for records in opened:
            for note in records.notes:
                say(f"timeline: note: {note}")
        opened.clear()
    except passthrough:
        raise
    except UsageError as exc:
        fail(exc.message, exc.hint, EXIT_USAGE)
    except RecordsInvalid as exc:
        from .errors import Report
        from .render.formats import render_report

        report = Report(problems=exc.problems, files=len({p.file for p in exc.problems}))
        sys.stderr.write(render_report(report, "text"))
        say(f"timeline: {exc.advice or 'the records are invalid; fix them (see `timeline validate`) and try again'}")
        raise SystemExit(EXIT_INVALID) from None
    except BrokenPipeError:
        # the reader went away (`timeline log | head`): not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        raise SystemExit(EXIT_OK) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        if debug:
            raise
        say(f"timeline: internal error ({type(exc).__name__}: {exc}); this is a bug, please report it with the "
            "command you ran (--debug shows the traceback)")
        raise SystemExit(EXIT_INTERNAL) from None


# --- the query commands (their options: cli.py; the plain command lines fastpath.py takes: fastpath.COMMANDS) ---


def state(on: str | None, policy: Sequence[str] | None, data: str | None, fmt: str, no_sources: bool,
          no_cache: bool) -> int:
    when = option_date(on, "--on") or today()
    emit(open_records(data, no_cache).state(when, policy), fmt, not no_sources)
    return EXIT_OK


def diff(start: str, end: str, policy: Sequence[str] | None, data: str | None, fmt: str, exit_code: bool,
         no_sources: bool, no_cache: bool) -> int:
    report = open_records(data, no_cache).diff(option_date(start, "FROM"), option_date(end, "TO"), policy)
    emit(report, fmt, not no_sources)
    return 1 if exit_code and report.changes else EXIT_OK


def log(policy: Sequence[str] | None, since: str | None, until: str | None, data: str | None, fmt: str,
        no_sources: bool, no_cache: bool) -> int:
    records = open_records(data, no_cache)
    emit(records.log(policy, option_date(since, "--since", "first"), option_date(until, "--until", "last")), fmt,
         not no_sources)
    return EXIT_OK


def show(policy_id: str, data: str | None, fmt: str, no_cache: bool) -> int:
    emit(open_records(data, no_cache).history(policy_id), fmt)
    return EXIT_OK

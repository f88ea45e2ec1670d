"""The `timeline` command line: parse options, call the library, render, exit.

This is the only module that imports typer. Library modules are imported
inside the commands that need them, so `timeline --help` stays as fast as a
bare Typer app. Every error the library raises on purpose is turned into a
message and an exit code at one place, `boundary()`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

app = typer.Typer(
    name="timeline",
    help="Track dated, sourced status changes of public policies: what was in effect on a date, "
    "and what changed between two dates, and why.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
_debug = False


class Format(str, Enum):
    text = "text"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    markdown = "markdown"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


DataOption = Annotated[
    Path | None,
    typer.Option("--data", help="Folder or file of records. Default: $TIMELINE_DATA, else ./policies, "
                 "else the records shipped with timeline.", show_default=False),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
PolicyOption = Annotated[
    list[str] | None,
    typer.Option("--policy", "-p", help="Only this policy (by id); repeat for several.", show_default=False),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Read and validate the records now, without the cache of validated "
                       "records (also: TIMELINE_NO_CACHE=1).")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    global _debug
    _debug = debug


def today() -> dt.date:
    """Today, or $TIMELINE_TODAY (YYYY-MM-DD) so that data can be checked ahead of time."""
    override = os.environ.get("TIMELINE_TODAY")
    if override:
        from .dates import parse_date

        return parse_date(override, base=dt.date.today(), name="TIMELINE_TODAY")
    return dt.date.today()


def _date(text: str | None, name: str) -> dt.date | None:
    if text is None:
        return None
    from .dates import parse_date

    return parse_date(text, base=today(), name=name)


def _fail(message: str, hint: str | None, code: int) -> None:
    typer.echo(f"timeline: error: {message}", err=True)
    if hint:
        typer.echo(f"  hint: {hint}", err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def boundary():
    """Turn library exceptions into messages and exit codes (contract §3)."""
    from .errors import RecordsInvalid, UsageError

    try:
        yield
    except typer.Exit:
        raise
    except UsageError as exc:
        _fail(exc.message, exc.hint, EXIT_USAGE)
    except RecordsInvalid as exc:
        from .errors import Report
        from .render import render_report

        report = Report(problems=exc.problems, files=len({p.file for p in exc.problems}))
        typer.echo(render_report(report, "text"), err=True, nl=False)
        typer.echo("timeline: the records are invalid; fix them (see `timeline validate`) and try again", err=True)
        raise typer.Exit(EXIT_INVALID) from None
    except BrokenPipeError:
        # the reader went away (`timeline log | head`): not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as exc:
        if _debug:
            raise
        typer.echo(f"timeline: internal error ({type(exc).__name__}: {exc}); this is a bug, please report it "
                   "with the command you ran (--debug shows the traceback)", err=True)
        raise typer.Exit(EXIT_INTERNAL) from None


def _load(data: Path | None, no_cache: bool = False, ids: list[str] | None = None):
    from .cache import policies

    return policies([data or _default_data()], ids, no_cache=no_cache)


def _default_data() -> Path:
    from .files import default_data_path

    return default_data_path()


def _emit(report, fmt: Format) -> None:
    from .render import render, use_color

    typer.echo(render(report, fmt.value, color=fmt is Format.text and use_color()), nl=False)


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Record files or folders. Default: the data folder.",
                                                       show_default=False)] = None,
    data: DataOption = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="text, json, or github "
                                              "(GitHub Actions annotations).")] = ReportFormat.text,
) -> None:
    """Check records and report every problem, not just the first.

    Exits 0 when there are no errors (warnings allowed), 1 when there are.
    Every rule has a stable code, listed in docs/validation.md.
    """
    with boundary():
        from .check import validate as run
        from .load import default_data_path
        from .render import render_report

        report = run(paths or [data or default_data_path()], today=today())
        typer.echo(render_report(report, fmt.value), nl=False)
        raise typer.Exit(EXIT_OK if report.valid else EXIT_INVALID)


@app.command()
def state(
    on: Annotated[str | None, typer.Option("--on", help="The date: YYYY-MM-DD or words ('January 20, 2025', "
                                           "'2 weeks ago'). Default: today.", show_default=False)] = None,
    policy: PolicyOption = None,
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    no_cache: NoCacheOption = False,
) -> None:
    """Each policy's status and attributes on a date, and whether it was in effect."""
    with boundary():
        from .cache import state as run

        when = _date(on, "--on") or today()
        _emit(run([data or _default_data()], when, policy, no_cache=no_cache), fmt)


@app.command()
def diff(
    start: Annotated[str, typer.Argument(metavar="FROM", help="The earlier date.")],
    end: Annotated[str, typer.Argument(metavar="TO", help="The later date.")],
    policy: PolicyOption = None,
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when anything changed, 0 when "
                                            "nothing did (as `git diff --exit-code`).")] = False,
    no_cache: NoCacheOption = False,
) -> None:
    """What changed between two dates: status, attributes, and every event in between.

    An event dated FROM is already in the 'before' state; one dated TO is in
    'after' and listed. Changes that cancel out still list their events.
    """
    with boundary():
        from .cache import diff as run

        report = run([data or _default_data()], _date(start, "FROM"), _date(end, "TO"), policy, no_cache=no_cache)
        _emit(report, fmt)
        if exit_code and report.changes:
            raise typer.Exit(1)


@app.command()
def log(
    policy: PolicyOption = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date on (inclusive).",
                                              show_default=False)] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date (inclusive).",
                                              show_default=False)] = None,
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    no_cache: NoCacheOption = False,
) -> None:
    """All events across policies, in chronological order."""
    with boundary():
        from .query import log as run

        _emit(run(_load(data, no_cache, policy), policy, _date(since, "--since"), _date(until, "--until")), fmt)


@app.command()
def show(
    policy_id: Annotated[str, typer.Argument(metavar="ID", help="The policy's id, e.g. remain-in-mexico.")],
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    no_cache: NoCacheOption = False,
) -> None:
    """One policy: what it is, its history with the state after each event, and its sources."""
    with boundary():
        from .query import history

        _emit(history(_load(data, no_cache, [policy_id]), policy_id), fmt)


def main() -> None:
    """Console entry point."""
    app(prog_name="timeline")

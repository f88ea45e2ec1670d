"""The `timeline` command line: parse options, call the library, render, exit.

This is the only module that imports typer. Each command opens the library
object (`api.Timeline`), asks it one question and renders the answer. The
library is imported inside the commands, so that `timeline --help` stays as
fast as a bare Typer app and a command loads only what it uses. Every error
the library raises on purpose is turned into a message and an exit code at one
place, `boundary()`.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

# Start-up creates a few hundred thousand objects (Typer, its Click, and the pydantic it imports to coerce
# options), none of them garbage, and the cyclic collector would walk them all again and again: 10-20 ms.
# It is off while this module's imports run and, from `main`, until a command starts (`boundary`); each
# time, what start-up made is frozen (`gc.freeze`: kept out of every later collection) before it is on again.
_COLLECTING = gc.isenabled()
gc.disable()
import typer  # noqa: E402 - after the collector is paused

from . import __version__, console  # noqa: E402
from .console import EXIT_INVALID, EXIT_OK, EXIT_USAGE  # noqa: E402


def _resume_collector() -> None:
    """Freeze what start-up made (`gc.freeze`: out of every later collection), then collect as before."""
    gc.freeze()
    if _COLLECTING:
        gc.enable()


_resume_collector()
_paused = False  # by `main`, until `boundary`

_APP = {
    "name": "timeline",
    "help": "Track dated, sourced status changes of public policies: what was in effect on a date, "
    "and what changed between two dates, and why.",
    "no_args_is_help": True,
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": None,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_APP)

_debug = False


class Format(str, Enum):
    text = "text"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    markdown = "markdown"


class ReportFormat(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"


DataOption = Annotated[  # text, not Path: Path('') would silently be the current folder
    str | None,
    typer.Option("--data", metavar="PATH", help="Folder or file of records. Default: $TIMELINE_DATA, else ./policies, "
                 "else the records shipped with timeline.", show_default=False),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
PolicyOption = Annotated[
    list[str] | None,
    typer.Option("--policy", "-p", metavar="ID",
                 help="Only this policy: its id, name or an alias, in any case (MPP, 'remain in mexico'); "
                 "repeat for several.", show_default=False),
]
NoSourcesOption = Annotated[
    bool, typer.Option("--no-sources", help="Compact text and markdown: leave out the sources of the events "
                       "cited (JSON, YAML and CSV always carry them).")
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


today = console.today  # module-level names other commands use
_date = console.option_date


# what every command that takes a DATE says of it (core/dates.py holds the one meaning of each phrase)
DATES_EPILOG = (
    "DATE is YYYY-MM-DD or English, counted from today: 'January 20, 2025', '20 Jan 2025', 'today', "
    "'yesterday', '3 days ago', '2 weeks ago' (14 days before), '2 months ago' (the same day of the month), "
    "'Monday' (the latest Monday, today included), 'last Monday' (the latest before today). "
    "'this/last/next week', 'month' and 'year' are calendar periods (Monday to Sunday; the month; January to "
    "December), as is 'January 2025': --since and --from take a period's first day, --until and "
    "--to its last, and an option for one day refuses them. Anything else ('in 3 days', 01/02/2025) is refused, "
    "never guessed. TIMELINE_TODAY=YYYY-MM-DD sets today."
)


def _fail(message: str, hint: str | None, code: int) -> None:
    try:
        console.fail(message, hint, code)
    except SystemExit as exc:
        raise typer.Exit(exc.code) from None


@contextlib.contextmanager
def boundary():
    """`console.boundary` (contract §3's messages and exit codes) under Typer; the collector runs again (see
    `main`)."""
    global _paused
    if _paused:
        _paused = False
        _resume_collector()
    try:
        with console.boundary(debug=_debug, passthrough=(typer.Exit,)):
            yield
    except SystemExit as exc:
        raise typer.Exit(exc.code) from None


@contextlib.contextmanager
def no_gc_pauses():
    """Keep Python's cyclic garbage collector from running while an answer is built.

    An answer on thousands of policies allocates tens of thousands of tuples and strings, none of them in
    reference cycles, and each allocation burst makes the collector walk every object alive, Typer's and
    Click's included: about a tenth of a warm `state` on 5,000 policies. The command ends soon after, so
    nothing builds up; the collector is back on for whatever runs next (tests run many commands in one process).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_open = console.open_records


@app.command()
def validate(
    paths: Annotated[list[str] | None, typer.Argument(help="Record files or folders. Default: the data folder.",
                                                       show_default=False)] = None,
    data: DataOption = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="text (each problem with its line and a "
                                              "caret), concise (one line each), json, or github (GitHub Actions "
                                              "annotations).")] = ReportFormat.text,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Show errors only, and the count of "
                                        "warnings (JSON always lists everything).")] = False,
    select: Annotated[list[str] | None, typer.Option("--select", metavar="CODE", help="Report only these codes "
                                                     "(comma-separated or repeated); replaces the configuration's "
                                                     "select.", show_default=False)] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", metavar="CODE", help="Leave these codes out "
                                                     "(comma-separated or repeated); added to the configuration's "
                                                     "ignore.", show_default=False)] = None,
    config: Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Read select and ignore from FILE "
                                                "(a timeline.toml, or a pyproject.toml with [tool.timeline]) instead "
                                                "of the nearest one.", show_default=False)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Read no configuration file.")] = False,
) -> None:
    """Check records and report every problem, not just the first.

    Exits 0 when there are no errors (warnings allowed), 1 when there are.
    Every rule has a stable code, listed in docs/validation.md. Which codes
    are reported comes from timeline.toml or pyproject.toml's [tool.timeline]
    (select, ignore), found next to the records or above them; a record
    silences one warning where it occurs with ignore: {CODE: reason}.
    """
    with boundary():
        from .render.formats import render_report

        report = _open(paths or data).validate(today=today(), select=select, ignore=ignore or (),
                                               config=False if no_config else config)
        typer.echo(render_report(report, fmt.value, quiet=quiet), nl=False)
        if report.files == 0:  # a mistyped folder would pass a CI job without a word
            typer.echo("timeline: note: no record files (*.yaml, *.yml) were found: nothing was checked", err=True)
        raise typer.Exit(EXIT_OK if report.valid else EXIT_INVALID)


@app.command(epilog=DATES_EPILOG)
def state(
    on: Annotated[str | None, typer.Option("--on", metavar="DATE",
                                           help="The day: YYYY-MM-DD or words ('January 20, 2025', "
                                           "'2 weeks ago', 'last Monday'; see DATE below). Default: today.",
                                           show_default=False)] = None,
    policy: PolicyOption = None,
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    no_sources: NoSourcesOption = False,
    no_cache: NoCacheOption = False,
) -> None:
    """Each policy's status and attributes on a date, whether it was in effect, and the event that began its
    status, with that event's sources."""
    with boundary(), no_gc_pauses():
        console.state(on, policy, data, fmt.value, no_sources, no_cache)


@app.command(epilog=DATES_EPILOG)
def diff(
    start: Annotated[str, typer.Argument(metavar="FROM", help="The earlier day (a DATE, see below).")],
    end: Annotated[str, typer.Argument(metavar="TO", help="The later day (a DATE).")],
    policy: PolicyOption = None,
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    exit_code: Annotated[bool, typer.Option("--exit-code", help="Exit 1 when anything changed, 0 when "
                                            "nothing did (as `git diff --exit-code`).")] = False,
    no_sources: NoSourcesOption = False,
    no_cache: NoCacheOption = False,
) -> None:
    """What changed between two dates: status, attributes, and every event in between, with its sources.

    An event dated FROM is already in the 'before' state; one dated TO is in
    'after' and listed. Changes that cancel out still list their events.
    """
    with boundary(), no_gc_pauses():
        code = console.diff(start, end, policy, data, fmt.value, exit_code, no_sources, no_cache)
    if code:
        raise typer.Exit(code)


@app.command(epilog=DATES_EPILOG)
def log(
    policy: PolicyOption = None,
    since: Annotated[str | None, typer.Option("--since", metavar="DATE", help="From this DATE on (inclusive; "
                                              "a period: from its first day).", show_default=False)] = None,
    until: Annotated[str | None, typer.Option("--until", metavar="DATE", help="Up to this DATE (inclusive; "
                                              "a period: to its last day).", show_default=False)] = None,
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    no_sources: NoSourcesOption = False,
    no_cache: NoCacheOption = False,
) -> None:
    """All events across policies, in chronological order, each with its sources."""
    with boundary():
        console.log(policy, since, until, data, fmt.value, no_sources, no_cache)


@app.command()
def show(
    policy_id: Annotated[str, typer.Argument(metavar="ID", help="The policy: its id, name or an alias, in any "
                                             "case, e.g. remain-in-mexico or MPP.")],
    data: DataOption = None,
    fmt: FormatOption = Format.text,
    no_cache: NoCacheOption = False,
) -> None:
    """One policy: what it is, its history with the state after each event, and its sources."""
    with boundary():
        console.show(policy_id, data, fmt.value, no_cache)


class ExtractFormat(str, Enum):  # noqa: UP042 - as the other format enums
    text = "text"
    json = "json"
    yaml = "yaml"


@app.command(epilog=DATES_EPILOG)
def extract(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Article text files, folders of .txt/.md "
                                               "articles, or '-' for stdin.")],
    published: Annotated[str | None, typer.Option("--published", metavar="DATE", help="The articles' publication date "
                                                  "(overrides the header's).", show_default=False)] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="The article's address, for the source of "
                                            "--format yaml events.", show_default=False)] = None,
    data: DataOption = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="text, json, or yaml (events ready "
                                               "for review and `timeline accept`).")] = ExtractFormat.text,
    time_limit: Annotated[float, typer.Option("--time-limit", metavar="SECONDS",
                                              help="Seconds allowed per article.")] = 10.0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", metavar="N", min=1, help="Read articles in N processes "
                                      "(for hundreds of articles on several cores; see BENCHMARKS.md).")] = 1,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", metavar="P", help="Set aside "
                                                         "candidates whose confidence is below P (0 to 1; a "
                                                         "confidence is at most 0.95; see docs/extraction.md for "
                                                         "how often each band was right).",
                                                         show_default=False)] = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Find statements that a tracked policy changed status, and check them against the records.

    Never edits records. Each candidate has its sentence, offsets, a date or
    an 'on or before' bound and where it comes from (the text, publication or
    the records), a confidence (how often candidates like it were right) with
    reasons, and a verdict (consistent, contradicts, new) against the curated
    records.
    """
    with boundary():
        from .errors import UsageError
        from .render.extract import render_documents

        if not 0 < time_limit < 10**9:  # NaN and infinity too: they turned the limit off without a word
            raise UsageError(f"--time-limit is {time_limit:g}", "give a number of seconds above 0, e.g. 10")
        documents = _open(data, no_cache).extract(files, published=_date(published, "--published"), url=url,
                                                  time_limit=time_limit, progress=_progress, jobs=jobs,
                                                  min_confidence=min_confidence)
        typer.echo(render_documents(documents, fmt.value), nl=False)


def _progress(items: list[str]):
    """Items, with a progress line on stderr when it is a terminal and there are several: how many articles
    are done, how fast, and which one is being read (its name escaped)."""
    if len(items) < 2 or not sys.stderr.isatty():
        yield from items
        return
    import time

    from .render.escape import printable

    started = time.monotonic()
    for number, item in enumerate(items, 1):
        done = int(30 * (number - 1) / len(items))
        elapsed = time.monotonic() - started
        rate = f"{(number - 1) / elapsed:5.0f}/s" if elapsed > 0.5 and number > 1 else "      "
        sys.stderr.write(f"\r[{'#' * done}{'.' * (30 - done)}] {number}/{len(items)} articles {rate} "
                         f"{printable(item[-40:]):<40}")
        sys.stderr.flush()
        yield item
    sys.stderr.write("\r" + " " * 100 + "\r")
    sys.stderr.flush()


@app.command()
def accept(
    candidates: Annotated[Path, typer.Argument(metavar="CANDIDATES.yaml", help="A reviewed file from "
                                               "`timeline extract --format yaml`.")],
    only: Annotated[list[int] | None, typer.Option("--only", metavar="N",
                                                   help="Only candidate N (its 'n:'); repeat for "
                                                   "several.", show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every candidate and say what would be "
                                          "merged and which state transitions it adds or removes; write "
                                          "nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Merge a candidate even when it contradicts the "
                                        "records as they stand.")] = False,
    data: DataOption = None,
) -> None:
    """Merge reviewed candidates into their policy files, safely.

    The review file is checked first (errors point at its lines). Each
    candidate is then checked against its record as it stands, after the
    candidates merged before it: refused when it repeats an event already
    there, when it contradicts the records (unless --force), or when the
    record would be invalid. An announcement about a policy already in effect
    becomes the 'announced' date of the event that takes effect. Each event is
    inserted at its place, the rest of the file kept byte for byte, and written
    atomically under a lock on the record; the output names the state
    transitions each merge adds or removes, in diff's words.
    Exits 1 when any candidate was refused, 2 when a file could not be written.
    """
    with boundary(), no_gc_pauses():
        from .render.accept import render_accept

        report = _open(data).accept(candidates, only, dry_run=dry_run, force=force)
        out, err = render_accept(report)
        typer.echo(out, nl=False)
        typer.echo(err, nl=False, err=True)
        if report.failed:
            raise typer.Exit(EXIT_USAGE)
        if report.refused:
            raise typer.Exit(EXIT_INVALID)


@app.command("fmt")
def fmt_command(
    paths: Annotated[list[str] | None, typer.Argument(help="Record files or folders. Default: the data folder.",
                                                       show_default=False)] = None,
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 when a file is not in "
                                        "canonical form.")] = False,
    data: DataOption = None,
) -> None:
    """Bring records to one canonical form: events in date order, clean line ends; comments kept.

    Writes under a lock on each record file, atomically. Exits 1 when a record
    has errors (or, with --check, is not in canonical form), 2 when a file
    cannot be read or written.
    """
    with boundary(), no_gc_pauses():
        results = _open(paths or data).format(check=check)
        failed = False
        unwritable = False
        for result in results:
            if result.error is not None:
                typer.echo(f"timeline: error: {result.error}", err=True)
                if result.hint:
                    typer.echo(f"  hint: {result.hint}", err=True)
                unwritable = True
            for problem in result.problems:
                typer.echo(f"{problem.file}:{problem.line}:{problem.column}: {problem.message}", err=True)
                failed = True
            if result.changed:
                verb = "would reformat" if check else "reformatted"
                typer.echo(f"{verb} {result.file} ({', '.join(result.notes)})")
                failed = failed or check
        if unwritable:
            raise typer.Exit(EXIT_USAGE)
        if failed:
            raise typer.Exit(EXIT_INVALID)


def main() -> None:
    """Console entry point. The collector pauses while Typer parses the command line (see `_COLLECTING`)."""
    global _paused
    _paused = True
    gc.disable()
    app_for(sys.argv[1:])(prog_name="timeline")


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command that `args` start with, else the whole app.

    On every run Typer builds the Click command of every registered command, reading each one's signature and
    type hints (~15 ms for the eleven here), though only one runs. A command line that starts with a command's
    name gets an app with the same settings and callback and that command alone: the same options, help and
    errors for it. Anything else (options first, no command, an unknown one) gets the whole app, whose help
    lists every command and whose errors name them. tests/test_cli.py compares the two.
    """
    if args and not args[0].startswith("-"):
        for info in app.registered_commands:
            if (info.name or info.callback.__name__.lower().replace("_", "-")) == args[0]:
                one = typer.Typer(**_APP)
                one.registered_callback = app.registered_callback
                one.registered_commands = [info]
                return one
    return app


# --- pictures and exports (contract §6) ----------------------------------------


class ExportFormat(str, Enum):  # noqa: UP042 - as Format above
    json = "json"
    csv = "csv"
    sqlite = "sqlite"
    ics = "ics"
    atom = "atom"
    datasette = "datasette"
    timelinejs = "timelinejs"


TitleOption = Annotated[str, typer.Option("--title", metavar="TEXT", help="Title of the publication.")]
LicenseOption = Annotated[str | None, typer.Option("--license", metavar="NAME", help="The records' licence, "
                                                   "e.g. CC-BY-4.0 (none is stated unless given).",
                                                   show_default=False)]
LicenseUrlOption = Annotated[str | None, typer.Option("--license-url", metavar="URL", help="Where the licence is "
                                                      "written.", show_default=False)]
SourceOption = Annotated[str, typer.Option("--source", metavar="NAME", help="Who keeps the records.")]
SourceUrlOption = Annotated[str | None, typer.Option("--source-url", metavar="URL", help="Where the records are "
                                                     "kept, e.g. their repository.", show_default=False)]


def _about(title: str, license: str | None, license_url: str | None, source: str, source_url: str | None):
    from .errors import UsageError
    from .render.export import About

    for option, url in (("--license-url", license_url), ("--source-url", source_url)):
        if url is not None and not url.lower().startswith(("https://", "http://")):
            # pages and Datasette link it: a javascript: or data: address would run where it is clicked
            raise UsageError(f"{option} is not an http(s) address: {url}", "give an address starting with https://")

    return About(title=title, license=license, license_url=license_url, source=source, source_url=source_url)


OutputOption = Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",  # text: Path('') is '.'
                                                  help="Where to write. Default: standard output.",
                                                  show_default=False)]


def _output(output: str | None, option: str = "-o") -> Path | None:
    """The path `-o` names (None: standard output); an empty one is refused, not taken for the current folder
    (`-o "$OUT"` with OUT unset wrote into it)."""
    if output is None or output == "-":
        return None
    from .errors import UsageError

    if not output.strip():
        raise UsageError(f"{option} is empty", "give a path (or - for standard output)")
    return Path(output)


@app.command(epilog=DATES_EPILOG)
def chart(
    start: Annotated[str | None, typer.Option("--from", metavar="DATE",
                                              help="First day shown. Default: a little before the first "
                                              "event.", show_default=False)] = None,
    end: Annotated[str | None, typer.Option("--to", metavar="DATE",
                                            help="Last day shown. Default: a little after the last event "
                                            "or today.", show_default=False)] = None,
    policy: PolicyOption = None,
    data: DataOption = None,
    output: OutputOption = None,
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="Title of the chart.")] = "Policy timeline",
    embed: Annotated[bool, typer.Option("--embed", help="Write a fragment to paste into another page (one "
                                        "element with its style and script, no page around it).")] = False,
) -> None:
    """One self-contained HTML page: a lane per policy coloured by status, a marker per event, today marked.

    Events close in time share a marker that says how many; the legend lists what is shown; a source line
    gives the records' date. The page loads nothing from the network; open it in any browser, or print it.
    """
    with boundary():
        from .atomic import write_text

        page = _open(data).chart(today=today(), start=_date(start, "--from", "first"),
                                 end=_date(end, "--to", "last"), ids=policy, title=title, embed=embed)
        target = _output(output)
        if target is None:
            typer.echo(page, nl=False)
        else:
            write_text(target, page)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="json, csv (a folder of four files), sqlite "
                                              "(with full-text search), ics (calendar), atom (feed of recent "
                                              "changes), datasette (a folder: the database and its metadata) "
                                              "or timelinejs (TimelineJS 3 JSON).")],
    output: OutputOption = None,
    policy: PolicyOption = None,
    data: DataOption = None,
    limit: Annotated[int, typer.Option("--limit", metavar="N",
                                       help="atom: how many of the latest events.", min=1)] = 50,
    title: TitleOption = "Policy timeline",
    license: LicenseOption = None,
    license_url: LicenseUrlOption = None,
    source: SourceOption = "timeline",
    source_url: SourceUrlOption = None,
) -> None:
    """The records as tables (policies, events, sources, intervals), a calendar, a feed, or for Datasette and
    TimelineJS.

    sqlite, csv and datasette need -o (a file; a folder for csv and datasette). --title, --license and
    --source go into Datasette's metadata and TimelineJS's title. Files are replaced atomically.
    """
    with boundary():
        text = _open(data).export(fmt.value, _output(output),
                                  today=today(), ids=policy, limit=limit,
                                  about=_about(title, license, license_url, source, source_url))
        if text is not None:
            typer.echo(text, nl=False)


@app.command()
def site(
    output: Annotated[str, typer.Option("--output", "-o", metavar="DIR", help="The folder to write (created "
                                        "when missing; other files in it are left alone).")],
    policy: PolicyOption = None,
    data: DataOption = None,
    title: TitleOption = "Policy timeline",
    license: LicenseOption = None,
    license_url: LicenseUrlOption = None,
    source: SourceOption = "timeline",
    source_url: SourceUrlOption = None,
) -> None:
    """A static site: "what was in effect on …?" for any date, a page per policy, the chart and the feeds.

    Any static host can serve the folder; the pages load nothing from the network.
    """
    with boundary():
        from .errors import UsageError

        folder = _output(output)
        if folder is None:
            raise UsageError("site writes a folder, not standard output", "give a folder with -o")
        written = _open(data).site(folder, today=today(), ids=policy,
                                   about=_about(title, license, license_url, source, source_url))
        typer.echo(f"wrote {len(written)} files to {output} (open {Path(output) / 'index.html'})")


@app.command()
def schema(
    output: OutputOption = None,
) -> None:
    """The JSON Schema of a record file, generated from the models (docs/record.schema.json)."""
    with boundary():
        from .atomic import write_text
        from .records.schema import schema_text

        target = _output(output)
        if target is None:
            typer.echo(schema_text(), nl=False)
        else:
            write_text(target, schema_text())


# --- the cache (contract §7) -----------------------------------------------------------

cache_app = typer.Typer(name="cache", help="The cache of validated records: where it is, how big, and emptying it.",
                        no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                        context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(cache_app)


class InfoFormat(str, Enum):  # noqa: UP042 - as the other format enums
    text = "text"
    json = "json"


@cache_app.command("info")
def cache_info(
    fmt: Annotated[InfoFormat, typer.Option("--format", "-f", help="text or json.")] = InfoFormat.text,
) -> None:
    """Where the cache is, its files (least recently used first), their sizes and the folder's limit."""
    with boundary():
        from .render.formats import render_info
        from .store.location import info

        typer.echo(render_info(info(), fmt.value), nl=False)


@cache_app.command("clear")
def cache_clear() -> None:
    """Empty the cache (only its own files are removed); the next query rebuilds what it needs."""
    with boundary():
        from .render.escape import printable
        from .store.location import cache_dir, clear

        removed, left = clear()
        total = sum(item.bytes for item in removed)
        typer.echo(f"removed {len(removed)} cache file(s), {total / 1024 / 1024:.1f} MB, from {cache_dir()}")
        for item, reason in left:
            typer.echo(f"timeline: left {printable(os.fspath(item.path))}: {reason}", err=True)
        if any(reason != "in use by another run" for _item, reason in left):
            _fail("some cache files could not be removed", "check the permissions of the cache folder "
                  "(timeline cache info shows where it is)", EXIT_USAGE)

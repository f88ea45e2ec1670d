"""Every command and every format through Typer's CliRunner; JSON output equals the library's result."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import TODAY, as_json, day, event, load, record, write_record, write_text
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.core import query

pytestmark = pytest.mark.usefixtures("clean_env")

FORMATS = ["text", "json", "yaml", "csv", "markdown"]
ANSI = "\x1b["


@pytest.fixture
def data(tmp_path) -> Path:
    """Two small policies: alpha (active, then terminated) and beta (proposed, active, uncertainly suspended)."""
    folder = tmp_path / "data"
    write_record(folder, record("alpha", name="Alpha Policy", events=[
        event("2020-01-01", "active", "Alpha starts.", action="implemented", set={"capacity": 100, "ports": ["A"]}),
        event("2021-01-20", "terminated", "Alpha ends.", action="terminated", set={"capacity": None}),
    ]))
    write_record(folder, record("beta", name="Beta Policy", aliases=["B"], events=[
        event("2019-05-01", "proposed", "Beta proposed."),
        event("2020-01-01", "active", "Beta starts.", authority="An agency"),
        event(None, "suspended", "Beta paused at some point.", not_after="2020-06-01"),
    ]))
    return folder


# (command arguments, the library call that answers the same question)
QUERIES = {
    "state": (["state", "--on", "2020-03-01"], lambda ps: query.state_on(ps, day("2020-03-01"))),
    "state-policy": (["state", "--on", "2021-01-20", "--policy", "alpha"],
                     lambda ps: query.state_on(ps, day("2021-01-20"), ["alpha"])),
    "diff": (["diff", "2019-12-31", "2021-01-20"], lambda ps: query.diff(ps, day("2019-12-31"), day("2021-01-20"))),
    "diff-policy": (["diff", "2020-01-01", "2020-06-01", "-p", "beta"],
                    lambda ps: query.diff(ps, day("2020-01-01"), day("2020-06-01"), ["beta"])),
    "log": (["log"], lambda ps: query.log(ps)),
    "log-range": (["log", "--since", "2020-01-01", "--until", "2020-01-01"],
                  lambda ps: query.log(ps, since=day("2020-01-01"), until=day("2020-01-01"))),
    "show": (["show", "beta"], lambda ps: query.history(ps, "beta")),
}


@pytest.mark.parametrize("name", QUERIES)
def test_json_output_equals_the_library_result(name, data, invoke):
    """`--format json` prints exactly the library report's as_dict()."""
    args, call = QUERIES[name]
    result = invoke(*args, "--data", data, "--format", "json")
    assert result.exit_code == 0, result.output
    assert strict_json(result.stdout) == as_json(call(load(data)).as_dict())


def strict_json(text: str):
    """Parse JSON, refusing the NaN and Infinity that Python's json module would let through."""

    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("name", QUERIES)
def test_yaml_output_reads_back_as_the_json(name, data, invoke):
    """`--format yaml` parses back into the same data as the JSON output."""
    args, call = QUERIES[name]
    result = invoke(*args, "--data", data, "--format", "yaml")
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(result.stdout) == as_json(call(load(data)).as_dict())


@pytest.mark.parametrize("name", QUERIES)
def test_text_output_is_a_plain_readable_table(name, data, invoke):
    """Text output names each policy it reports by id and carries no colour codes off a terminal."""
    args, call = QUERIES[name]
    result = invoke(*args, "--data", data)
    assert result.exit_code == 0, result.output
    assert ANSI not in result.stdout
    report = call(load(data)).as_dict()
    ids = {p["id"] for p in report.get("policies", [])} | {c["id"] for c in report.get("changes", [])}
    ids |= {e["id"] for e in report.get("events", []) if "name" in e} | ({report["id"]} if "id" in report else set())
    assert ids
    for policy_id in ids:
        assert policy_id in result.stdout


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_state_csv(data, invoke):
    """state as CSV: one row per policy with id, status, in_effect (yes/no), since and attributes as JSON."""
    result = invoke("state", "--on", "2020-03-01", "--data", data, "-f", "csv")
    rows = read_csv(result.stdout)
    assert [(r["id"], r["status"], r["in_effect"], r["since"], r["certain"]) for r in rows] == [
        ("alpha", "active", "yes", "2020-01-01", "yes"), ("beta", "active", "yes", "2020-01-01", "no")]
    assert json.loads(rows[0]["attributes"]) == {"capacity": 100, "ports": ["A"]}


def test_diff_csv(data, invoke):
    """diff as CSV: status, attribute and event rows per changed policy."""
    result = invoke("diff", "2020-12-31", "2021-01-20", "--data", data, "-f", "csv")
    rows = [(r["id"], r["kind"], r["key"], r["before"], r["after"], r["date"]) for r in read_csv(result.stdout)]
    assert rows == [("alpha", "status", "status", "active", "terminated", ""),
                    ("alpha", "attribute", "capacity", "100", "", ""),
                    ("alpha", "event", "terminated", "", "", "2021-01-20")]


def test_log_csv(data, invoke):
    """log as CSV: one row per event in order, uncertain events with their not_after."""
    rows = read_csv(invoke("log", "--data", data, "-f", "csv").stdout)
    assert [(r["id"], r["date"], r["not_after"], r["status"]) for r in rows] == [
        ("beta", "2019-05-01", "", "proposed"), ("alpha", "2020-01-01", "", "active"),
        ("beta", "2020-01-01", "", "active"), ("beta", "", "2020-06-01", "suspended"),
        ("alpha", "2021-01-20", "", "terminated")]
    assert all(r["sources"] == "https://example.org/doc" for r in rows)


def test_show_csv(data, invoke):
    """show as CSV: the policy's events in order with authority and sources."""
    rows = read_csv(invoke("show", "beta", "--data", data, "-f", "csv").stdout)
    assert [(r["id"], r["status"], r["authority"]) for r in rows] == [
        ("beta", "proposed", ""), ("beta", "active", "An agency"), ("beta", "suspended", "")]


@pytest.mark.parametrize(("args", "title", "rows"), [
    (["state", "--on", "2020-03-01"], "## State on 2020-03-01", 2),
    (["diff", "2020-12-31", "2021-01-20"], "## Changes from 2020-12-31 to 2021-01-20", 3),
    (["log", "--since", "2021-01-01"], "## Events from 2021-01-01", 1),
    (["show", "alpha"], "## Alpha Policy (alpha)", 2),
])
def test_markdown_is_a_titled_table(args, title, rows, data, invoke):
    """Markdown output is a title and a pipe table with one row per item."""
    result = invoke(*args, "--data", data, "-f", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == title
    table = [line for line in lines if line.startswith("|")]
    assert table[0].startswith("| id |") and set(table[1]) <= set("|-")
    assert len(table) == 2 + rows


def test_markdown_escapes_pipes(tmp_path, invoke):
    """A '|' in a summary does not break the Markdown table."""
    write_record(tmp_path, record("alpha", events=[event("2020-01-01", "active", "A | B")]))
    result = invoke("log", "--data", tmp_path, "-f", "markdown")
    assert "A \\| B" in result.stdout


def test_state_text_shows_uncertainty_and_attributes(data, invoke):
    """Text state marks an uncertain status with '?', explains it, and lists attributes."""
    out = invoke("state", "--on", "2020-03-01", "--data", data).stdout
    assert "State on 2020-03-01" in out
    assert "active?" in out and "uncertain" in out and "Beta paused at some point." in out
    assert "capacity: 100" in out


def test_diff_text_says_when_nothing_changed(data, invoke):
    """A diff over a quiet window says no policy changed."""
    out = invoke("diff", "2022-01-01", "2023-01-01", "--data", data).stdout
    assert "No policy changed." in out


# --- validate -------------------------------------------------------------------------


def test_validate_valid_data_exits_0(data, invoke):
    """validate on valid records exits 0 and says so."""
    result = invoke("validate", data)
    assert result.exit_code == 0
    assert "2 file(s) checked: 0 error(s), 0 warning(s): valid" in result.stdout


def test_validate_warnings_only_exits_0(tmp_path, invoke):
    """Warnings do not fail validation (exit 0)."""
    write_record(tmp_path, record(events=[event(sources=[{"url": "https://example.org/a", "title": "A"}])]))
    result = invoke("validate", tmp_path, "--format", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    assert (report["valid"], report["errors"], report["warnings"]) == (True, 0, 1)


INCOMPLETE_HINT = ("add who published it and when, so readers can cite it; a source that shows no date can say so: "
                   "ignore: {source-incomplete: <why>} on the source")


def test_validate_github_annotations(tmp_path, invoke, monkeypatch):
    """--format github prints one ::error/::warning line per problem with file, line, col and code."""
    monkeypatch.chdir(tmp_path)
    write_text(tmp_path, "alpha.yaml", "id: alpha\nname: Alpha\nevents:\n  - date: 2020-01-01\n    status: no\n"
               "    summary: s\n    sources: [{url: 'https://example.org/a', title: A}]\n")
    write_text(tmp_path, "beta.yaml", "id: beta\nname: Beta\nevents:\n  - date: 2020-01-01\n    status: active\n"
               "    summary: s\n    sources: [{url: 'https://example.org/a', title: A}]\n")
    result = invoke("validate", ".", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "::error file=alpha.yaml,line=5,col=13,title=yaml-typed::events[0].status: YAML reads 'no' as the boolean "
        "False, not as the text 'no' (a status is one of: proposed, announced, active, suspended, enjoined, "
        "terminated; quote it (\"no\") if you mean the text)",
        # the shape error in alpha hides nothing else in the file
        "::warning file=alpha.yaml,line=7,col=15,title=source-incomplete::events[0].sources[0] has no publisher or "
        f"published ({INCOMPLETE_HINT})",
        "::warning file=beta.yaml,line=7,col=15,title=source-incomplete::events[0].sources[0] has no publisher or "
        f"published ({INCOMPLETE_HINT})",
    ]


def test_validate_text_lines(tmp_path, invoke, monkeypatch):
    """Text validation output is file:line:col: severity[code]: message, the line with a caret, a hint, a summary."""
    monkeypatch.chdir(tmp_path)
    write_text(tmp_path, "alpha.yaml", "id: alpha\nnmae: Alpha\n")
    result = invoke("validate", "alpha.yaml")
    assert result.exit_code == 1
    assert ("alpha.yaml:2:1: error[unknown-key]: unknown key 'nmae', which has no 'name'\n"
            "  |\n"
            "2 | nmae: Alpha\n"
            "  | ^^^^\n"
            "  = hint: did you mean 'name'? rename the key\n") in result.stdout
    assert result.stdout.endswith("1 file(s) checked: 2 error(s), 0 warning(s): invalid\n")
    concise = invoke("validate", "alpha.yaml", "--format", "concise")
    assert ("alpha.yaml:2:1: error[unknown-key]: unknown key 'nmae', which has no 'name'\n"
            "    hint: did you mean 'name'? rename the key\n") in concise.stdout
    assert "^" not in concise.stdout


def test_validate_defaults_to_the_data_folder(data, invoke, monkeypatch):
    """validate without paths checks $TIMELINE_DATA (or --data)."""
    monkeypatch.setenv("TIMELINE_DATA", str(data))
    result = invoke("validate")
    assert result.exit_code == 0 and "2 file(s) checked" in result.stdout
    assert "2 file(s) checked" in invoke("validate", "--data", data).stdout


# --- exit codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["state", "--policy", "alpah"],
    ["show", "gamma"],
    ["diff", "2021-01-02", "2021-01-01"],
    ["log", "--since", "2021-01-02", "--until", "2021-01-01"],
    ["state", "--on", "2021-02-30"],
    ["state", "--format", "xml"],
    ["state", "--bogus"],
    ["diff", "2021-01-01"],
])
def test_usage_errors_exit_2(args, data, invoke):
    """Bad options, unknown policies, bad dates and reversed ranges exit 2 without a traceback."""
    result = invoke(*args, "--data", data)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_unknown_policy_message_and_hint(data, invoke):
    """An unknown policy id gets a one-line error and a did-you-mean hint on stderr."""
    result = invoke("state", "--policy", "alpah", "--data", data)
    assert result.stderr == "timeline: error: unknown policy 'alpah'\n  hint: did you mean 'alpha'?\n"


@pytest.mark.parametrize(
    "command", [["state"], ["validate"], ["log"], ["show", "x"], ["diff", "2020-01-01", "2021-01-01"]]
)
def test_missing_data_path_exits_2(command, tmp_path, invoke):
    """A --data path that does not exist is a usage error (exit 2), for every command."""
    result = invoke(*command, "--data", tmp_path / "nope")
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


def test_invalid_records_make_queries_exit_1(tmp_path, invoke):
    """A query over invalid records exits 1 and prints the problems on stderr, nothing on stdout."""
    write_text(tmp_path, "alpha.yaml", "id: alpha\nname: Alpha\nevents: []\n")
    result = invoke("state", "--data", tmp_path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "alpha.yaml:3:9: error[no-events]" in result.stderr
    assert "timeline validate" in result.stderr


def test_internal_error_exits_3_in_one_line(data, invoke, monkeypatch):
    """An unexpected exception becomes exit 3 with one line asking for a bug report; --debug re-raises."""

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    from timeline.render import formats as render

    monkeypatch.setattr(render, "render", broken)  # every query, cached or not, is rendered
    result = invoke("state", "--data", data)
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "RuntimeError: boom" in lines[0] and "bug" in lines[0]
    debug = invoke("--debug", "state", "--data", data)
    assert isinstance(debug.exception, RuntimeError)


def test_diff_exit_code(data, invoke):
    """diff --exit-code exits 1 when something changed and 0 when nothing did; without it, 0."""
    assert invoke("diff", "2020-12-31", "2021-01-20", "--data", data, "--exit-code").exit_code == 1
    assert invoke("diff", "2022-01-01", "2023-01-01", "--data", data, "--exit-code").exit_code == 0
    assert invoke("diff", "2020-12-31", "2021-01-20", "--data", data).exit_code == 0


def test_version_and_help(invoke):
    """--version prints the version; --help lists the commands; both exit 0."""
    from timeline import __version__

    assert invoke("--version").stdout == f"timeline {__version__}\n"
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("validate", "state", "diff", "log", "show"):
        assert command in result.stdout


# --- colour ----------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    """Colour is used on a terminal, never off one, and never when NO_COLOR is set."""
    from timeline.render.text import use_color

    assert use_color(FakeTerminal()) is True
    assert use_color(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(FakeTerminal()) is False


def test_text_is_coloured_when_asked(data):
    """The text renderer paints statuses when colour is on, and not when it is off."""
    from timeline.render.formats import render

    report = query.state_on(load(data), day("2020-03-01"))
    assert ANSI in render(report, "text", color=True)
    assert ANSI not in render(report, "text", color=False)


def test_no_color_env_keeps_cli_output_plain(data, invoke, monkeypatch):
    """With NO_COLOR set the CLI prints no escape codes even if stdout claims to be a terminal."""
    import timeline.render.text

    monkeypatch.setenv("NO_COLOR", "1")
    original = timeline.render.text.use_color
    monkeypatch.setattr(timeline.render.text, "use_color", lambda stream=None: original(FakeTerminal()))
    # color=True: the runner keeps escape codes instead of stripping them as off a terminal
    assert ANSI not in invoke("log", "--data", data, color=True).stdout
    monkeypatch.delenv("NO_COLOR")
    assert ANSI in invoke("log", "--data", data, color=True).stdout
    assert ANSI not in invoke("log", "--data", data, "-f", "csv", color=True).stdout


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-20", "2025-01-20"),
    ("January 20, 2025", "2025-01-20"),
    ("20 Jan 2025", "2025-01-20"),
    ("2 weeks ago", "2025-05-18"),
    ("today", TODAY),
    ("yesterday", "2025-05-31"),
    ("  2025-01-20 ", "2025-01-20"),
])
def test_human_dates(text, expected, data, invoke):
    """--on accepts ISO and English dates; relative ones count from TIMELINE_TODAY."""
    result = invoke("state", "--on", text, "--data", data, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["on"] == expected


def test_default_date_is_timeline_today(data, invoke, monkeypatch):
    """Without --on, state answers for $TIMELINE_TODAY."""
    monkeypatch.setenv("TIMELINE_TODAY", "2020-03-01")
    assert json.loads(invoke("state", "--data", data, "-f", "json").stdout)["on"] == "2020-03-01"


@pytest.mark.parametrize("text", ["01/02/2025", "13/02/25", "2025/01/20", "20250120", "2025-1-2", "garbage", "",
                                  "January 2025", "February 30, 2025"])
def test_unclear_dates_are_refused(text, data, invoke):
    """Ambiguous numeric dates, unreadable and impossible dates exit 2 with a hint to write ISO."""
    result = invoke("state", "--on", text, "--data", data)
    assert result.exit_code == 2, result.output
    assert "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize("text", ["01/02/2025", "13/02/25", "1.2.2025", "2025/01/20"])
def test_numeric_dates_are_called_ambiguous(text, data, invoke):
    """A numeric date other than YYYY-MM-DD is refused as ambiguous, not as unreadable."""
    result = invoke("state", "--on", text, "--data", data)
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr


@pytest.mark.parametrize("args", [["diff", "01/02/2025", "2025-03-01"], ["log", "--since", "13/02/25"],
                                  ["log", "--until", "garbage"]])
def test_every_date_argument_is_checked(args, data, invoke):
    """FROM, TO, --since and --until refuse unclear dates just like --on."""
    assert invoke(*args, "--data", data).exit_code == 2


def test_bad_timeline_today_is_a_usage_error(data, invoke, monkeypatch):
    """An unreadable $TIMELINE_TODAY is a usage error, not a crash."""
    monkeypatch.setenv("TIMELINE_TODAY", "01/02/2025")
    result = invoke("state", "--data", data)
    assert result.exit_code == 2 and "TIMELINE_TODAY" in result.stderr


def test_parse_date_library():
    """parse_date anchors relative dates on the base it is given, not on the clock."""
    from timeline.core.dates import parse_date

    assert parse_date("2 weeks ago", base=day("2000-03-15")) == day("2000-03-01")
    assert parse_date("tomorrow", base=day("2000-02-28")) == day("2000-02-29")


CHECK_IMPORTS = """
import sys
from timeline.cli import app
try:
    app(sys.argv[1:], prog_name="timeline")
except SystemExit as exit:
    code = exit.code
print("dateparser imported:", "dateparser" in sys.modules, "exit:", code, file=sys.stderr)
"""


def _imports_dateparser(args: list[str], data: Path) -> bool:
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_DATA"}
    env["TIMELINE_TODAY"] = TODAY
    result = subprocess.run([sys.executable, "-c", CHECK_IMPORTS, *args, "--data", str(data)], env=env,
                            capture_output=True, text=True, timeout=120)
    last = result.stderr.strip().splitlines()[-1]
    assert last.endswith("exit: 0"), result.stderr
    return "dateparser imported: True" in last


def test_iso_queries_do_not_import_dateparser(data):
    """ISO dates are parsed without importing dateparser; a date in words does import it."""
    assert _imports_dateparser(["state", "--on", "2020-03-01"], data) is False
    assert _imports_dateparser(["diff", "2020-01-01", "2021-01-01"], data) is False
    assert _imports_dateparser(["state", "--on", "March 1, 2020"], data) is True


def test_python_dash_m_runs_the_cli(data):
    """`python -m timeline` is the same command line."""
    result = subprocess.run([sys.executable, "-m", "timeline", "state", "--on", "2020-03-01", "--data", str(data),
                             "-f", "json"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "TIMELINE_TODAY": TODAY})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == as_json(query.state_on(load(data), day("2020-03-01")).as_dict())


# --- where the data comes from -----------------------------------------------------------------


def test_data_from_env_then_local_policies_folder(data, tmp_path, invoke, monkeypatch):
    """Without --data: $TIMELINE_DATA first, else ./policies in the working folder."""
    local = tmp_path / "work" / "policies"
    write_record(local, record("gamma"))
    monkeypatch.chdir(tmp_path / "work")
    ids = [p["id"] for p in json.loads(invoke("state", "-f", "json").stdout)["policies"]]
    assert ids == ["gamma"]
    monkeypatch.setenv("TIMELINE_DATA", str(data))
    ids = [p["id"] for p in json.loads(invoke("state", "-f", "json").stdout)["policies"]]
    assert ids == ["alpha", "beta"]


def test_data_may_be_a_single_file(data, invoke):
    """--data accepts one record file."""
    result = invoke("state", "--data", data / "beta.yaml", "-f", "json")
    assert [p["id"] for p in json.loads(result.stdout)["policies"]] == ["beta"]


def test_the_app_of_one_command_answers_as_the_whole_app(data):
    """`main` runs an app holding only the command asked for (cli.app_for): for every command its help, a
    usage error and an answer are the same as the whole app's; options first or an unknown command get the
    whole app."""
    from typer.testing import CliRunner

    from timeline.cli import app, app_for

    runner = CliRunner()
    names = [info.name or info.callback.__name__ for info in app.registered_commands]
    assert len(names) == 12  # with `site` (issue 14)
    for name in names:
        one = app_for([name, "--help"])
        assert one is not app and len(one.registered_commands) == 1
        for args in ([name, "--help"], [name, "--no-such-option"]):
            whole, alone = runner.invoke(app, args), runner.invoke(one, args)
            assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output), args
    for args in (["state", "--data", str(data), "--on", "2020-03-01", "-f", "json"],
                 ["diff", "2019-01-01", "2021-06-01", "--data", str(data)]):
        whole, alone = runner.invoke(app, args), runner.invoke(app_for(args), args)
        assert alone.exit_code == whole.exit_code == 0
        assert alone.output == whole.output
    for args in (["--debug", "state"], ["stat"], [], ["--help"]):
        assert app_for(args) is app


# --- JSON text -------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_json_text_is_json_dumps_but_for_the_form_of_floats(value):
    """The JSON answers (written by orjson where it can) are json.dumps(indent=2, ensure_ascii=False) byte for
    byte when they hold no float, and the same values when they do (orjson writes 1e16 where json writes
    1e+16)."""
    import json

    from timeline.render.formats import to_json

    text, expected = to_json(value), json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    if "float" not in repr(type(value)) and not any(isinstance(item, float) for item in _leaves(value)):
        assert text == expected
    assert json.loads(text) == json.loads(expected)


def _leaves(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value

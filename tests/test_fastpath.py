"""The fast path (timeline/fastpath.py) answers exactly as Typer does, or leaves the command line to Typer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TODAY, write_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.main import get_command
from typer.testing import CliRunner

from timeline import fastpath
from timeline.cli import Format, app

ROOT = Path(__file__).resolve().parent.parent

ALPHA = """\
id: alpha
name: Alpha Program
aliases: [AP]
events:
  - date: 2019-06-01
    status: announced
    summary: Alpha is announced.
    sources: [{url: "https://example.org/a1", title: Alpha announced, publisher: Example, published: 2019-06-01}]
  - date: 2020-01-15
    status: active
    summary: Alpha takes effect.
    set: {ports: [El Paso]}
    sources: [{url: "https://example.org/a2", title: Alpha in effect}]
  - not_before: 2020-05-01
    not_after: 2020-06-30
    status: suspended
    summary: Alpha is suspended some time in May or June.
    sources: [{url: "https://example.org/a3", title: Alpha suspended}]
"""

BETA = """\
id: beta
name: Beta Rule
events:
  - date: 2020-03-01
    status: active
    summary: Beta takes effect.
    sources: [{url: "https://example.org/b1", title: Beta in effect}]
  - date: 2021-02-01
    status: terminated
    summary: Beta is ended.
    sources: [{url: "https://example.org/b2", title: Beta ended}]
"""


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("records")
    write_text(folder, "alpha.yaml", ALPHA)
    write_text(folder, "beta.yaml", BETA)
    (folder.parent / "broken").mkdir(exist_ok=True)
    write_text(folder.parent / "broken", "bad.yaml", "id: bad\nname: [\n")
    return folder


def both(args: list[str]) -> tuple[tuple, tuple, bool]:
    """(exit code, stdout bytes, stderr) from Typer and from the fast path (Typer's when it does not take
    the command line), and whether the fast path took it."""
    runner = CliRunner()
    typer_result = runner.invoke(app, args)
    typer_answer = (typer_result.exit_code, typer_result.stdout_bytes, typer_result.stderr)
    with runner.isolation() as streams:
        code = fastpath.run(args)
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = streams[0].getvalue(), streams[1].getvalue().decode()
    if code is None:
        return typer_answer, typer_answer, False
    return typer_answer, (code, out, err), True


def test_commands_say_what_the_typer_commands_declare():
    """Every option of each fast command, its kind and its parameter, as Typer declares them; the formats."""
    group = get_command(app)
    assert set(fastpath.FORMATS) == {item.value for item in Format}
    for name, command in fastpath._commands().items():
        click_command = group.commands[name]
        declared, arguments = {}, []
        for param in click_command.params:
            if param.param_type_name == "argument":
                arguments.append(param.name)
                continue
            if param.name == "help":
                continue
            kind = fastpath.FLAG if param.is_flag else fastpath.MANY if param.multiple else fastpath.VALUE
            for opt in [*param.opts, *param.secondary_opts]:
                declared[opt] = (param.name, kind)
        assert command.options == declared, name
        assert list(command.arguments) == arguments, name


def test_plain_command_lines_take_the_fast_path_and_answer_as_typer(records, clean_env):
    data = str(records)
    for args in (["state", "--data", data, "--on", "2020-03-01", "-f", "json"],
                 ["state", "--data", data, "--on", "2020-03-01"],
                 ["state", "--data", data, "-p", "ap", "--no-sources", "--on=2020-07-01", "--format=markdown"],
                 ["diff", "2019-01-01", "2021-06-01", "--data", data],
                 ["diff", "--data", data, "2019-01-01", "2021-06-01", "--exit-code", "-f", "csv"],
                 ["diff", "2021-06-01", "2021-07-01", "--data", data, "--exit-code"],
                 ["log", "--data", data, "--since", "2020", "--until", "last year", "-f", "yaml"],
                 ["show", "alpha", "--data", data, "-f", "json"],
                 ["show", "AP", "--data", data],
                 ["state", "--data", data, "--on", "not a date"],
                 ["state", "--data", data, "-p", "nope"],
                 ["state", "--data", str(records.parent / "broken")],
                 ["state", "--data", str(records / "missing")]):
        typer_answer, fast_answer, taken = both(args)
        assert taken, args
        assert fast_answer == typer_answer, args
    codes = {both(args)[1][0] for args in (["diff", "2019-01-01", "2021-06-01", "--data", data, "--exit-code"],
                                           ["diff", "2021-06-01", "2021-07-01", "--data", data, "--exit-code"])}
    assert codes == {0, 1}


def test_other_command_lines_are_left_to_typer(records):
    data = str(records)
    for args in ([], ["--help"], ["--version"], ["--debug", "state"], ["stat"], ["validate", data],
                 ["state", "--help"], ["state", "-h"], ["state", "--on"], ["state", "--on", "--data", data],
                 ["state", "--on", "2020-01-01", "--on", "2020-02-02"], ["state", "--on="], ["state", "-fjson"],
                 ["state", "-f", "JSON"], ["state", "--format", "xml"], ["state", "--no-sources=1"],
                 ["state", "extra"], ["diff", "2020-01-01"], ["diff", "a", "b", "c"], ["show"],
                 ["show", "-"], ["state", "--", "--on"], ["state", "--policy"], ["log", "--on", "2020-01-01"],
                 ["show", "alpha", "--no-sources"], ["state", "--exit-code"], ["state", "--dat", data]):
        assert fastpath.parse(args) is None, args


DATES = ["2020-03-01", "2019-01-01", "2021-06-01", "2020", "last year", "yesterday", "-3", "", "garbage"]
ODD = ["--on=2020-07-01", "--format=json", "--policy=beta", "--on=", "--help", "-h", "--", "-", "--bogus", "-fjson",
       "--no-sources", "--no-cache", "--exit-code", "--on", "-p", "json"]
ITEMS = st.one_of(
    st.tuples(st.sampled_from(["--on", "--since", "--until"]), st.sampled_from(DATES)),
    st.tuples(st.sampled_from(["--format", "-f"]), st.sampled_from([*fastpath.FORMATS, "JSON"])),
    st.tuples(st.sampled_from(["--policy", "-p"]), st.sampled_from(["alpha", "AP", "beta", "nope"])),
    st.tuples(st.just("--data"), st.sampled_from(["DATA", "DATA", "BROKEN", "MISSING"])),
    st.tuples(st.sampled_from(DATES + ["alpha", "AP"])),  # an argument (diff's dates, show's policy)
    st.tuples(st.sampled_from(ODD)),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(["state", "diff", "log", "show"]), items=st.lists(ITEMS, max_size=6))
def test_random_command_lines_answer_as_typer(records, clean_env, command, items):
    """Whatever the command line, the fast path answers as Typer does: output, errors and exit code."""
    swap = {"DATA": str(records), "BROKEN": str(records.parent / "broken"), "MISSING": str(records / "missing")}
    args = [command, *(swap.get(token, token) for item in items for token in item)]
    typer_answer, fast_answer, _ = both(args)
    assert fast_answer == typer_answer, args


def test_the_command_runs_without_importing_typer(records, tmp_path):
    """`python -m timeline state ...` answers without Typer (and, from a warm cache, without pydantic); help
    still comes from Typer."""
    env = {**os.environ, "TIMELINE_TODAY": TODAY, "TIMELINE_CACHE_DIR": str(tmp_path / "cache")}
    probe = ("import runpy, sys; sys.argv = ['timeline', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('timeline', run_name='__main__')\n"
             "finally:\n    print('typer' in sys.modules, 'pydantic' in sys.modules, file=sys.stderr)\n")
    for cold in (True, False):  # the first run validates the records (pydantic) and fills the cache
        done = subprocess.run([sys.executable, "-c", probe, "state", "--data", str(records), "-f", "json"],
                              capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
        assert '"id": "alpha"' in done.stdout
        assert done.stderr.splitlines()[-1] == ("False True" if cold else "False False")
    done = subprocess.run([sys.executable, "-c", probe, "state", "--help"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, check=True)
    assert "--no-sources" in done.stdout
    assert done.stderr.splitlines()[-1].startswith("True")


def test_the_installed_command_is_the_fast_path():
    """pyproject's script and `python -m timeline` both start at fastpath.main."""
    assert 'timeline = "timeline.fastpath:main"' in (ROOT / "pyproject.toml").read_text()
    assert "from timeline.fastpath import main" in (ROOT / "timeline" / "__main__.py").read_text()

"""Validation that reads like ruff: every problem in one run, once, in our words, with a caret; control over codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import TODAY, day, write_text
from test_rules import RULES, run_rule

from timeline.records.check import Selection, validate
from timeline.render.formats import render_report, source_excerpt

pytestmark = pytest.mark.usefixtures("clean_env")

SOURCE = "    sources: [{url: 'https://example.org/a', title: A, publisher: P, published: 2020-01-01}]\n"

# A maintainer's first record for a new policy, with the usual mistakes; each line that must be reported ends
# with `# <- code` (the file is saved as newpol.yaml, so the id does not match)
MISTAKES = (
    "id: new-policy  # <- id-mismatch\n"
    "name: New policy\n"
    "events:\n"
    "  - date: 2021-01-01\n"
    "    status: Active  # <- bad-status\n"
    "    summary: Starts.\n"
    "    sources:\n"
    "      - url: https://example.org/a  # <- source-incomplete\n"
    "        title: A\n"
    "  - date: 03/04/2021  # <- invalid-date\n"
    "    status: active\n"
    "    sumary: Something.  # <- unknown-key\n"
    "    sources:\n"
    "      - url: www.example.org/b  # <- bad-url\n"
    "        title: B\n"
    "        publisher: P\n"
    "        published: 2021-03-04\n"
    "  - date: 2022-01-01\n"
    "    status: terminated\n"
    "    summary: Ends.\n" + SOURCE +
    "  - date: 2022-06-01\n"
    "    status: suspended  # <- transition\n"
    "    summary: Suspended after the end.\n" + SOURCE +
    "  - date: 2020-06-01  # <- event-order\n"
    "    status: active\n"
    "    summary: Listed last, happened first.\n" + SOURCE
)


def marked(text: str) -> set[tuple[int, str]]:
    """(line, code) of every line marked `# <- code`."""
    return {(number, line.split("# <- ")[1].strip()) for number, line in enumerate(text.splitlines(), start=1)
            if "# <- " in line}


def test_every_mistake_is_reported_in_one_run_once_with_a_hint(tmp_path):
    """Shape errors hide nothing else in the file: each mistake is one problem, at its line, with column and hint."""
    path = write_text(tmp_path, "newpol.yaml", MISTAKES)
    report = validate([path], today=day(TODAY))
    assert {(p.line, p.code) for p in report.problems} == marked(MISTAKES)
    assert len(report.problems) == len(marked(MISTAKES))
    for problem in report.problems:
        assert problem.file == str(path) and problem.column >= 1
        assert problem.hint and problem.hint != problem.message


def test_the_text_output_shows_each_line_with_a_caret_and_ignore_drops_a_code(tmp_path, invoke, monkeypatch):
    """Text output quotes every reported line with carets under the column; --ignore CODE drops that code."""
    monkeypatch.chdir(tmp_path)
    write_text(tmp_path, "newpol.yaml", MISTAKES)
    result = invoke("validate", "newpol.yaml")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    for number, code in marked(MISTAKES):
        header = next(at for at, line in enumerate(lines) if line.startswith(f"newpol.yaml:{number}:")
                      and f"[{code}]" in line)
        column = int(lines[header].split(":")[2])
        source_line = MISTAKES.splitlines()[number - 1]
        gutter = f"{number} | "
        assert lines[header + 2] == gutter + source_line
        caret = lines[header + 3]
        assert caret.index("^") == len(gutter) + column - 1
        assert lines[header + 4].lstrip().startswith("= hint: ")
    ignored = invoke("validate", "newpol.yaml", "--ignore", "transition", "--ignore", "event-order,bad-url")
    codes = set(re.findall(r"\[([a-z-]+)\]:", ignored.stdout))
    assert codes == {code for _, code in marked(MISTAKES)} - {"transition", "event-order", "bad-url"}
    assert "(3 left out by --select/--ignore or the configuration)" in ignored.stdout


@pytest.mark.parametrize(("code", "severity", "text"), RULES, ids=[f"{c}-{s}" for c, s, _ in RULES])
def test_every_problem_says_how_to_fix_it(code, severity, text, tmp_path):
    """Every problem of every rule has a hint, and the hint is not the message again."""
    _, report = run_rule(tmp_path, text)
    assert report.problems
    for problem in report.problems:
        assert problem.hint, problem
        assert problem.hint.lower() not in problem.message.lower()
        assert "Input should be" not in problem.message + problem.hint  # pydantic's words


# --- one mistake, one problem; nothing spurious around a shape error ------------------------------------


def ev(body: str) -> str:
    return "  - " + body.lstrip() + SOURCE


def record(events: str) -> str:
    return "id: alpha\nname: Alpha\nevents:\n" + events


@pytest.mark.parametrize(("events", "expected"), [
    # a bad status breaks the chain: terminated -> ? -> suspended is not judged
    (ev("    date: 2020-01-01\n    status: terminated\n    summary: a\n")
     + ev("    date: 2020-02-01\n    status: Activ\n    summary: b\n")
     + ev("    date: 2020-03-01\n    status: suspended\n    summary: c\n"), ["bad-status"]),
    # an event whose date is unreadable may sit between the two: not judged either
    (ev("    date: 2020-01-01\n    status: terminated\n    summary: a\n")
     + ev("    date: 2020-13-01\n    status: active\n    summary: b\n")
     + ev("    date: 2020-03-01\n    status: suspended\n    summary: c\n"), ["invalid-date"]),
    # ... but a change with no doubtful event between is judged, and an invalid date is no missing date
    (ev("    date: 02/01/2020\n    status: active\n    summary: b\n")
     + ev("    date: 2020-01-01\n    status: terminated\n    summary: a\n")
     + ev("    date: 2020-03-01\n    status: suspended\n    summary: c\n"), ["invalid-date", "transition"]),
    # a published date that is not valid is not a missing one
    ("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
     "      - {url: 'https://example.org/a', title: A, publisher: P, published: 03/04/2020}\n", ["invalid-date"]),
    # a misspelt key stands for the missing one
    ("  - date: 2020-01-01\n    status: active\n    Summary: s\n" + SOURCE, ["unknown-key"]),
    # a source with a bad URL is still a source without publisher and date; the event's other rules still run
    ("  - date: 2020-01-01\n    status: active\n    action: terminated\n    summary: s\n    sources:\n"
     "      - {url: 'ftp://example.org/a', title: A}\n", ["action-status", "bad-url", "source-incomplete"]),
    # ... but not when its date is there and only malformed
    ("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
     "      - {url: 'ftp://example.org/a', title: A, publisher: P, published: 2020-13-01}\n",
     ["bad-url", "invalid-date"]),
])
def test_one_mistake_gives_one_problem(events, expected, tmp_path):
    """Around a shape error the rules run on what is valid, and say nothing that depends on the invalid part."""
    _, report = run_rule(tmp_path, record(events))
    assert sorted(p.code for p in report.problems) == expected


def test_rules_across_files_see_records_with_shape_errors(tmp_path):
    """A record with a shape error still counts for duplicate ids and for related ids."""
    active = ev("    date: 2020-01-01\n    status: active\n    summary: s\n")
    write_text(tmp_path, "alpha.yaml", record(ev("    date: 2020-01-01\n    status: activ\n    summary: s\n")))
    write_text(tmp_path / "more", "alpha.yaml", record(active))
    write_text(tmp_path, "beta.yaml", "id: beta\nname: Beta\nrelated:\n  - policy: alpha\n    relation: amends\n"
               "  - policy: gamma\n    relation: amends\nevents:\n" + active)
    report = validate([tmp_path], today=day(TODAY))
    assert sorted((Path(p.file).name, p.code) for p in report.problems) == [
        ("alpha.yaml", "bad-status"), ("alpha.yaml", "duplicate-id"), ("beta.yaml", "unknown-related")]


# --- messages in our words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "code", "hint"), [
    ("    status: Active", "bad-status", "did you mean 'active'?"),
    ("    status: suspend", "bad-status", "did you mean 'suspended'?"),
    ("    status: ended", "bad-status", "a status is one of: proposed, announced"),
    ("    status: active\n    action: implement", "bad-action", "did you mean 'implemented'?"),
    ("    status: active\n    Action: implemented", "unknown-key", "did you mean 'action'?"),
    ("    status: active\n    autority: DHS", "unknown-key", "did you mean 'authority'?"),
])
def test_did_you_mean_for_statuses_actions_and_keys(line, code, hint, tmp_path):
    """Case and small typos in statuses, actions and keys get a did-you-mean hint; no match lists the choices."""
    text = record(f"  - date: 2020-01-01\n{line}\n    summary: s\n" + SOURCE)
    _, report = run_rule(tmp_path, text)
    (problem,) = report.problems
    assert problem.code == code
    assert problem.hint.startswith(hint)


@pytest.mark.parametrize(("written", "hint"), [
    ("03/04/2021", "write it as YYYY-MM-DD: 2021-03-04 if it means March 4, 2021-04-03 if it means 3 April"),
    ("13/04/2021", "write it as YYYY-MM-DD: 2021-04-13"),
    ("2021-3-4", "write it as YYYY-MM-DD: 2021-03-04"),
    ("'March 4, 2021'", "write it as YYYY-MM-DD: 2021-03-04"),
    ("2021-02-30", "2021-02 has 28 days"),
    ("2021-01-01 10:00:00", "write the day alone: 2021-01-01"),
    ("' 2021-01-01'", "remove the spaces: 2021-01-01"),
    ("20210304", "write it as YYYY-MM-DD: 2021-03-04"),
])
def test_a_date_written_otherwise_gets_its_iso_form(written, hint, tmp_path):
    """A date that is not YYYY-MM-DD gets a hint with its ISO form (both, never a guess, when it reads two ways)."""
    _, report = run_rule(tmp_path, record(ev(f"    date: {written}\n    status: active\n    summary: s\n")))
    (problem,) = report.problems
    assert problem.code in ("invalid-date", "number-as-date")
    assert problem.hint.startswith(hint)


@pytest.mark.parametrize(("url", "hint"), [
    ("www.federalregister.gov/d/2019-00001", "did you mean 'https://www.federalregister.gov/d/2019-00001'?"),
    ("htps://example.org/a", "did you mean 'https://example.org/a'?"),
    ("ftp://example.org/a", "a source URL starts with http:// or https://"),
])
def test_a_url_without_its_scheme_gets_the_url_meant(url, hint, tmp_path):
    """A source URL without http(s), or with a misspelt scheme, gets the URL it stands for as a hint."""
    text = record("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
                  f"      - {{url: '{url}', title: A, publisher: P, published: 2020-01-01}}\n")
    _, report = run_rule(tmp_path, text)
    (problem,) = report.problems
    assert (problem.code, problem.hint.startswith(hint)) == ("bad-url", True)


@pytest.mark.parametrize(("text", "column", "carets"), [
    ("    status: Active", 13, "^^^^^^"),
    ("    sumary: Something.", 5, "^^^^^^"),
    ("  - date: '2021-13-01'  # a comment", 11, "^^^^^^^^^^^^"),
    ("    sources: [{url: 'ftp://x', title: A}]", 21, "^^^^^^^^^"),
    ("    set: {capacity: .nan, other: 1}", 21, "^^^^"),
    ("id: x", 99, "^"),
])
def test_carets_run_under_the_value_or_key_at_the_column(text, column, carets):
    """The caret line underlines what starts at the column: a quoted text to its quote, else to the word's end."""
    excerpt = source_excerpt([text], 1, column)
    assert excerpt[1] == f"1 | {text}"
    start = min(column - 1, len(text))
    assert excerpt[2] == "  | " + " " * start + carets


def test_a_long_line_is_cut_around_the_column():
    """A line longer than the excerpt shows the part around the column, with the caret still under it."""
    text = "    summary: " + "word " * 60 + "TARGET " + "word " * 60
    column = text.index("TARGET") + 1
    excerpt = source_excerpt([text], 1, column)
    assert len(excerpt[1]) < 120 and "TARGET" in excerpt[1]
    assert excerpt[1][excerpt[2].index("^"):].startswith("TARGET")


def test_no_excerpt_for_a_file_that_is_not_text(tmp_path):
    """Problems about a file's bytes (encoding, binary) show no line, only the problem and its hint."""
    path = tmp_path / "alpha.yaml"
    path.write_bytes("id: café\n".encode("latin-1"))
    text = render_report(validate([path], today=day(TODAY)), "text")
    assert "|" not in text and "hint: save the file as UTF-8" in text


# --- choosing what is reported -------------------------------------------------------------------------------

WARNED = record(ev("    date: 2021-01-01\n    status: active\n    action: terminated\n    summary: Later.\n")
                + "  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
                "      - {url: 'https://example.org/b', title: B}\n")  # action-status, event-order, source-incomplete


def codes_of(result) -> set[str]:
    return set(re.findall(r"\[([a-z-]+)\]:", result.stdout))


@pytest.fixture
def warned(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the repository root: the search for a configuration stops here
    write_text(tmp_path / "records", "alpha.yaml", WARNED)
    return tmp_path


def test_select_and_ignore_on_the_command_line(warned, invoke):
    """--select reports only its codes, --ignore leaves codes out; both take commas and repeats."""
    assert codes_of(invoke("validate", "records")) == {"action-status", "event-order", "source-incomplete"}
    assert codes_of(invoke("validate", "records", "--select", "event-order")) == {"event-order"}
    assert codes_of(invoke("validate", "records", "--select", "event-order,action-status", "--ignore",
                           "action-status")) == {"event-order"}
    assert codes_of(invoke("validate", "records", "--ignore", "event-order", "--ignore", "action-status")) == {
        "source-incomplete"}


@pytest.mark.parametrize("where", ["pyproject", "timeline.toml", ".timeline.toml"])
def test_configuration_in_pyproject_or_a_file_of_its_own(warned, invoke, where):
    """[tool.timeline] in pyproject.toml, or timeline.toml, chooses the codes; the command line adds to it."""
    if where == "pyproject":
        write_text(warned, "pyproject.toml", '[project]\nname = "x"\n\n[tool.timeline]\nignore = ["event-order"]\n')
    else:
        write_text(warned, where, 'ignore = ["event-order"]\n')
    assert codes_of(invoke("validate", "records")) == {"action-status", "source-incomplete"}
    assert codes_of(invoke("validate", "records", "--ignore", "action-status")) == {"source-incomplete"}
    assert codes_of(invoke("validate", "records", "--select", "event-order,action-status")) == {"action-status"}
    assert codes_of(invoke("validate", "records", "--no-config")) == {"action-status", "event-order",
                                                                     "source-incomplete"}


def test_the_nearest_configuration_wins_and_the_search_stops_at_the_repository(warned, invoke, tmp_path_factory):
    """A timeline.toml next to the records beats one above; a pyproject.toml without [tool.timeline] is passed over;
    nothing above the repository root is read."""
    write_text(warned, "timeline.toml", 'ignore = ["event-order"]\n')
    write_text(warned / "records", "timeline.toml", 'select = ["event-order", "action-status"]\n')
    write_text(warned / "records", "pyproject.toml", '[project]\nname = "x"\n')
    assert codes_of(invoke("validate", "records")) == {"action-status", "event-order"}
    (warned / "records" / "timeline.toml").unlink()
    assert codes_of(invoke("validate", "records")) == {"action-status", "source-incomplete"}
    inner = warned / "records"
    (inner / ".git").mkdir()
    assert codes_of(invoke("validate", "records")) == {"action-status", "event-order", "source-incomplete"}


def test_config_option_names_the_file(warned, invoke):
    """--config FILE reads that file instead of looking for one."""
    config = write_text(warned / "elsewhere", "strict.toml", 'select = ["source-incomplete"]\n')
    assert codes_of(invoke("validate", "records", "--config", config)) == {"source-incomplete"}


@pytest.mark.parametrize(("content", "args", "message"), [
    ('ignore = ["stale-reviews"]\n', [], "unknown code 'stale-reviews'"),
    ('ignored = ["stale-review"]\n', [], "unknown key 'ignored'"),
    ('ignore = "stale-review"\n', [], "should be a list of codes"),
    ("ignore = [\n", [], "not valid TOML"),
    ("", ["--select", "source-incompleet"], "unknown code 'source-incompleet'"),
    ("", ["--config", "missing.toml"], "no such configuration file"),
])
def test_a_bad_configuration_is_a_usage_error(warned, invoke, content, args, message):
    """An unknown code or key, a value of the wrong kind or a file that is not TOML: exit 2, naming the file."""
    write_text(warned, "timeline.toml", content)
    result = invoke("validate", "records", *args)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    if content and not args:
        assert "timeline.toml" in result.stderr


def test_selection_is_the_library_s_too(tmp_path):
    """`validate(..., selection=Selection(...))` reports what the command line would, and counts the rest."""
    path = write_text(tmp_path, "alpha.yaml", WARNED)
    report = validate([path], today=day(TODAY), selection=Selection(frozenset({"event-order"})))
    assert [p.code for p in report.problems] == ["event-order"]
    assert report.as_dict()["ignored"] == 2


# --- silencing one warning in place --------------------------------------------------------------------------

TWO_SOURCES = ("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
               "      - url: https://example.org/a\n        title: A\n        publisher: P\n{ignore}"
               "      - url: https://example.org/b  # <- source-incomplete\n        title: B\n        publisher: P\n")


def test_a_record_silences_one_warning_on_one_source_with_a_reason(tmp_path, invoke, monkeypatch):
    """`ignore: {source-incomplete: why}` on a source silences its warning only; the count says so."""
    ignore = "        ignore:\n          source-incomplete: the page shows no publication date\n"
    text = record(TWO_SOURCES.format(ignore=ignore))
    path, report = run_rule(tmp_path, text)
    assert [(p.line, p.code) for p in report.problems] == sorted(marked(text))
    assert report.silenced == 1 and report.as_dict()["silenced"] == 1
    monkeypatch.chdir(tmp_path)
    assert "1 warning(s) (1 silenced in the records): valid" in invoke("validate", path.name).stdout


@pytest.mark.parametrize(("ignore", "code", "hint"), [
    # on the event, not the source the warning is about
    ("    ignore: {source-incomplete: no date shown}\n", "unused-ignore", "source-incomplete is reported on a source"),
    # a warning that is not there
    ("    ignore: {action-status: deliberate}\n", "unused-ignore", "remove it"),
    # an error cannot be silenced
    ("    ignore: {transition: deliberate}\n", "schema", "'transition' is an error"),
    # a reason is required
    ("    ignore: {action-status: ''}\n", "schema", "give a non-empty text"),
])
def test_ignore_entries_that_do_nothing_are_reported(ignore, code, hint, tmp_path):
    """An ignore that silences nothing is `unused-ignore`, saying where the warning is reported; errors can't be
    silenced; the reason is required."""
    text = record("  - date: 2020-01-01\n    status: active\n    summary: s\n" + ignore + SOURCE)
    _, report = run_rule(tmp_path, text)
    (problem,) = report.problems
    assert (problem.code, problem.line) == (code, 7)
    assert hint in problem.hint


def test_record_and_related_entries_silence_their_own_warnings(tmp_path):
    """The record silences stale-review, a related entry unknown-related: each where the warning is reported."""
    text = ("id: alpha\nname: Alpha\nlast_reviewed: 2020-01-01\nignore: {stale-review: reviewed on paper}\n"
            "related:\n  - policy: elsewhere\n    relation: amends\n    ignore: {unknown-related: kept in "
            "another repository}\nevents:\n" + ev("    date: 2020-01-01\n    status: active\n    summary: s\n"))
    _, report = run_rule(tmp_path, text)
    assert report.problems == [] and report.silenced == 2


def test_json_report_counts_what_was_left_out(tmp_path, invoke, monkeypatch):
    """`validate --format json` gives `silenced` and `ignored` beside the problems."""
    monkeypatch.chdir(tmp_path)
    ignore = "        ignore:\n          source-incomplete: the page shows no publication date\n"
    write_text(tmp_path, "alpha.yaml", record(TWO_SOURCES.format(ignore=ignore)))
    data = json.loads(invoke("validate", ".", "--format", "json", "--ignore", "source-incomplete").stdout)
    assert (data["silenced"], data["ignored"], data["warnings"], data["problems"]) == (1, 1, 0, [])


# --- fmt says where the order is wrong ------------------------------------------------------------------------


def test_fmt_check_names_the_event_out_of_order_and_its_line(tmp_path, invoke, monkeypatch):
    """`fmt --check` says which event is out of date order, at which line, as validate's event-order does."""
    monkeypatch.chdir(tmp_path)
    text = record(ev("    date: 2021-01-01\n    status: active\n    summary: Later.\n")
                  + "  # a comment that moves with its event\n"
                  + ev("    date: 2020-01-01\n    status: active\n    summary: Earlier.\n"))
    write_text(tmp_path, "alpha.yaml", text)
    result = invoke("fmt", "--check", "alpha.yaml")
    assert result.exit_code == 1
    assert "would reformat alpha.yaml (event order: events[1] at line 9 takes effect before events[0] at line 4)" \
        in result.stdout
    report = validate([Path("alpha.yaml")], today=day(TODAY))
    assert [(p.code, p.line) for p in report.problems] == [("event-order", 9)]


def test_queries_report_every_problem_of_invalid_records_too(tmp_path, invoke):
    """A query on records with errors exits 1 listing them, rules across files included, without crashing."""
    active = ev("    date: 2020-01-01\n    status: active\n    summary: s\n")
    write_text(tmp_path, "alpha.yaml", "id: alpha\nname: Alpha\nrelated:\n  - policy: gamma\n    relation: amends\n"
               "events:\n" + active)
    write_text(tmp_path, "beta.yaml", "id: beta\nname: Beta\nevents:\n" + ev(
        "    date: 2020-01-01\n    status: Active\n    summary: s\n") + ev(
        "    date: 2020-02-01\n    status: terminated\n    summary: t\n") + ev(
        "    date: 2020-03-01\n    status: suspended\n    summary: u\n"))
    for args in (["state"], ["state", "--no-cache"], ["log"]):
        result = invoke(*args, "--data", tmp_path)
        assert result.exit_code == 1, result.output
        assert "error[bad-status]" in result.stderr and "error[transition]" in result.stderr
        assert "Traceback" not in result.output and "internal error" not in result.output


def test_positions_are_the_same_read_at_once_or_again(tmp_path):
    """`validate` of a folder where most files have a problem reads positions with the values (after the first
    file); each file alone reads them again for its problem. Both give the same lines and columns."""
    folder = tmp_path / "records"
    for number in range(6):
        events = (ev(f"    date: 2020-01-0{number + 1}\n    status: active\n    summary: a\n")
                  + ev(f"    date: 2020-02-0{number + 1}\n    status: announced\n    summary: b\n")
                  + ev("    date: 2020-03-01\n    status: Activ\n    summary: c\n" if number % 2 else
                       "    date: 2020-03-01\n    status: terminated\n    action: resumed\n    summary: c\n"))
        write_text(folder, f"p{number}.yaml", f"id: p{number}\nname: P{number}\nevents:\n" + "\n" * number + events)
    together = validate([folder], today=day(TODAY)).problems
    alone = [problem for number in range(6)
             for problem in validate([folder / f"p{number}.yaml"], today=day(TODAY)).problems]
    key = lambda problem: (problem.file, problem.line, problem.column, problem.code)  # noqa: E731
    assert len(together) >= 12 and sorted(map(key, together)) == sorted(map(key, alone))
    assert len({problem.line for problem in together if problem.code == "status-after-active"}) == 6

"""Each model rule and validation rule: a minimal record that trips it, with its code, severity and line.

Each record is written out literally; the line the problem must point at carries
the comment `# <-`, so the expected line is visible next to the YAML.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import TODAY, day, write_text

from timeline.records.check import validate

pytestmark = pytest.mark.usefixtures("clean_env")

ROOT = Path(__file__).resolve().parent.parent
SRC = "    sources: [{url: 'https://example.org/a', title: A, publisher: P, published: 2020-01-01}]\n"


def ev(body: str) -> str:
    """An event in a list: `body` is its lines (indented four spaces) without the sources."""
    return "  - " + body.lstrip() + SRC


def rec(events: str, head: str = "id: alpha\nname: Alpha\n") -> str:
    return head + "events:\n" + events


ACTIVE_2020 = ev("    date: 2020-01-01\n    status: active\n    summary: Starts.\n")

# (code, severity, file text); the expected line carries "# <-"
RULES = [
    ("id-mismatch", "error", "id: beta  # <-\nname: B\nevents:\n" + ACTIVE_2020),
    ("no-source", "error", rec("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources: []  # <-\n")),
    ("date-and-window", "error",
     rec(ev("    date: 2020-01-05  # <-\n    not_after: 2020-01-09\n    status: active\n    summary: s\n"))),
    ("no-date", "error", rec(ev("    status: active  # <-\n    summary: s\n"))),
    ("window-order", "error",
     rec(ev("    not_before: 2020-02-01  # <-\n    not_after: 2020-01-01\n    status: active\n    summary: s\n"))),
    ("open-window", "warning", rec(ev("    not_before: 2020-02-01  # <-\n    status: active\n    summary: s\n"))),
    ("announced-after-effective", "error",
     rec(ev("    date: 2020-01-01\n    announced: 2020-01-02  # <-\n    status: active\n    summary: s\n"))),
    ("transition", "error",
     rec(ev("    date: 2020-01-01\n    status: terminated\n    summary: Ends.\n")
         + ev("    date: 2020-02-01\n    status: suspended  # <-\n    summary: Paused.\n"))),
    ("status-after-active", "warning",
     rec(ACTIVE_2020 + ev("    date: 2020-02-01\n    status: announced  # <-\n    summary: Announced again.\n"))),
    ("status-after-active", "warning",
     rec(ACTIVE_2020 + ev("    date: 2020-02-01\n    status: terminated\n    summary: Ends.\n")
         + ev("    date: 2020-03-01\n    status: proposed  # <-\n    summary: Proposed again.\n"))),
    ("unknown-related", "warning",
     rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nrelated:\n  - policy: gamma  # <-\n    relation: amends\n")),
    ("related-self", "warning",
     rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nrelated:\n  - policy: alpha  # <-\n    relation: amends\n")),
    ("duplicate-related", "warning",
     rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nrelated:\n  - policy: beta\n    relation: amends\n"
                          "  - policy: beta  # <-\n    relation: amends\n")),
    ("bad-relation", "error",
     rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nrelated:\n  - policy: beta\n    relation: replaces  # <-\n")),
    ("bad-description", "error",
     rec(ACTIVE_2020, head="id: alpha\nname: Alpha\ndescribed_as:\n  en:\n    - ... wait in Mexico  # <-\n")),
    ("action-status", "warning",
     rec(ev("    date: 2020-01-01\n    status: active\n    action: terminated  # <-\n    summary: s\n"))),
    ("source-incomplete", "warning",
     rec("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
         "      - url: https://example.org/a  # <-\n        title: A\n")),
    ("duplicate-event", "warning", rec(ACTIVE_2020 + ev("    date: 2020-01-01  # <-\n    status: active\n"
                                                         "    summary: Starts.\n"))),
    ("stale-review", "warning", rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nlast_reviewed: 2024-05-31  # <-\n")),
    ("event-order", "warning", rec(ev("    date: 2021-01-01\n    status: active\n    summary: Later.\n")
                                   + ev("    date: 2020-01-01  # <-\n    status: active\n    summary: Earlier.\n"))),
    ("unused-ignore", "warning",
     rec(ev("    date: 2020-01-01\n    status: active\n    summary: s\n"
            "    ignore: {source-incomplete: the page shows no date}  # <-\n"))),
    ("future-review", "error", rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nlast_reviewed: 2025-06-02  # <-\n")),
    ("unknown-key", "error", rec(ev("    date: 2020-01-01\n    stauts: active  # <-\n    summary: s\n"))),
    ("missing-key", "error", rec(ev("    date: 2020-01-01  # <-\n    status: active\n"))),
    ("bad-status", "error", rec(ev("    date: 2020-01-01\n    status: enacted  # <-\n    summary: s\n"))),
    ("bad-action", "error",
     rec(ev("    date: 2020-01-01\n    status: active\n    action: started  # <-\n    summary: s\n"))),
    ("yaml-typed", "error", rec(ev("    date: 2020-01-01\n    status: no  # <-\n    summary: s\n"))),
    ("number-as-date", "error", rec(ev("    date: 20200101  # <-\n    status: active\n    summary: s\n"))),
    ("invalid-date", "error", rec(ev("    date: 2020-02-30  # <-\n    status: active\n    summary: s\n"))),
    ("bad-url", "error",
     rec("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
         "      - url: ftp://example.org/a  # <-\n        title: A\n        publisher: P\n"
         "        published: 2020-01-01\n")),
    ("no-events", "error", rec("", head="id: alpha\nname: Alpha\n").replace("events:\n", "events: []  # <-\n")),
    ("not-a-record", "error", "- id: alpha  # <-\n- name: Alpha\n"),
    ("schema", "error", "id: Alpha_Policy  # <-\nname: Alpha\nevents:\n" + ACTIVE_2020),
    ("duplicate-key", "error", "id: alpha\nname: Alpha\nname: Again  # <-\nevents:\n" + ACTIVE_2020),
    ("anchor", "error", "id: alpha\nname: &n Alpha  # <-\nevents:\n" + ACTIVE_2020),
    ("alias", "error", "id: alpha\nname: Alpha\naliases: [*n]  # <-\nevents:\n" + ACTIVE_2020),
    ("tag", "error", "id: alpha\nname: !!str Alpha  # <-\nevents:\n" + ACTIVE_2020),
    ("complex-key", "error", "id: alpha\n? [a]  # <-\n: b\n"),
    ("multiple-documents", "error", "id: alpha\n---  # <-\nid: beta\n"),
    ("syntax", "error", "id: alpha\n  name: Alpha  # <-\n"),
    ("too-deep", "error", "".join(" " * (2 * n) + f"k{n}:\n" for n in range(32)) + " " * 64 + "k32: x  # <-\n"),
    ("empty", "error", "# <- only a comment\n"),
]


def expected_line(text: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if "# <-" in line)


def run_rule(tmp_path: Path, text: str, name: str = "alpha.yaml"):
    path = write_text(tmp_path, name, text)
    return path, validate([path], today=day(TODAY))


@pytest.mark.parametrize(("code", "severity", "text"), RULES, ids=[f"{c}-{s}" for c, s, _ in RULES])
def test_rule_reports_its_code_severity_and_line(code, severity, text, tmp_path):
    """A record breaking one rule gets a problem with that rule's code, severity and line."""
    path, report = run_rule(tmp_path, text)
    found = [p for p in report.problems if p.code == code and p.severity == severity]
    assert found, [(p.code, p.severity, p.line, p.message) for p in report.problems]
    assert expected_line(text) in {p.line for p in found}, [(p.line, p.column, p.message) for p in found]
    assert all(p.file == str(path) for p in found)
    assert all(p.message for p in found)
    assert report.valid is (severity != "error" and report.errors == 0)


def test_the_rule_table_covers_every_documented_code():
    """Every code in docs/validation.md has a test above, and every tested code is documented."""
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8").split("### Transitions")[0]
    documented = set(re.findall(r"^\| `([a-z-]+)` \|", text, re.M))
    tested = {code for code, _, _ in RULES} | {"duplicate-id", "encoding", "binary", "too-large", "unreadable",
                                              "file-name"}  # tested in tests/test_hardening.py
    assert documented == tested


def test_the_code_list_is_the_documented_one():
    """records/codes.py lists exactly the codes docs/validation.md documents, each with the documented severity."""
    from timeline.records.codes import CODES

    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8").split("### Transitions")[0]
    documented = dict(re.findall(r"^\| `([a-z-]+)` \| (error or warning|error|warning) \|", text, re.M))
    assert set(documented) == set(CODES)
    assert {code: severity for code, severity in documented.items() if severity != "error or warning"} == {
        code: severity for code, severity in CODES.items() if documented[code] != "error or warning"}


def test_valid_record_has_no_problem(tmp_path):
    """A complete record with full sources validates without errors or warnings."""
    _, report = run_rule(tmp_path, rec(ACTIVE_2020))
    assert report.problems == []
    assert report.valid and report.files == 1


def test_duplicate_id_across_folders(tmp_path):
    """Two files holding the same id (in different folders) give duplicate-id on the later one."""
    write_text(tmp_path / "a", "alpha.yaml", rec(ACTIVE_2020))
    second = write_text(tmp_path / "b", "alpha.yaml", rec(ACTIVE_2020))
    report = validate([tmp_path], today=day(TODAY))
    found = [p for p in report.problems if p.code == "duplicate-id"]
    assert [(p.file, p.line, p.severity) for p in found] == [(str(second), 1, "error")]
    assert "a/alpha.yaml" in found[0].message


def test_unreadable_path_is_reported(tmp_path):
    """A folder named like a record file is an `unreadable` problem, not a crash."""
    from timeline.records.load import read_file

    folder = tmp_path / "alpha.yaml"
    folder.mkdir()
    loaded = read_file(folder)
    assert [p.code for p in loaded.problems] == ["unreadable"]


@pytest.mark.parametrize(("data", "code"), [
    ("id: alpha\n".encode("utf-16"), "encoding"),
    ("id: caf\u00e9\n".encode("latin-1"), "encoding"),
    (b"id: a\x00b\n", "binary"),
])
def test_reading_problems(data, code, tmp_path):
    """Files that are not UTF-8 text are refused with their own code."""
    path = tmp_path / "alpha.yaml"
    path.write_bytes(data)
    report = validate([path], today=day(TODAY))
    assert [p.code for p in report.problems] == [code]
    assert report.problems[0].line == 1


def test_unknown_key_suggests_the_closest_key(tmp_path):
    """A misspelt key gets a did-you-mean hint naming the right key, at every level of the record."""
    text = ("id: alpha\nnmae: Alpha\nevents:\n  - date: 2020-01-01\n    status: active\n    sumary: s\n"
            "    sources: [{url: 'https://example.org/a', titel: A}]\n")
    _, report = run_rule(tmp_path, text)
    hints = {(p.line, p.hint) for p in report.problems if p.code == "unknown-key"}
    assert hints == {(2, "did you mean 'name'? rename the key"), (6, "did you mean 'summary'? rename the key"),
                     (7, "did you mean 'title'? rename the key")}
    # one mistake, one problem: the key the misspelling stands for is not also reported missing
    assert not [p for p in report.problems if p.code == "missing-key"]


def test_unknown_key_without_a_close_match_lists_the_allowed_keys(tmp_path):
    """An unknown key like nothing known gets a hint listing the keys allowed there."""
    _, report = run_rule(tmp_path, "xyzzy: 1\n" + rec(ACTIVE_2020))
    (problem,) = [p for p in report.problems if p.code == "unknown-key"]
    assert problem.line == 1
    assert problem.hint.startswith("allowed keys here:") and "events" in problem.hint


def test_set_takes_any_attribute_keys(tmp_path):
    """Keys inside `set` are free-form attributes, not unknown keys."""
    text = rec(ev("    date: 2020-01-01\n    status: active\n    summary: s\n    set: {xyzzy: 1, ports: [A]}\n"))
    _, report = run_rule(tmp_path, text)
    assert report.problems == []


def test_yaml_typed_message_explains_the_trap(tmp_path):
    """`status: no` is explained as YAML's boolean, with the allowed statuses and how to quote."""
    _, report = run_rule(tmp_path, rec(ev("    date: 2020-01-01\n    status: no\n    summary: s\n")))
    (problem,) = report.problems
    assert "boolean False" in problem.message and "'no'" in problem.message
    assert "terminated" in problem.hint and '"no"' in problem.hint


@pytest.mark.parametrize("value", ["", "~", "null"])
def test_empty_value_is_not_called_a_yaml_trap(value, tmp_path):
    """`name:` with no value is reported as empty, not as YAML typing '' into something else."""
    _, report = run_rule(tmp_path, f"id: alpha\nname: {value}\nevents:\n" + ACTIVE_2020)
    (problem,) = report.problems
    assert (problem.code, problem.line) == ("schema", 2)
    assert "empty" in problem.message


def test_scalar_where_an_event_belongs_is_a_shape_error(tmp_path):
    """`events: [1]` says an event must be a mapping, not that 1 should be quoted."""
    _, report = run_rule(tmp_path, "id: alpha\nname: Alpha\nevents: [1]\n")
    (problem,) = report.problems
    assert problem.code == "schema"
    assert problem.message == "events[0] should be a mapping of keys, not the number 1"
    assert problem.hint.startswith("write its keys under it (date, ")


@pytest.mark.parametrize(("value", "line"), [(".nan", 7), ("-.inf", 7), ("{limits: [1, .inf]}", 7)])
def test_attributes_cannot_be_nan_or_infinite(value, line, tmp_path):
    """NaN and infinity (even nested) are refused in `set`: the JSON output could not hold them."""
    text = rec(ev(f"    date: 2020-01-01\n    status: active\n    summary: s\n    set: {{x: {value}}}\n"))
    _, report = run_rule(tmp_path, text)
    assert [(p.code, p.line) for p in report.problems] == [("yaml-typed", line)]


def test_dates_in_sources_are_checked(tmp_path):
    """A source's `published` date is held to the same date rules as an event's date."""
    text = rec("  - date: 2020-01-01\n    status: active\n    summary: s\n    sources:\n"
               "      - {url: 'https://example.org/a', title: A, publisher: P, published: 20200101}\n")
    _, report = run_rule(tmp_path, text)
    assert [(p.code, p.line) for p in report.problems] == [("number-as-date", 8)]


def test_transitions_are_checked_in_date_order_not_file_order(tmp_path):
    """A suspension listed first but dated after a termination is still 'suspended after terminated'."""
    events = (ev("    date: 2021-01-01\n    status: suspended\n    summary: Paused.\n")
              + ev("    date: 2020-01-01\n    status: terminated\n    summary: Ends.\n"))
    _, report = run_rule(tmp_path, rec(events))
    assert [(p.code, p.severity, p.line) for p in report.problems] == [("transition", "error", 5),
                                                                       ("event-order", "warning", 8)]


def test_allowed_transition_is_silent(tmp_path):
    """Suspended then terminated is a normal history and raises nothing."""
    events = (ev("    date: 2020-01-01\n    status: suspended\n    summary: Paused.\n")
              + ev("    date: 2021-01-01\n    status: terminated\n    summary: Ends.\n"))
    _, report = run_rule(tmp_path, rec(events))
    assert report.problems == []


def test_review_exactly_a_year_old_is_not_stale(tmp_path):
    """last_reviewed 365 days before today is still fresh; stale starts at 366."""
    _, report = run_rule(tmp_path, rec(ACTIVE_2020, head="id: alpha\nname: Alpha\nlast_reviewed: 2024-06-01\n"))
    assert report.problems == []


def test_context_rules(tmp_path):
    """Context entries get date-and-window, no-date and window-order like events."""
    text = rec(ACTIVE_2020) + (
        "context:\n"
        "  - date: 2019-01-01\n    not_after: 2019-02-01\n    summary: both\n" + SRC
        + "  - summary: none\n" + SRC
        + "  - not_before: 2019-03-01\n    not_after: 2019-01-01\n    summary: reversed\n" + SRC)
    _, report = run_rule(tmp_path, text)
    assert [(p.code, p.line) for p in report.problems] == [("date-and-window", 9), ("no-date", 13),
                                                             ("window-order", 15)]


def test_validation_collects_every_problem_in_every_file(tmp_path):
    """Problems from several files and several rules are all reported, sorted by file and line."""
    write_text(tmp_path, "alpha.yaml", rec(ev("    date: 2020-02-30\n    status: enacted\n    summary: s\n")))
    write_text(tmp_path, "beta.yaml", "id: beta\nname: yes\nevents: []\n")
    report = validate([tmp_path], today=day(TODAY))
    found = [(Path(p.file).name, p.line, p.code) for p in report.problems]
    assert found == [("alpha.yaml", 4, "invalid-date"), ("alpha.yaml", 5, "bad-status"),
                     ("beta.yaml", 2, "yaml-typed"), ("beta.yaml", 3, "no-events")]
    assert report.files == 2 and report.errors == 4


def test_validation_caps_the_problem_count(tmp_path, monkeypatch):
    """Past MAX_PROBLEMS the report keeps the errors first and counts the rest as truncated."""
    from timeline.records import check

    monkeypatch.setattr(check, "MAX_PROBLEMS", 3)
    for index in range(5):
        write_text(tmp_path, f"p{index}.yaml", rec(ACTIVE_2020, head=f"id: p{index}\nname: yes\n"))
    report = validate([tmp_path], today=day(TODAY))
    assert len(report.problems) == 3 and report.truncated == 2
    assert report.as_dict()["truncated"] == 2


def test_record_files_are_yaml_and_yml_and_skip_hidden(tmp_path):
    """A folder yields its .yaml and .yml files (recursively), not hidden ones or other files."""
    from timeline.records.files import record_files

    write_text(tmp_path, "alpha.yaml", "")
    write_text(tmp_path / "sub", "beta.yml", "")
    write_text(tmp_path / ".git", "gamma.yaml", "")
    write_text(tmp_path, "notes.txt", "")
    assert [p.name for p in record_files([tmp_path])] == ["alpha.yaml", "beta.yml"]


def test_missing_path_is_a_usage_error(tmp_path):
    """A path that does not exist raises UsageError (exit 2), not a record problem."""
    from timeline.errors import UsageError

    with pytest.raises(UsageError, match="no such file"):
        validate([tmp_path / "nope"], today=day(TODAY))


# --- the models ------------------------------------------------------------------


def test_event_set_is_the_attributes_field():
    """An event's `set` is read into `attributes`; it applies on its date, else its not_after."""
    from timeline.core.segments import applies_on
    from timeline.records.model import Event

    source = {"url": "https://example.org/a", "title": "A"}
    dated = Event.model_validate({"date": "2020-01-01", "status": "active", "summary": "s",
                                  "set": {"k": 1}, "sources": [source]})
    assert dated.attributes == {"k": 1} and applies_on(dated) == day("2020-01-01")
    window = Event.model_validate({"not_before": "2020-01-01", "not_after": "2020-02-01", "status": "active",
                                   "summary": "s", "sources": [source]})
    assert window.date is None and applies_on(window) == day("2020-02-01")


def test_models_are_frozen_and_forbid_extra_keys():
    """A Policy cannot be changed after loading and refuses keys it does not know."""
    from conftest import policy, record
    from pydantic import ValidationError

    loaded = policy(record())
    with pytest.raises(ValidationError):
        loaded.name = "changed"
    with pytest.raises(ValidationError, match="extra"):
        policy(record(colour="red"))


@pytest.mark.parametrize("url", ["https://example.org", "http://example.org/a?b=c", "https://a.gov/x y"])
def test_url_rule(url):
    """Source URLs must be http(s) with a host; spaces are not allowed."""
    from pydantic import ValidationError

    from timeline.records.model import Source

    if " " in url:
        with pytest.raises(ValidationError, match="bad-url|not an http"):
            Source.model_validate({"url": url, "title": "A"})
    else:
        assert Source.model_validate({"url": url, "title": "A"}).url == url


def test_validate_json_equals_the_library_report(invoke, tmp_path, monkeypatch):
    """`validate --format json` prints exactly the library's Report.as_dict()."""
    monkeypatch.chdir(tmp_path)
    write_text(tmp_path, "alpha.yaml", rec(ev("    date: 2020-01-01\n    status: no\n    summary: s\n")))
    write_text(tmp_path, "beta.yaml", rec(ACTIVE_2020, head="id: beta\nname: B\nlast_reviewed: 2020-01-01\n"))
    result = invoke("validate", ".", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == validate([Path(".")], today=day(TODAY)).as_dict()

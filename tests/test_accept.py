"""`timeline accept` that cannot silently corrupt: checked again against the records as they stand, refused when it
contradicts them (unless --force), the state transitions it adds or removes named, --dry-run, announcements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from extract_support import REMAIN_IN_MEXICO
from typer.testing import CliRunner

from timeline.cli import app

runner = CliRunner()

INJUNCTION = """\
  - date: 2025-02-10
    status: enjoined
    action: enjoined
    summary: A judge blocks the revived program.
    sources:
      - url: https://example.org/mpp-blocked
        title: Judge blocks revived Remain in Mexico program
        publisher: Example
        published: 2025-02-10
"""


@pytest.fixture
def mpp(tmp_path: Path) -> Path:
    """Remain in Mexico: in effect 2019, terminated 2021-06-01, reinstated 2025-01-21, enjoined 2025-02-10."""
    folder = tmp_path / "policies"
    folder.mkdir()
    path = folder / "remain-in-mexico.yaml"
    path.write_text(REMAIN_IN_MEXICO + INJUNCTION)
    return path


def source(slug: str, published: str) -> dict:
    return {"url": f"https://example.org/{slug}", "title": f"Article {slug}", "publisher": "Example",
            "published": published}


def event(date: str, status: str, action: str, slug: str, **extra) -> dict:
    return {"date": date, "status": status, "action": action, "summary": f"The article {slug} says {status}.",
            **extra, "sources": [source(slug, date)]}


def review(folder: Path, *events: dict, policy: str = "remain-in-mexico", **candidate) -> Path:
    path = folder / "review.yaml"
    items = [{"n": number, "policy": policy, **candidate, "event": item} for number, item in enumerate(events, 1)]
    path.write_text(yaml.safe_dump({"candidates": items}, sort_keys=False))
    return path


def accept(path: Path, record: Path, *options: str):
    return runner.invoke(app, ["accept", str(path), "--data", str(record.parent), *options])


# the headline "Judge blocks revived Remain in Mexico program" misread as a reinstatement, the day after the
# injunction was recorded: accepted, it would silently make the policy active again
MISREAD = event("2025-02-11", "active", "reinstated", "misread-headline")


def test_a_contradicting_candidate_is_refused_and_the_record_keeps_every_byte(mpp, tmp_path):
    """A candidate that contradicts the records exits 1, says why and where it is, and changes no byte."""
    before = mpp.read_bytes()
    result = accept(review(tmp_path, MISREAD), mpp)
    assert result.exit_code == 1, result.output
    assert "refused 1 (" in result.stderr and "review.yaml:2:" in result.stderr
    assert "contradicts" in result.stderr and "--force" in result.stderr
    assert mpp.read_bytes() == before


def test_force_merges_a_contradicting_candidate_and_names_the_transition_it_adds(mpp, tmp_path):
    """With --force the candidate is merged, the output says it was forced and which transition it adds."""
    result = accept(review(tmp_path, MISREAD), mpp, "--force")
    assert result.exit_code == 0, result.output
    assert "accepted 1: remain-in-mexico" in result.stdout
    assert "forced:" in result.stdout
    assert "adds 2025-02-11: status: enjoined -> active" in result.stdout
    events = yaml.safe_load(mpp.read_text())["events"]
    assert [str(e["date"]) for e in events][-2:] == ["2025-02-10", "2025-02-11"]


def test_dry_run_names_the_transition_and_writes_nothing(mpp, tmp_path):
    """--dry-run says what would be merged and the transition, says it is a dry run, and leaves the file as it was
    (same bytes, same inode)."""
    before, inode = mpp.read_bytes(), mpp.stat().st_ino
    result = accept(review(tmp_path, MISREAD), mpp, "--dry-run", "--force")
    assert result.exit_code == 0, result.output
    assert "would accept 1: remain-in-mexico" in result.stdout
    assert "adds 2025-02-11: status: enjoined -> active" in result.stdout
    assert "dry run: nothing was written" in result.stdout
    assert mpp.read_bytes() == before and mpp.stat().st_ino == inode


def test_dry_run_of_a_contradicting_candidate_refuses_it_as_accept_would(mpp, tmp_path):
    """Without --force, --dry-run refuses the contradicting candidate (exit 1) and writes nothing."""
    before = mpp.read_bytes()
    result = accept(review(tmp_path, MISREAD), mpp, "--dry-run")
    assert result.exit_code == 1
    assert "contradicts" in result.stderr and "dry run" in result.stdout
    assert mpp.read_bytes() == before


def test_each_candidate_is_checked_against_the_records_after_the_ones_merged_before_it(mpp, tmp_path):
    """A second termination two weeks after a first one merged in the same run contradicts it and is refused;
    on its own, against the records as they were, it would have been merged."""
    first = event("2025-04-01", "terminated", "terminated", "first-end")
    second = event("2025-04-15", "terminated", "terminated", "second-end")
    path = review(tmp_path, first, second)
    original = mpp.read_bytes()
    result = accept(path, mpp)
    assert result.exit_code == 1
    assert "accepted 1:" in result.stdout and "refused 2 (" in result.stderr
    assert "2025-04-15" not in mpp.read_text() and "2025-04-01" in mpp.read_text()
    mpp.write_bytes(original)
    alone = accept(path, mpp, "--only", "2")
    assert alone.exit_code == 0, alone.output
    assert "2025-04-15" in mpp.read_text()


def test_a_merge_in_mid_history_names_the_transitions_it_removes_and_adds(mpp, tmp_path):
    """A suspension inside 2019-2021 removes 'active -> terminated' on 2021-06-01 and adds 'active -> suspended'
    and 'suspended -> terminated', in diff's words."""
    result = accept(review(tmp_path, event("2020-03-01", "suspended", "suspended", "pause")), mpp, "--force")
    assert result.exit_code == 0, result.output
    assert "adds 2020-03-01: status: active -> suspended" in result.stdout
    assert "adds 2021-06-01: status: suspended -> terminated" in result.stdout
    assert "removes 2021-06-01: status: active -> terminated" in result.stdout


def test_a_merge_that_changes_no_state_says_so(mpp, tmp_path):
    """An event that keeps the status and sets no attribute adds and removes no transition, and says so."""
    expansion = event("2019-06-01", "active", "expanded", "more-ports")
    result = accept(review(tmp_path, expansion), mpp, "--force")
    assert result.exit_code == 0, result.output
    assert "no state transition added or removed" in result.stdout


def test_an_unknown_key_in_a_candidate_event_is_an_error_at_the_review_files_line(mpp, tmp_path):
    """A key the record format does not know is an error pointing at its line and column in the review file,
    not dropped in silence; nothing is merged."""
    before = mpp.read_bytes()
    bad = dict(event("2025-03-01", "terminated", "terminated", "end"), effective_from="2025-03-02")
    path = review(tmp_path, bad)
    line, column = next((number, text.index("effective_from") + 1)
                        for number, text in enumerate(path.read_text().splitlines(), 1) if "effective_from" in text)
    result = accept(path, mpp)
    assert result.exit_code == 1
    assert f"review.yaml:{line}:{column}: error[unknown-key]" in result.stderr
    assert "candidates[0].event" in result.stderr and "review file is invalid" in result.stderr
    assert mpp.read_bytes() == before


def test_an_unknown_key_in_a_candidates_source_is_an_error_too(mpp, tmp_path):
    """The same holds inside a source (a relative of the event-level case)."""
    bad = event("2025-03-01", "terminated", "terminated", "end")
    bad["sources"][0]["author"] = "Somebody"
    result = accept(review(tmp_path, bad), mpp)
    assert result.exit_code == 1
    assert "unknown key 'author'" in result.stderr and "review.yaml:" in result.stderr


def test_two_candidates_sharing_a_number_are_an_error(mpp, tmp_path):
    """Two candidates with one `n` are refused before anything is merged, at the second one's line."""
    path = tmp_path / "review.yaml"
    items = [{"n": 1, "policy": "remain-in-mexico", "event": event("2025-03-01", "terminated", "terminated", "a")},
             {"n": 1, "policy": "remain-in-mexico", "event": event("2025-04-01", "active", "resumed", "b")}]
    path.write_text(yaml.safe_dump({"candidates": items}, sort_keys=False))
    second = [number for number, text in enumerate(path.read_text().splitlines(), 1) if text == "- n: 1"][1]
    before = mpp.read_bytes()
    result = accept(path, mpp)
    assert result.exit_code == 1
    assert f"review.yaml:{second}:" in result.stderr and "also the number of the candidate at line" in result.stderr
    assert mpp.read_bytes() == before


HEAD = "      date: 2025-03-01\n      status: terminated\n      summary: Ends.\n"
SOURCES = "      sources:\n        - url: https://example.org/a\n          title: A\n"


def review_text(n: str = "1", policy: str = "remain-in-mexico", event_text: str = "\n" + HEAD + SOURCES) -> str:
    return f"candidates:\n  - n: {n}\n    policy: {policy}\n    event:{event_text}"


@pytest.mark.parametrize(("text", "line", "expected"), [
    (review_text(event_text="\n" + HEAD + "      sources: abc\n"), 8, "should be a list"),
    (review_text(event_text="\n" + HEAD + "      sources: {url: x}\n"), 8, "should be a list"),
    (review_text(event_text="\n" + HEAD + "      sources: [1]\n"), 8, "should be a mapping"),
    (review_text(n="[1]"), 2, "not a whole number"),
    (review_text(n="true"), 2, "not a whole number"),
    (review_text(n="0"), 2, "not a whole number"),
    (review_text(policy="[a]"), 3, "not a policy id"),
    (review_text(event_text=" text\n"), 4, "not an event"),
    (review_text(event_text="\n" + HEAD.replace("terminated", "no") + SOURCES), 6, "YAML reads 'no'"),
    ("candidates:\n  - just a line\n", 2, "not a mapping"),
])
def test_malformed_candidates_are_errors_naming_the_review_file_and_what_to_do(mpp, tmp_path, text, line,
                                                                                expected):
    """Wrong shapes in a review file are exit 1 with its name, the line, what is wrong and a hint; never a
    crash, and no record changes."""
    path = tmp_path / "review.yaml"
    path.write_text(text)
    before = mpp.read_bytes()
    result = accept(path, mpp)
    assert result.exit_code == 1, result.output
    assert f"review.yaml:{line}:" in result.stderr and expected in result.stderr
    assert "hint:" in result.stderr and "internal error" not in result.output
    assert mpp.read_bytes() == before


def test_an_announcement_about_a_policy_in_effect_becomes_the_announced_date_of_the_event_it_announces(mpp,
                                                                                                  tmp_path):
    """'DHS announced on 2021-05-20 that MPP will end': the termination of 2021-06-01 gets announced: 2021-05-20
    and the article as a second source; no event with status announced is added, no other byte changes."""
    before = mpp.read_text()
    announcement = event("2021-05-20", "announced", "terminated", "mpp-will-end")
    result = accept(review(tmp_path, announcement), mpp)
    assert result.exit_code == 0, result.output
    assert "the announced date 2021-05-20 of events[1]" in result.stdout
    assert "no state transition added or removed" in result.stdout
    expected = before.replace(
        "  - date: 2021-06-01\n", "  - date: 2021-06-01\n    announced: 2021-05-20\n").replace(
        "        published: 2021-06-01\n",
        "        published: 2021-06-01\n      - url: https://example.org/mpp-will-end\n"
        "        title: Article mpp-will-end\n        publisher: Example\n        published: 2021-05-20\n")
    assert mpp.read_text() == expected
    events = yaml.safe_load(mpp.read_text())["events"]
    assert [e["status"] for e in events].count("announced") == 0
    assert runner.invoke(app, ["validate", str(mpp)]).exit_code == 0


def test_an_announcement_can_name_the_event_it_announces_with_takes_effect(mpp, tmp_path):
    """`takes_effect: DATE` in the candidate names the event when the announcement's action does not."""
    announcement = event("2025-01-15", "announced", "announced", "mpp-returns")
    result = accept(review(tmp_path, announcement, takes_effect="2025-01-21"), mpp)
    assert result.exit_code == 0, result.output
    events = yaml.safe_load(mpp.read_text())["events"]
    assert events[2]["announced"] == dt.date(2025, 1, 15)


def test_an_announcement_whose_event_is_not_known_is_refused_with_what_to_do_even_with_force(mpp, tmp_path):
    """An announcement that does not say which event it announces is refused with the rule and the ways out
    (takes_effect, or the event itself), with or without --force; nothing is written."""
    before = mpp.read_bytes()
    announcement = event("2025-01-30", "announced", "announced", "vague")
    for options in ((), ("--force",)):
        result = accept(review(tmp_path, announcement), mpp, *options)
        assert result.exit_code == 1
        assert "announced` date of the event that takes effect" in result.stderr
        assert "takes_effect" in result.stderr and "announced: 2025-01-30" in result.stderr
    assert mpp.read_bytes() == before


def test_an_undated_announcement_about_a_policy_in_effect_is_refused(mpp, tmp_path):
    """Without a day the announcement cannot be an `announced` date: refused, asking for the day."""
    announcement = event("2021-05-20", "announced", "terminated", "undated")
    del announcement["date"]
    announcement = {"not_after": "2021-05-25", **announcement}
    result = accept(review(tmp_path, announcement), mpp)
    assert result.exit_code == 1
    assert "has no day (on or before 2021-05-25)" in result.stderr


def test_an_announcement_before_the_policy_exists_is_an_event_of_its_own(tmp_path):
    """Before a policy's first active event an announcement keeps its own event with status announced."""
    folder = tmp_path / "policies"
    folder.mkdir()
    record = folder / "remain-in-mexico.yaml"
    record.write_text(REMAIN_IN_MEXICO)
    result = accept(review(tmp_path, event("2018-12-20", "announced", "announced", "first-word")), record)
    assert result.exit_code == 0, result.output
    events = yaml.safe_load(record.read_text())["events"]
    assert events[0]["status"] == "announced" and str(events[0]["date"]) == "2018-12-20"
    assert "adds 2018-12-20: status: - -> announced" in result.stdout


def test_no_lock_file_is_left_in_the_data_folder(mpp, tmp_path):
    """accept and fmt leave the data folder holding only the records."""
    folder = mpp.parent
    assert accept(review(tmp_path, event("2025-04-01", "terminated", "terminated", "end")), mpp).exit_code == 0
    assert runner.invoke(app, ["fmt", str(folder)]).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["remain-in-mexico.yaml"]


# --- transitions, on the core's segments ---------------------------------------------------------------------


class Plain:
    """An event as the core reads it."""

    def __init__(self, date, status, attributes=None, not_before=None, not_after=None):
        self.date = dt.date.fromisoformat(date) if date else None
        self.not_before = dt.date.fromisoformat(not_before) if not_before else None
        self.not_after = dt.date.fromisoformat(not_after) if not_after else None
        self.status = status
        self.attributes = attributes


def test_transitions_are_the_days_the_state_changes():
    """Status and attribute changes are transitions; an event that changes nothing visible is not."""
    from timeline.records.transitions import transitions

    events = [Plain("2020-01-01", "active", {"ports": 1}), Plain("2020-02-01", "active"),
              Plain("2020-03-01", "active", {"ports": 2}), Plain("2020-04-01", "terminated")]
    found = [(t.day.isoformat(), t.status_before, t.status_after, t.attributes) for t in transitions(events)]
    assert found == [("2020-01-01", None, "active", (("ports", None, 1),)),
                     ("2020-03-01", "active", "active", (("ports", 1, 2),)),
                     ("2020-04-01", "active", "terminated", ())]


def test_an_uncertain_window_is_a_transition_to_an_uncertain_state():
    """An undated event's window makes the state uncertain from its start, and certain again when it applies."""
    from timeline.records.transitions import transitions

    events = [Plain("2020-01-01", "active"), Plain(None, "terminated", not_before="2020-02-01",
                                                   not_after="2020-03-01")]
    found = [(t.day.isoformat(), t.status_before, t.certain_before, t.status_after, t.certain_after)
             for t in transitions(events)]
    assert found == [("2020-01-01", None, True, "active", True), ("2020-02-01", "active", True, "active", False),
                     ("2020-03-01", "active", False, "terminated", True)]


def test_compare_gives_what_a_change_adds_and_removes():
    """Adding an event between two others replaces the transition they made by two."""
    from timeline.records.transitions import compare

    before = [Plain("2020-01-01", "active"), Plain("2020-06-01", "terminated")]
    after = [before[0], Plain("2020-03-01", "suspended"), before[1]]
    added, removed = compare(before, after)
    assert [(t.day.isoformat(), t.status_before, t.status_after) for t in added] == [
        ("2020-03-01", "active", "suspended"), ("2020-06-01", "suspended", "terminated")]
    assert [(t.day.isoformat(), t.status_before, t.status_after) for t in removed] == [
        ("2020-06-01", "active", "terminated")]

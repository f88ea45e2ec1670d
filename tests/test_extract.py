"""Extraction: header metadata, policies, lexicon, negation and modality, dates, verdicts."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from extract_support import FIXTURES, records, records_dir, seed_text  # noqa: F401
from typer.testing import CliRunner

from timeline.api import Timeline
from timeline.cli import app
from timeline.extract.candidates import extract_text
from timeline.extract.text import find_dates, read_header, sentences

REPO = Path(__file__).parent.parent
SEED = FIXTURES / "seed_rio_times.txt"
THU = dt.date(2025, 1, 23)  # a Thursday
runner = CliRunner()


def claims(document) -> set[tuple]:
    return {(c.policy, c.status, c.date, c.not_before, c.not_after) for c in document.candidates}


def extract(text: str, records, published=THU):  # noqa: F811
    return extract_text(text, records, published=published)


# --- the seed ------------------------------------------------------------------


def test_seed_header_is_read(seed_text):  # noqa: F811
    """The seed's 'By X | Created at ... | Updated at ...' line gives publisher and both dates."""
    header = read_header(seed_text)
    assert header.title == "U.S.-Mexico Dialogue Resumes: Migration and Security Top the Agenda"
    assert header.publisher == "The Rio Times"
    assert header.published == dt.date(2025, 1, 23)
    assert header.updated == dt.date(2025, 1, 31)


def test_seed_yields_exactly_its_two_claims(seed_text, records):  # noqa: F811
    """The seed gives CBP One suspended and Remain in Mexico reinstated, both on or before 2025-01-23."""
    document = extract_text(seed_text, records, file="seed")
    assert claims(document) == {
        ("cbp-one", "suspended", None, None, dt.date(2025, 1, 23)),
        ("remain-in-mexico", "active", None, None, dt.date(2025, 1, 23)),
    }
    assert {c.action for c in document.candidates} == {"suspended", "reinstated"}
    assert document.unknown_policies == []


def test_seed_claims_are_consistent_with_reasons(seed_text, records):  # noqa: F811
    """Both seed claims agree with the records, and the reason says why in words."""
    document = extract_text(seed_text, records)
    reasons = {c.policy: (c.verdict, c.reason) for c in document.candidates}
    assert reasons["cbp-one"] == (
        "consistent",
        "records: terminated 2025-01-20; article of 2025-01-23 says suspended, on or before that date: consistent",
    )
    assert reasons["remain-in-mexico"][0] == "consistent"
    assert "2025-01-21" in reasons["remain-in-mexico"][1]


def test_quotes_are_exact_slices_of_the_text(seed_text, records):  # noqa: F811
    """text[start:end] == quote for every candidate and every set-aside sentence."""
    document = extract_text(seed_text + "\nThe administration may end the CBP One app.\n", records)
    text = seed_text + "\nThe administration may end the CBP One app.\n"
    for candidate in document.candidates + document.set_aside:
        assert text[candidate.start:candidate.end] == candidate.quote
    assert document.set_aside


def test_shipped_records_agree_with_the_seed(seed_text):  # noqa: F811
    """Against the repository's own records the seed's two claims are consistent."""
    shipped = REPO / "policies"
    if not shipped.is_dir() or not any(shipped.glob("*.yaml")):
        pytest.skip("policies/ is empty in this branch; the records are merged in main")
    document = extract_text(seed_text, Timeline(shipped).policies())
    assert {(c.policy, c.status, c.verdict) for c in document.candidates} == {
        ("cbp-one", "suspended", "consistent"),
        ("remain-in-mexico", "active", "consistent"),
    }


# --- names, dates, negation, modality ---------------------------------------------------


def test_names_tolerate_case_quotes_possessives_and_line_breaks(records):  # noqa: F811
    """'remain-in-mexico', curly quotes, possessives and a line break inside a name still match."""
    text = ("DHS reinstated the ‘remain-in-Mexico’ program on Tuesday. "
            "The administration ended the CBP\nOne app's scheduling yesterday.")
    assert claims(extract(text, records)) == {
        ("remain-in-mexico", "active", dt.date(2025, 1, 21), None, None),
        ("cbp-one", "terminated", dt.date(2025, 1, 22), None, None),
    }


def test_on_monday_is_the_most_recent_monday_on_or_before_publication(records):  # noqa: F811
    """'On Monday' in an article of Thursday 2025-01-23 is 2025-01-20, not a week off."""
    document = extract("On Monday, CBP shut down the CBP One app.", records)
    assert claims(document) == {("cbp-one", "terminated", dt.date(2025, 1, 20), None, None)}
    assert document.candidates[0].verdict == "consistent"


def test_same_weekday_as_publication_is_that_day(records):  # noqa: F811
    """'on Thursday' in a Thursday article is the publication day itself; 'last Thursday' a week before."""
    today = extract("CBP ended the CBP One app on Thursday.", records)
    last = extract("CBP ended the CBP One app last Thursday.", records)
    assert today.candidates[0].date == THU
    assert last.candidates[0].date == dt.date(2025, 1, 16)


def test_partial_dates_take_the_year_from_publication(records):  # noqa: F811
    """'Jan. 21' in a 2025 article is 2025-01-21; 'December 30' in January is last year's."""
    document = extract("The Migrant Protection Protocols were reinstated on Jan. 21.", records)
    assert claims(document) == {("remain-in-mexico", "active", dt.date(2025, 1, 21), None, None)}
    late = find_dates("It ended on December 30.", 0, 24, THU)
    assert late[0].exact == dt.date(2024, 12, 30)


def test_last_week_and_months_are_windows(records):  # noqa: F811
    """'last week' is the previous Monday..Sunday; 'in June 2021' the whole month."""
    week = extract("The CBP One app was suspended last week.", records)
    assert claims(week) == {("cbp-one", "suspended", None, dt.date(2025, 1, 13), dt.date(2025, 1, 19))}
    month = extract("President Biden ended the Migrant Protection Protocols in June 2021.", records)
    assert claims(month) == {("remain-in-mexico", "terminated", None, dt.date(2021, 6, 1), dt.date(2021, 6, 30))}
    assert month.candidates[0].verdict == "consistent"


def test_false_friends_never_become_dates():
    """'may', 'march', 'May' alone, page numbers, counts and docket numbers are not dates."""
    text = ("Officials may march on. See page 12. It took 30,000 appointments and 1,450 a day under Title 42, "
            "No. 21A21, in 2021 cases. May officials act?")
    assert find_dates(text, 0, len(text), THU) == []


def test_undated_acts_are_bounded_by_publication(records):  # noqa: F811
    """An act the sentence does not date happened on or before the publication date."""
    document = extract("The administration scrapped the CBP One app.", records)
    assert claims(document) == {("cbp-one", "terminated", None, None, THU)}


@pytest.mark.parametrize("sentence, cue", [
    ("The administration may end the CBP One app.", "may"),
    ("Officials said they would reinstate the Remain in Mexico policy.", "would"),
    ("DHS plans to scrap the CBP One app.", "plans"),
    ("Mexico has not agreed to the reinstated Remain in Mexico policy.", "reinstated"),
    ("Texas sought to block the Migrant Protection Protocols in court.", "sought"),
    ("The administration did not end the CBP One app.", "not"),
    ("Will Trump end the CBP One app?", "question"),
    ("Migrants were returned under the reinstated MPP last week.", "adjective"),
])
def test_negation_and_modality_are_not_events(records, sentence, cue):  # noqa: F811
    """Negated, hedged-into-the-future, conditional and adjectival uses give no candidate, only a set-aside reason."""
    document = extract(sentence, records)
    assert document.candidates == []
    assert document.set_aside, "the sentence is kept apart with its reason"
    assert all(c.confidence < 0.5 for c in document.set_aside)


def test_policy_named_as_a_means_is_not_what_changed(records):  # noqa: F811
    """'returned to Mexico under the Remain in Mexico program' does not say the program changed."""
    document = extract("Migrants began arriving under the Remain in Mexico program.", records)
    assert document.candidates == []


def test_court_blocks_are_enjoined_with_the_right_day(records):  # noqa: F811
    """A judge blocking the policy on a given day is status enjoined on that day."""
    document = extract("A federal judge blocked the Remain in Mexico policy on April 8, 2019.", records)
    assert claims(document) == {("remain-in-mexico", "enjoined", dt.date(2019, 4, 8), None, None)}


def test_headlines_in_present_tense_count(records):  # noqa: F811
    """A headline 'Trump suspends CBP One app' is a claim, a little less confident."""
    document = extract("Trump suspends CBP One app\n\nThe decision came quickly.", records)
    assert claims(document) == {("cbp-one", "suspended", None, None, THU)}
    assert document.candidates[0].confidence < 0.9


def test_unknown_policies_are_listed(records):  # noqa: F811
    """'the X program' or 'the X policy' not in the records is listed for a new record."""
    document = extract("The Biden administration ended the Family Reunification Parole program.", records)
    assert [u["name"] for u in document.unknown_policies] == ["Family Reunification Parole"]
    assert document.candidates == []


# --- verdicts ------------------------------------------------------------------------------


def test_verdict_contradicts_when_the_dates_differ(records):  # noqa: F811
    """An article dating CBP One's end on 2025-01-22 contradicts the records' 2025-01-20."""
    candidate = extract("CBP terminated the CBP One app yesterday.", records).candidates[0]
    assert candidate.verdict == "contradicts"
    assert "2025-01-20" in candidate.reason and "2025-01-22" in candidate.reason


def test_verdict_contradicts_a_state_the_records_cover(records):  # noqa: F811
    """CBP One 'suspended' in March 2024 contradicts records that have it active then and events after."""
    candidate = extract("CBP suspended the CBP One app on March 5, 2024.", records).candidates[0]
    assert candidate.verdict == "contradicts"
    assert candidate.reason.startswith("records: active since 2023-01-12 on 2024-03-05")


def test_verdict_new_after_the_records_end(records):  # noqa: F811
    """A claim later than every recorded event is new."""
    candidate = extract("CBP restarted the CBP One app on Monday.", records, published=dt.date(2026, 3, 4))
    assert candidate.candidates[0].verdict == "new"


# --- headers, sentences, limits --------------------------------------------------------------


def test_other_header_forms():
    """'Published: <date>', a URL line and a wire-service dateline are read."""
    header = read_header("Trump ends app\nhttps://example.org/a\nPublished: January 24, 2025 10:00 ET\n\nBody.")
    assert (header.title, header.url, header.published) == ("Trump ends app", "https://example.org/a",
                                                            dt.date(2025, 1, 24))
    wire = read_header("WASHINGTON, Jan. 21, 2025 (Reuters) - DHS said it reinstated MPP.")
    assert (wire.publisher, wire.published) == ("Reuters", dt.date(2025, 1, 21))


def test_sentences_do_not_split_at_abbreviations():
    """'U.S.' and 'Jan.' inside a sentence do not end it; a blank line does."""
    text = "The U.S. State Department spoke on Jan. 21 to reporters. Then it left.\n\nNew paragraph"
    assert [text[a:b] for a, b in sentences(text)] == [
        "The U.S. State Department spoke on Jan. 21 to reporters.", "Then it left.", "New paragraph"]


def test_time_limit_stops_a_document_without_failing(records):  # noqa: F811
    """A document over its time budget is cut short and says so, rather than hanging or crashing."""
    text = "CBP ended the CBP One app. " * 20000
    document = extract_text(text, records, published=THU, time_limit=0.0)
    assert document.timed_out
    assert any("time limit" in note for note in document.notes)


# --- the command ----------------------------------------------------------------------------------


def test_cli_json_equals_library(records_dir, seed_text, records):  # noqa: F811
    """`timeline extract --format json` prints exactly what the library returns."""
    result = runner.invoke(app, ["extract", str(SEED), "--data", str(records_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    expected = extract_text(seed_text, records, file=str(SEED))
    assert json.loads(result.stdout) == {"documents": [expected.as_dict()]}


def test_cli_reads_stdin_and_honours_published(records_dir):  # noqa: F811
    """'-' reads stdin; --published anchors 'on Monday'."""
    result = runner.invoke(app, ["extract", "-", "--data", str(records_dir), "--published", "2025-01-22",
                                 "--format", "json"], input="On Monday, CBP shut down the CBP One app.\n")
    assert result.exit_code == 0, result.output
    candidate = json.loads(result.stdout)["documents"][0]["candidates"][0]
    assert (candidate["policy"], candidate["date"], candidate["verdict"]) == ("cbp-one", "2025-01-20", "consistent")


def test_cli_yaml_is_review_ready(records_dir):  # noqa: F811
    """--format yaml gives record-format events with provenance extracted and a URL to fill in."""
    result = runner.invoke(app, ["extract", str(SEED), "--data", str(records_dir), "--format", "yaml"])
    assert result.exit_code == 0, result.output
    document = yaml.safe_load(result.stdout)
    events = [c["event"] for c in document["candidates"]]
    assert [e["status"] for e in events] == ["suspended", "active"]
    assert all(e["sources"][0]["provenance"] == "extracted" and e["sources"][0]["url"] is None for e in events)
    assert "FILL IN" in result.stdout
    with_url = runner.invoke(app, ["extract", str(SEED), "--data", str(records_dir), "--format", "yaml",
                                   "--url", "https://example.org/rio"])
    assert yaml.safe_load(with_url.stdout)["candidates"][0]["event"]["sources"][0]["url"] == "https://example.org/rio"


def test_cli_missing_file_is_a_usage_error(records_dir):  # noqa: F811
    """A missing article is exit 2 with a message, not a traceback."""
    result = runner.invoke(app, ["extract", "nope.txt", "--data", str(records_dir)])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_cli_folders_are_searched(records_dir, tmp_path):  # noqa: F811
    """A folder argument reads its .txt articles in name order."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "b.txt").write_text("CBP ended the CBP One app.\n")
    (folder / "a.txt").write_text("DHS reinstated MPP.\n")
    result = runner.invoke(app, ["extract", str(folder), "--data", str(records_dir), "--published", "2025-01-23",
                                 "--format", "json"])
    files = [Path(d["file"]).name for d in json.loads(result.stdout)["documents"]]
    assert files == ["a.txt", "b.txt"]


def test_help_and_iso_queries_import_neither_extract_nor_dateparser(records_dir):  # noqa: F811
    """Start-up stays light: --help and an ISO state query load neither the extractor nor dateparser."""
    probe = ("import sys\nfrom timeline.cli import main\nsys.argv = ['timeline'] + sys.argv[1:]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('LOADED', sorted(m for m in ('timeline.extract', 'dateparser') if m in sys.modules))")
    for args in (["--help"], ["state", "--on", "2025-01-01", "--data", str(records_dir)]):
        output = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True,
                                check=False).stdout
        assert "LOADED []" in output


def test_progressive_counts_and_takes_the_reporting_verbs_date(records):  # noqa: F811
    """'announced Tuesday that it is reinstating MPP' is dated that Tuesday; 'the memo ending MPP' is no event."""
    document = extract("DHS announced Tuesday that it is reinstating the Migrant Protection Protocols.", records,
                       published=dt.date(2025, 1, 22))
    assert claims(document) == {("remain-in-mexico", "active", dt.date(2025, 1, 21), None, None)}
    assert extract("Officials defended the memo ending MPP.", records).candidates == []


def test_header_lines_never_date_the_headline(records):  # noqa: F811
    """'Published: ...' under a headline dates the article, not the act: the body's 'on Monday' wins."""
    text = ("Biden administration ends 'Remain in Mexico' policy\n"
            "Published: 2021-06-02\n\n"
            "The Biden administration on Tuesday ended the Remain in Mexico policy, officials said.\n")
    document = extract_text(text, records)
    assert document.header.published == dt.date(2021, 6, 2)
    assert claims(document) == {("remain-in-mexico", "terminated", dt.date(2021, 6, 1), None, None)}


def test_an_earlier_act_in_a_relative_clause_is_not_an_event(records):  # noqa: F811
    """'a ruling that had blocked it' describes an earlier act in passing; it is set aside."""
    text = ("The Supreme Court on Wednesday allowed officials to keep enforcing the Remain in Mexico policy, "
            "staying a ruling that had blocked it.")
    document = extract(text, records)
    assert document.candidates == []
    assert any("had blocked" in " ".join(c.reasons) for c in document.set_aside)


def test_date_lines_without_a_colon_are_header_lines(records):  # noqa: F811
    """'Published January 21, 2021' and a bare date line are metadata, not a date for the headline."""
    text = ("Biden suspends Remain in Mexico enrollments\nPublished January 21, 2021\n\n"
            "DHS on Wednesday suspended new enrollments in the Migrant Protection Protocols program.\n")
    document = extract_text(text, records)
    assert document.header.published == dt.date(2021, 1, 21)
    assert claims(document) == {("remain-in-mexico", "suspended", dt.date(2021, 1, 20), None, None)}
    bare = extract_text("CBP One app launches scheduling for migrants\nJanuary 13, 2023\n\nMore soon.\n", records)
    assert claims(bare) == {("cbp-one", "active", None, None, dt.date(2023, 1, 13))}


def test_a_part_of_the_policy_is_the_policy_but_a_means_is_not(records):  # noqa: F811
    """'suspended new enrollments in MPP' changes MPP; 'arrived under MPP' only names it as a means."""
    part = extract("DHS on Tuesday suspended new enrollments in the Remain in Mexico program.", records)
    assert claims(part) == {("remain-in-mexico", "suspended", dt.date(2025, 1, 21), None, None)}
    means = extract("Thousands of migrants were returned under the Remain in Mexico program.", records)
    assert means.candidates == []


def test_undoing_a_named_act_is_not_that_act(records):  # noqa: F811
    """'vacated the termination of MPP' does not report a termination."""
    document = extract("A federal judge on Friday vacated the termination of the Remain in Mexico program.", records)
    assert all(candidate.status != "terminated" for candidate in document.candidates)
    assert any("undoes" in " ".join(c.reasons) for c in document.set_aside)


def test_an_open_window_is_not_confirmed_by_an_act_of_long_ago(records):  # noqa: F811
    """'MPP reinstated, on or before 2021-07-01' contradicts records that show it terminated since June."""
    document = extract("Remain in Mexico reinstated", records, published=dt.date(2021, 7, 1))
    (candidate,) = document.candidates
    assert (candidate.status, candidate.not_after) == ("active", dt.date(2021, 7, 1))
    assert candidate.verdict == "contradicts"
    assert "terminated since 2021-06-01" in candidate.reason


# --- hostile articles (issue 15) ---------------------------------------------------------------------


def test_control_characters_in_an_article_never_reach_the_output(records_dir, tmp_path):  # noqa: F811
    """A title 'ESC]0;...BEL' and an ESC[2J in a quote are printed as visible escapes, in every format."""
    article = tmp_path / "evil.txt"
    article.write_text("Title: Trump ends \x1b]0;owned\x07 app\nPublished: 2025-01-23\n\n"
                       "CBP ended the CBP One app \x1b[2J\x9b2J on Monday.\n", encoding="utf-8")
    for fmt in ("text", "json", "yaml"):
        result = runner.invoke(app, ["extract", str(article), "--data", str(records_dir), "--format", fmt,
                                     "--url", "https://example.org/a"])
        assert result.exit_code == 0, result.output
        assert not any(ch in result.stdout for ch in "\x1b\x07\x9b"), fmt
        assert "cbp-one" in result.stdout
    text = runner.invoke(app, ["extract", str(article), "--data", str(records_dir)]).stdout
    assert "\\x1b]0;owned\\x07" in text
    json_text = runner.invoke(app, ["extract", str(article), "--data", str(records_dir), "--format", "json"]).stdout
    assert json.loads(json_text)["documents"][0]["title"] == "Trump ends \x1b]0;owned\x07 app"


def test_standard_input_is_bounded_like_a_record_file(records_dir, monkeypatch):  # noqa: F811
    """More bytes on stdin than TIMELINE_MAX_FILE_BYTES is a usage error, not an unbounded read."""
    monkeypatch.setenv("TIMELINE_MAX_FILE_BYTES", "4000")
    result = runner.invoke(app, ["extract", "-", "--data", str(records_dir), "--published", "2025-01-22"],
                           input="CBP ended the CBP One app. " * 1000)
    assert result.exit_code == 2
    assert "standard input is longer than 4,000 bytes" in result.output
    small = runner.invoke(app, ["extract", "-", "--data", str(records_dir), "--published", "2025-01-22"],
                          input="CBP ended the CBP One app on Monday.\n")
    assert small.exit_code == 0 and "cbp-one: terminated" in small.stdout


def test_a_size_limit_that_is_not_a_number_is_a_usage_error(records_dir, tmp_path):  # noqa: F811
    """TIMELINE_MAX_FILE_BYTES=abc makes extract (and validate) exit 2 with a message, not a traceback."""
    article = tmp_path / "a.txt"
    article.write_text("CBP ended the CBP One app.\n", encoding="utf-8")
    for args in (["extract", str(article), "--data", str(records_dir)], ["validate", str(records_dir)]):
        result = subprocess.run([sys.executable, "-m", "timeline", *args], capture_output=True, text=True,
                                check=False, env={**__import__("os").environ, "TIMELINE_MAX_FILE_BYTES": "abc"})
        assert result.returncode == 2, result.stderr
        assert "TIMELINE_MAX_FILE_BYTES is 'abc'" in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name, text", [
    ("a run of dots", "." * 300_000),
    ("a run of exclamation marks", "MPP ended! " + "!" * 300_000 + " x"),
    ("a first line of spaces after a word", "Washington" + " " * 200_000 + "\nMPP ended.\n"),
    ("a key line padded with spaces", "Title: a" + " " * 200_000 + "b\nMPP ended on Monday.\n"),
    ("one sentence of 2 MB", "Título: x\n\n" + ("el tribunal suspendió MPP " + "y " * 40) * 20_000),
])
def test_hostile_text_ends_within_the_time_limit(records_dir, tmp_path, name, text):  # noqa: F811
    """Runs of punctuation and of spaces made the sentence splitter and the header's patterns quadratic (80,000
    dots: 88 s; a line of 32,000 spaces: 47 s; these sizes: hours), and a long sentence looked through the
    whole text for every word; `--time-limit 1` did not stop them. Each now ends (the process is given 60 s)."""
    import subprocess
    import sys

    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "timeline", "extract", "--published", "2025-01-23",
                             "--time-limit", "1", "--data", str(records_dir), str(article)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, (name, result.stderr)

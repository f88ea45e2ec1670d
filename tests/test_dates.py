"""Dates people write: one meaning for each relative phrase, the same on the command line and in extraction."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import TODAY, day, event, record, write_record

from timeline.core.dates import Days, parse_date, relative_days
from timeline.errors import UsageError

pytestmark = pytest.mark.usefixtures("clean_env")

WEDNESDAY = day("2025-03-12")

# (phrase, first day, last day, names a period); the base is Wednesday 2025-03-12
PHRASES = [
    ("today", "2025-03-12", "2025-03-12", False),
    ("this morning", "2025-03-12", "2025-03-12", False),
    ("yesterday", "2025-03-11", "2025-03-11", False),
    ("last night", "2025-03-11", "2025-03-11", False),
    ("tomorrow", "2025-03-13", "2025-03-13", False),
    ("3 days ago", "2025-03-09", "2025-03-09", False),
    ("a week ago", "2025-03-05", "2025-03-05", False),
    ("two weeks ago", "2025-02-26", "2025-02-26", False),
    ("2 months ago", "2025-01-12", "2025-01-12", False),
    ("a year ago", "2024-03-12", "2024-03-12", False),
    ("Wednesday", "2025-03-12", "2025-03-12", False),
    ("on Monday", "2025-03-10", "2025-03-10", False),
    ("last Wednesday", "2025-03-05", "2025-03-05", False),
    ("this past Friday", "2025-03-07", "2025-03-07", False),
    ("this week", "2025-03-10", "2025-03-16", True),
    ("last week", "2025-03-03", "2025-03-09", True),
    ("next week", "2025-03-17", "2025-03-23", True),
    ("earlier this week", "2025-03-10", "2025-03-12", True),
    ("this month", "2025-03-01", "2025-03-31", True),
    ("last month", "2025-02-01", "2025-02-28", True),
    ("next month", "2025-04-01", "2025-04-30", True),
    ("this year", "2025-01-01", "2025-12-31", True),
    ("last year", "2024-01-01", "2024-12-31", True),
    ("Earlier  this YEAR", "2025-01-01", "2025-03-12", True),
]


@pytest.mark.parametrize(("phrase", "first", "last", "period"), PHRASES)
def test_each_relative_phrase_has_one_meaning(phrase, first, last, period):
    """`relative_days` gives each phrase the days the table in core/dates.py documents."""
    assert relative_days(phrase, WEDNESDAY) == Days(day(first), day(last), period)


def test_months_ago_keeps_the_day_of_the_month_or_the_months_last_day():
    """'1 month ago' on March 31 is February's last day; '1 year ago' on February 29 is February 28."""
    assert relative_days("1 month ago", day("2024-03-31")).first == day("2024-02-29")
    assert relative_days("1 year ago", day("2024-02-29")).first == day("2023-02-28")
    assert relative_days("13 months ago", day("2025-01-15")).first == day("2023-12-15")


@pytest.mark.parametrize(("phrase", "first", "last", "period"), PHRASES)
def test_parse_date_gives_a_day_or_a_periods_bounds(phrase, first, last, period):
    """A day phrase is that day; a period is refused as one day and gives its first or last day when asked."""
    if not period:
        assert parse_date(phrase, base=WEDNESDAY) == day(first)
        return
    with pytest.raises(UsageError, match=f"is a period, {first} to {last}, not one day"):
        parse_date(phrase, base=WEDNESDAY, name="--on")
    assert parse_date(phrase, base=WEDNESDAY, period="first") == day(first)
    assert parse_date(phrase, base=WEDNESDAY, period="last") == day(last)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("January 2025", "2025-01-01", "2025-01-31"), ("Sept. 2024", "2024-09-01", "2024-09-30"),
    ("feb 2024", "2024-02-01", "2024-02-29"),
])
def test_a_month_with_its_year_is_a_period(text, first, last):
    """A month with its year is a period: its first or last day, never a guessed day in it."""
    assert parse_date(text, base=WEDNESDAY, period="first") == day(first)
    assert parse_date(text, base=WEDNESDAY, period="last") == day(last)
    with pytest.raises(UsageError, match="period"):
        parse_date(text, base=WEDNESDAY)


@pytest.mark.parametrize("period", [None, "first", "last"])
def test_a_year_alone_is_a_number_and_refused(period):
    """'2023' is a numeric form other than YYYY-MM-DD: refused with the ISO hint, as contract §3 says."""
    with pytest.raises(UsageError, match="cannot read") as refused:
        parse_date("2023", base=WEDNESDAY, period=period)
    assert "YYYY-MM-DD" in refused.value.hint


def test_a_count_beyond_the_calendar_is_a_usage_error():
    """'9999 years ago' is refused as out of range, not a crash."""
    with pytest.raises(UsageError, match="out of the calendar"):
        parse_date("9999 years ago", base=WEDNESDAY)


# --- the same meaning in extraction ----------------------------------------------------------

EXTRACTION_PHRASES = [phrase for phrase, *_ in PHRASES
                      if phrase.lower() not in ("tomorrow", "next week", "next month", "a year ago", "2 months ago")]


@pytest.mark.parametrize("phrase", EXTRACTION_PHRASES)
def test_extraction_reads_each_phrase_as_the_command_line_does(phrase):
    """An article's relative phrase names the days `relative_days` gives (cut at publication); a count of weeks
    is taken 3 days either side, as reporters round."""
    import datetime as dt

    from timeline.extract.text import find_dates

    sentence = f"The agency ended the program {phrase}."
    (mention,) = find_dates(sentence, 0, len(sentence), WEDNESDAY)
    days = relative_days(phrase, WEDNESDAY)
    slack = dt.timedelta(days=3 if "week ago" in phrase or "weeks ago" in phrase else 0)
    assert (mention.not_before, mention.not_after) == (days.first - slack, min(days.last + slack, WEDNESDAY))


# --- on the command line -------------------------------------------------------------------------


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    write_record(folder, record("alpha", events=[event("2023-12-31", "active", "Starts."),
                                                  event("2024-01-01", "suspended", "Pauses."),
                                                  event("2024-12-31", "active", "Resumes."),
                                                  event("2025-01-01", "terminated", "Ends.")]))
    return folder


def test_last_year_in_log_is_the_calendar_year_before_today(invoke, data, monkeypatch):
    """`log --since 'last year' --until 'last year'` lists exactly the events of the calendar year before today."""
    monkeypatch.setenv("TIMELINE_TODAY", "2025-06-01")
    named = invoke("log", "--since", "last year", "--until", "last year", "--data", data, "-f", "json")
    assert named.exit_code == 0, named.output
    assert [e["date"] for e in json.loads(named.stdout)["events"]] == ["2024-01-01", "2024-12-31"]
    spelt = invoke("log", "--since", "2024-01-01", "--until", "2024-12-31", "--data", data, "-f", "json")
    assert json.loads(named.stdout)["events"] == json.loads(spelt.stdout)["events"]


@pytest.mark.parametrize("args", [["state", "--on", "last year"], ["diff", "last year", "today"],
                                  ["diff", "2020-01-01", "this month"]])
def test_a_period_where_one_day_is_needed_is_a_usage_error_with_its_days(invoke, data, args):
    """--on, FROM and TO take one day: a period is refused (exit 2), naming its first and last day."""
    result = invoke(*args, "--data", data)
    assert result.exit_code == 2
    assert "is a period" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert TODAY[:4] in result.stderr or str(int(TODAY[:4]) - 1) in result.stderr


def test_weekday_on_the_command_line(invoke, data, monkeypatch):
    """`--on 'last Monday'` is the Monday before today, as extraction reads it."""
    monkeypatch.setenv("TIMELINE_TODAY", "2025-03-12")
    result = invoke("state", "--on", "last Monday", "--data", data, "-f", "json")
    assert json.loads(result.stdout)["on"] == "2025-03-10"


@pytest.mark.parametrize("command", ["state", "diff", "log", "extract", "chart"])
def test_help_says_what_date_accepts(invoke, command):
    """Every command that takes a DATE explains, in --help, the forms it reads and what a period means."""
    result = invoke(command, "--help", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "DATE is YYYY-MM-DD or English" in text
    assert "'2 weeks ago' (14 days before)" in text and "calendar periods" in text
    assert "01/02/2025" in text


@pytest.mark.parametrize("text", ["Feb 30 2020", "February 30, 2020", "30 February 2021", "April 31 2024"])
def test_a_day_in_words_that_does_not_exist_is_said_so(text):
    """'Feb 30 2020' was 'cannot read', where '2020-02-30' is 'not a day that exists'."""
    with pytest.raises(UsageError, match="is not a day that exists"):
        parse_date(text, base=dt.date(2025, 1, 1), name="--on")

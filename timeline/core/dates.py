"""Dates: the one converter, the one wording, and dates typed by people.

`to_date` turns what a record or a review file holds (a YAML date or ISO text)
into a date; `iso` and `when` write dates the way every text output shows
them. `parse_date` reads what a person typed on the command line: ISO dates,
the relative phrases below and calendar periods ("January 2025", "2025") are
read here without dateparser, so that those queries start fast; one day
written in words with its year ("March 4, 2021") goes to dateparser, imported
only then, in English, with its settings pinned. Anything else is refused
rather than guessed ("12 1 days ago", "1 day", "in 3 days"). Numeric forms other than ISO
(01/02/2025) are refused, never guessed: half the world reads them one way and
half the other.

Relative phrases have one meaning, `relative_days`, for the command line (counted
from today) and for extraction (counted from an article's publication date):

    today, now, this morning, this afternoon, tonight, earlier today   the day itself
    yesterday, last night / tomorrow                 the day before / after
    N days ago, N weeks ago                          N, or 7 x N, days before
    N months ago, N years ago                        the same day of the month N months or years
                                                     before (the month's last day if it is shorter)
    Monday, on Monday                                the latest Monday on or before the day
    last Monday, this past Monday                    the latest Monday before the day
    this week, last week, next week                  Monday to Sunday: the day's week, the one before, after
    this month, last month, next month               the calendar month
    this year, last year, next year                  the calendar year, January to December
    earlier this week / month / year                 from the period's first day to the day itself

N is a number or a, an, one ... ten. The first six rows (and weekdays) name one
day; weeks, months and years are periods, as is a month with its year ("January
2025"). A
date option that takes one day refuses a period, saying which days it covers;
`--since` and `--from` take its first day and `--until` and `--to` its last.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any, NamedTuple

from timeline.errors import UsageError

ONE_DAY = dt.timedelta(days=1)
_ISO_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")


def to_date(value: Any) -> dt.date | None:
    """A date from a YAML date or ISO text (`YYYY-MM-DD`); None for anything else (times, numbers, bad days)."""
    kind = type(value)
    if kind is str and len(value) == 10 and value[4] == "-" and value[7] == "-" and value.isascii():
        try:  # the common case, ISO text as written: fromisoformat reads only digits in the other places
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    if kind is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_TEXT.fullmatch(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                return None
    return None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def when(date: str | None, not_before: str | None, not_after: str | None) -> str:
    """An event's day as the text outputs write it, from its date, not_before and not_after (ISO text)."""
    if date:
        return date
    if not_before and not_after:
        return f"{not_before}..{not_after}"
    if not_after:
        return f"on or before {not_after}"
    if not_before:
        return f"on or after {not_before}"
    return "undated"


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC = re.compile(r"\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?|\d{5,8}")
_WORDS = {"today": 0, "now": 0, "yesterday": -1, "tomorrow": 1}
ISO_HINT = "write the date as YYYY-MM-DD, e.g. 2025-01-20, or in words, e.g. 'January 20, 2025'"

DATEPARSER_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["relative-time", "absolute-time"],
}


# --- relative phrases: the one meaning of each (the table above) ---------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}
_SAME_DAY = {"today": 0, "now": 0, "this morning": 0, "this afternoon": 0, "tonight": 0, "earlier today": 0,
             "yesterday": -1, "last night": -1, "tomorrow": 1}
_AGO = re.compile(r"(\d{1,4}|" + "|".join(COUNT_WORDS) + r") (day|week|month|year)s? ago")
_PERIOD = re.compile(r"(this|last|next|earlier this) (week|month|year)")
_WEEKDAY = re.compile(r"(?:(last|this past|on) )?(" + "|".join(WEEKDAYS) + ")")
_MONTH_YEAR = re.compile(r"(" + "|".join(MONTHS) + r")\.?,? (\d{4})")
_WEEKDAY_NAMES = WEEKDAYS + ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def one_day_in_words(text: str) -> bool:
    """Whether `text` is one calendar day written in words: a month's name, a day of the month and a four-digit
    year, in any order, with at most 'the', 'of' and a weekday besides ('March 4, 2021', 'the 4th of July 2021',
    'Thu 4 Mar. 2021'). Only such text goes to dateparser: given anything else it guesses ('12 1 days ago' read
    as yesterday, '1 day' as a day ago), and a guessed date is a wrong answer."""
    words = [word for word in re.split(r"[\s,.]+", text.lower()) if word]
    months = [word for word in words if word in MONTHS]
    years = [word for word in words if re.fullmatch(r"\d{4}", word)]
    days = [word for word in words if _DAY_NUMBER.fullmatch(word)]
    rest = [word for word in words
            if word not in MONTHS and word not in ("the", "of") and word not in _WEEKDAY_NAMES
            and not re.fullmatch(r"\d{4}", word) and not _DAY_NUMBER.fullmatch(word)]
    return len(months) == 1 and len(years) == 1 and len(days) == 1 and not rest


class Days(NamedTuple):
    """The days a phrase names, `first` to `last`; `period` when it names a span (a week, a month, a year)."""

    first: dt.date
    last: dt.date
    period: bool


def months_before(day: dt.date, count: int) -> dt.date:
    """The same day of the month `count` months earlier, or that month's last day when it is shorter."""
    months = day.year * 12 + day.month - 1 - count
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def weekday_before(day: dt.date, weekday: int, *, strictly: bool) -> dt.date:
    """The latest `weekday` (0 is Monday) on or before `day`; strictly before it with `strictly` ("last Monday")."""
    back = (day.weekday() - weekday) % 7
    return day - dt.timedelta(days=7 if strictly and back == 0 else back)


def relative_days(phrase: str, base: dt.date) -> Days | None:
    """The days a relative phrase names, counted from `base` (see the table in this module's docstring), or None
    when it is not one of them. Case and spacing do not matter."""
    text = " ".join(phrase.lower().split())
    if text in _SAME_DAY:
        day = base + dt.timedelta(days=_SAME_DAY[text])
        return Days(day, day, False)
    match = _AGO.fullmatch(text)
    if match:
        count = int(match[1]) if match[1].isdigit() else COUNT_WORDS[match[1]]
        unit = match[2]
        if unit in ("day", "week"):
            day = base - dt.timedelta(days=count * (7 if unit == "week" else 1))
        else:
            day = months_before(base, count * (12 if unit == "year" else 1))
        return Days(day, day, False)
    match = _WEEKDAY.fullmatch(text)
    if match:
        day = weekday_before(base, WEEKDAYS.index(match[2]), strictly=match[1] in ("last", "this past"))
        return Days(day, day, False)
    match = _PERIOD.fullmatch(text)
    if match:
        which, unit = match.groups()
        step = {"last": -1, "next": 1}.get(which, 0)
        if unit == "week":
            first = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=7 * step)
            last = first + dt.timedelta(days=6)
        elif unit == "month":
            first = months_before(base.replace(day=1), -step)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        else:
            first, last = dt.date(base.year + step, 1, 1), dt.date(base.year + step, 12, 31)
        return Days(first, base if which == "earlier this" else last, True)
    return None


def calendar_days(text: str) -> Days | None:
    """The days of a month written out with its year: 'January 2025', 'Jan. 2025'; None for anything else (a
    year alone is a number, and numbers other than YYYY-MM-DD are not read as dates: contract §3)."""
    match = _MONTH_YEAR.fullmatch(" ".join(text.lower().split()))
    if match is None:
        return None
    year, month = int(match[2]), MONTHS[match[1]]
    if year < 1:
        return None
    return Days(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), True)


def parse_date(text: str, *, base: dt.date, name: str = "date", period: str | None = None) -> dt.date:
    """Turn what a person typed into a date; relative dates count from `base`.

    A phrase that names a period ('last year', 'January 2025') gives its first day with `period="first"` (for
    --since, --from), its last with `period="last"` (--until, --to), and is refused otherwise. Raises UsageError
    (exit 2) for anything that is not clearly one day.
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        raise UsageError(f"empty {name}", ISO_HINT)
    match = _ISO.fullmatch(cleaned)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            raise UsageError(f"{name} '{text}' is not a day that exists", ISO_HINT) from None
    lowered = cleaned.lower()
    if lowered in _WORDS:
        try:
            return base + dt.timedelta(days=_WORDS[lowered])
        except OverflowError:
            raise UsageError(f"{name} '{text}' is out of range: the calendar runs from 0001-01-01 to 9999-12-31",
                             ISO_HINT) from None
    try:
        days = relative_days(lowered, base) or calendar_days(lowered)
    except (ValueError, OverflowError):  # a count that leaves the calendar: 9999 years ago
        raise UsageError(f"{name} '{text}' is out of the calendar's range", ISO_HINT) from None
    if days is not None:
        if not days.period:
            return days.first
        if period == "first":
            return days.first
        if period == "last":
            return days.last
        raise UsageError(f"{name} '{text}' is a period, {days.first} to {days.last}, not one day",
                         f"give one day as YYYY-MM-DD, e.g. {days.first} (its first) or {days.last} (its last); "
                         "--since, --until, --from and --to take periods")
    if _NUMERIC.fullmatch(cleaned):
        raise UsageError(f"{name} '{text}' is ambiguous: numeric dates other than YYYY-MM-DD are not guessed",
                         ISO_HINT)
    if not re.search(r"[A-Za-z]", cleaned) or not one_day_in_words(cleaned):
        raise UsageError(f"cannot read {name} '{text}'",
                         ISO_HINT + "; relative forms are 'yesterday', 'N days ago', 'N weeks ago', 'last Monday', "
                         "'last month' (see `timeline state --help`)")
    import dateparser  # slow to import: only for dates in words

    settings = dict(DATEPARSER_SETTINGS, RELATIVE_BASE=dt.datetime.combine(base, dt.time(12)))
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError):  # dateparser raises on some out-of-range inputs
        parsed = None
    if parsed is None:
        words = re.fullmatch(r"([a-z]+)\.? (\d{1,2}),? (\d{4})|(\d{1,2}) ([a-z]+)\.?,? (\d{4})", cleaned.lower())
        if words is not None:  # "Feb 30 2020": as 2020-02-30 is told, not "cannot read"
            month = MONTHS.get(words.group(1) or words.group(5))
            day, year = int(words.group(2) or words.group(4)), int(words.group(3) or words.group(6))
            if month is not None and year >= 1 and not 1 <= day <= month_length(year, month):
                raise UsageError(f"{name} '{text}' is not a day that exists", ISO_HINT)
        raise UsageError(f"cannot read {name} '{text}'", ISO_HINT)
    return parsed.date()


# --- dates written otherwise than YYYY-MM-DD, for hints --------------------------------------------------------

_SLASHED = re.compile(r"(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_IN_WORDS = re.compile(r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?"
                       r"|([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4})")


def iso_readings(text: str) -> list[dt.date]:
    """The days a date written otherwise than YYYY-MM-DD may mean, for a hint that gives the ISO form; never a
    guess between them. '03/04/2021' may be March 4 or 3 April (both returned); '13/04/2021' only 13 April;
    '2021/3/4', '2021-3-4' and '20210304' are year first; 'March 4, 2021' and '4 March 2021' are one day.
    Two-digit years are not read (which century?)."""
    cleaned = " ".join(text.strip().lower().split())
    readings: list[tuple[int, int, int]] = []
    match = _SLASHED.fullmatch(cleaned)
    if match:
        first, _, middle, last = match.groups()
        if len(first) == 4:
            readings.append((int(first), int(middle), int(last)))
        elif len(last) == 4:
            readings += [(int(last), int(first), int(middle)), (int(last), int(middle), int(first))]
    elif re.fullmatch(r"\d{8}", cleaned):
        readings.append((int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:])))
    else:
        match = _IN_WORDS.fullmatch(cleaned)
        if match:
            day, month, other_month, other_day, year = match.groups()
            number = MONTHS.get(month or other_month)
            if number is not None:
                readings.append((int(year), number, int(day or other_day)))
    days = []
    for year, month, day in readings:
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found not in days:
            days.append(found)
    return days


def month_length(year: int, month: int) -> int:
    """How many days a month has (for the hint on a day that does not exist, such as 2025-02-30)."""
    return calendar.monthrange(year, month)[1]

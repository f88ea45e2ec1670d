"""Article text: header metadata, sentences and date expressions.

The parts of extraction that know nothing about policies. Everything here is
regular expressions over the original text, so every span is an offset into
it (``text[start:end]`` is what was matched). Dates in words are read by hand
for the forms news uses ("January 21", "Jan. 21, 2025", "21 January",
"on Tuesday", "last week"); dateparser (English, settings pinned, through
`timeline.dates`) is only asked about a header date that none of those forms
reads, so that most articles never import it.

False friends: month names are only dates when capitalised and next to a day
or a year ("may", "march", "May" alone are not), and bare numbers never are
(page numbers, counts, docket numbers, "Title 42").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.core.dates import COUNT_WORDS, relative_days, weekday_before
from timeline.core.dates import iso as _iso
from timeline.errors import UsageError
from timeline.records.files import max_file_bytes, read_limited

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9][0-9]|20[0-9][0-9])"


# --- date expressions in a sentence ---------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, resolved against the publication date."""

    start: int
    end: int
    text: str
    not_before: dt.date
    not_after: dt.date
    how: str  # absolute | partial | weekday | relative | month | year

    @property
    def exact(self) -> dt.date | None:
        return self.not_before if self.not_before == self.not_after else None

    @property
    def low(self) -> dt.date | None:
        """The first day, or None for a date open to the past ('more than a year ago', how 'before')."""
        return None if self.how == "before" else self.not_before


_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY_RE = re.compile(rf"\b(?:{_WEEKDAY},?\s+)?({_MONTH})\s+({_DAY})\b(?:,?\s+({_YEAR})\b)?")
_DMY_RE = re.compile(rf"\b(?:{_WEEKDAY},?\s+)?({_DAY})\s+(?:of\s+)?({_MONTH})(?:,?\s+({_YEAR})\b)?(?![\w])")
# "at the end of 2022", "the beginning of May": a part as a phrase (_part_key reads it); not a deadline or a bound
# ("by the end of 2022", "before the end of May": on or before it, the whole year or month as before)
_PART_PHRASE = (r"(?<![Bb]y\s)(?<![Bb]efore\s)(?<![Aa]fter\s)(?<![Uu]ntil\s)(?<![Tt]hrough\s)"
                r"(?:(?:at|toward|towards|in)\s+)?the\s+(?:very\s+)?(?:end|beginning|start|middle)\s+of")
_PART = rf"(?:(?P<part>(?i:early|mid|late|{_PART_PHRASE}))(?:-|\s+))"
_MY_RE = re.compile(rf"\b{_PART}?({_MONTH}),?\s+(?:of\s+)?({_YEAR})\b")
_MONTH_ALONE_RE = re.compile(
    r"\b(?:(?i:in|since|during|last|this past|earlier in|until|through|by)\s+(?:((?i:early|mid|late))(?:-|\s+))?"
    rf"|((?i:early|mid|late|{_PART_PHRASE}))(?:-|\s+))({_MONTH})(?![\w.]*\s+\d)\b"
)
_YEAR_ALONE_RE = re.compile(
    rf"\b((?i:in|since|during|of|early|late|mid-|by|from|throughout|after|before|until))\s+({_YEAR})\b(?![,.]?\d)")
# a part of a year: early = January-April, mid = May-August, late = September-December (README-dev.md)
_YEAR_PART_RE = re.compile(rf"\b(?P<part>(?i:early|mid|late|{_PART_PHRASE}))(?:-|\s+)(?:(?i:in)\s+)?({_YEAR})\b"
                           r"(?![,.]?\d)")
_SEASON_RE = re.compile(rf"\b(?:(?i:in|during|since|by|the|last|early|late)\s+)?(?i:the\s+)?"
                        rf"((?i:spring|summer|fall|autumn|winter))(?:\s+of)?\s+({_YEAR})\b")
# a part of a month: early = 1st-10th, mid = 11th-20th, late = 21st-end (benchmarks/extraction/README.md)
_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
# astronomical seasons (the README's convention: spring 2021 = Mar 20 - Jun 20)
_SEASONS = {"spring": ((3, 20), (6, 20)), "summer": ((6, 21), (9, 22)), "fall": ((9, 23), (12, 20)),
            "autumn": ((9, 23), (12, 20)), "winter": ((12, 21), (3, 19))}
_WEEKDAY_RE = re.compile(
    rf"\b(?:((?i:last|this past|on|early|late|earlier on|next|this coming|coming))\s+)?({_WEEKDAY})\b"
)
_RELATIVE_RE = re.compile(
    r"\b(yesterday|today|this morning|this afternoon|tonight|last night|earlier today"
    r"|last week|earlier this week|this week|last month|earlier this month|this month"
    r"|last year|earlier this year|this year"
    r"|(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+ago)\b",
    re.IGNORECASE,
)
# "a year ago Wednesday", "two years ago on Monday" (the AP's anniversary)
_YEARS_AGO_WEEKDAY_RE = re.compile(rf"\b(\d{{1,2}}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago"
                                   rf"\s+(?:(?i:on|this|last)\s+)?({_WEEKDAY})\b", re.IGNORECASE)
# "three months ago", "more than a year ago": counted months and years back (_ago_window)
_LONG_AGO_RE = re.compile(r"\b(?:(more\s+than|over|nearly|almost|about|roughly|some)\s+)?"
                          r"(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(months?|years?)\s+ago\b",
                          re.IGNORECASE)
# a lowercase word after "in 2021" that makes it a count, not a year ("in 2021 cases")
_YEAR_OK_AFTER = frozenset(
    "and or but the a an when after before under as to until amid while with by in on at for from that which "
    "it its is was were has had have this these those he she they we when where".split()
)


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date) -> dt.date | None:
    """A day written without its year: the latest such day on or before publication."""
    candidate = _safe_date(published.year, month, day)
    if candidate is not None and candidate <= published:
        return candidate
    return _safe_date(published.year - 1, month, day)


def _part_key(part: str) -> str:
    """'early', 'mid' or 'late', also from a phrase: 'at the end of' is late, 'the beginning of' early."""
    part = part.lower()
    for word, key in (("end", "late"), ("beginning", "early"), ("start", "early"), ("middle", "mid")):
        if part.endswith(f"{word} of"):
            return key
    return part


def _month_window(year: int, month: int, part: str | None = None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    if part:
        first_day, last_day = _PARTS[_part_key(part)]
        return dt.date(year, month, first_day), dt.date(year, month, min(last_day, last))
    return dt.date(year, month, 1), dt.date(year, month, last)


def _year_part_window(year: int, part: str) -> tuple[dt.date, dt.date]:
    first_month, last_month = _YEAR_PARTS[_part_key(part)]
    return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def _season_window(season: str, year: int) -> tuple[dt.date, dt.date]:
    (start_month, start_day), (end_month, end_day) = _SEASONS[season.lower()]
    end_year = year + 1 if end_month < start_month else year
    return dt.date(year, start_month, start_day), dt.date(end_year, end_month, end_day)


def find_dates(text: str, start: int, end: int, published: dt.date | None, words=None) -> list[DateMention]:
    """Date expressions in text[start:end], resolved; without a publication date only full dates count.

    `words` is a language's module (`language.words`); English is read here, other languages by the date
    patterns their module declares (`_find_dates_in`)."""
    if words is not None and getattr(words, "DATE_PATTERNS", None):
        found = _find_dates_in(words, text, start, end, published)
    else:
        found = _find_english_dates(text, start, end, published)
    found = _with_year_ranges(_year_named_elsewhere(found, text, start, end, published), text, start, end,
                             published)
    return _with_later(found, text, start, end, published)


# "January of last year", "enero del año pasado", "janeiro do ano passado": the month in the year before
_OF_LAST_YEAR_RE = re.compile(r"\s*,?\s+(?:(?:of\s+)?last\s+year|(?:de|del|do)\s+(?:el\s+)?(?:año|ano)\s+"
                              r"(?:pasado|passado))\b", re.I)
# "April of that year", "abril de ese año", "abril daquele ano": the month in the year written last before it
_OF_THAT_YEAR_RE = re.compile(r"\s*,?\s+(?:of\s+that\s+(?:same\s+)?year|(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?|"
                              r"del\s+mismo\s+)año|(?:daquele|desse|do\s+mesmo)\s+ano)\b", re.I)
# "later that year", "ese mismo año", "naquele ano": that whole year
_THAT_YEAR_RE = re.compile(r"\b(?:(?:later|earlier|in|during|by)\s+that\s+(?:same\s+)?year|(?:en\s+)?(?:ese|aquel)"
                           r"\s+(?:mismo\s+)?año|(?:naquele|nesse|no\s+mesmo)\s+ano)\b", re.I)
_WRITTEN_YEAR_RE = re.compile(rf"\b{_YEAR}\b")


def _year_written_before(text: str, position: int, published: dt.date) -> int | None:
    """The last year written in the text before `position` ('that year' is that one), if not after publication."""
    years = [int(match.group()) for match in _WRITTEN_YEAR_RE.finditer(text, 0, position)]
    return years[-1] if years and years[-1] <= published.year else None


def _year_named_elsewhere(found: list[DateMention], text: str, start: int, end: int,
                          published: dt.date | None) -> list[DateMention]:
    """A month or a day without its year followed by "of last year" (the year before publication) or "of that
    year" (the year written last before it); "later that year" alone is that year."""
    if published is None:
        return found
    kept = list(found)
    for mention in found:
        if mention.how not in ("month", "partial") or mention not in kept or re.search(r"\d{4}", mention.text):
            continue
        tail = _OF_LAST_YEAR_RE.match(text, mention.end, end)
        year = published.year - 1
        if tail is None:
            tail = _OF_THAT_YEAR_RE.match(text, mention.end, end)
            year = _year_written_before(text, mention.start, published) if tail is not None else None
        if tail is None or year is None:
            continue
        month = mention.not_before.month
        if mention.how == "partial":  # "June 1 of last year": that day of the year before publication
            day = _safe_date(year, month, mention.not_before.day)
            if day is None:
                continue
            kept = [m for m in kept if m is not mention and not (m.start < tail.end() and mention.end <= m.start)]
            kept.append(DateMention(mention.start, tail.end(), text[mention.start:tail.end()], day, day, "partial"))
            continue
        last = calendar.monthrange(year, month)[1]
        # the same part of the month ("late January of last year"); a month cut at publication is whole again
        low = dt.date(year, month, min(mention.not_before.day, last))
        high = dt.date(year, month, last if mention.not_after == published else min(mention.not_after.day, last))
        kept = [m for m in kept if m is not mention and not (m.start < tail.end() and mention.end <= m.start)]
        kept.append(DateMention(mention.start, tail.end(), text[mention.start:tail.end()], low, high, "month"))
    for match in _THAT_YEAR_RE.finditer(text, start, end):
        year = _year_written_before(text, match.start(), published)
        if year is None or any(m.start < match.end() and match.start() < m.end for m in kept):
            continue
        kept.append(DateMention(match.start(), match.end(), match.group(), dt.date(year, 1, 1),
                                min(dt.date(year, 12, 31), published), "year"))
    kept.sort(key=lambda m: m.start)
    return kept


# "a month later", "una semana más tarde", "um mês depois": counted from the date before it in the same text
_COUNTS = {"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "um": 1, "uma": 1, "two": 2, "dos": 2, "dois": 2,
           "duas": 2, "three": 3, "tres": 3, "três": 3, "four": 4, "cuatro": 4, "quatro": 4, "five": 5, "cinco": 5,
           "six": 6, "seis": 6}
_UNITS = {"day": "day", "days": "day", "día": "day", "días": "day", "dia": "day", "dias": "day",
          "week": "week", "weeks": "week", "semana": "week", "semanas": "week",
          "month": "month", "months": "month", "mes": "month", "meses": "month", "mês": "month",
          "year": "year", "years": "year", "año": "year", "años": "year", "ano": "year", "anos": "year"}
_LATER_RE = re.compile(rf"\b(\d{{1,2}}|{'|'.join(_COUNTS)})\s+({'|'.join(_UNITS)})\s+"
                       r"(?:later|más\s+tarde|mais\s+tarde|después|despues|depois)(?!\s+(?:de|del|do|da|dos|das|que)\b)",
                       re.I)


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _shift_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _with_later(found: list[DateMention], text: str, start: int, end: int,
                published: dt.date | None) -> list[DateMention]:
    """'announced in December 2018 and implemented a month later': the date before it, moved on. Days and weeks
    move both ends ('una semana más tarde' after April: April 8 to May 7); a month or a year after a day is that
    day's calendar month or year, moved on; never past publication."""
    added = []
    for match in _LATER_RE.finditer(text, start, end):
        if any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        anchor = next((m for m in reversed(found) if m.end <= match.start() and m.low is not None), None)
        if anchor is None:
            continue
        count = int(match.group(1)) if match.group(1).isdigit() else _COUNTS[match.group(1).lower()]
        unit = _UNITS[match.group(2).lower()]
        low, high = anchor.not_before, anchor.not_after
        if unit in ("day", "week"):
            step = dt.timedelta(days=count * (7 if unit == "week" else 1))
            low, high = low + step, high + step
        elif unit == "month":
            if anchor.exact:  # a month after a day: that day's calendar month, moved on
                low, high = low.replace(day=1), _month_end(high)
            whole = high == _month_end(high)
            low, high = _shift_months(low, count), _shift_months(high, count)
            if whole:
                high = _month_end(high)
        else:
            low = dt.date(low.year + count, 1, 1) if anchor.exact else _shift_months(low, 12 * count)
            high = dt.date(high.year + count, 12, 31) if anchor.exact else _shift_months(high, 12 * count)
        if published is not None:
            if low > published:
                continue
            high = min(high, published)
        added.append(DateMention(match.start(), match.end(), match.group(), low, high, "later"))
    return sorted(found + added, key=lambda mention: mention.start) if added else found


# "(2017-2021)", "2017–2021": a span of whole years, in any language (both years of four digits)
_YEAR_RANGE_RE = re.compile(r"(?<![\w/-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\w/-])")


def _with_year_ranges(found: list[DateMention], text: str, start: int, end: int,
                      published: dt.date | None) -> list[DateMention]:
    for match in _YEAR_RANGE_RE.finditer(text, start, end):
        first, last = int(match.group(1)), int(match.group(2))
        if not first < last or any(m.start < match.end() and match.start() < m.end for m in found):
            continue
        low, high = dt.date(first, 1, 1), dt.date(last, 12, 31)
        if published is not None and low > published:
            continue
        if published is not None:
            high = min(high, published)
        found.append(DateMention(match.start(), match.end(), match.group(), low, high, "years"))
    found.sort(key=lambda mention: mention.start)
    return found


def _find_english_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateMention]:
    segment = text[start:end]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match, group: int, not_before: dt.date | None, not_after: dt.date | None, how: str) -> None:
        span = (start + match.start(group), start + match.end(group))
        if not_before is None or not_after is None:
            return
        if any(a < span[1] and span[0] < b for a, b in taken):
            return
        if published is not None and not_before > published:
            return  # a date after publication is a plan or an error, not a reported act
        if published is not None and not_after > published:
            not_after = published
        taken.append(span)
        found.append(DateMention(span[0], span[1], text[span[0]:span[1]], not_before, not_after, how))

    for match in _ISO_RE.finditer(segment):
        day = _safe_date(*(int(g) for g in match.groups()))
        add(match, 0, day, day, "absolute")
    for regex, month_group, day_group in ((_MDY_RE, 1, 2), (_DMY_RE, 2, 1)):
        for match in regex.finditer(segment):
            month, day = _month(match.group(month_group)), _day(match.group(day_group))
            if match.group(3):
                resolved, how = _safe_date(int(match.group(3)), month, day), "absolute"
            elif published is not None:
                resolved, how = _year_for(month, day, published), "partial"
            else:
                continue
            add(match, 0, resolved, resolved, how)
    for match in _MY_RE.finditer(segment):
        first, last = _month_window(int(match.group(3)), _month(match.group(2)), match.group("part"))
        add(match, 0, first, last, "month")
    for match in _SEASON_RE.finditer(segment):
        first, last = _season_window(match.group(1), int(match.group(2)))
        add(match, 0, first, last, "season")
    for match in _YEAR_PART_RE.finditer(segment):
        first, last = _year_part_window(int(match.group(2)), match.group("part"))
        add(match, 0, first, last, "part of a year")
    if published is not None:
        for match in _MONTH_ALONE_RE.finditer(segment):
            month = _month(match.group(3))
            part = match.group(1) or match.group(2)
            # "last March" said in March is the March before ("el pasado marzo" in Spanish's patterns)
            back = match.group(0).lower().startswith(("last", "this past"))
            year = published.year if month < published.month or (month == published.month and not back) \
                else published.year - 1
            first, last = _month_window(year, month, part)
            add(match, 3, first, last, "month")
    for match in _YEAR_ALONE_RE.finditer(segment):
        after = re.match(r"\s+([A-Za-z]+)", segment[match.end():])
        if after and after.group(1).islower() and after.group(1) not in _YEAR_OK_AFTER \
                and after.group(1).endswith("s") and not after.group(1).endswith("ss"):
            continue  # "in 2021 cases": a count
        year = int(match.group(2))
        add(match, 2, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if published is None:
        found.sort(key=lambda mention: mention.start)
        return found
    for match in _YEARS_AGO_WEEKDAY_RE.finditer(segment):
        # "It started a year ago Wednesday": the anniversary, the given number of years before that weekday
        count = match.group(1).lower()
        years = int(count) if count.isdigit() else COUNT_WORDS[count]
        day = weekday_before(published, WEEKDAYS.index(match.group(2).lower()), strictly=False)
        then = _safe_date(day.year - years, day.month, day.day) or _safe_date(day.year - years, day.month, 28)
        add(match, 0, then, then, "an anniversary")
    for match in _WEEKDAY_RE.finditer(segment):
        qualifier = (match.group(1) or "").lower()
        if qualifier in ("next", "this coming", "coming"):
            continue
        day = weekday_before(published, WEEKDAYS.index(match.group(2).lower()),
                             strictly=qualifier in ("last", "this past"))
        add(match, 0, day, day, "weekday")
    for match in _RELATIVE_RE.finditer(segment):
        phrase = match.group(1).lower()
        window = relative_window(phrase, match, published)
        if window:
            add(match, 0, window[0], window[1], "relative")
    for match in _LONG_AGO_RE.finditer(segment):
        count = match.group(2).lower()
        long_ago = _ago_window(int(count) if count.isdigit() else COUNT_WORDS[count], match.group(3).lower(),
                               (match.group(1) or "").lower().startswith(("more", "over")), published)
        if long_ago:
            add(match, 0, *long_ago)
    found.sort(key=lambda mention: mention.start)
    return found


def _ago_window(count: int, unit: str, more_than: bool, published: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """'three months ago', 'hace tres meses': the calendar month that many months before publication; 'two years
    ago': that calendar year; 'more than a year ago', 'hace más de un año': any day up to that far back (how
    'before': no lower bound). The annotation sets' convention (README-dev.md, README-third.md)."""
    in_years = unit.startswith(("year", "año", "ano"))
    year, month = divmod(published.year * 12 + published.month - 1 - count * (12 if in_years else 1), 12)
    month += 1
    if count < 1 or year < dt.MINYEAR:
        return None  # nothing, or before the calendar begins (a publication date in the first century)
    last = calendar.monthrange(year, month)[1]
    if more_than:
        return dt.date.min, dt.date(year, month, min(published.day, last)), "before"
    if in_years:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    return dt.date(year, month, 1), dt.date(year, month, last), "month"


# --- dates in other languages -----------------------------------------------------------------------
#
# A language module declares MONTHS and WEEKDAYS (name -> number, Monday = 0), RELATIVE (phrase -> one of the
# English phrases `relative_window` reads), NUMBERS (number words) and DATE_PATTERNS: regular expressions over
# {MONTH}, {WEEKDAY}, {DAY} and {YEAR} with named groups that say what they found: day, month, year, part
# (early/mid/late), weekday, last (strictly before publication), rel (a RELATIVE phrase), count and unit
# ("hace 3 días"). Earlier patterns win where two overlap.

_COMPILED: dict[str, list[re.Pattern]] = {}
_PART_WORDS = {"principios": "early", "inicios": "early", "comienzos": "early", "começo": "early",
               "início": "early", "inicio": "early", "mediados": "mid", "meados": "mid", "finales": "late",
               "fines": "late", "final": "late", "fins": "late", "fim": "late"}


def _patterns(words) -> list[re.Pattern]:
    key = words.__name__
    if key not in _COMPILED:
        fill = {"MONTH": "(?:" + "|".join(sorted(map(re.escape, words.MONTHS), key=len, reverse=True)) + ")",
                "WEEKDAY": "(?:" + "|".join(sorted(map(re.escape, words.WEEKDAYS), key=len, reverse=True)) + ")",
                "DAY": r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])", "YEAR": _YEAR}
        compiled = []
        for pattern in words.DATE_PATTERNS:
            for name, value in fill.items():
                pattern = pattern.replace("{" + name + "}", value)
            compiled.append(re.compile(pattern, re.IGNORECASE))
        _COMPILED[key] = compiled
    return _COMPILED[key]


def _find_dates_in(words, text: str, start: int, end: int, published: dt.date | None) -> list[DateMention]:
    found: list[DateMention] = []
    for pattern in _patterns(words):
        for match in pattern.finditer(text, start, end):
            span = match.span()
            if any(m.start < span[1] and span[0] < m.end for m in found):
                continue
            window = _resolve(words, match.groupdict(), published)
            if window is None:
                continue
            (not_before, not_after), how = window
            if published is not None and not_before > published:
                continue  # a date after publication is a plan, not a reported act
            if published is not None and not_after > published:
                not_after = published
            found.append(DateMention(span[0], span[1], match.group(), not_before, not_after, how))
    found.sort(key=lambda mention: mention.start)
    return found


def _day_of_month(number: int, published: dt.date, strictly_before: bool):
    """'no último dia 28', 'el día 28': the latest day of that number on (or, 'último', before) publication,
    within three months."""
    year, month = published.year, published.month
    for _ in range(3):
        if number <= calendar.monthrange(year, month)[1]:
            day = dt.date(year, month, number)
            if day < published or (day == published and not strictly_before):
                return (day, day), "partial"
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _resolve(words, groups: dict, published: dt.date | None):
    lookup = {name.lower(): number for name, number in words.MONTHS.items()}
    month = lookup.get((groups.get("month") or "").lower())
    year = int(groups["year"]) if groups.get("year") else None
    part = _PART_WORDS.get((groups.get("part") or "").lower(), (groups.get("part") or "").lower() or None)
    strictly_before = any(value is not None for name, value in groups.items() if name.startswith("last"))
    if groups.get("day") and month:
        day = int(groups["day"])
        if year is not None:
            pair, how = _pair(_safe_date(year, month, day)), "absolute"
        elif published is not None:
            pair, how = _pair(_year_for(month, day, published)), "partial"
        else:
            return None
        return (pair, how) if pair else None
    if month and year is not None:
        return _month_window(year, month, part), "month"
    if month:
        if published is None:
            return None
        year = published.year if month < published.month or (month == published.month
                                                               and not strictly_before) else published.year - 1
        return _month_window(year, month, part), "month"
    if year is not None and part:
        return _year_part_window(year, part), "part of a year"
    if year is not None:
        return (dt.date(year, 1, 1), dt.date(year, 12, 31)), "year"
    if published is None:
        return None
    if groups.get("mday"):
        return _day_of_month(int(groups["mday"]), published, strictly_before)
    if groups.get("weekday"):
        weekdays = {name.lower(): number for name, number in words.WEEKDAYS.items()}
        wanted = weekdays[groups["weekday"].lower()]
        back = (published.weekday() - wanted) % 7
        if strictly_before and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
        return (day, day), "weekday"
    if groups.get("rel"):
        phrase = words.RELATIVE.get(" ".join(groups["rel"].lower().split()))
        window = relative_window(phrase, None, published) if phrase else None
        return (window, "relative") if window else None
    if groups.get("count") and groups.get("unit"):
        count_text = groups["count"].lower()
        count = int(count_text) if count_text.isdigit() else words.NUMBERS.get(count_text)
        if count is None:
            return None
        if groups["unit"].lower().startswith(("mes", "mês", "año", "ano")):
            long_ago = _ago_window(count, groups["unit"].lower(), bool(groups.get("more")), published)
            return ((long_ago[0], long_ago[1]), long_ago[2]) if long_ago else None
        unit = "day" if groups["unit"].lower().startswith(words.DAY_UNIT) else "week"
        window = relative_window(f"{count} {unit}s ago", None, published, count=count, unit=unit)
        return (window, "relative") if window else None
    return None


def _pair(day: dt.date | None):
    return None if day is None else (day, day)


def relative_window(phrase: str, match: re.Match | None, published: dt.date, *, count: int | None = None,
                    unit: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a relative phrase names (`core.dates.relative_days`, the meaning every command gives it), cut at
    publication; a count of weeks, which reporters round, is taken 3 days either side. Another language's
    counted phrase ("hace 3 días") comes as `count` and an English `unit`."""
    if count is not None and unit is not None:
        phrase = f"{count} {unit} ago"
    days = relative_days(phrase, published)
    if days is None:
        return None
    if phrase.endswith("ago") and "week" in phrase:
        return days.first - dt.timedelta(days=3), min(days.last + dt.timedelta(days=3), published)
    return days.first, min(days.last, published)


# --- header metadata ------------------------------------------------------------


@dataclass
class Header:
    """What the top of an article says about itself."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    url: str | None = None
    published_from: str | None = None  # which line gave the publication date

    def as_dict(self) -> dict:
        return {"title": self.title, "publisher": self.publisher, "author": self.author,
                "published": _iso(self.published), "updated": _iso(self.updated), "url": self.url}


HEADER_LINES = 15
_KEY_LINE = re.compile(
    r"^\s*(title|headline|publisher|source|url|link|date|published(?: on| at)?|posted(?: on| at)?"
    r"|created(?: on| at)?|updated(?: on| at)?|last updated|modified|author|by"
    r"|t[ií]tulo|fecha|data|publicad[oa](?: el| em)?|actualizad[oa](?: el)?|atualizad[oa](?: em)?|autor|por)"
    r"\s*:\s*(?P<value>\S(?:.*\S)?)\s*$",  # not a lazy value before \s*$: quadratic on a line of spaces
    re.IGNORECASE,
)
_SEGMENT_DATE = re.compile(
    r"^(?P<key>by|created|published|first published|posted|updated|last updated|modified|date"
    r"|publicad[oa]|actualizad[oa]|atualizad[oa]|fecha|por)\b(?:\s+(?:at|on|el|em))?:?\s*"
    r"(?P<value>.*)$",
    re.IGNORECASE,
)
# the search tool's crawl marker and other lone "date 2021-06-01" lines
_KEY_ALIASES = {"título": "title", "titulo": "title", "fecha": "date", "data": "date", "publicado": "published",
                "publicada": "published", "actualizado": "updated", "actualizada": "updated",
                "atualizado": "updated", "atualizada": "updated", "autor": "author", "por": "by"}
# "By KOLD News 13 Staff", "By Reuters staff": a credit to the newsroom's writers, not the publisher
_STAFF = re.compile(r"\b(staff|staff writers?|staff reports?|reporters?|writers?|desk|team|wire staff|editors?)$",
                    re.IGNORECASE)
_URL = re.compile(r"^\s*<?(https?://\S+?)>?\s*$")
_DATELINE = re.compile(
    rf"^\s*+[A-Z][A-Za-z .'-]{{1,40}},?(?:\s+[A-Z][A-Za-z.]+)?,?\s++(?P<date>{_MONTH}\s+{_DAY}(?:,\s+{_YEAR})?)?"
    r"\s*+\((?P<agency>Reuters|AP|AFP|Bloomberg|UPI|dpa|EFE|The Associated Press|Associated Press)\)\s*[-—–]"
)
# "WASHINGTON, Oct. 2, 2024 —", "MIAMI, 3 de agosto de 2024.—", "BRASÍLIA, 3 de agosto de 2024 —": a place in
# capitals, a full date and a dash, with no agency (that the date is one is header_date's to say)
_PLAIN_DATELINE = re.compile(
    r"^\s*+(?P<place>[A-ZÁÉÍÓÚÑÃÕÇÂÊÔ][A-ZÁÉÍÓÚÑÃÕÇÂÊÔ .'-]{2,40}?(?:,\s+[A-Z][\w .'-]{1,30}?)?),\s+"
    r"(?P<date>[^—–\n]{6,40}?)\s*\.?\s*(?:[—–]|--?)\s*")
# "SAN DIEGO (KUSI) –", "WASHINGTON (UrduPoint News / Sputnik - 30th September, 2021)": a place in capitals and a
# bracket of any outlet, with its date or without
_BRACKET_DATELINE = re.compile(
    r"^\s*+(?P<place>[A-ZÁÉÍÓÚÑÃÕÇÂÊÔ][A-ZÁÉÍÓÚÑÃÕÇÂÊÔ .'-]{2,40}?)\s*\((?P<inside>[^()\n]{2,80})\)\s*"
    r"(?P<dash>[—–]|--?)?\s*")
_AGENCY_NAMES = {"AP": "Associated Press", "The Associated Press": "Associated Press"}
# words in capitals that open a line as a label, not as a dateline's place
_LABELS = frozenset("BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE ANALYSIS OPINION EDITORIAL URGENT URGENTE ÚLTIMA "
                    "ÚLTIMO AHORA AGORA".split())


@dataclass
class Dateline:
    """The place, date and agency that open an article's first paragraph: 'WASHINGTON, Jan. 23 (Reuters) —'."""

    start: int
    end: int  # where the story's own words begin
    published: dt.date | None
    agency: str | None


def find_dateline(text: str, words=None) -> Dateline | None:
    """The dateline of an article, in one of its first lines, if it has one. Its date is the day the story was
    filed (a publication date where the header gives none), never the day of an act the story reports."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= HEADER_LINES * 2:
            return None
        match = _DATELINE.match(line)
        if match:
            day = header_date(match.group("date")) if match.group("date") else None
            return Dateline(offset + match.start(), offset + match.end(), day,
                            _AGENCY_NAMES.get(match.group("agency"), match.group("agency")))
        match = _PLAIN_DATELINE.match(line)
        if match and match.group("place").split()[0].rstrip(":") in _LABELS:
            match = None  # "BREAKING, May 11, 2023 - Title 42 has ended": a label, not a place
        if match:
            day = header_date(match.group("date"), words)
            if day is not None and re.search(_YEAR, match.group("date")):
                return Dateline(offset + match.start(), offset + match.end(), day, None)
        match = _BRACKET_DATELINE.match(line)
        if match:
            pieces = re.split(r"\s+[-–—/]\s+|,\s+(?=[A-Z])", match.group("inside"))
            day = next((found for piece in pieces if re.search(_YEAR, piece)
                        and (found := header_date(piece, words)) is not None), None)
            if match.group("dash") or day is not None:  # without a dash, only a bracket with its date
                return Dateline(offset + match.start(), offset + match.end(), day, None)
        offset += len(line) + 1
    return None
_PUBLISHER_WORDS = re.compile(r"^The\s|\b(Times|News|Post|Press|Journal|Tribune|Herald|Reuters|Agency|Guardian|"
                              r"Gazette|Daily|Magazine|Review|Radio|TV|Network|Media|Wire|Chronicle|Monitor|Report|"
                              r"Telegraph|Examiner|Observer|Standard|Independent|Insider|Politico|Axios)\b")


def header_date(text: str, words=None) -> dt.date | None:
    """A publication date as headers write it; None when there is none.

    `words` (a language's module) adds that language's date forms and dateparser in that language."""
    value = text.strip()
    if words is not None and getattr(words, "DATE_PATTERNS", None):
        dated = [m for m in _find_dates_in(words, value, 0, len(value), None) if m.how == "absolute"]
        if dated:
            return dated[0].exact
        if re.search(rf"\b{_YEAR}\b", value) and not re.search(r"\b(hace|há)\b", value, re.IGNORECASE):
            return _dateparser_date(value, words.CODE)
    match = re.match(r"(\d{4})[-/](\d{2})[-/](\d{2})\b", value)
    if match:
        return _safe_date(*(int(g) for g in match.groups()))
    for regex, month_group, day_group in ((_MDY_RE, 1, 2), (_DMY_RE, 2, 1)):
        match = regex.match(value)
        if match and match.group(3):
            return _safe_date(int(match.group(3)), _month(match.group(month_group)), _day(match.group(day_group)))
    if not re.search(rf"\b{_YEAR}\b", value) or re.search(r"\bago\b", value, re.IGNORECASE):
        return None
    return _dateparser_date(re.sub(r"\s+\d+\s+\w+\s+ago\b.*$", "", value), "en")


def _dateparser_date(value: str, code: str) -> dt.date | None:
    """A header date in another language that our own forms do not read: dateparser, in that language only."""
    import dateparser  # slow to import: only for the rare header date in words none of our patterns reads

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}
    try:
        parsed = dateparser.parse(value[:80], languages=[code], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None


def read_header(text: str, words=None) -> Header:
    """Title, publisher, author, dates and URL from the first lines of an article (`words`: its language's)."""
    header = Header()
    lines = [line for line in text.splitlines() if line.strip()][:HEADER_LINES]
    for number, line in enumerate(lines):
        stripped = line.strip()
        url = _URL.match(stripped)
        if url and header.url is None:
            header.url = url.group(1)
            continue
        key_line = _KEY_LINE.match(stripped)
        if key_line and "|" not in stripped:
            _apply(header, key_line.group(1).lower(), key_line.group("value"), number, words)
            continue
        segments = [part.strip() for part in re.split(r"\s+[|·•]\s+", stripped)]
        matched = [(_SEGMENT_DATE.match(part), part) for part in segments]
        byline = stripped.lower().startswith(("by ", "por ")) and len(stripped) <= 80 and not stripped.endswith(".")
        if any(m for m, _ in matched) and (len(segments) > 1 or byline or _dated_key_line(stripped)):
            for match, part in matched:
                if match:
                    _apply(header, match.group("key").lower(), match.group("value"), number, words)
                elif header.published is None and len(segments) > 1 and len(part) <= 40:
                    # "Por Javier Arroyo | Norte Digital | 3:37 pm 28 diciembre, 2021": a bare date segment
                    day = header_date(re.sub(r"^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*", "", part, flags=re.I),
                                      words)
                    if day is not None:
                        header.published, header.published_from = day, f"byline on line {number + 1}"
            continue
        dateline = find_dateline(line, words)
        if dateline:
            header.publisher = header.publisher or dateline.agency
            if dateline.published and header.published is None:
                header.published, header.published_from = dateline.published, "dateline"
            continue
        if header.published is None and len(stripped) <= 60 and not stripped.endswith("."):
            alone = header_date(stripped) if re.search(rf"\b{_YEAR}\b", stripped) else None
            if alone is not None and (_ISO_RE.fullmatch(stripped) or _MDY_RE.match(stripped)
                                      or _DMY_RE.match(stripped)):
                header.published, header.published_from = alone, "date line"
                continue
        if header.title is None and number == 0 and len(stripped) <= 200 and not stripped.endswith("."):
            header.title = stripped
    return header


def _apply(header: Header, key: str, value: str, number: int, words=None) -> None:
    key = key.lower()
    key = key.split()[0] if key not in ("first published", "last updated") else key
    key = _KEY_ALIASES.get(key, key)
    if key in ("title", "headline"):
        if not re.fullmatch(r"\[[^\]]*\]", value.strip()):  # "[headline not shown ...]": a placeholder
            header.title = header.title or value
    elif key in ("publisher", "source") and not value.lower().startswith("http"):
        header.publisher = header.publisher or value
    elif key in ("url", "link", "source"):
        header.url = header.url or value
    elif key in ("by", "author"):
        name = re.sub(r"^(by|por)\s+", "", value, flags=re.IGNORECASE).strip()
        if _PUBLISHER_WORDS.search(name) and key == "by" and not _STAFF.search(name):
            header.publisher = header.publisher or name
        else:
            header.author = header.author or name
    elif key in ("created", "published", "first published", "posted", "date"):
        if header.published is None:
            header.published = header_date(value, words)
            header.published_from = f"'{key}' on line {number + 1}" if header.published else None
    elif key in ("updated", "last updated", "modified"):
        header.updated = header.updated or header_date(value, words)


# --- sentences ----------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gov sen rep gen lt col st no nos inc corp co jr sr vs v jan feb mar apr jun jul aug sep sept "
    "oct nov dec mt ft ave a.m p.m e.g i.e etc pres sec dept atty prof fig approx calif tex ariz fla ill mass "
    "wash n.m d.c u.s u.k u.n sra dra lic núm pág aprox ee uu ee.uu sres srs".split()
)
# abbreviations that end a sentence only when a word that starts sentences follows ("in the U.S. The app
# launched ..." ends one; "the U.S. Supreme Court" does not)
_ENDS_BEFORE_STARTER = frozenset("u.s u.k u.n d.c a.m p.m uu ee.uu".split())
_STARTERS = frozenset(
    "the a an it its this that these those he she they we i in on at but and however meanwhile after before when "
    "while since if as for under now then there their his her our officials some many most both "
    "el la los las un una esta este estos estas en sin pero con por para según sus su "
    "o os as um uma no na nos nas em mas com ao segundo".split()
)
# from the first mark of a run only, and without giving back: a run of 80,000 dots is read once, not 80,000 times
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’')\]]*+(?=\s)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\w+(?:['’.]\w+)*")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences; paragraphs and title-like lines always end one."""
    spans: list[tuple[int, int]] = []
    position = 0
    for paragraph_start, paragraph_end in _paragraphs(text):
        position = paragraph_start
        for line_start, line_end in _lines_as_units(text, paragraph_start, paragraph_end):
            position = line_start
            ends = [m for m in _END.finditer(text, line_start, line_end) if _ends_sentence(text, line_start, m)]
            ends += list(_GLUED.finditer(text, line_start, line_end))
            for match in sorted(ends, key=lambda m: m.end()):
                _add_span(text, spans, position, match.end())
                position = match.end()
            _add_span(text, spans, position, line_end)
    return spans


_NEVER_SPLIT = frozenset(
    "mr mrs ms dr gov sen rep gen lt col st no nos vs v jan feb mar apr jun jul aug sep sept "
    "oct nov dec pres sec atty prof fig approx sra dra lic ee sres srs".split()
)
_GLUED = re.compile(r"(?<=[a-z]{3})[.!?](?=[A-Z][a-z])")  # "border.While the rule": a crawl's lost space


def _ends_sentence(text: str, line_start: int, match: re.Match) -> bool:
    following = text[match.end():match.end() + 3].lstrip()
    if following[:1].islower():
        return False
    if not match.group().startswith("."):
        return True
    before = _WORD.findall(text[max(line_start, match.start() - 12):match.start() + 1])
    last = before[-1].lower() if before else ""
    if last in _ENDS_BEFORE_STARTER:
        next_word = re.match(r"[^\W\d_]+", text[match.end():match.end() + 30].lstrip())
        return next_word is not None and next_word.group().lower() in _STARTERS
    if last in _NEVER_SPLIT or (len(last) == 1 and last.isalpha()):
        return False
    return not (last in _ABBREVIATIONS and not following[:1].isupper())


def _add_span(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _lines_as_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph after lines that read as titles or headings (no punctuation, title case),
    and around header lines ("Published: ...", "By ... | Updated ..."), which stand alone."""
    units = []
    unit_start = start
    line_start = start
    while True:
        newline = text.find("\n", line_start, end)
        line_end = end if newline == -1 else newline
        line = text[line_start:line_end].strip()
        if line and is_header_line(line):
            if line_start > unit_start:
                units.append((unit_start, line_start))
            units.append((line_start, line_end))
            unit_start = line_end + 1
        elif line and newline != -1 and (_title_like(line) or _ends_at_break(line, text[newline + 1:newline + 40])):
            units.append((unit_start, newline))
            unit_start = newline + 1
        if newline == -1:
            break
        line_start = newline + 1
    if unit_start < end:
        units.append((unit_start, end))
    return units


def _ends_at_break(line: str, following: str) -> bool:
    """A line break that ends a sentence without punctuation: a deck or caption line, or a line followed by
    a word that starts sentences ("... prepararse\nLos Centros ..."), as crawled pages lay paragraphs out."""
    next_word = re.match(r"[^\W\d_]+", following.lstrip(" \t"))
    if next_word is None or not next_word.group()[0].isupper():
        return False
    if line[-1] in ".!?…" and not line.endswith("..."):
        return True  # a period the abbreviation rules kept ("... a EE.UU.\nPosteriormente ...")
    return (line[-1].isalnum() or line[-1] in "\"”’)»") and (len(line) < 70
                                                           or next_word.group().lower() in _STARTERS)


def _dated_key_line(line: str) -> bool:
    """'Published January 21, 2021' (no colon): a date key followed by nothing but a date."""
    match = _SEGMENT_DATE.match(line)
    return (match is not None and match.group("key").lower() not in ("by", "por") and len(line) <= 80
            and header_date(match.group("value")) is not None)


def _date_only(line: str) -> bool:
    return len(line) <= 40 and bool(_ISO_RE.fullmatch(line) or _MDY_RE.fullmatch(line) or _DMY_RE.fullmatch(line))


def is_header_line(line: str) -> bool:
    """A line of metadata (publication date, byline, address), never a statement about a policy."""
    stripped = line.strip()
    if _URL.match(stripped) or _KEY_LINE.match(stripped) or _date_only(stripped) or _dated_key_line(stripped):
        return True
    segments = [part.strip() for part in re.split(r"\s+[|·•]\s+", stripped)]
    return len(segments) > 1 and any(_SEGMENT_DATE.match(part) for part in segments)


def _title_like(line: str) -> bool:
    if line[-1] in ".,;:!?…\"”’)-–—" and not line.endswith("?"):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words or len(words) > 18:
        return False
    if "|" in line:
        return True
    capitalised = sum(word[0].isupper() for word in words)
    return capitalised / len(words) >= 0.6


# --- reading articles ------------------------------------------------------------------------------

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown")


def article_files(paths: Sequence[str]) -> list[str]:
    """Files named, folders searched for .txt/.md articles (sorted), and '-' for stdin; missing paths refused."""
    found: list[str] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            found.append(str(path))
        elif path.exists() and stat.S_ISFIFO(path.stat().st_mode):
            found.append(str(path))  # `timeline extract <(curl ...)`: read as standard input is
        elif path.exists():
            raise UsageError(f"{raw} is not a regular file, a pipe or a folder (a device or a socket)",
                             "give article files or folders, or '-' and the text on standard input")
        else:
            raise UsageError(f"no such file or folder: {raw}", "name article files or folders, or '-' for stdin")
    return found


def read_article(name: str, stdin=None) -> str:
    """An article's text: UTF-8 (a BOM is dropped), undecodable bytes replaced, CRLF kept as is.

    Standard input is read up to the limit record files have (TIMELINE_MAX_FILE_BYTES, 64 MiB by default):
    more is refused rather than held in memory without end."""
    limit = max_file_bytes()
    if name == "-":
        data = (stdin or sys.stdin.buffer).read(limit + 1)
        if len(data) > limit:
            raise UsageError(f"standard input is longer than {limit:,} bytes",
                             "give a shorter article, or raise TIMELINE_MAX_FILE_BYTES")
    else:
        try:
            data = read_limited(name, limit)  # bounded: a pipe (<(curl ...)) has no size
        except OSError as exc:
            raise UsageError(f"cannot read {name}: {exc.strerror}") from None
        if len(data) > limit:
            raise UsageError(f"{name} is longer than {limit:,} bytes",
                             "give a shorter article, or raise TIMELINE_MAX_FILE_BYTES")
    if b"\x00" in data[:4096]:
        raise UsageError(f"{name} is not text (it contains NUL bytes)", "give the article as plain UTF-8 text")
    return data.decode("utf-8-sig", errors="replace")

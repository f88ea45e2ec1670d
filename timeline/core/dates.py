"""Dates: the one converter, the one wording, and dates typed by people.

`to_date` turns what a record or a review file holds (a YAML date or ISO text)
into a date; `iso` and `when` write dates the way every text output shows
them. `parse_date` reads what a person typed on the command line: ISO dates
and the few words everybody types ("today", "yesterday") are parsed here
without dateparser, so that ISO queries start fast; anything else goes to
dateparser, imported only then, in English, with its settings pinned and
relative dates anchored on an explicit base. Numeric forms other than ISO
(01/02/2025) are refused, never guessed: half the world reads them one way and
half the other.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

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


def parse_date(text: str, *, base: dt.date, name: str = "date") -> dt.date:
    """Turn what a person typed into a date; relative dates count from `base`.

    Raises UsageError (exit 2) for anything that is not clearly one day.
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
    if _NUMERIC.fullmatch(cleaned):
        raise UsageError(f"{name} '{text}' is ambiguous: numeric dates other than YYYY-MM-DD are not guessed",
                         ISO_HINT)
    if not re.search(r"[A-Za-z]", cleaned):
        raise UsageError(f"cannot read {name} '{text}'", ISO_HINT)
    import dateparser  # slow to import: only for dates in words

    settings = dict(DATEPARSER_SETTINGS, RELATIVE_BASE=dt.datetime.combine(base, dt.time(12)))
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError):  # dateparser raises on some out-of-range inputs
        parsed = None
    if parsed is None:
        raise UsageError(f"cannot read {name} '{text}'",
                         ISO_HINT + "; relative forms like '2 weeks ago' need a number and a unit")
    return parsed.date()

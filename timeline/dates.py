"""Dates typed by people on the command line.

ISO dates and the few words everybody types ("today", "yesterday") are parsed
here without dateparser, so that ISO queries start fast; anything else goes to
dateparser, imported only then, in English, with its settings pinned and
relative dates anchored on an explicit base. Numeric forms other than ISO
(01/02/2025) are refused, never guessed: half the world reads them one way and
half the other.
"""

from __future__ import annotations

import datetime as dt
import re

from .errors import UsageError

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
        return base + dt.timedelta(days=_WORDS[lowered])
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

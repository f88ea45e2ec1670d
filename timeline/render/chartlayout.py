"""Where the chart's pieces go, so that no text is covered: widths of text, axis ticks, groups of markers, room
for labels.

Everything here is in the chart's own units (its SVG viewBox). The chart scales as a whole, so a layout that
keeps texts apart in these units keeps them apart at every width. Text widths are estimated from the advance
widths of DejaVu Sans, the widest of the usual sans-serif fonts (it is what Debian's Chromium uses; the
system fonts of macOS, Windows, iOS and Android are narrower), with a margin on top: an estimate errs on the
wide side, so a label judged to fit does fit. The page's script checks the real widths too and hides a label
that a browser's font makes longer than its room (`data-room`).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence

# Advance widths of DejaVu Sans (Book and Bold) for the characters 32-126, in hundredths of an em, as
# Chromium's canvas measures them.
_BOOK = (32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
         34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63,
         61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97,
         63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84)
_BOLD = (35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70,
         40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72,
         68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104,
         71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84)
SAFETY = 1.08  # a font a little wider than DejaVu Sans still fits
# words a cut headline does not end on
_WEAK = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as",
         "that", "which", "who", "its", "his", "her", "their", "is", "was", "were", "be", "under", "into", "after",
         "before", "between", "than", "this", "these", "those", "de", "la", "el", "los", "las", "y"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of `text` at font size `size`, erring on the wide side."""
    table = _BOLD if bold else _BOOK
    hundredths = 0
    for character in text:
        code = ord(character)
        if 32 <= code < 127:
            hundredths += table[code - 32]
        elif unicodedata.combining(character):
            continue
        elif unicodedata.east_asian_width(character) in ("W", "F"):
            hundredths += 100
        else:
            hundredths += 90 if bold else 84
    return hundredths * size / 100 * SAFETY


# --- the axis ---------------------------------------------------------------------------------


def _months(start: dt.date, end: dt.date, step: int) -> list[dt.date]:
    """First days of the months from `start` to `end` whose number (counted from year 0) is a multiple of step."""
    days = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        if (year * 12 + month - 1) % step == 0:
            day = dt.date(year, month, 1)
            if start <= day <= end:
                days.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return days


def ticks(start: dt.date, end: dt.date, x: Callable[[dt.date], float], left: float, right: float, size: float,
          pad: float = 3.0, gap: float = 10.0) -> tuple[list[tuple[dt.date, str]], list[dt.date]]:
    """Labelled ticks and unlabelled ones between `start` and `end`.

    Labels sit right of their tick (so the first is never cut at the left edge) and are as frequent as they can
    be without touching: every month, quarter or half-year when the span allows (a year's first month shows
    the year, and so does the first label), else every year, two, five...; a span of up to three months has days or
    Mondays. A label that would run past `right` is left out (its tick stays). Unlabelled ticks mark months,
    or quarters, between labels where they are far enough apart to see.
    """

    def fits(labelled: list[tuple[dt.date, str]]) -> bool:
        ends = [x(day) + pad + text_width(label, size) for day, label in labelled]
        return all(ends[number] + gap <= x(labelled[number + 1][0]) for number in range(len(labelled) - 1))

    labelled: list[tuple[dt.date, str]] = []
    step = 1
    if (end - start).days < 100:  # up to three months: days, every other day, or Mondays
        for every in (1, 2, 7, 14):
            days = [start + dt.timedelta(days=offset) for offset in range((end - start).days + 1)]
            days = [day for day in days if (day.toordinal() % every == 0 if every < 7 else
                                            day.weekday() == 0 and day.toordinal() // 7 % (every // 7) == 0)]
            labelled = [(day, f"{MONTHS[day.month - 1]} {day.day}" + (f", {day.year}" if number == 0 else ""))
                        for number, day in enumerate(days)]
            if fits(labelled):
                break
    else:
        for step in (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200):
            days = _months(start, end, step)
            labelled = []
            for number, day in enumerate(days):
                if step >= 12 or day.month == 1:
                    label = str(day.year)
                else:
                    label = MONTHS[day.month - 1] + (f" {day.year}" if number == 0 else "")
                labelled.append((day, label))
            if fits(labelled):
                break
    while labelled and x(labelled[-1][0]) + pad + text_width(labelled[-1][1], size) > right:
        labelled.pop()
    minor: list[dt.date] = []
    if (end - start).days < 100:
        return labelled, minor
    for small in (1, 3, 6):
        if small >= step:
            break
        spacing = x(start + dt.timedelta(days=31 * small)) - x(start)
        if spacing >= 6:
            shown = {day for day, _ in labelled}
            minor = [day for day in _months(start, end, small) if day not in shown and left <= x(day) <= right]
            break
    return labelled, minor


# --- markers and labels -------------------------------------------------------------------------


def group(positions: Sequence[float], spacing: float) -> list[list[int]]:
    """Indexes of `positions` (in increasing order) grouped so that the groups' first positions are at least
    `spacing` apart: a marker drawn at each group's first position touches no other."""
    groups: list[list[int]] = []
    anchor = None
    for index, position in enumerate(positions):
        if anchor is None or position - anchor >= spacing:
            groups.append([index])
            anchor = position
        else:
            groups[-1].append(index)
    return groups


def free_spans(low: float, high: float, blocked: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The parts of [low, high] outside every blocked interval, left to right."""
    spans = []
    cursor = low
    for start, end in sorted(blocked):
        if end <= cursor:
            continue
        if start > cursor:
            spans.append((cursor, min(start, high)))
        cursor = max(cursor, end)
        if cursor >= high:
            break
    if cursor < high:
        spans.append((cursor, high))
    return [(start, end) for start, end in spans if end > start]


def shorten(text: str, room: float, size: float, least_words: int = 3, most: int = 70) -> str | None:
    """`text`'s first clause, cut at a word so that it fits `room` (with "…" when cut); None when fewer than
    `least_words` words fit."""
    clause = text
    for mark in ("; ", ": ", " — "):
        head = clause.split(mark, 1)[0]
        if len(head.split()) >= least_words:
            clause = head
    clause = clause.rstrip(".;:, ")
    words = clause.split()
    for count in range(len(words), least_words - 1, -1):
        if count < len(words) and words[count - 1].lower().strip(",;:") in _WEAK:
            continue  # "…announced the…" says less than "…announced…"
        shown = " ".join(words[:count]).rstrip(",;:")
        cut = count < len(words) or shown != text.rstrip(". ")
        candidate = shown + ("…" if cut else "")
        if len(candidate) <= most and text_width(candidate, size) <= room:
            return candidate
    return None


__all__ = ["MONTHS", "free_spans", "group", "shorten", "text_width", "ticks"]

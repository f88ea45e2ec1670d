"""`timeline export --format timelinejs`: the JSON that TimelineJS 3 (Knight Lab) reads.

The format is TimelineJS's documented JSON (timeline.knightlab.com/docs/json-format.html), checked against how
TimelineJS 3 reads it (src/js/core/TimelineConfig.js, src/js/date/TLDate.js):

* `events`: a slide per record event, with `start_date` {year, month, day} (numbers; months 1-12),
  `text` {headline, text} (HTML: the summary, the status and the sources as links), `group` (the policy's
  name, so that each policy has its row) and a `unique_id` from the event's stable key. An event of uncertain
  date starts on its window's first day, ends on its not_after, and says so in `display_date`;
* `eras`: a run of one status per policy (neighbouring segments of `core.segments` with the same status),
  with `start_date`, `end_date` (TimelineJS requires both; an open run ends today) and `text.headline`;
* `title`: a slide without a date that says what the timeline shows and where the records come from.

Record text is escaped: TimelineJS puts `headline` and `text` into the page as HTML. It puts `group` there
too, in recent releases after decoding it once (a `DOMParser`'s textContent), so a group label is escaped and
holds no angle bracket even once decoded (`group_label`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

from timeline.core.dates import ONE_DAY, iso, when
from timeline.core.keys import event_keys
from timeline.core.query import select
from timeline.core.segments import Windows, ordered, segments, sort_date

from .export import About


def date_object(day: dt.date, display: str | None = None) -> dict:
    """A TimelineJS date object."""
    data: dict = {"year": day.year, "month": day.month, "day": day.day}
    if display:
        data["display_date"] = display
    return data


def _sources(event) -> str:
    items = []
    for source in event.sources:
        item = f'<a href="{escape(source.url)}">{escape(source.title)}</a>'
        if source.publisher:
            item += f", {escape(source.publisher)}"
        if source.published:
            item += f", {source.published.isoformat()}"
        items.append(f"<li>{item}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _slide(policy, event, key: str, windows: Windows) -> dict:
    status = str(event.status)
    action = str(event.action) if event.action else None
    headline = f"{policy.name}: {status}" + (f" ({action})" if action and action != status else "")
    body = f"<p>{escape(event.summary)}</p>"
    if event.note:
        body += f"<p>{escape(event.note)}</p>"
    body += f"<p>Sources:</p>{_sources(event)}"
    slide: dict = {}
    if event.date is not None:
        slide["start_date"] = date_object(event.date)
    else:
        start = windows.window(event)[0] if event.not_after is not None else event.not_before
        first = start if start > dt.date.min else None
        shown = when(None, iso(first), iso(event.not_after)) + " (date uncertain)"
        slide["start_date"] = date_object(first or event.not_after)
        if first is not None and event.not_after is not None and event.not_after > first:
            slide["end_date"] = date_object(event.not_after)
        slide["display_date"] = shown
    slide["text"] = {"headline": escape(headline), "text": body}
    slide["group"] = group_label(policy.name)
    slide["unique_id"] = key.replace("/", "-")
    return slide


def _eras(policy, today: dt.date) -> list[dict]:
    """Runs of one status (null status excepted), each from its first day to its last."""
    runs: list[list] = []  # [status, first day, day after the last (None: open)]
    for segment in segments(policy.events):
        if runs and runs[-1][0] == segment.status and runs[-1][2] == segment.start:
            runs[-1][2] = segment.end
        else:
            runs.append([segment.status, segment.start, segment.end])
    eras = []
    for status, first, after in runs:
        if status is None:
            continue
        last = after - ONE_DAY if after is not None else max(today, first)
        eras.append({"start_date": date_object(first), "end_date": date_object(last),
                     "text": {"headline": escape(f"{policy.name}: {status}")}})
    return eras


def group_label(name: str) -> str:
    """A policy's name as a TimelineJS group label: HTML-escaped, with '<' and '>' shown as '‹' and '›', so that
    neither TimelineJS 3.8 (which writes the label as HTML) nor later releases (which decode it once first)
    can be given markup."""
    return escape(name.replace("<", "\u2039").replace(">", "\u203a"))


def to_timelinejs(policies: Sequence, today: dt.date, ids: Iterable[str] | None = None,
                  about: About | None = None) -> dict:
    """The TimelineJS 3 JSON of the records (`today` ends the runs that are still open)."""
    about = about or About()
    chosen = select(policies, ids)
    slides = []
    eras = []
    for policy in chosen:
        keys = event_keys(policy)
        windows = Windows(policy.events)
        for index in ordered(policy.events):
            event = policy.events[index]
            slides.append(((sort_date(event), policy.id, index), _slide(policy, event, keys[index], windows)))
        eras += _eras(policy, today)
    count = len(chosen)
    names = ", ".join(policy.name for policy in chosen)
    intro = (f"<p>Dated, sourced status changes of {count} polic{'y' if count == 1 else 'ies'}: {escape(names)}."
             f"</p><p>Records: {escape(about.source)}, as of {today.isoformat()}; each event lists its sources.</p>")
    return {
        "title": {"text": {"headline": escape(about.title), "text": intro}},
        "events": [slide for _, slide in sorted(slides, key=lambda item: item[0])],
        "eras": eras,
        "scale": "human",
    }


__all__ = ["date_object", "to_timelinejs"]

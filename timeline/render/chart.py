"""`timeline chart`: a timeline of the records a newsroom can publish, as one self-contained HTML page or as
a fragment to embed (`embed=True`).

The chart is complete without its script: the SVG (lanes, bands, markers, labels, axis, today's line), the
legend, the source line and the list of events are rendered here, in Python. The small inline script adds
tooltips, hides a label that a browser's font makes wider than its room, and opens a chart that scrolls (on
a phone) at its latest part. A Content-Security-Policy with `default-src 'none'` makes the browser refuse
anything from the network, so the page cannot quietly depend on it.

What a reader sees, and why:

* a lane per policy; its band shows the status over time, from `core.segments` (the one definition of state
  over time; nothing here re-derives a state). Every status has an Okabe-Ito colour *and* a texture *and* a
  word (in the band where it fits, in the legend, in the tooltips and in the event list), so colour is never
  the only cue. Days whose state is uncertain (contract §1) are hatched and outlined with dashes;
* a marker per event; events too close to tell apart share one marker, which shows how many they are, and
  focus or hover opens them all. Markers are links: Tab reaches each, Enter jumps to the first of its events
  in the list below, where the sources are links;
* no text is covered: layout is computed in the chart's own units (`chartlayout`), labels go only where they
  fit between markers, and short headlines (an event's first words) mark status changes where there is room;
* the lane names are HTML that stays at the left edge while the chart scrolls sideways on a phone;
* the axis has month ticks when the span allows and ends near today; the legend lists only what the chart
  shows; a source line says where the records come from and as of when.

No clock here: the caller passes `today` (the CLI passes its `today()`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape

from timeline.core.dates import iso, when
from timeline.core.keys import event_keys
from timeline.core.query import select
from timeline.core.segments import Windows, applies_on, ordered, segment_on, segments
from timeline.errors import UsageError

from .chartlayout import free_spans, group, shorten, text_width, ticks

# Okabe & Ito (2008) colour-blind-safe palette, each with a texture.
STYLE = {
    "proposed": ("#F0E442", "dots"),
    "announced": ("#56B4E9", "diagonal"),
    "active": ("#009E73", "solid"),
    "suspended": ("#E69F00", "horizontal"),
    "enjoined": ("#CC79A7", "crosshatch"),
    "terminated": ("#BBBBBB", "vertical"),
}

# Geometry, in the chart's units (its viewBox is WIDTH wide; on a phone it is shown MIN_WIDTH px wide, so one
# unit is never less than 0.96 px and the smallest text stays above 12 px).
WIDTH = 1000
MIN_WIDTH = 960
PLOT_LEFT, PLOT_RIGHT = 16, WIDTH - 16
AXIS_H = 34
NAME_H = 26  # the lane's name (HTML, over the chart)
BAND_H = 32
HEAD_H = 22  # short headlines of status changes
LANE_GAP = 8
LANE_H = NAME_H + BAND_H + HEAD_H + LANE_GAP
FOOT_H = 24  # today's label
RADIUS = 9.5  # a marker's radius; a diamond reaches one more unit
SPACING = 2 * RADIUS + 5  # between two markers' centres, at least
CLEAR = RADIUS + 4  # a label keeps this far from a marker's centre
REPEAT = 280  # a band whose label fits again this far on shows it at its end too (a phone shows ~380 units)
TICK_SIZE, LABEL_SIZE, HEADLINE_SIZE, COUNT_SIZE, NOTE_SIZE = 13, 14, 13, 12.5, 12.5


@dataclass(frozen=True)
class Span:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return max((self.end - self.start).days, 1)

    def x(self, day: dt.date) -> float:
        clamped = min(max(day, self.start), self.end)
        return round(PLOT_LEFT + (clamped - self.start).days / self.days * (PLOT_RIGHT - PLOT_LEFT), 2)


def _known_days(policies: Sequence) -> list[dt.date]:
    days = []
    for policy in policies:
        for event in policy.events:
            days += [day for day in (event.date, event.not_before, event.not_after) if day is not None]
    return days


def chart_span(policies: Sequence, today: dt.date, start: dt.date | None, end: dt.date | None) -> Span:
    """The dates shown: as given, else from a little before the first event to just after the later of the
    last event and today (room for a marker at either end, and no more: the axis does not run into the
    future)."""
    known = _known_days(policies) + [today]
    first, last = start or min(known), end or max(known)
    if first >= last:
        if start is not None and end is not None:
            raise UsageError(f"--from ({start}) is not before --to ({end})", "give an earlier --from")
        if start is None:
            first = _shift(last, -30)
        else:
            last = _shift(first, 30)
    days = (last - first).days
    before = max(3, days * 15 // 1000)
    after = max(2, days // 100)
    return Span(first if start else _shift(first, -before), last if end else _shift(last, after))


def _shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, kept inside the calendar (0001-01-01 to 9999-12-31)."""
    ordinal = min(max(day.toordinal() + days, dt.date.min.toordinal()), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


def _when(windows: Windows, event) -> str:
    """The event's day in the text outputs' words; an uncertain one with its whole window, and marked so."""
    if event.date is not None:
        return event.date.isoformat()
    start = windows.window(event)[0] if event.not_after is not None else event.not_before
    shown = when(None, iso(start) if start > dt.date.min else None, iso(event.not_after))
    return shown + (" (uncertain)" if event.not_after is not None else " (uncertain; never counted as applied)")


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _script_json(data) -> str:
    """JSON that is safe inside <script type="application/json">."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def script_hash(script: str) -> str:
    """The CSP source that allows this inline script: 'sha256-…'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


# --- what is drawn ------------------------------------------------------------------------------


@dataclass
class Drawn:
    """What the chart shows, for the legend (which lists only that) and the description."""

    statuses: set[str] = field(default_factory=set)
    uncertain: bool = False  # hatched days
    empty: bool = False  # days before a policy's first status
    dot: bool = False
    diamond: bool = False
    several: bool = False  # a marker that holds more than one event
    today: bool = False


def _patterns(prefix: str) -> str:
    parts = [f'<pattern id="{prefix}hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
             'patternTransform="rotate(-45)"><rect width="8" height="8" fill="#ffffff" fill-opacity="0.45"/>'
             '<line x1="0" y1="0" x2="0" y2="8" stroke="#000" stroke-width="2.2"/></pattern>']
    textures = {
        "solid": "",
        "dots": '<circle cx="3" cy="3" r="1.4" fill="#000" fill-opacity="0.55"/>',
        "diagonal": '<path d="M-1,7 l8,-8 M0,8 l8,-8" stroke="#000" stroke-opacity="0.45" stroke-width="1.2"/>',
        "horizontal": '<line x1="0" y1="1" x2="8" y2="1" stroke="#000" stroke-opacity="0.45" stroke-width="1.5"/>',
        "crosshatch": '<path d="M0,1 h8 M1,0 v8" stroke="#000" stroke-opacity="0.45" stroke-width="1.2"/>',
        "vertical": '<line x1="1" y1="0" x2="1" y2="8" stroke="#000" stroke-opacity="0.5" stroke-width="1.5"/>',
    }
    for status, (colour, texture) in STYLE.items():
        size = 6 if texture == "dots" else 8
        parts.append(f'<pattern id="{prefix}pat-{status}" width="{size}" height="{size}" '
                     f'patternUnits="userSpaceOnUse"><rect width="{size}" height="{size}" fill="{colour}"/>'
                     f'{textures[texture]}</pattern>')
    return "<defs>" + "".join(parts) + "</defs>"


@dataclass
class _Band:
    start: dt.date
    end: dt.date | None
    status: str | None
    certain: bool


def _bands(rows: Iterable) -> list[_Band]:
    """Segments as the chart draws them: neighbours with the same status and certainty are one band (a change
    of attributes alone shows as its event's marker, not as a seam in the band)."""
    bands: list[_Band] = []
    for row in rows:
        if bands and bands[-1].end == row.start and (bands[-1].status, bands[-1].certain) == (row.status, row.certain):
            bands[-1].end = row.end
        else:
            bands.append(_Band(row.start, row.end, row.status, row.certain))
    return bands


def _marker_shape(cx: float, cy: float, diamond: bool) -> str:
    if diamond:
        reach = RADIUS + 1
        return (f'<path class="tl-dot" d="M{_fmt(cx)},{_fmt(cy - reach)} L{_fmt(cx + reach)},{_fmt(cy)} '
                f'L{_fmt(cx)},{_fmt(cy + reach)} L{_fmt(cx - reach)},{_fmt(cy)} Z"/>')
    return f'<circle class="tl-dot" cx="{_fmt(cx)}" cy="{_fmt(cy)}" r="{RADIUS}"/>'


class _Builder:
    """Lays out and writes one chart: the SVG, the lane names over it, the data the script reads, the list."""

    def __init__(self, policies: Sequence, chosen: Sequence, span: Span, today: dt.date, prefix: str,
                 event_href: Callable[[str], str] | None = None) -> None:
        self.everyone = {policy.id: policy for policy in policies}
        self.event_href = event_href
        self.chosen, self.span, self.today, self.prefix = chosen, span, today, prefix
        self.height = AXIS_H + LANE_H * len(chosen) + FOOT_H
        self.drawn = Drawn()
        self.svg: list[str] = []
        self.names: list[str] = []
        self.events: list[dict] = []  # what the script shows, by number
        self.listed: list[tuple] = []  # (sort key, element id, policy, event, when) for the list below

    # axis, grid and today
    def axis(self) -> None:
        span, bottom = self.span, self.height - FOOT_H + 4
        labelled, minor = ticks(span.start, span.end, span.x, PLOT_LEFT, PLOT_RIGHT, TICK_SIZE)
        for day in minor:
            x = _fmt(span.x(day))
            self.svg.append(f'<line class="tl-minor" x1="{x}" y1="{AXIS_H - 9}" x2="{x}" y2="{AXIS_H - 3}"/>')
        for day, label in labelled:
            x = span.x(day)
            self.svg.append(f'<line class="tl-grid" x1="{_fmt(x)}" y1="{AXIS_H - 14}" x2="{_fmt(x)}" '
                            f'y2="{bottom}"/>')
            self.svg.append(f'<text class="tl-tick" x="{_fmt(x + 3)}" y="{AXIS_H - 16}" aria-hidden="true">'
                            f'{escape(label)}</text>')
        self.svg.append(f'<line class="tl-axis" x1="{PLOT_LEFT}" y1="{AXIS_H - 3}" x2="{PLOT_RIGHT}" '
                        f'y2="{AXIS_H - 3}"/>')

    def today_line(self) -> None:
        span, today = self.span, self.today
        if not span.start <= today <= span.end:
            return
        self.drawn.today = True
        x = span.x(today)
        label = f"today {today.isoformat()}"
        right = x > WIDTH / 2
        anchor, dx = ("end", -5) if right else ("start", 5)
        self.svg.append(f'<g class="tl-today"><line x1="{_fmt(x)}" y1="{AXIS_H - 8}" x2="{_fmt(x)}" '
                        f'y2="{self.height - FOOT_H + 6}"/><text x="{_fmt(x + dx)}" y="{self.height - 7}" '
                        f'text-anchor="{anchor}" aria-hidden="true">{escape(label)}</text></g>')

    # one lane
    def lane(self, lane_number: int, policy) -> None:
        span, prefix = self.span, self.prefix
        top = AXIS_H + lane_number * LANE_H
        band_y, head_y = top + NAME_H, top + NAME_H + BAND_H
        middle = band_y + BAND_H / 2
        runs = segments(policy.events)
        rows = _bands(row for row in runs if row.start <= span.end and (row.end is None or row.end > span.start))
        keys = event_keys(policy)
        windows = Windows(policy.events)

        # the events in view, each at its day (an uncertain one where it counts as applied, or its not_before)
        shown: list[tuple[float, int, int, bool]] = []  # (x, file index, number in self.events, uncertain)
        for index in ordered(policy.events):
            event = policy.events[index]
            uncertain = event.date is None
            anchor = applies_on(event) or event.not_before
            first = windows.window(event)[0] if uncertain and event.not_after else anchor
            if anchor < span.start or first > span.end:
                continue
            event_number = len(self.events)
            element_id = f"{prefix}ev-{event_number}"
            event_when = _when(windows, event)
            self.events.append({
                "id": element_id, "key": keys[index], "policy": policy.name, "policy_id": policy.id,
                "when": event_when, "status": str(event.status),
                "action": str(event.action) if event.action else None, "summary": event.summary,
                "uncertain": uncertain,
                "sources": [{"title": s.title, "url": s.url, "publisher": s.publisher,
                             "published": iso(s.published)} for s in event.sources]})
            self.listed.append(((anchor, policy.id, index), element_id, policy, event, event_when))
            if anchor <= span.end:
                shown.append((span.x(anchor), index, event_number, uncertain))
        groups = [[shown[i] for i in members] for members in group([item[0] for item in shown], SPACING)]
        marker_xs = [members[0][0] for members in groups]
        blocked = [(x - CLEAR, x + CLEAR) for x in marker_xs]

        now = segment_on(runs, self.today)
        now_text = ("today: " + (now.status or "no status") + ("" if now.certain else " (uncertain)")) if now \
            else "today: no status yet"
        out = self.svg
        out.append(f'<g class="tl-lane" data-policy="{escape(policy.id)}" role="group" '
                   f'aria-label="{escape(policy.name)}: {escape(now_text)}; {len(shown)} '
                   f'event{"s" if len(shown) != 1 else ""} in this range">')
        out.append(f'<rect class="tl-lane-bg" x="{PLOT_LEFT}" y="{band_y}" width="{PLOT_RIGHT - PLOT_LEFT}" '
                   f'height="{BAND_H}"/>')

        # bands, and their labels where they fit between markers
        labels = []
        for row in rows:
            x1 = span.x(row.start)
            x2 = span.x(row.end) if row.end is not None else span.x(span.end)
            width = _fmt(max(x2 - x1, 0.8))
            if row.status is not None:
                self.drawn.statuses.add(row.status)
                out.append(f'<rect class="tl-band" data-status="{row.status}" x="{_fmt(x1)}" y="{band_y}" '
                           f'width="{width}" height="{BAND_H}" fill="url(#{prefix}pat-{row.status})"/>')
            if not row.certain:
                self.drawn.uncertain = True
                out.append(f'<rect class="tl-band tl-uncertain" data-status="{row.status or ""}" x="{_fmt(x1)}" '
                           f'y="{band_y}" width="{width}" height="{BAND_H}" fill="url(#{prefix}hatch)"/>')
            label = (row.status or "no status") + ("" if row.certain else "?")
            needed = text_width(label, LABEL_SIZE, bold=True)
            fitting = [(low, high) for low, high in free_spans(x1 + 5, x2 - 5, blocked) if needed <= high - low]
            # the first place it fits; and on a long band also the last, so that a phone, which shows a part of
            # the chart at a time, sees the word too
            places = fitting[:1]
            if fitting and fitting[-1][1] - needed - fitting[0][0] >= REPEAT:
                places.append((fitting[-1][1] - needed, fitting[-1][1]))
            for low, high in places:
                labels.append(f'<text class="tl-band-label" x="{_fmt(low)}" y="{_fmt(middle + 5)}" '
                              f'data-room="{_fmt(high - low)}" aria-hidden="true">{escape(label)}</text>')
        first_status = rows[0].start if rows else next((row.start for row in runs if row.start > span.end), None)
        if first_status is not None and first_status > span.start:
            self.drawn.empty = True
            end = min([span.x(first_status)] + [x - CLEAR for x in marker_xs]) - 4
            room = end - (PLOT_LEFT + 6)
            text = next((text for text in (f"no status before {first_status.isoformat()}", "no status yet")
                         if text_width(text, NOTE_SIZE) <= room), None)
            if text:
                labels.append(f'<text class="tl-empty-label" x="{_fmt(end)}" y="{_fmt(middle + 4.5)}" '
                              f'text-anchor="end" data-room="{_fmt(room)}" aria-hidden="true">{escape(text)}</text>')
        out.extend(labels)

        # short headlines for the events that began a status, where there is room before the next one
        changes: dict[int, int] = {}  # file index of an event that began a status -> its group
        previous = None
        for row in runs:
            if row.started_by is not None and row.status != previous:
                changes[row.started_by] = -1
            previous = row.status
        candidates = []
        for number_in_lane, members in enumerate(groups):
            for _, index, _, _ in members:
                if index in changes:
                    candidates.append((members[0][0], policy.events[index].summary, number_in_lane))
                    break
        placed = self._headlines(candidates)
        for start, text, room, x in placed:
            out.append(f'<line class="tl-leader" x1="{_fmt(x)}" y1="{band_y + BAND_H}" x2="{_fmt(x)}" '
                       f'y2="{head_y + 5}"/>')
            out.append(f'<text class="tl-headline" x="{_fmt(start)}" y="{head_y + 16}" data-room="{_fmt(room)}" '
                       f'aria-hidden="true">{escape(text)}</text>')

        # markers, last so that nothing is drawn over them
        for members in groups:
            x = members[0][0]
            diamond = any(uncertain for *_, uncertain in members)
            self.drawn.diamond |= diamond
            self.drawn.dot |= not diamond
            self.drawn.several |= len(members) > 1
            numbers = [event_number for _, _, event_number, _ in members]
            first = self.events[numbers[0]]
            if len(members) == 1:
                aria = (f"{first['when']}, {policy.name}: {first['status']}. {first['summary']} "
                        f"({len(first['sources'])} source{'s' if len(first['sources']) != 1 else ''})")
            else:
                last = self.events[numbers[-1]]
                aria = (f"{len(members)} events of {policy.name}, {first['when']} to {last['when']}: "
                        + "; ".join(f"{self.events[n]['status']}: {self.events[n]['summary']}" for n in numbers))
            count = "" if len(members) == 1 else (
                f'<text class="tl-count" x="{_fmt(x)}" y="{_fmt(middle + 4.5)}" text-anchor="middle" '
                f'aria-hidden="true">{len(members)}</text>')
            href = self.event_href(first["key"]) if self.event_href else f"#{first['id']}"
            out.append(f'<a class="tl-marker{" tl-uncertain" if diamond else ""}" href="{escape(href)}" tabindex="0" '
                       f'data-events="{" ".join(map(str, numbers))}" aria-label="{escape(aria)}">'
                       f'{_marker_shape(x, middle, diamond)}{count}</a>')
        out.append("</g>")

        self.names.append(
            f'<div class="tl-name-row" style="top:{_fmt(top / 10)}cqw;height:{_fmt(NAME_H / 10)}cqw">'
            f'<span class="tl-name"><b>{escape(policy.name)}</b><span class="tl-meta"> {escape(policy.id)} · '
            f'{escape(now_text)}</span></span></div>')

    def _headlines(self, candidates: list[tuple[float, str, int]]) -> list[tuple[float, str, float, float]]:
        """(start, text, room, marker x) of the headlines that fit, each before the next one placed."""
        starts = [max(x - RADIUS, PLOT_LEFT) for x, _, _ in candidates]
        chosen: list[int] = []
        for number in range(len(candidates)):
            limit = starts[number + 1] - 10 if number + 1 < len(candidates) else PLOT_RIGHT
            if shorten(candidates[number][1], limit - starts[number], HEADLINE_SIZE):
                chosen.append(number)
        placed = []
        for position, number in enumerate(chosen):
            limit = starts[chosen[position + 1]] - 10 if position + 1 < len(chosen) else PLOT_RIGHT
            room = limit - starts[number]
            text = shorten(candidates[number][1], room, HEADLINE_SIZE)
            placed.append((starts[number], text, room, candidates[number][0]))
        return placed

    def svg_text(self, title: str, description: str) -> str:
        prefix = self.prefix
        return (f'<svg class="tl-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {self.height}" '
                f'role="group" aria-labelledby="{prefix}svg-title" aria-describedby="{prefix}svg-desc">'
                f'<title id="{prefix}svg-title">{escape(title)}</title>'
                f'<desc id="{prefix}svg-desc">{escape(description)}</desc>'
                + _patterns(prefix) + "".join(self.svg) + "</svg>")


def _swatch(prefix: str, fill: str, extra: str = "") -> str:
    return (f'<svg class="tl-swatch" viewBox="0 0 36 18" aria-hidden="true"><rect width="36" height="18" '
            f'fill="{fill}"/>{extra}</svg>')


def _legend(drawn: Drawn, prefix: str) -> str:
    items = []
    for status in STYLE:
        if status in drawn.statuses:
            items.append(_swatch(prefix, f"url(#{prefix}pat-{status})")
                         + escape(status) + (" (in effect)" if status == "active" else ""))
    if drawn.uncertain:
        items.append(_swatch(prefix, "#ffffff", f'<rect width="36" height="18" fill="url(#{prefix}hatch)"/>')
                     + "date of change uncertain (?)")
    if drawn.empty:
        items.append(_swatch(prefix, "#f3f3f3") + "no status yet")
    marker = '<svg class="tl-swatch" viewBox="0 0 36 18" aria-hidden="true">{}</svg>'
    if drawn.dot:
        items.append(marker.format('<circle cx="18" cy="9" r="6.5" class="tl-dot tl-key-dot"/>') + "event")
    if drawn.diamond:
        items.append(marker.format('<path class="tl-dot tl-key-diamond" d="M18,1.5 L25.5,9 L18,16.5 L10.5,9 Z"/>')
                     + "event with uncertain date")
    if drawn.several:
        items.append(marker.format('<circle cx="18" cy="9" r="8" class="tl-dot tl-key-dot"/>'
                                   '<text x="18" y="12.5" text-anchor="middle" class="tl-key-count">3</text>')
                     + "events close in time (how many)")
    if drawn.today:
        items.append(marker.format('<line x1="18" y1="0" x2="18" y2="18" class="tl-key-today"/>') + "today")
    return ('<ul class="tl-legend" aria-label="Legend">' + "".join(f"<li>{item}</li>" for item in items)
            + "</ul>")


def _relations(chosen: Sequence, everyone: dict) -> str:
    """A 'Related' line for each policy shown that names another record, or that another record names."""
    def name(policy_id: str) -> str:
        other = everyone.get(policy_id)
        return escape(other.name) if other is not None else escape(policy_id)

    rows = []
    for policy in chosen:
        parts = [f"{escape(str(item.relation).replace('-', ' '))} {name(item.policy)}" for item in policy.related]
        parts += [f"{name(other.id)} {_INCOMING.get(str(item.relation), str(item.relation))} this policy"
                  for other in sorted(everyone.values(), key=lambda p: p.id) for item in other.related
                  if item.policy == policy.id]
        if parts:
            rows.append(f'<li data-policy="{escape(policy.id)}"><b>{escape(policy.name)}</b>: '
                        + "; ".join(parts) + "</li>")
    if not rows:
        return ""
    return ('<div class="tl-relations"><p class="tl-relations-title">How these policies relate</p>'
            '<ul class="tl-related">' + "".join(rows) + "</ul></div>")


_INCOMING = {"exception-to": "is an exception to"}  # "CBP One is an exception to this policy"


def _event_list(listed: list[tuple], prefix: str, heading: int) -> str:
    entries = []
    for _, element_id, policy, event, event_when in sorted(listed, key=lambda item: item[0]):
        sources = "".join(
            f'<li><a href="{escape(s.url)}" rel="noopener noreferrer">{escape(s.title)}</a>'
            + (f", {escape(s.publisher)}" if s.publisher else "")
            + (f", {s.published.isoformat()}" if s.published else "") + "</li>"
            for s in event.sources)
        status = str(event.status)
        entries.append(
            f'<li id="{element_id}" class="tl-event" tabindex="-1"><span class="tl-when">{escape(event_when)}</span> '
            f'<span class="tl-policy">{escape(policy.name)}</span> '
            f'<span class="tl-status" data-status="{status}"><svg class="tl-swatch tl-small" viewBox="0 0 18 12" '
            f'aria-hidden="true"><rect width="18" height="12" fill="url(#{prefix}pat-{status})"/></svg>{status}</span>'
            f'<p>{escape(event.summary)}</p><ul class="tl-sources">{sources}</ul></li>')
    body = ('<ol class="tl-events">' + "".join(entries) + "</ol>") if entries else "<p>No events in this range.</p>"
    level = min(heading + 1, 6)
    return (f'<section class="tl-list" aria-labelledby="{prefix}events-title"><h{level} id="{prefix}events-title">'
            f"Events and sources</h{level}>{body}</section>")


@dataclass(frozen=True)
class Chart:
    """A rendered chart: `html` is the fragment (its style, content and script), `script` the inline script
    (a page's CSP names its hash)."""

    html: str
    script: str
    title: str


def build_chart(policies: Sequence, *, today: dt.date, start: dt.date | None = None, end: dt.date | None = None,
                ids: Iterable[str] | None = None, title: str = "Policy timeline", as_of: dt.date | None = None,
                heading: int = 2, prefix: str | None = None, credit: str = "timeline",
                event_href: Callable[[str], str] | None = None, relations: bool = True) -> Chart:
    """The chart as a fragment that any page can hold (a `div.tl-chart` with its style and script).

    With `event_href` (an event's key -> the address of its entry elsewhere on the page, e.g. a policy's
    history), markers link there and the chart leaves out its own list of events and sources; without
    `relations` it leaves out how the policies relate (for a page that says so itself)."""
    chosen = select(policies, ids)
    span = chart_span(chosen, today, start, end)
    if prefix is None:
        scope = "|".join([span.start.isoformat(), span.end.isoformat(), *(policy.id for policy in chosen)])
        prefix = "tl" + hashlib.sha1(scope.encode("utf-8")).hexdigest()[:6] + "-"
    builder = _Builder(policies, chosen, span, today, prefix, event_href)
    builder.axis()
    for number, policy in enumerate(chosen):
        builder.lane(number, policy)
    builder.today_line()

    count = len(chosen)
    policies_words = f"{count} polic{'y' if count == 1 else 'ies'}"
    names = ", ".join(policy.name for policy in chosen) or "no policies"
    description = (f"Timeline of {policies_words} ({names}) from {span.start} to {span.end}. Each lane is one "
                   f"policy; its band shows the status over time, hatched where the date of a change is uncertain. "
                   f"Markers are events, several close in time sharing one: {len(builder.events)} in this range, "
                   f"listed with their sources below the chart. "
                   + (f"A vertical line marks today, {today}." if builder.drawn.today
                      else f"Today, {today}, is outside the range shown."))
    level = max(1, min(heading, 6))
    as_of = as_of or today
    known = _known_days(chosen)
    shown_from = start or (min(known) if known else span.start)
    shown_to = end or max(known + [today])
    html = (
        f'<div class="tl-chart" id="{prefix}root">'
        f"<style>{CSS}</style>"
        f'<h{level} class="tl-title">{escape(title)}</h{level}>'
        + (f'<p class="tl-dek">{escape(policies_words.capitalize())} from {shown_from} to {shown_to}: the status '
           f"of each over time, and the events that changed it.</p>" if count != 1 else
           f'<p class="tl-dek">From {shown_from} to {shown_to}: the status over time, and the events that changed '
           f"it.</p>")
        + _legend(builder.drawn, prefix)
        + '<p class="tl-hint" aria-hidden="true">Swipe the chart sideways to see the whole period.</p>'
        + f'<div class="tl-scroll" tabindex="0" role="region" aria-label="{escape(title)}: chart '
        f'(scrolls sideways on small screens)"><div class="tl-frame">'
        + builder.svg_text(title, description)
        + '<div class="tl-names" aria-hidden="true">' + "".join(builder.names) + "</div></div></div>"
        f'<div class="tl-tip" role="tooltip" hidden></div>'
        f'<p class="tl-credit">Records: {escape(credit)}, as of {as_of.isoformat()}; sources in the '
        f'{"history" if event_href else "list"} below.</p>'
        + (_relations(chosen, builder.everyone) if relations else "")
        + ("" if event_href else _event_list(builder.listed, prefix, level))
        + f'<script type="application/json" class="tl-data">{_script_json(builder.events)}</script>'
        f"<script>{SCRIPT}</script></div>"
    )
    return Chart(html, SCRIPT, title)


def page(title: str, body: str, scripts: Sequence[str], *, head: str = "", lang: str = "en") -> str:
    """A whole HTML page whose CSP allows exactly these inline scripts and nothing from the network."""
    allowed = " ".join(sorted({script_hash(script) for script in scripts})) or "'none'"
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src {allowed}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n{head}<style>{PAGE_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n"
            "</html>\n")


def render_chart(policies: Sequence, *, today: dt.date, start: dt.date | None = None, end: dt.date | None = None,
                 ids: Iterable[str] | None = None, title: str = "Policy timeline", as_of: dt.date | None = None,
                 embed: bool = False) -> str:
    """The whole HTML page as a string; with `embed`, the fragment alone (no page around it)."""
    chart = build_chart(policies, today=today, start=start, end=end, ids=ids, title=title, as_of=as_of,
                        heading=2 if embed else 1, prefix="tl-" if not embed else None)
    if embed:
        return chart.html + "\n"
    return page(title, f"<main>{chart.html}</main>", [chart.script])


PAGE_CSS = """
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 12px 16px 32px; color: #1a1a1a; background: #fff;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
@media (max-width: 600px) { body { padding: 8px 10px 24px; } }
@media print { body { max-width: none; padding: 0; } }
"""

CSS = """
.tl-chart { position: relative; color: #1a1a1a; --tl-muted: #555;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
.tl-chart * { box-sizing: border-box; }
.tl-chart .tl-title { font-size: 1.6rem; line-height: 1.2; margin: 0 0 4px; }
.tl-chart h2.tl-title { font-size: 1.4rem; }
.tl-chart .tl-dek { margin: 0 0 10px; color: #333; }
.tl-chart .tl-legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 0;
  margin: 0 0 10px; font-size: 15px; }
.tl-chart .tl-legend li { display: flex; align-items: center; gap: 6px; }
.tl-chart .tl-swatch { width: 36px; height: 18px; border: 1px solid #333; flex: none; }
.tl-chart .tl-swatch.tl-small { width: 18px; height: 12px; vertical-align: -1px; margin-right: 4px; }
.tl-chart .tl-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid #ddd;
  border-radius: 4px; }
.tl-chart .tl-scroll:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
.tl-chart .tl-frame { position: relative; container-type: inline-size; min-width: 960px; }
.tl-chart .tl-svg { display: block; width: 100%; height: auto; font-family: inherit;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.tl-chart .tl-tick { fill: #444; font-size: 13px; }
.tl-chart .tl-grid { stroke: #e1e1e1; stroke-width: 1; }
.tl-chart .tl-axis { stroke: #999; stroke-width: 1; }
.tl-chart .tl-minor { stroke: #aaa; stroke-width: 1; }
.tl-chart .tl-lane-bg { fill: #f3f3f3; stroke: #ccc; }
.tl-chart .tl-band { stroke: #fff; stroke-width: 1; }
.tl-chart .tl-band.tl-uncertain { stroke: #000; stroke-dasharray: 4 3; stroke-width: 1.2; }
.tl-chart .tl-band-label { fill: #000; font-size: 14px; font-weight: 700; pointer-events: none;
  paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.tl-chart .tl-empty-label { fill: #555; font-size: 12.5px; font-style: italic; pointer-events: none; }
.tl-chart .tl-headline { fill: #222; font-size: 13px; pointer-events: none; }
.tl-chart .tl-leader { stroke: #666; stroke-width: 1; }
.tl-chart .tl-names { position: absolute; inset: 0; pointer-events: none; }
.tl-chart .tl-name-row { position: absolute; left: 0; right: 0; display: flex; align-items: flex-end; }
.tl-chart .tl-name { position: sticky; left: 8px; margin-left: 8px; padding: 0 6px;
  max-width: min(calc(100% - 24px), calc(100vw - 36px));
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 15px; line-height: 1.3;
  background: rgba(255, 255, 255, 0.92); border-radius: 3px; }
.tl-chart .tl-meta { color: var(--tl-muted); font-size: 13px; }
.tl-chart .tl-dot { fill: #fff; stroke: #000; stroke-width: 2; }
.tl-chart .tl-marker { cursor: pointer; }
.tl-chart .tl-marker .tl-dot, .tl-chart .tl-key-dot { fill: #0072B2; stroke: #fff; stroke-width: 2; }
.tl-chart .tl-marker.tl-uncertain .tl-dot, .tl-chart .tl-key-diamond { fill: #fff; stroke: #000; stroke-width: 2; }
.tl-chart .tl-count { fill: #fff; font-size: 12.5px; font-weight: 700; pointer-events: none; }
.tl-chart .tl-key-count { fill: #fff; font-size: 11px; font-weight: 700; }
.tl-chart .tl-marker.tl-uncertain .tl-count { fill: #000; }
.tl-chart .tl-marker:hover .tl-dot, .tl-chart .tl-marker:focus .tl-dot { stroke: #000; stroke-width: 3.5; }
.tl-chart .tl-marker:focus { outline: none; }
.tl-chart .tl-marker:focus-visible .tl-dot { stroke: #D55E00; stroke-width: 4; }
.tl-chart .tl-today { pointer-events: none; }
.tl-chart .tl-today line, .tl-chart .tl-key-today { stroke: #D55E00; stroke-width: 2.5; stroke-dasharray: 6 4; }
.tl-chart .tl-today text { fill: #A33F00; font-weight: 700; font-size: 13px; }
.tl-chart .tl-tip { position: absolute; z-index: 10; max-width: min(400px, 92vw); max-height: 60vh; overflow: auto;
  padding: 10px 12px; background: #fff; border: 1px solid #333; border-radius: 6px;
  box-shadow: 0 4px 14px rgba(0,0,0,.2); font-size: 15px; }
.tl-chart .tl-tip[hidden] { display: none; }
.tl-chart .tl-tip .tl-tip-event + .tl-tip-event { border-top: 1px solid #ddd; margin-top: 8px; padding-top: 8px; }
.tl-chart .tl-tip .tl-when { font-weight: 700; }
.tl-chart .tl-tip p { margin: 4px 0; }
.tl-chart .tl-tip ul { margin: 4px 0 0; padding-left: 18px; }
.tl-chart .tl-credit { margin: 8px 0 0; font-size: 14px; color: #333; }
.tl-chart .tl-relations-title { margin: 14px 0 2px; font-weight: 700; }
.tl-chart .tl-related { margin: 0; padding-left: 20px; font-size: 15px; }
.tl-chart .tl-hint { display: none; margin: 0 0 6px; font-size: 14px; color: #333; }
.tl-chart .tl-list h1, .tl-chart .tl-list h2, .tl-chart .tl-list h3 { font-size: 1.2rem; margin: 24px 0 8px; }
.tl-chart .tl-events { padding-left: 0; list-style: none; margin: 0; }
.tl-chart .tl-event { padding: 8px 0; border-top: 1px solid #e5e5e5; }
.tl-chart .tl-event:target, .tl-chart .tl-event:focus { background: #fff6d6; outline: 2px solid #E69F00; }
.tl-chart .tl-event p { margin: 2px 0; }
.tl-chart .tl-event .tl-when { font-variant-numeric: tabular-nums; font-weight: 700; margin-right: 6px; }
.tl-chart .tl-event .tl-policy { margin-right: 6px; }
.tl-chart .tl-event .tl-status { white-space: nowrap; font-size: 14px; border: 1px solid #999; border-radius: 3px;
  padding: 0 4px; }
.tl-chart .tl-sources { margin: 2px 0 0; padding-left: 20px; font-size: 15px; }
.tl-chart a { color: #0058a0; }
@media (max-width: 600px) {
  .tl-chart .tl-title { font-size: 1.3rem; }
  .tl-chart .tl-legend { gap: 4px 12px; font-size: 14px; }
  .tl-chart .tl-legend .tl-swatch { width: 26px; height: 15px; }
  .tl-chart .tl-meta { display: none; }
  .tl-chart .tl-name { font-size: 14px; }
  .tl-chart .tl-hint { display: block; }
}
@media print {
  .tl-chart .tl-scroll { overflow: visible; border: 0; }
  .tl-chart .tl-frame { min-width: 0; }
  .tl-chart .tl-name { position: static; }
  .tl-chart .tl-tip { display: none !important; }
  .tl-chart .tl-marker .tl-dot { stroke: #000; }
  .tl-chart .tl-event { break-inside: avoid; }
  .tl-chart .tl-event:target { background: none; outline: 0; }
  .tl-chart .tl-sources a::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
  .tl-chart a { color: #000; }
}
"""

SCRIPT = """
(function () {
  "use strict";
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }
  function setup(root) {
    if (root.hasAttribute("data-ready")) return;
    var data = JSON.parse(root.querySelector("script.tl-data").textContent);
    var tip = root.querySelector(".tl-tip"), scroller = root.querySelector(".tl-scroll");
    var pinned = null, hideTimer = null;
    function fill(numbers) {
      tip.replaceChildren();
      numbers.forEach(function (number) {
        var item = data[number], box = el("div", "tl-tip-event");
        box.appendChild(el("div", "tl-when", item.when));
        var what = item.policy + ": " + item.status + (item.action ? " (" + item.action + ")" : "");
        box.appendChild(el("div", "tl-who", what));
        box.appendChild(el("p", "tl-summary", item.summary));
        var list = el("ul");
        item.sources.forEach(function (source) {
          var li = el("li"), a = el("a", null, source.title);
          a.href = source.url; a.rel = "noopener noreferrer";
          li.appendChild(a);
          if (source.publisher) li.appendChild(document.createTextNode(", " + source.publisher));
          if (source.published) li.appendChild(document.createTextNode(", " + source.published));
          list.appendChild(li);
        });
        box.appendChild(list);
        tip.appendChild(box);
      });
    }
    function show(marker) {
      clearTimeout(hideTimer);
      fill(marker.getAttribute("data-events").split(" ").map(Number));
      tip.hidden = false;
      var box = marker.getBoundingClientRect(), frame = root.getBoundingClientRect();
      var width = tip.offsetWidth, view = document.documentElement.clientWidth;
      var left = Math.max(4, Math.min(box.left + box.width / 2 - width / 2, view - width - 4));
      tip.style.left = (left - frame.left) + "px";
      tip.style.top = (box.bottom - frame.top + 8) + "px";
    }
    function hide(now) {
      clearTimeout(hideTimer);
      if (pinned) return;
      if (now) { tip.hidden = true; return; }
      hideTimer = setTimeout(function () { tip.hidden = true; }, 250);
    }
    root.querySelectorAll(".tl-marker").forEach(function (marker) {
      marker.addEventListener("mouseenter", function () { if (!pinned) show(marker); });
      marker.addEventListener("mouseleave", function () { hide(false); });
      marker.addEventListener("focus", function () { pinned = null; show(marker); });
      marker.addEventListener("blur", function () { hide(false); });
      marker.addEventListener("click", function (event) {
        if (event.detail === 0) return;  // keyboard: follow the link to the event in the list
        event.preventDefault();
        pinned = pinned === marker ? null : marker;
        show(marker);
      });
    });
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", function () { hide(false); });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { pinned = null; hide(true); }
    });
    document.addEventListener("click", function (event) {
      if (pinned && !tip.contains(event.target) && !pinned.contains(event.target)) { pinned = null; hide(true); }
    });
    // a label the browser's font makes wider than the room it was given is hidden rather than covered
    root.querySelectorAll("text[data-room]").forEach(function (label) {
      if (label.getComputedTextLength() > Number(label.getAttribute("data-room"))) {
        label.setAttribute("visibility", "hidden");
      }
    });
    // a chart that scrolls sideways (on a phone) opens at its latest part, where every lane has a status
    if (scroller.scrollWidth > scroller.clientWidth + 1) scroller.scrollLeft = scroller.scrollWidth;
    root.setAttribute("data-ready", "");
  }
  document.querySelectorAll(".tl-chart").forEach(setup);
  document.documentElement.setAttribute("data-chart", "ready");
})();
"""


__all__ = ["Chart", "STYLE", "Span", "build_chart", "chart_span", "page", "render_chart", "script_hash"]

"""`timeline chart`: one self-contained HTML page with a timeline of the records.

The page is complete without its script: the SVG (lanes, bands, markers,
axis, today's line) and the list of events are rendered here, in Python. The
small inline script only adds tooltips. A Content-Security-Policy with
`default-src 'none'` makes the browser refuse anything from the network, so
the page cannot quietly depend on it.

Design choices, for readers who cannot tell colours apart and for print:
every status has an Okabe-Ito colour *and* a texture *and* a text label (in
the band when it fits, in the legend, in each marker's label and in the event
list). Days whose state is uncertain (contract §1) are hatched and outlined
with dashes. Markers are links: Tab reaches each one, focus shows its
tooltip, Enter jumps to the event in the list below, where the sources are
links. The chart has a title and a description for screen readers.

No clock here: the caller passes `today` (the CLI passes its `today()`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from timeline.core.dates import iso, when
from timeline.core.keys import event_keys
from timeline.core.query import select
from timeline.core.segments import Windows, applies_on, ordered, segments
from timeline.errors import UsageError

# Okabe & Ito (2008) colour-blind-safe palette, each with a texture.
STYLE = {
    "proposed": ("#F0E442", "dots"),
    "announced": ("#56B4E9", "diagonal"),
    "active": ("#009E73", "solid"),
    "suspended": ("#E69F00", "horizontal"),
    "enjoined": ("#CC79A7", "crosshatch"),
    "terminated": ("#BBBBBB", "vertical"),
}
WIDTH = 1100
MARGIN_X = 16
AXIS_H = 34
LABEL_H = 24
BAND_H = 34
LANE_GAP = 16
FONT_W = 7.4  # rough width of a character at 13px, to decide whether a label fits


@dataclass(frozen=True)
class Span:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return max((self.end - self.start).days, 1)

    def x(self, day: dt.date) -> float:
        clamped = min(max(day, self.start), self.end)
        return round(MARGIN_X + (clamped - self.start).days / self.days * (WIDTH - 2 * MARGIN_X), 2)


def _known_days(policies: Sequence) -> list[dt.date]:
    days = []
    for policy in policies:
        for event in policy.events:
            days += [day for day in (event.date, event.not_before, event.not_after) if day is not None]
    return days


def chart_span(policies: Sequence, today: dt.date, start: dt.date | None, end: dt.date | None) -> Span:
    """The dates shown: as given, else every event and today with a little room on both sides."""
    known = _known_days(policies) + [today]
    first, last = start or min(known), end or max(known)
    if first >= last:
        if start is not None and end is not None:
            raise UsageError(f"--from ({start}) is not before --to ({end})", "give an earlier --from")
        if start is None:
            first = _shift(last, -30)
        else:
            last = _shift(first, 30)
    room = max(10, (last - first).days * 3 // 100)
    return Span(first if start else _shift(first, -room), last if end else _shift(last, room))


def _shift(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, kept inside the calendar (0001-01-01 to 9999-12-31)."""
    ordinal = min(max(day.toordinal() + days, dt.date.min.toordinal()), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


def _ticks(span: Span) -> list[tuple[dt.date, str]]:
    months = (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120, 240) if months / s <= 10), 600)
    year, month = span.start.year, span.start.month
    ticks = []
    while (year, month) <= (span.end.year, span.end.month) and year <= dt.MAXYEAR:
        index = year * 12 + month - 1
        if index % step == 0:
            day = dt.date(year, month, 1)
            if span.start <= day <= span.end:
                ticks.append((day, str(year) if step >= 12 else f"{year}-{month:02d}"))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def _when(windows: Windows, event) -> str:
    """The event's day in the text outputs' words; an uncertain one with its whole window, and marked so."""
    if event.date is not None:
        return event.date.isoformat()
    start = windows.window(event)[0] if event.not_after is not None else event.not_before
    shown = when(None, iso(start) if start > dt.date.min else None, iso(event.not_after))
    return shown + (" (uncertain)" if event.not_after is not None else " (uncertain; never counted as applied)")


def _patterns() -> str:
    parts = ['<pattern id="hatch-uncertain" width="8" height="8" patternUnits="userSpaceOnUse" '
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
        parts.append(f'<pattern id="pat-{status}" width="{size}" height="{size}" patternUnits="userSpaceOnUse">'
                     f'<rect width="{size}" height="{size}" fill="{colour}"/>{textures[texture]}</pattern>')
    return "<defs>" + "".join(parts) + "</defs>"


def _fits(text: str, width: float) -> bool:
    return len(text) * FONT_W + 10 <= width


def _script_json(data) -> str:
    """JSON that is safe inside <script type="application/json">."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_chart(policies: Sequence, *, today: dt.date, start: dt.date | None = None, end: dt.date | None = None,
                 ids: Iterable[str] | None = None, title: str = "Policy timeline") -> str:
    """The whole HTML page as a string."""
    chosen = select(policies, ids)
    span = chart_span(chosen, today, start, end)
    lane_h = LABEL_H + BAND_H + LANE_GAP
    height = AXIS_H + lane_h * len(chosen) + 8
    svg: list[str] = []
    events_data: list[dict] = []
    list_items: list[tuple] = []

    # axis and grid
    for day, label in _ticks(span):
        x = span.x(day)
        svg.append(f'<line class="grid" x1="{x}" y1="{AXIS_H - 6}" x2="{x}" y2="{height - 8}"/>')
        svg.append(f'<text class="tick" x="{x}" y="{AXIS_H - 12}" text-anchor="middle">{escape(label)}</text>')

    for lane, policy in enumerate(chosen):
        top = AXIS_H + lane * lane_h
        band_y = top + LABEL_H
        runs = segments(policy.events)
        rows = [row for row in runs if row.start <= span.end and (row.end is None or row.end > span.start)]
        now = next((row for row in runs if row.covers(today)), None)
        now_text = f"today: {now.status or 'no status'}{'' if now.certain else ' (uncertain)'}" if now else \
            "today: no status yet"
        svg.append(f'<g class="lane" data-policy="{escape(policy.id)}" aria-label="{escape(policy.name)}">')
        svg.append(f'<text class="lane-label" x="{MARGIN_X}" y="{top + LABEL_H - 7}">{escape(policy.name)}'
                   f'<tspan class="lane-meta" dx="8">{escape(policy.id)} · {escape(now_text)}</tspan></text>')
        svg.append(f'<rect class="lane-bg" x="{MARGIN_X}" y="{band_y}" width="{WIDTH - 2 * MARGIN_X}" '
                   f'height="{BAND_H}"/>')
        for row in rows:
            x1 = span.x(row.start)
            x2 = span.x(row.end) if row.end is not None else span.x(span.end)
            width = round(max(x2 - x1, 0.8), 2)
            status = row.status
            label = status or "no status"
            if status is not None:
                svg.append(f'<rect class="band" data-status="{status}" x="{x1}" y="{band_y}" width="{width}" '
                           f'height="{BAND_H}" fill="url(#pat-{status})"/>')
            if not row.certain:
                longer = f"{label} · date of change uncertain"
                label = longer if _fits(longer, width - 14) else f"{label}?"
                svg.append(f'<rect class="band uncertain" data-status="{status or ""}" x="{x1}" y="{band_y}" '
                           f'width="{width}" height="{BAND_H}" fill="url(#hatch-uncertain)"/>')
            if _fits(label, width - 14):  # room for the marker at the band's start
                svg.append(f'<text class="band-label" x="{round(x1 + 14, 2)}" y="{band_y + BAND_H / 2 + 4.5}">'
                           f'{escape(label)}</text>')

        keys = event_keys(policy)
        windows = Windows(policy.events)
        stacked: dict[float, int] = {}
        for index in ordered(policy.events):
            event = policy.events[index]
            uncertain = event.date is None
            anchor = applies_on(event) or event.not_before
            first = windows.window(event)[0] if uncertain and event.not_after else anchor
            if anchor < span.start or first > span.end:
                continue
            number = len(events_data)
            element_id = f"ev-{number}"
            when = _when(windows, event)
            sources = [{"title": s.title, "url": s.url, "publisher": s.publisher,
                        "published": s.published.isoformat() if s.published else None} for s in event.sources]
            events_data.append({"id": element_id, "key": keys[index], "policy": policy.name, "policy_id": policy.id,
                                "when": when, "status": event.status.value,
                                "action": event.action.value if event.action else None,
                                "summary": event.summary, "uncertain": uncertain, "sources": sources})
            list_items.append((anchor, policy.id, index, element_id, policy, event, when))
            if anchor > span.end:
                continue
            x = span.x(anchor)
            slot = stacked.get(x, 0)
            stacked[x] = slot + 1
            cx, cy = round(x + slot * 9, 2), band_y + BAND_H / 2
            aria = (f"{when}, {policy.name}: {event.status.value}. {event.summary} "
                    f"({len(sources)} source{'s' if len(sources) != 1 else ''})")
            shape = (f'<path class="dot" d="M{cx},{cy - 8} L{cx + 8},{cy} L{cx},{cy + 8} L{cx - 8},{cy} Z"/>'
                     if uncertain else f'<circle class="dot" cx="{cx}" cy="{cy}" r="7"/>')
            svg.append(f'<a class="marker{" uncertain" if uncertain else ""}" href="#{element_id}" '
                       f'tabindex="0" data-event="{number}" aria-label="{escape(aria)}">{shape}</a>')
        svg.append("</g>")

    if span.start <= today <= span.end:
        x = span.x(today)
        svg.append(f'<g class="today"><line x1="{x}" y1="{AXIS_H - 4}" x2="{x}" y2="{height - 8}"/>'
                   f'<text x="{x}" y="{height - 1}" text-anchor="{"end" if x > WIDTH / 2 else "start"}" '
                   f'dx="{-4 if x > WIDTH / 2 else 4}">today {today.isoformat()}</text></g>')
        height += 6

    names = ", ".join(policy.name for policy in chosen) or "no policies"
    description = (f"Timeline of {len(chosen)} polic{'y' if len(chosen) == 1 else 'ies'} ({names}) from "
                   f"{span.start} to {span.end}. Each lane is one policy; its band shows the status over time, "
                   f"hatched where the date of a change is uncertain. Markers are events: "
                   f"{len(events_data)} in this range, listed with their sources below the chart. "
                   + (f"A vertical line marks today, {today}." if span.start <= today <= span.end
                      else f"Today, {today}, is outside the range shown."))
    svg_text = (f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
                f'role="group" aria-labelledby="chart-title" aria-describedby="chart-desc">'
                f'<title id="chart-title">{escape(title)}</title><desc id="chart-desc">{escape(description)}</desc>'
                + _patterns() + "".join(svg) + "</svg>")

    legend = ["<ul class=\"legend\" aria-label=\"Legend\">"]
    for status in STYLE:
        legend.append(f'<li><svg class="swatch" viewBox="0 0 36 18" aria-hidden="true"><rect width="36" height="18" '
                      f'fill="url(#pat-{status})"/></svg>{status}{" (in effect)" if status == "active" else ""}</li>')
    legend.append('<li><svg class="swatch" viewBox="0 0 36 18" aria-hidden="true"><rect width="36" height="18" '
                  'fill="#009E73"/><rect width="36" height="18" fill="url(#hatch-uncertain)"/></svg>'
                  'date of change uncertain (?)</li>')
    legend.append('<li><svg class="swatch" viewBox="0 0 36 18" aria-hidden="true"><circle cx="18" cy="9" r="6" '
                  'class="dot"/></svg>event</li>')
    legend.append('<li><svg class="swatch" viewBox="0 0 36 18" aria-hidden="true"><path class="dot" '
                  'd="M18,2 L25,9 L18,16 L11,9 Z"/></svg>event with uncertain date</li>')
    legend.append('<li><svg class="swatch" viewBox="0 0 36 18" aria-hidden="true"><line x1="18" y1="0" x2="18" '
                  'y2="18" class="today-line"/></svg>today</li></ul>')

    list_items.sort(key=lambda item: item[:3])
    entries = []
    for _, _, _, element_id, policy, event, when in list_items:
        sources = "".join(
            f'<li><a href="{escape(s.url)}" rel="noopener noreferrer">{escape(s.title)}</a>'
            + (f", {escape(s.publisher)}" if s.publisher else "")
            + (f", {s.published.isoformat()}" if s.published else "") + "</li>"
            for s in event.sources)
        status = event.status.value
        entries.append(
            f'<li id="{element_id}" class="event" tabindex="-1"><span class="when">{escape(when)}</span> '
            f'<span class="policy">{escape(policy.name)}</span> '
            f'<span class="status" data-status="{status}"><svg class="swatch small" viewBox="0 0 18 12" '
            f'aria-hidden="true"><rect width="18" height="12" fill="url(#pat-{status})"/></svg>{status}</span>'
            f'<p>{escape(event.summary)}</p><ul class="sources">{sources}</ul></li>')
    events_html = ("<ol class=\"events\">" + "".join(entries) + "</ol>") if entries else \
        "<p>No events in this range.</p>"

    script = _SCRIPT
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1><p class=\"range\">{span.start} to {span.end} · "
        f"{len(chosen)} polic{'y' if len(chosen) == 1 else 'ies'} · made with <code>timeline chart</code></p>"
        "</header>\n<main>\n"
        + "".join(legend) + "\n"
        '<div class="chart-scroll" tabindex="0" aria-label="Chart (scrolls sideways on small screens)">'
        + svg_text + "</div>\n"
        '<div id="tooltip" role="tooltip" hidden></div>\n'
        f"<section aria-labelledby=\"events-title\"><h2 id=\"events-title\">Events</h2>{events_html}</section>\n"
        "</main>\n"
        f'<script type="application/json" id="chart-data">{_script_json(events_data)}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


_CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 12px 16px 32px; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 2px; }
h2 { font-size: 1.2rem; margin: 24px 0 8px; }
.range { margin: 0 0 10px; color: var(--muted); }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 0; margin: 0 0 10px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { width: 36px; height: 18px; border: 1px solid #333; flex: none; }
.swatch.small { width: 18px; height: 12px; vertical-align: -1px; margin-right: 4px; }
.chart-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid #ddd; border-radius: 4px; }
.chart-scroll:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
#chart { display: block; width: 100%; min-width: 860px; height: auto; font-size: 13px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
#chart .tick { fill: var(--muted); font-size: 12px; }
#chart .grid { stroke: #e3e3e3; stroke-width: 1; }
#chart .lane-label { font-weight: 600; font-size: 14px; fill: var(--ink); }
#chart .lane-meta { font-weight: 400; font-size: 12px; fill: var(--muted); }
#chart .lane-bg { fill: #f6f6f6; stroke: #ccc; }
#chart .band { stroke: #fff; stroke-width: 1; }
#chart .band.uncertain { stroke: #000; stroke-dasharray: 4 3; stroke-width: 1.2; }
#chart .band-label { fill: #000; font-weight: 600; pointer-events: none;
  paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.dot { fill: #fff; stroke: #000; stroke-width: 2; }
.marker { cursor: pointer; }
.marker .dot { fill: #0072B2; stroke: #fff; stroke-width: 2; }
.marker.uncertain .dot { fill: #fff; stroke: #000; stroke-width: 2; }
.marker:hover .dot, .marker:focus .dot { stroke: #000; stroke-width: 3.5; }
.marker:focus { outline: none; }
.marker:focus-visible .dot { stroke: #D55E00; stroke-width: 4; }
.today { pointer-events: none; }
.today line, .today-line { stroke: #D55E00; stroke-width: 2.5; stroke-dasharray: 6 4; }
.today text { fill: #A33F00; font-weight: 600; font-size: 12px; }
#tooltip { position: absolute; z-index: 10; max-width: min(380px, 92vw); padding: 10px 12px; background: #fff;
  border: 1px solid #333; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.2); font-size: 14px; }
#tooltip[hidden] { display: none; }
#tooltip .when { font-weight: 600; }
#tooltip ul { margin: 6px 0 0; padding-left: 18px; }
.events { padding-left: 0; list-style: none; margin: 0; }
.event { padding: 8px 0; border-top: 1px solid #e5e5e5; }
.event:target, .event:focus { background: #fff6d6; outline: 2px solid #E69F00; }
.event p { margin: 2px 0; }
.event .when { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: 6px; }
.event .policy { margin-right: 6px; }
.event .status { white-space: nowrap; font-size: 13px; border: 1px solid #999; border-radius: 3px; padding: 0 4px; }
.sources { margin: 2px 0 0; padding-left: 20px; font-size: 14px; }
a { color: #0058a0; }
@media (max-width: 600px) {
  body { padding: 8px 10px 24px; font-size: 15px; }
  h1 { font-size: 1.25rem; }
  .legend { gap: 4px 10px; font-size: 14px; }
}
@media print {
  @page { size: landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font: 10pt/1.35 Georgia, "DejaVu Serif", serif; }
  .chart-scroll { overflow: visible; border: 0; }
  #chart { min-width: 0; width: 100%; }
  #tooltip { display: none !important; }
  .marker .dot { stroke: #000; }
  .event { break-inside: avoid; }
  .event:target { background: none; outline: 0; }
  .sources a::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
  a { color: #000; }
}
"""

_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var tip = document.getElementById("tooltip");
  var pinned = null, hideTimer = null;
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }
  function fill(item) {
    tip.replaceChildren();
    tip.appendChild(el("div", "when", item.when));
    tip.appendChild(el("div", "who", item.policy + ": " + item.status + (item.action ? " (" + item.action + ")" : "")));
    tip.appendChild(el("p", "summary", item.summary));
    var list = el("ul");
    item.sources.forEach(function (source) {
      var li = el("li"), a = el("a", null, source.title);
      a.href = source.url; a.rel = "noopener noreferrer";
      li.appendChild(a);
      if (source.publisher) li.appendChild(document.createTextNode(", " + source.publisher));
      if (source.published) li.appendChild(document.createTextNode(", " + source.published));
      list.appendChild(li);
    });
    tip.appendChild(list);
  }
  function show(marker) {
    clearTimeout(hideTimer);
    fill(data[Number(marker.getAttribute("data-event"))]);
    tip.hidden = false;
    var box = marker.getBoundingClientRect();
    var width = tip.offsetWidth, left = window.scrollX + box.left + box.width / 2 - width / 2;
    var right = window.scrollX + document.documentElement.clientWidth - width - 4;
    left = Math.max(window.scrollX + 4, Math.min(left, right));
    tip.style.left = left + "px";
    tip.style.top = (window.scrollY + box.bottom + 8) + "px";
  }
  function hide(now) {
    clearTimeout(hideTimer);
    if (pinned) return;
    if (now) { tip.hidden = true; return; }
    hideTimer = setTimeout(function () { tip.hidden = true; }, 250);
  }
  document.querySelectorAll("#chart .marker").forEach(function (marker) {
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
  document.documentElement.setAttribute("data-chart", "ready");
})();
"""


__all__ = ["STYLE", "Span", "chart_span", "render_chart"]

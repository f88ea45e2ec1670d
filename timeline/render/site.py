"""`timeline site -o DIR`: a static site that any static host can serve, and that needs no network to view.

    DIR/index.html               "What was in effect on …?": a date field and the answer, policy by policy
    DIR/policies/<id>.html       one page per policy: what it is, its chart, its history and its sources
    DIR/chart.html               the chart of every policy (`timeline chart`)
    DIR/feed.atom                the latest changes (`timeline export --format atom`)
    DIR/calendar.ics             every event (`timeline export --format ics`)
    DIR/timeline.json            the records as tables (`timeline export --format json`)

The index answers in the page. The answer for every day comes from `core.segments` (the one definition of
state over time): each policy's segments are embedded in the page as JSON, with everything `timeline state`
says of a day (status, in effect, since, certain, attributes, the events that may be pending), and the page's
script only finds the segment that covers the chosen day. It knows no rule: a day before the first segment
has no status, and that is all. The answer for `today` is in the HTML too, so the page says something
without its script. Each policy's answer is an element with `data-policy-id` and `data-status` (empty before
its first status), as contract §6 names them.

Every page has a Content-Security-Policy that allows its own inline script and nothing from the network. The
site writes only its own files (through `timeline.atomic`); other files in DIR are left alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

from timeline.atomic import check_targets, write_text
from timeline.core.dates import iso, when
from timeline.core.keys import event_keys
from timeline.core.query import history, select
from timeline.core.segments import ordered, segment_on, segments
from timeline.core.values import plain

from .chart import STYLE, build_chart, page, render_chart
from .export import About, folder_for, to_atom, to_ics, to_json

SITE_CSS = """
.site-nav { display: flex; flex-wrap: wrap; gap: 4px 18px; align-items: baseline; padding: 8px 0 10px;
  border-bottom: 1px solid #ddd; margin-bottom: 14px; }
.site-nav .site-name { font-weight: 700; font-size: 1.1rem; color: #1a1a1a; text-decoration: none; margin-right: auto; }
.site-nav a { color: #0058a0; }
a:focus-visible, input:focus-visible, button:focus-visible, summary:focus-visible {
  outline: 3px solid #0072B2; outline-offset: 2px; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 6px 0; }
h2 { font-size: 1.3rem; margin: 26px 0 8px; }
.dek { margin: 0 0 12px; color: #333; }
.now { font-size: 1.15rem; font-weight: 600; margin: 0 0 14px; }
.ask { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: end; margin: 8px 0 6px; }
.ask label { display: block; font-weight: 700; margin-bottom: 4px; }
.ask input[type=date] { font: inherit; font-size: 1.1rem; padding: 6px 8px; min-height: 44px; border: 2px solid #333;
  border-radius: 4px; }
.ask button { font: inherit; min-height: 44px; padding: 6px 14px; border: 2px solid #0058a0; background: #0058a0;
  color: #fff; border-radius: 4px; cursor: pointer; }
.ask .quick { font: inherit; background: #fff; color: #0058a0; }
.summary { font-size: 1.15rem; margin: 10px 0; }
code { white-space: nowrap; }
.answers { list-style: none; padding: 0; margin: 0; }
.answer { border-top: 1px solid #e3e3e3; padding: 10px 0; }
.answer .head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.answer .name { font-weight: 700; font-size: 1.05rem; }
.answer .id { color: #555; font-size: 0.9rem; }
.badge { display: inline-flex; align-items: center; gap: 6px; border: 1px solid #777; border-radius: 4px;
  padding: 0 6px; white-space: nowrap; }
.badge .swatch { width: 18px; height: 12px; border: 1px solid #333; display: inline-block; }
.effect-yes { font-weight: 700; color: #00603f; }
.effect-no { color: #444; }
.pending { margin: 4px 0 0; font-size: 0.95rem; }
.attributes summary { cursor: pointer; color: #0058a0; }
.attributes dl { margin: 4px 0 0; display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 2px 12px; }
.attributes dt { font-weight: 600; }
.attributes dd { margin: 0; overflow-wrap: anywhere; }
.links { padding-left: 20px; }
.history { list-style: none; padding: 0; }
.history > li { border-top: 1px solid #e3e3e3; padding: 10px 0; }
.history > li:target { background: #fff6d6; outline: 2px solid #E69F00; }
.history .when { font-weight: 700; font-variant-numeric: tabular-nums; margin-right: 8px; }
.history p { margin: 4px 0; }
.history .after { color: #333; font-size: 0.95rem; }
.sources-list li { margin: 4px 0; overflow-wrap: anywhere; }
.sources-list blockquote { margin: 2px 0 0 8px; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
footer.site-foot { margin-top: 32px; padding-top: 10px; border-top: 1px solid #ddd; font-size: 0.95rem; color: #333; }
@media (max-width: 600px) { h1 { font-size: 1.4rem; } .attributes dl { grid-template-columns: 1fr; } }
.swatch { background: #f3f3f3; }
""" + "".join(f'.swatch[data-status="{status}"] {{ background: {colour}; }}\n' for status, (colour, _) in STYLE.items())

SITE_SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("state-data").textContent);
  var input = document.getElementById("on"), form = document.getElementById("ask");
  var summary = document.getElementById("answer-summary");
  // the segment covering the day, or none (no status yet): segments are [from, to), to null while open
  function covering(list, day) {
    for (var i = 0; i < list.length; i++) {
      if (list[i].from <= day && (list[i].to === null || day < list[i].to)) return list[i];
    }
    return null;
  }
  function text(node, value) { node.textContent = value; }
  function shown(value) {
    return typeof value === "string" ? value : Array.isArray(value) ? value.map(shown).join(", ")
      : JSON.stringify(value);
  }
  function show(day) {
    var inEffect = 0;
    data.policies.forEach(function (policy) {
      var item = document.querySelector('[data-policy-id="' + policy.id + '"]');
      var found = covering(policy.segments, day);
      var status = found ? found.status : null;
      item.setAttribute("data-status", status || "");
      item.setAttribute("data-in-effect", found && found.in_effect ? "true" : "false");
      item.setAttribute("data-since", found && found.since ? found.since : "");
      item.setAttribute("data-certain", found ? String(found.certain) : "true");
      if (found && found.in_effect) inEffect += 1;
      text(item.querySelector(".status-word"), status || "no status yet");
      item.querySelector(".swatch").setAttribute("data-status", status || "");
      var effect = item.querySelector(".effect");
      text(effect, found && found.in_effect ? "in effect" : "not in effect");
      effect.className = "effect " + (found && found.in_effect ? "effect-yes" : "effect-no");
      text(item.querySelector(".since"), found && found.since ? "since " + found.since : "");
      var pending = item.querySelector(".pending");
      pending.replaceChildren();
      pending.hidden = !found || found.certain;
      if (found && !found.certain) {
        pending.appendChild(document.createTextNode("Uncertain: this may already have happened: "));
        found.pending.forEach(function (event, index) {
          if (index) pending.appendChild(document.createTextNode("; "));
          pending.appendChild(document.createTextNode(event.when + ", " + event.status + ": " + event.summary));
        });
      }
      var attributes = found ? found.attributes : {}, keys = Object.keys(attributes);
      item.setAttribute("data-attributes", JSON.stringify(attributes));
      var list = item.querySelector(".attributes dl");
      list.replaceChildren();
      keys.forEach(function (key) {
        list.appendChild(Object.assign(document.createElement("dt"), {textContent: key}));
        list.appendChild(Object.assign(document.createElement("dd"), {textContent: shown(attributes[key])}));
      });
      item.querySelector(".attributes").hidden = keys.length === 0;
    });
    var count = data.policies.length;
    text(summary, "On " + day + ", " + inEffect + " of " + count + " " + (count === 1 ? "policy was" : "policies were")
      + " in effect.");
    document.documentElement.setAttribute("data-answered", day);
  }
  function valid(day) { return /^\\d{4}-\\d{2}-\\d{2}$/.test(day); }
  function ask(day, remember) {
    if (!valid(day)) return;
    show(day);
    if (remember && history.replaceState) history.replaceState(null, "", "#on=" + day);
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); ask(input.value, true); });
  input.addEventListener("change", function () { ask(input.value, true); });
  document.querySelectorAll("[data-day]").forEach(function (button) {
    button.addEventListener("click", function () {
      input.value = button.getAttribute("data-day");
      ask(input.value, true);
    });
  });
  var asked = /^#on=(\\d{4}-\\d{2}-\\d{2})$/.exec(location.hash);
  if (asked) { input.value = asked[1]; }
  ask(input.value, false);
  document.documentElement.setAttribute("data-site", "ready");
})();
"""


def _script_json(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _value(value) -> str:
    """An attribute's value as the page shows it (the script's `shown` writes the same)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_value(item) for item in value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _event_when(event: dict) -> str:
    return when(event.get("date"), event.get("not_before"), event.get("not_after"))


def _pending(policy, segment) -> list[dict]:
    """The events of uncertain date that may have happened by the segment's days (as `state` names them)."""
    return [{"when": when(iso(event.date), iso(event.not_before), iso(event.not_after)), "status": str(event.status),
             "summary": event.summary} for event in (policy.events[index] for index in segment.pending)]


def state_data(policies: Sequence) -> dict:
    """What the index's script looks days up in: each policy's segments, as the core computed them, with all
    that `timeline state` says of a day in one."""
    out = []
    for policy in policies:
        runs = []
        for segment in segments(policy.events):
            runs.append({
                "from": iso(segment.start), "to": iso(segment.end), "status": segment.status,
                "in_effect": segment.in_effect, "since": iso(segment.since), "certain": segment.certain,
                "attributes": plain(segment.attributes),
                "pending": _pending(policy, segment),
            })
        out.append({"id": policy.id, "name": policy.name, "segments": runs})
    return {"policies": out}


def _swatch(status: str | None) -> str:
    return f'<span class="swatch" data-status="{escape(status or "")}" aria-hidden="true"></span>'


def _answer_item(policy, day: dt.date) -> str:
    """One policy's answer for `day`, as the page shows it before its script runs (the script rewrites it)."""
    found = segment_on(segments(policy.events), day)
    status = found.status if found else None
    in_effect = bool(found and found.in_effect)
    attributes = plain(found.attributes) if found else {}
    rows = "".join(f"<dt>{escape(str(key))}</dt><dd>{escape(_value(value))}</dd>" for key, value in attributes.items())
    pending = ""
    if found and not found.certain:
        pending = "Uncertain: this may already have happened: " + "; ".join(
            escape(f"{item['when']}, {item['status']}: {item['summary']}") for item in _pending(policy, found))
    since = iso(found.since) if found and found.since else ""
    effect = ("effect-yes", "in effect") if in_effect else ("effect-no", "not in effect")
    return (
        f'<li class="answer" data-policy-id="{escape(policy.id)}" data-status="{escape(status or "")}" '
        f'data-in-effect="{"true" if in_effect else "false"}" data-since="{since}" '
        f'data-certain="{"true" if not found or found.certain else "false"}" '
        f'data-attributes="{escape(json.dumps(attributes, ensure_ascii=False, separators=(",", ":")))}">'
        f'<div class="head"><a class="name" href="policies/{escape(policy.id)}.html">{escape(policy.name)}</a>'
        f'<span class="id">{escape(policy.id)}</span><span class="badge">{_swatch(status)}'
        f'<span class="status-word">{escape(status or "no status yet")}</span></span>'
        f'<span class="effect {effect[0]}">{effect[1]}</span>'
        f'<span class="since">{"since " + since if since else ""}</span></div>'
        f'<p class="pending"{"" if pending else " hidden"}>{pending}</p>'
        f'<details class="attributes"{"" if rows else " hidden"}><summary>Attributes</summary><dl>{rows}</dl></details>'
        "</li>")


def _nav(prefix: str, title: str) -> str:
    return (f'<nav class="site-nav" aria-label="Site">'
            f'<a class="site-name" href="{prefix}index.html">{escape(title)}</a>'
            f'<a href="{prefix}index.html#ask-title">What was in effect?</a><a href="{prefix}chart.html">Chart</a>'
            f'<a href="{prefix}index.html#policies-title">Policies</a><a href="{prefix}feed.atom">Feed</a></nav>')


def _footer(about: About, today: dt.date, prefix: str) -> str:
    source = (f'<a href="{escape(about.source_url)}">{escape(about.source)}</a>' if about.source_url
              else escape(about.source))
    licence = ""
    if about.license:
        licence = " Licence: " + (f'<a href="{escape(about.license_url)}">{escape(about.license)}</a>'
                                  if about.license_url else escape(about.license)) + "."
    return (f'<footer class="site-foot"><p>Records: {source}, as of {today.isoformat()}; every event lists its '
            f"sources.{licence}</p><p>Data: <a href=\"{prefix}timeline.json\">timeline.json</a> · "
            f'<a href="{prefix}feed.atom">Atom feed</a> · <a href="{prefix}calendar.ics">calendar</a>. '
            "Made with timeline.</p></footer>")


def _head(prefix: str) -> str:
    return (f'<link rel="alternate" type="application/atom+xml" title="Latest changes" href="{prefix}feed.atom">\n'
            f"<style>{SITE_CSS}</style>\n")


def index_page(policies: Sequence, today: dt.date, about: About) -> str:
    count = len(policies)
    items = "".join(_answer_item(policy, today) for policy in policies)
    in_effect = sum(bool((found := segment_on(segments(policy.events), today)) and found.in_effect)
                    for policy in policies)
    changes = sorted({segment.start for policy in policies for segment in segments(policy.events)})
    shortcuts = [(today, "Today")] + ([(changes[0], "First record")] if changes else [])
    quick = "".join(f'<button type="button" class="quick" data-day="{day.isoformat()}">{label}</button>'
                    for day, label in shortcuts)
    listing = "".join(f'<li><a href="policies/{escape(policy.id)}.html">{escape(policy.name)}</a> '
                      f"({len(policy.events)} events)</li>" for policy in policies)
    body = (
        _nav("", about.title)
        + f'<main><h1>{escape(about.title)}</h1><p class="dek">Dated, sourced status changes of {count} '
        f"polic{'y' if count == 1 else 'ies'}. Pick a date to see which were in effect then.</p>"
        f'<section aria-labelledby="ask-title"><h2 id="ask-title">What was in effect on…</h2>'
        f'<form id="ask" class="ask" role="search" aria-label="What was in effect on a date"><div>'
        f'<label for="on">Date</label><input type="date" id="on" name="on" value="{today.isoformat()}" required '
        f'aria-describedby="on-help"></div><button type="submit">Show</button>{quick}</form>'
        f'<p id="on-help" class="dek">A policy is in effect when the authority responsible applies it. The '
        f"answer comes from the same records as <code>timeline state --on DATE</code>.</p>"
        f'<noscript><p>The date field needs JavaScript; the answer below is for {today.isoformat()}.</p></noscript>'
        f'<p id="answer-summary" class="summary" role="status" aria-live="polite">On {today.isoformat()}, '
        f"{in_effect} of {count} {'policy was' if count == 1 else 'policies were'} in effect.</p>"
        f'<ul class="answers" aria-label="Each policy on the date">{items}</ul></section>'
        f'<section aria-labelledby="chart-link-title"><h2 id="chart-link-title">The timeline</h2>'
        f'<p><a href="chart.html">See every policy on one chart</a>, with each event and its sources.</p></section>'
        f'<section aria-labelledby="policies-title"><h2 id="policies-title">Policies</h2>'
        f'<ul class="links">{listing}</ul></section></main>'
        + _footer(about, today, "")
        + f'<script type="application/json" id="state-data">{_script_json(state_data(policies))}</script>'
        f"<script>{SITE_SCRIPT}</script>"
    )
    return page(about.title, body, [SITE_SCRIPT], head=_head(""))


def _anchor(key: str) -> str:
    return "event-" + key.replace("/", "-")


def policy_page(policies: Sequence, policy, today: dt.date, about: About) -> str:
    story = history(policies, policy.id).as_dict()
    keys = event_keys(policy)
    key_of = [keys[index] for index in ordered(policy.events)]  # history lists the events in this order
    numbers = {source["url"]: n for n, source in enumerate(story["sources"], start=1)}
    known = {other.id for other in policies}

    def other(item: dict) -> str:
        name = escape(item.get("name") or item["policy"])
        return f'<a href="{escape(item["policy"])}.html">{name}</a>' if item["policy"] in known else name

    facts = []
    if story["aliases"]:
        facts.append("Also known as " + escape(", ".join(story["aliases"])) + ".")
    if story["jurisdiction"]:
        facts.append(f"Jurisdiction: {escape(story['jurisdiction'])}.")
    if story["last_reviewed"]:
        facts.append(f"Record last reviewed {story['last_reviewed']}.")
    related = [f"<li>{escape(item['relation'].replace('-', ' '))} {other(item)}"
               + (f": {escape(item['note'])}" if item.get("note") else "") + "</li>" for item in story["related"]]
    related += [f"<li>{other(item)} {escape(item['relation'].replace('-', ' '))} this policy"
                + (f": {escape(item['note'])}" if item.get("note") else "") + "</li>" for item in story["related_from"]]

    entries = []
    items = [(event.get("date") or event.get("not_after") or event.get("not_before") or "", 1, number, event)
             for number, event in enumerate(story["events"])]
    items += [(item.get("date") or item.get("not_after") or item.get("not_before") or "", 0, number, item)
              for number, item in enumerate(story["context"])]
    for _, is_event, number, event in sorted(items, key=lambda entry: entry[:3]):
        refs = " ".join(f'<a href="#source-{numbers[s["url"]]}">[{numbers[s["url"]]}]</a>' for s in event["sources"])
        if not is_event:
            entries.append(f'<li><span class="when">{escape(_event_when(event))}</span> context (no change of status)'
                           f"<p>{escape(event['summary'])}</p>"
                           + (f"<p>Note: {escape(event['note'])}</p>" if event.get("note") else "")
                           + f"<p>Sources: {refs}</p></li>")
            continue
        key = key_of[number]
        action = event.get("action")
        label = event["status"] + (f" ({action})" if action and action != event["status"] else "")
        if event.get("uncertain"):
            label += ", date uncertain"
        details = []
        if event.get("announced") and event["announced"] != event.get("date"):
            details.append(f"Announced {event['announced']}.")
        if event.get("authority"):
            details.append(f"By: {escape(event['authority'])}.")
        if event.get("case"):
            case = event["case"]
            parts = [case.get("name"), case.get("court"), case.get("docket") and f"No. {case['docket']}",
                     case.get("citation")]
            details.append("Case: " + escape(", ".join(part for part in parts if part)) + ".")
        if event.get("set"):
            details.append("Sets " + escape("; ".join(f"{k}: {_value(v)}" for k, v in event["set"].items())) + ".")
        if event.get("note"):
            details.append(f"Note: {escape(event['note'])}")
        after = event["after"]
        entries.append(
            f'<li id="{_anchor(key)}"><span class="when">{escape(_event_when(event))}</span>'
            f'<span class="badge">{_swatch(event["status"])}{escape(label)}</span>'
            f"<p>{escape(event['summary'])}</p>" + "".join(f"<p>{item}</p>" for item in details)
            + f'<p class="after">After this: {escape(after["status"] or "no status")}, '
            f'{"in effect" if after["in_effect"] else "not in effect"}.</p><p>Sources: {refs}</p></li>')

    sources = []
    for number, source in enumerate(story["sources"], start=1):
        byline = ", ".join(part for part in (source.get("publisher"), source.get("published")) if part)
        if source.get("updated"):
            byline += f" (updated {source['updated']})"
        quote = f"<blockquote>{escape(source['quote'])}</blockquote>" if source.get("quote") else ""
        sources.append(f'<li id="source-{number}"><a href="{escape(source["url"])}" rel="noopener noreferrer">'
                       f'{escape(source["title"])}</a>{", " + escape(byline) if byline else ""}{quote}</li>')

    chart = build_chart(policies, today=today, ids=[policy.id], title=f"{policy.name}: status over time",
                        heading=2, credit=about.source, event_href=lambda key: "#" + _anchor(key), relations=False)
    found = segment_on(segments(policy.events), today)
    now = (f"On {today.isoformat()} its status is {found.status or 'none yet'}"
           + (f" (since {found.since})" if found and found.since else "")
           + ("" if not found or found.certain else ", though a change of uncertain date may have happened") + "."
           ) if found else f"On {today.isoformat()} it has no status yet."
    body = (
        _nav("../", about.title)
        + f'<main><h1>{escape(policy.name)}</h1><p class="now">{escape(now)}</p>'
        + chart.html
        + '<section aria-labelledby="about-title"><h2 id="about-title">About this record</h2>'
        + (f"<p>{escape(story['summary'])}</p>" if story["summary"] else "")
        + (f"<p>{' '.join(facts)}</p>" if facts else "") + "</section>"
        + ('<section aria-labelledby="related-title"><h2 id="related-title">Related policies</h2><ul>'
           + "".join(related) + "</ul></section>" if related else "")
        + f'<section aria-labelledby="history-title"><h2 id="history-title">History</h2>'
        f'<ol class="history">{"".join(entries)}</ol></section>'
        f'<section aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2>'
        f'<ol class="sources-list">{"".join(sources)}</ol></section></main>'
        + _footer(about, today, "../")
    )
    return page(f"{policy.name} · {about.title}", body, [chart.script], head=_head("../"))


def write_site(policies: Sequence, folder: Path, *, today: dt.date, ids: Iterable[str] | None = None,
               about: About | None = None) -> list[Path]:
    """Write the site into `folder` (created when missing); the paths written, index first."""
    about = about or About()
    chosen = select(policies, ids)
    folder = folder_for(folder, "the site is a folder of pages")
    pages = folder_for(folder / "policies", "the site puts its policy pages in a folder of that name")
    ids = [policy.id for policy in chosen]
    files = {
        folder / "index.html": index_page(chosen, today, about),
        folder / "chart.html": render_chart(policies, today=today, ids=ids, title=about.title),
        folder / "feed.atom": to_atom(policies, today, ids),
        folder / "calendar.ics": to_ics(policies, ids),
        folder / "timeline.json": to_json(policies, ids),
    }
    for policy in chosen:
        files[pages / f"{policy.id}.html"] = policy_page(policies, policy, today, about)
    check_targets(list(files))  # every page or none
    for path, text in files.items():
        write_text(path, text)
    return list(files)


__all__ = ["SITE_SCRIPT", "index_page", "policy_page", "state_data", "write_site"]

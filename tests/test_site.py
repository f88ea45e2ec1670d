"""`timeline site`: a static folder whose index answers "what was in effect on …?" in the page exactly as
`timeline state --on` does, checked in a real Chromium on every day a state changes, the days around them
and days picked at random; pages that load nothing, link only to files that exist, and work by keyboard, with
a screen reader's names and on a phone.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from chromium_cdp import Chromium, Page
from hypothesis import HealthCheck, given, settings
from test_chart_browser import GEOMETRY, browser_binary, problems
from test_chart_browser import requests as all_requests
from test_segments import policies as generated_policies
from typer.testing import CliRunner

from timeline.cli import app
from timeline.core.query import state_on
from timeline.core.segments import segments
from timeline.records.check import load_policies
from timeline.render.site import write_site

SHIPPED = Path(__file__).resolve().parent.parent / "policies"
SAMPLE = Path(__file__).parent / "fixtures" / "sample"
TODAY = "2026-11-29"
FIELDS = ("id", "status", "in_effect", "since", "certain", "attributes")

# every policy's answer as the page shows it, for each of `days` (the script answers on the field's change)
ANSWERS = """
((days) => {
  const input = document.getElementById('on');
  return days.map(day => {
    input.value = day;
    input.dispatchEvent(new Event('change'));
    return {day, answered: document.documentElement.getAttribute('data-answered'),
            summary: document.getElementById('answer-summary').textContent,
            policies: [...document.querySelectorAll('[data-policy-id]')].map(item => ({
              id: item.dataset.policyId, status: item.dataset.status || null,
              in_effect: item.dataset.inEffect === 'true', since: item.dataset.since || null,
              certain: item.dataset.certain === 'true', attributes: JSON.parse(item.dataset.attributes),
              word: item.querySelector('.status-word').textContent,
              pending: item.querySelector('.pending').hidden ? '' : item.querySelector('.pending').textContent}))};
  });
})
"""


def build(folder: Path, data: Path = SHIPPED, *args: str):
    result = CliRunner().invoke(app, ["site", "-o", str(folder), "--data", str(data), *args],
                                env={"TIMELINE_TODAY": TODAY})
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site") / "public"
    build(folder)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = browser_binary()
    folder = tmp_path_factory.mktemp("chromium-site")
    chromium = Chromium(binary, folder / "profile", folder / "chromium.log")
    try:
        yield chromium
    finally:
        chromium.close()


def open_page(browser, path: Path, size=(1400, 900), mobile=False, url: str | None = None) -> Page:
    tab = Page(browser)
    tab.viewport(*size, mobile=mobile)
    tab.navigate(url or path.as_uri())
    return tab


def close(browser, tab: Page) -> None:
    browser.call("Target.closeTarget", {"targetId": tab.call("Target.getTargetInfo")["targetInfo"]["targetId"]})


def press_enter(tab: Page) -> None:
    """Enter as a keyboard sends it (with its text, which submits a form and presses a button)."""
    params = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
    tab.call("Input.dispatchKeyEvent", {"type": "keyDown", "text": "\r", **params})
    tab.call("Input.dispatchKeyEvent", {"type": "keyUp", **params})
    tab.browser.drain(0.1)


def requests(tab: Page) -> list[str]:
    """What the page asked for, less the browser's own data: images (the date field's calendar icon)."""
    return [url for url in all_requests(tab) if not url.startswith("data:")]


def cli_state(day: str, data: Path = SHIPPED) -> list[dict]:
    result = CliRunner().invoke(app, ["state", "--on", day, "--format", "json", "--data", str(data)],
                                env={"TIMELINE_TODAY": TODAY})
    assert result.exit_code == 0, result.output
    return [{key: item[key] for key in FIELDS} for item in json.loads(result.output)["policies"]]


def shown(answer: dict) -> list[dict]:
    return [{key: item[key] for key in FIELDS} for item in answer["policies"]]


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(path: Path) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tags


# --- the folder --------------------------------------------------------------------------------------------


def test_site_writes_its_pages_feeds_and_chart(site):
    """The folder has the index, a page per policy, the chart, the Atom feed, the calendar and the data."""
    names = sorted(str(path.relative_to(site)) for path in site.rglob("*") if path.is_file())
    policies = sorted(f"policies/{path.stem}.html" for path in SHIPPED.glob("*.yaml"))
    assert names == sorted(["index.html", "chart.html", "feed.atom", "calendar.ics", "timeline.json", *policies])
    assert (site / "feed.atom").read_text(encoding="utf-8").startswith('<?xml version="1.0"')
    assert (site / "calendar.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_pages_load_nothing_and_link_only_to_files_that_exist(site):
    """Every page has a CSP that forbids the network, no src= or stylesheet link, and every relative link (with
    its #fragment) leads to a file of the site."""
    for page in site.rglob("*.html"):
        found = tags(page)
        (csp,) = [attrs["content"] for tag, attrs in found if tag == "meta"
                  and attrs.get("http-equiv") == "Content-Security-Policy"]
        assert csp.startswith("default-src 'none'"), page
        assert not [attrs for _, attrs in found if "src" in attrs], page
        assert not [attrs for tag, attrs in found if tag == "link" and attrs.get("rel") != "alternate"], page
        for _, attrs in found:
            href = attrs.get("href")
            if not href or re.match(r"https?://", href):
                continue
            target, _, fragment = href.partition("#")
            path = (page.parent / target).resolve() if target else page
            assert path.is_file(), f"{page.name}: {href}"
            if fragment and path.suffix == ".html":
                assert f'id="{fragment}"' in path.read_text(encoding="utf-8"), f"{page.name}: {href}"


def test_index_answers_today_without_its_script(site):
    """Before any script runs, each policy's element carries today's answer (data-policy-id, data-status)."""
    found = {attrs["data-policy-id"]: attrs for tag, attrs in tags(site / "index.html") if "data-policy-id" in attrs}
    expected = cli_state(TODAY)
    assert list(found) == [item["id"] for item in expected]
    for item in expected:
        attrs = found[item["id"]]
        assert (attrs["data-status"] or None) == item["status"]
        assert attrs["data-in-effect"] == str(item["in_effect"]).lower()
        assert json.loads(attrs["data-attributes"]) == item["attributes"]


def test_record_text_is_escaped_on_every_page(tmp_path):
    """Text from records (a source titled "Harbor rule begins <today>") is escaped in every page and in the
    JSON the index embeds."""
    build(tmp_path / "public", SAMPLE)
    for page in (tmp_path / "public").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<today>" not in text, page
    assert "Harbor rule begins &lt;today&gt;" in (tmp_path / "public" / "policies" / "harbor-permits.html").read_text(
        encoding="utf-8")


def test_site_into_a_file_is_a_usage_error(tmp_path):
    """-o naming a file is a usage error (exit 2), and the file is left alone; other files in DIR are kept."""
    target = tmp_path / "file"
    target.write_text("keep")
    result = CliRunner().invoke(app, ["site", "-o", str(target), "--data", str(SAMPLE)], env={"TIMELINE_TODAY": TODAY})
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert target.read_text() == "keep"
    folder = tmp_path / "public"
    folder.mkdir()
    (folder / "CNAME").write_text("example.org")
    build(folder, SAMPLE)
    assert (folder / "CNAME").read_text() == "example.org" and (folder / "index.html").is_file()


# --- in Chromium -------------------------------------------------------------------------------------------


def days_to_ask(data: Path) -> list[str]:
    """Every day a state changes and the days either side; days before and after the records; and sixty days
    picked at random across the records' years."""
    days = {dt.date(1999, 12, 31), dt.date(2040, 1, 1)}
    for policy in load_policies([data]):
        for segment in segments(policy.events):
            for day in (segment.start, segment.end):
                if day is not None:
                    days |= {day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)}
    pick = random.Random(20261129)
    first, last = min(days - {dt.date(1999, 12, 31)}), max(days - {dt.date(2040, 1, 1)})
    days |= {first + dt.timedelta(days=pick.randrange((last - first).days + 400)) for _ in range(60)}
    return sorted(day.isoformat() for day in days)


def test_index_answers_as_timeline_state_on_every_day_asked(browser, site):
    """For every change day, the days around it, days outside the records and random days, the page's answer
    (status, in effect, since, certain, attributes; the word shown) equals `timeline state --on DAY`."""
    tab = open_page(browser, site / "index.html")
    try:
        assert problems(tab) == [] and requests(tab) == [(site / "index.html").as_uri()]
        asked = days_to_ask(SHIPPED)
        assert len(asked) > 150
        answers = tab.evaluate(f"{ANSWERS}({json.dumps(asked)})")
        for answer in answers:
            day = answer["day"]
            assert answer["answered"] == day
            expected = cli_state(day)
            assert shown(answer) == expected, day
            assert [item["word"] for item in answer["policies"]] == [item["status"] or "no status yet"
                                                                    for item in expected]
            in_effect = sum(item["in_effect"] for item in expected)
            assert answer["summary"].startswith(f"On {day}, {in_effect} of {len(expected)} ")
    finally:
        close(browser, tab)


def test_uncertain_days_name_the_pending_event(browser, tmp_path):
    """On a day when an event of uncertain date may have happened, the answer says so and names the event."""
    build(tmp_path / "sample", SAMPLE)
    tab = open_page(browser, tmp_path / "sample" / "index.html")
    try:
        (answer,) = tab.evaluate(f"{ANSWERS}({json.dumps(['2022-02-01'])})")
        harbor = next(item for item in answer["policies"] if item["id"] == "harbor-permits")
        assert harbor["certain"] is False and harbor["status"] == "active"
        assert "The board stops applying the rule" in harbor["pending"]
        assert shown(answer) == cli_state("2022-02-01", SAMPLE)
    finally:
        close(browser, tab)


def test_a_date_in_the_address_is_answered(browser, site):
    """index.html#on=DATE opens with that date's answer (a link can share a question)."""
    tab = open_page(browser, site / "index.html", url=(site / "index.html").as_uri() + "#on=2021-09-01")
    try:
        assert tab.evaluate("document.documentElement.getAttribute('data-answered')") == "2021-09-01"
        assert tab.evaluate("document.getElementById('on').value") == "2021-09-01"
    finally:
        close(browser, tab)


def test_keyboard_and_screen_reader(browser, site):
    """The date field has the accessible name "Date", the answer is a live status region, Tab reaches the field
    and Enter answers, and the shortcut buttons work from the keyboard."""
    tab = open_page(browser, site / "index.html")
    try:
        tree = tab.call("Accessibility.getFullAXTree")["nodes"]
        names = {(node.get("role", {}).get("value"), node.get("name", {}).get("value")) for node in tree}
        assert ("Date", "Date") in names  # Chromium's role for <input type=date>, named by its <label>
        assert any(role == "status" for role, _ in names)
        for _ in range(12):
            tab.key("Tab", "Tab", 9)
            if tab.evaluate("document.activeElement.id") == "on":
                break
        assert tab.evaluate("document.activeElement.id") == "on"
        tab.evaluate("document.getElementById('on').value = '2019-03-01'")
        press_enter(tab)
        assert tab.evaluate("document.documentElement.getAttribute('data-answered')") == "2019-03-01"
        tab.evaluate("document.querySelector('button[data-day]').focus()")
        press_enter(tab)
        assert tab.evaluate("document.documentElement.getAttribute('data-answered')") == TODAY
    finally:
        close(browser, tab)


@pytest.mark.parametrize("page", ["index.html", "chart.html", "policies/remain-in-mexico.html",
                                  "policies/cbp-one.html"])
def test_pages_work_on_a_phone(browser, site, page):
    """At 390 px, no page scrolls sideways, text is at least 15 px, the date field is a 44 px touch target, and
    every page runs without errors and requests nothing but itself."""
    tab = open_page(browser, site / page, size=(390, 844), mobile=True)
    try:
        assert problems(tab) == [] and requests(tab) == [(site / page).as_uri()]
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert tab.evaluate("parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)") >= 15
        if page == "index.html":
            assert tab.evaluate("document.getElementById('on').getBoundingClientRect().height") >= 44
    finally:
        close(browser, tab)


def test_policy_page_chart_links_to_the_history_and_covers_no_text(browser, site):
    """A policy's page has its chart, whose markers link to entries of the history below, with no text covered."""
    tab = open_page(browser, site / "policies" / "remain-in-mexico.html")
    try:
        assert tab.evaluate(GEOMETRY)["problems"] == []
        targets = tab.evaluate("[...document.querySelectorAll('.tl-marker')].map(m => m.getAttribute('href'))")
        assert targets and all(tab.evaluate(f"!!document.getElementById({json.dumps(href[1:])})")
                               for href in targets)
        assert tab.evaluate("document.querySelectorAll('.history > li').length") >= 38
    finally:
        close(browser, tab)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_policies())
def test_index_answers_as_state_for_generated_records(browser, records):
    """For generated records (uncertain windows, same-day events, attributes set and removed), the page's answer
    equals the library's `state_on` on every day of their span."""
    with tempfile.TemporaryDirectory() as folder:
        write_site(records, Path(folder), today=dt.date(2020, 2, 1))
        tab = open_page(browser, Path(folder) / "index.html")
        try:
            asked = [(dt.date(2019, 12, 30) + dt.timedelta(days=offset)).isoformat() for offset in range(90)]
            for answer in tab.evaluate(f"{ANSWERS}({json.dumps(asked)})"):
                expected = state_on(records, dt.date.fromisoformat(answer["day"])).as_dict()["policies"]
                assert shown(answer) == [{key: item[key] for key in FIELDS} for item in expected], answer["day"]
        finally:
            close(browser, tab)

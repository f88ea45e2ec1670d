"""The chart in a real headless Chromium: it renders, runs without console errors, fetches nothing.

Skipped only where no Chromium is installed, and never in CI: with CI=true a
missing browser is a failure (.ci/install-browser installs Debian's
`chromium`). $TIMELINE_CHROMIUM names another binary.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from chromium_cdp import Chromium, Page, find_chromium, png_pixels
from typer.testing import CliRunner

from timeline.cli import app

SAMPLE = Path(__file__).parent / "fixtures" / "sample"
OKABE_ITO_ACTIVE = (0x00, 0x9E, 0x73)
OKABE_ITO_SUSPENDED = (0xE6, 0x9F, 0x00)


def browser_binary() -> str:
    found = find_chromium()
    if found:
        return found
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail("CI is set but no Chromium was found: run .ci/install-browser (apt-get install chromium) first")
    pytest.skip("no Chromium here; install Debian's `chromium` package to run the browser tests")


@pytest.fixture(scope="module")
def chart_file(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("chart") / "chart.html"
    result = CliRunner().invoke(app, ["chart", "--data", str(SAMPLE), "-o", str(target)],
                                env={"TIMELINE_TODAY": "2025-01-01"})
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = browser_binary()
    folder = tmp_path_factory.mktemp("chromium")
    chromium = Chromium(binary, folder / "profile", folder / "chromium.log")
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture
def page(browser, chart_file):
    tab = Page(browser)
    tab.viewport(1400, 900)
    tab.navigate(chart_file.as_uri())
    yield tab
    browser.call("Target.closeTarget", {"targetId": tab.call("Target.getTargetInfo")["targetInfo"]["targetId"]})


def problems(tab: Page) -> list[str]:
    found = [f"console.{event['type']}: {event['args']}" for event in tab.events("Runtime.consoleAPICalled")
             if event["type"] in ("error", "warning", "assert")]
    found += [f"exception: {event['exceptionDetails']}" for event in tab.events("Runtime.exceptionThrown")]
    found += [f"log {entry['entry']['level']}: {entry['entry']['text']}" for entry in tab.events("Log.entryAdded")
              if entry["entry"]["level"] in ("error", "warning")]
    return found


def requests(tab: Page) -> list[str]:
    return [event["request"]["url"] for event in tab.events("Network.requestWillBeSent")]


def test_harness_sees_console_errors_and_network_requests(browser, tmp_path):
    """The checks below can fail: a page that logs an error and fetches an image is caught by both."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><title>bad</title><img src="http://127.0.0.1:9/x.png">'
                   '<script>console.error("boom")</script>')
    tab = Page(browser)
    tab.navigate(bad.as_uri())
    assert any("boom" in problem for problem in problems(tab))
    assert "http://127.0.0.1:9/x.png" in requests(tab)


def test_chart_renders_lanes_and_markers_after_scripts_ran(page):
    """Both policies have a lane with bands and markers, and the script finished (data-chart=ready)."""
    assert page.evaluate("document.documentElement.getAttribute('data-chart')") == "ready"
    lanes = page.evaluate("[...document.querySelectorAll('#chart .lane')].map(lane => [lane.dataset.policy, "
                          "lane.querySelectorAll('.band').length, lane.querySelectorAll('.marker').length])")
    assert [lane[0] for lane in lanes] == ["harbor-permits", "river-tolls"]
    assert all(bands > 0 and markers > 0 for _, bands, markers in lanes)
    size = page.evaluate("(() => { const box = document.getElementById('chart').getBoundingClientRect(); "
                         "return [box.width, box.height]; })()")
    assert size[0] > 1000 and size[1] > 100


def test_no_console_errors_and_no_network_requests(page, chart_file):
    """Loading the chart logs no error or warning and requests nothing but the file itself."""
    assert problems(page) == []
    assert requests(page) == [chart_file.as_uri()]


def test_screenshot_is_not_blank_and_shows_status_colours(page):
    """A 1400×900 screenshot has many colours, including the Okabe-Ito colours of active and suspended bands."""
    width, height, pixels = png_pixels(page.screenshot(1400, 900))
    assert (width, height) == (350, 225)
    colours = set(pixels)
    assert len(colours) > 50
    assert OKABE_ITO_ACTIVE in colours and OKABE_ITO_SUSPENDED in colours
    white = sum(pixel == (255, 255, 255) for pixel in pixels)
    assert white < 0.9 * len(pixels)


def test_keyboard_reaches_markers_and_shows_tooltip(page):
    """Tab moves focus onto the first marker, its tooltip appears with date, summary and source links."""
    for _ in range(6):
        page.key("Tab", "Tab", 9)
        if page.evaluate("document.activeElement.classList.contains('marker')"):
            break
    assert page.evaluate("document.activeElement.classList.contains('marker')")
    tooltip = page.evaluate("(() => { const tip = document.getElementById('tooltip'); return [tip.hidden, "
                            "tip.textContent, [...tip.querySelectorAll('a')].map(a => a.href)]; })()")
    hidden, text, links = tooltip
    assert hidden is False
    assert "2019-01-10" in text and "The rule is proposed for comment" in text
    assert links == ["https://example.org/harbor/proposal?id=1&lang=en"]
    page.key("Escape", "Escape", 27)
    assert page.evaluate("document.getElementById('tooltip').hidden") is True


def test_phone_width_scrolls_the_chart_not_the_page(page):
    """At 390 px wide the page does not overflow sideways, the chart scrolls in its box, text stays readable."""
    page.viewport(390, 844, mobile=True)
    page.browser.drain(0.2)
    metrics = page.evaluate("(() => { const box = document.querySelector('.chart-scroll'); return {"
                            "page: document.documentElement.scrollWidth, view: window.innerWidth, "
                            "inner: box.scrollWidth, outer: box.clientWidth, "
                            "font: parseFloat(getComputedStyle(document.querySelector('.event p')).fontSize), "
                            "label: document.querySelector('#chart .lane-label').getBoundingClientRect().height}; })()")
    assert metrics["page"] <= metrics["view"]
    assert metrics["inner"] > metrics["outer"]
    assert metrics["font"] >= 14 and metrics["label"] >= 10
    width, height, pixels = png_pixels(page.screenshot(390, 844, scale=0.5))
    assert len(set(pixels)) > 20


def test_print_hides_the_tooltip_and_fits_the_chart(page):
    """In print media the tooltip is hidden, the chart fits the page width, and a PDF comes out."""
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    styles = page.evaluate("[getComputedStyle(document.getElementById('tooltip')).display, "
                           "getComputedStyle(document.getElementById('chart')).minWidth]")
    assert styles == ["none", "0px"]
    pdf = page.call("Page.printToPDF", {"landscape": True, "printBackground": True})["data"]
    assert pdf.startswith("JVBERi0")  # base64 of "%PDF-"

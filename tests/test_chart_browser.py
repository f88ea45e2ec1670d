"""The chart in a real headless Chromium: it renders, runs without console errors, fetches nothing, and no
text is covered, at desktop and phone widths (by geometry, not by eye).

Skipped only where no Chromium is installed, and never in CI: with CI=true a
missing browser is a failure (.ci/install-browser installs Debian's
`chromium`). $TIMELINE_CHROMIUM names another binary.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from chromium_cdp import Chromium, Page, find_chromium, png_pixels
from hypothesis import HealthCheck, given, settings
from test_segments import policies as generated_policies
from typer.testing import CliRunner

from timeline.cli import app

SAMPLE = Path(__file__).parent / "fixtures" / "sample"
SHIPPED = Path(__file__).resolve().parent.parent / "policies"
OKABE_ITO_ACTIVE = (0x00, 0x9E, 0x73)
OKABE_ITO_SUSPENDED = (0xE6, 0x9F, 0x00)
DESKTOP, PHONE = (1400, 900), (390, 844)

# Every visible text of the chart (SVG labels, ticks, counts, today's label; the lane names over it) and every
# marker, as boxes on screen; then every pair of texts that overlap, every text that a marker covers (a count
# inside its own marker excepted) and every text that sticks out of the chart.
GEOMETRY = """
(() => {
  const root = document.querySelector('.tl-chart');
  const svg = root.querySelector('.tl-svg'), scroller = root.querySelector('.tl-scroll');
  const shown = node => node.getAttribute('visibility') !== 'hidden' && getComputedStyle(node).display !== 'none'
    && getComputedStyle(node).visibility !== 'hidden';
  const box = node => { const r = node.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const texts = [...svg.querySelectorAll('text')].filter(shown).map(node => ({
    kind: node.getAttribute('class') || 'text', text: node.textContent, box: box(node),
    owner: node.closest('.tl-marker')}));
  const names = [...root.querySelectorAll('.tl-name')].map(node => ({kind: 'tl-name', text: node.textContent,
    box: box(node), owner: null}));
  const markers = [...svg.querySelectorAll('.tl-marker')].map(node => ({
    node, box: box(node.querySelector('.tl-dot'))}));
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const all = texts.concat(names), problems = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (overlap(all[i].box, all[j].box)) {
        problems.push(`${all[i].kind} "${all[i].text}" overlaps ${all[j].kind} "${all[j].text}"`);
      }
    }
    for (const marker of markers) {
      if (all[i].owner !== marker.node && overlap(all[i].box, marker.box)) {
        problems.push(`a marker covers ${all[i].kind} "${all[i].text}"`);
      }
    }
  }
  const frame = svg.getBoundingClientRect();
  for (const item of texts) {
    if (item.box.left < frame.left - 0.5 || item.box.right > frame.right + 0.5) {
      problems.push(`${item.kind} "${item.text}" sticks out of the chart`);
    }
  }
  const view = scroller.getBoundingClientRect();
  for (const item of names) {
    if (item.box.left < view.left - 0.5 || item.box.right > view.right + 0.5) {
      problems.push(`lane name "${item.text}" is not in view`);
    }
  }
  for (const node of root.querySelectorAll('.tl-name')) {
    if (node.scrollWidth > node.clientWidth + 1) problems.push(`lane name "${node.textContent}" is cut`);
  }
  const count = kind => texts.filter(item => item.kind === kind).length;
  const scale = frame.width / svg.viewBox.baseVal.width;
  const smallest = Math.min(...texts.map(item => parseFloat(getComputedStyle(
    [...svg.querySelectorAll('text')].find(node => node.textContent === item.text)).fontSize) * scale));
  return {problems, hidden: svg.querySelectorAll('text[visibility=hidden]').length,
          labels: count('tl-band-label'), headlines: count('tl-headline'), ticks: count('tl-tick'),
          names: names.length, markers: markers.length, smallest};
})()
"""


def browser_binary() -> str:
    found = find_chromium()
    if found:
        return found
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail("CI is set but no Chromium was found: run .ci/install-browser (apt-get install chromium) first")
    pytest.skip("no Chromium here; install Debian's `chromium` package to run the browser tests")


def write_chart(folder: Path, data: Path, today: str, *args: str) -> Path:
    target = folder / "chart.html"
    result = CliRunner().invoke(app, ["chart", "--data", str(data), "-o", str(target), *args],
                                env={"TIMELINE_TODAY": today})
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def chart_file(tmp_path_factory) -> Path:
    return write_chart(tmp_path_factory.mktemp("chart"), SAMPLE, "2025-01-01")


@pytest.fixture(scope="module")
def shipped_file(tmp_path_factory) -> Path:
    """The shipped records, whose crowded lanes showed every problem the geometry test looks for."""
    return write_chart(tmp_path_factory.mktemp("shipped"), SHIPPED, "2026-11-29")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = browser_binary()
    folder = tmp_path_factory.mktemp("chromium")
    chromium = Chromium(binary, folder / "profile", folder / "chromium.log")
    try:
        yield chromium
    finally:
        chromium.close()


def open_page(browser, path: Path, size: tuple[int, int] = DESKTOP, mobile: bool = False) -> Page:
    tab = Page(browser)
    tab.viewport(*size, mobile=mobile)
    tab.navigate(path.as_uri())
    return tab


def close(browser, tab: Page) -> None:
    browser.call("Target.closeTarget", {"targetId": tab.call("Target.getTargetInfo")["targetInfo"]["targetId"]})


@pytest.fixture
def page(browser, chart_file):
    tab = open_page(browser, chart_file)
    yield tab
    close(browser, tab)


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
    lanes = page.evaluate("[...document.querySelectorAll('.tl-lane')].map(lane => [lane.dataset.policy, "
                          "lane.querySelectorAll('.tl-band').length, lane.querySelectorAll('.tl-marker').length])")
    assert [lane[0] for lane in lanes] == ["harbor-permits", "river-tolls"]
    assert all(bands > 0 and markers > 0 for _, bands, markers in lanes)
    size = page.evaluate("(() => { const box = document.querySelector('.tl-svg').getBoundingClientRect(); "
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


def test_geometry_check_finds_a_covered_label(browser, shipped_file):
    """The geometry check can fail: a marker moved onto a band label, and a label moved onto another, are found."""
    tab = open_page(browser, shipped_file)
    try:
        assert tab.evaluate(GEOMETRY)["problems"] == []
        tab.evaluate("(() => { const label = document.querySelector('.tl-band-label'); "
                     "const dot = document.querySelector('.tl-marker .tl-dot'); const a = label.getBBox(), "
                     "b = dot.getBBox(); dot.parentNode.setAttribute('transform', "
                     "`translate(${a.x + a.width / 2 - b.x - b.width / 2},"
                     "${a.y + a.height / 2 - b.y - b.height / 2})`); "
                     "})()")
        found = tab.evaluate(GEOMETRY)["problems"]
        assert any(problem.startswith("a marker covers tl-band-label") for problem in found), found
        tab.evaluate("(() => { const [one, two] = document.querySelectorAll('.tl-headline'); "
                     "two.setAttribute('x', one.getAttribute('x')); two.setAttribute('y', one.getAttribute('y')); })()")
        assert any("tl-headline" in problem and "overlaps tl-headline" in problem
                   for problem in tab.evaluate(GEOMETRY)["problems"])
    finally:
        close(browser, tab)


@pytest.mark.parametrize(("size", "mobile"), [(DESKTOP, False), (PHONE, True)], ids=["desktop", "phone"])
@pytest.mark.parametrize("args", [[], ["--from", "2021-01-01"], ["--from", "2023-01-01", "--to", "2023-12-31"]],
                         ids=["all", "from-2021", "year-2023"])
def test_no_text_is_covered(browser, tmp_path, size, mobile, args):
    """No chart text is covered by a marker or by another text, none sticks out of the chart, and the chart
    still labels its bands, headlines its changes and ticks its axis: at desktop and phone widths, with the
    shipped records (crowded lanes) over their whole span and over parts of it."""
    target = write_chart(tmp_path, SHIPPED, "2026-11-29", *args)
    tab = open_page(browser, target, size, mobile)
    try:
        found = tab.evaluate(GEOMETRY)
        assert found["problems"] == []
        assert found["hidden"] == 0, "the layout keeps texts apart; the script's safety net hid none"
        assert found["labels"] >= 6 and found["ticks"] >= 4 and found["names"] == 6 and found["markers"] >= 6
        assert found["headlines"] >= (6 if not args else 3)
        if mobile:  # scrolled to the other end, the lane names are still in view and cover nothing
            tab.evaluate("document.querySelector('.tl-scroll').scrollLeft = 0")
            tab.browser.drain(0.1)
            assert tab.evaluate(GEOMETRY)["problems"] == []
    finally:
        close(browser, tab)


def test_text_is_readable_on_a_phone(browser, shipped_file):
    """At 390 px wide, the smallest chart text is at least 12 px and the event list's text at least 15 px."""
    tab = open_page(browser, shipped_file, PHONE, mobile=True)
    try:
        assert tab.evaluate(GEOMETRY)["smallest"] >= 12
        assert tab.evaluate("parseFloat(getComputedStyle(document.querySelector('.tl-event p')).fontSize)") >= 15
    finally:
        close(browser, tab)


def test_phone_opens_at_the_latest_part_with_lane_names_in_view(browser, shipped_file):
    """On a phone the chart scrolls in its box (the page does not), opens at its latest part where every lane
    shows a status band, and the lane names stay at the left edge whatever the scroll position."""
    tab = open_page(browser, shipped_file, PHONE, mobile=True)
    try:
        metrics = tab.evaluate("(() => { const box = document.querySelector('.tl-scroll'); return {"
                               "page: document.documentElement.scrollWidth, view: window.innerWidth, "
                               "inner: box.scrollWidth, outer: box.clientWidth, left: box.scrollLeft}; })()")
        assert metrics["page"] <= metrics["view"]
        assert metrics["inner"] > metrics["outer"]
        assert metrics["left"] >= metrics["inner"] - metrics["outer"] - 1
        lanes_in_view = ("(() => { const view = document.querySelector('.tl-scroll').getBoundingClientRect(); "
                         "return [...document.querySelectorAll('.tl-lane')].map(lane => [...lane.querySelectorAll("
                         "'.tl-band:not(.tl-uncertain)')].some(band => { const r = band.getBoundingClientRect(); "
                         "return r.right > view.left + 20 && r.left < view.right - 20; })); })()")
        assert tab.evaluate(lanes_in_view) == [True] * 6
        name_lefts = ("[...document.querySelectorAll('.tl-name')]"
                      ".map(name => Math.round(name.getBoundingClientRect().left))")
        at_end = tab.evaluate(name_lefts)
        for position in ("0", "box.scrollWidth / 2"):
            tab.evaluate(f"(() => {{ const box = document.querySelector('.tl-scroll'); "
                         f"box.scrollLeft = {position}; }})()")
            tab.browser.drain(0.1)
            assert tab.evaluate(name_lefts) == at_end
    finally:
        close(browser, tab)


def test_legend_lists_the_statuses_in_view_and_sits_above_the_chart(browser, tmp_path):
    """The legend names exactly the statuses drawn in the chart, for the whole span and for a part of it, and
    it is on screen with the chart's first lane at both widths."""
    script = ("(() => { const legend = [...document.querySelectorAll('.tl-legend li')].map(li => li.textContent); "
              "const bands = [...new Set([...document.querySelectorAll('.tl-band:not(.tl-uncertain)')]"
              ".map(band => band.dataset.status))].sort(); "
              "const named = ['proposed','announced','active','suspended','enjoined','terminated']"
              ".filter(status => legend.some(text => text === status || text === status + ' (in effect)')).sort(); "
              "const box = document.querySelector('.tl-legend').getBoundingClientRect(); "
              "const lane = document.querySelector('.tl-lane-bg').getBoundingClientRect(); "
              "return {bands, named, legendTop: box.top, laneBottom: lane.bottom, height: innerHeight}; })()")
    for args, expected in (([], 6), (["--from", "2019-02-01", "--to", "2019-12-31", "--policy", "remain-in-mexico"],
                                      1)):
        target = write_chart(tmp_path, SHIPPED, "2026-11-29", *args)
        for size, mobile in ((DESKTOP, False), (PHONE, True)):
            tab = open_page(browser, target, size, mobile)
            try:
                found = tab.evaluate(script)
                assert found["named"] == found["bands"] and len(found["bands"]) == expected
                assert 0 <= found["legendTop"] < found["laneBottom"] <= found["height"]
            finally:
                close(browser, tab)


def test_keyboard_reaches_markers_and_shows_tooltip(page):
    """Tab moves focus onto the first marker, its tooltip appears with date, summary and source links."""
    for _ in range(6):
        page.key("Tab", "Tab", 9)
        if page.evaluate("document.activeElement.classList.contains('tl-marker')"):
            break
    assert page.evaluate("document.activeElement.classList.contains('tl-marker')")
    tooltip = page.evaluate("(() => { const tip = document.querySelector('.tl-tip'); return [tip.hidden, "
                            "tip.textContent, [...tip.querySelectorAll('a')].map(a => a.href)]; })()")
    hidden, text, links = tooltip
    assert hidden is False
    assert "2019-01-10" in text and "The rule is proposed for comment" in text
    assert links == ["https://example.org/harbor/proposal?id=1&lang=en"]
    page.key("Escape", "Escape", 27)
    assert page.evaluate("document.querySelector('.tl-tip').hidden") is True


def test_a_shared_marker_opens_every_event_on_focus_and_on_hover(browser, shipped_file):
    """A marker that holds several events shows all of them, with their sources, on focus and on hover."""
    tab = open_page(browser, shipped_file)
    try:
        count = tab.evaluate("(() => { const marker = [...document.querySelectorAll('.tl-marker')].find(m => "
                             "m.dataset.events.split(' ').length > 2); marker.id = 'shared'; marker.focus(); "
                             "return marker.dataset.events.split(' ').length; })()")
        shown = "[...document.querySelectorAll('.tl-tip .tl-tip-event')].length"
        assert tab.evaluate("document.querySelector('.tl-tip').hidden") is False
        assert tab.evaluate(shown) == count
        assert tab.evaluate("document.querySelectorAll('.tl-tip a').length") >= count
        tab.evaluate("document.activeElement.blur()")
        tab.key("Escape", "Escape", 27)
        assert tab.evaluate("document.querySelector('.tl-tip').hidden") is True
        x, y = tab.evaluate("(() => { const r = document.querySelector('#shared .tl-dot').getBoundingClientRect(); "
                            "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        tab.call("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        tab.browser.drain(0.1)
        assert tab.evaluate("document.querySelector('.tl-tip').hidden") is False
        assert tab.evaluate(shown) == count
    finally:
        close(browser, tab)


def test_embedded_fragment_works_inside_another_page(browser, tmp_path):
    """`chart --embed` pasted into a host page (with its own CSP allowing the fragment's script) runs without
    errors, fetches nothing, and its markers open their tooltips."""
    from timeline.render.chart import SCRIPT, script_hash

    result = CliRunner().invoke(app, ["chart", "--data", str(SAMPLE), "--embed"], env={"TIMELINE_TODAY": "2025-01-01"})
    assert result.exit_code == 0, result.output
    host = tmp_path / "host.html"
    host.write_text(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><meta http-equiv=Content-Security-Policy "
        f"content=\"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash(SCRIPT)}\">"
        "<title>host</title></head><body><article><p>A story about harbors.</p>" + result.output
        + "<p>More of the story.</p></article></body></html>", encoding="utf-8")
    tab = open_page(browser, host)
    try:
        assert problems(tab) == [] and requests(tab) == [host.as_uri()]
        assert tab.evaluate("document.querySelector('.tl-chart').hasAttribute('data-ready')")
        tab.evaluate("document.querySelector('.tl-marker').focus()")
        assert tab.evaluate("document.querySelector('.tl-tip').hidden") is False
        assert tab.evaluate(GEOMETRY)["problems"] == []
    finally:
        close(browser, tab)


def test_print_hides_the_tooltip_and_fits_the_chart(page):
    """In print media the tooltip is hidden, the chart fits the page width, and a PDF comes out."""
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    styles = page.evaluate("[getComputedStyle(document.querySelector('.tl-tip')).display, "
                           "getComputedStyle(document.querySelector('.tl-frame')).minWidth]")
    assert styles == ["none", "0px"]
    pdf = page.call("Page.printToPDF", {"landscape": True, "printBackground": True})["data"]
    assert pdf.startswith("JVBERi0")  # base64 of "%PDF-"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_policies())
def test_no_text_is_covered_for_generated_records(browser, records):
    """For generated records (a few weeks of events: day ticks, same-day events, uncertain windows), no chart
    text is covered or cut at desktop or phone width, and the layout, not the script, kept them apart."""
    import datetime as dt
    import tempfile

    from timeline.render.chart import render_chart

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "chart.html"
        target.write_text(render_chart(records, today=dt.date(2020, 2, 1)), encoding="utf-8")
        for size, mobile in ((DESKTOP, False), (PHONE, True)):
            tab = open_page(browser, target, size, mobile)
            try:
                found = tab.evaluate(GEOMETRY)
                assert found["problems"] == [] and found["hidden"] == 0
                assert found["ticks"] >= 2
            finally:
                close(browser, tab)

"""`timeline chart` writes one self-contained, accessible HTML page (checked here without a browser)."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from test_segments import policies as generated_policies
from typer.testing import CliRunner

from timeline.cli import app
from timeline.records.check import load_policies
from timeline.render.chart import STYLE, chart_span, render_chart

SAMPLE = Path(__file__).parent / "fixtures" / "sample"
TODAY = dt.date(2025, 1, 1)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text, of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def records():
    return load_policies([SAMPLE])


@pytest.fixture(scope="module")
def page(records):
    return render_chart(records, today=TODAY)


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_page_loads_nothing_from_the_network(page):
    """No src attribute, no stylesheet link, no url() to elsewhere; a CSP forbids fetching anything."""
    elements = parse(page)
    assert not [attrs for _, attrs in elements.tags if "src" in attrs]
    assert not [tag for tag, attrs in elements.tags if tag == "link"]
    assert not re.search(r"url\((?!#)", page), "only url(#pattern) references are allowed"
    assert "@import" not in page
    (csp,) = [attrs["content"] for tag, attrs in elements.tags
              if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp.startswith("default-src 'none'")
    hrefs = [attrs["href"] for tag, attrs in elements.tags if "href" in attrs]
    assert all(href.startswith("#") or href.startswith("https://example.org/") for href in hrefs)


def test_a_lane_per_policy_and_a_marker_per_event(page, records):
    """Each policy has a lane; each event a focusable marker that links to its entry in the list."""
    elements = parse(page)
    lanes = [attrs["data-policy"] for tag, attrs in elements.tags if tag == "g" and "data-policy" in attrs]
    assert lanes == ["harbor-permits", "river-tolls"]
    markers = [attrs for tag, attrs in elements.tags if tag == "a" and "marker" in attrs.get("class", "")]
    assert len(markers) == sum(len(policy.events) for policy in records)
    ids = {attrs["id"] for _, attrs in elements.tags if "id" in attrs}
    for marker in markers:
        assert marker["tabindex"] == "0" and marker["aria-label"]
        assert marker["href"][1:] in ids
    assert sum("uncertain" in marker["class"] for marker in markers) == 2


def test_statuses_have_colour_texture_and_words(page):
    """Every status has a pattern, a legend entry with its name, and bands labelled in words where they fit."""
    for status in STYLE:
        assert f'id="pat-{status}"' in page
    legend = page[page.index('class="legend"'):page.index('class="chart-scroll"')]
    for status in STYLE:
        assert status in legend
    assert "date of change uncertain" in legend
    labels = re.findall(r'class="band-label"[^>]*>([^<]+)<', page)
    assert {"active", "enjoined", "terminated", "suspended"} <= set(labels)


def test_uncertain_windows_are_hatched(page):
    """Days whose state is uncertain are drawn with the hatch pattern."""
    hatched = re.findall(r'<rect class="band uncertain"[^>]*fill="url\(#hatch-uncertain\)"', page)
    assert len(hatched) == 2


def test_today_is_marked_and_described(page):
    """A line marks today, and the chart's description says which day that is."""
    assert 'class="today"' in page and "today 2025-01-01" in page
    assert re.search(r"<desc id=\"chart-desc\">[^<]*today, 2025-01-01", page)
    assert '<title id="chart-title">' in page and 'aria-labelledby="chart-title"' in page


def test_record_text_is_escaped(page):
    """Text from records (a source titled with <today>) is escaped in HTML and inside the JSON data block."""
    assert "Harbor rule begins &lt;today&gt;" in page
    data = page[page.index('id="chart-data">'):]
    data = data[:data.index("</script>")]
    assert "<today>" not in data and "\\u003ctoday\\u003e" in data


def test_print_and_small_screen_styles_exist(page):
    """The page has a print stylesheet and a small-screen rule, and a viewport meta tag."""
    assert "@media print" in page and "@media (max-width: 600px)" in page
    assert 'name="viewport"' in page


def test_from_to_and_policy_limit_the_chart(records):
    """--from/--to set the range shown; --policy keeps only that lane; events outside the range are left out."""
    page = render_chart(records, today=TODAY, start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31),
                        ids=["river-tolls"])
    elements = parse(page)
    assert [attrs["data-policy"] for tag, attrs in elements.tags if "data-policy" in attrs] == ["river-tolls"]
    markers = [attrs for tag, attrs in elements.tags if tag == "a" and "marker" in attrs.get("class", "")]
    assert len(markers) == 2  # the two events of 2021-01-01
    assert "Today, 2025-01-01, is outside the range shown." in page


def test_default_span_covers_events_and_today(records):
    """Without --from/--to the chart spans every event and today, with a little room."""
    span = chart_span(records, TODAY, None, None)
    assert span.start < dt.date(2019, 1, 10) and span.end > TODAY


def test_chart_command_writes_the_file(tmp_path):
    """`timeline chart -o FILE` writes the page; without -o it prints it."""
    target = tmp_path / "chart.html"
    result = CliRunner().invoke(app, ["chart", "--data", str(SAMPLE), "-o", str(target)],
                                env={"TIMELINE_TODAY": "2025-01-01"})
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    printed = CliRunner().invoke(app, ["chart", "--data", str(SAMPLE)], env={"TIMELINE_TODAY": "2025-01-01"})
    assert printed.output == target.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [["--from", "2022-01-01", "--to", "2021-01-01"], ["--from", "01/02/2021"],
                                  ["--policy", "nope"]])
def test_chart_usage_errors_exit_2(args):
    """A reversed range, an ambiguous date or an unknown policy is a usage error, not a traceback."""
    result = CliRunner().invoke(app, ["chart", "--data", str(SAMPLE), *args], env={"TIMELINE_TODAY": "2025-01-01"})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


@settings(max_examples=30, deadline=None)
@given(generated_policies())
def test_chart_renders_any_records(records):
    """Generated records (uncertain windows, same-day events) give a page with one lane per policy."""
    page = render_chart(records, today=dt.date(2020, 2, 1))
    lanes = [attrs["data-policy"] for tag, attrs in parse(page).tags if "data-policy" in attrs]
    assert lanes == sorted(policy.id for policy in records)

"""`timeline chart` writes one self-contained, accessible HTML page (checked here without a browser)."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
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
ROOT = Path(__file__).resolve().parent.parent
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


def markers_of(html: str) -> list[dict]:
    return [attrs for tag, attrs in parse(html).tags if tag == "a" and "tl-marker" in attrs.get("class", "")]


def test_a_lane_per_policy_and_every_event_in_one_marker(page, records):
    """Each policy has a lane; every event is in exactly one focusable marker, which links to its entry in the list."""
    elements = parse(page)
    lanes = [attrs["data-policy"] for tag, attrs in elements.tags if tag == "g" and "data-policy" in attrs]
    assert lanes == ["harbor-permits", "river-tolls"]
    markers = markers_of(page)
    numbers = [int(number) for marker in markers for number in marker["data-events"].split()]
    assert sorted(numbers) == list(range(sum(len(policy.events) for policy in records)))
    ids = {attrs["id"] for _, attrs in elements.tags if "id" in attrs}
    for marker in markers:
        assert marker["tabindex"] == "0" and marker["aria-label"]
        assert marker["href"][1:] in ids
    assert sum("tl-uncertain" in marker["class"] for marker in markers) == 2


def test_events_on_one_day_share_a_marker_with_their_count(records):
    """Two events close in time are one marker that says how many they are and names both in its label."""
    html = render_chart(records, today=TODAY, ids=["river-tolls"])
    shared = [marker for marker in markers_of(html) if len(marker["data-events"].split()) > 1]
    assert shared, "river-tolls has two events on 2021-01-01"
    assert all(marker["aria-label"].startswith(f"{len(marker['data-events'].split())} events of") for marker in shared)
    counts = re.findall(r'class="tl-count"[^>]*>(\d+)<', html)
    assert counts == [str(len(marker["data-events"].split())) for marker in shared]


def test_markers_are_never_closer_than_their_size(records):
    """In every lane, marker centres are at least two radii apart, so no marker hides another."""
    from timeline.render.chart import RADIUS

    html = render_chart(load_policies([ROOT / "policies"]), today=dt.date(2026, 11, 29))
    for lane in re.findall(r'<g class="tl-lane".*?</g>', html, re.S):
        xs = [float(x) for x in re.findall(r'class="tl-dot" cx="([\d.]+)"', lane)]
        xs += [float(x) for x in re.findall(r'class="tl-dot" d="M([\d.]+),', lane)]
        xs.sort()
        assert all(b - a >= 2 * RADIUS + 2 for a, b in zip(xs, xs[1:], strict=False)), xs


def test_legend_lists_only_what_the_chart_shows(records):
    """The legend names exactly the statuses that have a band in view; uncertain days only when some are drawn."""
    def legend_and_bands(html: str) -> tuple[set[str], set[str], bool]:
        legend = html[html.index('class="tl-legend"'):html.index('class="tl-scroll"')]
        named = {status for status in STYLE if re.search(rf"</svg>{status}( \(in effect\))?</li>", legend)}
        bands = set(re.findall(r'<rect class="tl-band" data-status="(\w+)"', html))
        return named, bands, "date of change uncertain" in legend

    named, bands, uncertain = legend_and_bands(render_chart(records, today=TODAY))
    assert named == bands == {"proposed", "announced", "active", "enjoined", "suspended", "terminated"}
    assert uncertain
    narrow = render_chart(records, today=TODAY, start=dt.date(2019, 7, 1), end=dt.date(2019, 12, 31))
    named, bands, uncertain = legend_and_bands(narrow)
    assert named == bands == {"active"}
    assert not uncertain and "today</li>" not in narrow


def test_statuses_have_colour_texture_and_words(page):
    """Every status has a pattern, and bands are labelled in words where they fit."""
    for status in STYLE:
        assert f'id="tl-pat-{status}"' in page
    labels = re.findall(r'class="tl-band-label"[^>]*>([^<]+)<', page)
    assert {"active", "enjoined", "terminated"} <= set(labels)


def test_uncertain_windows_are_hatched(page):
    """Days whose state is uncertain are drawn with the hatch pattern."""
    hatched = re.findall(r'<rect class="tl-band tl-uncertain"[^>]*fill="url\(#tl-hatch\)"', page)
    assert len(hatched) == 2


def test_today_is_marked_and_described(page):
    """A line marks today, and the chart's description says which day that is."""
    assert 'class="tl-today"' in page and "today 2025-01-01" in page
    assert re.search(r"<desc id=\"tl-svg-desc\">[^<]*today, 2025-01-01", page)
    assert '<title id="tl-svg-title">' in page and 'aria-labelledby="tl-svg-title"' in page


def test_title_and_source_line(records):
    """The chart has its title as a heading and a source line naming the records and their date."""
    html = render_chart(records, today=TODAY, title="Harbor & river", as_of=dt.date(2024, 12, 30))
    assert '<h1 class="tl-title">Harbor &amp; river</h1>' in html
    assert "Records: timeline, as of 2024-12-30; sources in the list below." in html
    assert "Records: timeline, as of 2025-01-01;" in render_chart(records, today=TODAY)


def test_status_changes_get_short_headlines_from_their_summaries(records):
    """Events that begin a status are headlined on the chart with the first words of their summary."""
    html = render_chart(load_policies([ROOT / "policies"]), today=dt.date(2026, 11, 29))
    headlines = [unescape(text) for text in re.findall(r'class="tl-headline"[^>]*>([^<]+)<', html)]
    assert len(headlines) >= 8
    summaries = [event.summary for policy in load_policies([ROOT / "policies"]) for event in policy.events]
    for headline in headlines:
        stem = headline.removesuffix("…")
        assert any(summary.startswith(stem) for summary in summaries), headline


def test_relations_are_shown(records):
    """A policy's relations to other records are listed under the chart, both ways."""
    html = render_chart(load_policies([ROOT / "policies"]), today=dt.date(2026, 11, 29))
    related = html[html.index('class="tl-related"'):]
    related = related[:related.index("</ul>")]
    assert "exception to Title 42 expulsions" in related
    assert "CBP One appointment scheduling is an exception to this policy" in related


def test_record_text_is_escaped(page):
    """Text from records (a source titled with <today>) is escaped in HTML and inside the JSON data block."""
    assert "Harbor rule begins &lt;today&gt;" in page
    data = page[page.index('class="tl-data">'):]
    data = data[:data.index("</script>")]
    assert "<today>" not in data and "\\u003ctoday\\u003e" in data


def test_print_and_small_screen_styles_exist(page):
    """The page has a print stylesheet and a small-screen rule, and a viewport meta tag."""
    assert "@media print" in page and "@media (max-width: 600px)" in page
    assert 'name="viewport"' in page


def test_embed_is_a_fragment_with_its_own_style_and_script(records):
    """--embed gives one element with the chart, its style and script, and no page around it."""
    fragment = render_chart(records, today=TODAY, embed=True)
    assert fragment.startswith('<div class="tl-chart" id="tl') and fragment.rstrip().endswith("</script></div>")
    for tag in ("<html", "<head", "<body", "<!DOCTYPE", "<meta"):
        assert tag not in fragment
    assert "<style>" in fragment and "<script>" in fragment
    assert '<h2 class="tl-title">' in fragment
    ids = re.findall(r'\bid="([^"]+)"', fragment)
    prefix = ids[0].removesuffix("root")
    assert re.fullmatch(r"tl[0-9a-f]{6}-", prefix), "ids are prefixed, so two charts can share a page"
    assert all(name.startswith(prefix) for name in ids)


def test_from_to_and_policy_limit_the_chart(records):
    """--from/--to set the range shown; --policy keeps only that lane; events outside the range are left out."""
    page = render_chart(records, today=TODAY, start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31),
                        ids=["river-tolls"])
    elements = parse(page)
    assert [attrs["data-policy"] for tag, attrs in elements.tags if "data-policy" in attrs] == ["river-tolls"]
    numbers = [number for marker in markers_of(page) for number in marker["data-events"].split()]
    assert len(numbers) == 2  # the two events of 2021-01-01
    assert "Today, 2025-01-01, is outside the range shown." in page


def test_axis_ends_near_today_and_ticks_months_when_it_can(records):
    """Without --to the axis ends within weeks of today; a one-year chart has month ticks, a long one years."""
    span = chart_span(load_policies([ROOT / "policies"]), dt.date(2026, 11, 29), None, None)
    assert dt.date(2026, 11, 29) < span.end <= dt.date(2026, 12, 31)
    year = render_chart(records, today=TODAY, start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31))
    ticks = re.findall(r'class="tl-tick"[^>]*>([^<]+)<', year)
    assert ticks[:3] == ["2021", "Feb", "Mar"] and len(ticks) >= 11
    long = re.findall(r'class="tl-tick"[^>]*>([^<]+)<', render_chart(records, today=TODAY))
    assert long and all(re.fullmatch(r"\d{4}|[A-Z][a-z]{2}( \d{4})?", tick) for tick in long)


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

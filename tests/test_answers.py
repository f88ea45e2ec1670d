"""Answers a journalist can cite and ask in their own words: sources where the answer is, names and aliases as ids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import day, event, load, record, write_record

from timeline.core import query

pytestmark = pytest.mark.usefixtures("clean_env")

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "policies"


def urls(events) -> list[str]:
    return [source["url"] for event in events for source in event["sources"]]


def in_order(text: str, wanted: list[str]) -> bool:
    """Whether every string of `wanted` appears in `text`, whole and in that order."""
    at = 0
    for item in wanted:
        at = text.find(item, at)
        if at == -1:
            return False
        at += len(item)
    return True


# --- sources in every answer ------------------------------------------------------------


@pytest.mark.parametrize("no_cache", [False, True])
def test_state_text_cites_the_event_that_began_each_status(invoke, no_cache):
    """`state` text shows, per policy, the summary of the event that began its status and that event's URLs."""
    args = ["state", "--on", "2023-06-01", "--data", SHIPPED] + (["--no-cache"] if no_cache else [])
    answer = json.loads(invoke(*args, "--format", "json").stdout)
    started = [p["started_by"] for p in answer["policies"] if p["started_by"]]
    assert len(started) == len([p for p in answer["policies"] if p["status"]]) > 3
    result = invoke(*args, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert in_order(result.stdout, [item for e in started for item in (e["summary"][:40], *urls([e]))])


def test_state_text_gives_title_publisher_and_date_of_each_source(invoke, tmp_path):
    """Each source is cited as 'Title. Publisher, date.' with its URL on a line of its own."""
    source = {"url": "https://example.org/a-long/path?q=1", "title": "The order", "publisher": "The Agency",
              "published": "2020-01-02", "updated": "2020-03-04"}
    write_record(tmp_path, record("alpha", events=[event("2020-01-05", "active", "Starts.", sources=[source])]))
    result = invoke("state", "--on", "2020-02-01", "--data", tmp_path)
    lines = result.stdout.splitlines()
    assert "  active since 2020-01-05: Starts." in lines
    at = lines.index("    - The order. The Agency, 2020-01-02 (updated 2020-03-04).")
    assert lines[at + 1] == "      https://example.org/a-long/path?q=1"


def test_long_citations_wrap_but_urls_stay_whole(invoke, tmp_path):
    """A citation longer than the line wraps under itself; a URL longer than the line is never broken."""
    url = "https://example.org/" + "x" * 150
    source = {"url": url, "title": "A title " * 20, "publisher": "P", "published": "2020-01-01"}
    write_record(tmp_path, record("alpha", events=[event("2020-01-05", "active", "Starts.", sources=[source])]))
    result = invoke("state", "--on", "2020-02-01", "--data", tmp_path, env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    assert f"      {url}" in lines
    cited = [line for line in lines if "A title" in line]
    assert len(cited) > 2 and all(len(line) <= 80 for line in cited)
    assert cited[0].startswith("    - A title")
    assert all(re.match(r"      \S", line) for line in cited[1:])
    assert " ".join(line.strip(" -") for line in cited) == " ".join(["A title"] * 20) + ". P, 2020-01-01."


def test_diff_text_and_markdown_cite_the_sources_of_every_listed_event(invoke):
    """On the shipped records, `diff` text and markdown contain the URL of every source of every listed event."""
    args = ["diff", "2022-06-01", "2022-12-31", "--data", SHIPPED]
    answer = json.loads(invoke(*args, "--format", "json").stdout)
    events = [e for change in answer["changes"] for e in change["events"]]
    assert events
    text = invoke(*args).stdout
    assert in_order(text, urls(events))
    markdown = invoke(*args, "--format", "markdown").stdout
    for url in urls(events):
        assert f"]({url.replace('(', '%28').replace(')', '%29')})" in markdown


def test_log_text_and_markdown_cite_each_events_sources(invoke):
    """`log` text lists each event's source URLs under its summary, in order; markdown links them."""
    args = ["log", "--policy", "remain-in-mexico", "--since", "2021-01-01", "--until", "2021-12-31",
            "--data", SHIPPED]
    events = json.loads(invoke(*args, "--format", "json").stdout)["events"]
    text = invoke(*args).stdout
    assert in_order(text, [item for e in events for item in (e["summary"][:30], *urls([e]))])
    markdown = invoke(*args, "--format", "markdown").stdout
    assert len(re.findall(r"\]\(https?://", markdown)) == len(urls(events))


@pytest.mark.parametrize("command", [
    ["state", "--on", "2023-06-01"],
    ["diff", "2022-06-01", "2022-12-31"],
    ["log", "--since", "2021-01-01", "--until", "2021-12-31"],
])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_no_sources_gives_the_compact_form(invoke, command, fmt):
    """`--no-sources` leaves every URL out of text and markdown, and changes nothing else in the JSON."""
    full = invoke(*command, "--data", SHIPPED, "--format", fmt)
    compact = invoke(*command, "--data", SHIPPED, "--format", fmt, "--no-sources")
    assert full.exit_code == compact.exit_code == 0
    assert "https://" in full.stdout
    assert "https://" not in compact.stdout and "http://" not in compact.stdout
    assert len(compact.stdout) < len(full.stdout)
    as_json = [invoke(*command, "--data", SHIPPED, "--format", "json", *extra).stdout
               for extra in ([], ["--no-sources"])]
    assert as_json[0] == as_json[1]


def test_state_csv_carries_the_event_that_began_each_status(invoke, tmp_path):
    """state as CSV gains the date, summary and source URLs of the event that began each status."""
    import csv
    import io

    write_record(tmp_path, record("alpha", events=[event("2020-01-05", "active", "Starts.")]))
    write_record(tmp_path, record("beta", events=[event("2021-01-05", "active", "Later.")]))
    rows = list(csv.DictReader(io.StringIO(invoke("state", "--on", "2020-02-01", "--data", tmp_path,
                                                  "-f", "csv").stdout)))
    assert [(r["id"], r["started_by"], r["summary"], r["sources"]) for r in rows] == [
        ("alpha", "2020-01-05", "Starts.", "https://example.org/doc"), ("beta", "", "", "")]


# --- names people use ---------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["state", "--policy", "MPP"],
    ["state", "--policy", "mpp", "--no-cache"],
    ["diff", "2019-01-01", "2019-12-31", "--policy", "Remain in Mexico"],
    ["diff", "2019-01-01", "2019-12-31", "--policy", "remain  in  MEXICO", "--no-cache"],
    ["log", "--policy", "migrant protection protocols"],
    ["show", "mpp"],
    ["show", "MPP", "--no-cache"],
])
def test_names_and_aliases_name_the_policy(invoke, args):
    """An alias or the name, in any case, answers for its policy as its id does (cached and uncached)."""
    named = invoke(*args, "--data", SHIPPED, "--format", "json")
    assert named.exit_code == 0, named.output
    by_id = [item if item not in ("MPP", "mpp", "Remain in Mexico", "remain  in  MEXICO",
                                  "migrant protection protocols") else "remain-in-mexico" for item in args]
    expected = invoke(*by_id, "--data", SHIPPED, "--format", "json")
    assert expected.exit_code == 0
    assert named.stdout == expected.stdout
    assert "remain-in-mexico" in named.stdout


@pytest.mark.parametrize("no_cache", [[], ["--no-cache"]])
@pytest.mark.parametrize("command", [["state", "--policy"], ["show"]])
def test_a_name_two_policies_share_is_a_usage_error_listing_both(invoke, tmp_path, command, no_cache):
    """An alias shared by two policies names neither: exit 2, and the message lists both ids."""
    write_record(tmp_path, record("alpha", aliases=["The Rule"]))
    write_record(tmp_path, record("beta", aliases=["the rule"]))
    write_record(tmp_path, record("gamma"))
    result = invoke(*command, "THE RULE", "--data", tmp_path, *no_cache)
    assert result.exit_code == 2
    assert "alpha" in result.output and "beta" in result.output and "gamma" not in result.output
    assert "Traceback" not in result.output


def test_an_unknown_name_suggests_the_closest_id(invoke):
    """A misspelt id is a usage error whose hint names the closest id."""
    result = invoke("show", "remain-in-mexic", "--data", SHIPPED)
    assert result.exit_code == 2
    assert "unknown policy 'remain-in-mexic'" in result.output and "did you mean 'remain-in-mexico'?" in result.output


def test_resolve_reads_ids_names_and_aliases_in_any_case():
    """`resolve` maps an id, a name or an alias (any case, any spacing) to the id; None asks for every policy."""
    policies = load(SHIPPED)
    known = query.names_of(policies)
    assert query.resolve(known, ["MPP", "Title 42 expulsions", "cbp-one"]) == ["cbp-one", "remain-in-mexico",
                                                                                "title-42"]
    assert query.resolve(known, None) is None
    assert [p.id for p in query.state_on(policies, day("2020-01-01"), ["mpp"]).policies] == ["remain-in-mexico"]

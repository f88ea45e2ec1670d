"""A real Datasette serves `timeline export --format datasette`: its canned query `state_on` answers as
`timeline state --on` does, and its full-text search finds an event by a word of its summary.

`datasette serve` runs as a child process on a free port of 127.0.0.1 and is stopped at the end; every
request goes to that port only.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.core.segments import segments
from timeline.records.check import load_policies

SHIPPED = Path(__file__).resolve().parent.parent / "policies"
TODAY = "2026-11-29"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(base: str, path: str, **params) -> dict | list:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 - our own server on 127.0.0.1
        return json.loads(response.read())


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    """The base URL of a `datasette serve` of the shipped records' export, for this module's tests."""
    folder = tmp_path_factory.mktemp("datasette") / "export"
    result = CliRunner().invoke(app, ["export", "--format", "datasette", "-o", str(folder), "--data", str(SHIPPED),
                                      "--title", "Border policies"], env={"TIMELINE_TODAY": TODAY})
    assert result.exit_code == 0, result.output
    port = free_port()
    log = open(folder.parent / "datasette.log", "wb")  # noqa: SIM115 - closed below
    env = dict(os.environ, HOME=str(folder.parent))
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(folder / "timeline.db"), "--metadata",
         str(folder / "metadata.json"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get(base, "/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("datasette did not start: " + (folder.parent / "datasette.log").read_text())
                time.sleep(0.2)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)  # only the server this fixture started
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def state(day: str) -> list[dict]:
    result = CliRunner().invoke(app, ["state", "--on", day, "--format", "json", "--data", str(SHIPPED)],
                                env={"TIMELINE_TODAY": TODAY})
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["policies"]


def days_to_ask() -> list[str]:
    """Every day a policy's state changes, the day before each, and a few outside the records."""
    days = {dt.date(2000, 1, 1), dt.date(2030, 1, 1)}
    for policy in load_policies([SHIPPED]):
        for segment in segments(policy.events):
            days |= {segment.start, segment.start - dt.timedelta(days=1)}
    return sorted(day.isoformat() for day in days)


def test_datasette_serves_the_metadata(datasette):
    """Datasette shows the title and finds full-text search on events and sources by itself."""
    metadata = get(datasette, "/-/metadata.json")
    assert metadata["title"] == "Border policies"
    assert metadata["databases"]["timeline"]["queries"]["state_on"]["sql"]
    for table, fts in (("events", "events_fts"), ("sources", "sources_fts")):
        page = urllib.request.urlopen(f"{datasette}/timeline/{table}", timeout=20).read().decode()  # noqa: S310
        assert 'name="_search"' in page, f"no search box on the {table} page"
        assert get(datasette, f"/timeline/{fts}.json", _shape="array", _size="1") is not None


def test_state_on_canned_query_answers_as_timeline_state(datasette):
    """For every day a state changes (and the day before, and days outside the records), state_on in a real
    Datasette gives each policy's status, in_effect, since, certain and attributes as `timeline state`."""
    asked = days_to_ask()
    assert len(asked) > 40
    for day in asked:
        rows = get(datasette, "/timeline/state_on.json", date=day, _shape="array")
        got = [{"id": row["id"], "name": row["name"], "status": row["status"], "in_effect": bool(row["in_effect"]),
                "since": row["since"], "certain": bool(row["certain"]), "attributes": json.loads(row["attributes"])}
               for row in rows]
        expected = [{key: item[key] for key in ("id", "name", "status", "in_effect", "since", "certain",
                                                "attributes")} for item in state(day)]
        assert got == expected, day


def test_full_text_search_finds_an_event_by_a_word_of_its_summary(datasette):
    """Searching events for a rare word of a summary returns that event, and every hit has the word."""
    events = get(datasette, "/timeline/events.json", _shape="array", _size="max")
    counts: dict[str, int] = {}
    for row in events:
        for word in set(re.findall(r"[A-Za-z]{6,}", row["summary"].lower())):
            counts[word] = counts.get(word, 0) + 1
    target = next(row for row in events if any(counts[word] == 1 for word in
                                                 re.findall(r"[A-Za-z]{6,}", row["summary"].lower())))
    word = next(word for word in re.findall(r"[A-Za-z]{6,}", target["summary"].lower()) if counts[word] == 1)
    hits = get(datasette, "/timeline/events.json", _search=word, _shape="array")
    assert [hit["id"] for hit in hits] == [target["id"]]
    common = max(counts, key=counts.get)
    hits = get(datasette, "/timeline/events.json", _search=common, _shape="array", _size="max")
    assert len(hits) >= 2
    assert all(common in (hit["summary"] + " " + (hit["note"] or "")).lower() for hit in hits)


def test_full_text_search_finds_a_source_by_its_quote(datasette):
    """Searching sources for a word of a quote returns the source that quotes it."""
    sources = get(datasette, "/timeline/sources.json", _shape="array", _size="max")
    quoted = next(row for row in sources if row["quote"] and re.search(r"[A-Za-z]{8,}", row["quote"]))
    word = re.search(r"[A-Za-z]{8,}", quoted["quote"]).group(0)
    hits = get(datasette, "/timeline/sources.json", _search=word, _shape="array", _size="max")
    assert (quoted["event_id"], quoted["position"]) in {(hit["event_id"], hit["position"]) for hit in hits}

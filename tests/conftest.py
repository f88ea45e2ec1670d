"""Shared helpers: small records written into tmp_path, a frozen "today", the CLI runner.

Records are built as plain dicts and dumped with PyYAML, so each test shows only
the fields it is about; `event()` and `record()` fill in the rest with valid values.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

TODAY = "2025-06-01"
SOURCE = {"url": "https://example.org/doc", "title": "A document", "publisher": "Example", "published": "2020-01-01"}


def event(date: str | None = "2020-01-01", status: str = "active", summary: str | None = None, **extra) -> dict:
    """One valid event; keys given as None are left out."""
    data: dict = {"date": date, "status": status, "summary": summary or f"Becomes {status} on {date}."}
    data.update(extra)
    data.setdefault("sources", [dict(SOURCE)])
    return {key: value for key, value in data.items() if value is not None}


def record(policy_id: str = "alpha", events: list[dict] | None = None, **extra) -> dict:
    """One valid policy record."""
    data: dict = {"id": policy_id, "name": f"Policy {policy_id}"}
    data.update(extra)
    data["events"] = events if events is not None else [event()]
    return data


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def write_record(folder: Path, data: dict, name: str | None = None) -> Path:
    """Write `data` as <folder>/<name or id>.yaml and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name or data['id']}.yaml"
    path.write_text(dump(data), encoding="utf-8")
    return path


def write_text(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load(*paths: Path) -> list:
    """The policies under `paths`, through the same loader the CLI uses."""
    from timeline.records.check import load_policies

    return load_policies(list(paths))


def policy(data: dict):
    """A Policy model straight from a dict (no file)."""
    from timeline.records.model import Policy

    return Policy.model_validate(data)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def as_json(value) -> object:
    """What a library result looks like once it has been through JSON."""
    return json.loads(json.dumps(value))


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Every test has a cache folder of its own: the suite never writes into the user's cache
    (tests/test_repo.py runs tests with a fresh HOME and checks that nothing appeared there)."""
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("TIMELINE_NO_CACHE", raising=False)
    monkeypatch.delenv("TIMELINE_CACHE_MAX_MB", raising=False)


@pytest.fixture
def clean_env(monkeypatch):
    """A frozen today, no $TIMELINE_DATA from the developer's shell, no NO_COLOR."""
    monkeypatch.setenv("TIMELINE_TODAY", TODAY)
    monkeypatch.delenv("TIMELINE_DATA", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def invoke(runner, clean_env):
    """Run the CLI in-process: invoke('state', '--on', '2025-01-20') -> Result."""
    from timeline.cli import app

    def run(*args: str | Path, **kwargs):
        return runner.invoke(app, [str(arg) for arg in args], **kwargs)

    return run

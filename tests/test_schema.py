"""The record JSON Schema is generated from the models, committed, and accepts what validate accepts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from timeline.cli import app
from timeline.records.files import RECORD_SUFFIXES
from timeline.records.schema import record_schema

ROOT = Path(__file__).parent.parent
SCHEMA = ROOT / "docs" / "record.schema.json"
SAMPLE = Path(__file__).parent / "fixtures" / "sample"
SHIPPED = sorted(path for path in (ROOT / "policies").glob("*") if path.suffix in RECORD_SUFFIXES)


def check_jsonschema(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMA), *map(str, files)],
                          capture_output=True, text=True, timeout=120)


def test_committed_schema_equals_timeline_schema_output():
    """docs/record.schema.json is exactly what `timeline schema` prints (regenerate it with `timeline schema -o`)."""
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert SCHEMA.read_text(encoding="utf-8") == result.output


def test_schema_comes_from_the_models():
    """The schema is pydantic's for Policy (by alias: events use `set`), under the 2020-12 dialect."""
    from timeline.records.model import Policy

    schema = record_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"] == Policy.model_json_schema(by_alias=True)["properties"]
    assert "set" in schema["$defs"]["Event"]["properties"]
    assert schema["additionalProperties"] is False


def test_schema_o_writes_the_file(tmp_path):
    """`timeline schema -o FILE` writes the same text to the file."""
    target = tmp_path / "record.schema.json"
    assert CliRunner().invoke(app, ["schema", "-o", str(target)]).exit_code == 0
    assert json.loads(target.read_text()) == record_schema()


def test_sample_records_point_at_the_schema_and_pass_check_jsonschema():
    """The sample records name the schema on their first line and check-jsonschema accepts them."""
    files = sorted(SAMPLE.glob("*.yaml"))
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        assert (path.parent / first.split("=", 1)[1]).resolve() == SCHEMA.resolve()
    result = check_jsonschema(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_rejects_what_the_models_reject(tmp_path):
    """An unknown key, an unknown status and an event without sources fail check-jsonschema too."""
    record = yaml.safe_load((SAMPLE / "river-tolls.yaml").read_text())
    record["events"][0]["colour"] = "red"
    record["events"][1]["status"] = "paused"
    record["events"][2]["sources"] = []
    bad = tmp_path / "river-tolls.yaml"
    bad.write_text(yaml.safe_dump(record))
    result = check_jsonschema(bad)
    assert result.returncode == 1
    for needle in ("colour", "paused", "non-empty"):
        assert needle in result.stdout


@pytest.mark.skipif(not SHIPPED, reason="no records in policies/ on this branch")
def test_shipped_records_pass_check_jsonschema():
    """Every record in policies/ passes check-jsonschema against docs/record.schema.json."""
    result = check_jsonschema(*SHIPPED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_hooks_run_timeline_validate():
    """.pre-commit-hooks.yaml offers hooks that run `timeline validate` as a python hook, documented in the README."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) == {"timeline-validate", "timeline-validate-all"}
    for hook in hooks:
        assert hook["entry"] == "timeline validate" and hook["language"] == "python"
        assert {"name", "files"} <= set(hook)
    assert by_id["timeline-validate"]["pass_filenames"] is True
    assert by_id["timeline-validate-all"]["pass_filenames"] is False
    readme = (ROOT / "README.md").read_text()
    assert "id: timeline-validate" in readme


def test_pre_commit_style_call_validates_given_files(tmp_path):
    """The hook's command line (`timeline validate FILE…`) exits 0 on valid records and 1 on an invalid one."""
    files = [str(path) for path in sorted(SAMPLE.glob("*.yaml"))]
    env = {"TIMELINE_TODAY": "2025-01-01"}
    assert CliRunner().invoke(app, ["validate", *files], env=env).exit_code == 0
    bad = tmp_path / "river-tolls.yaml"
    bad.write_text((SAMPLE / "river-tolls.yaml").read_text().replace("status: announced", "status: paused"))
    result = CliRunner().invoke(app, ["validate", *files[:1], str(bad)], env=env)
    assert result.exit_code == 1 and "bad-status" in result.output


@pytest.mark.parametrize(("change", "needle"), [
    (lambda r: r["events"][0]["sources"][0].update(url="www.federalregister.gov/d/2020-01"),
     "'www.federalregister.gov/d/2020-01' does not match"),
    (lambda r: r["events"][0]["sources"][0].update(url="https://example.org/a b"), "'https://example.org/a b' does"),
    (lambda r: r["events"][0].update(date="03/04/2021"), "'03/04/2021'"),
    (lambda r: r["events"][0].update(date="2021-02-30"), "'2021-02-30' is not a 'date'"),
    (lambda r: r["events"][0]["sources"][0].update(published="2021-3-4"), "'2021-3-4'"),
    (lambda r: r["events"][0]["sources"][0].update(ignore={"id-mismatch": "no"}), "'id-mismatch' is not one of"),
])
def test_check_jsonschema_refuses_urls_and_dates_that_validate_refuses(tmp_path, change, needle):
    """A source URL without a scheme, a non-ISO or impossible date, an ignore of an error: check-jsonschema and
    `timeline validate` both refuse them."""
    record = yaml.safe_load((SAMPLE / "river-tolls.yaml").read_text())
    change(record)
    bad = tmp_path / "river-tolls.yaml"
    bad.write_text(yaml.safe_dump(record, sort_keys=False))
    result = check_jsonschema(bad)
    assert result.returncode == 1, result.stdout
    assert needle in result.stdout
    assert CliRunner().invoke(app, ["validate", str(bad)], env={"TIMELINE_TODAY": "2025-01-01"}).exit_code == 1


URLS = ["https://example.org", "http://example.org/a?b=c", "https://a.gov/x%20y", " https://example.org/padded ",
        "https://example.org/a b", "www.example.org/a", "ftp://example.org/a", "https://localhost", "https://",
        "https://example.org/\u00e9t\u00e9", "HTTPS://example.org/a", "https:/example.org/a"]
DATES = ["2025-01-20", "2024-02-29", "2025-02-29", "2025-13-01", "2025-1-2", "20250120", " 2025-01-20",
         "2025-01-20T10:00:00", "January 20, 2025", "0000-01-01"]


@pytest.mark.parametrize("url", URLS)
def test_the_schema_s_url_pattern_accepts_what_the_model_accepts(url):
    """For each URL the JSON Schema (pattern, through jsonschema) and the model agree on accepting it."""
    assert _schema_accepts("Source", "url", url) == _model_accepts("url", url)


@pytest.mark.parametrize("date", DATES)
def test_the_schema_s_date_pattern_and_format_accept_what_the_model_accepts(date):
    """For each date text the JSON Schema (pattern and format) and the model agree on accepting it."""
    assert _schema_accepts("Source", "published", date) == _model_accepts("published", date)


def _model_accepts(key: str, value: str) -> bool:
    from pydantic import ValidationError

    from timeline.records.model import Source

    try:
        Source.model_validate({"url": "https://example.org/a", "title": "A", key: value})
    except ValidationError:
        return False
    return True


def _schema_accepts(definition: str, key: str, value: str) -> bool:
    import jsonschema

    schema = record_schema()
    sub = {"$defs": schema["$defs"], **schema["$defs"][definition]}
    document = {"url": "https://example.org/a", "title": "A", key: value}
    validator = jsonschema.Draft202012Validator(sub, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    return validator.is_valid(document)

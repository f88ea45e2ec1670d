"""The records agree with yamllint: the shipped .yamllint passes on policies/, and it still catches real slips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RECORD = (ROOT / "tests" / "fixtures" / "sample" / "river-tolls.yaml").read_text(encoding="utf-8")


def yamllint(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yamllint", "-f", "parsable", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_shipped_records_are_clean_under_the_shipped_configuration():
    """`yamllint policies/` from the repository (which finds .yamllint there) reports nothing."""
    result = yamllint("policies/")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_sample_records_are_clean_too():
    """The sample records the tests and docs use pass the same configuration."""
    result = yamllint("-c", str(ROOT / ".yamllint"), "tests/fixtures/sample/")
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize(("slip", "rule"), [
    # a plain value that holds ' #' ends there: the rest is a comment, and the value silently loses it
    (("name: River Toll Program\n", "name: River Toll #2 Program#with a glued comment\n"), "comments"),
    (("name: River Toll Program\n", "name: River Toll Program   \n"), "trailing-spaces"),
    (("name: River Toll Program\n", "name: River Toll Program" + " and more" * 12 + "\n"), "line-length"),
])
def test_the_configuration_still_catches_slips(tmp_path, slip, rule):
    """The configuration is not switched off: a comment glued to a value, trailing spaces or a long line fail."""
    assert slip[0] in RECORD
    path = tmp_path / "river-tolls.yaml"
    path.write_text(RECORD.replace(slip[0], slip[1], 1), encoding="utf-8")
    result = yamllint("-c", str(ROOT / ".yamllint"), str(path))
    assert f"({rule})" in result.stdout

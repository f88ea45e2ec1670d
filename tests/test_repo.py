"""Promises about the repository itself: lint-clean code and records in their one canonical form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    """`ruff check` (rules in pyproject.toml) reports no finding anywhere in the repository."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", str(ROOT)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_shipped_records_are_in_canonical_form():
    """`timeline fmt --check` accepts the shipped records as they are: one canonical form."""
    result = CliRunner().invoke(app, ["fmt", "--check", str(ROOT / "policies")])
    assert result.exit_code == 0, result.output


def test_every_command_is_documented_in_the_readme():
    """Each command that `timeline --help` lists appears in the README's command table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [command.name or command.callback.__name__ for command in app.registered_commands]
    assert len(commands) >= 8
    missing = [name for name in commands if f"`timeline {name}" not in readme]
    assert not missing, f"README lacks {missing}"

"""Promises about the repository itself: lint-clean code and records in their one canonical form."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent


def tracked_python_files() -> list[str]:
    """The repository's own Python files: those git tracks (whatever else lies in a working tree is not ours)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--", "*.py"], capture_output=True, cwd=ROOT)
    if listed.returncode != 0:  # not a git checkout (an sdist): every file under the project's folders
        return [str(path.relative_to(ROOT)) for folder in ("timeline", "tests", "benchmarks")
                for path in (ROOT / folder).rglob("*.py")]
    return [name for name in listed.stdout.decode().split("\0") if name]


def test_ruff_finds_nothing():
    """`ruff check` (rules in pyproject.toml) reports no finding in the repository's tracked Python files."""
    files = tracked_python_files()
    assert any(name.startswith("timeline/") for name in files)
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--force-exclude", *files],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_test_suite_writes_nothing_into_the_users_cache(tmp_path):
    """Tests run with a fresh HOME (and no cache settings) leave nothing in $HOME/.cache: every test gets a cache
    folder of its own (tests/conftest.py)."""
    home = tmp_path / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("TIMELINE_CACHE_DIR", "XDG_CACHE_HOME", "TIMELINE_NO_CACHE")}
    env["HOME"] = str(home)
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/test_cache.py", "tests/test_cli.py", "-k", "not concurrent"],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
    assert [str(path) for path in home.rglob("*")] == []


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


def test_architecture_names_every_module():
    """docs/architecture.md names every package and module of timeline/, and says where the state on a day is
    computed: in core/segments.py alone."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "timeline"
    missing = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.name in ("__init__.py", "__main__.py"):
            relative = relative.parent
            if str(relative) == ".":
                continue
            if f"{relative}/" not in text:
                missing.append(str(relative))
        elif relative.stem not in text:
            missing.append(str(relative))
    assert not missing, f"docs/architecture.md does not name {missing}"
    assert "`core/segments.py`: `segments(events)` is the one definition" in text

"""The README's session is real: every command shown prints exactly the output shown.

Regenerate the session after changing the records or the output:
    python tests/test_readme.py --write
"""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMANDS = [
    "timeline state --on 2025-01-25 --policy cbp-one --policy MPP",
    "timeline diff 2025-01-19 2025-01-22 --policy cbp-one",
    'timeline log --policy "remain in mexico" --since 2021-01-01 --until 2021-12-31 --no-sources',
    "timeline validate --quiet",
]
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def run(command: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from timeline.cli import app

    args = shlex.split(command)[1:]
    env = {"TIMELINE_DATA": str(ROOT / "policies"), "TIMELINE_TODAY": "2026-11-29", "COLUMNS": "100",
           "NO_COLOR": "1"}
    result = CliRunner().invoke(app, args, env=env)
    return result.exit_code, result.output.replace(str(ROOT) + "/", "")


def session_blocks(text: str) -> list[tuple[str, str]]:
    blocks = []
    for body in BLOCK.findall(text):
        command, _, output = body.partition("\n")
        assert command.startswith("$ "), body
        blocks.append((command[2:], output))
    return blocks


def render_session() -> str:
    return "\n".join(f"```console\n$ {command}\n{run(command)[1]}```\n" for command in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_shows_real_output(command, monkeypatch):
    """Each command in the README session prints exactly what the README shows."""
    monkeypatch.chdir(ROOT)
    shown = dict(session_blocks(README.read_text(encoding="utf-8")))
    assert command in shown, f"README session lacks `{command}`; run python tests/test_readme.py --write"
    code, output = run(command)
    assert code == 0
    assert output == shown[command]


if __name__ == "__main__" and "--write" in sys.argv:
    sys.path.insert(0, str(ROOT))
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- session:")
    start = text.index("\n", start) + 1
    end = text.index("\n## Commands")
    README.write_text(text[:start] + "\n" + render_session() + text[end:], encoding="utf-8")

"""The benchmark command runs end to end in quick mode and writes its report (not a measurement)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.benchmark
def test_benchmark_quick_mode_writes_a_report(tmp_path):
    """`benchmarks/run.py --quick` on a tiny corpus prints ratios and writes BENCHMARKS.md with the machine."""
    output = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--sizes", "40", "--repeats", "1",
         "--workdir", str(tmp_path / "work"), "--output", str(output)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = output.read_text()
    assert "## Machine" in report
    assert "Quick mode" in report
    for figure in ("`timeline --help` vs typer-hello", "cold `timeline validate`, 40 events",
                   "warm `timeline state`, 40 events", "warm `timeline diff`, 40 events"):
        assert figure in report

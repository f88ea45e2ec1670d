"""How `timeline fmt` and `timeline accept` scale with one large record, against `timeline validate` on it.

One policy with N events (66,000 by default: about 20 MB, the size the red-team pass of issue 15 used) is
written in the records' own style; then each command runs as a new process and its wall time and peak memory
(the child's maximum resident set size) are compared with those of `timeline validate` on the same file,
measured in the same run, in turns:

* `validate` — the baseline;
* `fmt --check` on the canonical file (nothing to change);
* `fmt --check` and `fmt` on the file with its first event moved to the end (one block out of order);
* `accept --dry-run` and `accept` of one new event.

    python benchmarks/write_scaling.py [--events 66000] [--repeats 3] [--workdir /tmp/write-scaling]
                                       [--before SRC]

`--before SRC` also runs each command with the package in the source tree SRC (for example
`git archive <commit> | tar -x -C SRC`), in turns with the others, for figures before and after a change
(commands SRC does not have are left out). Figures go to standard output as a Markdown table; BENCHMARKS.md
(analysis) keeps the ones of a run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PUBLISHERS = ["Reuters", "Associated Press", "Federal Register", "The Rio Times", "DHS"]
CANDIDATE = """\
candidates:
  - n: 1
    policy: big-policy
    event:
      date: {day}
      status: terminated
      action: terminated
      summary: The benchmark policy ends, after a long and eventful history.
      sources:
        - url: https://example.org/benchmark/end
          title: The benchmark policy ends
          publisher: Example
          published: {day}
"""


def record(events: int) -> tuple[str, dt.date]:
    """A valid record of `events` events, one every day from 1800-01-01, alternating active and suspended."""
    lines = ["# A large record for the write benchmark.", "id: big-policy", "name: Big policy",
             "aliases: [The big one]", "summary: >-", "  A policy with a very long history, to see how the",
             "  writers scale.", "events:"]
    day = dt.date(1800, 1, 1)
    for number in range(events):
        status, action = ("active", "resumed") if number % 2 == 0 else ("suspended", "suspended")
        if number == 0:
            action = "implemented"
        publisher = PUBLISHERS[number % len(PUBLISHERS)]
        lines += [f"  - date: {day.isoformat()}",
                  f"    status: {status}",
                  f"    action: {action}",
                  f"    summary: Event {number} of the policy, which the agency says is {status} again.",
                  "    sources:",
                  f"      - url: https://example.org/benchmark/{number}",
                  f"        title: Statement {number}",
                  f"        publisher: {publisher}",
                  f"        published: {day.isoformat()}"]
        day += dt.timedelta(days=1)
    return "\n".join(lines) + "\n", day


def run(command: list[str], env: dict, cwd: Path) -> tuple[float, int, int]:
    """(seconds, peak KiB, exit code) of one run, in `cwd` (not the source tree, which `-m` would import)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=66_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--before", type=Path, default=None, help="a source tree of the code to compare with")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="write-scaling-"))
    workdir.mkdir(parents=True, exist_ok=True)
    text, after = record(args.events)
    canonical_dir, shuffled_dir, accept_dir = workdir / "canonical", workdir / "shuffled", workdir / "accept"
    for folder in (canonical_dir, shuffled_dir, accept_dir):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
    (canonical_dir / "big-policy.yaml").write_text(text)
    head, _, rest = text.partition("  - date: 1800-01-01\n")
    first, _, tail = rest.partition("  - date: 1800-01-02\n")
    shuffled = head + "  - date: 1800-01-02\n" + tail + "  - date: 1800-01-01\n" + first
    candidates = workdir / "candidates.yaml"
    # a year after the last event: extraction's verdict calls it new (a day after, it finds a "stopped" event
    # within a month and calls the dates different)
    candidates.write_text(CANDIDATE.format(day=(after + dt.timedelta(days=365)).isoformat()))
    env = dict(os.environ, TIMELINE_CACHE_DIR=str(workdir / "cache"), TIMELINE_NO_CACHE="1",
               TIMELINE_LOCK_TIMEOUT="600")
    timeline = [sys.executable, "-m", "timeline"]
    size = len(text.encode())

    def fresh_shuffled() -> None:
        (shuffled_dir / "big-policy.yaml").write_text(shuffled)

    def fresh_accept() -> None:
        (accept_dir / "big-policy.yaml").write_text(text)

    commands = [  # (name, arguments, prepare, expected exit code, also run with --before)
        ("validate", ["validate", str(canonical_dir)], None, 0, True),
        ("fmt --check (canonical)", ["fmt", "--check", str(canonical_dir)], None, 0, True),
        ("fmt --check (one event out of order)", ["fmt", "--check", str(shuffled_dir)], fresh_shuffled, 1, True),
        ("fmt (one event out of order)", ["fmt", str(shuffled_dir)], fresh_shuffled, 0, True),
        ("accept --dry-run (one event)", ["accept", str(candidates), "--dry-run", "--data", str(accept_dir)],
         fresh_accept, 0, False),
        ("accept (one event)", ["accept", str(candidates), "--data", str(accept_dir)], fresh_accept, 0, True),
    ]
    versions = {"now": env}
    if args.before is not None:
        versions["before"] = dict(env, PYTHONPATH=str(args.before.resolve()))
    figures: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for _ in range(args.repeats):
        for name, arguments, prepare, expected, both in commands:
            for version, version_env in versions.items():
                if version == "before" and not both:
                    continue
                if prepare is not None:
                    prepare()
                seconds, peak, code = run(timeline + arguments, version_env, workdir)
                if code != expected:
                    print(f"{name} ({version}): exit {code}, expected {expected}", file=sys.stderr)
                    return 1
                figures.setdefault((name, version), []).append((seconds, peak))

    def median(name: str, version: str) -> tuple[float, float] | None:
        runs = figures.get((name, version))
        if not runs:
            return None
        return statistics.median(s for s, _ in runs), statistics.median(p for _, p in runs)

    base_time, base_peak = median("validate", "now")
    print(f"One record of {args.events:,} events, {size / 1e6:.1f} MB; median of {args.repeats} runs, "
          "each a new process.\n")
    header = "| command | time | × validate | peak memory | × validate |"
    rule = "|---|---|---|---|---|"
    if "before" in versions:
        header += " before: time | before: peak memory |"
        rule += "---|---|"
    print(header)
    print(rule)
    for name, *_ in commands:
        seconds, peak = median(name, "now")
        line = (f"| `{name}` | {seconds:.2f} s | {seconds / base_time:.2f} | {peak / 1024:.0f} MiB | "
                f"{peak / base_peak:.2f} |")
        if "before" in versions:
            before = median(name, "before")
            line += f" {before[0]:.2f} s | {before[1] / 1024:.0f} MiB |" if before else " - | - |"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

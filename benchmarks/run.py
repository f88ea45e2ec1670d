"""Measure timeline against its baselines on the same data, in one run, and write BENCHMARKS.md.

    python benchmarks/run.py                      # 10k and 100k events, 5 repeats
    python benchmarks/run.py --sizes 10k,100k,1M  # add the million (long: hours on 2 cores)
    python benchmarks/run.py --quick              # a small smoke run, seconds
    python benchmarks/run.py --corpus A --corpus B  # records made elsewhere, measured the same way

Every figure is a ratio of medians: each command and its baseline run once to
warm up (page cache, .pyc files, the timeline cache where the figure says
"warm"), then `--repeats` times each, in turns, so that both see the machine
in the same state; wall time and the child's peak RSS (os.wait4) are recorded.
All commands run with this Python (sys.executable), so the baseline and
timeline share an interpreter and its site-packages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

TODAY = "2025-06-30"
LARGE = 1_000_000  # from this many events on, a figure takes --large-repeats runs
ANALYSIS_MARKER = "<!-- analysis: kept when run.py rewrites this file -->\n"
STATE_ON = "2005-01-01"
DIFF_FROM, DIFF_TO = "2004-01-01", "2004-03-01"

TYPER_HELLO = '''\
import typer

app = typer.Typer()


@app.command()
def hello():
    print("hello")


if __name__ == "__main__":
    app()
'''

BARE_LIBYAML = '''\
"""The floor for validation: load every record with PyYAML's libyaml loader, nothing else."""
import os
import sys

import yaml

if not yaml.__with_libyaml__:
    sys.exit("PyYAML has no libyaml here: the baseline would be the pure-Python parser")
for root, dirs, files in os.walk(sys.argv[1]):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for name in files:
        if name.endswith((".yaml", ".yml")) and not name.startswith("."):
            with open(os.path.join(root, name), "rb") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
'''


@dataclass
class Runs:
    seconds: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_kb(self) -> int:
        return max(self.rss_kb)


def run_once(command: list[str], env: dict, cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process; fails loudly on a non-zero exit."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode not in (0,):
        raise SystemExit(f"benchmark command failed ({process.returncode}): {' '.join(command)}\n{stderr}")
    return elapsed, usage.ru_maxrss


def measure_pair(command: list[str], baseline: list[str], env: dict, cwd: Path, repeats: int) -> tuple[Runs, Runs]:
    """A command and its baseline, run in turns (one warm-up each, then `repeats` of each, alternating).

    This machine's speed drifts by a third over minutes (other jobs, other virtual machines); a baseline
    measured once at the start and compared with a figure taken minutes later measures the drift as much as
    the command. Taken in turns, both see the same machine.
    """
    run_once(baseline, env, cwd)
    run_once(command, env, cwd)
    ours, base = Runs(), Runs()
    for _ in range(repeats):
        for runs, argv in ((base, baseline), (ours, command)):
            seconds, rss = run_once(argv, env, cwd)
            runs.seconds.append(seconds)
            runs.rss_kb.append(rss)
    return ours, base


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def label(events: int) -> str:
    if events >= 1_000_000 and events % 1_000_000 == 0:
        return f"{events // 1_000_000}M"
    if events >= 1_000 and events % 1_000 == 0:
        return f"{events // 1_000}k"
    return str(events)


def corpus(workdir: Path, events: int, per_policy: int) -> tuple[Path, int]:
    """A generated corpus (reused between runs of the benchmark), and its size in bytes."""
    policies = max(1, events // per_policy)
    folder = workdir / f"corpus-{policies}x{per_policy}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, policies, per_policy)
        done.write_text("")
    size = sum(entry.stat().st_size for entry in os.scandir(folder) if entry.name.endswith(".yaml"))
    return folder, size


COUNT_EVENTS = """
import sys
from pathlib import Path
from timeline.records import yamlread
from timeline.records.files import record_files
total = 0
for path in record_files([Path(sys.argv[1])]):
    text, _ = yamlread.decode(path.read_bytes(), str(path))
    document, _ = yamlread.read(text, str(path)) if text is not None else (None, [])
    if document is not None and isinstance(document.value, dict):
        events = document.value.get("events")
        total += len(events) if isinstance(events, list) else 0
print(total)
"""


def count_events(folder: Path) -> int:
    """Events in a folder of records, read with timeline's own strict reader (a corpus made elsewhere).

    In a child process: this one must stay small, because a child's peak memory as the kernel reports it
    (ru_maxrss) counts the parent's pages it starts with (subprocess forks, or vforks, before it executes).
    """
    result = subprocess.run([sys.executable, "-c", COUNT_EVENTS, str(folder)], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    return int(result.stdout)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.suffix in (".yaml", ".yml"))


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) // 1024:,} MiB RAM"
    except OSError:
        pass
    from importlib.metadata import version

    import yaml

    load = ""
    if hasattr(os, "getloadavg"):
        load = "load average at start {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; {memory}; {load}",
        f"- OS: {platform.platform()}",
        f"- Python {platform.python_version()} ({sys.executable}); typer {version('typer')}, "
        f"pydantic {version('pydantic')}, PyYAML {yaml.__version__} (libyaml: {yaml.__with_libyaml__}), "
        f"SQLite {sqlite3.sqlite_version}",
    ]


SQLITE_COPY = """
import sqlite3, sys
from pathlib import Path
from timeline.store.location import cache_file
target = Path(sys.argv[2])
target.unlink(missing_ok=True)
db = sqlite3.connect(target, uri=True)
# read-only: a reader that closed a cache file last could fold its log into it and change it under its stamp
db.execute("ATTACH DATABASE ? AS cache", ("file:" + str(cache_file([Path(sys.argv[1])])) + "?mode=ro",))
db.executescript(
    "CREATE TABLE intervals AS SELECT f.policy_id AS policy_id, s.status AS status, s.valid_from AS valid_from, "
    "lead(s.valid_from) OVER (PARTITION BY s.file_id ORDER BY s.valid_from) AS valid_to "
    "FROM cache.segments s JOIN cache.files f ON f.id = s.file_id; "
    "CREATE INDEX intervals_from ON intervals(valid_from, valid_to);")
db.commit()
db.close()
"""


def folder_bytes(folder: Path) -> int:
    """The size of every file in a folder (the cache: databases, their -wal files and stamps)."""
    return sum(entry.stat().st_size for entry in os.scandir(folder) if entry.is_file()) if folder.is_dir() else 0


def sqlite_copy(folder: Path, target: Path, env: dict) -> None:
    """A plain SQLite copy of the states (one row per interval), as a user might keep beside the records.

    In a child process, as `count_events`: this one must stay small."""
    subprocess.run([sys.executable, "-c", SQLITE_COPY, str(folder), str(target)], env=env, cwd=ROOT, check=True)


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []
        self.notes: list[str] = []

    def ratio(self, figure: str, ours: Runs, base: Runs, target: float | None, base_name: str) -> float:
        value = ours.median / base.median
        verdict = "" if target is None else ("holds" if value <= target else "**misses**")
        self.rows.append((figure, f"{ours.median:.3f} s", f"{base_name} {base.median:.3f} s", f"{value:.2f}",
                          f"≤ {target}" if target is not None else "-", verdict))
        print(f"{figure:55} {ours.median:8.3f} s vs {base.median:8.3f} s  ratio {value:5.2f}"
              + (f"  target <= {target}: {verdict}" if target is not None else ""), flush=True)
        return value

    def plain(self, figure: str, value: str, base: str, ratio: str, target: str, verdict: str) -> None:
        self.rows.append((figure, value, base, ratio, target, verdict))
        print(f"{figure:55} {value} {base} {ratio} {target} {verdict}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=None, help="event counts for the size figures (e.g. 10k,100k,1M)")
    parser.add_argument("--per-policy", type=int, default=20, help="events per generated policy")
    parser.add_argument("--repeats", type=int, default=None, help="runs per figure after the warm-up (default 5)")
    parser.add_argument("--large-repeats", type=int, default=3,
                        help="runs per figure for sizes of 1M events or more, where one run takes minutes "
                             "(default 3, at most --repeats)")
    parser.add_argument("--warm-size", default=None, help="the corpus for the warm state/diff figures")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora and caches go (kept)")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--quick", action="store_true", help="tiny sizes and 2 repeats: a smoke test, not a figure")
    parser.add_argument("--data", type=Path, default=None,
                        help="records for the start-up figure (default: ./policies when it holds records)")
    parser.add_argument("--corpus", type=Path, action="append", default=None,
                        help="a folder of records to measure instead of generated ones (repeat for several "
                             "sizes; the warm figures use the one nearest --warm-size, default 100k events)")
    args = parser.parse_args(argv)
    quick = ("200,2000", "2000", 2) if args.quick else ("10k,100k", "100k", 5)
    args.sizes = args.sizes or quick[0]
    args.warm_size = args.warm_size or (quick[1] if quick[1] in args.sizes.split(",") else args.sizes.split(",")[-1])
    args.repeats = args.repeats or quick[2]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.corpus:  # records made elsewhere, measured exactly as the generated ones
        given = sorted((count_events(folder), folder.resolve(), folder_size(folder)) for folder in args.corpus)
        corpora = {events: (folder, size) for events, folder, size in given}
        sizes = sorted(corpora)
        wanted = parse_size(args.warm_size or "100k")  # as for generated corpora: the warm figures are at 100k
        warm_size = min(sizes, key=lambda events: (abs(events - wanted), events))
        args.sizes = ",".join(str(events) for events in sizes)
    else:
        sizes = [parse_size(size) for size in args.sizes.split(",")]
        warm_size = parse_size(args.warm_size)
        if warm_size not in sizes:
            sizes.append(warm_size)
        sizes.sort()
        corpora = {}
    (workdir / "typer_hello.py").write_text(TYPER_HELLO)
    (workdir / "bare_libyaml.py").write_text(BARE_LIBYAML)
    # the cache of 1M events is larger than the default bound (256 MB): the benchmark keeps it
    env = {**os.environ, "TIMELINE_CACHE_DIR": str(workdir / "cache"), "TIMELINE_TODAY": TODAY, "NO_COLOR": "1",
           "TIMELINE_CACHE_MAX_MB": "100000",
           "COLUMNS": "100"}
    # an installed package has .pyc files (pip compiles them); let the warm-up run write them here too
    dont_write = env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TIMELINE_NO_CACHE", None)
    env.pop("TIMELINE_DATA", None)
    python = sys.executable
    timeline = [python, "-m", "timeline"]
    hello = [python, str(workdir / "typer_hello.py")]
    report = Report()
    if args.corpus:
        report.notes.append("Size figures ran on corpora given with --corpus (events counted with timeline's "
                            "reader): " + ", ".join(f"{folder} ({label(events)} events)"
                                                   for events, (folder, _) in sorted(corpora.items())) + ".")
    started = time.time()
    print(f"workdir {workdir}", flush=True)

    # start-up
    shipped = args.data or ROOT / "policies"
    shipped_files = sorted(shipped.glob("*.y*ml")) if shipped.is_dir() else []
    if shipped_files:
        shipped_note = f"the shipped records ({shipped}, {len(shipped_files)} files)"
    else:
        shipped = workdir / "shipped-stand-in"
        if not shipped.exists():
            generate(shipped, 2, 15, seed=7)
        shipped_note = (f"a stand-in for the shipped records ({shipped}: 2 generated policies x 15 events), "
                        f"because {ROOT / 'policies'} holds no records in this checkout")
    report.notes.append(f"`timeline state` start-up figure ran on {shipped_note}.")
    if dont_write:
        report.notes.append("PYTHONDONTWRITEBYTECODE was set in this shell; the benchmark unsets it for the commands "
                            "it runs, so that timeline's modules are compiled once, as in an installed package.")
    ours, base_hello = measure_pair([*timeline, "state", "--data", str(shipped)], hello, env, workdir, args.repeats)
    report.ratio("`timeline state` (shipped records, warm cache) vs typer-hello", ours, base_hello, 1.5,
                 "typer-hello")
    ours, base_hello = measure_pair([*timeline, "state", "--data", str(shipped), "--no-cache"], hello, env, workdir,
                                    args.repeats)
    report.ratio("`timeline state --no-cache` (shipped records) vs typer-hello", ours, base_hello, None,
                 "typer-hello")
    ours, base_help = measure_pair([*timeline, "--help"], [*hello, "--help"], env, workdir, args.repeats)
    report.ratio("`timeline --help` vs typer-hello `--help`", ours, base_help, 1.2, "typer-hello --help")

    extraction_figures(report, timeline, hello, env, workdir, args.repeats, args.quick)

    # size figures
    per_event: dict[int, float] = {}
    base_per_event: dict[int, float] = {}  # CSafeLoader's: how fast the machine was while each size ran
    fill_per_event: dict[int, float] = {}
    for events in sizes:
        folder, size = corpora.get(events) or corpus(workdir, events, args.per_policy)
        name = label(events)
        repeats = min(args.repeats, args.large_repeats) if events >= LARGE else args.repeats
        ours, base = measure_pair([*timeline, "validate", str(folder)],
                                  [python, str(workdir / "bare_libyaml.py"), str(folder)], env, workdir, repeats)
        report.ratio(f"cold `timeline validate`, {name} events ({size / 1e6:.1f} MB)", ours, base, 2.0,
                     "CSafeLoader load")
        per_event[events] = ours.median / events
        base_per_event[events] = base.median / events
        memory = ours.peak_kb * 1024 / size
        report.plain(f"peak memory of `validate`, {name} events", f"{ours.peak_kb / 1024:.0f} MiB",
                     f"records {size / 2**20:.0f} MiB", f"{memory:.1f}×", "≤ 10×",
                     "holds" if memory <= 10 else "**misses**")
        # the first query after a change: reads, validates and caches everything (one run: it is the slow path)
        shutil.rmtree(workdir / "cache", ignore_errors=True)
        seconds, rss = run_once([*timeline, "state", "--data", str(folder), "--on", STATE_ON], env, workdir)
        fill_per_event[events] = seconds / events
        memory = rss * 1024 / size
        report.plain(f"first `state` (fills the cache), {name} events", f"{seconds:.2f} s, {rss / 1024:.0f} MiB",
                     "-", f"{memory:.1f}× records", "≤ 10× (memory)", "holds" if memory <= 10 else "**misses**")
        cached = folder_bytes(workdir / "cache")
        report.plain(f"size of the cache, {name} events", f"{cached / 2**20:.1f} MiB",
                     f"records {size / 2**20:.1f} MiB", f"{cached / size:.2f}×", "≤ 1.5×",
                     "holds" if cached <= 1.5 * size else "**misses**")
        if events == warm_size:
            state_cmd = [*timeline, "state", "--data", str(folder), "--on", STATE_ON]
            ours, base_hello = measure_pair(state_cmd, hello, env, workdir, args.repeats)
            report.ratio(f"warm `timeline state`, {name} events", ours, base_hello, 1.5, "typer-hello")
            report.plain(f"peak memory of warm `state`, {name} events", f"{ours.peak_kb / 1024:.0f} MiB",
                         f"records {size / 2**20:.0f} MiB", f"{ours.peak_kb * 1024 / size:.1f}×", "≤ 10×",
                         "holds" if ours.peak_kb * 1024 <= 10 * size else "**misses**")
            ours, base_hello = measure_pair([*timeline, "diff", DIFF_FROM, DIFF_TO, "--data", str(folder)], hello, env,
                                            workdir, args.repeats)
            report.ratio(f"warm `timeline diff`, {name} events", ours, base_hello, 1.5, "typer-hello")
            if not args.corpus:  # a large answer: every policy's state as JSON, 10 events a policy
                wide, _ = corpus(workdir, events, 10)
                json_cmd = [*timeline, "state", "--data", str(wide), "--on", STATE_ON, "--format", "json"]
                answer = subprocess.run(json_cmd, env=env, cwd=workdir, capture_output=True, check=True).stdout
                ours, base_hello = measure_pair(json_cmd, hello, env, workdir, args.repeats)
                report.ratio(f"warm `state --format json`, {events // 10:,} policies ({len(answer) / 1e6:.1f} MB "
                             "answer)", ours, base_hello, 1.5, "typer-hello")
            copy = workdir / f"asof-{name}.sqlite3"
            sqlite_copy(folder, copy, env)
            sqlite = shutil.which("sqlite3")
            if sqlite:
                query = (f"SELECT policy_id, status FROM intervals WHERE valid_from <= '{STATE_ON}' "
                         f"AND (valid_to IS NULL OR valid_to > '{STATE_ON}') ORDER BY policy_id;")
                floor, base_hello = measure_pair([sqlite, str(copy), query], hello, env, workdir, args.repeats)
                report.ratio(f"floor: `sqlite3` CLI, same as-of question, {name} events", floor, base_hello, None,
                             "typer-hello")
            else:
                report.notes.append("The sqlite3 command-line tool is not installed: no floor figure.")
        if events != sizes[-1]:
            shutil.rmtree(workdir / "cache", ignore_errors=True)
    # Linear in events? A size's runs are minutes apart from the next size's, and this machine's speed drifts by
    # a fifth over that long (other virtual machines): the growth of timeline's cost per event is divided by the
    # growth of CSafeLoader's (linear by construction: it only parses), measured in turns with it at each size.
    for small, large in zip(sizes, sizes[1:], strict=False):
        if large == small * 10:
            drift = base_per_event[large] / base_per_event[small]
            for what, costs in (("`validate`", per_event), ("filling the cache", fill_per_event)):
                growth = costs[large] / costs[small]
                report.plain(f"cost per event of {what}, {label(small)} → {label(large)} events",
                             f"{costs[large] * 1e6:.1f} µs", f"{costs[small] * 1e6:.1f} µs", f"{growth:.2f}×", "-", "")
                report.plain(f"the same, against CSafeLoader's cost per event ({drift:.2f}× from {label(small)} to "
                             f"{label(large)})", f"{growth / drift:.2f}×", "-", f"{growth / drift:.2f}×", "≤ 1.15×",
                             "holds" if growth / drift <= 1.15 else "**misses**")
    write_report(args.output, report, args, sizes, workdir, time.time() - started)
    print(f"wrote {args.output}")
    return 0


SEED = ROOT / "seeds" / "000_2c018af485fa40ac.txt"
ARTICLES = HERE / "extraction"


TUNE_FILES = """
import sys, yaml
for entry in yaml.safe_load(open(sys.argv[1], encoding="utf-8")):
    if entry["split"] == "tune":
        print(entry["file"])
"""


def article_folder(workdir: Path, count: int) -> Path:
    """`count` articles: the tuning split of benchmarks/extraction (never its held-out test split) and the seed,
    copied over and over under new names (English, Spanish and Portuguese, 2,000 characters each)."""
    folder = workdir / f"articles-{count}"
    if folder.is_dir() and len(list(folder.iterdir())) == count:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    # read in a child process, as count_events is: gold.yaml grows with every evaluation set, and the pages this
    # process holds are counted in its children's peak memory
    listed = subprocess.run([sys.executable, "-c", TUNE_FILES, str(ARTICLES / "gold.yaml")], capture_output=True,
                            text=True, cwd=ROOT, check=True)
    sources = [ARTICLES / "articles" / name for name in listed.stdout.split()] + [SEED]
    for number in range(count):
        source = sources[number % len(sources)]
        shutil.copyfile(source, folder / f"{number:05d}-{source.name}")
    return folder


def extraction_figures(report: Report, timeline: list[str], hello: list[str], env: dict, workdir: Path,
                       repeats: int, quick: bool) -> None:
    """Seed extraction as a whole process (target 0.5 s), and articles per second over a folder, in one
    process and in two (`--jobs 2`), taken in turns."""
    shipped = ["--data", str(ROOT / "policies")]
    ours, base_hello = measure_pair([*timeline, "extract", str(SEED), *shipped], hello, env, workdir, repeats)
    report.plain("`timeline extract` of the seed article (whole process)", f"{ours.median:.3f} s",
                 f"typer-hello {base_hello.median:.3f} s", f"{ours.median / base_hello.median:.2f}", "≤ 0.5 s",
                 "holds" if ours.median <= 0.5 else "**misses**")
    count = 40 if quick else 500
    folder = article_folder(workdir, count)
    parallel, single = measure_pair([*timeline, "extract", str(folder), *shipped, "--jobs", "2", "--format", "json"],
                                    [*timeline, "extract", str(folder), *shipped, "--format", "json"], env, workdir,
                                    repeats)
    report.plain(f"`timeline extract` of a folder of {count} articles, one process",
                 f"{single.median:.2f} s, {count / single.median:.0f} articles/s", "-", "-", "-", "")
    report.plain(f"the same with `--jobs 2` ({os.cpu_count()} cores)",
                 f"{parallel.median:.2f} s, {count / parallel.median:.0f} articles/s",
                 f"one process {single.median:.2f} s", f"{parallel.median / single.median:.2f}", "-", "")
    report.notes.append(f"Extraction figures read {count} copies of the tuning split's articles and the seed "
                        "(benchmarks/extraction; the held-out test split is never used), with the shipped records, "
                        "output as JSON to /dev/null; the folder figure includes start-up.")


def write_report(path: Path, report: Report, args, sizes: list[int], workdir: Path, seconds: float) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `python benchmarks/run.py {' '.join(sys.argv[1:])}`".rstrip() + f" on {dt.date.today()}, "
        f"in {seconds / 60:.1f} minutes. Sizes: {', '.join(label(s) for s in sizes)} events "
        + ("(the corpora given); " if args.corpus else f"({args.per_policy} per policy); ")
        + f"every time is the median of {args.repeats} runs"
        + (f" ({min(args.repeats, args.large_repeats)} for {label(LARGE)} events or more)"
           if any(size >= LARGE for size in sizes) else "")
        + " after one warm-up run, taken in turns with its baseline's runs.",
        "",
        "## Machine",
        "",
        *machine(),
        "",
        "## Figures",
        "",
        "| figure | timeline | baseline | ratio | target | |",
        "|---|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in report.rows),
        "",
        "## Notes",
        "",
        *(f"- {note}" for note in report.notes),
        "- typer-hello is a Typer app with one command that prints a line, with Typer's defaults, run by the "
        "same Python; `timeline` runs as `python -m timeline`, whose plain command lines of `state`, `diff`, `log` "
        "and `show` are parsed without importing Typer (timeline/fastpath.py); `--help`, `validate` and `extract` "
        "go through Typer.",
        "- Cost per event: a size's figures are taken minutes after the previous size's, and the machine's speed "
        "drifts meanwhile; the growth of timeline's cost per event is judged against the growth of CSafeLoader's "
        "(which only parses, so is linear), each measured in turns with timeline's at its size. The raw growth "
        "is shown above it.",
        "- Cold `validate` never uses the cache. The CSafeLoader baseline only loads the YAML; `validate` also "
        "rejects anchors, tags and duplicate keys, builds the models and checks every rule.",
        f"- Warm figures ask for the state on {STATE_ON} and the diff {DIFF_FROM}..{DIFF_TO} with the cache "
        "filled by the warm-up run; output goes to /dev/null in the default text format.",
        "- The sqlite3 floor answers the same as-of question (each policy's status on the date) from a plain "
        "SQLite table of intervals built from the same records.",
        "- Peak memory is the child's maximum resident set size (os.wait4), compared with the size of the record "
        "files; it includes the interpreter itself (about 30 MiB for typer-hello).",
    ]
    judged = [row for row in report.rows if row[5]]
    missed = [row[0] for row in judged if "misses" in row[5]]
    at = lines.index("## Figures")
    lines[at:at] = [
        "## Verdict",
        "",
        f"{len(judged) - len(missed)} of {len(judged)} targets hold in this run."
        + (" Missed: " + "; ".join(missed) + "." if missed else ""),
        "",
    ]
    if args.quick:
        lines.insert(2, "**Quick mode: tiny sizes and few repeats, a smoke test of the benchmark, not a result.**\n")
    # a hand-written analysis below the marker survives re-runs
    kept = ""
    if path.exists() and ANALYSIS_MARKER in path.read_text():
        kept = path.read_text().split(ANALYSIS_MARKER, 1)[1]
    path.write_text("\n".join(lines) + "\n\n" + ANALYSIS_MARKER + kept)


if __name__ == "__main__":
    sys.exit(main())

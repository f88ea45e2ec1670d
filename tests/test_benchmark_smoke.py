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


@pytest.mark.benchmark
def test_benchmark_measures_a_corpus_made_elsewhere(tmp_path):
    """`--corpus DIR` measures given records the same way, counting their events with timeline's reader."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    small, large = tmp_path / "small", tmp_path / "large"
    generate(small, 2, 5, seed=11)
    generate(large, 4, 5, seed=12)
    output = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--repeats", "1", "--corpus", str(large),
         "--corpus", str(small), "--workdir", str(tmp_path / "work"), "--output", str(output)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = output.read_text()
    for figure in ("cold `timeline validate`, 10 events", "cold `timeline validate`, 20 events",
                   "warm `timeline state`, 20 events", "given with --corpus"):
        assert figure in report


def test_the_extraction_gold_set_is_consistent():
    """Every annotated quote is verbatim in its article, windows close by publication, keys and names are known,
    no article is used twice (benchmarks/extraction/check_gold.py)."""
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extraction" / "check_gold.py")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("OK:"), result.stdout + result.stderr


def test_the_gold_checker_finds_a_quote_that_is_not_verbatim():
    sys.path.insert(0, str(ROOT / "benchmarks" / "extraction"))
    import check_gold

    entry = dict(check_gold.yaml.safe_load((check_gold.HERE / "gold.yaml").read_text(encoding="utf-8"))[0])
    entry["acts"] = [dict(entry["acts"][0], quote="words that appear in no article at all")]
    assert any("not verbatim" in problem for problem in check_gold.check_entry(entry))


def test_the_gold_checker_reads_the_second_annotation():
    """agreement.yaml (README-agreement.md) is held to gold's rules: a quote not in its article, a document gold
    does not hold, or one annotated twice is a problem; the shipped file has none."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "extraction"))
    import check_gold

    gold = check_gold.yaml.safe_load((check_gold.HERE / "gold.yaml").read_text(encoding="utf-8"))
    second = check_gold.yaml.safe_load((check_gold.HERE / "agreement.yaml").read_text(encoding="utf-8"))
    assert check_gold.check_agreement(gold, second) == []
    broken = [dict(second[0], acts=[dict(second[0]["acts"][0], quote="words that appear in no article at all")]),
              dict(second[1], file="999-nowhere.txt"), second[2], second[2]]
    problems = check_gold.check_agreement(gold, broken)
    assert any("not verbatim" in p for p in problems)
    assert any("999-nowhere.txt is not in gold.yaml" in p for p in problems)
    assert any("annotated 2 times" in p for p in problems)


def test_the_scorer_never_shows_a_held_out_splits_misses():
    """`--details` on a held-out split is refused before anything is read (a slip of this kind once printed test4
    misses); with `--split all` the details are the development splits' only."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extraction

    # the held-out splits come from the checker's list of splits: every test split, the newest included
    assert {"test12", "testtidy"} <= set(extraction.HELD_OUT)
    assert all(split.startswith("test") for split in extraction.HELD_OUT)
    for split in extraction.HELD_OUT:
        result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--split", split,
                                 "--details"], capture_output=True, text=True, timeout=60)
        assert result.returncode == 2 and "held out" in result.stderr, result.stderr
        assert result.stdout == ""


def test_the_tidy_items_are_checked_and_scored_apart(tmp_path):
    """The tidy hand-written items (benchmarks/extraction/tidy/) are held to gold's rules by the checker, and the
    scorer reads them with `--set tidy`: the development half alone shows no held-out line."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "extraction"))
    import check_gold

    tidy = check_gold.yaml.safe_load((check_gold.TIDY / "gold.yaml").read_text(encoding="utf-8"))
    assert check_gold.check_tidy(tidy) == []
    broken = [dict(tidy[0], acts=[dict(tidy[0]["acts"][0], quote="words that appear in no item at all")]),
              dict(tidy[1], split="dev"), *tidy[2:]]
    problems = check_gold.check_tidy(broken)
    assert any("not verbatim" in p for p in problems) and any("split" in p for p in problems)
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--set", "tidy", "--split",
                             "development"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "tidy split (tidy hand-written items)" in result.stdout and "held" not in result.stdout


def test_the_development_split_shows_no_held_out_figure():
    """`--split development` scores every split that is not held out, and prints no held-out line (running `all`
    to see the development figures once showed held-out aggregates mid-round)."""
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--split", "development"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "held" not in result.stdout and "test" not in result.stdout.replace("tune", "")
    assert "dev5 split (fifth set)" in result.stdout and "tune split" in result.stdout


def test_the_scorer_matches_one_candidate_to_one_act_inside_its_window():
    """A candidate counts when policy and status agree and its day or whole window lies inside the act's; one
    candidate matches one act (benchmarks/extraction.py)."""
    import datetime as dt
    from types import SimpleNamespace

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extraction

    def candidate(day=None, low=None, high=None, status="terminated"):
        return SimpleNamespace(policy="p", status=status, date=day, not_before=low, not_after=high)

    act = {"policy": "p", "status": "terminated", "not_before": dt.date(2021, 6, 1), "not_after": dt.date(2021, 6, 30)}
    assert extraction.fits(candidate(dt.date(2021, 6, 1)), act)
    assert extraction.fits(candidate(low=dt.date(2021, 6, 2), high=dt.date(2021, 6, 9)), act)
    assert not extraction.fits(candidate(high=dt.date(2021, 6, 9)), act)  # open to the past: wider than June
    assert not extraction.fits(candidate(dt.date(2021, 6, 1), status="suspended"), act)
    open_act = {"policy": "p", "status": "terminated", "not_after": dt.date(2021, 6, 30)}
    assert extraction.fits(candidate(high=dt.date(2021, 6, 9)), open_act)
    two = [candidate(dt.date(2021, 6, 1)), candidate(dt.date(2021, 6, 2))]
    assert extraction.match(two, [act]) in ({0: 0}, {0: 1})
    assert len(extraction.match(two, [act, dict(act)])) == 2


def test_generated_records_raise_no_problem(tmp_path, monkeypatch):
    """The benchmark's records are clean, as generate.py says: a warning on most files (a rebranding recorded
    as `announced` after `active` once made 911 status-after-active warnings in 500 files) measures re-reading
    files for their lines instead of validation."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate
    from typer.testing import CliRunner

    from timeline.cli import app

    generate(tmp_path / "records", 300, 20, seed=11)
    monkeypatch.setenv("TIMELINE_TODAY", "2025-06-30")
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "records")])
    assert result.exit_code == 0 and "0 error(s), 0 warning(s)" in result.output, result.output


def test_the_learned_classifier_experiment_still_reads_articles():
    """benchmarks/extraction_learned.py builds its (sentence, policy) units through the extractor's reader; when the
    reader took the records' views it stopped running, and nothing noticed. One development article's units, each
    labelled with a status or NONE, and its feature list."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extraction_learned as learned

    from timeline.api import Timeline

    records = Timeline(ROOT / "policies", cache=False).policies()
    entry = next(e for e in learned.scorer.load_gold("dev") if e["acts"])
    units = learned.units(entry, records)
    assert units and {u["label"] for u in units} <= set(learned.CLASSES)
    assert any(u["label"] != "NONE" for u in units)
    assert learned.features(units[0])
    assert "test" not in learned.DEVELOPMENT and all(not s.startswith("test") for s in learned.DEVELOPMENT)


def test_the_scorer_counts_why_acts_were_missed():
    """`--classes` counts each missed act by what the extractor made of its sentence (nothing, with or without a
    policy named there; set aside; another policy; another status; a window that does not fit): the counts add up
    to the acts missed, and no sentence is printed, so it may be run on a held-out split."""
    import datetime as dt
    from types import SimpleNamespace

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extraction

    text = "MPP ended on June 1. Officials talked on Monday. The program was paused."

    def candidate(start, end, policy="p", status="terminated"):
        return SimpleNamespace(policy=policy, status=status, start=start, end=end)

    class Matcher:
        def find(self, text, start, end):
            return [SimpleNamespace(policy="p")] if "MPP" in text[start:end] or "program" in text[start:end] else []

    act = {"policy": "p", "status": "terminated", "not_after": dt.date(2021, 6, 30), "quote": "MPP ended on June 1."}
    talk = dict(act, quote="Officials talked on Monday.")
    paused = dict(act, status="suspended", quote="The program was paused.")
    nothing = SimpleNamespace(candidates=[], set_aside=[])
    assert extraction.miss_class(act, text, nothing, Matcher()) == "nothing, a policy named"
    assert extraction.miss_class(talk, text, nothing, Matcher()) == "nothing, no policy named"
    assert extraction.miss_class(dict(act, quote="words found nowhere"), text, nothing, Matcher()) == "not located"
    aside = SimpleNamespace(candidates=[], set_aside=[candidate(0, 20)])
    assert extraction.miss_class(act, text, aside, Matcher()) == "set aside"
    assert extraction.miss_class(act, text, SimpleNamespace(candidates=[candidate(0, 20)], set_aside=[]),
                                 Matcher()) == "window"
    assert extraction.miss_class(act, text, SimpleNamespace(candidates=[candidate(0, 20, policy="q")],
                                                            set_aside=[]), Matcher()) == "another policy"
    assert extraction.miss_class(paused, text, SimpleNamespace(candidates=[candidate(49, 72)], set_aside=[]),
                                 Matcher()) == "wrong status"
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--split", "tune",
                             "--classes"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = next(line for line in result.stdout.splitlines() if line.startswith("| tune split |"))
    classes = next(line for line in result.stdout.splitlines() if line.startswith("| split tune |"))
    acts, matched = int(figures.split("|")[3]), int(figures.split("|")[5])
    cells = [int(cell) for cell in classes.strip("|").split("|")[1:]]
    assert cells[0] == sum(cells[1:]) == acts - matched
    assert "missed  " not in result.stdout and "extra  " not in result.stdout
    held_out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extraction.py"), "--split", "test8",
                               "--classes"], capture_output=True, text=True, timeout=120)
    assert held_out.returncode == 0, held_out.stderr  # allowed: counts only (the figures are not looked at here)

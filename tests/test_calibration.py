"""A candidate's confidence: the calibration model, its fitter, and `extract --min-confidence`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import random
import sys
from pathlib import Path

import pytest
import yaml
from extract_support import records, records_dir, seed_text  # noqa: F401
from typer.testing import CliRunner

from timeline.api import Timeline
from timeline.cli import app
from timeline.errors import UsageError
from timeline.extract import calibration
from timeline.extract.candidates import extract_text
from timeline.extract.document import Candidate

REPO = Path(__file__).parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
import calibrate  # noqa: E402
import first_sight  # noqa: E402

runner = CliRunner()
THU = dt.date(2025, 1, 23)


def _candidate(**changes) -> Candidate:
    base = Candidate("remain-in-mexico", "active", "implemented", dt.date(2019, 1, 29), None, None, "q", 0, 1, 0.9,
                     verdict="consistent", trigger="began", score=0.9)
    return dataclasses.replace(base, **changes)


def test_every_shipped_weight_is_a_feature_the_extractor_makes():
    """No weight is left over from a feature that no longer exists, or misspelt: each name is a kind `features`
    produces and, for an indicator, one of the values that kind takes (calibration.VALUES)."""
    kinds = {name.split("=")[0] for name in calibration.features(_candidate(), "en")}
    assert kinds == set(calibration.VALUES) | {"score"}
    assert calibration.WEIGHTS, "the shipped model has no weights"
    for name in calibration.WEIGHTS:
        kind, _, value = name.partition("=")
        assert kind in kinds, name
        assert kind == "score" or value in calibration.VALUES[kind], name


def test_features_take_only_the_values_they_declare(seed_text, records):  # noqa: F811
    """Every feature of every candidate the extractor makes, dated or not, with or without a publication date,
    is a declared value: an undated candidate reads as open, not as a value the model never saw."""
    for published in (None, THU):
        document = extract_text(seed_text + "\nDHS suspended the CBP One app.", records, published=published)
        assert document.candidates
        for candidate in document.candidates:
            for name in calibration.features(candidate, document.language):
                kind, _, value = name.partition("=")
                assert kind == "score" or value in calibration.VALUES[kind], name
    undated = _candidate(date=None, not_after=None)
    assert calibration.features(undated, "en").keys() >= {"window=open"}


def test_a_dated_agreeing_act_is_likelier_than_an_undated_contradicted_one():
    """Dated and consistent with the records beats 'on or before publication' and contradicted."""
    dated = _candidate()
    undated = _candidate(date=None, not_after=THU, verdict="contradicts")
    assert calibration.confidence(dated, "en") > calibration.confidence(undated, "en") + 0.2


def test_confidence_is_a_probability_with_two_places():
    """Every confidence lies in [FLOOR, CEILING] and is rounded to two places, whatever the features."""
    for status in ("active", "announced", "suspended", "terminated", "enjoined", "proposed"):
        for verdict in ("consistent", "contradicts", "new", None):
            for score in (0.01, 0.5, 0.99):
                value = calibration.confidence(_candidate(status=status, verdict=verdict, score=score), "es")
                assert calibration.FLOOR <= value <= calibration.CEILING
                assert value == round(value, 2)


def test_extraction_reports_the_calibrated_confidence_and_keeps_the_rules_score(seed_text, records):  # noqa: F811
    """Each candidate's confidence is the model's, and its reasons give both figures."""
    document = extract_text(seed_text, records)
    assert document.candidates
    for candidate in document.candidates:
        assert candidate.score is not None
        assert candidate.confidence == calibration.confidence(candidate, document.language)
        assert any(f"confidence {candidate.confidence:.2f}" in reason and f"{candidate.score:.2f}" in reason
                   for reason in candidate.reasons)


def test_the_fitter_recovers_a_feature_that_predicts_the_label():
    """On made-up rows where 'window=day' is right 90% of the time and 'window=open' 30%, the fitted model
    predicts about those shares (the fitter, not the shipped weights)."""
    rng = random.Random(7)
    rows = []
    for _ in range(400):
        dated = rng.random() < 0.5
        right = rng.random() < (0.9 if dated else 0.3)
        rows.append(("set", {f"window={'day' if dated else 'open'}": 1.0}, 0.5, int(right)))
    bias, weights = calibrate.fit(rows, penalty=0.1)
    day = calibration.probability({"window=day": 1.0}, weights, bias)
    open_ = calibration.probability({"window=open": 1.0}, weights, bias)
    assert abs(day - 0.9) < 0.06 and abs(open_ - 0.3) < 0.08


def test_the_flag_on_text_the_rules_were_written_on_is_left_out_of_a_new_article():
    """Made-up rows: the same features right 90% of the time on text the rules were written on (flagged) and 60%
    on their first sight. Fitted on both, an unflagged candidate gets about 0.6, not the pooled 0.8, and the
    weights written to disk hold no flag (a new article never has it)."""
    rng = random.Random(11)
    seen = [("s", {"window=day": 1.0}, 0.9, int(rng.random() < 0.9)) for _ in range(400)]
    unseen = [("s", {"window=day": 1.0}, 0.9, int(rng.random() < 0.6)) for _ in range(400)]
    bias, weights = calibrate.fit(calibrate.flagged(seen) + unseen, penalty=0.1)
    new = calibration.probability({"window=day": 1.0}, weights, bias)
    assert abs(new - 0.6) < 0.06, new
    assert calibration.probability({"window=day": 1.0, calibrate.SEEN: 1.0}, weights, bias) > 0.85


def test_write_weights_leaves_the_flag_out(tmp_path, monkeypatch):
    """The shipped weights never name the flag, so a new article is read as first sight."""
    target = tmp_path / "weights.py"
    monkeypatch.setattr(calibrate, "WEIGHTS_FILE", target)
    calibrate.write_weights(0.5, {"window=day": 1.0, calibrate.SEEN: 2.0}, 3.0, 10, 5)
    text = target.read_text(encoding="utf-8")
    assert '"window=day": 1.0000' in text and calibrate.SEEN not in text.split("WEIGHTS")[1]
    assert "10 candidates" in text and "5 of their first sight" in text


def test_the_first_sight_is_read_and_labelled_against_the_gold():
    """benchmarks/extraction/first_sight.json holds what the rules proposed on each development set from the
    fifth on before it was opened; every candidate becomes a labelled row with declared feature values, and some
    are right and some wrong in every set."""
    rows = calibrate.first_sight()
    assert {split for split, *_rest in rows} >= {"dev5", "dev6", "dev7", "dev8", "dev9"}
    for split in {split for split, *_rest in rows}:
        labels = [label for s, _v, _r, label in rows if s == split]
        assert 0 < sum(labels) < len(labels), split
    for _split, values, score, _label in rows:
        assert 0 < score < 1
        for name in values:
            kind, _, value = name.partition("=")
            assert kind == "score" or value in calibration.VALUES[kind], name


def test_the_first_sights_headline_is_the_readers(records):  # noqa: F811
    """A JSON candidate's headline flag, read off its quote and the article's title, equals the reader's own flag:
    a short sentence without a full stop, and a title that ends with one ('Title: DHS ends the Remain in Mexico
    program.'; the quote alone said no)."""
    texts = ["Biden administration ends Remain in Mexico program\n\nWASHINGTON (AP) — The Department of Homeland "
             "Security suspended the CBP One app on Monday, officials said.\n",
             "Title: DHS ends the Remain in Mexico program.\nPublisher: P\nPublished: 2022-08-09\n\nDHS ends the "
             "Remain in Mexico program.\n\nThe Department of Homeland Security suspended the CBP One app on Monday, "
             "officials said.\n"]
    flags = set()
    for text, published in zip(texts, (THU, dt.date(2022, 8, 9)), strict=True):
        document = extract_text(text, records, published=published)
        for candidate in document.candidates + document.set_aside:
            flags.add((candidate.headline, candidate.quote.endswith(".")))
            item = json.loads(json.dumps(candidate.as_dict(), default=str))
            item["score"] = first_sight.score(item)
            assert calibrate._candidate(item, document.header.title, document.language).headline \
                == candidate.headline, candidate.quote
    assert (True, True) in flags and (True, False) in flags and (False, True) in flags


def test_the_first_sight_keeps_the_rules_score_not_a_models():
    """A candidate read at a commit that already had the calibrated confidence carries the rules' score in its
    last reason; the first sight takes that, not the model's figure (dev10's rows had the model's)."""
    calibrated = {"confidence": 0.23, "reasons": ["x", "confidence 0.23: how often candidates like this one were "
                                                       "right in the annotated articles (the rules scored it 0.55)"]}
    assert first_sight.score(calibrated) == 0.55
    assert first_sight.score({"confidence": 0.9, "reasons": ["'ended' -> status terminated"]}) == 0.9
    readings = json.loads(first_sight.OUTPUT.read_text(encoding="utf-8"))
    for split, reading in readings.items():
        for document in reading["documents"]:
            for candidate in document["candidates"]:
                assert 0.05 <= candidate["score"] <= 0.95 and round(candidate["score"] * 20, 6) % 1 == 0, split


def test_first_sight_says_what_it_needs_without_the_history(tmp_path, monkeypatch, capsys):
    """Without the commits it reads (a shallow clone), first_sight.py says so and writes nothing (it raised
    CalledProcessError with git's message hidden)."""
    monkeypatch.setattr(first_sight, "FIRST_SIGHT", {"dev5": "0" * 40})
    monkeypatch.setattr(first_sight, "OUTPUT", tmp_path / "first_sight.json")
    assert first_sight.main() == 1
    assert "full git history" in capsys.readouterr().err
    assert not (tmp_path / "first_sight.json").exists()


def test_the_penalty_pulls_weights_towards_zero():
    """A larger L2 penalty gives smaller weights on the same rows."""
    rows = [("s", {"a=1": 1.0}, 0.5, 1)] * 30 + [("s", {"a=0": 1.0}, 0.5, 0)] * 30
    _bias, loose = calibrate.fit(rows, penalty=0.1)
    _bias, tight = calibrate.fit(rows, penalty=30.0)
    assert abs(tight["a=1"]) < abs(loose["a=1"])
    assert all(math.isfinite(value) for value in loose.values())


def test_min_confidence_sets_aside_the_less_likely_candidates(records_dir, tmp_path):  # noqa: F811
    """--min-confidence moves candidates below it to set_aside with the reason; the JSON equals the library's. (The
    seed and a dated background sentence: candidates of different confidence whatever the weights.)"""
    seed = str(tmp_path / "seed.txt")
    Path(seed).write_text((REPO / "seeds" / "000_2c018af485fa40ac.txt").read_text(encoding="utf-8")
                          + "\nThe CBP One app was launched in January 2023.\n", encoding="utf-8")
    everything = Timeline(records_dir, cache=False).extract([seed])[0]
    confidences = sorted(c.confidence for c in everything.candidates)
    assert len(set(confidences)) >= 2, "the candidates should differ in confidence"
    threshold = confidences[-1]
    result = runner.invoke(app, ["extract", seed, "--data", str(records_dir), "--format", "json", "--no-cache",
                                 "--min-confidence", str(threshold)])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)["documents"][0]
    assert [c["confidence"] for c in document["candidates"]] == [threshold]
    assert any("below --min-confidence" in c["reasons"][-1] for c in document["set_aside"])
    library = Timeline(records_dir, cache=False).extract([seed], min_confidence=threshold)[0]
    assert [c.as_dict() for c in library.candidates] == document["candidates"]


def test_min_confidence_outside_zero_to_one_is_refused_by_the_library_too(records_dir):  # noqa: F811
    """`Timeline.extract(min_confidence=nan)` raises a usage error instead of silently dropping every candidate."""
    seed = str(REPO / "seeds" / "000_2c018af485fa40ac.txt")
    for value in (float("nan"), 1.5, -0.1):
        with pytest.raises(UsageError):
            Timeline(records_dir, cache=False).extract([seed], min_confidence=value)


def test_min_confidence_outside_zero_to_one_is_a_usage_error(records_dir):  # noqa: F811
    """A confidence bound that is no probability exits 2 with a hint, not a traceback."""
    seed = str(REPO / "seeds" / "000_2c018af485fa40ac.txt")
    for value in ("1.5", "-0.1", "nan"):
        result = runner.invoke(app, ["extract", seed, "--data", str(records_dir), "--min-confidence", value])
        assert result.exit_code == 2, (value, result.output)
        assert "--min-confidence" in result.output and "Traceback" not in result.output


def test_each_first_sight_was_read_before_its_set_was_added():
    """For each set of benchmarks/first_sight.py, the commit its candidates were read at (first_sight.json) is the
    parent of the commit that added the set, and that parent's gold.yaml does not hold the set: the rules had not
    seen it."""
    import subprocess

    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)

    if git("rev-parse", "--verify", "--quiet", "1b35a54^{commit}").returncode != 0:
        pytest.skip("no git history here")
    readings = json.loads(first_sight.OUTPUT.read_text(encoding="utf-8"))
    assert set(readings) == set(first_sight.FIRST_SIGHT)
    for split, added in first_sight.FIRST_SIGHT.items():
        parent = git("rev-parse", "--short", f"{added}^").stdout.strip()
        assert readings[split]["commit"] == parent, split
        before = git("show", f"{added}^:benchmarks/extraction/gold.yaml").stdout
        after = git("show", f"{added}:benchmarks/extraction/gold.yaml").stdout
        assert f"split: {split}\n" not in before and f"split: {split}\n" in after, split


def test_every_development_set_from_the_fifth_on_has_a_first_sight():
    """A development set added without its first sight would leave the confidence fitted on text the rules were
    written on only: benchmarks/first_sight.py must name every development split from dev5 on."""
    sys.path.insert(0, str(REPO / "benchmarks" / "extraction"))
    import check_gold

    # the splits gold.yaml holds (the checker may know a set whose annotators have not delivered it yet)
    held = {entry["split"] for entry in yaml.safe_load((REPO / "benchmarks" / "extraction" / "gold.yaml").read_text(
        encoding="utf-8"))}
    later = {split for split in check_gold.SPLITS & held if split.startswith("dev") and split[3:].isdigit()
             and int(split[3:]) >= 5}
    assert len(later) >= 6 and later == set(first_sight.FIRST_SIGHT)

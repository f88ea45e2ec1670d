"""Fit the model behind a candidate's confidence (timeline/extract/calibration.py) on the development sets.

    python benchmarks/calibrate.py            # leave-one-set-out figures; writes nothing
    python benchmarks/calibrate.py --write    # and writes timeline/extract/calibration_weights.py
    python benchmarks/calibrate.py --split test3 --split test4 ...   # how the shipped weights do on other sets

A candidate is labelled right when the scorer (benchmarks/extraction.py) matches it to an annotated act, wrong
otherwise. The candidates come in two readings of the development sets:

* today's: `timeline extract` on every development article. The rules were written on these articles, so
  their candidates are right more often than on a new one (80% against 62% on the held-out sets);
* the first sight (benchmarks/extraction/first_sight.json, made by benchmarks/first_sight.py): what the rules
  proposed on each set from the fifth on before anyone opened it, which is what they do on a new article.

A logistic regression with an L2 penalty over `calibration.features`, plus a flag `seen` on today's candidates,
is fitted on both by Newton's method; a new article has no flag, so the shipped bias is the first sight's. The
penalty is chosen by leaving one first-sight set out at a time (the model is fitted on everything else of the
other sets, both readings, and judged on that set's first sight). The figures compare, on each set left out:
the rules' own score, the share of right first-sight candidates in the other sets (one number for all), the
model fitted on today's candidates alone (the method before first sight was used), and the model. Lower is
better for both measures (Brier score: mean squared error; log loss). The held-out sets are never read unless
named with `--split`, which fits nothing and scores the shipped weights.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import extraction as scorer  # noqa: E402

from timeline.api import Timeline  # noqa: E402
from timeline.extract import calibration, language  # noqa: E402
from timeline.extract.clauses import headline_shape  # noqa: E402

WEIGHTS_FILE = ROOT / "timeline" / "extract" / "calibration_weights.py"
FIRST_SIGHT = scorer.SET / "first_sight.json"
SEEN = "seen"  # the flag on candidates of text the rules were written on; never a feature of a new article
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
FLOOR, CEILING = calibration.FLOOR, calibration.CEILING


def examples(splits: list[str], data: Path) -> list[tuple[str, dict[str, float], float, int]]:
    """(split, features, the rules' score, 1 if right else 0) for every candidate of the named splits."""
    entries = [entry for split in splits for entry in scorer.load_gold(split)]
    timeline = Timeline(data, cache=False)
    documents = timeline.extract([str(scorer.SET / "articles" / entry["file"]) for entry in entries],
                                 time_limit=None)
    rows = []
    for entry, document in zip(entries, documents, strict=True):
        candidates = list(document.candidates)
        used = set(scorer.match(candidates, entry["acts"] or []).values())
        for number, candidate in enumerate(candidates):
            rows.append((entry["split"], calibration.features(candidate, document.language), candidate.score,
                         int(number in used)))
    return rows


def first_sight(data: Path = FIRST_SIGHT) -> list[tuple[str, dict[str, float], float, int]]:
    """(split, features, the rules' score, 1 if right else 0) for every candidate of the first sight."""
    gold = {entry["file"]: entry for entry in scorer.load_gold("development")}
    rows = []
    for split, reading in json.loads(data.read_text(encoding="utf-8")).items():
        for document in reading["documents"]:
            candidates = [_candidate(candidate, document.get("title"), document["language"])
                          for candidate in document["candidates"]]
            used = set(scorer.match(candidates, gold[document["file"]]["acts"] or []).values())
            rows += [(split, calibration.features(candidate, document["language"]), candidate.confidence,
                      int(number in used)) for number, candidate in enumerate(candidates)]
    return rows


def _candidate(item: dict, title: str | None, language_code: str) -> SimpleNamespace:
    """A candidate of first_sight.json as `calibration.features` and the scorer read it: `score` is the rules'
    own score (first_sight.score); its JSON has no headline flag, so the reader's rule is applied to its quote."""
    day = {key: None if item[key] is None else dt.date.fromisoformat(item[key])
           for key in ("date", "not_before", "not_after")}
    quote = item["quote"]
    headline = headline_shape(quote, len(language.words(language_code).TOKEN.findall(quote)), title)
    return SimpleNamespace(**day, policy=item["policy"], status=item["status"], verdict=item["verdict"],
                           confidence=item["score"], score=item["score"], announces=item["announces"],
                           headline=headline)


def flagged(rows: list) -> list:
    """Today's candidates with the `seen` flag."""
    return [(split, dict(values, **{SEEN: 1.0}), score, label) for split, values, score, label in rows]


def fit(rows: list, penalty: float) -> tuple[float, dict[str, float]]:
    """Weights minimising log loss + penalty/2 * |weights|^2 (the bias is not penalised), by Newton's method."""
    names = sorted({name for _split, values, _score, _label in rows for name in values})
    index = {name: i + 1 for i, name in enumerate(names)}
    size = len(names) + 1
    weights = [0.0] * size
    vectors = [[(0, 1.0)] + [(index[name], value) for name, value in values.items()] for _s, values, _r, _l in rows]
    labels = [label for *_rest, label in rows]
    for _round in range(50):
        gradient = [penalty * w if i else 0.0 for i, w in enumerate(weights)]
        hessian = [[0.0] * size for _ in range(size)]
        for i in range(1, size):
            hessian[i][i] = penalty
        for vector, label in zip(vectors, labels, strict=True):
            z = sum(weights[i] * value for i, value in vector)
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            for i, value in vector:
                gradient[i] += (p - label) * value
            curvature = p * (1 - p)
            for i, a in vector:
                row = hessian[i]
                for j, b in vector:
                    row[j] += curvature * a * b
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return weights[0], {name: weights[index[name]] for name in names}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is positive definite)."""
    size = len(vector)
    rows = [row[:] + [value] for row, value in zip(matrix, vector, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(rows[r][column]))
        rows[column], rows[pivot] = rows[pivot], rows[column]
        for r in range(column + 1, size):
            factor = rows[r][column] / rows[column][column]
            if factor:
                for c in range(column, size + 1):
                    rows[r][c] -= factor * rows[column][c]
    solution = [0.0] * size
    for r in range(size - 1, -1, -1):
        solution[r] = (rows[r][size] - sum(rows[r][c] * solution[c] for c in range(r + 1, size))) / rows[r][r]
    return solution


def measures(predictions: list[float], labels: list[int]) -> tuple[float, float]:
    """Brier score and log loss of probabilities, each clipped to [FLOOR, CEILING] as the extractor clips them."""
    clipped = [min(max(p, FLOOR), CEILING) for p in predictions]
    brier = sum((p - y) ** 2 for p, y in zip(clipped, labels, strict=True)) / len(labels)
    loss = -sum(math.log(p if y else 1 - p) for p, y in zip(clipped, labels, strict=True)) / len(labels)
    return brier, loss


def cross_validate(seen: list, unseen: list, penalty: float) -> dict[str, dict[str, list]]:
    """For each first-sight set: predictions of four kinds for its first-sight candidates, fitted without that
    set (neither reading of it)."""
    out: dict[str, dict[str, list]] = {}
    for held in sorted({split for split, *_rest in unseen}):
        test = [row for row in unseen if row[0] == held]
        today = [row for row in seen if row[0] != held]
        others = [row for row in unseen if row[0] != held]
        bias, weights = fit(flagged(today) + others, penalty)
        alone_bias, alone = fit(today, penalty)
        base = sum(label for *_rest, label in others) / len(others)
        out[held] = {"labels": [label for *_rest, label in test],
                     "rules": [score for _s, _v, score, _l in test],
                     "base rate": [base] * len(test),
                     "today's alone": [calibration.probability(values, alone, alone_bias)
                                       for _s, values, _r, _l in test],
                     "model": [calibration.probability(values, weights, bias) for _s, values, _r, _l in test]}
    return out


def reliability(predictions: list[float], labels: list[int]) -> list[tuple[str, int, float]]:
    """(confidence band, candidates in it, share right) for bands 0-0.5, 0.5-0.7, 0.7-0.85, 0.85-1."""
    bands = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
    rows = []
    for low, high in bands:
        inside = [y for p, y in zip(predictions, labels, strict=True) if low <= round(p, 2) < high]
        share = sum(inside) / len(inside) if inside else float("nan")
        rows.append((f"{low:.2f}-{min(high, 1):.2f}", len(inside), share))
    return rows


def write_weights(bias: float, weights: dict[str, float], penalty: float, seen: int, unseen: int) -> None:
    weights = {name: value for name, value in weights.items() if name != SEEN}
    lines = ['"""The weights of a candidate\'s confidence (calibration.py). Generated by',
             f'`python benchmarks/calibrate.py --write` from {seen} candidates of the development sets as the rules',
             f'read them now and {unseen} of their first sight (L2 penalty {penalty:g}): do not edit."""', "",
             f"BIAS = {bias:.4f}", "WEIGHTS: dict[str, float] = {"]
    lines += [f'    "{name}": {value:.4f},' for name, value in sorted(weights.items())]
    lines += ["}", ""]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the weights fitted on every development set")
    parser.add_argument("--split", action="append", help="score the shipped weights on this split (repeatable)")
    parser.add_argument("--data", type=Path, default=ROOT / "policies")
    args = parser.parse_args(argv)
    if args.split and args.write:
        parser.error("--write fits on the development sets; --split only scores the shipped weights")
    if args.split:
        rows = examples(args.split, args.data)
        labels = [label for *_rest, label in rows]
        shipped = [calibration.probability(values, calibration.WEIGHTS, calibration.BIAS)
                   for _s, values, _r, _l in rows]
        print(f"{len(rows)} candidates of {', '.join(args.split)}, {sum(labels)} right\n")
        unseen = first_sight()
        base = sum(label for *_rest, label in unseen) / len(unseen)
        print("| prediction | Brier | log loss |\n|---|---|---|")
        for name, predictions in (("the rules' score", [score for _s, _v, score, _l in rows]),
                                  (f"one rate for all (the first sight's share right, {base:.2f})",
                                   [base] * len(rows)),
                                  ("the shipped model", shipped)):
            brier, loss = measures(predictions, labels)
            print(f"| {name} | {brier:.3f} | {loss:.3f} |")
        print("\n| confidence | candidates | right |\n|---|---|---|")
        for band, count, share in reliability(shipped, labels):
            print(f"| {band} | {count} | {share:.2f} |")
        return 0
    splits = sorted({entry["split"] for entry in scorer.load_gold("development")})
    seen, unseen = examples(splits, args.data), first_sight()
    print(f"{len(seen)} candidates of {len(splits)} development sets as the rules read them now, "
          f"{sum(r[3] for r in seen)} right; {len(unseen)} of their first sight "
          f"({', '.join(sorted({r[0] for r in unseen}))}), {sum(r[3] for r in unseen)} right\n")
    kinds = ("rules", "base rate", "today's alone", "model")
    pooled: dict[float, dict[str, tuple[float, float]]] = {}
    folds: dict[float, dict] = {}
    for penalty in PENALTIES:
        folds[penalty] = cross_validate(seen, unseen, penalty)
        pooled[penalty] = {kind: measures(*_joined(folds[penalty], kind)) for kind in kinds}
    best = min(PENALTIES, key=lambda p: pooled[p]["model"][1])
    print("| penalty | model Brier | model log loss |\n|---|---|---|")
    for penalty in PENALTIES:
        print(f"| {penalty:g} | {pooled[penalty]['model'][0]:.3f} | {pooled[penalty]['model'][1]:.3f} |")
    print(f"\nEach first-sight set left out in turn (penalty {best:g}); Brier / log loss on its first sight:\n")
    print("| set left out | candidates | right | the rules' score | base rate | fitted on today's alone | model |\n"
          "|---|---|---|---|---|---|---|")
    for held, fold in folds[best].items():
        cells = [f"{measures(fold[kind], fold['labels'])[0]:.3f} / {measures(fold[kind], fold['labels'])[1]:.3f}"
                 for kind in kinds]
        print(f"| {held} | {len(fold['labels'])} | {sum(fold['labels'])} | {' | '.join(cells)} |")
    cells = [f"{pooled[best][kind][0]:.3f} / {pooled[best][kind][1]:.3f}" for kind in kinds]
    print(f"| all, pooled | {len(unseen)} | {sum(r[3] for r in unseen)} | {' | '.join(cells)} |")
    for kind, title in (("model", "the model"), ("today's alone", "the model fitted on today's candidates alone")):
        print(f"\nThe predictions of {title} on the first sight of the sets left out, by band:\n")
        print("| confidence | candidates | right |\n|---|---|---|")
        for band, count, share in reliability(*_joined(folds[best], kind)):
            print(f"| {band} | {count} | {share:.2f} |")
    if args.write:
        bias, weights = fit(flagged(seen) + unseen, best)
        write_weights(bias, weights, best, len(seen), len(unseen))
        print(f"\nwrote {WEIGHTS_FILE.relative_to(ROOT)}")
    return 0


def _joined(folds: dict[str, dict[str, list]], kind: str) -> tuple[list, list]:
    """One kind's predictions over every fold, and the labels."""
    predictions: list = []
    labels: list = []
    for fold in folds.values():
        predictions += fold[kind]
        labels += fold["labels"]
    return predictions, labels


if __name__ == "__main__":
    sys.exit(main())

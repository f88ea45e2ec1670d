"""How far do two annotators agree? The ceiling a figure of benchmarks/extraction.py can be read against.

    python benchmarks/extraction_agreement.py

benchmarks/extraction/agreement.yaml holds a second, independent annotation of documents of gold.yaml (24 of the
held-out `test4`, drawn at random; README-agreement.md says how it was made). Its acts are matched with gold.yaml's
exactly as the scorer matches candidates (same policy and status, one act to one act, a maximum matching per
document), under three readings of the date:

* strict: the second annotator's window lies inside gold's (what a candidate must do);
* overlap: the two windows share a day;
* dates ignored: policy and status only.

"precision" is the share of the second annotator's acts that gold has; "recall" the share of gold's acts the
second annotator has. The extractor is scored on the same documents against each annotation, for comparison
(only totals are printed: the documents may be held out).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import extraction as scorer  # noqa: E402

from timeline.api import Timeline  # noqa: E402

SET = HERE / "extraction"
_window = scorer.act_window


def _same(a: dict, b: dict) -> bool:
    return (a["policy"], a["status"]) == (b["policy"], b["status"])


READINGS = {
    "strict": lambda a, b: _same(a, b) and _window(b)[0] <= _window(a)[0] and _window(a)[1] <= _window(b)[1],
    "overlap": lambda a, b: _same(a, b) and _window(a)[0] <= _window(b)[1] and _window(b)[0] <= _window(a)[1],
    "dates ignored": _same,
}


def main(argv: list[str] | None = None) -> int:
    path = Path(argv[0]) if argv else SET / "agreement.yaml"
    gold = {e["file"]: e for e in yaml.safe_load((SET / "gold.yaml").read_text(encoding="utf-8"))}
    second = yaml.safe_load(path.read_text(encoding="utf-8"))
    files = [e["file"] for e in second]
    documents = Timeline(HERE.parent / "policies", cache=False).extract(
        [str(SET / "articles" / name) for name in files], time_limit=None)
    totals = {name: [0, 0, 0] for name in READINGS}  # matched, second's acts, gold's acts
    extractor = {"gold": [0, 0, 0], "second annotator": [0, 0, 0]}  # matched, candidates, acts
    for entry, document in zip(second, documents, strict=True):
        theirs, ours = entry["acts"] or [], gold[entry["file"]]["acts"] or []
        for name, fits in READINGS.items():
            totals[name][0] += len(scorer.match(theirs, ours, fits))
            totals[name][1] += len(theirs)
            totals[name][2] += len(ours)
        for name, acts in (("gold", ours), ("second annotator", theirs)):
            extractor[name][0] += len(scorer.match(list(document.candidates), acts))
            extractor[name][1] += len(document.candidates)
            extractor[name][2] += len(acts)
    splits = sorted({gold[f]["split"] for f in files})
    print(f"Agreement on {len(second)} documents of gold.yaml ("
          + ", ".join(f"{sum(gold[f]['split'] == s for f in files)} {s}" for s in splits) + ")\n")
    print("| the second annotator against gold | acts (second / gold) | matched | precision | recall |")
    print("|---|---|---|---|---|")
    for name, (matched, theirs, ours) in totals.items():
        print(f"| {name} | {theirs} / {ours} | {matched} | {matched / theirs:.2f} | {matched / ours:.2f} |")
    print()
    print("| the extractor against | candidates | acts | matched | precision | recall |")
    print("|---|---|---|---|---|---|")
    for name, (matched, candidates, acts) in extractor.items():
        print(f"| {name} | {candidates} | {acts} | {matched} | {matched / candidates:.2f} | {matched / acts:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

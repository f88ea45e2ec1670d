"""Would a learned sentence classifier find what the rules miss? A measured experiment, not part of `timeline`.

    python benchmarks/extraction_learned.py

Each sentence of an article that names, describes or refers to a tracked policy is a unit (sentence, policy),
found the way the extractor finds mentions. A unit is labelled with the status of the gold act whose quote
it overlaps (at least 60% of the sentence's words), or NONE. A multinomial logistic regression over the
sentence's words and word pairs, the five words either side of the policy, the language, the policy and the
kinds of its dates, is trained with AdaGrad (seeded, 15 epochs).

Protocol: leave one development set out. The model is trained on five of `tune`, `dev`, `dev3`, `dev5`, `dev6`
and `dev7` and judged on the sixth; the held-out splits (`test` to `test7`) are never read. Two figures for each
fold:

* the classifier alone: of the units that state an act, how many it calls an act, and with the right status;
  how many units without an act it calls one;
* the classifier added to the rules: for units where the rules found no candidate of that policy in that
  sentence, a candidate of the predicted status when its probability is at least THETA, dated by the
  sentence's first date expression (else "on or before publication"), scored like benchmarks/extraction.py.

The rules were written on these same sets, so their own figures here flatter them; the classifier's do not (it
never sees the set it is judged on). docs/extraction.md reports the outcome.
"""

from __future__ import annotations

import collections
import math
import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import extraction as scorer  # noqa: E402

from timeline.api import Timeline  # noqa: E402
from timeline.extract import language  # noqa: E402
from timeline.extract.document import Budget, Document  # noqa: E402
from timeline.extract.reader import _Reader  # noqa: E402
from timeline.extract.text import find_dates, is_header_line, read_header  # noqa: E402
from timeline.extract.verdicts import RecordViews  # noqa: E402

SET = HERE / "extraction"
DEVELOPMENT = ("tune", "dev", "dev3", "dev5", "dev6", "dev7")
CLASSES = ("NONE", "active", "announced", "suspended", "terminated", "enjoined", "proposed")
THETAS = (0.5, 0.7, 0.85)
WORD = re.compile(r"\w+")


def units(entry: dict, records: list) -> list[dict]:
    """(sentence, policy) pairs of one article, with the mentions and dates the extractor would see."""
    text = (SET / "articles" / entry["file"]).read_text(encoding="utf-8")
    code = language.detect(text[:20_000])
    words = language.words(code)
    header = read_header(text, words if code != "en" else None)
    reader = _Reader(text, records, Document(entry["file"], header, language=code), Budget(None), words,
                     RecordViews(records))
    found = []
    for start, end in reader._spans():
        if is_header_line(text[start:end]):
            continue
        sentence = reader._sentence(start, end)  # keeps track of what "the program" refers to
        reader.previous = sentence
        by_policy: dict[str, list] = {}
        for mention in sentence.mentions:
            by_policy.setdefault(mention.policy, []).append(mention)
        dates = find_dates(text, start, end, entry["published"], words if code != "en" else None)
        for policy, mentions in by_policy.items():
            found.append({"text": text, "start": start, "end": end, "policy": policy, "mentions": mentions,
                          "dates": dates, "published": entry["published"], "language": code,
                          "label": "NONE"})
    for act in entry["acts"] or []:
        quote = set(WORD.findall(act["quote"].lower()))
        for unit in found:
            words_ = set(WORD.findall(unit["text"][unit["start"]:unit["end"]].lower()))
            if unit["policy"] == act["policy"] and len(words_ & quote) >= 0.6 * max(1, len(words_)):
                unit["label"] = act["status"]
    return found


def features(unit: dict) -> list[str]:
    text = unit["text"]
    tokens = WORD.findall(text[unit["start"]:unit["end"]].lower())
    mention = unit["mentions"][0]
    left = WORD.findall(text[max(unit["start"], mention.start - 60):mention.start].lower())[-5:]
    right = WORD.findall(text[mention.end:min(unit["end"], mention.end + 60)].lower())[:5]
    found = [f"language={unit['language']}", f"policy={unit['policy']}", f"kind={mention.kind}",
             f"dates={min(len(unit['dates']), 2)}"]
    found += [f"w={w}" for w in tokens] + [f"b={a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    found += [f"left={w}" for w in left] + [f"right={w}" for w in right]
    for date in unit["dates"][:3]:
        found.append(f"how={date.how}")
        if unit["published"]:
            found.append("future" if date.not_before > unit["published"] else "past")
    return found


class Classifier:
    """Multinomial logistic regression on sparse binary features, trained by AdaGrad with L2."""

    def __init__(self) -> None:
        self.weights: dict[tuple[str, str], float] = collections.defaultdict(float)

    def probabilities(self, found: list[str]) -> list[float]:
        scores = [sum(self.weights[(c, f)] for f in found) + self.weights[(c, "")] for c in CLASSES]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        return [e / sum(exps) for e in exps]

    def fit(self, data: list[tuple[list[str], str]], epochs: int = 15, rate: float = 0.3, l2: float = 1e-3) -> None:
        squares: dict[tuple[str, str], float] = collections.defaultdict(lambda: 1e-8)
        rng = random.Random(0)
        data = list(data)
        for _ in range(epochs):
            rng.shuffle(data)
            for found, label in data:
                for c, p in zip(CLASSES, self.probabilities(found), strict=True):
                    gradient = p - (c == label)
                    for f in [*found, ""]:
                        key = (c, f)
                        g = gradient + l2 * self.weights[key]
                        squares[key] += g * g
                        self.weights[key] -= rate * g / math.sqrt(squares[key])

    def predict(self, found: list[str]) -> tuple[str, float]:
        p = self.probabilities(found)
        best = max(range(len(CLASSES)), key=p.__getitem__)
        return CLASSES[best], p[best]


def candidate(unit: dict, status: str):
    """The classifier's candidate, in the shape the scorer reads."""
    if unit["dates"]:
        first = unit["dates"][0]
        exact = first.not_before if first.not_before == first.not_after else None
        return SimpleNamespace(policy=unit["policy"], status=status, date=exact,
                               not_before=first.not_before, not_after=first.not_after)
    return SimpleNamespace(policy=unit["policy"], status=status, date=None, not_before=None,
                           not_after=unit["published"])


def main() -> None:
    gold = [e for e in yaml.safe_load((SET / "gold.yaml").read_text(encoding="utf-8")) if e["split"] in DEVELOPMENT]
    timeline = Timeline(HERE.parent / "policies", cache=False)
    records = timeline.policies()
    documents = dict(zip((e["file"] for e in gold),
                         timeline.extract([str(SET / "articles" / e["file"]) for e in gold], time_limit=None),
                         strict=True))
    unit_sets = {e["file"]: units(e, records) for e in gold}
    print("| judged on | units with an act | called an act | right status | units without one | called one |")
    print("|---|---|---|---|---|---|")
    added = collections.Counter()
    for held in DEVELOPMENT:
        model = Classifier()
        model.fit([(features(u), u["label"]) for e in gold if e["split"] != held for u in unit_sets[e["file"]]])
        alone = collections.Counter()
        for entry in (e for e in gold if e["split"] == held):
            document, acts = documents[entry["file"]], entry["acts"] or []
            extra = {theta: [] for theta in THETAS}
            for unit in unit_sets[entry["file"]]:
                status, p = model.predict(features(unit))
                truth = unit["label"]
                alone["acts" if truth != "NONE" else "none"] += 1
                if status != "NONE":
                    alone["called act" if truth != "NONE" else "called none"] += 1
                    alone["right"] += status == truth
                ruled = any(c.policy == unit["policy"] and unit["start"] <= c.start < unit["end"]
                            for c in document.candidates + document.set_aside)
                for theta in THETAS:
                    if status != "NONE" and p >= theta and not ruled:
                        extra[theta].append(candidate(unit, status))
            added[held, "acts"] += len(acts)
            added[held, "rules", "candidates"] += len(document.candidates)
            added[held, "rules", "matched"] += len(scorer.match(list(document.candidates), acts))
            for theta in THETAS:
                both = list(document.candidates) + extra[theta]
                added[held, theta, "candidates"] += len(both)
                added[held, theta, "matched"] += len(scorer.match(both, acts))
        print(f"| {held} | {alone['acts']} | {alone['called act']} | {alone['right']} | {alone['none']} | "
              f"{alone['called none']} |")
    print()
    print("| judged on | rules: precision | rules: recall | " + " | ".join(
        f"+ classifier ≥ {t}: precision | recall" for t in THETAS) + " |")
    print("|---|---|---|" + "---|---|" * len(THETAS))
    for held in DEVELOPMENT:
        cells = []
        for key in ("rules", *THETAS):
            matched, candidates = added[held, key, "matched"], added[held, key, "candidates"]
            cells += [f"{matched / candidates:.2f}" if candidates else "-", f"{matched / added[held, 'acts']:.2f}"]
        print(f"| {held} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

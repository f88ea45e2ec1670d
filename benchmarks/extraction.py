"""Score `timeline extract` against the hand-annotated real-news set in benchmarks/extraction/.

    python benchmarks/extraction.py                    # every document: overall, per language, per split
    python benchmarks/extraction.py --split tune       # only the tuning split (what development may look at)
    python benchmarks/extraction.py --split tune --details   # and each document's misses and false alarms
    python benchmarks/extraction.py --json             # the figures as JSON
    python benchmarks/extraction.py --split development --classes   # and the misses counted by why (counts only)
    python benchmarks/extraction.py --set tidy         # the tidy hand-written items (tidy, and held-out testtidy)

A candidate matches a gold act when the policy and the status are the same and
the candidate's days lie inside the act's window: a dated candidate's day, or
an uncertain candidate's whole window (`not_before`..`not_after`, an open end
being the calendar's). A gold act without `not_before` is open to the past:
its window is (-inf, not_after]. One candidate matches at most one act, and one
act at most one candidate (a maximum matching per document). A candidate that
matches no act is a false positive; an act no candidate matches is a false
negative. Precision = matched candidates / candidates; recall = matched acts /
acts.

The `test`, `test3` … `test12` splits are held out (benchmarks/extraction/README.md, README-third.md …
README-twelfth.md), and so is `testtidy` of the tidy hand-written items (`--set tidy`; tidy/README.md): look at
their figures once, at the end of a round, and never tune on them; `--split development` scores every other
split and shows no held-out figure. `--details` prints the quotes of misses only for the split
you name, never those of a held-out split: `--details` with a held-out split is
refused, and with `all` it shows the development splits only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SET = HERE / "extraction"
# the tidy hand-written items (benchmarks/extraction/tidy/README.md): the other target, read with --set tidy
SETS = {"news": SET, "tidy": SET / "tidy"}
TIDY_SPLITS = ("tidy", "testtidy")
sys.path.insert(0, str(ROOT))

from timeline.api import Timeline  # noqa: E402
from timeline.extract.text import sentences  # noqa: E402

sys.path.insert(0, str(SET))
from check_gold import SPLITS  # noqa: E402  (the splits are named once, in the checker)

LOW, HIGH = dt.date.min, dt.date.max
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth"}


def _set_number(split: str) -> int:
    """The evaluation set a split belongs to: tune and test the first, dev the second, devN and testN the Nth."""
    digits = split.lstrip("devtsun")
    return int(digits) if digits else {"tune": 1, "test": 1, "dev": 2}[split]


# in the order of their sets, development before held out
ORDERED = sorted(SPLITS, key=lambda split: (_set_number(split), split.startswith("test")))
# never tuned on: scored once, at the end of a round
HELD_OUT = (*(split for split in ORDERED if split.startswith("test")), "testtidy")


def split_name(split: str) -> str:
    """'dev10 split (tenth set)', 'test10 split (tenth set, held out)', 'tune split', 'test split (held out)'."""
    if split == "tune":
        return "tune split"
    if split == "test":
        return "test split (held out)"
    if split in TIDY_SPLITS:
        return f"{split} split (tidy hand-written items{', held out' if split in HELD_OUT else ''})"
    held = ", held out" if split in HELD_OUT else ""
    return f"{split} split ({_ORDINALS[_set_number(split)]} set{held})"


@dataclass
class Tally:
    candidates: int = 0
    acts: int = 0
    matched: int = 0
    loose: int = 0  # acts whose policy and status some candidate has, whatever its date

    def add(self, other: Tally) -> None:
        self.candidates += other.candidates
        self.acts += other.acts
        self.matched += other.matched
        self.loose += other.loose

    @property
    def precision(self) -> float | None:
        return self.matched / self.candidates if self.candidates else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.acts if self.acts else None

    def as_dict(self) -> dict:
        return {"documents": getattr(self, "documents", None), "acts": self.acts, "candidates": self.candidates,
                "matched": self.matched, "precision": _round(self.precision), "recall": _round(self.recall),
                "recall_ignoring_dates": _round(self.loose / self.acts if self.acts else None)}


@dataclass
class Scored:
    file: str
    language: str
    split: str
    tally: Tally
    false_negatives: list[dict] = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    classes: Counter = field(default_factory=Counter)  # why each missed act was missed (MISS_CLASSES)


# why an act was missed, judged from the sentence that states it (counts only: `--classes` may be shown for a
# held-out split, since no sentence is printed)
MISS_CLASSES = ("not located", "nothing, no policy named", "nothing, a policy named", "set aside", "another policy",
                "wrong status", "window")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def act_window(act: dict) -> tuple[dt.date, dt.date]:
    return _date(act.get("not_before")) or LOW, _date(act["not_after"])


def candidate_window(candidate) -> tuple[dt.date, dt.date]:
    if candidate.date is not None:
        return candidate.date, candidate.date
    return candidate.not_before or LOW, candidate.not_after or HIGH


def fits(candidate, act: dict) -> bool:
    if (candidate.policy, candidate.status) != (act["policy"], act["status"]):
        return False
    low, high = candidate_window(candidate)
    act_low, act_high = act_window(act)
    return act_low <= low and high <= act_high


def match(candidates: list, acts: list[dict], fits=fits) -> dict[int, int]:
    """A maximum matching of candidates to acts ({act index: candidate index}), by augmenting paths; `fits` says
    which candidate may stand for which act (benchmarks/extraction_agreement.py matches two annotations)."""
    edges = [[c for c, candidate in enumerate(candidates) if fits(candidate, act)] for act in acts]
    owner: dict[int, int] = {}  # candidate -> act

    def augment(act: int, seen: set[int]) -> bool:
        for c in edges[act]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = act
                return True
        return False

    for act in range(len(acts)):
        augment(act, set())
    return {act: c for c, act in owner.items()}


def score_document(entry: dict, document, text: str = "", matcher=None) -> Scored:
    acts = entry["acts"] or []
    candidates = list(document.candidates)
    pairs = match(candidates, acts)
    loose = sum(1 for act in acts if any((c.policy, c.status) == (act["policy"], act["status"]) for c in candidates))
    tally = Tally(len(candidates), len(acts), len(pairs), loose)
    used = set(pairs.values())
    missed = [act for number, act in enumerate(acts) if number not in pairs]
    classes = Counter(miss_class(act, text, document, matcher) for act in missed) if matcher is not None else Counter()
    return Scored(entry["file"], entry["language"], entry["split"], tally, missed,
                  [c for number, c in enumerate(candidates) if number not in used], classes)


def miss_class(act: dict, text: str, document, matcher) -> str:
    """Why a missed act was missed, from what the extractor made of the sentences its quote lies in: nothing
    (with or without a tracked policy named or described there), only candidates set aside, candidates of another
    policy, of the act's policy with another status, or of its policy and status whose day or window does not fit
    (or that another act took)."""
    start = text.find(" ".join(act["quote"].split()[:6]))
    if start < 0:
        return "not located"
    end = start + len(act["quote"])
    spans = [(a, b) for a, b in sentences(text) if a < end and start < b] or [(start, end)]
    low, high = spans[0][0], spans[-1][1]
    near = [c for c in document.candidates if c.start < high and low < c.end]
    if not near:
        if any(c.start < high and low < c.end for c in document.set_aside):
            return "set aside"
        named = [m for m in matcher.find(text, low, high) if m.policy is not None]
        return "nothing, a policy named" if named else "nothing, no policy named"
    own = [c for c in near if c.policy == act["policy"]]
    if not own:
        return "another policy"
    return "window" if any(c.status == act["status"] for c in own) else "wrong status"


def load_gold(split: str) -> list[dict]:
    entries = yaml.safe_load((SET / "gold.yaml").read_text(encoding="utf-8"))
    return [entry for entry in entries if split == "all" or entry["split"] == split
            or (split == "development" and entry["split"] not in HELD_OUT)]


def run(split: str, data: Path, classes: bool = False) -> tuple[list[Scored], float]:
    entries = load_gold(split)
    timeline = Timeline(data, cache=False)
    files = [str(SET / "articles" / entry["file"]) for entry in entries]
    started = time.perf_counter()
    documents = timeline.extract(files, time_limit=None)
    seconds = time.perf_counter() - started
    matchers = {}
    if classes:
        from timeline.extract import language
        from timeline.extract.mentions import Matcher

        records = timeline.policies()
        matchers = {code: Matcher(records, code, language.words(code).UNKNOWN_POLICY,
                                  language.words(code).GENERIC_NAMES) for code in ("en", "es", "pt")}
    return [score_document(entry, document, Path(file).read_text(encoding="utf-8") if classes else "",
                           matchers.get(document.language))
            for entry, document, file in zip(entries, documents, files, strict=True)], seconds


def groups(scored: list[Scored]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    counts: dict[str, int] = defaultdict(int)
    for item in scored:
        for key in ("all", f"language {item.language}", f"split {item.split}",
                    *([f"held-out, language {item.language}", "held-out, all sets"] if item.split in HELD_OUT
                      else []),
                    *(["held-out, test and test3 (the earlier rounds' figure)"] if item.split in ("test", "test3")
                      else [])):
            tallies[key].add(item.tally)
            counts[key] += 1
    order = ["all", *sorted(k for k in tallies if k.startswith("language")),
             *sorted(k for k in tallies if k.startswith("split")),
             *sorted(k for k in tallies if k.startswith("held-out"))]
    result = {}
    for key in order:
        tallies[key].documents = counts[key]
        result[key] = tallies[key]
    return result


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def table(tallies: dict[str, Tally]) -> str:
    lines = ["| set | documents | acts | candidates | matched | precision | recall | recall, dates ignored |",
             "|---|---|---|---|---|---|---|---|"]
    for key, tally in tallies.items():
        name = "all documents" if key == "all" else split_name(key.split()[1]) if key.startswith("split ") \
            else key
        lines.append(f"| {name} | {tally.documents} | {tally.acts} | {tally.candidates} | {tally.matched} | "
                     f"{_figure(tally.precision)} | {_figure(tally.recall)} | "
                     f"{_figure(tally.loose / tally.acts if tally.acts else None)} |")
    return "\n".join(lines)


def class_table(scored: list[Scored]) -> str:
    """The missed acts by why they were missed, for every development split together, every held-out split
    together, and each split: counts only."""
    rows: dict[str, Counter] = defaultdict(Counter)
    for item in scored:
        rows["held-out, all sets" if item.split in HELD_OUT else "development, all sets"].update(item.classes)
        rows[f"split {item.split}"].update(item.classes)
    lines = ["| set | missed | " + " | ".join(MISS_CLASSES) + " |", "|---" * (len(MISS_CLASSES) + 2) + "|"]
    for key in sorted(rows, key=lambda k: (k.startswith("split"), k)):
        counts = rows[key]
        lines.append(f"| {key} | {sum(counts.values())} | " + " | ".join(str(counts[c]) for c in MISS_CLASSES) + " |")
    return "\n".join(lines)


def _when(candidate) -> str:
    if candidate.date:
        return str(candidate.date)
    return f"{candidate.not_before or '…'}..{candidate.not_after or '…'}"


def details(scored: list[Scored]) -> str:
    lines = []
    for item in scored:
        if not item.false_negatives and not item.false_positives:
            continue
        lines.append(f"{item.file} ({item.language}, {item.split}): {item.tally.matched}/{item.tally.acts} acts, "
                     f"{item.tally.matched}/{item.tally.candidates} candidates")
        for act in item.false_negatives:
            low, high = act_window(act)
            window = f"{'' if low == LOW else low}..{high}"
            lines.append(f"  missed  {act['policy']} {act['status']} {window}: {' '.join(act['quote'].split())[:160]}")
        for candidate in item.false_positives:
            lines.append(f"  extra   {candidate.policy} {candidate.status} {_when(candidate)} "
                         f"({candidate.trigger}): {' '.join(candidate.quote.split())[:160]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="all",
                        choices=["all", "development", *ORDERED, *TIDY_SPLITS])
    parser.add_argument("--set", default="news", choices=sorted(SETS),
                        help="news: the real excerpts (default); tidy: the tidy hand-written items")
    parser.add_argument("--data", type=Path, default=ROOT / "policies", help="records (default: policies/)")
    parser.add_argument("--details", action="store_true", help="each document's misses and extra candidates")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--classes", action="store_true",
                        help="the missed acts counted by why they were missed (counts only; any split)")
    options = parser.parse_args(argv)
    if options.details and options.split in HELD_OUT:
        parser.error(f"--details shows the misses of a split; {options.split} is held out (never look at them)")
    global SET
    SET = SETS[options.set]
    scored, seconds = run(options.split, options.data, classes=options.classes)
    tallies = groups(scored)
    if options.json:
        print(json.dumps({key: tally.as_dict() for key, tally in tallies.items()}, indent=2))
        return 0
    where = SET.relative_to(ROOT)
    print(f"Extraction on {where} ({options.split}): {len(scored)} documents in {seconds:.2f} s\n")
    print(table(tallies))
    if options.classes:
        print()
        print(class_table(scored))
    if options.details:  # with --split all, the development splits' only
        print()
        print(details([item for item in scored if item.split not in HELD_OUT]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

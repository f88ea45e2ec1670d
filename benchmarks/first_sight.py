"""What the rules proposed on each development set the first time they read it: candidates for calibration on
text the rules were not written on.

    python benchmarks/first_sight.py            # writes benchmarks/extraction/first_sight.json

Each development set from the fifth on was scored once before anyone opened it (README-fifth.md and after). The
rules then written on it make its candidates today better than the rules are on new text: on the development
sets 80% of candidates are right, on the held-out sets 62%. A confidence fitted only on today's development
candidates therefore overstates every candidate on a new article (docs/extraction.md, "Confidence").

This script recovers the unseen reading. For each set it checks out, in a temporary git worktree, the commit
just before the set was added to gold.yaml (`FIRST_SIGHT`: rules and records that had never seen the set), runs
that commit's `timeline extract --format json` on the set's articles with that commit's own records, and keeps
the candidates: what the contract's JSON gives (policy, status, dates, offsets, quote, verdict, trigger,
announcement), the rules' own score (the JSON's `confidence` before calibration.py existed; after, the figure
its last reason gives: "the rules scored it 0.55") and the article's title. No label is stored;
benchmarks/calibrate.py labels them against gold.yaml as it stands when it runs. Needs the git history (a full
clone).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import extraction as scorer  # noqa: E402

OUTPUT = scorer.SET / "first_sight.json"
# each development set and the commit that added it to gold.yaml; the set is read at that commit's parent
FIRST_SIGHT = {"dev5": "1b35a54", "dev6": "bc01e3c", "dev7": "cc90aaa", "dev8": "f9774ec", "dev9": "8b5caf9",
               "dev10": "9553187", "dev11": "064774c", "dev12": "1f368c8"}
KEEP = ("policy", "status", "date", "not_before", "not_after", "quote", "start", "end", "verdict", "trigger",
        "announces")
# the rules' own score, once calibration.py replaced the JSON's confidence with its model's
RULES_SCORED = re.compile(r"the rules scored it (\d\.\d+)\)")


class NoHistory(Exception):
    """A git command failed: the history this script reads is not here (a shallow clone?)."""


def _git(*args: str) -> str:
    result = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise NoHistory(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def score(candidate: dict) -> float:
    """The rules' own score of a candidate of the contract's JSON, at any commit."""
    for reason in reversed(candidate.get("reasons") or []):
        found = RULES_SCORED.search(reason)
        if found:
            return float(found.group(1))
    return candidate["confidence"]


def read_at(commit: str, files: list[Path], folder: Path) -> list[dict]:
    """`timeline extract --format json` of `commit` (its code and its records) on the files."""
    tree = folder / commit
    _git("worktree", "add", "--detach", "--force", str(tree), commit)
    try:
        environment = dict(os.environ, PYTHONPATH=str(tree), TIMELINE_CACHE_DIR=str(folder / "cache"))
        result = subprocess.run([sys.executable, "-m", "timeline", "extract", "--format", "json", "--no-cache",
                                 "--data", str(tree / "policies"), "--time-limit", "600", *map(str, files)],
                                cwd=folder, env=environment, capture_output=True, text=True)
        if result.returncode != 0:
            raise NoHistory(f"timeline extract at {commit} exited {result.returncode}: {result.stderr.strip()}")
    finally:
        _git("worktree", "remove", "--force", str(tree))
    return json.loads(result.stdout)["documents"]


def main() -> int:
    try:
        sets = read_all()
    except NoHistory as error:
        print(f"first_sight.py: {error}\n  it needs this repository's full git history (not a shallow clone)",
              file=sys.stderr)
        return 1
    OUTPUT.write_text(json.dumps(sets, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


def read_all() -> dict:
    sets = {}
    with tempfile.TemporaryDirectory() as folder:
        for split, added in FIRST_SIGHT.items():
            commit = _git("rev-parse", "--short", f"{added}^")
            entries = scorer.load_gold(split)
            documents = read_at(commit, [scorer.SET / "articles" / entry["file"] for entry in entries], Path(folder))
            sets[split] = {"commit": commit, "documents": [
                {"file": entry["file"], "language": document["language"], "title": document.get("title"),
                 "candidates": [{**{key: candidate.get(key) for key in KEEP}, "score": score(candidate)}
                                for candidate in document["candidates"]]}
                for entry, document in zip(entries, documents, strict=True)]}
            count = sum(len(d["candidates"]) for d in sets[split]["documents"])
            print(f"{split}: {len(entries)} articles read at {commit}, {count} candidates")
    return sets


if __name__ == "__main__":
    sys.exit(main())

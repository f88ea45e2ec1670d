#!/usr/bin/env python3
"""Check gold.yaml against articles/: one entry per article, known keys, policies and statuses, date windows
that close no later than publication, verbatim quotes, the header every article opens with, no URL twice.

    python benchmarks/extraction/check_gold.py        # exit 0 and a summary, or 1 and every problem

It also checks agreement.yaml, the second annotation of some documents (README-agreement.md), by the same rules.

The second set (split dev, README-dev.md), the third (splits dev3 and test3, README-third.md), the fourth (split
test4, README-fourth.md), the fifth (splits dev5 and test5, README-fifth.md), the sixth (splits dev6 and test6,
README-sixth.md) and the seventh (splits dev7 and test7, README-seventh.md) were also held to their own rules:
80 to 600 words of body, at most two articles from one outlet within the set; from the third set on, the
`Publisher:` line is the entry's outlet and the fifth line is blank.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
POLICIES = {"cbp-one", "remain-in-mexico", "title-42", "lawful-pathways-rule", "chnv-parole", "securing-the-border"}
STATUSES = {"proposed", "announced", "active", "suspended", "enjoined", "terminated"}
SPLITS = {"tune", "dev", "test", "dev3", "test3", "test4", "dev5", "test5", "dev6", "test6", "dev7", "test7", "dev8",
          "test8", "dev9", "test9", "dev10", "test10", "dev11", "test11",
          "dev12", "test12"}
THIRD = {"dev3", "test3"}
FOURTH = {"test4"}  # held out as a whole (README-fourth.md)
FIFTH = {"dev5", "test5"}  # half held out (README-fifth.md)
SIXTH = {"dev6", "test6"}  # half held out (README-sixth.md)
SEVENTH = {"dev7", "test7"}  # half held out (README-seventh.md)
EIGHTH = {"dev8", "test8"}  # half held out (README-eighth.md)
NINTH = {"dev9", "test9"}  # half held out (README-ninth.md)
TENTH = {"dev10", "test10"}  # half held out (README-tenth.md)
ELEVENTH = {"dev11", "test11"}  # half held out (README-eleventh.md)
TWELFTH = {"dev12", "test12"}  # half held out (README-twelfth.md)
# the third set's rules: Publisher is the outlet, line 5 blank
STRICT = THIRD | FOURTH | FIFTH | SIXTH | SEVENTH | EIGHTH | NINTH | TENTH | ELEVENTH | TWELFTH
DOC_KEYS = {"file", "url", "outlet", "published", "language", "split", "acts", "non_acts", "note"}
ACT_KEYS = {"policy", "status", "not_before", "not_after", "quote", "note"}


def url_key(url: str) -> str:
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")


def number(entry: dict) -> int:
    """The file's number: three digits up to the seventh set (001-912), four from the eighth (1001-1112, 1201-1312,
    1401-1512, 1601-1712, 1801-1912)."""
    return int(entry["file"].split("-", 1)[0])


def fifth_part(entry: dict) -> str:
    """The fifth to twelfth sets' part a, b, c or d, by the file's number (401-512, 601-712, 801-912, 1001-1112,
    1201-1312, 1401-1512, 1601-1712, 1801-1912)."""
    first = next(start for start in (1801, 1601, 1401, 1201, 1001, 801, 601, 401) if number(entry) >= start)
    return "abcd"[min(3, max(0, (number(entry) - first) // 30))]


def check_act(act: dict, body: str, published: dt.date) -> list[str]:
    problems = []
    if set(act) - ACT_KEYS:
        problems.append(f"unknown act keys {sorted(set(act) - ACT_KEYS)}")
    if act.get("policy") not in POLICIES:
        problems.append(f"unknown policy {act.get('policy')!r}")
    if act.get("status") not in STATUSES:
        problems.append(f"unknown status {act.get('status')!r}")
    first, last = act.get("not_before"), act.get("not_after")
    if not isinstance(last, dt.date):
        problems.append("not_after missing or not a date")
    elif last > published:
        problems.append(f"not_after {last} after publication {published}")
    if first is not None and not isinstance(first, dt.date):
        problems.append("not_before is not a date")
    elif first is not None and isinstance(last, dt.date) and first > last:
        problems.append(f"not_before {first} after not_after {last}")
    if str(act.get("quote")) not in body:
        problems.append(f"act quote not verbatim: {str(act.get('quote'))[:70]!r}")
    return problems


def check_entry(entry: dict) -> list[str]:
    problems = []
    if set(entry) - DOC_KEYS:
        problems.append(f"unknown keys {sorted(set(entry) - DOC_KEYS)}")
    if entry.get("split") not in SPLITS:
        problems.append(f"split {entry.get('split')!r} is not one of {sorted(SPLITS)}")
    if entry.get("language") not in ("en", "es", "pt"):
        problems.append(f"language {entry.get('language')!r} is not en, es or pt")
    published = entry.get("published")
    if not isinstance(published, dt.date):
        return [*problems, "published is not a date"]
    lines = (ARTICLES / entry["file"]).read_text(encoding="utf-8").split("\n")
    third = entry.get("split") in STRICT
    for number, (key, value) in enumerate([("Title", None), ("Publisher", entry.get("outlet") if third else None),
                                           ("Published", published.isoformat()), ("URL", entry.get("url"))]):
        if not lines[number].startswith(key + ": "):
            problems.append(f"header line {number + 1} is not '{key}: …'")
        elif value is not None and lines[number] != f"{key}: {value}":
            problems.append(f"header {key} differs from gold.yaml")
    if third and lines[4] != "":
        problems.append("line 5 is not blank")
    body = "\n".join(lines[4:])
    if entry.get("split") in ("dev", *STRICT) and not 80 <= len(body.split()) <= 600:
        problems.append(f"body has {len(body.split())} words (second set on: 80 to 600)")
    quotes = set()
    for act in entry.get("acts") or []:
        problems += check_act(act, body, published)
        quotes.add(act.get("quote"))
    for non_act in entry.get("non_acts") or []:
        if set(non_act) != {"quote", "why"}:
            problems.append("a non-act has keys other than quote and why")
        if non_act.get("quote") not in body:
            problems.append(f"non-act quote not verbatim: {str(non_act.get('quote'))[:70]!r}")
        if non_act.get("quote") in quotes:
            problems.append("a quote is both an act and a non-act")
    return problems


def check(gold: list[dict]) -> list[str]:
    problems = []
    files = sorted(path.name for path in ARTICLES.glob("*.txt"))
    if sorted(entry["file"] for entry in gold) != files:
        problems.append("gold.yaml: its entries and the files in articles/ do not match one to one")
        gold = [entry for entry in gold if entry["file"] in files]
    for name, count in Counter(url_key(entry["url"]) for entry in gold).items():
        if count > 1:
            problems.append(f"gold.yaml: URL used {count} times: {name}")
    for name, splits in (("the second set", {"dev"}), ("the third set", THIRD), ("the fourth set", FOURTH),
                         ("the fifth set", FIFTH), ("the sixth set", SIXTH), ("the seventh set", SEVENTH),
                         ("the eighth set", EIGHTH), ("the ninth set", NINTH),
                         ("the tenth set", TENTH), ("the eleventh set", ELEVENTH),
                         ("the twelfth set", TWELFTH)):
        # the fifth to twelfth sets' four parts (401-422 ... 491-512; 601-622 ... 691-712; 801-822 ... 891-912;
        # 1001-1022 ... 1091-1112; 1201-1222 ... 1291-1312; 1401-1422 ... 1491-1512; 1601-1622 ... 1691-1712;
        # 1801-1822 ... 1891-1912) were
        # gathered independently, each held to the rule on its own (README-fifth.md and after)
        outlets = Counter((entry["outlet"].split(" (")[0],
                           fifth_part(entry) if splits in (FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH,
                                                             TWELFTH)
                           else "")
                          for entry in gold if entry.get("split") in splits)
        problems += [f"gold.yaml: outlet {outlet} used {count} times in {name}{' part ' + part if part else ''}"
                     for (outlet, part), count in outlets.items() if count > 2]
    numbers = [number(entry) for entry in gold]
    if numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        problems.append("gold.yaml: entries are not in the order of their files' numbers, or a number repeats")
    for entry in gold:
        if not re.fullmatch(r"(?:\d{3}|1\d{3})-[a-z0-9-]+\.txt", entry["file"]):
            problems.append(f"{entry['file']}: bad file name")
        problems += [f"{entry['file']}: {problem}" for problem in check_entry(entry)]
    return problems


def check_agreement(gold: list[dict], second: list[dict]) -> list[str]:
    """The second annotation (agreement.yaml, README-agreement.md): documents of gold.yaml, each once, whose acts
    follow the same rules as gold's."""
    problems = []
    entries = {entry["file"]: entry for entry in gold}
    for name, count in Counter(entry["file"] for entry in second).items():
        if count > 1:
            problems.append(f"agreement.yaml: {name} annotated {count} times")
    for entry in second:
        unknown = sorted(set(entry) - {"file", "acts"})
        if unknown:
            problems.append(f"agreement.yaml: {entry.get('file')}: unknown keys {unknown}")
        if entry.get("file") not in entries:
            problems.append(f"agreement.yaml: {entry.get('file')} is not in gold.yaml")
            continue
        body = "\n".join((ARTICLES / entry["file"]).read_text(encoding="utf-8").split("\n")[4:])
        for act in entry.get("acts") or []:
            problems += [f"agreement.yaml: {entry['file']}: {problem}"
                         for problem in check_act(act, body, entries[entry["file"]]["published"])]
    return problems


TIDY = HERE / "tidy"  # the tidy hand-written items (tidy/README.md)
TIDY_SPLITS = {"tidy", "testtidy"}


def check_tidy(gold: list[dict], articles: Path = TIDY / "articles") -> list[str]:
    """The tidy hand-written items: one entry per article, each act as gold's (known policy and status, a window
    closing no later than publication, a verbatim quote), non-acts verbatim and no quote both, a known split."""
    problems = []
    files = sorted(path.name for path in articles.glob("*.txt"))
    if sorted(entry["file"] for entry in gold) != files:
        problems.append("tidy/gold.yaml: its entries and the files in tidy/articles/ do not match one to one")
    for entry in gold:
        name = f"tidy/{entry.get('file')}"
        if set(entry) - DOC_KEYS:
            problems.append(f"{name}: unknown keys {sorted(set(entry) - DOC_KEYS)}")
        if entry.get("split") not in TIDY_SPLITS or entry.get("language") not in ("en", "es", "pt") \
                or not isinstance(entry.get("published"), dt.date):
            problems.append(f"{name}: split, language or published is not one of the set's")
            continue
        path = articles / entry["file"]
        if not path.exists():
            continue
        body = path.read_text(encoding="utf-8")
        quotes = set()
        for act in entry.get("acts") or []:
            problems += [f"{name}: {problem}" for problem in check_act(act, body, entry["published"])]
            quotes.add(act.get("quote"))
        for non_act in entry.get("non_acts") or []:
            if non_act.get("quote") not in body or non_act.get("quote") in quotes:
                problems.append(f"{name}: a non-act quote is not verbatim or is also an act's")
    return problems


def main() -> int:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    problems = check(gold)
    agreement = HERE / "agreement.yaml"
    if agreement.exists():
        problems += check_agreement(gold, yaml.safe_load(agreement.read_text(encoding="utf-8")))
    tidy = yaml.safe_load((TIDY / "gold.yaml").read_text(encoding="utf-8"))
    problems += check_tidy(tidy)
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    acts = sum(len(entry.get("acts") or []) for entry in gold)
    non_acts = sum(len(entry.get("non_acts") or []) for entry in gold)
    splits = Counter(entry["split"] for entry in gold)
    print(f"OK: {len(gold)} documents ({', '.join(f'{splits[name]} {name}' for name in sorted(splits))}), "
          f"{acts} acts, {non_acts} non-acts; every quote verbatim, every not_after on or before publication")
    print(f"OK: the tidy hand-written items, {len(tidy)} documents, "
          f"{sum(len(entry.get('acts') or []) for entry in tidy)} acts")
    return 0


if __name__ == "__main__":
    sys.exit(main())

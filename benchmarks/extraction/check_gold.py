#!/usr/bin/env python3
"""Check gold.yaml against articles/: verbatim quotes, date windows, schema, headers."""
import datetime as dt, os, re, sys, yaml
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
POLICIES = {"cbp-one", "remain-in-mexico", "title-42", "lawful-pathways-rule", "chnv-parole", "securing-the-border"}
STATUSES = {"proposed", "announced", "active", "suspended", "enjoined", "terminated"}
DOC_KEYS = {"file", "url", "outlet", "published", "language", "split", "acts", "non_acts"}
ACT_KEYS = {"policy", "status", "not_before", "not_after", "quote", "note"}

gold = yaml.safe_load(open(os.path.join(HERE, "gold.yaml"), encoding="utf-8"))
errors = []
def err(f, m): errors.append(f"{f}: {m}")

files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
if sorted(d["file"] for d in gold) != files:
    err("gold.yaml", "entries do not match articles/ one to one")
urls = Counter(d["url"] for d in gold)
for u, n in urls.items():
    if n > 1: err("gold.yaml", f"URL used {n} times: {u}")
outlets = Counter(d["outlet"].split(" (")[0] for d in gold)
FIRST = "/work/main/benchmarks/extraction/gold.yaml"
if os.path.exists(FIRST):  # the first set: no article may be reused
    used = {d["url"].split("://", 1)[-1].removeprefix("www.").rstrip("/") for d in yaml.safe_load(open(FIRST, encoding="utf-8"))}
    for d in gold:
        if d["url"].split("://", 1)[-1].removeprefix("www.").rstrip("/") in used:
            err(d["file"], "article already used in the first set")

for i, d in enumerate(gold):
    f = d["file"]
    if set(d) - DOC_KEYS: err(f, f"unknown keys {set(d) - DOC_KEYS}")
    if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.txt", f): err(f, "bad file name")
    if i and f[:3] <= gold[i - 1]["file"][:3]: err(f, "files not in number order")
    if d["split"] != "dev": err(f, "split is not dev")
    if d["language"] not in ("en", "es", "pt"): err(f, "bad language")
    pub = d["published"]
    if not isinstance(pub, dt.date): err(f, "published is not a date"); continue
    if not dt.date(2018, 1, 1) <= pub <= dt.date(2025, 12, 31): err(f, "published outside 2018-2025")
    text = open(os.path.join(ART, f), encoding="utf-8").read()
    lines = text.split("\n")
    for k, (key, val) in enumerate([("Title", None), ("Publisher", None), ("Published", pub.isoformat()), ("URL", d["url"])]):
        if not lines[k].startswith(key + ": "): err(f, f"header line {k+1} is not {key}:")
        elif val is not None and lines[k] != f"{key}: {val}": err(f, f"header {key} differs from gold")
    if lines[4] != "": err(f, "no blank line after the header")
    body = "\n".join(lines[5:])
    words = len(body.split())
    if not 80 <= words <= 600: err(f, f"body has {words} words")
    for a in d["acts"]:
        if set(a) - ACT_KEYS: err(f, f"unknown act keys {set(a) - ACT_KEYS}")
        if a["policy"] not in POLICIES: err(f, f"unknown policy {a['policy']}")
        if a["status"] not in STATUSES: err(f, f"unknown status {a['status']}")
        na, nb = a.get("not_after"), a.get("not_before")
        if not isinstance(na, dt.date): err(f, "not_after missing or not a date")
        elif na > pub: err(f, f"not_after {na} after publication {pub}")
        if nb is not None:
            if not isinstance(nb, dt.date): err(f, "not_before not a date")
            elif isinstance(na, dt.date) and nb > na: err(f, f"not_before {nb} after not_after {na}")
        if a["quote"] not in body: err(f, f"act quote not verbatim: {a['quote'][:70]!r}")
    for n in d.get("non_acts", []):
        if set(n) != {"quote", "why"}: err(f, "non_act keys must be quote, why")
        if n["quote"] not in text: err(f, f"non-act quote not verbatim: {n['quote'][:70]!r}")
    # a quote should not be both an act and a non-act
    aq = {a["quote"] for a in d["acts"]}
    for n in d.get("non_acts", []):
        if n["quote"] in aq: err(f, "quote is both act and non-act")

for o, n in outlets.items():
    if n > 2: err("gold.yaml", f"outlet {o} used {n} times")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problem(s)"); sys.exit(1)
acts = [a for d in gold for a in d["acts"]]
print(f"OK: {len(gold)} documents, {len(acts)} acts, {sum(len(d.get('non_acts', [])) for d in gold)} non-acts; "
      f"every quote verbatim, every not_after <= published")

"""Synthetic policy records for benchmarks: N policies x M events, valid by `timeline validate`.

The records look like the real ones: a name and aliases, a folded summary,
dated events whose statuses follow transitions the validator accepts, actions
that agree with the statuses, one or two sources per event with publisher and
publication date, now and then an attribute change (`set`), an uncertain event
(`not_before`/`not_after`), a court case, and a context entry. The output is
deterministic for a given seed, so two runs measure the same bytes.

    python benchmarks/generate.py OUT_DIR --policies 500 --events 20 [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

AGENCIES = [
    ("Department of Homeland Security", "DHS", "https://www.dhs.gov/news/"),
    ("U.S. Customs and Border Protection", "CBP", "https://www.cbp.gov/newsroom/"),
    ("Department of Justice", "DOJ", "https://www.justice.gov/opa/pr/"),
    ("Department of State", "State", "https://www.state.gov/briefings/"),
    ("Ministry of the Interior", "Interior", "https://www.interior.example.gov/press/"),
    ("Department of Health and Human Services", "HHS", "https://www.hhs.gov/about/news/"),
]
PUBLISHERS = [
    ("Reuters", "https://www.reuters.com/world/"),
    ("Associated Press", "https://apnews.com/article/"),
    ("The Rio Times", "https://www.riotimesonline.com/"),
    ("Federal Register", "https://www.federalregister.gov/documents/"),
    ("Congressional Research Service", "https://crsreports.congress.gov/product/"),
]
COURTS = [
    "U.S. District Court for the Northern District of California",
    "U.S. District Court for the Southern District of Texas",
    "U.S. Court of Appeals for the Ninth Circuit",
    "U.S. Court of Appeals for the Fifth Circuit",
    "Supreme Court of the United States",
]
TOPICS = ["asylum", "border", "visa", "refugee", "parole", "detention", "work permit", "family reunification",
          "port of entry", "deportation", "humanitarian", "remote processing", "student visa", "seasonal worker"]
KINDS = ["Program", "Protocols", "Rule", "Initiative", "Policy", "Directive", "Pilot", "Framework"]
PLACES = ["San Ysidro", "El Paso", "Laredo", "Nogales", "Brownsville", "Calexico", "Eagle Pass", "Tijuana",
          "Ciudad Juarez", "Matamoros", "Del Rio", "Hidalgo"]
JURISDICTIONS = ["US", "MX", "CA", "US-TX", "US-CA", "EU", "GB"]

# status -> [(next status, action, how the summary says it)]; only moves `timeline validate` accepts silently
MOVES = {
    None: [("proposed", "proposed", "is proposed in a notice of proposed rulemaking"),
           ("announced", "announced", "is announced at a press conference"),
           ("active", "implemented", "takes effect")],
    "proposed": [("announced", "announced", "is announced in its final form"),
                 ("active", "implemented", "takes effect after the comment period"),
                 ("terminated", "terminated", "is withdrawn before taking effect")],
    "announced": [("active", "implemented", "begins operating"),
                  ("terminated", "terminated", "is abandoned before it starts")],
    "active": [("active", "expanded", "is expanded"), ("active", "narrowed", "is narrowed"),
               ("active", "amended", "is amended by a new memorandum"),
               ("suspended", "suspended", "is suspended"), ("enjoined", "enjoined", "is blocked by a court order"),
               ("terminated", "terminated", "is terminated")],
    "suspended": [("active", "resumed", "resumes"), ("terminated", "terminated", "is terminated while suspended")],
    "enjoined": [("active", "vacated", "resumes after the injunction is vacated"),
                 ("terminated", "terminated", "is terminated while enjoined")],
    "terminated": [("active", "reinstated", "is reinstated"),
                   ("active", "rebranded", "is relaunched under a new name")],
}
COURT_ACTIONS = {"enjoined", "vacated"}
_PLAIN_SAFE = re.compile(r"[A-Za-z][A-Za-z0-9 ,.()'-]*[A-Za-z0-9.)]")


def scalar(text: str) -> str:
    """A YAML scalar: plain when that is unambiguous, else double-quoted (JSON strings are YAML too)."""
    if _PLAIN_SAFE.fullmatch(text) and text.lower() not in ("yes", "no", "on", "off", "true", "false", "null"):
        return text
    return json.dumps(text, ensure_ascii=False)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def policy_yaml(number: int, events: int, rng: random.Random) -> tuple[str, str]:
    """One record: (id, YAML text)."""
    topic = rng.choice(TOPICS)
    kind = rng.choice(KINDS)
    agency, short, agency_url = rng.choice(AGENCIES)
    place = rng.choice(PLACES)
    name = f"{place} {topic.title()} {kind}"
    policy_id = f"{slug(name)}-{number}"
    lines = [
        f"id: {policy_id}",
        f"name: {scalar(name)}",
        f"aliases: [{scalar(f'{short} {topic} {kind.lower()}')}, {scalar(f'{place} {kind}')}]",
        f"jurisdiction: {rng.choice(JURISDICTIONS)}",
        "summary: >-",
        f"  Governs {topic} processing at {place}: who qualifies, which documents the {short}",
        f"  requires, and how {kind.lower()} decisions are reviewed and appealed.",
        "last_reviewed: 2025-06-01",
        "events:",
    ]
    day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(0, 3000))
    status = None
    capacity = rng.randrange(100, 2000, 50)
    for index in range(events):
        day += dt.timedelta(days=rng.randrange(3, 120))
        status, action, verb = rng.choice(MOVES[status])
        published = day - dt.timedelta(days=rng.randrange(0, 3))
        uncertain = index > 0 and rng.random() < 0.04
        if uncertain:
            lines.append(f"  - not_before: {day - dt.timedelta(days=rng.randrange(1, 20))}")
            lines.append(f"    not_after: {day}")
        else:
            lines.append(f"  - date: {day}")
        lines.append(f"    status: {status}")
        lines.append(f"    action: {action}")
        lines.append(f"    summary: {scalar(f'The {name} {verb}; {short} cites {topic} caseloads at {place}.')}")
        if action in COURT_ACTIONS:
            court = rng.choice(COURTS)
            lines.append(f"    authority: {scalar(court)}")
            lines.append("    case:")
            lines.append(f"      court: {scalar(court)}")
            lines.append(f"      name: {scalar(f'{place} Legal Aid v. {short}')}")
            lines.append(f"      docket: {scalar(f'{day.year % 100}-cv-{rng.randrange(100, 99999):05d}')}")
        else:
            lines.append(f"    authority: {scalar(agency)}")
        if rng.random() < 0.3:
            capacity = max(50, capacity + rng.randrange(-300, 400, 50))
            ports = sorted(rng.sample(PLACES, rng.randrange(1, 4)))
            lines.append(f"    set: {{daily_capacity: {capacity}, ports: [{', '.join(ports)}]}}")
        lines.append("    sources:")
        for _ in range(rng.choice((1, 1, 2))):
            publisher, base = rng.choice(PUBLISHERS + [(agency, agency_url)])
            lines.append(f"      - url: {base}{day.year}/{day.month:02d}/{slug(name)}-{rng.randrange(10**6)}")
            lines.append(f"        title: {scalar(f'{name} {verb}')}")
            lines.append(f"        publisher: {scalar(publisher)}")
            lines.append(f"        published: {published}")
            if rng.random() < 0.2:
                lines.append(f"        quote: {scalar(f'The {kind.lower()} {verb} effective {day:%B} {day.day}.')}")
    if rng.random() < 0.2:
        lines += [
            "context:",
            f"  - date: {dt.date(1999, 1, 1) + dt.timedelta(days=rng.randrange(0, 300))}",
            f"    summary: {scalar(f'The {short} opens a {topic} office at {place}.')}",
            "    sources:",
            f"      - url: {agency_url}archive/{slug(place)}",
            f"        title: {scalar(f'{short} in {place}')}",
            f"        publisher: {scalar(agency)}",
            "        published: 1999-12-31",
        ]
    return policy_id, "\n".join(lines) + "\n"


def generate(out: Path, policies: int, events: int, seed: int = 1) -> int:
    """Write `policies` records of `events` events each into `out`; returns the bytes written."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    total = 0
    for number in range(policies):
        policy_id, text = policy_yaml(number, events, rng)
        data = text.encode()
        (out / f"{policy_id}.yaml").write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--policies", type=int, default=100)
    parser.add_argument("--events", type=int, default=20, help="events per policy")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    size = generate(args.out, args.policies, args.events, args.seed)
    print(f"{args.policies} policies x {args.events} events, {size:,} bytes in {args.out}")


if __name__ == "__main__":
    main()

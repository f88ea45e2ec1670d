"""Candidate events from news text, checked against the curated records (contract §5).

A candidate is one sentence that names a tracked policy (by name or alias)
next to a verb or noun from the lexicon below, with no negation or modality in
front of it. Its date comes from the same sentence; otherwise it only happened
on or before publication (`not_after`). Each candidate gets a confidence, the
reasons for it, and a verdict against the records: `consistent`, `contradicts`
or `new`. Sentences that look like events but are negated, hedged into the
future or conditional are kept apart (`set_aside`) with the reason, never
reported as events. docs/extraction.md documents the lexicon and the rules.

This module never edits records and never imports pydantic: records are read
with the strict YAML reader only, so that extracting one article starts fast
(`timeline validate` is what checks records in full).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .articles import DateMention, Header, find_dates, is_header_line, read_header, sentences
from .errors import ERROR, Problem, RecordsInvalid
from .plain import iso as _iso

MAX_CHARS = 2_000_000
MAX_SENTENCE = 3_000
DEFAULT_TIME_LIMIT = 10.0
MIN_CONFIDENCE = 0.5


# --- the lexicon --------------------------------------------------------------------
#
# Each entry: the past forms | the present (third person) forms | the base forms,
# then the status after the act and the action label (contract §1). Past forms
# report an act; present forms are how headlines report one; base forms ("to end",
# "will end") never do and are set aside. Phrases may span line breaks.

@dataclass(frozen=True)
class Lex:
    past: tuple[str, ...]
    present: tuple[str, ...]
    base: tuple[str, ...]
    status: str
    action: str
    court: bool = False  # a court's act: needs a court in the sentence to count fully
    object_only: bool = False  # counts only when the policy is its direct object


def _lex(forms: str, status: str, action: str, **flags) -> Lex:
    past, present, base = (tuple(part.split("/")) if part else () for part in forms.split("|"))
    return Lex(past, present, base, status, action, **flags)


LEXICON: tuple[Lex, ...] = (
    # stopped: suspended
    _lex("suspended|suspends|suspend", "suspended", "suspended"),
    _lex("halted|halts|halt", "suspended", "suspended"),
    _lex("paused|pauses|pause", "suspended", "suspended"),
    _lex("froze/frozen|freezes|freeze", "suspended", "suspended"),
    _lex("put on hold/placed on hold|puts on hold|place on hold", "suspended", "suspended"),
    _lex("shelved|shelves|shelve", "suspended", "suspended"),
    # stopped: terminated
    _lex("ended|ends|end", "terminated", "terminated"),
    _lex("terminated|terminates|terminate", "terminated", "terminated"),
    _lex("scrapped|scraps|scrap", "terminated", "terminated"),
    _lex("shut down/shutdown|shuts down|", "terminated", "terminated"),
    _lex("cancelled/canceled|cancels|cancel", "terminated", "terminated"),
    _lex("rescinded|rescinds|rescind", "terminated", "terminated"),
    _lex("revoked|revokes|revoke", "terminated", "terminated"),
    _lex("abolished|abolishes|abolish", "terminated", "terminated"),
    _lex("discontinued|discontinues|discontinue", "terminated", "terminated"),
    _lex("eliminated|eliminates|eliminate", "terminated", "terminated"),
    _lex("axed|axes|axe", "terminated", "terminated"),
    _lex("dismantled|dismantles|dismantle", "terminated", "terminated"),
    _lex("stopped|stops|stop", "terminated", "terminated"),
    _lex("did away with|does away with|do away with", "terminated", "terminated"),
    _lex("phased out|phases out|phase out", "terminated", "terminated"),
    _lex("wound down|winds down|wind down", "terminated", "terminated"),
    _lex("pulled the plug on|pulls the plug on|pull the plug on", "terminated", "terminated"),
    # back again
    _lex("reinstated|reinstates|reinstate", "active", "reinstated"),
    _lex("reintroduced|reintroduces|reintroduce", "active", "reinstated"),
    _lex("restarted|restarts|restart", "active", "reinstated"),
    _lex("revived|revives|revive", "active", "reinstated"),
    _lex("restored|restores|restore", "active", "reinstated"),
    _lex("brought back|brings back|bring back", "active", "reinstated"),
    _lex("reimplemented/re-implemented|reimplements/re-implements|reimplement/re-implement", "active", "reinstated"),
    _lex("reimposed/re-imposed|reimposes/re-imposes|reimpose/re-impose", "active", "reinstated"),
    _lex("relaunched/re-launched|relaunches/re-launches|relaunch/re-launch", "active", "reinstated"),
    _lex("resumed|resumes|resume", "active", "resumed"),
    # started
    _lex("launched|launches|launch", "active", "implemented"),
    _lex("introduced|introduces|introduce", "active", "implemented"),
    _lex("began/begun|begins|begin", "active", "implemented"),
    _lex("started|starts|start", "active", "implemented"),
    _lex("implemented|implements|implement", "active", "implemented"),
    _lex("rolled out|rolls out|roll out", "active", "implemented"),
    _lex("took effect/went into effect/came into force/entered into force|takes effect/goes into effect/"
         "comes into force|take effect/go into effect/come into force", "active", "implemented"),
    _lex("unveiled|unveils|unveil", "announced", "announced", object_only=True),
    _lex("announced|announces|announce", "announced", "announced", object_only=True),
    _lex("proposed|proposes|propose", "proposed", "proposed", object_only=True),
    # courts
    _lex("blocked|blocks|block", "enjoined", "enjoined", court=True),
    _lex("enjoined|enjoins|enjoin", "enjoined", "enjoined"),
    _lex("struck down|strikes down|strike down", "enjoined", "vacated", court=True),
    _lex("vacated|vacates|vacate", "enjoined", "vacated", court=True, object_only=True),
    # wider or narrower
    _lex("expanded|expands|expand", "active", "expanded"),
    _lex("extended|extends|extend", "active", "expanded", object_only=True),
    _lex("broadened/widened|broadens/widens|broaden/widen", "active", "expanded"),
    _lex("narrowed/scaled back|narrows/scales back|narrow/scale back", "active", "narrowed"),
)

# Nouns naming an act: "the end of", "the reinstatement of". The policy must follow.
NOUNS: dict[str, tuple[str, str]] = {
    "termination of": ("terminated", "terminated"), "end of": ("terminated", "terminated"),
    "end to": ("terminated", "terminated"), "cancellation of": ("terminated", "terminated"),
    "elimination of": ("terminated", "terminated"), "rescission of": ("terminated", "terminated"),
    "repeal of": ("terminated", "terminated"), "shutdown of": ("terminated", "terminated"),
    "suspension of": ("suspended", "suspended"), "halt to": ("suspended", "suspended"),
    "pause of": ("suspended", "suspended"), "pause on": ("suspended", "suspended"),
    "freeze on": ("suspended", "suspended"),
    "reinstatement of": ("active", "reinstated"), "reintroduction of": ("active", "reinstated"),
    "revival of": ("active", "reinstated"), "return of": ("active", "reinstated"),
    "restart of": ("active", "reinstated"), "reimplementation of": ("active", "reinstated"),
    "re-implementation of": ("active", "reinstated"), "resumption of": ("active", "resumed"),
    "launch of": ("active", "implemented"), "rollout of": ("active", "implemented"),
    "roll-out of": ("active", "implemented"), "introduction of": ("active", "implemented"),
    "implementation of": ("active", "implemented"), "expansion of": ("active", "expanded"),
    "injunction against": ("enjoined", "enjoined"), "injunction blocking": ("enjoined", "enjoined"),
}

# "-ing" forms count only as a progressive ("DHS is reinstating MPP"); elsewhere ("the memo ending MPP") they
# are set aside.
PROGRESSIVE: dict[str, str] = {
    "suspending": "suspend", "halting": "halt", "pausing": "pause", "ending": "end", "terminating": "terminate",
    "scrapping": "scrap", "cancelling": "cancel", "canceling": "cancel", "rescinding": "rescind",
    "eliminating": "eliminate", "reinstating": "reinstate", "reintroducing": "reintroduce",
    "restarting": "restart", "reviving": "revive", "restoring": "restore", "resuming": "resume",
    "launching": "launch", "expanding": "expand",
}
PROGRESSIVE_AUXILIARIES = frozenset("is are was were".split())

FAMILIES = {"active": "in effect", "suspended": "stopped", "terminated": "stopped", "enjoined": "stopped",
            "proposed": "not yet", "announced": "not yet"}

# Words in front of the verb, within its clause, that stop it reporting an act.
NEGATIONS = frozenset("not never no neither nor refused refuses declined declines failed fails denied denies "
                      "rejected rejects without cannot".split())
MODALS = frozenset(
    "may might could would will shall should must can plans plan planned planning intends intend intended "
    "intending aims aim aimed expected expects poised threatened threatens threatening vowed vows promised "
    "promises pledged pledges wants want wanted seeks seek sought seeking tried tries trying attempt attempts "
    "attempted attempting asked asks asking urged urges urging considering considers weighing proposal proposals "
    "likely unlikely possible possibly if unless whether once ready preparing prepares prepared moved moves "
    "move hopes hoped hoping calls called demanded demands push pushed pushing lets allow allowed".split()
)
HEDGES = re.compile(r"\b(reportedly|allegedly|rumou?red|according to unconfirmed|sources say|is said to)\b", re.I)
CLAUSE_WORDS = frozenset("and but while after before because although though since which who when where".split())
DETERMINERS = frozenset("the a an its their his her this that these those our your newly recently".split())
PASSIVE = frozenset("was were is are been being be get got gets has had have".split())
MEANS = frozenset("under through via using with in by from into on for".split())
PART_PREPOSITIONS = frozenset("in on for into of".split())
# verbs that undo the act a following noun names ("vacated the termination of MPP")
REVERSALS = frozenset(
    "vacated vacates vacate blocked blocks block overturned overturns overturn reversed reverses reverse "
    "halted halts halt stayed stays stay enjoined enjoins enjoin undid undoes undo struck strikes "
    "rescinded rescinds rescind".split()
)
POLICY_PARTS = frozenset(
    "enrollment enrollments enrolment enrolments appointment appointments feature function functionality "
    "scheduling returns processing registration registrations slots capacity use".split()
)
COURT = re.compile(r"\b(judges?|courts?|justices?|injunction|ruling|ruled|circuit|tribunal)\b", re.I)
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[,;:()\u2014\u2013]|\s-\s")
UNKNOWN_POLICY = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[\"“][^\"”\n]{2,60}[\"”]|(?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|of|for|in|to|and|on)){0,6}"
    r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bto)(?<!\band)(?<!\bon)))"
    r"\s+(?P<kind>program|programme|policy|protocols?|rule|initiative|scheme|app|pathway|process)\b"
)
_GENERIC_NAMES = frozenset("new old current former previous trump biden obama administration government federal u.s "
                           "us american mexican state this that".split())


# --- records, read lightly ------------------------------------------------------------


@dataclass(frozen=True)
class RecordEvent:
    index: int
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    announced: dt.date | None
    status: str
    action: str | None

    @property
    def applies_on(self) -> dt.date | None:
        return self.date or self.not_after

    def describe(self) -> str:
        when = self.date.isoformat() if self.date else f"on or before {self.not_after}"
        label = self.status + (f" ({self.action})" if self.action and self.action != self.status else "")
        return f"{label} {when}"


@dataclass(frozen=True)
class Record:
    """What extraction needs from a policy record: names and the dated statuses."""

    id: str
    name: str
    aliases: tuple[str, ...]
    events: tuple[RecordEvent, ...]
    file: str | None = None

    def ordered(self) -> list[RecordEvent]:
        return sorted((e for e in self.events if e.applies_on), key=lambda e: (e.applies_on, e.index))

    def state_on(self, day: dt.date) -> tuple[RecordEvent | None, RecordEvent | None]:
        """(the event that set the status on `day`, the first event of that status run)."""
        current = run_start = None
        for event in self.ordered():
            if event.applies_on > day:
                break
            if current is None or event.status != current.status:
                run_start = event
            current = event
        return current, run_start


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def record_from_value(value: Any, file: str) -> tuple[Record | None, list[Problem]]:
    if not isinstance(value, dict) or not isinstance(value.get("id"), str) or not isinstance(value.get("name"), str):
        return None, [Problem(file, 1, 1, ERROR, "not-a-record", "not a policy record (needs id and name)",
                              "run `timeline validate` on it")]
    events = []
    for index, raw in enumerate(value.get("events") or []):
        if not isinstance(raw, dict) or not isinstance(raw.get("status"), str):
            continue
        events.append(RecordEvent(index, _date(raw.get("date")), _date(raw.get("not_before")),
                                  _date(raw.get("not_after")), _date(raw.get("announced")), raw["status"],
                                  raw.get("action") if isinstance(raw.get("action"), str) else None))
    aliases = tuple(a for a in value.get("aliases") or [] if isinstance(a, str))
    return Record(value["id"], value["name"], aliases, tuple(events), file), []


def record_from_policy(policy) -> Record:
    """A Record from a validated `model.Policy`."""
    events = tuple(
        RecordEvent(index, e.date, e.not_before, e.not_after, e.announced, e.status.value,
                    e.action.value if e.action else None)
        for index, e in enumerate(policy.events)
    )
    return Record(policy.id, policy.name, tuple(policy.aliases), events)


def load_records(paths: Sequence[Path], *, no_cache: bool = False) -> list[Record]:
    """Records under `paths`, from the cache of validated records when it is up to date, else read
    with the strict YAML reader only; RecordsInvalid when unreadable."""
    from .cache import record_values
    from .files import display_name

    values = record_values(paths, no_cache=no_cache)
    if values is not None:
        records = []
        for path, value in values:
            record, _ = record_from_value(value, display_name(Path(path)))
            if record is not None:
                records.append(record)
        return sorted(records, key=lambda r: r.id)

    from . import yamlread
    from .files import record_files

    records, problems = [], []
    for path in record_files(paths):
        display = display_name(path)
        try:
            text, found = yamlread.decode(path.read_bytes(), display)
        except OSError as exc:
            problems.append(Problem(display, 1, 1, ERROR, "unreadable", f"cannot read file: {exc.strerror}"))
            continue
        problems.extend(found)
        if text is None:
            continue
        document, found = yamlread.read(text, display)
        problems.extend(found)
        if document is None:
            continue
        record, found = record_from_value(document.value, display)
        problems.extend(found)
        if record is not None:
            records.append(record)
    errors = [p for p in problems if p.severity == ERROR]
    if errors:
        raise RecordsInvalid(errors)
    return sorted(records, key=lambda r: r.id)


# --- finding policies in text -------------------------------------------------------

_GENERIC_SUFFIX = re.compile(r"\s+(?:program|programme|policy|app|application|scheme|initiative|appointments?"
                             r"|appointment scheduling|scheduling)$", re.I)
_SEPARATOR = r"[\s\-\u2010\u2011\u2013]+"


def name_variants(record: Record) -> list[str]:
    """The name and aliases, plus each without a parenthesis or a generic last word ("CBP One app" -> "CBP One")."""
    variants: list[str] = []
    for name in (record.name, *record.aliases):
        for form in (name, re.sub(r"\s*\([^)]*\)", "", name), *re.findall(r"\(([^)]+)\)", name)):
            form = form.strip()
            while form:
                if form not in variants:
                    variants.append(form)
                shorter = _GENERIC_SUFFIX.sub("", form)
                if shorter == form or len(shorter) < 3:
                    break
                form = shorter
    return variants


def mention_pattern(record: Record) -> re.Pattern:
    """One regex for every variant: any case, hyphen or line break between words, curly or straight apostrophes.

    Acronyms (all capitals, up to five letters, e.g. MPP) must match in capitals.
    """
    parts = []
    for variant in sorted(name_variants(record), key=len, reverse=True):
        words = [re.escape(word).replace("'", "['’]").replace("’", "['’]") for word in re.split(_SEPARATOR, variant)]
        body = _SEPARATOR.join(words)
        if re.fullmatch(r"[A-Z]{2,5}", variant):
            parts.append(f"(?-i:{body})")
        else:
            parts.append(body)
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    policy: str
    start: int
    end: int


# --- the lexicon as one regex -----------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    status: str
    action: str
    form: str  # past | present | progressive | base | noun
    lex: Lex | None


def _build_trigger_regex() -> tuple[re.Pattern, dict[str, tuple[str, Lex | None, str, str]]]:
    table: dict[str, tuple[str, Lex | None, str, str]] = {}
    for lex in LEXICON:
        for form, words in (("past", lex.past), ("present", lex.present), ("base", lex.base)):
            for word in words:
                table.setdefault(word.lower(), (form, lex, lex.status, lex.action))
    for phrase, (status, action) in NOUNS.items():
        table[phrase] = ("noun", None, status, action)
    for ing, base in PROGRESSIVE.items():
        _form, lex, status, action = table[base]
        table[ing] = ("progressive", lex, status, action)
    alternatives = sorted(table, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in alternatives)
    regex = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])(?!\s+up\b)", re.IGNORECASE)
    return regex, table


_TRIGGERS, _TRIGGER_TABLE = _build_trigger_regex()


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    found = []
    for match in _TRIGGERS.finditer(text, start, end):
        key = " ".join(match.group().lower().split())
        form, lex, status, action = _TRIGGER_TABLE[key]
        found.append(Trigger(match.start(), match.end(), match.group(), status, action, form, lex))
    return found


# --- candidates -------------------------------------------------------------------------


@dataclass
class Candidate:
    policy: str
    status: str
    action: str
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    quote: str
    start: int
    end: int
    confidence: float
    reasons: list[str] = field(default_factory=list)
    verdict: str | None = None
    reason: str | None = None
    trigger: str = ""

    def as_dict(self) -> dict:
        return {"policy": self.policy, "status": self.status, "action": self.action,
                "date": _iso(self.date), "not_before": _iso(self.not_before), "not_after": _iso(self.not_after),
                "quote": self.quote, "start": self.start, "end": self.end, "confidence": self.confidence,
                "verdict": self.verdict, "reason": self.reason, "reasons": list(self.reasons),
                "trigger": self.trigger}


@dataclass
class Document:
    """What one article yielded."""

    file: str
    header: Header
    candidates: list[Candidate] = field(default_factory=list)
    set_aside: list[Candidate] = field(default_factory=list)
    unknown_policies: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timed_out: bool = False

    @property
    def published(self) -> dt.date | None:
        return self.header.published

    def as_dict(self) -> dict:
        data = {"file": self.file, **self.header.as_dict(),
                "candidates": [c.as_dict() for c in self.candidates],
                "unknown_policies": self.unknown_policies,
                "set_aside": [c.as_dict() for c in self.set_aside]}
        if self.notes:
            data["notes"] = list(self.notes)
        if self.timed_out:
            data["timed_out"] = True
        return data


class TimeBudgetExceeded(Exception):
    """Extraction of one document took longer than its time limit."""


class Budget:
    """A per-document time limit, checked inside the loops (no signals: works in any thread)."""

    def __init__(self, seconds: float | None) -> None:
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.seconds = seconds

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded(f"stopped after {self.seconds:g} s")


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    mentions: tuple[Mention, ...]


def extract_text(text: str, records: Sequence[Record], *, file: str = "-", published: dt.date | None = None,
                 url: str | None = None, time_limit: float | None = DEFAULT_TIME_LIMIT) -> Document:
    """Candidate events in one article. `published` overrides the header's date."""
    budget = Budget(time_limit)
    header = read_header(text)
    if published is not None:
        header.published, header.published_from = published, "--published"
    if url:
        header.url = url
    document = Document(file, header)
    if header.published is None:
        document.notes.append("no publication date found: give --published; undated acts get no not_after")
    if len(text) > MAX_CHARS:
        document.notes.append(f"text longer than {MAX_CHARS:,} characters: only the start was read")
        text = text[:MAX_CHARS]
    try:
        _extract(text, records, document, budget)
    except TimeBudgetExceeded as exc:
        document.timed_out = True
        document.notes.append(f"time limit reached ({exc}); candidates found until then are kept")
    document.candidates = _deduplicate(document.candidates)
    by_id = {record.id: record for record in records}
    for candidate in document.candidates + document.set_aside:
        record = by_id.get(candidate.policy)
        if record is not None:
            candidate.verdict, candidate.reason = verdict(candidate, record, header.published)
    return document


def _extract(text: str, records: Sequence[Record], document: Document, budget: Budget) -> None:
    patterns = [(record.id, mention_pattern(record)) for record in records]
    spans = []
    for start, end in sentences(text):
        budget.check()
        while end - start > MAX_SENTENCE:  # a run-on "sentence" (a table, a list): read it in pieces
            cut = text.rfind(" ", start, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            spans.append((start, cut))
            start = cut
        spans.append((start, end))
    analysed: list[_Sentence] = []
    for start, end in spans:
        budget.check()
        if is_header_line(text[start:end]):
            continue  # "Published: 2022-08-09" dates the article, not an act
        mentions = tuple(sorted(
            (Mention(policy, m.start(), m.end()) for policy, pattern in patterns
             for m in pattern.finditer(text, start, end)),
            key=lambda m: (m.start, -m.end),
        ))
        analysed.append(_Sentence(start, end, _drop_nested(mentions)))
    for position, sentence in enumerate(analysed):
        budget.check()
        previous = analysed[position - 1] if position else None
        _candidates_in(text, sentence, previous, document, budget)
        _unknown_policies(text, sentence, document)


def _drop_nested(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return tuple(kept)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, start, end)]


def _words_between(tokens: list[tuple[int, int, str]], start: int, end: int) -> int:
    return sum(1 for a, b, word in tokens if a >= start and b <= end and word[0].isalnum())


def _candidates_in(text: str, sentence: _Sentence, previous: _Sentence | None, document: Document,
                   budget: Budget) -> None:
    triggers = find_triggers(text, sentence.start, sentence.end)
    if not triggers:
        return
    published = document.header.published
    tokens = _tokens(text, sentence.start, sentence.end)
    quote = text[sentence.start:sentence.end]
    dates = find_dates(text, sentence.start, sentence.end, published)
    picks = []
    for trigger in triggers:
        reasons: list[str] = []
        picks.append((_policy_for(trigger, triggers, sentence, tokens, previous, reasons), reasons))
    # dates go to the nearest trigger that is about a policy ("announced Tuesday that it is reinstating MPP")
    paired = [number for number, (pick, _) in enumerate(picks) if pick is not None]
    owners = {paired[index]: mention
              for index, mention in _date_owners(dates, [triggers[n] for n in paired]).items()} if paired else {}
    seen: dict[tuple[str, str], Candidate] = {}
    for number, trigger in enumerate(triggers):
        budget.check()
        pick, reasons = picks[number]
        if pick is None:
            continue
        mention, confidence = pick
        confidence, status, set_aside = _assess(text, trigger, triggers, mention, tokens, sentence, confidence,
                                                reasons)
        date_mention = owners.get(number)
        day = not_before = not_after = None
        if date_mention is not None:
            if date_mention.exact:
                day = date_mention.exact
                reasons.append(f"dated by '{date_mention.text}' ({date_mention.how}): {day}")
            else:
                not_before, not_after = date_mention.not_before, date_mention.not_after
                reasons.append(f"dated by '{date_mention.text}' ({date_mention.how}): "
                               f"between {not_before} and {not_after}")
        elif published is not None:
            not_after = published
            reasons.append(f"no date in the sentence: on or before publication ({published})")
        else:
            reasons.append("no date in the sentence and no publication date")
        candidate = Candidate(mention.policy, status, trigger.action, day, not_before, not_after, quote,
                              sentence.start, sentence.end, round(max(0.05, min(confidence, 0.95)), 2), reasons,
                              trigger=trigger.text)
        if set_aside or candidate.confidence < MIN_CONFIDENCE:
            document.set_aside.append(candidate)
            continue
        key = (candidate.policy, candidate.status)
        if key not in seen or seen[key].confidence < candidate.confidence:
            seen[key] = candidate
    document.candidates.extend(seen.values())


def _date_owners(dates: list[DateMention], triggers: list[Trigger]) -> dict[int, DateMention]:
    """Each date goes to its nearest trigger; each trigger keeps its nearest date."""
    owned: dict[int, DateMention] = {}
    for mention in dates:
        distances = [(min(abs(mention.start - t.end), abs(t.start - mention.end)), i) for i, t in enumerate(triggers)]
        _, owner = min(distances)
        current = owned.get(owner)
        trigger = triggers[owner]
        if current is None or _distance(mention, trigger) < _distance(current, trigger):
            owned[owner] = mention
    return owned


def _distance(mention: DateMention, trigger: Trigger) -> int:
    return min(abs(mention.start - trigger.end), abs(trigger.start - mention.end))


def _policy_for(trigger: Trigger, triggers: list[Trigger], sentence: _Sentence, tokens, previous,
                reasons: list[str]) -> tuple[Mention, float] | None:
    """The policy a trigger is about, and a starting confidence."""
    after = [m for m in sentence.mentions if m.start >= trigger.end]
    before = [m for m in sentence.mentions if m.end <= trigger.start]
    gap_after = _words_between(tokens, trigger.end, after[0].start) if after else None
    gap_before = _words_between(tokens, before[-1].end, trigger.start) if before else None
    preceding = [word for a, _b, word in tokens if a < trigger.start and word[0].isalnum()]
    passive = bool(preceding) and preceding[-1] in PASSIVE
    if trigger.form == "noun" or (trigger.lex and trigger.lex.object_only):
        if gap_after is not None and gap_after <= 3:
            reasons.append(f"'{trigger.text}' names its object: the policy follows")
            return after[0], 0.9 if trigger.form != "noun" else 0.7
        return None
    options = []
    if gap_after is not None and gap_after <= 8:
        options.append((gap_after + (4 if passive else 0), after[0], "after"))
    if gap_before is not None and gap_before <= 12:
        options.append((gap_before + (0 if passive else 2), before[-1], "before"))
    if options:
        _, mention, side = min(options, key=lambda option: option[0])
        gap = gap_after if side == "after" else gap_before
        reasons.append(f"policy named {gap} word(s) {side} '{trigger.text}'")
        return mention, 0.9 if gap <= 4 else 0.75
    if sentence.mentions:
        reasons.append(f"policy named far from '{trigger.text}'")
        return (after or before)[0], 0.55
    # "the program was suspended": the policy the previous sentence named, if only one
    if previous is not None and len({m.policy for m in previous.mentions}) == 1:
        window = " ".join(word for _a, _b, word in tokens)
        if re.search(r"\bthe (program|programme|policy|app|application|protocols|scheme|rule)\b", window) \
                or (tokens and tokens[0][2] == "it"):
            reasons.append("policy by reference ('the program', 'it') to the previous sentence")
            return previous.mentions[0], 0.5
    return None


def _assess(text: str, trigger: Trigger, triggers: list[Trigger], mention: Mention, tokens, sentence: _Sentence,
            confidence: float, reasons: list[str]) -> tuple[float, str, bool]:
    """Lower the confidence or set the candidate aside for negation, modality and the like."""
    status = trigger.status
    set_aside = False
    form_note = {"past": "past tense: reports an act", "present": "present tense (as headlines report acts)",
                 "noun": "a noun naming the act", "base": "base form",
                 "progressive": "progressive ('is reinstating')"}[trigger.form]
    reasons.insert(0, f"'{trigger.text}' -> status {status}, action {trigger.action} ({form_note})")
    if trigger.form == "progressive":
        auxiliary = [word for a, _b, word in tokens if a < trigger.start and word[0].isalnum()][-1:]
        if not auxiliary or auxiliary[0] not in PROGRESSIVE_AUXILIARIES:
            reasons.append(f"'{trigger.text}' without 'is/are/was/were': a gerund or participle, not a reported act")
            return 0.1, status, True
        confidence -= 0.1
    if trigger.form == "present":
        confidence -= 0.1
    elif trigger.form == "noun":
        confidence -= 0.1
    words_before = [word for a, _b, word in tokens if a < trigger.start and word[0].isalnum()]
    if trigger.form == "noun":
        reversal = next((word for word in words_before[-5:] if word in REVERSALS), None)
        if reversal is not None:
            # "vacated the termination of MPP" reports the undoing of the act the noun names
            reasons.append(f"'{reversal}' undoes the '{trigger.text}' it governs: not that act")
            return 0.1, status, True
    if words_before[-2:-1] in (["that"], ["which"], ["who"]) and words_before[-1:] == ["had"]:
        reasons.append(f"'{words_before[-2]} had {trigger.text}': an earlier act described in passing")
        return 0.1, status, True
    cue = _scope_cue(tokens, trigger.start)
    if cue is not None:
        kind, word = cue
        reasons.append(f"{kind} '{word}' before '{trigger.text}': not a reported act")
        return 0.1, status, True
    if trigger.form == "base":
        reasons.append(f"'{trigger.text}' in its base form ('to end', 'will end'): not a reported act")
        return 0.1, status, True
    if text[sentence.end - 1:sentence.end] == "?" or text[sentence.start:sentence.end].rstrip("\"”’'").endswith("?"):
        reasons.append("a question, not a statement")
        return 0.1, status, True
    if trigger.form == "past" and _adjectival(tokens, trigger):
        reasons.append(f"'{trigger.text}' used as an adjective ('the {trigger.text.lower()} policy'): "
                       "presupposes the act without reporting it")
        return 0.2, status, True
    if _named_as_means(tokens, mention):
        reasons.append("the policy is named as a means ('under the policy'), not as what changed")
        return 0.2, status, True
    court = COURT.search(text, sentence.start, sentence.end)
    if trigger.lex is not None and trigger.lex.court and court is None:
        reasons.append(f"'{trigger.text}' without a court in the sentence")
        confidence = min(confidence, 0.4)
    if court is not None and status == "suspended" and trigger.lex is not None and trigger.lex.action == "suspended":
        status = "enjoined"
        reasons.append(f"a court ('{court.group()}') in the sentence: blocked by a court, status enjoined")
    if trigger.lex is not None and trigger.lex.court:
        for other in triggers:
            if other.form == "noun" and other.start >= trigger.end and FAMILIES[other.status] == "stopped" \
                    and _words_between(tokens, trigger.end, other.start) <= 2:
                reasons.append(f"a court acted on the policy's '{other.text.split()[0]}', not on the policy: "
                               "review by hand")
                return 0.2, status, True
    if trigger.form == "noun":
        for other in triggers:
            if other.lex is not None and other.lex.court and other.end <= trigger.start \
                    and _words_between(tokens, other.end, trigger.start) <= 2:
                reasons.append(f"'{other.text}' acts on the '{trigger.text.split()[0]}': review by hand")
                return 0.2, status, True
    if HEDGES.search(text, sentence.start, sentence.end):
        reasons.append("hedged ('reportedly')")
        confidence -= 0.15
    return confidence, status, set_aside


def _scope_cue(tokens, position: int) -> tuple[str, str] | None:
    """A negation or modal word in the trigger's clause, looking back at most eight words."""
    before = [word for a, _b, word in tokens if a < position]
    if before and before[-1] == "to":
        return ("infinitive", "to")
    seen = 0
    for word in reversed(before):
        if not word[0].isalnum():
            return None
        if word in NEGATIONS or word.endswith(("n't", "n’t")):
            return ("negation", word)
        if word in MODALS or word.endswith(("'ll", "’ll", "'d", "’d")):
            return ("modality", word)
        if word in CLAUSE_WORDS:
            return None
        seen += 1
        if seen >= 8:
            return None
    return None


def _adjectival(tokens, trigger: Trigger) -> bool:
    before = [word for a, _b, word in tokens if a < trigger.start and word[0].isalnum()]
    if not before:
        return False
    if before[-1] in DETERMINERS:
        return True
    return len(before) >= 2 and before[-1].endswith("ly") and before[-2] in DETERMINERS


def _named_as_means(tokens, mention: Mention) -> bool:
    before = [word for a, _b, word in tokens if a < mention.start and word[0].isalnum()][-4:]
    while before and before[-1] in DETERMINERS:
        before.pop()
    if not before or before[-1] not in MEANS:
        return False
    # "suspended new enrollments in MPP", "launched a feature in the CBP One app": a part of the policy
    # changed, which is the policy changing; "returned under MPP" names it as a means
    return not (before[-1] in PART_PREPOSITIONS and len(before) >= 2 and before[-2] in POLICY_PARTS)


def _unknown_policies(text: str, sentence: _Sentence, document: Document) -> None:
    known = [(m.start, m.end) for m in sentence.mentions]
    for match in UNKNOWN_POLICY.finditer(text, sentence.start, sentence.end):
        name = match.group("name").strip("\"“”")
        if any(a < match.end() and match.start() < b for a, b in known):
            continue
        words = [w.lower().strip("’'s") for w in name.split()]
        if all(word in _GENERIC_NAMES for word in words):
            continue
        if any(entry["name"].lower() == name.lower() for entry in document.unknown_policies):
            continue
        document.unknown_policies.append({"name": name, "kind": match.group("kind"),
                                          "quote": text[sentence.start:sentence.end],
                                          "start": sentence.start, "end": sentence.end})


def _deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    """Across sentences: drop a candidate when another of the same policy and status pins it down more."""
    kept = []
    for candidate in candidates:
        low, high = _window(candidate)
        redundant = False
        for other in candidates:
            if other is candidate or (other.policy, other.status) != (candidate.policy, candidate.status):
                continue
            other_low, other_high = _window(other)
            inside = low <= other_low and other_high <= high
            narrower = (other_high - other_low) < (high - low)
            same = (other_low, other_high) == (low, high)
            if inside and (narrower or (same and (other.confidence, -other.start)
                                        > (candidate.confidence, -candidate.start))):
                redundant = True
                break
        if not redundant:
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.policy))


def _window(candidate: Candidate) -> tuple[dt.date, dt.date]:
    if candidate.date:
        return candidate.date, candidate.date
    return candidate.not_before or dt.date.min, candidate.not_after or dt.date.max


# --- verdicts ---------------------------------------------------------------------------------


RECENT_DAYS = 31


def verdict(candidate: Candidate, record: Record, published: dt.date | None) -> tuple[str, str]:
    """consistent / contradicts / new, with the reason in words."""
    family = FAMILIES.get(candidate.status)
    low, high = _window(candidate)
    says = _says(candidate, published)
    ordered = record.ordered()

    def matches(event: RecordEvent) -> bool:
        return FAMILIES.get(event.status) == family or (event.action is not None and event.action == candidate.action
                                                        and candidate.action not in ("announced",))

    def on_days(event: RecordEvent) -> set[dt.date]:
        return {d for d in (event.date, event.announced, event.not_after) if d is not None}

    if not ordered:
        return "new", f"records: no dated events for {record.id}; {says}: new"
    in_window = [e for e in ordered if matches(e) and any(low <= d <= high for d in on_days(e))]
    if candidate.date is not None:
        if in_window:
            return "consistent", f"records: {in_window[-1].describe()}; {says}: consistent"
        current, run_start = record.state_on(candidate.date)
        nearby = [e for e in ordered if matches(e) and e.applies_on
                  and abs((e.applies_on - candidate.date).days) <= 31]
        if nearby:
            closest = min(nearby, key=lambda e: abs((e.applies_on - candidate.date).days))
            return "contradicts", f"records: {closest.describe()}; {says}: the dates differ"
        if candidate.date > ordered[-1].applies_on:
            return "new", f"records: last event {ordered[-1].describe()}; {says}: later than the records, new"
        if candidate.date < ordered[0].applies_on:
            return "new", f"records: first event {ordered[0].describe()}; {says}: earlier than the records, new"
        state = f"{current.status} since {run_start.applies_on}" if current else "no status"
        return "contradicts", f"records: {state} on {candidate.date}; {says}: contradicts"
    # an uncertain window (not_before .. not_after)
    same_action = [e for e in in_window if e.action == candidate.action]
    if same_action and candidate.not_before is not None:
        return "consistent", f"records: {same_action[-1].describe()}; {says}: consistent"
    current, run_start = record.state_on(high) if high != dt.date.max else (ordered[-1], None)
    if current is not None and FAMILIES.get(current.status) == family:
        anchor = run_start or current
        if candidate.not_before is None or anchor.applies_on >= low or any(low <= d for d in on_days(current)):
            return "consistent", f"records: {anchor.describe()}; {says}: consistent"
    if candidate.not_before is None:
        # "on or before" with no lower bound: news reports recent acts, so a matching act long before the
        # article, with a different state since, does not confirm it
        in_window = [e for e in in_window if (high - max(on_days(e))).days <= RECENT_DAYS]
    if in_window:
        return "consistent", f"records: {in_window[-1].describe()}; {says}: consistent"
    state = f"{current.status} since {run_start.applies_on}" if current and run_start else "no status yet"
    if high >= ordered[-1].applies_on:
        return "new", (f"records: {state} on {high}, last event {ordered[-1].describe()}; {says}: "
                       "not in the records, new")
    if high < ordered[0].applies_on:
        return "new", f"records: first event {ordered[0].describe()}; {says}: earlier than the records, new"
    return "contradicts", f"records: {state} on {high}; {says}: contradicts"


def _says(candidate: Candidate, published: dt.date | None) -> str:
    article = f"article of {published}" if published else "article"
    word = candidate.action if candidate.action in ("suspended", "terminated", "reinstated", "resumed", "enjoined",
                                                    "expanded", "narrowed", "vacated") else candidate.status
    if candidate.date is not None:
        return f"{article} says {word} on {candidate.date}"
    if candidate.not_before is None and candidate.not_after is not None:
        if published is not None and candidate.not_after == published:
            return f"{article} says {word}, on or before that date"
        return f"{article} says {word}, on or before {candidate.not_after}"
    if candidate.not_before is not None and candidate.not_after is not None:
        return f"{article} says {word}, between {candidate.not_before} and {candidate.not_after}"
    return f"{article} says {word}, undated"


# --- files and batches -------------------------------------------------------------------------

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown")


def article_files(paths: Sequence[str]) -> list[str]:
    """Files named, folders searched for .txt/.md articles (sorted), and '-' for stdin; missing paths refused."""
    from .errors import UsageError

    found: list[str] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            found.append(str(path))
        else:
            raise UsageError(f"no such file or folder: {raw}", "name article files or folders, or '-' for stdin")
    return found


def read_article(name: str, stdin=None) -> str:
    """An article's text: UTF-8 (a BOM is dropped), undecodable bytes replaced, CRLF kept as is."""
    import sys

    from .errors import UsageError

    if name == "-":
        data = (stdin or sys.stdin.buffer).read()
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {name}: {exc.strerror}") from None
    if b"\x00" in data[:4096]:
        raise UsageError(f"{name} is not text (it contains NUL bytes)", "give the article as plain UTF-8 text")
    return data.decode("utf-8-sig", errors="replace")


__all__ = ["Candidate", "Document", "LEXICON", "NOUNS", "Record", "article_files", "extract_text", "load_records",
           "read_article", "record_from_policy", "verdict"]

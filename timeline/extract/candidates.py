"""Candidate events from news text, checked against the curated records (contract §5).

A candidate is one sentence that names a tracked policy (by name or alias)
next to a verb or noun from the lexicon below, with no negation or modality in
front of it. Its date comes from the same sentence; otherwise it only happened
on or before publication (`not_after`). Each candidate gets a confidence, the
reasons for it, and a verdict against the records: `consistent`, `contradicts`
or `new`. Sentences that look like events but are negated, hedged into the
future or conditional are kept apart (`set_aside`) with the reason, never
reported as events. docs/extraction.md documents the lexicon and the rules.

Records come in as validated `Policy` models (`Timeline.policies()`); this
module never edits them.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.core.dates import iso as _iso

from .lexicon import (
    CLAUSE_WORDS,
    COURT,
    DETERMINERS,
    FAMILIES,
    GENERIC_NAMES,
    HEDGES,
    LEXICON,
    MEANS,
    MODALS,
    NEGATIONS,
    NOUNS,
    PART_PREPOSITIONS,
    PASSIVE,
    POLICY_PARTS,
    PROGRESSIVE,
    PROGRESSIVE_AUXILIARIES,
    REVERSALS,
    TOKEN,
    UNKNOWN_POLICY,
    Lex,
)
from .text import DateMention, Header, find_dates, is_header_line, read_header, sentences
from .verdicts import RecordView, verdict

MAX_CHARS = 2_000_000
MAX_SENTENCE = 3_000
DEFAULT_TIME_LIMIT = 10.0
MIN_CONFIDENCE = 0.5


# --- finding policies in text -------------------------------------------------------

_GENERIC_SUFFIX = re.compile(r"\s+(?:program|programme|policy|app|application|scheme|initiative|appointments?"
                             r"|appointment scheduling|scheduling)$", re.I)
_SEPARATOR = r"[\s\-\u2010\u2011\u2013]+"


def name_variants(record) -> list[str]:
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


def mention_pattern(record) -> re.Pattern:
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

    def window(self) -> tuple[dt.date, dt.date]:
        """The days the candidate's act may have happened on (both inclusive; open ends at the calendar's)."""
        if self.date:
            return self.date, self.date
        return self.not_before or dt.date.min, self.not_after or dt.date.max

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


def extract_text(text: str, records: Sequence, *, file: str = "-", published: dt.date | None = None,
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
    views: dict[str, RecordView] = {}
    for candidate in document.candidates + document.set_aside:
        record = by_id.get(candidate.policy)
        if record is not None:
            view = views.get(record.id) or views.setdefault(record.id, RecordView(record))
            candidate.verdict, candidate.reason = verdict(candidate, view, header.published)
    return document


def _extract(text: str, records: Sequence, document: Document, budget: Budget) -> None:
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
    return [(m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text, start, end)]


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
        if all(word in GENERIC_NAMES for word in words):
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
        low, high = candidate.window()
        redundant = False
        for other in candidates:
            if other is candidate or (other.policy, other.status) != (candidate.policy, candidate.status):
                continue
            other_low, other_high = other.window()
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


__all__ = ["Candidate", "Document", "extract_text", "find_triggers", "mention_pattern", "name_variants"]

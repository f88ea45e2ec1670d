"""Candidate events from news text, checked against the curated records (contract §5).

A candidate is a clause that refers to a tracked policy (by name, by one of
the record's descriptions, or as "the program") next to a word from the
lexicon, with no negation or modality in front of it. The document's
language is found first (`language.detect`), and that language's words are
used (`lexicon`, `lexicon_es`, `lexicon_pt`). Each sentence is cut into
clauses; a date belongs to the act of its own clause, and a date in a clause
without an act to the nearest act that has none. Otherwise an act only
happened on or before publication (`not_after`), or on or before the day of
the statement that reports it ("said Friday that it has paused ...").

Besides single verbs and nouns, a few constructions are read as a whole:

* an announcement of a future change ("announced Thursday that MPP will be
  re-implemented", "anunció que revocará el programa") is a candidate with
  status `announced`, dated on the day of the announcement;
* a signed or issued document ("signed a memorandum terminating MPP",
  "issued a final rule, entitled ...") is the act it names, on the day of
  signing;
* a court that blocks an administration "from ending" a policy keeps it in
  force (`active`, action `enjoined`); a court order forcing a restart revives
  a policy nobody yet operates (`suspended`, action `vacated`);
* "stopped issuing travel authorizations" pauses the policy (`suspended`);
* "the now-defunct Remain in Mexico policy" says that it ended;
* a dated statement about a policy on a day (or in a month) the records hold
  an event of it reports that event ("Judge Seeborg ruled April 8 that the
  policy should be halted": the records hold that day's injunction, stayed
  the same day), where no other reading took the policy.
* an announcement whose complement describes a policy in the future ("announced
  on Monday that she will be increasing the number of asylum seekers who are
  made to wait in Mexico") announces it;
* a court acting on an exact day the records hold a court's act on one
  policy alone reports that act, in a sentence nothing else reads, in an
  article that names the policy somewhere.

Each candidate gets a confidence, the reasons for it, and a verdict against
the records: `consistent`, `contradicts` or `new`. Sentences that look like
events but are negated, hedged into the future or conditional are kept apart
(`set_aside`) with the reason, never reported as events. docs/extraction.md
documents the rules and the words.

Records come in as validated `Policy` models (`Timeline.policies()`); this
module never edits them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType

from timeline.core.dates import iso as _iso
from timeline.core.segments import applies_on

from . import language as languages
from .lexicon import FAMILIES, Lex
from .mentions import TERMS, Matcher, Mention, Salience, choose, in_term, mention_pattern, name_variants
from .text import DateMention, Header, find_dates, is_header_line, read_header, sentences
from .verdicts import RecordView, context_match, describe, verdict

MAX_CHARS = 2_000_000
MAX_SENTENCE = 3_000
DEFAULT_TIME_LIMIT = 10.0
MIN_CONFIDENCE = 0.45
_STRONG = frozenset(";:\u2014\u2013") | {"--", "-"}
_DASHES = frozenset("\u2014\u2013") | {"--", "-"}
_OPEN, _CLOSE = "(", ")"
_STOPPED = frozenset({"suspended", "terminated"})
_HELD_SPAN = 31  # a date of at most a month can name an event the records hold (_Reader._held_frames)
_EARLIEST_YEAR = 100  # the earliest publication year from which "99 years ago" can still be counted back
_RESTARTS = frozenset({"reinstated", "resumed"})


# --- the lexicon as one regex per language -------------------------------------------------------


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    status: str | None
    action: str
    form: str  # past | participle | present | base | progressive | future | conditional | noun | state
    lex: Lex | None


_TABLES: dict[str, tuple[re.Pattern, dict]] = {}


def _trigger_table(words: ModuleType) -> tuple[re.Pattern, dict]:
    if words.__name__ in _TABLES:
        return _TABLES[words.__name__]
    table: dict[str, tuple[str, Lex | None, str | None, str]] = {}
    for lex in words.LEXICON:
        for form, forms in (("past", lex.past), ("participle", lex.participle), ("present", lex.present),
                            ("future", lex.future), ("conditional", lex.conditional), ("progressive", lex.gerund),
                            ("base", lex.base)):
            for word in forms:
                table.setdefault(word.lower(), (form, lex, lex.status, lex.action))
    for phrase, (status, action) in words.NOUNS.items():
        table.setdefault(phrase.lower(), ("noun", None, status, action))
        noun, _space, link = phrase.lower().rpartition(" ")
        for adjective in words.NOUN_ADJECTIVES:  # "la suspensión temporal del programa"
            table.setdefault(f"{noun} {adjective} {link}", ("noun", None, status, action))
        # "its suspension", "su reinicio": the act of the policy named before
        head = phrase.lower().rsplit(" ", 1)[0]
        if head not in words.NOT_POSSESSED:
            for possessive in words.POSSESSIVES:
                table.setdefault(f"{possessive} {head}", ("possessive", None, status, action))
    for ing, base in words.PROGRESSIVE.items():
        _form, lex, status, action = table[base]
        table[ing] = ("progressive", lex, status, action)
    for phrase, (status, action) in words.STATES.items():
        table.setdefault(phrase.lower(), ("state", None, status, action))
    alternatives = sorted(table, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in alternatives)
    # a possessive "'s" begins a match right after its noun: "the program's inception"; "ended up" is no act
    particles = "|".join(re.escape(word) for word in sorted(words.PARTICLES))
    not_particle = rf"(?!\s+(?:{particles})\b)" if particles else ""
    regex = re.compile(rf"(?:(?<![\w-])|(?=['’]s\s))(?:{body})(?![\w-]){not_particle}", re.IGNORECASE)
    _TABLES[words.__name__] = (regex, table)
    return regex, table


def find_triggers(text: str, start: int, end: int, words: ModuleType | None = None) -> list[Trigger]:
    """The lexicon's words in text[start:end] (English unless `words` names another language's module)."""
    words = words or languages.words("en")
    regex, table = _trigger_table(words)
    # idioms made of an act's words that name no act ("a fin de regresar": in order to return)
    idioms = [(m.start(), m.end()) for m in words.IDIOMS.finditer(text, start, end)]
    found = []
    for match in regex.finditer(text, start, end):
        if any(a < match.end() and match.start() < b for a, b in idioms):
            continue
        key = " ".join(match.group().lower().split())
        form, lex, status, action = table[key]
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
    announces: str | None = None  # for an announcement: the status it announces
    headline: bool = False  # read from a headline or title (which restates the article's lead)

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
                "trigger": self.trigger, "announces": self.announces}


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
    language: str = "en"

    @property
    def published(self) -> dt.date | None:
        return self.header.published

    def as_dict(self) -> dict:
        data = {"file": self.file, **self.header.as_dict(), "language": self.language,
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


def extract_text(text: str, records: Sequence, *, file: str = "-", published: dt.date | None = None,
                 url: str | None = None, time_limit: float | None = DEFAULT_TIME_LIMIT,
                 language: str | None = None) -> Document:
    """Candidate events in one article. `published` overrides the header's date; `language` ('en', 'es',
    'pt') the language found in the text."""
    budget = Budget(time_limit)
    views = _Views(records)
    if len(text) > MAX_CHARS:
        cut_note = f"text longer than {MAX_CHARS:,} characters: only the start was read"
        text = text[:MAX_CHARS]
    else:
        cut_note = None
    code = language or languages.detect(text[:20_000])
    words = languages.words(code)
    header = read_header(text, words if code != "en" else None)
    if published is not None:
        header.published, header.published_from = published, "--published"
    if url:
        header.url = url
    document = Document(file, header, language=code)
    if header.published is not None and header.published.year < _EARLIEST_YEAR:
        document.notes.append(f"publication date {_iso(header.published)} is too early to count dates back from "
                              "('99 years ago', 'last year'): ignored")
        header.published = None
    if header.published is None:
        document.notes.append("no publication date found: give --published; undated acts get no not_after")
    if cut_note:
        document.notes.append(cut_note)
    try:
        _Reader(text, records, document, budget, words, views).read()
    except TimeBudgetExceeded as exc:
        document.timed_out = True
        document.notes.append(f"time limit reached ({exc}); candidates found until then are kept")
    document.candidates = _deduplicate(document.candidates)
    _judge(document, views)
    return document


class _Views(dict):
    """The records as verdicts read them (`RecordView`), one per policy, made when first asked for and shared by
    the reader and the verdicts of one document."""

    def __init__(self, records: Sequence) -> None:
        super().__init__()
        self.records = {record.id: record for record in records}

    def __missing__(self, policy: str) -> RecordView | None:
        record = self.records.get(policy)
        view = self[policy] = RecordView(record) if record is not None else None
        return view


def _judge(document: Document, views: _Views) -> None:
    """Verdicts against the records; a rebranding takes the status the records show then; a candidate that is
    a record's background fact (`context`) rather than a change is set aside."""
    kept = []
    for candidate in document.candidates + document.set_aside:
        view = views[candidate.policy]
        if candidate.status is None:
            candidate.status = _status_then(view, candidate) or "active"
            candidate.reasons.append(f"a new name keeps the status: {candidate.status}")
        if view is not None:
            candidate.verdict, candidate.reason = verdict(candidate, view, document.header.published)
        if candidate in document.set_aside:
            continue
        background = context_match(candidate, view) if view is not None else None
        if background is not None:
            candidate.reasons.append(f"the records hold this as background, not as a change: {background}")
            candidate.confidence = min(candidate.confidence, 0.3)
            document.set_aside.append(candidate)
            continue
        kept.append(candidate)
    document.candidates = kept


def _status_then(view: RecordView | None, candidate: Candidate) -> str | None:
    if view is None or not view.applied:
        return None
    low, high = candidate.window()
    day = high if high != dt.date.max else applies_on(view.applied[-1])
    current, _ = view.state_on(day)
    return str(current.status) if current is not None else None


# --- reading a document ----------------------------------------------------------------


@dataclass
class _Sentence:
    start: int
    end: int
    mentions: list[Mention]
    tokens: list[tuple[int, int, str]]
    starts: list[int]
    clause: list[int]
    headline: bool
    dates: list[DateMention] = field(default_factory=list)
    text: str = ""  # the whole document (shared, not copied)
    asides: frozenset[int] = frozenset()  # clauses inside brackets or a pair of dashes
    untracked: bool = False  # names a program the records do not track


@dataclass
class _Proto:
    """A candidate in the making: the trigger, its policy, what the clause says of it, and where its date is."""

    trigger: Trigger
    mention: Mention
    status: str | None
    action: str
    confidence: float
    reasons: list[str]
    set_aside: bool
    anchor: int  # the character whose clause dates it (the trigger, or the announcing verb)
    clause: int
    announces: str | None = None
    speech: tuple[DateMention | None, str] | None = None  # the reporting verb's date, and 'exact' or 'bound'
    date: DateMention | None = None
    extra_dates: list[DateMention] = field(default_factory=list)
    ahead: bool = False  # a future act an authority states: its own dates are the day it takes effect
    # the question the records answer for this act (_Reader._OUTCOMES): "attempt" ("tried to end", "directed DHS
    # to terminate": did the end take effect?), "announced" ("announced the end of X": did it take effect as
    # announced?), "stop" ("stopped enrolling": paused or ended?), "kept" ("rejected the request to end": kept how?)
    outcome: str | None = None


class _Reader:
    """Reads one document's sentences in order, keeping track of the policy "the program" refers to."""

    def __init__(self, text: str, records: Sequence, document: Document, budget: Budget, words: ModuleType,
                 views: _Views):
        self.text, self.document, self.budget, self.words = text, document, budget, words
        self.matcher = Matcher(records, document.language, words.UNKNOWN_POLICY)
        self.salience = Salience()
        self.starts = _record_starts(records)
        self.views = views
        self.published = document.header.published
        self.previous: _Sentence | None = None
        self.emitted: list[Candidate] = []  # what the previous sentence yielded
        self._named: set[str] | None = None  # _named_anywhere

    def read(self) -> None:
        text = self.text
        for start, end in self._spans():
            self.budget.check()
            if is_header_line(text[start:end]):
                continue  # "Published: 2022-08-09" dates the article, not an act
            sentence = self._sentence(start, end)
            before = len(self.document.candidates)
            self._date_previous(sentence)
            self._candidates(sentence)
            self.emitted = self.document.candidates[before:]
            self._unknown_policies(sentence)
            self.previous = sentence

    def _date_previous(self, sentence: _Sentence) -> None:
        """'Esta decisión, confirmada por el DHS el 25 de marzo de 2025, ...', 'The move, announced on Tuesday,
        ...', 'Así lo anunció este jueves': a date for the act the previous sentence reported without one."""
        words = self.words
        undated = [c for c in self.emitted if c.date is None and c.not_before is None]
        if not undated:
            return
        head = self.text[sentence.start:sentence.end]
        anaphora = words.ANAPHORA.match(head)
        if not anaphora:
            return
        opening = [i for i, (_a, _b, w) in enumerate(sentence.tokens[:16]) if w in words.CONFIRMING]
        if not opening:
            return
        limit = sentence.tokens[min(len(sentence.tokens) - 1, opening[0] + 18)][1]
        # "The announcement Monday came hours after ... since December": a date right after the noun is its own
        right_after = sentence.start + anaphora.end()
        dates = [d for d in find_dates(self.text, sentence.start, limit, self.published, words)
                 if d.start > sentence.tokens[opening[0]][0] or 0 <= d.start - right_after <= 1]
        if not dates:
            return
        date = dates[0]
        for candidate in undated:
            if date.exact:
                candidate.date, candidate.not_after = date.exact, None
            else:
                candidate.not_before, candidate.not_after = date.low, date.not_after
            candidate.reasons.append(f"dated by the next sentence: '{' '.join(head.split()[:8])} ...' "
                                     f"'{date.text}'")

    def _spans(self) -> list[tuple[int, int]]:
        spans = []
        for start, end in sentences(self.text):
            self.budget.check()
            while end - start > MAX_SENTENCE:  # a run-on "sentence" (a table, a list): read it in pieces
                cut = self.text.rfind(" ", start, start + MAX_SENTENCE)
                cut = cut if cut > start else start + MAX_SENTENCE
                spans.append((start, cut))
                start = cut
            spans.append((start, end))
        return spans

    # -- the parts of a sentence --

    def _sentence(self, start: int, end: int) -> _Sentence:
        text, words = self.text, self.words
        found = [in_term(m, text, self.starts) for m in self.matcher.find(text, start, end)]
        untracked = self.matcher.untracked(text, start, end, found) + [m for m in found if m.policy is None]
        found = [m for m in found if m.policy is not None]
        tokens = _marked_tokens([(m.start(), m.end(), m.group().lower())
                                 for m in words.TOKEN.finditer(text, start, end)], words)
        starts = [a for a, _b, _w in tokens]
        mentions = list(found)
        # references: "the program" and "it" stand for the policy named last, if no untracked one came since
        events = sorted([(m.start, 0, m) for m in found + untracked]
                        + [(m.start(), 1, m) for m in words.REFERENCE.finditer(text, start, end)]
                        + [(a, 2, (a, b)) for a, b, w in tokens if w in words.PRONOUNS]
                        + [(m.start(), 3, m) for m in words.GENERIC_REFERENCE.finditer(text, start, end)],
                        key=lambda e: e[:2])
        for _position, kind, item in events:
            if kind == 0:
                self.salience.note([item])
                continue
            current = self.salience.current()
            if current is None:
                continue
            a, b = item if kind == 2 else (item.start(), item.end())
            if any(m.start < b and a < m.end for m in mentions):
                continue
            if kind == 3 and (not self._called_by_head(current.policy, item.group("head"))
                              or any(m.start < b and a < m.end for m in untracked)):
                continue  # "a regulation" is the rule named before, not the program; "a new proclamation" may be it
            if kind in (1, 3) and any(0 <= m.start - b <= 3 for m in found):
                continue  # "the program Remain in Mexico", "el programa Quédate en México": the name follows
            named = next((m for m in found if kind in (1, 3) and m.start >= b and self._named_as(b, m.start)), None)
            if named is not None:
                # "the rules known as Title 42", "el programa, conocido oficialmente como Protocolos ...": the noun
                # stands for the policy it is known as, whatever was named before
                mentions.append(Mention(named.policy, a, b, "reference", named.alternatives))
                continue
            if kind == 1 and item.group().split()[-1].lower() in words.KIND_HEADS \
                    and not self._called_by_head(current.policy, item.group().split()[-1]):
                continue  # "he vacated that order": a court's order, not the program named before; "the app" is
                # only a policy called an app
            if kind == 2 and not (self._pronoun_ok(current, start)
                                  or any(m.policy == current.policy and m.end <= a for m in mentions)):
                continue
            mentions.append(Mention(current.policy, a, b, "reference", current.alternatives))
        mentions.sort(key=lambda m: m.start)
        clause, asides = _clauses(tokens, mentions, words)
        sentence_text = text[start:end].rstrip()
        headline = (not sentence_text.endswith((".", "!", "?", "…", ".”", ".\"", "”", "\""))
                    and len(tokens) <= 25) or self._is_title(start, end)
        return _Sentence(start, end, mentions, tokens, starts, clause, headline, text=text, asides=asides,
                         untracked=bool(untracked))

    def _named_as(self, start: int, end: int) -> bool:
        """Whether text[start:end] is 'known as', 'also called', 'conocido como', 'chamadas de' (the name follows)."""
        between = re.findall(r"\w+", self.text[start:end].lower())
        return 0 < len(between) <= 4 and any(w in self.words.KNOWN_AS for w in between) \
            and all(w in self.words.KNOWN_AS or w in self.words.NAMING_LINKS for w in between)

    def _called_by_head(self, policy: str, head: str) -> bool:
        """Whether a generic noun ("rules", "regulación", "restrições") is, or translates, a word the policy is
        called by: "la nueva política" may be the Remain in Mexico policy, "a regulation" is not the program."""
        head = head.lower()
        english = self.words.GENERIC_HEADS.get(head, head)
        return any(self.matcher.called(policy, word) for word in {head, english, english.removesuffix("s")})

    def _pronoun_ok(self, current: Mention, sentence_start: int) -> bool:
        """'it' stands for a policy named in this sentence or in the previous one only."""
        if current.start >= sentence_start:
            return True
        return self.previous is not None and any(m.policy == current.policy for m in self.previous.mentions)

    def _is_title(self, start: int, end: int) -> bool:
        title = self.document.header.title
        return bool(title) and " ".join(self.text[start:end].split()) == " ".join(title.split())

    def _candidates(self, sentence: _Sentence) -> None:
        if not sentence.mentions and not (self._salient_before(sentence) is not None and any(
                w in self.words.POLICY_PARTS or w in self.words.ACT_NOUNS for _a, _b, w in sentence.tokens)) \
                and self._null_subject(sentence) is None:
            if any(w in self.words.COURT_WORDS for _a, _b, w in sentence.tokens):
                sentence.dates = find_dates(self.text, sentence.start, sentence.end, self.published, self.words)
            found = self._court_day_frames(sentence)
            if found:
                self._emit(sentence, found)
            return
        text, words = self.text, self.words
        triggers = find_triggers(text, sentence.start, sentence.end, words)
        sentence.dates = find_dates(text, sentence.start, sentence.end, self.published, words)
        sentence.dates = sorted(sentence.dates + self._first_days(sentence), key=lambda d: d.start)
        protos: list[_Proto] = []
        used: set[int] = set()
        for frame in (self._court_frames, self._halted_end_frames, self._effect_frames, self._document_frames,
                      self._plan_frames, self._first_frames, self._begun_frames):
            protos.extend(frame(sentence, triggers, used))
        for number, trigger in enumerate(triggers):
            self.budget.check()
            if number in used:
                continue
            proto = self._proto(sentence, trigger, triggers)
            if proto is not None:
                protos.append(proto)
        protos.extend(self._since_frames(sentence, protos))
        self._stayed_blocks(sentence, protos)
        _assign_dates(protos, sentence.dates, sentence, words)
        protos.extend(self._held_frames(sentence, protos))
        protos.extend(self._announced_description_frames(sentence, protos))
        if not protos:
            protos = self._court_day_frames(sentence)
        if protos:
            self._emit(sentence, protos)

    # -- one trigger --

    def _proto(self, sentence: _Sentence, trigger: Trigger, triggers: list[Trigger]) -> _Proto | None:
        reasons: list[str] = []
        index = _index(sentence, trigger.start)
        pick = self._policy_for(sentence, trigger, index, reasons, triggers)
        if pick is None:
            return None
        mention, confidence = pick
        status, action = trigger.status, trigger.action
        form_note = {"past": "past tense: reports an act", "participle": "participle: reports an act",
                     "present": "present tense (as headlines report acts)", "noun": "a noun naming the act",
                     "base": "base form", "progressive": "progressive ('is reinstating')",
                     "future": "future tense", "conditional": "conditional", "state": "a word stating a status",
                     "possessive": "a noun naming the act of the policy named before"}
        reasons.insert(0, f"'{trigger.text}' -> status {status}, action {action} ({form_note[trigger.form]})")
        stop = _extended_stop(sentence, index, self.words) if action == "expanded" else None
        if stop is not None:
            # "extended the pause to the other three countries", "estendeu a pausa": the stop grows, not the policy
            status, action = stop[1]
            reasons.append(f"'{trigger.text} … {stop[0]}': what is extended is a stop ({status})")
        proto = _Proto(trigger, mention, status, action, confidence, reasons, False, trigger.start,
                       sentence.clause[index])
        renaming = self._renaming(mention) if status == "active" and action in ("implemented", "reinstated") \
            else None
        if renaming is not None:
            # "DHS relaunched the CBP Home app", "lanzó la aplicación CBP Home": launching the policy under the
            # name a rebranding gave it is that rebranding, with the status the records give it
            proto.status, proto.action = str(renaming.status), "rebranded"
            reasons.append(f"'{self.text[mention.start:mention.end]}' is the name the records' rebranding of "
                           f"{applies_on(renaming)} gave {mention.policy} ({describe(renaming)}): launching it is "
                           "that rebranding")
        speech = self._reported_by(sentence, index)
        verdict_ = self._assess(sentence, trigger, triggers, index, proto, speech)
        if verdict_ == "future" and speech is not None:
            self._as_announcement(sentence, proto, speech)
        elif verdict_ == "future" and self._authority_subject(sentence, index):
            _announced_ahead(proto, "a future change an authority states: an announcement, dated when reported")
            # "DHS will terminate the program on April 24, the agency said Friday": dated by the saying verb after
            tokens = sentence.tokens
            said = next((i for i in range(index + 1, len(tokens)) if tokens[i][2] in self.words.SPEECH), None)
            if said is not None and any(w == "," for _a, _b, w in tokens[max(index, said - 5):said]):
                proto.anchor, proto.clause = sentence.tokens[said][0], sentence.clause[said]
        elif verdict_ == "future" and self._dated_clause(sentence, index):
            # "the policy will now be discontinued ... on May 11": a change scheduled for a day, stated as fact
            _announced_ahead(proto, f"'{trigger.text}' in the future with a day it takes effect: a scheduled "
                                    "change, announced on or before publication")
        elif verdict_ == "future":
            proto.reasons.append(f"'{trigger.text}' in the future, and no announcement reports it: a plan, "
                                 "not a reported act")
            proto.confidence, proto.set_aside = 0.1, True
        elif speech is not None and not proto.set_aside:
            verb_index, verb_date = speech
            binding = "exact" if trigger.form in ("present", "progressive") else "bound"
            proto.speech = (verb_date, binding)
        return proto

    def _first_days(self, sentence: _Sentence) -> list[DateMention]:
        """'Biden scrapped it on his first day in office', 'hours after Trump was sworn in', 'en su primer día en
        la Casa Blanca': the inauguration day of the president named (before, or in the phrase)."""
        words, found = self.words, []
        for pattern in (words.FIRST_DAY, words.SWORN_IN):
            for match in pattern.finditer(self.text, sentence.start, sentence.end):
                if any(d.start < match.end() and match.start() < d.end for d in sentence.dates + found):
                    continue
                # "Biden had suspended former President Trump's policy on his first day": a possessive name is not
                # the one whose first day it is
                named = list(_PRESIDENT.finditer(self.text, sentence.start, match.start()))
                names = [match.group("name")] if "name" in pattern.groupindex else \
                    [m.group(1) for m in named if not self.text.startswith(_POSSESSIVE, m.end())] \
                    or [m.group(1) for m in named]
                day = self._inauguration(names[-1], bool(words.SECOND_TERM.search(match.group()))) if names else None
                if day is not None:
                    found.append(DateMention(match.start(), match.end(), match.group(), day, day, "an inauguration"))
        return found

    def _inauguration(self, president: str, second: bool) -> dt.date | None:
        """The first day of the president's latest term begun by publication (of the second, when the text says
        'back in office', 'segundo mandato')."""
        starts = [low for low, _high in TERMS[president.lower()] if self.published is None or low <= self.published]
        if second and len(starts) > 1:
            starts = starts[1:]
        return starts[-1] if starts else None

    def _begun_by(self, sentence: _Sentence, trigger: Trigger, triggers: list[Trigger], index: int) -> Trigger | None:
        """'começaram a implementar os Protocolos', 'comienza este viernes a revertir el programa', 'began to
        enforce the order': a verb of beginning in the past or present, not negated or hedged, within four words
        before 'a'/'to' and the act's verb, reports that act as under way (for an act of starting only: 'has
        started to end the policy' is a wind-down, not an end)."""
        if index == 0 or sentence.tokens[index - 1][2] not in self.words.ASPECTUAL_TO:
            return None
        for other in triggers:
            if other.lex is None or not set(other.lex.base) & self.words.ASPECTUAL \
                    or other.form not in ("past", "present") or other.end > trigger.start \
                    or _words_between(sentence, other.end, trigger.start) > 4:
                continue
            if _scope_cue(sentence, _index(sentence, other.start), self.words) is None:
                return other
        return None

    def _attempt_undone(self, sentence: _Sentence, index: int) -> bool:
        """'tried to end X, but a court ...': an attempt word right before the verb ('intentó acabar', 'tried to
        end', 'trató de rescindir') and, after it in the sentence, a contrast word followed by a court."""
        words, tokens = self.words, sentence.tokens
        before = [w for _a, _b, w in tokens[max(0, index - 2):index]]
        if not any(w in words.ATTEMPTS for w in before):
            return False
        contrast = self._contrast_after(sentence, index)
        return contrast is not None and any(w in words.COURT_WORDS for _a, _b, w in tokens[contrast + 1:])

    def _contrast_after(self, sentence: _Sentence, index: int) -> int | None:
        """The first contrast word ('but', 'pero', 'mas') after the token `index`."""
        return next((i for i in range(index + 1, len(sentence.tokens)) if sentence.tokens[i][2] in
                     self.words.CONTRASTS), None)

    def _attempt_by_government(self, sentence: _Sentence, index: int) -> bool:
        """'Biden tried to end', 'la administración intentó rescindir': an attempt word right before the verb, not
        negated, whose subject in the clause is a president or an authority, and no 'but' after it ('intentó
        acabar con el programa, pero el Congreso se opuso': it failed; a court after the 'but' is _attempt_undone)."""
        words, tokens = self.words, sentence.tokens
        attempt = next((i for i in range(max(0, index - 2), index) if tokens[i][2] in words.ATTEMPTS), None)
        if attempt is None or any(w in words.NEGATIONS for _a, _b, w in tokens[max(0, attempt - 3):attempt]) \
                or self._contrast_after(sentence, index) is not None:
            return False
        if self._authority_subject(sentence, attempt):
            return True
        clause = sentence.clause[attempt]
        return any(_PRESIDENT.fullmatch(w) for (_a, _b, w), c in zip(tokens[:attempt], sentence.clause[:attempt],
                                                                      strict=True) if c == clause)

    def _attempt_taken(self, candidate: Candidate, _published: dt.date | None) -> None:
        """An attempt or an order to end: the stop the records hold in the candidate's time, else an announced end
        (`_attempt_outcome`)."""
        took, why = self._attempt_outcome(candidate.policy, *candidate.window())
        candidate.reasons.append(why)
        if took is None:
            candidate.status, candidate.action, candidate.announces = "announced", "announced", candidate.status

    def _attempt_outcome(self, policy: str, low: dt.date, high: dt.date) -> tuple[str | None, str]:
        """Whether an attempt to end `policy` at some day in low..high took effect, by the records: the status of
        a stop they hold in that time (the attempt ended it, whatever a court did later), else None (an end set
        in motion that never took effect, or one the records hold as announced: announced, as a directive that set
        a future end)."""
        for event in self._held_events(policy, low, high):
            if str(event.status) in _STOPPED and str(event.action) == "announced":
                # "the memo terminating MPP, issued on October 29": the records hold that memo as an announcement
                return None, f"the records hold the end announced then: {describe(event)}"
            if str(event.status) in _STOPPED:
                return str(event.status), f"the records hold a stop then: {describe(event)}"
        return None, "the records hold no stop then: an end set in motion that did not take effect, announced"

    def _records_time(self, candidate: Candidate, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
        """The time in which to look up the records for a candidate: its own window if a month at most; undated,
        the week before publication; else None."""
        low, high = candidate.window()
        if _undated(candidate):
            return (published - dt.timedelta(days=7), published) if published is not None else None
        return (low, high) if (high - low).days < _HELD_SPAN else None

    def _stop_outcome(self, candidate: Candidate, published: dt.date | None) -> None:
        """'said it stopped enrolling new people into the Remain in Mexico program' (2022-08-08): stopping an
        operation pauses a policy, unless the records hold a stop of it then, whose status it takes (the records
        end MPP that day: terminated), on the records' day if the text gives none."""
        time = self._records_time(candidate, published)
        if time is None:
            return
        stops = [e for e in self._held_events(candidate.policy, *time) if str(e.status) in _STOPPED]
        if not stops or len({str(e.status) for e in stops}) > 1:
            return
        event = stops[-1]
        if str(event.status) != candidate.status:
            candidate.status, candidate.action = str(event.status), str(event.action or event.status)
        _held_as(candidate, event, f"the records hold a stop of the policy then: {describe(event)}; the stop is that")

    def _kept_outcome(self, candidate: Candidate, published: dt.date | None) -> None:
        """A court that refused an end kept the policy as it was: where the records hold a court's act on it in the
        candidate's time, the status they give it (the revival a court ordered, not yet operated: suspended), on
        the records' day if the text gives none."""
        time = self._records_time(candidate, published)
        if time is None:
            return
        acts = [e for e in self._held_events(candidate.policy, *time) if _by_court(e)]
        if not acts:
            return
        event = acts[-1]
        candidate.status, candidate.action = str(event.status), str(event.action or event.status)
        _held_as(candidate, event, f"the records hold a court's act then: {describe(event)}; the policy was kept so")

    def _announced_outcome(self, candidate: Candidate, published: dt.date | None) -> None:
        """'anunciou oficialmente o fim do aplicativo CBP One' (published 2025-01-20): where the records hold, in
        the candidate's time (a month at most; undated, the week before publication), the act announced and no
        announcement of it, the act took effect as it was announced: that act, on the records' day if the text
        gives none."""
        time = self._records_time(candidate, published)
        if time is None or candidate.announces is None:
            return
        events = self._held_events(candidate.policy, *time)
        done = [e for e in events if str(e.status) == candidate.announces]
        if not done or any(str(e.status) == "announced" or str(e.action) == "announced" for e in events):
            return
        event = done[-1]
        candidate.status, candidate.action, candidate.announces = candidate.announces, str(
            event.action or event.status), None
        _held_as(candidate, event, f"the records hold the act announced, then, and no announcement of it: "
                                   f"{describe(event)}; it took effect as announced")

    def _dated_clause(self, sentence: _Sentence, index: int) -> bool:
        """A date in the trigger's clause after it, past or to come ("will expire on May 11, 2023")."""
        clause = sentence.clause[index]
        a = sentence.tokens[index][0]
        dates = sentence.dates + find_dates(self.text, a, sentence.end, None, self.words)
        return any(d.start > a and sentence.clause[_index(sentence, d.start)] == clause for d in dates)

    def _reported_by(self, sentence: _Sentence, index: int) -> tuple[int, DateMention | None] | None:
        """The reporting verb ("said", "announced", "anunció") whose complement holds token `index`: in the
        token's own clause ("announced Thursday it would end ..."), or in the clause just before a clause that
        "that"/"que" opens ("announced that MPP — commonly ... — will be ...")."""
        words = self.words
        clause = sentence.clause[index]
        opener = sentence.clause.index(clause)
        allowed = {clause}
        if sentence.tokens[opener][2] in words.COMPLEMENTIZERS and opener > 0:
            allowed.add(sentence.clause[opener - 1])
            # "anunció durante su discurso de investidura como el nuevo presidente ... que se retomará": an "as"
            # phrase between the verb and its "que" is the verb's clause still
            before = sentence.clause.index(sentence.clause[opener - 1])
            if before > 0 and sentence.tokens[before][2] in words.AS:
                allowed.add(sentence.clause[before - 1])
        for back in range(index - 1, -1, -1):
            word = sentence.tokens[back][2]
            if word in (";",):
                return None
            if word in words.SPEECH and sentence.clause[back] in allowed:
                if _negated(sentence, back, words):
                    return None
                verb_clause = sentence.clause[back]
                dates = [d for d in sentence.dates if sentence.clause[_index(sentence, d.start)] == verb_clause
                         or _index(sentence, d.start) == back + 1]
                return back, (min(dates, key=lambda d: abs(d.start - sentence.tokens[back][0])) if dates else None)
        return None

    def _as_announcement(self, sentence: _Sentence, proto: _Proto, speech: tuple[int, DateMention | None]) -> None:
        verb_index, verb_date = speech
        verb = sentence.tokens[verb_index][2]
        if verb not in self.words.ANNOUNCE and verb_date is None:
            proto.reasons.append(f"a future change reported by '{verb}', undated: not an announcement")
            proto.confidence, proto.set_aside = 0.1, True
            return
        speaker = next((w for _a, _b, w in sentence.tokens[max(0, verb_index - 12):verb_index]
                        if w in self.words.CANDIDATES), None)
        if speaker is not None:
            # "El expresidente y candidato republicano, Donald Trump, dijo este miércoles que ... eliminará": a
            # campaign's promise, not an announcement by those who run the policy
            proto.reasons.append(f"a future change a '{speaker}' says: a promise, not an announcement")
            proto.confidence, proto.set_aside = 0.1, True
            return
        proto.announces = proto.status
        proto.status, proto.action = "announced", "announced"
        proto.anchor = sentence.tokens[verb_index][0]
        proto.clause = sentence.clause[verb_index]
        proto.set_aside = False
        proto.confidence = min(max(proto.confidence, 0.75), 0.85)
        if verb_date is not None:
            proto.date = verb_date
        proto.reasons.append(f"'{verb}' reports a future change: an announcement of it, dated by '{verb}'")

    def _authority_subject(self, sentence: _Sentence, index: int) -> bool:
        clause = sentence.clause[index]
        before = [w for (a, _b, w), c in zip(sentence.tokens[:index], sentence.clause[:index], strict=True)
                  if c == clause]
        joined = " ".join(before)
        return any(word in self.words.AUTHORITIES for word in before) \
            or any(phrase in joined for phrase in self.words.AUTHORITY_PHRASES)

    def _policy_for(self, sentence: _Sentence, trigger: Trigger, index: int, reasons: list[str],
                    triggers: Sequence[Trigger] = ()) -> tuple[Mention, float] | None:
        """The policy a trigger is about, and a starting confidence."""
        words = self.words
        clause = sentence.clause[index]
        mentions = [m for m in sentence.mentions if self._in_clause(sentence, m, clause, trigger, triggers)]
        # "struck down Biden's rule, deeming it arbitrary": a pronoun well after the verb is not its object
        mentions = [m for m in mentions if not (
            m.start >= trigger.end and self.text[m.start:m.end].lower() in words.PRONOUNS
            and _words_between(sentence, trigger.end, m.start) > 2)]
        after = [m for m in mentions if m.start >= trigger.end]
        before = [m for m in mentions if m.end <= trigger.start]
        gap_after = len(_words_to_object(sentence, trigger.end, after[0].start)) if after else None
        if after and after[0].kind == "description" and gap_after is not None and gap_after > 3:
            # "blocked the administration's policy requiring asylum seekers to wait in Mexico": the head noun
            # stands for the description that follows it
            between = _words_to_object(sentence, trigger.end, after[0].start)
            head = next((i for i, w in enumerate(between[:4]) if w in words.HEADS), None)
            if head is not None and len(between) - head <= 10:
                gap_after = head
        # words in a parenthesis do not count ("Os Protocolos ... (conhecidos como "Fique no México" ou MPP) foram
        # introduzidos")
        gap_before = sum(1 for (a, b, w), c in zip(sentence.tokens, sentence.clause, strict=True)
                         if a >= before[-1].end and b <= trigger.start and w[0].isalnum()
                         and c not in sentence.asides) if before else None
        # "was first initiated", "was formally implemented": an adverb between the auxiliary and the participle
        preceding = [w for a, _b, w in sentence.tokens if a < trigger.start and w[0].isalnum()
                     and not (w.endswith("ly") or w in words.OPENING_ADVERBS)]
        passive = bool(preceding) and preceding[-1] in words.PASSIVE
        lex = trigger.lex
        if trigger.form == "state":
            if after and gap_after is not None and gap_after <= 1:
                reasons.append(f"'{trigger.text}' describes the policy that follows")
                return after[0], _start_confidence(after[0], 0.7)
            if before and gap_before is not None and gap_before <= 3 and passive:
                reasons.append(f"'{trigger.text}' says what the policy before it is now")
                return before[-1], _start_confidence(before[-1], 0.75)
            return None
        if trigger.form == "possessive":
            if trigger.text[0] in "'’":  # "the program's inception": the noun right before owns the act
                owner = before[-1] if before and self.text[before[-1].end:trigger.start].strip().lower() in (
                    "", *words.HEADS) else None
                if owner is None:
                    return None
                reasons.append(f"'{trigger.text}' is an act of the policy it follows")
                return owner, _start_confidence(owner, 0.75)
            owner = before[-1] if before else self._salient_before(sentence)
            if owner is None:
                return None
            reasons.append(f"'{trigger.text.split()[0]}' is the policy named before")
            return owner, min(_start_confidence(owner, 0.7), 0.65)
        if trigger.form == "noun" or (lex is not None and (lex.object_only or lex.part_only)):
            between = _words_to_object(sentence, trigger.end, after[0].start) if after else []
            # "announced Thursday it has restarted CHNV": the policy is the object of the verb between them
            # "announced it has already restarted CHNV": a pronoun before another verb of the lexicon is that
            # verb's subject
            direct = not any(w in words.PREPOSITIONS for w in between) and not (after and any(
                t.status is not None and trigger.end <= t.start and t.end <= after[0].start for t in triggers)) \
                and not (after and self.text[after[0].start:after[0].end].lower() in words.PRONOUNS and any(
                    t.status is not None and t.start >= after[0].end
                    and _words_between(sentence, after[0].end, t.start) <= 3 for t in triggers))
            if after and gap_after is not None and gap_after <= 3 and (direct or trigger.form == "noun") \
                    and not (lex is not None and lex.part_only):
                reasons.append(f"'{trigger.text}' names its object: the policy follows")
                return after[0], _start_confidence(after[0], 0.9 if trigger.form != "noun" else 0.7)
            part = self._part_then_policy(sentence, trigger, after)
            if part is not None:
                reasons.append(f"'{trigger.text}' acts on a part of the policy ('{part[1]}')")
                return part[0], _start_confidence(part[0], 0.85 if trigger.form != "noun" else 0.7)
            if lex is not None and lex.part_only:
                return None
            # "el programa, que Trump creó en 2019": the relative pronoun is the object, the policy before it
            first = _first_of_clause(sentence, index)
            if before and first is not None and first < index and sentence.tokens[first][2] in words.RELATIVES \
                    and before[-1].end <= sentence.tokens[first][0] and trigger.form in ("past", "present"):
                reasons.append(f"'{trigger.text}' in a relative clause on the policy: the policy is its object")
                return before[-1], _start_confidence(before[-1], 0.8)
            # the passive or a participle after its noun: "announced in December", "the program, initially
            # announced for Venezuelans in October 2022"
            # "el Título 42, que comenzó a aplicarse en 2020": a reflexive infinitive is a passive too
            reflexive = trigger.form == "base" and trigger.text.lower().endswith("rse")
            if before and gap_before is not None and (passive or reflexive or trigger.form == "participle"
                                                      or (_right_after(sentence, before[-1], trigger, words)
                                                          and not self._has_object(sentence, trigger))):
                continued = sentence.clause[_index(sentence, before[-1].start)] != clause and \
                    sentence.tokens[_first_of_clause(sentence, index)][2] in words.AND
                if gap_before <= 6 or continued:
                    # "... started in San Diego earlier this year, and last week were extended to ...": the subject
                    # an "and" clause continues (_in_clause)
                    reasons.append(f"'{trigger.text}' in the passive, the policy before it")
                    return before[-1], _start_confidence(before[-1], 0.85)
            # "Announced in December 2018 and implemented a month later, the program ...", as for any verb below
            fronted = self._fronted_pick(sentence, trigger, index, reasons)
            if fronted is not None:
                return fronted
            return self._dropped_subject(sentence, index, trigger, reasons) if passive else None
        options = []
        if gap_after is not None and gap_after <= 8:
            options.append((gap_after + (4 if passive else 0), after[0], "after"))
        if gap_before is not None and gap_before <= 12:
            options.append((gap_before + (0 if passive else 2), before[-1], "before"))
        if options:
            _, mention, side = min(options, key=lambda option: option[0])
            gap = gap_after if side == "after" else gap_before
            reasons.append(f"policy named {gap} word(s) {side} '{trigger.text}'")
            return mention, _start_confidence(mention, 0.9 if gap <= 4 else 0.75)
        if before and self._subject_past_relative(sentence, before[-1], trigger, triggers):
            # "La medida sanitaria que permitía ... bloquear el acceso ... expiró este jueves": the policy is the
            # subject of the verb after its relative clause
            reasons.append(f"the policy is the subject of '{trigger.text}', after its relative clause")
            return before[-1], _start_confidence(before[-1], 0.75)
        if after or before:
            reasons.append(f"policy named far from '{trigger.text}'")
            return (after or before)[0], _start_confidence((after or before)[0], 0.55)
        if trigger.form in ("past", "participle"):
            fronted = self._fronted_pick(sentence, trigger, index, reasons)
            if fronted is not None:
                return fronted
            owner = self._bridged(sentence, index)
            if owner is not None:
                reasons.append(f"'{trigger.text}' acts on a part of the policy named before")
                return owner, min(_start_confidence(owner, 0.6), 0.6)
            if passive:
                return self._dropped_subject(sentence, index, trigger, reasons)
        return None

    def _dropped_subject(self, sentence: _Sentence, index: int, trigger: Trigger,
                         reasons: list[str]) -> tuple[Mention, float] | None:
        """The policy a passive with no subject is about, in a language that drops the subject: 'Fue aplicada por
        la administración Trump' (the policy the previous sentence named), 'El MPP siguió aplicándose hasta que
        fue eliminado' (the sentence's own subject)."""
        owner = self._null_subject(sentence, index)
        if owner is not None:
            reasons.append(f"a passive with no subject ('{sentence.tokens[index - 1][2]} {trigger.text}'): the policy "
                           "the previous sentence named")
            return owner, min(_start_confidence(owner, 0.6), 0.6)
        subordinate = self._subordinate_subject(sentence, index)
        if subordinate is None:
            return None
        reasons.append(f"a passive with no subject in a clause '{sentence.tokens[subordinate[1]][2]}' opens: the "
                       "sentence's subject")
        return subordinate[0], min(_start_confidence(subordinate[0], 0.65), 0.65)

    def _subject_past_relative(self, sentence: _Sentence, mention: Mention, trigger: Trigger,
                               triggers: Sequence[Trigger]) -> bool:
        """Whether the mention opens the sentence's first clause, a relative clause follows it right away, and the
        trigger is the first verb of the lexicon after it that reports an act (its own words base forms only)."""
        tokens, words = sentence.tokens, self.words
        after = [w for a, _b, w in tokens if a >= mention.end and w[0].isalnum()][:6]
        while after and after[0] in words.HEADS:
            after.pop(0)
        # "the program for migrants who ...": the head noun and a short phrase on it may come first
        if after and after[0] in words.PREPOSITIONS:
            after = after[next((i for i, w in enumerate(after[:4]) if w in words.RELATIVES), 0):]
        index = _index(sentence, trigger.start)
        perfect = trigger.form == "participle" and index > 0 and tokens[index - 1][2] in words.PERFECT
        if not after or after[0] not in words.RELATIVES or (trigger.form not in ("past", "present") and not perfect):
            return False
        if any(m is not mention and mention.end <= m.start < trigger.start for m in sentence.mentions):
            return False
        return not any(mention.end <= t.start < trigger.start and t.form not in ("base", "noun") for t in triggers) \
            and _words_between(sentence, mention.end, trigger.start) <= 25

    def _has_object(self, sentence: _Sentence, trigger: Trigger) -> bool:
        """A past form right after the policy with an object of its own is active, the policy its subject ("the
        program created chaos", "the policy established a quota"), not a participle on the policy ("the program,
        created in 2019", "MPP, initially announced for Venezuelans")."""
        if trigger.form != "past":
            return False
        following = next(((a, w) for a, _b, w in sentence.tokens if a >= trigger.end), None)
        if following is None or not following[1][0].isalnum() or _in_date(sentence, following[0]):
            return False
        return following[1] not in self.words.PREPOSITIONS and following[1] not in self.words.BY

    def _null_subject(self, sentence: _Sentence, index: int | None = None) -> Mention | None:
        """'... conocida como Título 42. Fue aplicada por la administración Trump ...': Spanish and Portuguese
        drop the subject; a sentence that opens with a passive ('Fue aplicada', 'Foi criado') is about the policy
        the previous sentence named (only one). `index`: the participle's token, right after the auxiliary."""
        tokens, words = sentence.tokens, self.words
        # "Y se hizo efectivo en enero de 2019": a conjunction may open it
        first = 1 if tokens and tokens[0][2] in words.AND_BUT else 0
        opening = len(tokens) > first + 1 and (
            tokens[first][2] in words.PASSIVE
            or (index is None and words.EFFECT.match(self.text, tokens[first][0]) is not None))
        if not words.NULL_SUBJECTS or not opening or (index is not None and index != first + 1) or any(
                sentence.clause[_index(sentence, m.start)] == sentence.clause[first] for m in sentence.mentions):
            return None
        return self._salient_before(sentence)

    def _subordinate_subject(self, sentence: _Sentence, index: int) -> tuple[Mention, int] | None:
        """'El MPP siguió aplicándose ..., hasta que fue eliminado en agosto de 2022': in a language that drops
        the subject, a passive with no subject in a clause a subordinator opens is about the sentence's subject,
        the one policy named at its start (no preposition before it). The mention, and the opener's token."""
        words, tokens = self.words, sentence.tokens
        first = _first_of_clause(sentence, index)
        if not words.NULL_SUBJECTS or first is None or first == 0 \
                or (tokens[first][2] not in words.SUBORDINATORS and tokens[first][2] not in words.UNTIL):
            return None
        clause = sentence.clause[index]
        if any(sentence.clause[_index(sentence, m.start)] == clause for m in sentence.mentions) \
                or len({m.policy for m in sentence.mentions}) != 1:
            return None
        subject = sentence.mentions[0]
        opening = [w for a, _b, w in tokens if a < subject.start]
        if sentence.clause[_index(sentence, subject.start)] != sentence.clause[0] \
                or any(w in words.PREPOSITIONS or w in words.SUBORDINATORS for w in opening):
            return None
        return subject, first

    def _fronted_pick(self, sentence: _Sentence, trigger: Trigger, index: int,
                      reasons: list[str]) -> tuple[Mention, float] | None:
        """The main clause's subject for a past or participle in a clause that opens the sentence, with its
        confidence and reason (`_fronted_subject`)."""
        if trigger.form not in ("past", "participle"):
            return None
        subject = self._fronted_subject(sentence, index)
        if subject is None:
            return None
        reasons.append(f"'{trigger.text}' in a participle clause that opens the sentence: its subject is the main "
                       "clause's")
        return subject, _start_confidence(subject, 0.75)

    def _fronted_subject(self, sentence: _Sentence, index: int) -> Mention | None:
        """'Initially launched in 2022 for Venezuelans and expanded in 2023, the program permitted ...': a
        participle clause that opens the sentence is about the main clause's subject, after the comma."""
        tokens = sentence.tokens
        first = next((i for i, (_a, _b, w) in enumerate(tokens) if not (w.endswith(("ly", "mente"))
                                                                       or w in self.words.OPENING_ADVERBS)), None)
        if first is None or first > index:
            return None
        opening = [t for t in find_triggers(self.text, tokens[first][0], tokens[first][1], self.words)
                   if t.start == tokens[first][0] and t.form in ("past", "participle")]
        if not opening:
            return None
        for comma in range(first + 1, len(tokens)):
            if tokens[comma][2] != ",":
                continue
            following = list(range(comma + 1, min(comma + 5, len(tokens))))
            starts = []
            for i in following:
                starts.append(tokens[i][0])
                if tokens[i][2] not in self.words.DETERMINERS and tokens[i][2] not in self.words.HEADS:
                    break  # "the program", "o programa Fique no México": a determiner and a head before the name
            subject = next((m for m in sentence.mentions if m.start in starts), None)
            if subject is not None:
                return subject if index < comma else None
        return None

    def _bridged(self, sentence: _Sentence, index: int) -> Mention | None:
        """'O governo desativou o CBP One. ... todos os agendamentos foram cancelados': a part of the policy
        (appointments, enrollments) stands for the policy the text just named."""
        tokens = sentence.tokens
        clause = sentence.clause[index]
        near = [w for i, (_a, _b, w) in enumerate(tokens) if abs(i - index) <= 4 and i != index
                and sentence.clause[i] == clause]
        if not any(w in self.words.POLICY_PARTS for w in near):
            return None
        named = [m for m in sentence.mentions if m.end <= tokens[index][0]]
        return named[-1] if named else self._salient_before(sentence)

    def _salient_before(self, sentence: _Sentence) -> Mention | None:
        """The policy the previous sentence named, if it named only one."""
        if self.previous is None:
            return None
        policies = {m.policy for m in self.previous.mentions if m.policy}
        if len(policies) != 1:
            return None
        return next(m for m in reversed(self.previous.mentions) if m.policy)

    def _in_clause(self, sentence: _Sentence, mention: Mention, clause: int, trigger: Trigger,
                   triggers: Sequence[Trigger]) -> bool:
        """A mention the trigger may be about: in its clause; or, for a relative clause ("MPP, which was
        launched ..."), the noun before it; or the subject of the clause an "and" continues; or the subject of
        the sentence's first clause, after a relative clause of its own ("The Remain in Mexico program for
        migrants who entered ... and claimed ... has expanded")."""
        mention_index = _index(sentence, mention.start)
        if sentence.clause[mention_index] == clause:
            return True
        words = self.words
        if mention.end <= trigger.start and sentence.clause[mention_index] == sentence.clause[0]:
            # not "a June 30 ruling on MPP, which took effect": a preposition before it, and the relative's own verb
            relative = next((i for i in range(mention_index, len(sentence.tokens))
                             if sentence.tokens[i][2] in words.RELATIVES), None)
            if relative is not None and _index(sentence, trigger.start) - relative > 3 \
                    and not any(w in words.PREPOSITIONS for a, _b, w in sentence.tokens if a < mention.start) \
                    and self._subject_past_relative(sentence, mention, trigger, triggers):
                return True
        trigger_index = _index(sentence, trigger.start)
        first = _first_of_clause(sentence, trigger_index)
        if first is None:
            return False
        opener = sentence.tokens[first][2]
        if opener in words.RELATIVES and mention.end <= sentence.tokens[first][0]:
            between = [w for a, _b, w in sentence.tokens if mention.end <= a < sentence.tokens[first][0]]
            # "a June 30 ruling on MPP, which took effect ...": the relative is the ruling's, not the policy's
            head = [w for a, _b, w in sentence.tokens if a < mention.start][-3:]
            if len(head) >= 2 and head[-1] in words.PREPOSITIONS and any(w in words.EVENT_NOUNS for w in head[:-1]):
                return False
            alnum = [w for w in between if w[0].isalnum()]
            if not alnum:
                return True
            # an apposition first: "MPP, a policy that was launched", "el programa “Quédate en México”, política
            # migratoria que se instauró" (after the policy's own head noun and quotes, if any)
            rest = [w for w in between if w not in _QUOTES]
            while rest and rest[0] in words.HEADS:
                rest.pop(0)
            apposition = [w for w in rest[1:] if w[0].isalnum()]
            if rest[:1] == [","] and len(apposition) == len(rest) - 1 and len(apposition) <= 4 \
                    and bool(set(apposition) & words.APPOSITIVE_HEADS):
                return True
            # a participle and its agent first: "a public health order issued by the Centers for Disease Control
            # and Prevention that went into effect March 21"
            return len(alnum) <= 10 and len(alnum) == len(between) and alnum[0] in words.AGENT_PARTICIPLES \
                and alnum[1:2] and alnum[1] in words.AGENTS and not any(w in words.RELATIVES for w in alnum[2:])
        if opener in words.AND_BUT and mention.end <= sentence.tokens[first][0]:
            own = [m for m in sentence.mentions if sentence.clause[_index(sentence, m.start)] == clause
                   and m.end <= trigger.start]
            previous_clause = sentence.clause[first - 1] if first else None
            # "and last week were extended": a date between the "and" and the verb does not count
            between = sum(1 for a, _b, _w in sentence.tokens[first + 1:trigger_index] if not _in_date(sentence, a))
            if not own and sentence.clause[mention_index] == previous_clause and between <= 2:
                # the subject only: in "issued an order to pause the program, and began allowing ...", the
                # program is the object of a verb before it, and "began" is the president's
                clause_start = sentence.tokens[sentence.clause.index(previous_clause)][0]
                return not find_triggers(self.text, clause_start, mention.start, words)
            # "MPP, which Trump started in 2019 and Biden ended in 2021": the second verb of a relative clause
            previous_first = _first_of_clause(sentence, first - 1) if first else None
            return not own and trigger_index - first <= 4 and previous_first is not None \
                and sentence.tokens[previous_first][2] in words.RELATIVES \
                and mention.end <= sentence.tokens[previous_first][0] \
                and all(not w[0].isalnum() or w in words.HEADS for a, _b, w in sentence.tokens
                        if mention.end <= a < sentence.tokens[previous_first][0])
        # "suspended and later terminated MPP": a verb that ends its clause shares the next one's object
        following = sentence.tokens[trigger_index + 1:trigger_index + 2]
        if mention.start >= trigger.end and following and following[0][2] in words.AND_OR \
                and sentence.clause[mention_index] == sentence.clause[trigger_index + 1] \
                and _words_between(sentence, trigger.end, mention.start) <= 5:
            return True
        return False

    def _part_then_policy(self, sentence: _Sentence, trigger: Trigger,
                          after: list[Mention]) -> tuple[Mention, str] | None:
        """'expansion of available appointments ... through the CBP One app': a part, then the policy."""
        if not after:
            return None
        span = [w for a, _b, w in sentence.tokens if trigger.end <= a < after[0].start]
        alnum = [w for w in span if w[0].isalnum()]
        part = next((w for w in alnum[:4] if w in self.words.POLICY_PARTS), None)
        if part is not None and len(alnum) <= 9:
            return after[0], part
        return None

    # -- what the clause says of the act --

    def _assess(self, sentence: _Sentence, trigger: Trigger, triggers: list[Trigger], index: int, proto: _Proto,
                speech) -> str | None:
        """Set the proto aside, or lower its confidence, for negation, modality and the like. Returns 'future'
        when the act is a plan (an announcement may report it)."""
        words = self.words
        tokens = sentence.tokens
        reasons = proto.reasons
        before = [w for a, _b, w in tokens[:index] if w[0].isalnum()]

        def aside(reason: str, confidence: float = 0.1) -> None:
            reasons.append(reason)
            proto.confidence, proto.set_aside = confidence, True

        lex = trigger.lex
        head = next((w for a, _b, w in tokens if a >= proto.mention.end and w[0].isalnum()), None)
        if proto.mention.start >= trigger.end and head in words.INSTRUMENTS \
                and not self.matcher.called(proto.mention.policy, head):
            # "court lifts 'Remain in Mexico' order": the act is on an order about the policy, not on the policy
            aside(f"the policy names the '{head}' that '{trigger.text}' acts on: an order about it, not the policy")
            return None
        if trigger.form == "future":
            cue = _scope_cue(sentence, index, words)
            if cue is not None and cue[0] in ("negation", "modality", "infinitive"):
                aside(f"{cue[0]} '{cue[1]}' before '{trigger.text}': not a reported act")
                return None
            return "future"
        if trigger.form == "conditional":
            aside(f"'{trigger.text}' in the conditional: not a reported act")
            return None
        if trigger.form == "noun" and index > 0 and tokens[index - 1][2] in words.AHEAD_ADJECTIVES:
            # "the imminent end of the rules known as Title 42", "el inminente fin del Título 42": still to come
            aside(f"'{tokens[index - 1][2]} {trigger.text}': an act still to come, not a reported one")
            return None
        if trigger.form == "base" and proto.status in _STOPPED and self._attempt_undone(sentence, index):
            # "Biden intentó acabar con este programa, pero un tribunal de Texas ordenó reinstaurarlo": the end
            # took effect until a court undid it (the records' convention)
            reasons.append(f"an attempt to '{trigger.text}' that a court undid later: it took effect until then")
            proto.confidence = min(proto.confidence, 0.6)
            return None
        if trigger.form == "base" and proto.status in _STOPPED and self._attempt_by_government(sentence, index):
            # "Biden intentó rescindir esta política el año pasado", "the administration attempted to lift Title 42
            # through a similar CDC directive": an end the government set in motion; the records say whether it
            # took effect (_attempt_outcome)
            reasons.append(f"an attempt by the government to '{trigger.text}'")
            proto.confidence = min(proto.confidence, 0.5)
            proto.outcome = "attempt"
            return None
        if trigger.form == "base":
            cue = _scope_cue(sentence, index, words)
            periphrastic = before[-1:] and before[-1] in words.FUTURE or (
                before[-2:-1] and before[-2] in words.FUTURE and before[-1] in words.GOING_TO)  # "va a suspender"
            reported_future = cue is not None and cue[1] in words.WOULD and speech is not None
            if (periphrastic and (cue is None or cue[0] == "future")) or reported_future:
                return "future"
            if cue is not None and cue[0] == "future":
                return "future"
            # "announced that it intended to wind down the policy", "anunció que planea terminar", "said late Monday
            # it is preparing to end": an announced plan (a plan stated with no dated report of it is not)
            intent = cue is not None and ((cue[0] == "infinitive" and len(before) >= 2 and before[-2] in words.INTENT)
                                          or (cue[0] == "modality" and cue[1] in words.INTENT))
            if intent and speech is not None and (sentence.tokens[speech[0]][2] in words.ANNOUNCE
                                                  or speech[1] is not None):
                return "future"
            aspect = self._begun_by(sentence, trigger, triggers, index) if proto.status not in _STOPPED else None
            if aspect is not None:
                reasons.append(f"'{aspect.text} … {trigger.text}': a verb of beginning reports the act")
                return None
            aside(f"'{trigger.text}' in its base form ('to end', 'will end'): not a reported act")
            return None
        if trigger.form == "progressive":
            # the word before, skipping one adverb ("is quickly ending", "for unlawfully terminating it", "after first
            # launching it")
            adverb = before and (before[-1].endswith("ly") or before[-1] in words.OPENING_ADVERBS)
            auxiliary = before[-1] if before and not adverb else (before[-2:-1] or [""])[0]
            if auxiliary in words.PROGRESSIVE_AUXILIARIES:
                proto.confidence -= 0.1
            elif auxiliary in words.PASSING:
                reasons.append(f"'{trigger.text}' after '{auxiliary}': an act stated in passing")
                proto.confidence = min(proto.confidence, 0.6)
            else:
                aside(f"'{trigger.text}' without 'is/are/was/were': a gerund or participle, not a reported act")
                return None
        if proto.status == "active" and proto.mention.start >= trigger.end:
            draft = next((w for a, _b, w in tokens if trigger.end <= a < proto.mention.start and w in words.DRAFTS),
                         None)
            if draft is not None:
                # "introduced a draft rule to restrict asylum": the policy proposed, not in effect
                proto.status, proto.action = "proposed", "proposed"
                reasons.append(f"'{draft}': a draft of the policy, proposed")
        opener = sentence.tokens[_first_of_clause(sentence, index)][2]
        present_passive = trigger.form in ("past", "participle") and before[-1:] and before[-1] in words.PRESENT_BE
        if opener in words.CONDITIONS and (trigger.form == "present" or present_passive):
            # "after Title 42 is lifted", "when the policy is lifted, there will be ...", "as Title 42 ends": a
            # time or condition to come, not a reported act
            aside(f"'{trigger.text}' in the present after '{opener}': a time or condition, not a reported act")
            return None
        if trigger.form == "present":
            complement = speech is not None and (opener not in words.SUBORDINATORS or opener in words.COMPLEMENTIZERS)
            # "DHS ends MPP on Monday": a present with a day that has come is a report (the historical present)
            dated = any(d.exact and sentence.clause[_index(sentence, d.start)] == sentence.clause[index]
                        for d in sentence.dates)
            if not (sentence.headline or complement or dated):
                aside(f"'{trigger.text}' in the present tense in running text: a habit or a plan, not a "
                      "reported act")
                return None
            proto.confidence -= 0.1
        elif trigger.form in ("noun", "possessive"):
            proto.confidence -= 0.1
            if any(w in words.ANNOUNCEMENT_NOUNS for w in before[-3:]):
                # "el anuncio de su reinicio", "the announcement of its end": an announcement of the act
                proto.announces, proto.status, proto.action = proto.status, "announced", "announced"
                reasons.append("the announcement of the act: announced")
            elif any(w in words.ANNOUNCE for w in _words_to_object(sentence, sentence.start, trigger.start)[-3:]) \
                    and proto.status != "announced" \
                    and proto.action not in ("expanded", "amended"):
                # "Trump anunció el restablecimiento del programa", "announced the end of Title 42": the change
                # of status announced ("announced the expansion of appointments" makes it, as changes are made)
                proto.announces, proto.status, proto.action = proto.status, "announced", "announced"
                proto.outcome = "announced"
                reasons.append("an announcing verb governs the act: announced")
            reversal = next((w for w in before[-5:] if w in words.REVERSALS or w in words.LIFTING), None)
            if reversal is not None and reversal in words.LIFTING and proto.status == "suspended" \
                    and self._court_in_clause(sentence, index) is None:
                # "DHS lifted the pause on the CHNV program", "levantó la suspensión del programa": it resumes
                proto.status, proto.action = "active", "resumed"
                reasons.append(f"'{reversal}' ends the '{trigger.text.split()[0]}': the policy resumes")
            elif reversal is not None:
                # "vacated the termination of MPP" reports the undoing of the act the noun names
                aside(f"'{reversal}' undoes the '{trigger.text}' it governs: not that act")
                return None
        following = [w for _a, _b, w in tokens[index + 1:index + 3]]
        if trigger.lex is not None and set(trigger.lex.base) & words.ASPECTUAL and following[:1] \
                and following[0] in words.REFLEXIVE_TO \
                and len(following) > 1 and following[1].endswith(("rse", "r-se")) \
                and not any(t.text.lower() == following[1] and t.status == "active" for t in triggers):
            # "han comenzado a reportarse las cancelaciones": what began is the reflexive verb's subject
            aside(f"'{trigger.text} {following[0]} {following[1]}': something else begins, not the policy", 0.2)
            return None
        if trigger.lex is not None and following[:1] and following[0] in words.ASPECTUAL_TO and any(
                t.start > trigger.end and t.status is not None and t.form == "base"
                and _words_between(sentence, trigger.end, t.start) <= 2 for t in triggers) \
                and set(trigger.lex.base) & words.ASPECTUAL:
            # "has started to end the policy", "comienza a revertir el programa": the act is the verb it governs
            aside(f"'{trigger.text}' begins another act (the verb after it), not the policy", 0.2)
            return None
        if trigger.form in ("noun", "possessive") and proto.mention.start >= trigger.end:
            after_policy = [w for a, _b, w in tokens if a >= proto.mention.end][:2]
            # "para" before a noun is "for" ("a finalização do programa CHNV para cidadãos de Cuba"), not a purpose
            purpose_for = after_policy[:1] and after_policy[0] in words.PURPOSE and not (
                after_policy[1:] and after_policy[1].endswith(("ar", "er", "ir", "ír", "or")))
            if any(w in words.MODALS or w in words.FUTURE for w in after_policy[:1]) and not purpose_for:
                # "the suspension of the policy would overwhelm ...": a hypothetical act, the subject of a modal
                aside(f"the '{trigger.text.split()[0]}' is the subject of '{after_policy[0]}': a hypothetical act")
                return None
        plain = [w for w in before[-4:] if not w.endswith("ly")]  # "that had temporarily blocked"
        if plain[-2:-1] and plain[-2] in words.RELATIVES and plain[-1:] and plain[-1] in words.PAST_PERFECT:
            aside(f"'{plain[-2]} {plain[-1]} {trigger.text}': an earlier act described in passing")
            return None
        # a participle right after its noun ("to end the program created in 2022") is a clause of its own: the
        # words before the noun do not reach it
        relative = trigger.form in ("past", "participle") and proto.mention.end <= trigger.start \
            and _right_after(sentence, proto.mention, trigger, words)
        cue = None if relative else _scope_cue(sentence, index, words)
        if cue is not None and trigger.form == "noun" and _purpose_of_another_verb(sentence, index, cue, words):
            # "para lidiar con la expiración de la orden de salud pública": the purpose is the verb's; the act the
            # noun names is a fact that verb presupposes
            reasons.append(f"'{cue[1]}' governs another verb: the '{trigger.text.split()[0]}' it names is a fact")
            cue = None
        if cue is not None:
            kind, word = cue
            if kind == "future" or (kind == "modality" and word in words.WOULD and speech is not None):
                return "future"
            no_longer = kind == "negation" and proto.status == "active" and proto.action == "implemented" \
                and words.NO_LONGER.search(self.text, max(sentence.start, trigger.start - 40), trigger.start)
            if no_longer:
                # "Desde este jueves ya no se aplica el título 42", "no longer applies": it has ended
                proto.status, proto.action = "terminated", "terminated"
                reasons.append(f"'{' '.join(no_longer.group().split())} {trigger.text}': it no longer applies, an end")
                return None
            aside(f"{kind} '{word}' before '{trigger.text}': not a reported act")
            return None
        if sentence.tokens[-1][2] == "?" or self.text[sentence.start:sentence.end].rstrip("\"”’'").endswith("?"):
            aside("a question, not a statement")
            return None
        if trigger.form in ("past", "participle") and _adjectival(sentence, index, proto.mention, words):
            aside(f"'{trigger.text}' used as an adjective ('the {trigger.text.lower()} policy'): "
                  "presupposes the act without reporting it", 0.2)
            return None
        via_part = proto.mention.start >= trigger.end and any(
            w in words.POLICY_PARTS for a, _b, w in tokens if trigger.end <= a < proto.mention.start)
        opener = sentence.tokens[_first_of_clause(sentence, index)][2]
        relative_on_it = opener in words.RELATIVES and proto.mention.end <= sentence.tokens[
            _first_of_clause(sentence, index)][0]
        # "a pause on the program", "a freeze on MPP": the preposition is the noun's own link, not a means
        own_link = trigger.form == "noun" and proto.mention.start >= trigger.end \
            and _words_between(sentence, trigger.end, proto.mention.start) <= 3
        # "came under the parole program launched by former president Joe Biden": the participle is the program's
        # own (its launch), whatever the program is the means of
        own_participle = trigger.form in ("past", "participle") and proto.mention.end <= trigger.start \
            and _right_after(sentence, proto.mention, trigger, words) and not self._has_object(sentence, trigger)
        if not via_part and not relative_on_it and not own_link and not own_participle \
                and _named_as_means(sentence, proto.mention, words):
            aside("the policy is named as a means ('under the policy'), not as what changed", 0.2)
            return None
        court = self._court_in_clause(sentence, index)
        if lex is not None and lex.court and court is None and not _court_in_sentence(sentence, words):
            reasons.append(f"'{trigger.text}' without a court in the sentence")
            proto.confidence = min(proto.confidence, 0.4)
        if proto.status in _STOPPED and self._operation_follows(sentence, index):
            proto.status, proto.action = "suspended", "suspended"
            proto.outcome = "stop"
            reasons.append(f"'{trigger.text}' stops an operation of the policy: suspended")
        elif court is not None and proto.status == "suspended" and lex is not None and lex.action == "suspended":
            proto.status, proto.action = "enjoined", "enjoined"
            reasons.append(f"a court ('{court}') acts in the clause: blocked by a court, status enjoined")
        elif court is not None and proto.status == "terminated" and lex is not None and lex.action == "terminated" \
                and trigger.form in ("past", "present"):
            # "Judge Sullivan ended the policy, ruling that it violates the APA": a court does not end a policy,
            # it vacates or blocks it
            proto.status, proto.action = "enjoined", "vacated"
            reasons.append(f"a court ('{court}') ends it in the clause: vacated by a court, status enjoined")
        if lex is not None and lex.court:
            for other in triggers:
                if other.form == "noun" and other.start >= trigger.end and FAMILIES.get(other.status) == "stopped" \
                        and _words_between(sentence, trigger.end, other.start) <= 2:
                    aside(f"a court acted on the policy's '{other.text.split()[0]}', not on the policy: "
                          "review by hand", 0.2)
                    return None
        if trigger.form == "noun":
            for other in triggers:
                if other.lex is not None and other.lex.court and other.end <= trigger.start \
                        and _words_between(sentence, other.end, trigger.start) <= 2:
                    aside(f"'{other.text}' acts on the '{trigger.text.split()[0]}': review by hand", 0.2)
                    return None
                if other.end <= trigger.start and other.form != "noun" and other.status in _STOPPED \
                        and trigger.status == "active" and _words_between(sentence, other.end, trigger.start) <= 2:
                    aside(f"'{other.text}' ends the '{trigger.text.split()[0]}': not a start", 0.2)
                    return None
        rumour = next((i for i in range(index) if tokens[i][2] in words.RUMOURS
                       and any(w in words.COMPLEMENTIZERS or w in words.OF for _a2, _b2, w in tokens[i + 1:i + 3])),
                      None)
        if rumour is not None:
            # "luego de que ... un rumor similar de que había terminado el funcionamiento de la aplicación": the act
            # is what a rumour said
            aside(f"'{tokens[rumour][2]}' before '{trigger.text}': a rumour of the act, not a report of it")
            return None
        if words.HEDGES.search(self.text, sentence.start, sentence.end):
            reasons.append("hedged ('reportedly')")
            proto.confidence -= 0.15
        return None

    def _court_in_clause(self, sentence: _Sentence, index: int) -> str | None:
        """A court acting: in the clause before the verb (its subject), or 'by a judge' after a passive."""
        clause = sentence.clause[index]
        words = self.words
        for (_a, _b, word), number in zip(sentence.tokens[:index], sentence.clause[:index], strict=True):
            if number == clause and word in words.COURT_WORDS:
                return word
        following = [w for _a, _b, w in sentence.tokens[index + 1:index + 6]]
        if following[:1] and following[0] in words.BY and any(w in words.COURT_WORDS for w in following):
            return next(w for w in following if w in words.COURT_WORDS)
        return None

    def _operation_follows(self, sentence: _Sentence, index: int) -> bool:
        """'stopped issuing travel authorizations', 'stopped the issuance of ...': an operation paused."""
        following = [w for _a, _b, w in sentence.tokens[index + 1:index + 4] if w not in self.words.DETERMINERS]
        return bool(following) and (following[0] in self.words.OPERATIONS
                                    or following[0] in self.words.OPERATION_NOUNS)

    # -- constructions read as a whole --

    def _court_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'blocked the administration from ending Title 42' (active); 'a court order forcing the administration
        to restart the program' (suspended: revived, not operated)."""
        words = self.words
        if not _court_in_sentence(sentence, words):
            return []
        protos = []
        for number, trigger in enumerate(triggers):
            if trigger.lex is None or not trigger.lex.court or trigger.form not in ("past", "present", "participle"):
                continue
            index = _index(sentence, trigger.start)
            window = sentence.tokens[index + 1:index + 9]
            if not any(w in words.FROM for _a, _b, w in window):
                continue
            for other_number, other in enumerate(triggers):
                if other_number == number or other.start <= trigger.end or other.start > window[-1][1]:
                    continue
                if other.form not in ("progressive", "base") or other.status not in _STOPPED:
                    continue
                pick = self._object_of(sentence, other)
                if pick is None:
                    continue
                proto = self._frame_proto(sentence, trigger, pick, "active", "enjoined", 0.8, [
                    f"'{trigger.text} ... from {other.text}': a court keeps the policy in force (status active)"])
                if _scope_cue(sentence, index, words) is not None:
                    continue
                used.update({number, other_number})
                protos.append(proto)
                break
        for match in words.KEPT_IN_PLACE.finditer(self.text, sentence.start, sentence.end):
            index = _index(sentence, match.start())
            first = _first_of_clause(sentence, index)
            clauses = {sentence.clause[index]}
            if first and sentence.tokens[first][2] in words.AND_BUT:
                clauses.add(sentence.clause[first - 1])  # "which ruled against the policy but let it stand"
            clause_words = {w for (_a, _b, w), c in zip(sentence.tokens, sentence.clause, strict=True)
                            if c in clauses}
            if not clause_words & words.COURT_WORDS or _scope_cue(sentence, index, words) is not None:
                continue
            objects = [m for m in sentence.mentions if match.start() <= m.start < match.end()]
            if not objects:
                continue
            verb = _token_trigger(sentence, index)
            used.update(n for n, t in enumerate(triggers) if match.start() <= t.start < match.end())  # "to resume"
            protos.append(self._frame_proto(sentence, verb, objects[0], "active", "stayed", 0.6, [
                f"a court '{' '.join(match.group().split())}': the policy stays in force (status active)"]))
        for index, (_a, _b, word) in enumerate(sentence.tokens):
            if word not in words.COURT_ORDERS:
                continue
            before = [w for _a, _b, w in sentence.tokens[max(0, index - 6):index]]
            if any(w in words.REVERSALS for w in before) and any(w in words.RULINGS for w in before):
                continue  # "vacated its earlier ruling that required a restart": the order is undone, not made
            for number, trigger in enumerate(triggers):
                # "determinou que o MPP fosse restabelecido": a passive subjunctive is a base form too
                subjunctive = trigger.form == "participle" and _index(sentence, trigger.start) > 0 and \
                    sentence.tokens[_index(sentence, trigger.start) - 1][2] in words.SUBJUNCTIVE_BE
                # "Supreme Court orders 'Remain in Mexico' policy reinstated": the policy, then its participle
                small = trigger.form in ("past", "participle") and any(
                    sentence.tokens[index][1] <= m.start and _right_after(sentence, m, trigger, words)
                    for m in sentence.mentions)
                if number in used or trigger.start < sentence.tokens[index][1] \
                        or (trigger.form not in ("base", "noun") and not subjunctive and not small) \
                        or trigger.action not in _RESTARTS:
                    continue
                # "ordering the administration to carry out a good-faith effort to restart MPP"
                if _words_between(sentence, sentence.tokens[index][1], trigger.start) > 12:
                    break
                pick = self._object_of(sentence, trigger)
                if pick is None and (subjunctive or small):
                    named = [m for m in sentence.mentions if sentence.tokens[index][1] <= m.start < trigger.start]
                    pick = named[-1] if named else None
                if pick is None and trigger.form == "base":
                    # "ordenó reinstaurarlo", "ordenó que se restaurara": the policy named before the order
                    named = [m for m in sentence.mentions if m.end <= sentence.tokens[index][0]]
                    pick = named[-1] if named else None
                if pick is None:
                    continue
                proto = self._frame_proto(sentence, trigger, pick, "suspended", "vacated", 0.65, [
                    f"a court order '{word}' a restart: the policy revived but not yet operated (status suspended)"])
                proto.anchor, proto.clause = sentence.tokens[index][0], sentence.clause[index]
                used.add(number)
                protos.append(proto)
                break
        protos.extend(self._refused_end_frames(sentence, triggers, used))
        protos.extend(self._unlawful_frames(sentence, triggers, used))
        protos.extend(self._stay_frames(sentence, triggers, used))
        return protos

    def _refused_end_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'El juez Kacsmaryk rechazó la solicitud de la Administración Biden para acabar con el plan', 'denied the
        administration's request to end the program': a court refused an end, so the policy stays as it was:
        active, or the status the records hold for a court's act then (`_kept_outcome`)."""
        words = self.words
        tokens = sentence.tokens
        protos = []
        for index, (_a, _b, word) in enumerate(tokens):
            if word not in words.REFUSALS:
                continue
            request = next((i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i][2] in words.REQUESTS),
                           None)
            if request is None:
                continue
            for number, trigger in enumerate(triggers):
                if number in used or trigger.start < tokens[request][1] or trigger.form != "base" \
                        or trigger.status not in _STOPPED or _words_between(sentence, tokens[request][1],
                                                                            trigger.start) > 8:
                    continue
                pick = self._object_of(sentence, trigger)
                if pick is None:
                    continue
                proto = self._frame_proto(sentence, _token_trigger(sentence, index), pick, "active", "enjoined", 0.7,
                                          [f"a court '{word}' a {tokens[request][2]} to '{trigger.text}': the policy "
                                           "stays as it was (status active, unless the records say otherwise then)"])
                proto.outcome = "kept"
                used.add(number)
                protos.append(proto)
                break
        return protos

    def _unlawful_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'Judge Sullivan ruled that Title 42 was unlawful', 'un juez declaró ilegal el Título 42': a court that
        holds the policy unlawful blocks it (status enjoined, action vacated), dated by the ruling's clause. A
        ruling on an act of the policy ('the termination of MPP was unlawful') is not on the policy."""
        words, tokens = self.words, sentence.tokens
        protos: list[_Proto] = []
        for index, (_a, _b, word) in enumerate(tokens):
            if word not in words.UNLAWFUL:
                continue
            ruling = next((i for i in range(index - 1, max(-1, index - 20), -1) if tokens[i][2] in words.HOLDING), None)
            if ruling is None or not any(w in words.COURT_WORDS for _a, _b, w in tokens[:ruling]) \
                    or _scope_cue(sentence, ruling, words) is not None:
                continue
            if ruling >= 2 and tokens[ruling - 1][2] in words.RELATIVES \
                    and any(w in words.RULINGS for _a, _b, w in tokens[max(0, ruling - 4):ruling - 1]):
                continue  # "stayed that November ruling that declared Title 42 illegal": an earlier ruling, described
            near = [m for m in sentence.mentions if m.kind != "reference"
                    and tokens[ruling][1] <= m.start and _words_between(sentence, m.end, tokens[index][0]) <= 2
                    or m.start >= tokens[index][1] and _words_between(sentence, tokens[index][1], m.start) <= 2]
            if not near:
                continue
            acts = [n for n, t in enumerate(triggers) if t.form in ("noun", "possessive") and t.end <= near[0].start
                    and _words_between(sentence, t.end, near[0].start) <= 2]
            if acts:  # "ruled that the termination of MPP was unlawful": the act is undone, not the policy blocked
                trigger = triggers[acts[0]]
                proto = self._frame_proto(sentence, trigger, near[0], trigger.status, trigger.action, 0.1, [
                    f"a court '{tokens[ruling][2]}' the '{trigger.text.split()[0]}' '{word}': that act is undone, "
                    "not reported (review by hand)"])
                proto.set_aside = True
                used.update(acts)
                protos.append(proto)
                break
            proto = self._frame_proto(sentence, _token_trigger(sentence, ruling), near[0], "enjoined", "vacated", 0.7,
                                      [f"a court '{tokens[ruling][2]}' the policy '{word}': blocked (status enjoined)"])
            protos.append(proto)
            break
        return protos

    def _halted_end_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'Roberts pauses lifting of Title 42', 'a judge blocked the end of MPP', 'frenó el fin del Título 42': a
        court that stops the end of a policy keeps it in force (status active, action stayed), and neither the
        stopping nor the end is an act of its own. Anyone else who pauses an end postpones it: set aside for a
        person to read, never a suspension or an end."""
        court = _court_in_sentence(sentence, self.words)
        protos = []
        for number, trigger in enumerate(triggers):
            stops = ("suspended", "enjoined")
            if number in used or trigger.form not in ("past", "present", "participle") \
                    or trigger.status not in stops or trigger.action not in stops:
                continue  # a pause or a block; "vacated the termination" undoes the end (see _assess), a revival
            index = _index(sentence, trigger.start)
            for other_number, other in enumerate(triggers):
                if other_number in used or other.start < trigger.end or other.form != "noun" \
                        or other.status != "terminated" or _words_between(sentence, trigger.end, other.start) > 2:
                    continue
                pick = self._object_of(sentence, other)
                if pick is None or _scope_cue(sentence, index, self.words) is not None:
                    break
                if court:
                    protos.append(self._frame_proto(sentence, trigger, pick, "active", "stayed", 0.7, [
                        f"a court '{trigger.text}' the '{other.text}' the policy: the end is stopped and the policy "
                        "stays in force (status active)"]))
                else:
                    proto = self._frame_proto(sentence, trigger, pick, "active", "amended", 0.1, [
                        f"'{trigger.text}' the '{other.text}' the policy: its end is postponed, no change of status "
                        "(review by hand)"])
                    proto.set_aside = True
                    protos.append(proto)
                used.update({number, other_number})
                break
        return protos

    def _effect_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'The end of Title 42 took effect on May 11', 'la suspensión del programa entró en vigor el lunes', 'The
        pause took effect on July 18' (the policy named before): an act named by a noun is the subject of a verb
        of taking effect. The act is the noun's, dated by that verb's clause; the verb starts no policy."""
        words, tokens = self.words, sentence.tokens
        protos = []
        for match in words.EFFECT.finditer(self.text, sentence.start, sentence.end):
            index = _index(sentence, match.start())
            clause = sentence.clause[index]
            if _scope_cue(sentence, index, words) is not None:
                continue
            found = None
            for number, trigger in enumerate(triggers):  # "the end of Title 42", "its suspension"
                if number in used or trigger.form not in ("noun", "possessive") or trigger.end > match.start() \
                        or sentence.clause[_index(sentence, trigger.start)] != clause \
                        or _words_between(sentence, trigger.end, match.start()) > 8:
                    continue
                mention = self._object_of(sentence, trigger) if trigger.form == "noun" else \
                    ([m for m in sentence.mentions if m.end <= trigger.start] or [self._salient_before(sentence)])[-1]
                if mention is not None and (mention.start < trigger.end or mention.end <= match.start()):
                    found = (number, trigger, mention, trigger.status, trigger.action,
                             f"'{trigger.text}' is what '{match.group()}': the act of the noun, dated by that verb")
            if found is None:  # "the pause took effect": a bare noun that opens its clause, the policy named before
                first = _first_of_clause(sentence, index)
                head = [i for i in range(first, index) if tokens[i][2][0].isalnum()]
                if len(head) == 2 and tokens[head[0]][2] in words.DETERMINERS \
                        and tokens[head[1]][2] in words.ACT_NOUNS \
                        and not any(first <= _index(sentence, m.start) < index for m in sentence.mentions):
                    mention = self._salient_before(sentence)
                    if mention is not None:
                        status, action = words.ACT_NOUNS[tokens[head[1]][2]]
                        head_trigger = _token_trigger(sentence, head[1])
                        found = (None, head_trigger, mention, status, action,
                                 f"'{head_trigger.text}' is what '{match.group()}': the act of the noun, dated by that "
                                 "verb")
            if found is None and sentence.start <= match.start() <= tokens[min(1, len(tokens) - 1)][0]:
                # "Se hizo efectivo en enero de 2019", "Entró en vigor en marzo de 2020": no subject, the policy
                # the previous sentence named takes effect
                mention = self._null_subject(sentence)
                if mention is not None:
                    found = (None, _token_trigger(sentence, index), mention, "active", "implemented",
                             f"'{match.group()}' with no subject: the policy the previous sentence named takes effect")
            if found is None:
                continue
            number, trigger, mention, status, action, reason = found
            proto = self._frame_proto(sentence, trigger, mention, status, action, 0.75, [reason])
            proto.anchor = match.start()
            protos.append(proto)
            used.update({n for n, t in enumerate(triggers) if t.start < match.end() and match.start() < t.end})
            if number is not None:
                used.add(number)
        return protos

    def _stay_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'the Ninth Circuit stayed a district court ruling against the policy', 'Roberts agreed to place on hold
        that November ruling that declared Title 42 illegal': a court suspends a ruling, not the policy, which
        stays in force (status active, action stayed; the records' convention for a stayed ruling)."""
        words = self.words
        tokens = sentence.tokens
        protos = []
        for index, (a, _b, _word) in enumerate(tokens):
            near = self.text[a:a + 24].lower()  # the phrases are short: never the whole text, per token
            phrase = next((p for p in words.STAYS if near.startswith(p)), None)
            if phrase is None:
                continue
            end = a + len(phrase)
            following = [i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i][0] >= end]
            ruling = next((i for i in following[:6] if tokens[i][2] in words.RULINGS), None)
            if ruling is None or {tokens[ruling - 1][2], *(w for _a, _b, w in tokens[ruling + 1:ruling + 2])} \
                    & words.EXECUTIVE:
                continue  # an executive order is a policy, not a ruling
            cue = _scope_cue(sentence, index, words)
            if cue is not None and not (cue[0] == "infinitive" and index >= 2
                                        and tokens[index - 2][2] in words.AGREEING):
                continue
            after = [m for m in sentence.mentions if m.start >= tokens[ruling][1]
                     and _words_between(sentence, tokens[ruling][1], m.start) <= 15]
            restarts = [t for t in triggers if t.action in _RESTARTS and tokens[ruling][1] <= t.start
                        and (not after or t.start < after[0].start)]
            if not after or restarts:
                continue  # a stayed revival leaves the policy where it was: not read
            verb = Trigger(a, end, self.text[a:end], "active", "stayed", "past", None)
            proto = self._frame_proto(sentence, verb, after[0], "active", "stayed", 0.7, [
                f"a court '{phrase}' a {tokens[ruling][2]} against the policy: the policy stays in force "
                "(status active)"])
            used.update(n for n, t in enumerate(triggers) if t.start < tokens[ruling][1] and t.end > a)
            used.update(n for n, t in enumerate(triggers) if t.start > tokens[ruling][1]
                        and t.status in _STOPPED | {"enjoined"} and t.end <= after[0].end + 40)
            protos.append(proto)
        return protos

    def _document_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'signed a memorandum terminating MPP', 'issued a final rule, entitled ...', 'signed an executive order
        that will shut down asylum requests' (described): the signing or issuing is the act."""
        words = self.words
        protos = []
        for index, (a, _b, word) in enumerate(sentence.tokens):
            if word not in words.ISSUING or _scope_cue(sentence, index, words) is not None:
                continue
            document_index = next((i for i in range(index + 1, min(index + 5, len(sentence.tokens)))
                                   if sentence.tokens[i][2] in words.DOCUMENTS), None)
            if document_index is None:
                continue
            document_end = sentence.tokens[document_index][1]
            verb = _token_trigger(sentence, index)
            gerund = next(((n, t) for n, t in enumerate(triggers) if n not in used and t.form == "progressive"
                           and t.start >= document_end
                           and len(_words_to_object(sentence, document_end, t.start)) <= 1), None)
            infinitive = next(((n, t) for n, t in enumerate(triggers) if n not in used and t.form == "base"
                               and t.status is not None and t.start >= document_end
                               and len(_words_to_object(sentence, document_end, t.start)) <= 2), None)
            if gerund is None and infinitive is not None:
                # "signed an executive order to reinstate MPP", "firmó una orden ejecutiva para restablecer el
                # programa": the order announces the act (as "ordered DHS to reinstate" does)
                number, trigger = infinitive
                pick = self._object_of(sentence, trigger)
                if pick is not None and trigger.status in _STOPPED:
                    # "issued an executive order in February to pause the program": as an order to end, what the
                    # records say it became (the stop, if they hold one then; else announced)
                    used.add(number)
                    proto = self._frame_proto(sentence, verb, pick, trigger.status, trigger.action, 0.6, [
                        f"'{word} a {sentence.tokens[document_index][2]} ... {trigger.text}': an order to stop"])
                    proto.outcome = "attempt"
                    protos.append(proto)
                elif pick is not None:
                    used.add(number)
                    proto = self._frame_proto(sentence, verb, pick, "announced", "announced", 0.7, [
                        f"'{word} a {sentence.tokens[document_index][2]} ... {trigger.text}': an order to act "
                        "announces the act"])
                    proto.announces = trigger.status
                    protos.append(proto)
                continue
            if gerund is not None:
                number, trigger = gerund
                pick = self._object_of(sentence, trigger)
                if pick is not None:
                    used.add(number)
                    proto = self._frame_proto(sentence, trigger, pick, trigger.status, trigger.action, 0.85, [
                        f"'{word} a {sentence.tokens[document_index][2]} {trigger.text}': the {word} document is the"
                        " act"])
                    proto.anchor, proto.clause = a, sentence.clause[index]
                    protos.append(proto)
                continue
            head = self.text[a:min(sentence.end, document_end + 40)]
            final = words.FINAL_RULE.search(head)
            proposed = words.PROPOSED_RULE.search(head)
            # the document named after it ("signed a proclamation, Securing the Border"), or itself the policy's
            # name or description ("issued a public health order", "signed Proclamation 10773")
            document_start = sentence.tokens[document_index][0]
            after = [m for m in sentence.mentions if m.kind != "reference" and (
                (m.start >= document_end and len(_words_to_object(sentence, document_end, m.start)) <= 3)
                or m.start <= document_start < m.end)]
            if not after:
                continue
            acted = next(((n, t) for n, t in enumerate(triggers) if t.start >= after[0].end and t.status is not None
                          and _words_between(sentence, after[0].end, t.start) <= 4), None)
            if acted is not None and acted[1].status in _STOPPED:
                # "issued a memorandum stating that MPP should be terminated": a document that ends the policy,
                # what the records say it became (as an order to end)
                proto = self._frame_proto(sentence, verb, after[0], acted[1].status, acted[1].action, 0.6, [
                    f"'{word}' a {sentence.tokens[document_index][2]} that '{acted[1].text}' the policy: an order "
                    "to end"])
                proto.outcome = "attempt"
                used.add(acted[0])
                protos.append(proto)
                continue
            if acted is not None:
                continue  # the document is about another act on the policy, not the policy
            if proposed:
                status, action, why = "proposed", "proposed", "a proposed rule published: proposed"
            elif final or sentence.tokens[document_index][2] in words.POLICY_DOCUMENTS:
                status, action, why = "active", "implemented", f"'{word}' the document that is the policy: in effect"
            else:
                continue
            proto = self._frame_proto(sentence, verb, after[0], status, action, 0.75, [why])
            protos.append(proto)
        return protos

    def _plan_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """A plan, proposal or change made public, and the policy it is about: 'unveiled a proposal to bar
        migrants ...' (proposed), 'reveló el martes planes para aprobar ...' and 'announced new measures
        Thursday requiring asylum seekers to wait in Mexico' (announced), 'a proposal unveiled on Tuesday'
        (proposed), 'announced changes to the CBP One app' (active, amended; announced when they lie ahead)."""
        words = self.words
        protos = []
        tokens = sentence.tokens
        for index, (_a, _b, word) in enumerate(tokens):
            if word not in words.PLANS:
                continue
            verb_index = next((i for i in range(index - 1, max(-1, index - 5), -1)
                               if tokens[i][2] in words.PLAN_VERBS), None)
            if verb_index is None:
                following = tokens[index + 1:index + 2]
                if following and following[0][2] in words.PLAN_VERBS:
                    verb_index = index + 1
            if verb_index is None and word in words.AGREEMENTS and any(
                    t.form == "base" and t.status is not None and tokens[index][1] < t.start
                    and _words_between(sentence, tokens[index][1], t.start) == 1
                    and tokens[index + 1][2] in words.AGREEMENT_TO for t in triggers):
                verb_index = index  # "a December 2 agreement to restart the program": an agreement is made public
            if verb_index is None or _scope_cue(sentence, min(index, verb_index), words) is not None:
                continue
            verb_word = tokens[verb_index][2]
            if (verb_word in words.DEAL_VERBS and word not in words.AGREEMENTS) or any(
                    t.start == tokens[verb_index][0] and t.end > tokens[verb_index][1] for t in triggers):
                continue  # "struck down Biden's rule" (a court's act), "fechou a fronteira": no plan made public
            anchor = max(index, verb_index)
            after = [m for m in sentence.mentions if m.start >= tokens[anchor][1]
                     and (m.kind != "reference" or _words_between(sentence, tokens[anchor][1], m.start) <= 3)]
            if verb_index > index and not after:
                after = [m for m in sentence.mentions if m.kind != "reference" and m.end <= tokens[index][0]]
            if not after or _words_between(sentence, tokens[anchor][1], after[0].start) > 30:
                continue
            status = words.PLANS[word]
            verb = _token_trigger(sentence, verb_index)
            if status == "amended":
                ahead = any(w in words.FUTURE for _a2, _b2, w in tokens[index + 1:]) \
                    or any(t.form == "future" for t in triggers if t.start > tokens[index][1])
                status, action = ("announced", "announced") if ahead else ("active", "amended")
                why = (f"'{tokens[verb_index][2]} {word}': changes made public "
                       + ("that lie ahead: announced" if ahead else "and made: in effect, amended"))
            else:
                action = status
                why = (f"'{tokens[verb_index][2]} ... {word}': a {'proposal' if status == 'proposed' else 'plan'} "
                       f"made public ({status})")
            proto = self._frame_proto(sentence, verb, after[0], status, action, 0.75, [why])
            if status == "announced":
                proto.announces = "active"
            used.update(n for n, t in enumerate(triggers) if t.start == tokens[verb_index][0])
            protos.append(proto)
        protos.extend(self._directive_frames(sentence, triggers, used))
        return protos

    def _directive_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'DHS ordered officials to implement a protocol to return migrants to Mexico', 'Trump ordenó al DHS
        terminar el programa': an order to act, not by a court, announces the act (dated by the order)."""
        words = self.words
        tokens = sentence.tokens
        if _court_in_sentence(sentence, words):
            return []
        protos = []
        for index, (_a, _b, word) in enumerate(tokens):
            if word not in words.DIRECTIVES or _scope_cue(sentence, index, words) is not None:
                continue
            for number, trigger in enumerate(triggers):
                # "Mayorkas's latest memo terminating the MPP, issued on October 29": a gerund right after the noun
                gerund = trigger.form == "progressive" and _words_between(sentence, tokens[index][1],
                                                                           trigger.start) == 0
                if number in used or trigger.start < tokens[index][1] or (trigger.form != "base" and not gerund) \
                        or trigger.status is None:
                    continue
                if _words_between(sentence, tokens[index][1], trigger.start) > 12:
                    break
                pick = self._object_of(sentence, trigger)
                if pick is None:
                    continue
                if trigger.status in _STOPPED:
                    # "In a memo dated June 1, Mayorkas directed DHS to take all appropriate actions to terminate
                    # MPP": the memo ended it if the records hold the end then, else it announced an end to come
                    proto = self._frame_proto(sentence, _token_trigger(sentence, index), pick, trigger.status,
                                              trigger.action, 0.6, [f"'{word} ... {trigger.text}': an order to end"])
                    proto.outcome = "attempt"
                else:
                    proto = self._frame_proto(sentence, _token_trigger(sentence, index), pick, "announced",
                                              "announced", 0.7,
                                              [f"'{word} ... {trigger.text}': an order to act announces the act"])
                    proto.announces = trigger.status
                if gerund:
                    # "..., issued on October 29": the document's own date, wherever the sentence opens; without
                    # one, "defended the memo ending MPP" names a document, not an act
                    issued = next((i for i in range(_index(sentence, trigger.start), len(tokens))
                                   if tokens[i][2] in words.CONFIRMING), None)
                    own = [d for d in sentence.dates if issued is not None and d.start >= tokens[issued][1]
                           and _words_between(sentence, tokens[issued][1], d.start) <= 1]
                    if not own:
                        continue
                    # the participle anchors it (that date is the nearest), and is the document's, not an act
                    proto.anchor, proto.clause = tokens[issued][0], sentence.clause[issued]
                    used.update(n for n, t in enumerate(triggers) if t.start == tokens[issued][0])
                    proto.reasons.append(f"'{tokens[issued][2]} … {own[0].text}': the document's own date")
                used.add(number)
                protos.append(proto)
                break
        return protos

    def _first_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'The first asylum seekers to be returned under MPP arrived on Tuesday': the first use is the start."""
        words = self.words
        tokens = sentence.tokens
        protos = []
        for index, (_a, _b, word) in enumerate(tokens):
            if word not in words.FIRST:
                continue
            operated = next((i for i in range(index + 1, min(index + 7, len(tokens)))
                             if tokens[i][2] in words.FIRST_OPERATIONS), None)
            if operated is None:
                continue
            under = next((i for i in range(operated + 1, min(operated + 3, len(tokens)))
                          if tokens[i][2] in words.UNDER), None)
            if under is None or _scope_cue(sentence, index, words) is not None:
                continue
            after = [m for m in sentence.mentions if m.start >= tokens[under][1] and m.kind != "reference"
                     and _words_between(sentence, tokens[under][1], m.start) <= 10]
            if not after:
                continue
            proto = self._frame_proto(sentence, _token_trigger(sentence, index), after[0], "active", "implemented",
                                      0.6, [f"'{word} ... {tokens[operated][2]} under' the policy: its first use, "
                                            "the start"])
            protos.append(proto)
            break
        return protos

    def _begun_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'Under MPP, officials began returning asylum seekers on December 8', 'donde empezaron a retornarlos el
        pasado 8 de diciembre', 'começaram a devolver': beginning the policy's own operation is its start (or
        restart), for the one policy the sentence names or refers to."""
        words, tokens = self.words, sentence.tokens
        for index, (_a, _b, word) in enumerate(tokens):
            if word not in words.BEGAN:
                continue
            following = [w for _a2, _b2, w in tokens[index + 1:index + 3]]
            if following[:1] and following[0] in words.ASPECTUAL_TO:
                following = following[1:]
            if not following or not following[0].startswith(words.BEGUN_OPERATIONS) \
                    or _scope_cue(sentence, index, words) is not None:
                continue
            policies = {m.policy for m in sentence.mentions}
            if len(policies) != 1:
                continue
            mention = min(sentence.mentions, key=lambda m: abs(m.start - tokens[index][0]))
            used.update(n for n, t in enumerate(triggers) if t.start == tokens[index][0])
            return [self._frame_proto(sentence, _token_trigger(sentence, index), mention, "active", "implemented",
                                      0.6, [f"'{word} … {following[0]}': the policy's own operation begins, its "
                                            "start"])]
        return []

    def _since_frames(self, sentence: _Sentence, protos: list[_Proto]) -> list[_Proto]:
        """'Since March 2020, Title 42 has allowed ...', 'Title 42, under which the government has denied ...
        since March 2020': in effect since then, when the clause has no act of its own."""
        words = self.words
        tokens = sentence.tokens
        found = []
        for date in sentence.dates:
            index = _index(sentence, date.start)
            if tokens[index][2] not in words.SINCE:
                if index == 0 or tokens[index - 1][2] not in words.SINCE:
                    continue
                index -= 1
            clause = sentence.clause[index]
            if any(p.clause == clause for p in protos):
                continue
            span = [i for i, c in enumerate(sentence.clause) if c == clause]
            clause_words = [tokens[i][2] for i in span]
            if sentence.clause[0] == clause or index == 0:
                # a sentence-opening "Since March 2020," belongs to the clause after the comma
                span = [i for i, c in enumerate(sentence.clause) if c == sentence.clause[0]]
                clause_words = [tokens[i][2] for i in span]
            perfect = [i for i in span if tokens[i][2] in words.PERFECT]
            if perfect:
                clause_words = [tokens[i][2] for i in span if i < perfect[0]]
            mention = None
            for i in perfect:
                subject = [m for m in sentence.mentions if m.end <= tokens[i][0]
                           and _words_between(sentence, m.end, tokens[i][0]) <= 1]
                if subject:
                    mention = subject[-1]
                    break
            if mention is None and perfect:
                opener = tokens[span[0]][2]
                if opener in words.RELATIVES and span[0] > 0:
                    antecedent = [m for m in sentence.mentions if m.end <= tokens[span[0]][0]
                                  and all(w in words.MEANS for _a, _b, w in tokens if m.end <= _a < tokens[span[0]][0]
                                          and w[0].isalnum())]
                    mention = antecedent[-1] if antecedent else None
            if mention is None or any(w in words.NOT or w in words.MODALS
                                      for w in clause_words):
                continue
            trigger = _token_trigger(sentence, index)
            proto = self._frame_proto(sentence, trigger, mention, "active", "implemented", 0.6, [
                f"'{date.text}' with the policy in effect since then: it began then"])
            proto.date = date
            found.append(proto)
        return found

    def _object_of(self, sentence: _Sentence, trigger: Trigger) -> Mention | None:
        after = [m for m in sentence.mentions if m.start >= trigger.end]
        if after and _words_between(sentence, trigger.end, after[0].start) <= 4:
            return after[0]
        part = self._part_then_policy(sentence, trigger, after)
        return part[0] if part else None

    def _frame_proto(self, sentence: _Sentence, trigger: Trigger, mention: Mention, status: str, action: str,
                     confidence: float, reasons: list[str]) -> _Proto:
        index = _index(sentence, trigger.start)
        return _Proto(trigger, mention, status, action, _start_confidence(mention, confidence), reasons, False,
                      trigger.start, sentence.clause[index])

    def _held_frames(self, sentence: _Sentence, protos: list[_Proto]) -> list[_Proto]:
        """A dated statement about a policy on a day the records hold an event of it is that event, read with
        the records as background: 'Judge Seeborg ruled April 8 that the policy should be halted' (stayed the
        same day: active), 'the Supreme Court ruled in June' (2022-06-30: active), 'O presidente Biden tentou
        acabar com essa política ... em janeiro'. The status is the records' for that day or month (all the
        events there agree); the reasons name the event. It fills gaps only: a policy that another reading of
        the sentence already took, even one set aside as hedged, is left to that reading, except where a court
        acts in the date's clause ('authorized the administration to revoke ...': the hedge is the court's)."""
        words, tokens = self.words, sentence.tokens
        courts = [i for i, (_a, _b, w) in enumerate(tokens) if w in words.COURT_WORDS]
        named: dict[str, Mention] = {}
        for mention in sentence.mentions:
            if mention.policy is not None:
                named.setdefault(mention.policy, mention)
        if not named:
            return []
        found: list[_Proto] = []
        for date in sentence.dates:
            if (date.not_after - date.not_before).days >= _HELD_SPAN:
                continue
            clause = sentence.clause[_index(sentence, date.start)]
            court = next((i for i in courts if sentence.clause[i] == clause), None)
            for policy, mention in named.items():
                if court is None and sentence.clause[_index(sentence, mention.start)] != clause:
                    continue  # neither a court nor the policy in the date's clause: the date is another act's
                if any(p.mention.policy == policy and (not p.set_aside or court is None) for p in protos + found):
                    continue
                events = self._held_events(policy, date.not_before, date.not_after)
                if not events or len({str(e.status) for e in events}) > 1:
                    continue
                event = events[-1]
                anchor = court if court is not None else _index(sentence, mention.start)
                proto = self._frame_proto(sentence, _token_trigger(sentence, anchor), mention, str(event.status),
                                          str(event.action or event.status), 0.7, [
                                              f"'{date.text}' is a day the records hold for {policy}: "
                                              f"{describe(event)}; the sentence reports that event"])
                proto.date = date
                found.append(proto)
        return found

    def _stayed_blocks(self, sentence: _Sentence, protos: list[_Proto]) -> None:
        """'the Ninth Circuit blocked the policy, but suspended its ruling hours later', 'o Tribunal de Apelações
        bloqueou essa política ..., mas a suspendeu': a court's block that the same sentence says the court put on
        hold after a contrast word is a block that did not take effect (active, action stayed); the pause is the
        court's of its own ruling, not of the policy."""
        for block in [p for p in protos if p.status == "enjoined" and not p.set_aside]:
            start = _index(sentence, block.trigger.start)
            # "blocked the policy, but stayed its ruling", "bloquea ..., luego suspende su propia orden"
            contrast = self._contrast_after(sentence, start)
            if contrast is None:
                contrast = next((i for i in range(start + 1, len(sentence.tokens))
                                 if sentence.tokens[i][2] in self.words.THEN), None)
            if contrast is None:
                continue
            after = sentence.tokens[contrast][1]
            # the pause itself, even where a court in the clause made it read as a block ("luego suspende")
            pauses = [p for p in protos if p is not block and p.trigger.start >= after
                      and (p.status == "suspended" or p.trigger.text.lower() in self.words.PAUSES)
                      and p.mention.policy == block.mention.policy]
            pause_words = [w for a, _b, w in sentence.tokens if a >= after and w in self.words.PAUSES]
            if not pauses and not pause_words:
                continue
            block.status, block.action = "active", "stayed"
            pause_word = pauses[0].trigger.text if pauses else pause_words[0]
            block.reasons.append(f"'{sentence.tokens[contrast][2]} … {pause_word}': the court put its own block on "
                                 "hold; the policy stays in force")
            for pause in pauses:
                pause.set_aside, pause.confidence = True, 0.1
                pause.reasons.append("the court's pause of its own block, not of the policy")

    def _announced_description_frames(self, sentence: _Sentence, protos: list[_Proto]) -> list[_Proto]:
        """An announcement whose complement describes a policy in the future: 'Nielsen announced on Monday that
        she will be increasing the number of asylum seekers who are made to wait in Mexico', 'anunció que los
        solicitantes de asilo esperarán en México', 'Biden fechará temporariamente a fronteira ... para
        solicitantes de asilo ..., disse a Casa Branca nesta terça-feira' (a saying verb with its day, before or
        after). Announced, dated by the reporting verb's clause; only for a policy no other reading of the
        sentence took, and not when the report is negated or hedged."""
        tokens, words = sentence.tokens, self.words
        found: list[_Proto] = []
        taken = {p.mention.policy for p in protos}
        for index, (a, b, word) in enumerate(tokens):
            if word not in words.SPEECH or _scope_cue(sentence, index, words) is not None:
                continue
            clause = sentence.clause[index]
            clause_dates = [d for d in sentence.dates if sentence.clause[_index(sentence, d.start)] == clause]
            if word not in words.ANNOUNCE and not clause_dates:
                continue  # "said" reports an announcement only with its day ("disse a Casa Branca nesta terça")
            near = [m for m in sentence.mentions if m.kind == "description" and m.policy not in taken
                    and (_words_between(sentence, b, m.start) <= 40 if m.start >= b
                         else word not in words.ANNOUNCE and _words_between(sentence, m.end, a) <= 40)]
            for mention in near:
                low, high = (b, mention.end) if mention.start >= b else (mention.start, a)
                # the future may be the description's own verb: "Biden fechará temporariamente a fronteira ..."
                future = next((w for a2, _b2, w in tokens if low <= a2 < high and _future_word(w, words)), None)
                if future is None or any(f.mention.policy == mention.policy for f in found):
                    continue
                proto = self._frame_proto(sentence, _token_trigger(sentence, index), mention, "announced",
                                          "announced", 0.7, [
                                              f"'{word}' … '{future}' … a description of {mention.policy}: an "
                                              "announcement of what the policy will do"])
                proto.announces = "active"
                own = [d for d in clause_dates if (d.start < mention.start if mention.start >= b else d.start > a)]
                if own:
                    proto.date = min(own, key=lambda d: abs(d.start - a))
                found.append(proto)
        return found

    def _court_day_frames(self, sentence: _Sentence) -> list[_Proto]:
        """A court acting on a day the records hold a court's act on one tracked policy, in a sentence that yields
        nothing else, reports that act: 'A federal judge in California on Tuesday struck down the administration's
        temporary restrictions on migrants seeking asylum' (2023-07-25: the Lawful Pathways rule vacated, the
        vacatur stayed: active); 'Un juez federal ordenó ayer ... que deje de expulsar a niños migrantes' (Title
        42, enjoined in part). Only an exact day, a court in the day's clause, no program the records do not track
        in the sentence, exactly one policy with a court's event that day, whose events agree on a status, and
        no other reading of the sentence; a policy the sentence names or describes must be that one, and the
        document must name or describe it somewhere."""
        tokens, words = sentence.tokens, self.words
        courts = [i for i, (_a, _b, w) in enumerate(tokens) if w in words.COURT_WORDS]
        if not courts or sentence.untracked:
            return []
        # a policy the sentence names or describes must be the one; "the program", "una regulación" may not be
        named = {p for m in sentence.mentions if m.kind != "reference" for p in (m.policy, *m.alternatives)}
        for date in sentence.dates:
            if date.exact is None:
                continue
            clause = sentence.clause[_index(sentence, date.start)]
            court = next((i for i in courts if sentence.clause[i] == clause), None)
            if court is None:
                continue
            held = {}
            for policy in self.views.records:
                events = [e for e in self._held_events(policy, date.exact, date.exact) if _by_court(e)]
                if events:
                    held[policy] = events
            if len(held) != 1 or (named and not named & set(held)) or not set(held) & self._named_anywhere():
                continue
            (policy, events), = held.items()
            if len({str(e.status) for e in events}) > 1:
                continue
            event = events[-1]
            a, b, word = tokens[court]
            mention = Mention(policy, a, b, "reference")
            proto = self._frame_proto(sentence, _token_trigger(sentence, court), mention, str(event.status),
                                      str(event.action or event.status), 0.6, [
                                          f"a court ('{word}') acts on {date.exact}, a day the records hold a "
                                          f"court's act on {policy} alone: {describe(event)}; the sentence reports "
                                          "that act"])
            proto.date = date
            return [proto]
        return []

    def _renaming(self, mention: Mention):
        """The records' rebranding event that gave the policy the name this mention uses ('CBP Home'), if any."""
        view = self.views[mention.policy] if mention.kind == "name" else None
        if view is None:
            return None
        named = self.text[mention.start:mention.end].casefold()
        for event in view.applied:
            if str(event.action) != "rebranded" or not event.attributes:
                continue
            if any(isinstance(value, str) and value.casefold() in named for value in event.attributes.values()):
                return event
        return None

    def _named_anywhere(self) -> set[str]:
        """The policies the document names or describes anywhere (found once, when first asked for)."""
        if self._named is None:
            self._named = {p for m in self.matcher.find(self.text, 0, len(self.text)) if m.policy is not None
                           for p in (m.policy, *m.alternatives)}
        return self._named

    def _held_events(self, policy: str, low: dt.date, high: dt.date) -> list:
        """The records' events of `policy` that apply between low and high, in the order they apply."""
        view = self.views[policy]
        return [] if view is None else [event for event in view.applied if low <= applies_on(event) <= high]

    # -- from protos to candidates --

    def _emit(self, sentence: _Sentence, protos: list[_Proto]) -> None:
        document = self.document
        published = self.published
        quote = self.text[sentence.start:sentence.end]
        seen: dict[tuple, Candidate] = {}
        for proto in protos:
            for date in proto.extra_dates or [proto.date]:
                candidate = self._candidate(proto, date, quote, sentence, published)
                if proto.set_aside or candidate.confidence < MIN_CONFIDENCE:
                    document.set_aside.append(candidate)
                    continue
                key = (candidate.policy, candidate.status, candidate.announces, candidate.window())
                if key not in seen or seen[key].confidence < candidate.confidence:
                    seen[key] = candidate
        document.candidates.extend(seen.values())

    def _candidate(self, proto: _Proto, date: DateMention | None, quote: str, sentence: _Sentence,
                   published: dt.date | None) -> Candidate:
        reasons = list(proto.reasons)
        day = not_before = not_after = None
        if date is not None:
            if date.exact:
                day = date.exact
                reasons.append(f"dated by '{date.text}' ({date.how}): {day}")
            else:
                not_before, not_after = date.low, date.not_after
                reasons.append(f"dated by '{date.text}' ({date.how}): " + (
                    f"between {not_before} and {not_after}" if not_before else f"on or before {not_after}"))
        elif proto.speech is not None and proto.speech[0] is not None:
            spoken, binding = proto.speech
            if binding == "exact" and spoken.exact:
                day = spoken.exact
                reasons.append(f"happening as '{spoken.text}' reports it: {day}")
            else:
                not_before = None
                not_after = spoken.not_after
                reasons.append(f"reported on '{spoken.text}': on or before {not_after}")
        elif published is not None:
            not_after = published
            reasons.append(f"no date in the sentence: on or before publication ({published})")
        else:
            reasons.append("no date in the sentence and no publication date")
        mention = proto.mention
        policy = mention.policy
        if mention.alternatives:
            policy = choose(mention, day or not_after or published, self.starts)
            reasons.append(f"described, not named: '{self.text[mention.start:mention.end]}' "
                           f"(shared by {', '.join([mention.policy, *mention.alternatives])}; {policy} then)")
        elif mention.kind == "description":
            reasons.append(f"described, not named: '{self.text[mention.start:mention.end]}'")
        elif mention.kind == "reference":
            reasons.append(f"'{self.text[mention.start:mention.end]}' refers to {policy}, named before")
        candidate = Candidate(policy, proto.status, proto.action, day, not_before, not_after, quote, sentence.start,
                              sentence.end, round(max(0.05, min(proto.confidence, 0.95)), 2), reasons,
                              trigger=proto.trigger.text, announces=proto.announces, headline=sentence.headline)
        if proto.outcome is not None:
            self._OUTCOMES[proto.outcome](self, candidate, published)
        return candidate

    def _unknown_policies(self, sentence: _Sentence) -> None:
        pattern = self.words.UNKNOWN_POLICY
        if pattern is None:
            return
        document = self.document
        known = [(m.start, m.end) for m in sentence.mentions]
        for match in pattern.finditer(self.text, sentence.start, sentence.end):
            name = match.group("name").strip("\"“”")
            if any(a < match.end() and match.start() < b for a, b in known):
                continue
            tokens = [w.lower().strip("’'s") for w in name.split()]
            if all(word in self.words.GENERIC_NAMES for word in tokens):
                continue
            if any(entry["name"].lower() == name.lower() for entry in document.unknown_policies):
                continue
            document.unknown_policies.append({"name": name, "kind": match.group("kind"),
                                              "quote": self.text[sentence.start:sentence.end],
                                              "start": sentence.start, "end": sentence.end})


    # what the records say an act that asks them became (_Proto.outcome)
    _OUTCOMES = {"attempt": _attempt_taken, "announced": _announced_outcome, "stop": _stop_outcome,
                 "kept": _kept_outcome}


# --- helpers over a sentence's tokens ----------------------------------------------------------------


def _announced_ahead(proto: _Proto, reason: str) -> None:
    """A future act stated without an announcing verb: announced (its status in `announces`), never dated by the
    day it takes effect."""
    proto.announces, proto.status, proto.action = proto.status, "announced", "announced"
    proto.confidence = min(proto.confidence, 0.6)
    proto.reasons.append(reason)
    proto.set_aside, proto.ahead = False, True


def _token_trigger(sentence: _Sentence, index: int) -> Trigger:
    """A token (a reporting or signing verb) as the trigger of a construction read as a whole."""
    a, b, word = sentence.tokens[index]
    return Trigger(a, b, word, None, "", "past", None)


def _index(sentence: _Sentence, position: int) -> int:
    """The token at or before a character position."""
    return max(0, bisect.bisect_right(sentence.starts, position) - 1)


def _words_between(sentence: _Sentence, start: int, end: int) -> int:
    return sum(1 for a, b, word in sentence.tokens if a >= start and b <= end and word[0].isalnum())


def _in_date(sentence: _Sentence, a: int) -> bool:
    return any(d.start <= a < d.end for d in sentence.dates)


def _words_to_object(sentence: _Sentence, start: int, end: int) -> list[str]:
    """The words between a verb and its object, less a date between them ('tumbó este martes la nueva regla',
    'blocked on Tuesday the rule')."""
    return [w for a, b, w in sentence.tokens if a >= start and b <= end and w[0].isalnum()
            and not _in_date(sentence, a)]


def _right_after(sentence: _Sentence, mention: Mention, trigger: Trigger, words: ModuleType) -> bool:
    """The trigger follows the mention with at most a comma and adverbs between ("MPP, initially announced")."""
    between = [w for a, _b, w in sentence.tokens if mention.end <= a < trigger.start]
    if between and between[0] in words.HEADS:  # "the CHNV program, established in 2023": the name's head noun
        between = between[1:]
    return all(w == "," or w.endswith(("ly", "mente")) or w in words.OPENING_ADVERBS for w in between)


_QUOTES = frozenset("\"“”'’‘")
# the words single rules read are each language's (lexicon.HEADS and the rest); these two read the records,
# whatever the article's language: a court's actions, and the words that name a court in an event's summary
_COURT_ACTIONS = frozenset("enjoined vacated stayed".split())
_COURT_SUMMARY = re.compile(r"\b(?:court|judge|justice|circuit)\b", re.I)


def _undated(candidate: Candidate) -> bool:
    """No date from the text: on or before publication at most."""
    return candidate.date is None and candidate.not_before is None


def _held_as(candidate: Candidate, event, reason: str) -> None:
    """A candidate the records' event answers: the reason, and, when the text gives no date, the event's day or
    its uncertain window."""
    if _undated(candidate):
        if event.date is not None:
            candidate.date, candidate.not_before, candidate.not_after = event.date, None, None
        else:
            candidate.date, candidate.not_before, candidate.not_after = None, event.not_before, event.not_after
    candidate.reasons.append(reason)


def _future_word(word: str, words: ModuleType) -> bool:
    """A future auxiliary ('will', 'va', 'vai') or, in Spanish and Portuguese, a synthetic future ('esperarán',
    'devolverá', 'ficarão')."""
    if word in words.FUTURE or word.endswith(("'ll", "’ll")):
        return True
    return words.CODE in ("es", "pt") and len(word) > 4 and word.endswith(("rá", "rán", "rão"))


def _by_court(event) -> bool:
    """Whether a record's event is a court's act (its action, or a court named in its summary)."""
    return str(event.action) in _COURT_ACTIONS or bool(_COURT_SUMMARY.search(event.summary or ""))


def _start_confidence(mention: Mention, confidence: float) -> float:
    if mention.kind == "description":
        return confidence - 0.15
    if mention.kind == "reference":
        return min(confidence, 0.65)
    return confidence


def _first_of_clause(sentence: _Sentence, index: int) -> int | None:
    clause = sentence.clause[index]
    first = index
    while first > 0 and sentence.clause[first - 1] == clause:
        first -= 1
    return first


def _clauses(tokens: list[tuple[int, int, str]], mentions: list[Mention],
             words: ModuleType) -> tuple[list[int], frozenset[int]]:
    """A clause number for each token: a new clause at ; : dashes, and words that begin one ("which", "and",
    "after"); a parenthesis is a clause of its own, after which the outer one goes on. Words inside a policy's
    name never begin a clause, and neither does a clause word right before a date ("since March 2020").
    Also the numbers of the clauses that begin inside a parenthesis (brackets or a pair of dashes): asides."""
    numbers: list[int] = []
    asides: set[int] = set()
    current = 0
    counter = 0
    stack: list[int] = []
    inside = [(m.start, m.end) for m in mentions]
    dashes = [position for position, (_a, _b, word) in enumerate(tokens) if word.strip() in _DASHES]
    pairs = {dashes[i]: dashes[i + 1] for i in range(0, len(dashes) - 1, 2)}
    closing = set(pairs.values())
    for position, (a, b, word) in enumerate(tokens):
        if any(s <= a and b <= e for s, e in inside):
            numbers.append(current)
            continue
        if position in pairs:  # "MPP — commonly referred to as 'remain in Mexico' — will be": a parenthesis
            stack.append(current)
            counter += 1
            current = counter
            asides.add(current)
        elif position in closing and stack:
            numbers.append(current)
            current = stack.pop()
            continue
        elif word == _OPEN:
            stack.append(current)
            counter += 1
            current = counter
            asides.add(current)
        elif word == _CLOSE and stack:
            numbers.append(current)
            current = stack.pop()
            continue
        elif word.strip() in _STRONG or word in _STRONG:
            counter += 1
            if stack:
                asides.add(counter)
            current = counter
        elif word in words.CLAUSE_WORDS and not _date_word_follows(tokens, position, words) \
                and not (position and tokens[position - 1][2] in words.KNOWN_AS) \
                and not (word in words.AFTERWARDS and position + 1 < len(tokens)
                         and not tokens[position + 1][2][0].isalnum()):
            counter += 1
            if stack:
                asides.add(counter)
            current = counter
        numbers.append(current)
    return numbers, frozenset(asides)


_PRESIDENT = re.compile(r"\b(trump|biden|obama)\b", re.I)


def _date_word_follows(tokens: list[tuple[int, int, str]], position: int, words: ModuleType) -> bool:
    following = tokens[position + 1:position + 2]
    return bool(following) and tokens[position][2] in words.DATE_PREPOSITIONS \
        and bool(words.DATE_START.match(following[0][2]))


def _scope_cue(sentence: _Sentence, index: int, words: ModuleType) -> tuple[str, str] | None:
    """A negation, modal or future word in the trigger's clause, looking back at most eight words."""
    tokens = sentence.tokens
    clause = sentence.clause[index]
    before = [(w, c) for (_a, _b, w), c in zip(tokens[:index], sentence.clause[:index], strict=True)]
    if before and before[-1][0] in words.INFINITIVE_TO:
        return ("infinitive", before[-1][0])
    # "expect the program to be terminated", "is said to have been ended": a passive infinitive
    auxiliaries = [w for w, _c in before[-3:]]
    passive = next((phrase for phrase in words.PASSIVE_INFINITIVES if auxiliaries[-len(phrase):] == list(phrase)), None)
    if passive is not None:
        return ("infinitive", passive[0])
    seen = 0
    governing = False
    for position in range(len(before) - 1, -1, -1):
        word, number = before[position]
        if number != clause or not word[0].isalnum():
            if word in ("“", "”", '"'):
                continue
            # "would likely be able to prove that the administration is terminating it": a clause that "that"
            # opens is as hypothetical as the clause it completes
            opener = before[position + 1][0] if position + 1 < len(before) else ""
            relative = any(m.start <= tokens[position][0] < m.end for m in sentence.mentions)
            if not governing and opener in words.COMPLEMENTIZERS and number != clause and word[0].isalnum() \
                    and not relative:
                governing, clause, seen = True, number, 0
            else:
                return None
        if governing and (word in words.FUTURE or word.endswith(("'ll", "’ll"))):
            return None  # "announced that it will": the announcement's own future, not this clause's
        if word in words.NEGATIONS or word.endswith(("n't", "n’t")):
            return ("negation", word)
        if word in words.FUTURE or word.endswith(("'ll", "’ll")):
            return ("future", word)
        # "migrants seeking asylum": a modal of seeking governs nothing without a verb after it; "já não se
        # aplica": a clitic right before the verb, not "se" (if)
        not_modal = (word in words.SEEKING and not words.INFINITIVE.match(tokens[position + 1][2])) \
            or (word in words.CLITICS and position == len(before) - 1)
        if (word in words.MODALS and not _head_of_name(sentence, position) and not not_modal) \
                or word.endswith(("'d", "’d")):
            return ("modality", word)
        seen += 1
        if seen >= 8:
            return None
    return None


def _extended_stop(sentence: _Sentence, index: int, words: ModuleType) -> tuple[str, tuple[str, str]] | None:
    """The stop a verb of expanding extends ('extended the pause', 'extendió la suspensión', 'estendeu a pausa'):
    the noun right after it (determiners aside) whose act (the lexicon's NOUNS) stops the policy."""
    following = [w for _a, _b, w in sentence.tokens[index + 1:index + 4] if w not in words.DETERMINERS]
    if not following:
        return None
    act = next((act for phrase, act in words.NOUNS.items() if phrase.split()[0] == following[0]), None)
    return (following[0], act) if act is not None and act[0] in _STOPPED else None


def _head_of_name(sentence: _Sentence, index: int) -> bool:
    """'The "Remain in Mexico" plan expands', 'el plan Quédate en México': a word right after or right before a
    policy's name (quotes aside) is the name's head noun, not a plan to act."""
    a, b, _word = sentence.tokens[index]
    text = sentence.text
    quotes = " " + "".join(_QUOTES)
    return any(m.policy is not None and m.kind == "name"
               and ((m.end <= a and not text[m.end:a].strip(quotes))
                    or (b <= m.start and not text[b:m.start].strip(quotes)))
               for m in sentence.mentions)


def _purpose_of_another_verb(sentence: _Sentence, index: int, cue: tuple[str, str], words: ModuleType) -> bool:
    """'para lidiar con la expiración de …', 'para contrarrestar a suspensão de …': a purpose word (PURPOSE) whose
    next word is a verb, not a determiner or the noun itself (as in 'para la suspensión del programa')."""
    if cue[0] != "modality" or cue[1] not in words.PURPOSE:
        return False
    position = next((i for i in range(index - 1, -1, -1) if sentence.tokens[i][2] == cue[1]), None)
    if position is None or position + 1 >= index:
        return False
    following = sentence.tokens[position + 1][2]
    return following not in words.DETERMINERS and following[0].isalpha()


def _negated(sentence: _Sentence, index: int, words: ModuleType) -> bool:
    cue = _scope_cue(sentence, index, words)
    return cue is not None and cue[0] in ("negation", "modality", "infinitive")


def _marked_tokens(tokens: list[tuple[int, int, str]], words: ModuleType) -> list[tuple[int, int, str]]:
    """Tokens no rule should read as what they spell: 'immigration courts', 'an immigration judge', 'cortes de
    inmigración', 'juiz de imigração' hear cases under a policy, not courts that rule on it; 'States' after
    'United' is a country, not a saying verb."""
    marked = list(tokens)
    for i, (a, b, word) in enumerate(tokens):
        if word not in words.ADJUDICATORS:
            continue
        before = tokens[i - 1][2] if i else ""
        after = [w for _a, _b, w in tokens[i + 1:i + 3]]
        if before in words.IMMIGRATION or (after[:1] and after[0] in words.IMMIGRATION_OF and after[1:]
                                           and after[1] in words.IMMIGRATION):
            marked[i] = (a, b, f"immigration-{word}")
    for i, (a, b, word) in enumerate(tokens):
        for first, second in words.PLACE_NAMES:  # "in the United States under ...": a country, not a saying verb
            if word == second and i and tokens[i - 1][2] == first:
                marked[i] = (a, b, f"{first}-{second}")
    return marked


def _court_in_sentence(sentence: _Sentence, words: ModuleType) -> bool:
    return any(word in words.COURT_WORDS for _a, _b, word in sentence.tokens)


def _adjectival(sentence: _Sentence, index: int, mention: Mention, words: ModuleType) -> bool:
    """'the reinstated policy', 'a recently revived MPP', 'blocks revived Remain in Mexico program'."""
    before = [w for _a, _b, w in sentence.tokens[:index] if w[0].isalnum()]
    if not before:
        return False
    if before[-1] in words.RELATIVES and mention.end <= sentence.tokens[index][0] \
            and _first_of_clause(sentence, index) == index - 1:
        return False  # "an order ... that went into effect": the relative pronoun, not "that revived policy"
    if before[-1] in words.DETERMINERS or before[-1].endswith(_POSSESSIVE):  # "the administration's expanded ban"
        return True
    if len(before) >= 2 and before[-1].endswith("ly") and before[-2] in words.DETERMINERS:
        return True
    # a participle right before the policy's name, after a verb or a preposition, is its adjective
    trigger_end = sentence.tokens[index][1]
    if mention.start >= trigger_end and _words_between(sentence, trigger_end, mention.start) == 0:
        previous = before[-1]
        return previous in words.MEANS or previous in words.PART_PREPOSITIONS or bool(
            re.fullmatch(r"\w+(s|ed)", previous) and previous not in words.PASSIVE and previous not in
            words.AUTHORITIES and len(previous) > 3 and previous[0].islower() and previous in words.VERBISH)
    return False


_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _named_as_means(sentence: _Sentence, mention: Mention, words: ModuleType) -> bool:
    before: list[str] = []  # up to four words before the policy, back to a comma ("Trump was sworn in, the app")
    for a, _b, w in reversed(sentence.tokens[:_index(sentence, mention.start) + 1]):
        if a >= mention.start:
            continue
        if not w[0].isalnum():
            if w.strip() in (",", ";", ":", "(", ")") or w.strip() in _DASHES:
                break
            continue
        before.insert(0, w)
        if len(before) == 4:
            break
    while before and before[-1] in words.DETERMINERS:
        before.pop()
    if not before or before[-1] not in words.MEANS:
        return False
    # "suspended new enrollments in MPP", "launched a feature in the CBP One app": a part of the policy
    # changed, which is the policy changing; "returned under MPP" names it as a means
    return not (before[-1] in words.PART_PREPOSITIONS and len(before) >= 2 and before[-2] in words.POLICY_PARTS)


def _assign_dates(protos: list[_Proto], dates: list[DateMention], sentence: _Sentence, words: ModuleType) -> None:
    """Each date to the act of its own clause (the nearest there); a date in a clause without an act to the
    nearest reported act that has none; "on July 6 and ... on July 18" with one verb gives one act per date."""
    orphans = []
    dates = [d for d in dates if sentence.tokens[max(0, _index(sentence, d.start) - 1)][2] not in words.UNTIL]
    for mention in list(dates):
        # "on May 12, the day after Title 42 ended": the act of the clause after is a day off the date
        relative = words.DAY_OFF.match(sentence.text, mention.end, sentence.end)
        if relative is None or mention.low is None:
            continue
        shift = dt.timedelta(days=-1 if relative.group("after") else 1)
        clause = sentence.clause[_index(sentence, relative.end() - 1)]
        own = [p for p in protos if p.clause == clause and p.date is None]
        if own:
            shifted = DateMention(mention.start, mention.end, mention.text + relative.group(0),
                                  mention.not_before + shift, mention.not_after + shift, "a day off another date")
            for proto in own:
                proto.date = shifted
            dates.remove(mention)
    for mention in dates:
        clause = sentence.clause[_index(sentence, mention.start)]
        # an announcement is dated by its announcing verb, never by the day its future act takes effect ("DHS
        # will end the program on April 24")
        own = [p for p in protos if p.clause == clause and not (
            p.ahead and mention.start > p.trigger.start and (p.anchor == p.trigger.start or mention.start < p.anchor))]
        if not own:
            orphans.append(mention)
            continue
        nearest = min(own, key=lambda p: _gap(sentence, mention, p))
        if nearest.date is None or _gap(sentence, mention, nearest) < _gap(sentence, nearest.date, nearest):
            nearest.date = mention
    for mention in orphans:
        index = _index(sentence, mention.start)
        first = _first_of_clause(sentence, index)
        opener = sentence.tokens[first][2] if first is not None else ""
        clause = sentence.clause[index]
        if any(w in words.EVENT_NOUNS for (_a, _b, w), c in zip(sentence.tokens, sentence.clause, strict=True)
               if c == clause):
            continue  # "following a ruling by a judge on Monday", "a June 30 ruling": that event's date
        # an announcement is dated by its announcing verb, never by a date in the future it announces; a date
        # outside an aside never dates the aside's act ("Title 42 — an order that was enacted under Trump — is
        # being lifted Thursday")
        reported = [p for p in protos if not p.set_aside and not (p.announces and mention.start > p.trigger.start)
                    and (p.clause not in sentence.asides or p.clause == clause)]
        if not reported:
            continue
        undated = [p for p in reported if p.date is None]
        if undated:
            nearest = min(undated, key=lambda p: _gap(sentence, mention, p))
            nearest.date = mention
            continue
        nearest = min(reported, key=lambda p: _gap(sentence, mention, p))
        gap = [w for _a, _b, w in sentence.tokens[first:index] if w[0].isalpha()]
        if opener in words.AND and nearest.date is not None and nearest.date.exact and mention.exact \
                and nearest.anchor < nearest.date.start < mention.start and not nearest.announces and len(gap) <= 8:
            # gapping: "stopped issuing ... on July 6 and to the other three nationalities on July 18"
            nearest.extra_dates.append(mention)
    for proto in protos:
        if proto.extra_dates and proto.date is not None:
            proto.extra_dates.insert(0, proto.date)


def _gap(sentence: _Sentence, mention: DateMention, proto: _Proto) -> int:
    """How far a date is from the word that anchors a proto (its trigger, or its announcing verb): the words
    between, and three more for each comma ("terminated in 2021, revived ...": 2021 is the termination's)."""
    start = proto.anchor
    end = proto.trigger.end if proto.anchor == proto.trigger.start else start + 1
    low, high = (end, mention.start) if mention.start >= end else (mention.end, start)
    between = [w for a, b, w in sentence.tokens if a >= low and b <= high]
    return len(between) + 3 * between.count(",")


def _record_starts(records: Sequence) -> dict[str, dt.date]:
    """Each record's first day in its history (to choose among records that share a description)."""
    starts = {}
    for record in records:
        days = [day for day in (applies_on(event) for event in record.events) if day is not None]
        if days:
            starts[record.id] = min(days)
    return starts


def _deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    """Across sentences: drop a candidate when another of the same policy and status (and, for announcements,
    the same announced status) pins it down more; an undated one only for another of the same action, unless it
    comes from a headline."""
    kept = []
    for candidate in candidates:
        low, high = candidate.window()
        redundant = False
        for other in candidates:
            # "dejará de inscribir ... en el programa, anunció el lunes": 'anunció' announces what the other
            # candidate of the sentence says it announces
            vaguer = candidate.status == "announced" and candidate.announces is None and other.announces \
                and other.start == candidate.start
            if other is candidate or (other.policy, other.status) != (candidate.policy, candidate.status) \
                    or (other.announces != candidate.announces and not vaguer):
                continue
            if other.action != candidate.action and other.start == candidate.start:
                continue  # "started ... earlier this year, and last week were extended": two acts of one sentence
            if other.action != candidate.action and candidate.not_before is None and candidate.date is None \
                    and not candidate.headline:
                # "restableció el programa" is not "se implementó en 2019": another act, kept undated; but an
                # undated headline ("Trump administration expands program ...") restates the dated lead ("was
                # implemented Monday in a new location")
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

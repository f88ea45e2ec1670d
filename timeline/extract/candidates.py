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
* "stopped issuing travel authorizations" and "would no longer be used" pause
  the policy (`suspended`, or the stop the records hold then);
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

This module is the entry point (`extract_text`); the reading itself is in
`reader.py`, whose rules are in `subjects.py` (which policy), `acts.py` (what
the clause says of the act) and `frames.py` (constructions read as a whole),
over the sentences and tokens of `clauses.py`.

Records come in as validated `Policy` models (`Timeline.policies()`); the
extractor never edits them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline.core.dates import iso as _iso
from timeline.core.segments import applies_on

from . import language as languages
from .calibration import calibrate
from .clauses import _EARLIEST_YEAR
from .document import DEFAULT_TIME_LIMIT, MAX_CHARS, Budget, Candidate, Document, TimeBudgetExceeded
from .mentions import mention_pattern, name_variants
from .reader import _Reader
from .text import read_header
from .triggers import find_triggers
from .verdicts import RecordView, RecordViews, context_match, verdict


def extract_text(text: str, records: Sequence, *, file: str = "-", published: dt.date | None = None,
                 url: str | None = None, time_limit: float | None = DEFAULT_TIME_LIMIT,
                 language: str | None = None) -> Document:
    """Candidate events in one article. `published` overrides the header's date; `language` ('en', 'es',
    'pt') the language found in the text."""
    budget = Budget(time_limit)
    views = RecordViews(records)
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
    calibrate(document.candidates, code)
    return document


def _judge(document: Document, views: RecordViews) -> None:
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
            # so does another sentence's announcement of the same day ("Nielsen announced Thursday that ..." in a
            # teaser and in the text)
            vaguer = candidate.status == "announced" and candidate.announces is None and other.announces \
                and (other.start == candidate.start or (candidate.date is not None and candidate.date == other.date))
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
            if inside and (narrower or vaguer or (same and (other.confidence, -other.start)
                                                  > (candidate.confidence, -candidate.start))):
                redundant = True
                break
        if not redundant:
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.policy))


__all__ = ["Candidate", "Document", "extract_text", "find_triggers", "mention_pattern", "name_variants"]

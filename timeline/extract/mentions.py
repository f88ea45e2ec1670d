"""Where an article refers to a tracked policy: by name, by description, or by "the program" / "it".

* **Names**: each record's `name` and `aliases`, plus each without a
  parenthesis or a generic last word ("CBP One app" also finds "CBP One").
  Matching ignores case and accents, accepts a hyphen, space, quote or line
  break between words, an acronym written against the next word ("CBPOne")
  and a trademark sign after a name ("CBP One™", "CBP OneTM"). Acronyms of up
  to five capitals match only in capitals.
* **Descriptions**: the record's `described_as` phrases for the document's
  language (docs/schema.md): words in order, `...` for up to twelve words
  between, `*` at a word's end for any ending. When several records share a
  phrase, the one in existence on the act's day is chosen (`choose`).
* **References**: "the program", "the policy", "la medida", "it" mean the
  policy the text last named (by name or description) when no other program
  was named since; see `Salience`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

_GENERIC_SUFFIX = re.compile(r"\s+(?:program|programme|policy|app|application|scheme|initiative|appointments?"
                             r"|appointment scheduling|scheduling|programa|política|aplicación|programa de)$", re.I)
SEPARATOR = r"(?:[\s\-\u2010\u2011\u2013\"“”'‘’«»]+)"
GAP_WORDS = 12
# letters written with or without their accents ("Título 42", "Titulo 42"; "Quédate", "Quedate")
_FOLD = {"a": "aáàâãä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôõö", "u": "uúùûü", "n": "nñ", "c": "cç"}
for _plain, _letters in list(_FOLD.items()):
    for _letter in _letters:
        _FOLD[_letter] = _letters


@dataclass(frozen=True)
class Mention:
    """A place in the text that refers to a policy (`policy` None: a program the records do not track)."""

    policy: str | None
    start: int
    end: int
    kind: str = "name"  # name | description | reference
    alternatives: tuple[str, ...] = ()  # other records that share a description


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


def _letters(word: str) -> str:
    """A word as a pattern: accents optional, apostrophes straight or curly."""
    out = []
    for char in word:
        lower = char.lower()
        if lower in _FOLD:
            out.append("[" + _FOLD[lower] + _FOLD[lower].upper() + "]")
        elif char in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _name_body(variant: str) -> str:
    words = re.split(SEPARATOR, variant.strip())
    body = _letters(words[0])
    for previous, word in zip(words, words[1:], strict=False):
        # an acronym may be written against the next word: "CBPOne"
        joiner = SEPARATOR + "?" if re.fullmatch(r"[A-Z]{2,5}", previous) else SEPARATOR
        body += joiner + _letters(word)
    return body


def mention_pattern(record) -> re.Pattern:
    """One regex for every name variant (see the module's docstring)."""
    return _names_pattern(record.name, tuple(record.aliases))


@functools.lru_cache(maxsize=1024)
def _names_pattern(name: str, aliases: tuple[str, ...]) -> re.Pattern:
    record = _Names(name, aliases)
    parts = []
    for variant in sorted(name_variants(record), key=len, reverse=True):
        if re.fullmatch(r"[A-Z]{2,5}", variant):
            parts.append(f"(?-i:{re.escape(variant)})")
        else:
            parts.append(_name_body(variant))
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?:\s?[™®]|TM)?(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class _Names:
    name: str
    aliases: tuple[str, ...]


def description_pattern(phrases: list[str]) -> re.Pattern | None:
    """One regex for a record's descriptive phrases in one language (see the module's docstring)."""
    return _description_pattern(tuple(phrases))


@functools.lru_cache(maxsize=1024)
def _description_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    parts = []
    for phrase in phrases:
        body = []
        gap = False
        for word in phrase.split():
            if word in ("...", "…"):
                gap = True
                continue
            star = word.endswith("*")
            piece = _letters(word.rstrip("*")) + (r"\w*" if star else "")
            if body:
                body.append(rf"(?:\W+\w+){{0,{GAP_WORDS}}}?\W+" if gap else SEPARATOR)
            body.append(piece)
            gap = False
        if body:
            parts.append("".join(body))
    if not parts:
        return None
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def descriptions(record, language: str) -> list[str]:
    """The record's `described_as` phrases for a language (none when the record has no such key)."""
    described = getattr(record, "described_as", None) or {}
    return list(described.get(language, []) if isinstance(described, dict) else getattr(described, language, []))


class Matcher:
    """Finds the tracked policies named or described in a piece of text, for one document's language."""

    def __init__(self, records, language: str, unknown: re.Pattern | None = None,
                 generic_names: frozenset[str] = frozenset()) -> None:
        self.names = [(record.id, mention_pattern(record)) for record in records]
        described = [(record.id, description_pattern(descriptions(record, language))) for record in records]
        self.descriptions = [(policy, pattern) for policy, pattern in described if pattern is not None]
        self.unknown, self.generic_names = unknown, generic_names
        # the words each policy is called by (names, aliases, descriptions in every language), for `called`
        self._words = {record.id: set(re.findall(r"\w+", " ".join(
            [record.name, *record.aliases, *(p for lang in ("en", "es", "pt") for p in descriptions(record, lang))]
        ).lower())) for record in records}

    def called(self, policy: str, noun: str) -> bool:
        """Whether `noun` is among the words the policy is called by: "the order" stands for Title 42 (a public
        health order) but, after "Remain in Mexico", for a court's or a president's order about it."""
        return noun in self._words.get(policy, ())

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        found = [Mention(policy, m.start(), m.end()) for policy, pattern in self.names
                 for m in pattern.finditer(text, start, end)]
        spans: dict[tuple[int, int], list[str]] = {}
        for policy, pattern in self.descriptions:
            for m in pattern.finditer(text, start, end):
                spans.setdefault(m.span(), []).append(policy)
        for (a, b), policies in spans.items():
            if any(m.start < b and a < m.end for m in found if m.kind == "name"):
                continue  # a name inside or across a description: the name says it
            found.append(Mention(policies[0], a, b, "description", tuple(policies[1:])))
        found.sort(key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept

    def untracked_matches(self, text: str, start: int, end: int, known: list[Mention]) -> list[re.Match]:
        """'The X program' for an X the records do not track: not where a known mention is, and not when X is only
        generic words ("the new program", "the Biden administration's initiative")."""
        if self.unknown is None:
            return []
        out = []
        for match in self.unknown.finditer(text, start, end):
            # a known mention across it stands, unless it is a description inside a longer capitalised name ("the
            # Family Reunification Parole process" is not the "parole process" the CHNV record describes)
            if any(m.start < match.end() and match.start() < m.end and not _outnamed(text, match, m)
                   for m in known):
                continue
            name = match.group("name").strip("\"“”")
            if all(word.lower().strip("’'s") in self.generic_names for word in name.split()):
                continue
            out.append(match)
        return out

    def untracked(self, text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
        """The untracked programs of `untracked_matches`, as mentions (for the salience of "the program")."""
        return [Mention(None, m.start(), m.end(), "untracked") for m in self.untracked_matches(text, start, end, known)]


def _outnamed(text: str, match: re.Match, mention: Mention) -> bool:
    """Whether a description lies inside an untracked program's name that has capitalised words besides it."""
    low, high = match.span("name")
    if mention.kind != "description" or not (match.start() <= mention.start and mention.end <= match.end()):
        return False
    rest = text[low:min(mention.start, high)] + " " + text[max(mention.end, low):high]
    return any(word[0].isupper() for word in re.findall(r"\w[\w-]*", rest))


class Salience:
    """The policy "the program" or "it" stands for: the last one named, unless another program came since."""

    def __init__(self) -> None:
        self.last: Mention | None = None

    def note(self, mentions: list[Mention]) -> None:
        for mention in mentions:
            if mention.kind != "reference":
                self.last = mention

    def current(self) -> Mention | None:
        return self.last if self.last is not None and self.last.policy is not None else None


def choose(mention: Mention, day: dt.date | None, starts: dict[str, dt.date]) -> str:
    """Of the records sharing a description, the one in existence on `day` that began last (else the one that
    began soonest after it): "asylum restrictions" in 2024 are the 2024 rule's, in 2023 the 2023 rule's."""
    options = [mention.policy, *mention.alternatives]
    if len(options) == 1 or day is None:
        return mention.policy

    def rank(policy: str) -> tuple:
        start = starts.get(policy)
        if start is None:
            return (2, 0)
        if start <= day:
            return (0, -start.toordinal())
        return (1, start.toordinal())

    return min(options, key=rank)


# Presidential terms (inauguration days), for a description qualified by an administration: "Trump-era asylum
# restrictions" are not a rule that began under Biden.
TERMS: dict[str, tuple[tuple[dt.date, dt.date], ...]] = {
    "obama": ((dt.date(2009, 1, 20), dt.date(2017, 1, 20)),),
    "trump": ((dt.date(2017, 1, 20), dt.date(2021, 1, 20)), (dt.date(2025, 1, 20), dt.date.max)),
    "biden": ((dt.date(2021, 1, 20), dt.date(2025, 1, 20)),),
}
_ERA = re.compile(r"\b(obama|trump|biden)(?:(?:[-\s]era|['’]s|\s+administration['’]s)\s+(?:[\w-]+\s+){0,4}"
                  r"|\s+administration\s+(?:[\w-]+\s+){0,2})$", re.I)


def in_term(mention: Mention, text: str, starts: dict[str, dt.date]) -> Mention:
    """A description qualified by an administration ("Trump-era asylum restrictions", "the Biden administration's
    asylum rule") is one of the records sharing it that began in that president's term; if none did, it is a
    policy the records do not track (policy None). Names and references are left as they are."""
    if mention.kind != "description":
        return mention
    match = _ERA.search(text, max(0, mention.start - 60), mention.start)
    if match is None:
        return mention
    terms = TERMS[match.group(1).lower()]
    options = [policy for policy in (mention.policy, *mention.alternatives)
               if policy in starts and any(low <= starts[policy] < high for low, high in terms)]
    if not options:
        return Mention(None, mention.start, mention.end, "untracked")
    return Mention(options[0], mention.start, mention.end, mention.kind, tuple(options[1:]))


__all__ = ["TERMS", "Matcher", "Mention", "Salience", "choose", "description_pattern", "in_term", "mention_pattern",
           "name_variants"]

"""The lexicon's words in a text: one regex per language, made once (`find_triggers`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from . import language as languages
from .lexicon import Lex


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
_END = ""  # a phrase ends at this node of the trie


def _trie_pattern(phrases) -> str:
    """One regex for many phrases, shaped as a trie (shared beginnings written once), where a space between words
    is any run of white space. Each node tries its continuations before it ends, so the longest phrase that lets
    the rest of the pattern match wins, as an alternation sorted longest first would choose; Python's re tries an
    alternation's branches one by one at each position, and the trie is what keeps the Spanish and Portuguese
    lexicons (some 3,000 phrases each) from costing as many tries at every character."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for index, word in enumerate(phrase.split()):
            for unit in ([r"\s+"] if index else []) + [re.escape(char) for char in word]:
                node = node.setdefault(unit, {})
        node[_END] = {}

    def pattern(node: dict) -> str:
        branches = [unit + pattern(child) for unit, child in sorted(node.items()) if unit != _END]
        if _END in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(trie)


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
    body = _trie_pattern(table)
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

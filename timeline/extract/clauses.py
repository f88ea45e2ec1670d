"""A sentence as the reader sees it (`_Sentence`: tokens, clauses, mentions, dates), a candidate in the making
(`_Proto`), and the questions asked of a sentence's tokens that need no record and no reader state (where a
clause starts, whether a word is negated, which date belongs to which act)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from types import ModuleType

from .document import Candidate
from .mentions import Mention
from .text import DateMention
from .triggers import Trigger

MAX_SENTENCE = 3_000
MIN_CONFIDENCE = 0.45
_STRONG = frozenset(";:\u2014\u2013") | {"--", "-"}
_DASHES = frozenset("\u2014\u2013") | {"--", "-"}
_OPEN, _CLOSE = "(", ")"
_STOPPED = frozenset({"suspended", "terminated"})
_HELD_SPAN = 31  # a date of at most a month can name an event the records hold (frames._Frames._held_frames)
_EARLIEST_YEAR = 100  # the earliest publication year from which "99 years ago" can still be counted back
_RESTARTS = frozenset({"reinstated", "resumed"})


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
    untracked: tuple[tuple[int, int], ...] = ()  # where it names programs the records do not track


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
    # the reporting verb's date, and 'exact', 'bound' or 'known' (a participle: when the act was made known)
    speech: tuple[DateMention | None, str] | None = None
    date: DateMention | None = None
    extra_dates: list[DateMention] = field(default_factory=list)
    ahead: bool = False  # a future act an authority states: its own dates are the day it takes effect
    # the question the records answer for this act (acts._Acts._OUTCOMES): "attempt" ("tried to end", "directed DHS
    # to terminate": did the end take effect?), "order" (the same for a document or an order to end, an undated one
    # news of the week before publication), "announced" ("announced the end of X": did it take effect as
    # announced?), "stop" ("stopped enrolling": paused or ended?), "kept" ("rejected the request to end": kept how?)
    outcome: str | None = None
    modifies: Trigger | None = None  # a participle of the act noun before it: 'the suspension ... announced Friday'



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


def short_dates(sentence: _Sentence) -> list[DateMention]:
    """The sentence's dates of at most a month (_HELD_SPAN) with a first day: those that can name an event the
    records hold."""
    return [d for d in sentence.dates if d.low is not None and (d.not_after - d.not_before).days <= _HELD_SPAN]


def _index(sentence: _Sentence, position: int) -> int:
    """The token at or before a character position."""
    return max(0, bisect.bisect_right(sentence.starts, position) - 1)


def _words_between(sentence: _Sentence, start: int, end: int, dates: bool = True) -> int:
    """The words between two offsets; with `dates` false, not those of a date ("bloqueó el lunes la terminación del
    programa": a day between a verb and its object, as Spanish and Portuguese put it)."""
    return sum(1 for a, b, word in sentence.tokens
               if a >= start and b <= end and word[0].isalnum() and (dates or not _in_date(sentence, a)))


def _in_date(sentence: _Sentence, a: int) -> bool:
    return any(d.start <= a < d.end for d in sentence.dates)


def _words_to_object(sentence: _Sentence, start: int, end: int) -> list[str]:
    """The words between a verb and its object, less a date between them ('tumbó este martes la nueva regla',
    'blocked on Tuesday the rule')."""
    return [w for a, b, w in sentence.tokens if a >= start and b <= end and w[0].isalnum()
            and not _in_date(sentence, a)]


def _adverb(word: str, words: ModuleType) -> bool:
    """Whether a word is an adverb that may come between words without parting them ('initially', 'soon',
    'formalmente')."""
    return word.endswith(("ly", "mente")) or word in words.OPENING_ADVERBS


def _right_after(sentence: _Sentence, mention: Mention, trigger: Trigger, words: ModuleType) -> bool:
    """The trigger follows the mention with at most a comma, the quote that closes a quoted name and adverbs between
    ("MPP, initially announced", 'el programa "Quédate en México" comenzó'; not a quotation that ends with the name:
    '"We will never bring back Remain in Mexico" ended the statement')."""
    quoted = mention.start > 0 and sentence.text[mention.start - 1] in "\"“«'‘"
    between = [w for a, _b, w in sentence.tokens if mention.end <= a < trigger.start
               and not (quoted and w in _QUOTES)]
    if between and between[0] in words.HEADS:  # "the CHNV program, established in 2023": the name's head noun
        between = between[1:]
    return all(w == "," or _adverb(w, words) for w in between)


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
        candidate.dated_by = "records"
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


_HEADLINE_END = (".", "!", "?", "…", ".”", ".\"", "”", "\"")


def headline_shape(text: str, token_count: int, title: str | None) -> bool:
    """Whether a sentence reads as a headline: short (25 tokens at most) and without a full stop, or the article's
    title itself (the reader's rule, and benchmarks/calibrate.py's for candidates it reads from JSON)."""
    text = text.rstrip()
    return (not text.endswith(_HEADLINE_END) and token_count <= 25) \
        or (bool(title) and " ".join(text.split()) == " ".join(title.split()))


def _day_number(tokens: list[tuple[int, int, str]], position: int) -> bool:
    """'(1)', '(26)', '(1º)' after a weekday: the day of the month, as Brazilian papers write it."""
    return position + 2 < len(tokens) and tokens[position + 2][2] == _CLOSE \
        and re.fullmatch(r"\d{1,2}º?", tokens[position + 1][2]) is not None


def _clauses(tokens: list[tuple[int, int, str]], mentions: list[Mention], words: ModuleType,
             text: str = "") -> tuple[list[int], frozenset[int]]:
    """A clause number for each token: a new clause at ; : dashes, and words that begin one ("which", "and",
    "after"); a parenthesis is a clause of its own, after which the outer one goes on, unless it opens with a
    policy's name right after a capitalised word: "Protocolo de Protección para Migrantes (MPP, por sus siglas
    en inglés)" glosses the name before it, which it names. Words inside a policy's name never begin a clause,
    and neither does a clause word right before a date ("since March 2020"). Also the numbers of the clauses
    that begin inside a parenthesis (brackets or a pair of dashes): asides. A bracketed day number ("nesta
    sexta-feira (1)") is part of its date, not a clause."""
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
        elif word == _OPEN and (_glosses_name(tokens, position, inside, text) or _day_number(tokens, position)):
            stack.append(current)
        elif word == _OPEN:
            stack.append(current)
            counter += 1
            current = counter
            asides.add(current)
        elif word == _CLOSE and stack:
            numbers.append(current)
            current = stack.pop()
            continue
        elif (word.strip() in _STRONG or word in _STRONG) and not (
                word == ":" and 0 < position < len(tokens) - 1 and tokens[position - 1][2].isdigit()
                and tokens[position + 1][2].isdigit()):  # "at 12:01 a.m. Wednesday": a time, not a clause
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


def _glosses_name(tokens: list[tuple[int, int, str]], position: int, inside: list[tuple[int, int]],
                  text: str) -> bool:
    """Whether the bracket at `position` abbreviates or translates the name before it: it opens with a policy's
    name that the bracket closes or a comma follows ("(MPP)", "(MPP, por sus siglas en inglés)"), after a name of
    at least two capitalised words ("Protocolo de Protección para Migrantes"), which the records may not know in
    that form. "A judge in Texas (MPP was ended ...)" is an aside."""
    if not text or position == 0 or position + 1 >= len(tokens):
        return False
    a, b, _word = tokens[position + 1]
    name = next(((s, e) for s, e in inside if s <= a and b <= e), None)
    if name is None:
        return False
    after = next((w for s, _e, w in tokens[position + 1:] if s >= name[1]), "")
    before = [text[s:e] for s, e, _w in tokens[max(1, position - 5):position]]  # not the sentence's first word
    if after not in (")", ",") or not before or not before[-1][:1].isupper():
        return False
    return sum(1 for word in before if word[:1].isupper()) >= 2


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
    # "He did not, however, order the policy reinstated": an adverb between two commas right after a negation does
    # not end the look-back (elsewhere it may close a clause of its own: "An official who would not be named,
    # however, said Mayorkas terminated the program")
    aside = {p + k for p in range(1, len(before) - 2) if before[p][0] == "," and before[p + 2][0] == ","
             and before[p + 1][0] in words.PARENTHETICALS
             and (before[p - 1][0] in words.NEGATIONS or before[p - 1][0].endswith(("n't", "n’t")))
             for k in range(3)}
    for position in range(len(before) - 1, -1, -1):
        word, number = before[position]
        if position in aside:
            continue
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
        # "the 'Remain in Mexico' plan expands": a plan noun right after a name is its head noun; a modal verb right
        # after one ("the CBP One app may be suspended") is still a modal
        head = word in words.PLANS and _head_of_name(sentence, position)
        if (word in words.MODALS and not head and not not_modal) \
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
    policy's name (quotes aside), which for a plan noun makes it the name's head noun, not a plan to act."""
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
    'United' is a country, not a saying verb; 'once a crucial tool' is formerly, not a clause word or a condition."""
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
    for i, (a, b, word) in enumerate(tokens):
        for adverb, following in words.FORMERLY:
            if word == adverb and i and tokens[i - 1][2] == "," and i + 1 < len(tokens) \
                    and tokens[i + 1][2] in following:
                marked[i] = (a, b, f"formerly-{word}")
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


def _until(sentence: _Sentence, date: DateMention, words: ModuleType) -> bool:
    """Whether a date bounds a state rather than dating an act: "until August 22", "hasta junio" (the date pattern
    took the preposition in), "hasta el 22 de junio", "até o dia 22" (a determiner or "day" between)."""
    first = sentence.text[date.start:date.end].split(maxsplit=1)
    if first and first[0].lower() in words.UNTIL:
        return True
    index = _index(sentence, date.start)
    for back in range(index - 1, max(-1, index - 4), -1):
        word = sentence.tokens[back][2]
        if word in words.UNTIL:
            return True
        if word not in words.DETERMINERS and word not in ("day", "día", "dia"):
            return False
    return False


def _assign_dates(protos: list[_Proto], dates: list[DateMention], sentence: _Sentence, words: ModuleType) -> None:
    """Each date to the act of its own clause (the nearest there); a date in a clause without an act to the
    nearest reported act that has none; "on July 6 and ... on July 18" with one verb gives one act per date."""
    orphans = []
    until_whens = set()  # the "when" clauses of an until-day: the time of that day, not of the clause before
    for date in dates:
        # "vigorou até o dia 11 de maio, quando foi encerrado": an until-day is the day of the act of the "when"
        # clause right after it, and of no other act
        following = re.match(r"\s*,?\s*(\w+)", sentence.text[date.end:date.end + 12])
        if not (_until(sentence, date, words) and following and following.group(1).lower() in words.WHEN):
            continue
        when = sentence.clause[_index(sentence, date.end + following.start(1))]
        until_whens.add(when)
        for proto in protos:
            if proto.clause == when and proto.date is None and proto.trigger.form in ("past", "participle"):
                proto.date = date
    dates = [d for d in dates if not _until(sentence, d, words)]
    shifted_clauses = set()
    for mention in list(dates):
        # "on May 12, the day after Title 42 ended": the act of the clause after is a day off the date
        relative = words.DAY_OFF.match(sentence.text, mention.end, sentence.end)
        if relative is None or mention.low is None:
            continue
        shifted_clauses.add(sentence.clause[_index(sentence, relative.end() - 1)])
        shift = dt.timedelta(days=-1 if relative.group("after") else 1)
        clause = sentence.clause[_index(sentence, relative.end() - 1)]
        own = [p for p in protos if p.clause == clause and p.date is None]
        if own:
            shifted = DateMention(mention.start, mention.end, mention.text + relative.group(0),
                                  mention.not_before + shift, mention.not_after + shift, "a day off another date")
            for proto in own:
                proto.date = shifted
            dates.remove(mention)
    for relative in words.DAY_OFF.finditer(sentence.text, sentence.start, sentence.end):
        # "sent the first asylum seeker back on Tuesday ..., a day after the policy took effect": the act of the
        # clause "a day after" opens is a day before the day of the clause it is set off from by a comma (which
        # still dates its own act). Not "the day after," standing alone, nor an act past the next comma ("a day
        # after he was sworn in, his administration shut down ..."), nor a date of a clause before an "and", nor
        # "less than a day after"
        previous = [(i, w) for i, (a, _b, w) in enumerate(sentence.tokens) if a < relative.start()]
        words_before = [(i, w) for i, w in previous if w[0].isalnum()]
        if not words_before or words_before[-1][1] in words.DAY_OFF_NOT_AFTER \
                or sentence.text[relative.end():relative.end() + 2].lstrip().startswith(","):
            continue  # "to plan for the day after", "less than a day after", "and the day after, ..."
        # set off by a comma or a dash ("on Tuesday — a day after", ", only a day after"), not a phrase of the
        # clause ("to take effect a day after Title 42 ended", "met on May 9 to discuss the day after")
        # (or right after a date, an adverb between: "on Friday, May 12 barely a day after")
        marks = [i for i, w in previous if w.casefold() not in words.DAY_OFF_ADVERBS and not _adverb(w, words)]
        if not relative.group(0).startswith(",") and not (marks and (
                sentence.tokens[marks[-1]][2] in (",", ";", "(", "—", "–", "-", "--")
                or _in_date(sentence, sentence.tokens[marks[-1]][0]))):
            continue
        clause = sentence.clause[_index(sentence, relative.end() - 1)]
        attached = sentence.clause[words_before[-1][0]]
        earlier = [d for d in dates if d.end <= relative.start() and d.exact is not None
                   and sentence.clause[_index(sentence, d.start)] == attached != clause]
        comma = next((a for a, _b, w in sentence.tokens if a >= relative.end() and w == ","), sentence.end)
        own = [p for p in protos if p.clause == clause and p.date is None and relative.end() <= p.trigger.start < comma]
        if clause in shifted_clauses or not earlier or not own:
            continue
        shift = dt.timedelta(days=-1 if relative.group("after") else 1)
        base = earlier[-1]
        shifted = DateMention(base.start, base.end, base.text + relative.group(0), base.not_before + shift,
                              base.not_after + shift, "a day off another date")
        for proto in own:
            proto.date = shifted
    for mention in dates:
        clause = sentence.clause[_index(sentence, mention.start)]
        # an announcement is dated by its announcing verb, never by the day its future act takes effect ("DHS
        # will end the program on April 24")
        own = [p for p in protos if p.clause == clause and not (
            p.ahead and mention.start > p.trigger.start and (p.anchor == p.trigger.start or mention.start < p.anchor))
            and not _since_before(sentence, mention, p, words)]
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
                    and (p.clause not in sentence.asides or p.clause == clause)
                    and not _since_before(sentence, mention, p, words)]
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
    for proto in protos:
        # "The rule took effect in May when Title 42 ended", "When Title 42 ended in May 2023, the rule took
        # effect": a past act and the "when" clause of its time happened together; the undated one takes the
        # other's date
        if proto.date is not None or proto.set_aside or proto.trigger.form not in ("past", "participle"):
            continue
        index = _index(sentence, proto.trigger.start)
        # "as Trump had launched it", "cuando ... ya había sido propuesta": an earlier act, not one of that time
        if any(w in words.PAST_PERFECT or w in words.ALREADY for (_a, _b, w), c in zip(
                sentence.tokens[max(0, index - 4):index], sentence.clause[max(0, index - 4):index], strict=True)
               if c == proto.clause):
            continue
        partner = _when_partner(sentence, proto.clause, words)
        if partner is None or partner in until_whens or proto.clause in until_whens:
            continue
        # the partner clause's own act, the one nearest the "when" ("The rule, proposed on Feb. 21, took effect
        # when Title 42 ended": 'took effect', undated, not the aside's 'proposed')
        others = sorted((p for p in protos if p is not proto and p.clause == partner and not p.announces),
                        key=lambda p: abs(p.trigger.start - proto.trigger.start))
        # two days in the partner clause ("the rule, which DHS proposed on Feb. 21, took effect on May 11"): which
        # is the time of the "when" is not said
        if others and others[0].date is not None \
                and len({(p.date.not_before, p.date.not_after) for p in others if p.date is not None}) == 1:
            proto.date = others[0].date


def _when_partner(sentence: _Sentence, clause: int, words: ModuleType) -> int | None:
    """The clause a "when" clause is the time of, or the "when" clause of a clause: the one right before it, or
    right after it when the "when" clause opens the sentence."""
    starts = {c: i for i, c in reversed(list(enumerate(sentence.clause)))}

    def opens_when(c: int) -> bool:  # not the comparative "much as", "just as", "such as"
        index = starts[c]
        return sentence.tokens[index][2] in words.WHEN and not (
            index and sentence.tokens[index - 1][2] in words.COMPARATIVE_AS)

    if opens_when(clause):
        before = starts[clause] - 1
        if before >= 0:
            return sentence.clause[before]
        return next((c for c in sentence.clause if c != clause), None)
    for other in (c for c in starts if c != clause):
        if not opens_when(other):
            continue
        if _when_partner(sentence, other, words) == clause:
            return other
    return None


def _since_before(sentence: _Sentence, date: DateMention, proto: _Proto, words: ModuleType) -> bool:
    """Whether a date is a state's start set off before the act: "Title 42, which has been in place since March
    2020, ended at midnight", "El Título 42, vigente desde marzo de 2020, terminó" (a 'since' date, then a comma,
    then the act), set off by commas. Not an opening "Since Monday, the app has been suspended", nor a date after the
    act."""
    index = _index(sentence, date.start)
    since = next((i for i in (index, index - 1) if i >= 0 and sentence.tokens[i][2] in words.SINCE), None)
    if since is None or date.end > proto.trigger.start:
        return False
    # set off by commas on both sides, after the policy it is said of ("SAN DIEGO – Since Jan. 3, officials have
    # reinstated ..." and "Then, since Jan. 21, the program has been suspended" are not)
    before = [i for i in range(since) if sentence.tokens[i][2] == ","]
    return bool(before) and any(m.end <= sentence.tokens[before[-1]][0] for m in sentence.mentions) \
        and any(w == "," for a, _b, w in sentence.tokens if date.end <= a < proto.trigger.start)


def _gap(sentence: _Sentence, mention: DateMention, proto: _Proto) -> int:
    """How far a date is from the word that anchors a proto (its trigger, or its announcing verb): the words
    between, and three more for each comma ("terminated in 2021, revived ...": 2021 is the termination's)."""
    start = proto.anchor
    end = proto.trigger.end if proto.anchor == proto.trigger.start else start + 1
    low, high = (end, mention.start) if mention.start >= end else (mention.end, start)
    between = [w for a, b, w in sentence.tokens if a >= low and b <= high]
    return len(between) + 3 * between.count(",")

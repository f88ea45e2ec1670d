"""What a clause says of its act: status, tense and mood, attempts and their outcomes in the records,
announcements and reporting verbs, first days in office. A part of `reader._Reader`."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from .clauses import (
    _HELD_SPAN,
    _POSSESSIVE,
    _PRESIDENT,
    _STOPPED,
    _adjectival,
    _by_court,
    _court_in_sentence,
    _first_of_clause,
    _held_as,
    _in_date,
    _index,
    _named_as_means,
    _negated,
    _Proto,
    _purpose_of_another_verb,
    _right_after,
    _scope_cue,
    _Sentence,
    _undated,
    _words_between,
    _words_to_object,
)
from .document import Candidate
from .lexicon import FAMILIES
from .mentions import TERMS, Matcher
from .text import DateMention, find_dates
from .triggers import Trigger
from .verdicts import describe


class _Acts:
    """Assessing one trigger's act (mixed into `reader._Reader`, whose state it reads)."""

    # the reader's state this part reads (reader._Reader.__init__ sets it)
    text: str
    words: ModuleType
    matcher: Matcher
    published: dt.date | None

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
        """An attempt to end: the stop the records hold in the candidate's time, else an announced end
        (`_attempt_outcome`)."""
        self._ended_or_announced(candidate, candidate.window())

    def _order_taken(self, candidate: Candidate, published: dt.date | None) -> None:
        """An order or a document to end ('issues second memo to end Remain in Mexico'): as an attempt, but an
        undated one is news of the week before publication, not the policy's first stop years before."""
        self._ended_or_announced(candidate, self._records_time(candidate, published) or candidate.window())

    def _ended_or_announced(self, candidate: Candidate, window: tuple[dt.date, dt.date]) -> None:
        took, why = self._attempt_outcome(candidate.policy, *window)
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

    def _said_after(self, sentence: _Sentence, index: int) -> int | None:
        """The saying verb an attribution after token `index` ends with ("..., the agency said Friday"): the first
        one after it, with a comma in the five words before it."""
        tokens = sentence.tokens
        said = next((i for i in range(index + 1, len(tokens)) if tokens[i][2] in self.words.SPEECH), None)
        if said is not None and any(w == "," for _a, _b, w in tokens[max(index, said - 5):said]):
            return said
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

    def _subjunctive_of_fact(self, sentence: _Sentence, trigger: Trigger, index: int) -> bool:
        """Whether a base form is a past subjunctive after 'después de que', 'luego de que', 'depois que' in its
        clause: a fact, not a wish or a plan."""
        first = trigger.text.lower().split()[0]
        if trigger.lex is None or first in (form.split()[0] for form in trigger.lex.base[:1]) \
                or not first.endswith(self.words.SUBJUNCTIVE_ENDINGS):
            return False
        # in the trigger's own clause ("Después de que los gobernadores pidieran que Biden pusiera fin": a wish),
        # and not when the sentence forecasts what would follow ("..., los cruces aumentarían", "advirtieron que la
        # frontera colapsaría después de que ..."), unless the act has a day of its own and the forecast is
        # someone's, reported after it ("... el 11 de mayo, México dijo que recibiría"); "la Secretaría", "de
        # infantería" are nouns
        tokens = sentence.tokens
        comma = next((p for p in range(index, len(tokens)) if tokens[p][2] == ","), len(tokens))
        dated = any(_in_date(sentence, tokens[p][0]) for p in range(index, comma))
        if any(self.words.CONDITIONAL.fullmatch(w) and w[0].islower()
               and tokens[p - 1][2].casefold() not in self.words.DETERMINERS
               and tokens[p - 1][2].casefold() not in self.words.NOUN_MARKERS
               and not (dated and p > comma and any(t[2] in self.words.COMPLEMENTIZERS for t in tokens[comma:p]))
               for p, (_a, _b, w) in enumerate(tokens)):
            return False
        first = _first_of_clause(sentence, index)  # the clause's "que" ends the phrase
        if first is None or index - first > 8:
            return False
        opening = [w for _a, _b, w in sentence.tokens[max(0, first - 2):first + 1]]
        return any(opening[-len(phrase):] == list(phrase) for phrase in self.words.AFTER_THAT)

    def _awaited(self, sentence: _Sentence, trigger: Trigger, index: int, proto: _Proto) -> str | None:
        """The words that make an act's noun something awaited, right before its noun phrase: 'await the end of',
        'esperan el fin del', 'ahead of Title 42's end' (the possessor before the possessive)."""
        start = proto.mention.start if trigger.form == "possessive" and proto.mention.end <= trigger.start \
            else trigger.start
        # punctuation stays: "Tras meses de espera, el fin del Título 42 llegó" awaits nothing
        before = [w for a, _b, w in sentence.tokens if a < start]
        while before and before[-1] in self.words.DETERMINERS:
            before.pop()
        for phrase in self.words.AWAITING:
            if before[-len(phrase):] == list(phrase):
                # "espera", "aguarda" are verbs here, nouns in "meses de espera", "la espera"
                # ("una larga espera": an adjective may come between)
                marker = [w for w in before[:-len(phrase)] if w not in self.words.WAIT_ADJECTIVES][-1:]
                if marker and marker[0] in self.words.NOUN_MARKERS:
                    continue
                return " ".join(phrase)
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
        awaited = self._awaited(sentence, trigger, index, proto) if trigger.form in ("noun", "possessive") else None
        if awaited is not None:
            # "Migrantes en Reynosa esperan el fin del Título 42", "ahead of Title 42's end": still to come
            aside(f"'{awaited} … {trigger.text}': an act still awaited, not a reported one")
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
        if trigger.form == "base" and self._subjunctive_of_fact(sentence, trigger, index):
            # "Luego de que el gobierno de Biden pusiera fin al Título 42 el 11 de mayo": after "después de que",
            # the subjunctive tells a past fact
            reasons.append(f"'{trigger.text}' after 'después de que': the subjunctive of a past fact")
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
        # ("order the policy reinstated": after a verb of ordering, the participle is what is ordered, in its clause)
        ahead = [w for a, _b, w in tokens if a < proto.mention.start and w not in words.DETERMINERS][-1:]
        relative = trigger.form in ("past", "participle") and proto.mention.end <= trigger.start \
            and _right_after(sentence, proto.mention, trigger, words) \
            and not (ahead and ahead[0] in words.ORDERING)
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
        if following[:1] and following[0] in words.AGENTS and any(w in words.COURT_WORDS for w in following):
            return next(w for w in following if w in words.COURT_WORDS)
        return None

    def _operation_follows(self, sentence: _Sentence, index: int) -> bool:
        """'stopped issuing travel authorizations', 'stopped the issuance of ...': an operation paused."""
        following = [w for _a, _b, w in sentence.tokens[index + 1:index + 4] if w not in self.words.DETERMINERS]
        return bool(following) and (following[0] in self.words.OPERATIONS
                                    or following[0] in self.words.OPERATION_NOUNS)

    # what the records say an act that asks them became (_Proto.outcome)
    _OUTCOMES = {"attempt": _attempt_taken, "order": _order_taken, "announced": _announced_outcome,
                 "stop": _stop_outcome, "kept": _kept_outcome}

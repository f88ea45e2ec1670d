"""Constructions read as a whole, across several words of a sentence: court orders, signed documents,
plans, directives, "since" and first-day frames, and events the records hold on a date the sentence names.
A part of `reader._Reader`."""

from __future__ import annotations

import functools
import re
from types import ModuleType

from .clauses import (
    _HELD_SPAN,
    _RESTARTS,
    _STOPPED,
    _adverb,
    _by_court,
    _court_in_sentence,
    _first_of_clause,
    _future_word,
    _in_date,
    _index,
    _named_as_means,
    _Proto,
    _right_after,
    _scope_cue,
    _Sentence,
    _start_confidence,
    _token_trigger,
    _words_between,
    _words_to_object,
    short_dates,
)
from .mentions import Mention
from .text import DateMention
from .triggers import Trigger
from .verdicts import RecordViews, describe

# a quoted phrase of a few words inside a clause ("poner fin “tan pronto como sea posible” al programa")
_QUOTED = re.compile(r"“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"")

def _nearest_short_date(sentence: _Sentence, index: int) -> DateMention | None:
    """The date of at most a month, with a first day, in token `index`'s clause nearest to it: a date that can
    name an event the records hold (`_held_act_frames`)."""
    dates = [d for d in short_dates(sentence) if sentence.clause[_index(sentence, d.start)] == sentence.clause[index]]
    return min(dates, key=lambda d: abs(d.start - sentence.tokens[index][0])) if dates else None


def _held_by_one(pool: set[str], events_of) -> tuple[str, object] | None:
    """The one policy of `pool` that `events_of` finds events of, and its last event; None if none or several."""
    held = [(policy, events) for policy in sorted(pool) for events in [events_of(policy)] if events]
    return (held[0][0], held[0][1][-1]) if len(held) == 1 else None


def _without_adverbs(clause: list[str], words: ModuleType) -> list[str]:
    """The words of a clause less the adverbs at its end ('will formally', 'will soon', 'va pronto a')."""
    end = len(clause)
    while end and _adverb(clause[end - 1], words):
        end -= 1
    return clause[:end]


def _after_possessor(sentence: _Sentence, start: int, end: int) -> int:
    """Where the words between two offsets begin once a possessor among them is passed over ("the Trump
    administration's termination"): after its "'s"."""
    possessive = [b for a, b, w in sentence.tokens if start <= a and b <= end and w.endswith(("'s", "’s"))]
    return possessive[-1] if possessive else start


class _Frames:
    """Constructions read as a whole (mixed into `reader._Reader`, whose state it reads)."""

    # the reader's state this part reads (reader._Reader.__init__ sets it)
    text: str
    words: ModuleType
    views: RecordViews

    # -- constructions read as a whole --

    def _ahead_intent(self, sentence: _Sentence, index: int) -> bool:
        """Whether the issuing word at `index`, still to come, is its issuer's own future or intent, neither negated
        nor doubted: 'will issue', 'will, in the coming weeks, issue', 'intends to issue', 'emitirá', 'planea
        emitir'; not 'urged Mayorkas to issue', 'the administration's plan to issue', 'is expected to issue', 'does
        not, however, plan to issue', 'unclear if, given the order, DHS will issue'."""
        words = self.words
        # its clause, from the last comma on ("DHS, which has not commented, will issue": the aside's negation is
        # its own; "While the court has not ruled, Mayorkas said, DHS will issue"; "has not ruled yet, however, DHS
        # will issue"), and the clause an aside interrupts when what follows the aside has no subject of its own
        # ("will, in the coming weeks, issue", "does not, for now, plan to issue"); an aside after "if",
        # "whether" is doubted ("unclear if, given the order, DHS will issue")
        segments: list[list[str]] = [[]]
        for _a, _b, w in sentence.tokens[:index]:
            if w == ",":
                segments.append([])
            else:
                segments[-1].append(w)
        segments = [[w for w in segment if w[0].isalnum() or w in ("'ll", "’ll")] for segment in segments]
        clause = segments[-1]
        at = len(segments) - 1
        while at >= 2 and len(segments[at - 1]) <= 8:
            if segments[at - 2][-1:] and segments[at - 2][-1] in words.DOUBTS:
                return False
            head = _without_adverbs(clause[:1], words)
            if head and head[0] not in words.FUTURE and head[0] not in words.INTENT \
                    and head[0] not in words.INTENT_AHEAD and not head[0].endswith(("'ll", "’ll")):
                break
            clause = segments[at - 2] + clause
            at -= 2
        if any(w in words.NEGATIONS or w.endswith(("n't", "n’t")) or w in words.DOUBTS for w in clause):
            return False
        if sentence.tokens[index][2] in words.ISSUING_FUTURE:  # "emitirá": a future of its own
            return True
        clause = _without_adverbs(clause, words)  # "will formally sign", "will soon issue"
        last = clause[-1:]
        if last and (last[0] in words.FUTURE or last[0].endswith(("'ll", "’ll"))):
            return True
        if len(clause) >= 2 and clause[-2] in words.FUTURE and (last[0] in words.INFINITIVE_TO or (
                last[0] == "a" and words.INFINITIVE.match(sentence.tokens[index][2]))):
            return True  # "is going to issue", "va a emitir"
        # "intends to issue", "planea emitir", and whose intent it is: not a noun's ("the administration's plan to")
        if last and last[0] in words.INFINITIVE_TO:
            intent, owner = clause[-2:-1], clause[-3:-2]
        elif words.INFINITIVE.match(sentence.tokens[index][2]):
            intent, owner = last, clause[-2:-1]
        else:
            return False
        if not intent or (intent[0] not in words.INTENT and intent[0] not in words.INTENT_AHEAD):
            return False
        return not (owner and (owner[0] in words.NOUN_MARKERS or owner[0] in words.DETERMINERS
                               or owner[0].endswith(("'s", "’s"))))

    def _court_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'blocked the administration from ending Title 42' (active, or the status the records hold for a court's
        act then: `_kept_outcome`); 'a court order forcing the administration to restart the program' (suspended:
        revived, not operated)."""
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
                    f"'{trigger.text} ... from {other.text}': a court keeps the policy in force (status active, "
                    "unless the records say otherwise then)"])
                proto.outcome = "kept"
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
            # "a judge's order reinstating the policy": a court's order noun, then the restart as its participle
            noun = word in words.COURT_ORDER_NOUNS and any(
                w in words.COURT_WORDS or w.endswith(("'s", "’s")) and w[:-2] in words.COURT_WORDS
                for _a2, _b2, w in sentence.tokens[max(0, index - 3):index])
            if word not in words.COURT_ORDERS and not noun:
                continue
            if noun and any(w in words.REVERSALS for _a2, _b2, w in sentence.tokens[index + 1:]):
                continue  # "a judge's ruling reinstating the program was overturned": undone
            tokens = sentence.tokens
            reversal = next((i for i in range(index - 1, max(-1, index - 7), -1) if tokens[i][2] in words.REVERSALS),
                            None)
            # "refused late Thursday to delay implementation of a judge's order reinstating ...": a refusal right
            # before the undoing verb it governs ("refused Tuesday to block a lower court ruling ordering ...")
            undoing = reversal if reversal is not None else next(
                (i for i in range(index - 1, max(-1, index - 8), -1) if tokens[i][2] in words.INFINITIVE_TO), None)
            refusal = None if undoing is None else next(
                (i for i in range(undoing - 1, max(-1, undoing - 8), -1) if tokens[i][2] in words.REFUSALS), None)
            if refusal is not None and any(tokens[i][2] in words.AND for i in range(refusal + 1, undoing)):
                refusal = None
            before = [w for _a, _b, w in tokens[max(0, index - 6):index]]
            if reversal is not None and any(w in words.RULINGS for w in before) and refusal is None:
                continue  # "vacated its earlier ruling that required a restart": the order is undone, not made; but
                # "refused to block a lower court ruling ordering ... to reinstate" leaves it made, that day
            for number, trigger in enumerate(triggers):
                # "determinou que o MPP fosse restabelecido", "ordered that the program be reinstated": a passive
                # subjunctive is a base form too (an English participle is its past)
                subjunctive = trigger.form in ("participle", "past") and _index(sentence, trigger.start) > 0 and \
                    sentence.tokens[_index(sentence, trigger.start) - 1][2] in words.SUBJUNCTIVE_BE
                # "Supreme Court orders 'Remain in Mexico' policy reinstated": the policy, then its participle
                small = trigger.form in ("past", "participle") and any(
                    sentence.tokens[index][1] <= m.start and _right_after(sentence, m, trigger, words)
                    for m in sentence.mentions)
                participle = noun and trigger.form in ("progressive", "participle", "past") \
                    and _words_between(sentence, sentence.tokens[index][1], trigger.start) == 0
                if number in used or trigger.start < sentence.tokens[index][1] \
                        or (noun and not participle) \
                        or (trigger.form not in ("base", "noun") and not subjunctive and not small and not participle) \
                        or trigger.action not in _RESTARTS:
                    continue
                # "ordering the administration to carry out a good-faith effort to restart MPP"
                if _words_between(sentence, sentence.tokens[index][1], trigger.start) > 12:
                    break
                pick = self._object_of(sentence, trigger)
                if pick is None and participle:
                    # "an order reinstating a Trump administration policy forcing thousands to wait in Mexico": a
                    # head noun whose description follows
                    later = [m for m in sentence.mentions if m.start >= trigger.end
                             and _words_between(sentence, trigger.end, m.start) <= 10]
                    pick = later[0] if later else None
                if pick is None and (subjunctive or small):
                    named = [m for m in sentence.mentions if sentence.tokens[index][1] <= m.start < trigger.start]
                    pick = named[-1] if named else None
                if pick is None and trigger.form == "base":
                    # "ordenó que el programa se restableciera": the policy between the order and the verb;
                    # "ordenó reinstaurarlo", "ordenó que se restaurara": the policy named before the order
                    between = [m for m in sentence.mentions if sentence.tokens[index][1] <= m.start < trigger.start]
                    named = between or [m for m in sentence.mentions if m.end <= sentence.tokens[index][0]]
                    pick = named[-1] if named else None
                if pick is None:
                    continue
                proto = self._frame_proto(sentence, trigger, pick, "suspended", "vacated", 0.65, [
                    f"a court order '{word}' a restart: the policy revived but not yet operated (status suspended)"])
                anchor = index if refusal is None else refusal
                proto.anchor, proto.clause = sentence.tokens[anchor][0], sentence.clause[anchor]
                if refusal is not None:
                    proto.reasons.append(f"a court '{sentence.tokens[refusal][2]}' to undo that order: it stands")
                    # the refused block is no act of its own
                    used.update(n for n, t in enumerate(triggers)
                                if sentence.tokens[refusal][0] < t.start < sentence.tokens[index][0])
                used.add(number)
                protos.append(proto)
                break
        protos.extend(self._refused_end_frames(sentence, triggers, used))
        protos.extend(self._unlawful_frames(sentence, triggers, used))
        protos.extend(self._stay_frames(sentence, triggers, used))
        return protos

    def _refused_end_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'El juez Kacsmaryk rechazó la solicitud de la Administración Biden para acabar con el plan', 'denied the
        administration's request to end the program', 'a federal judge temporarily blocked a bid by the White House
        to end the policy': a court refused or blocked an attempt to end, so the policy stays as it was: active, or
        the status the records hold for a court's act then (`_kept_outcome`). The block is no act of its own: its
        object is the attempt, not the policy."""
        words = self.words
        tokens = sentence.tokens
        protos = []
        for index, (a, _b, word) in enumerate(tokens):
            block = None
            if word not in words.REFUSALS:
                block = next((n for n, t in enumerate(triggers) if t.start == a and n not in used
                              and t.form in ("past", "present") and t.status in ("enjoined", "suspended")), None)
                # the court is the block's subject ("Senate Republicans blocked a move ..., as a federal judge
                # weighed ..." is no court's block), and the block is stated ("no bloqueó")
                if block is None or self._court_in_clause(sentence, index) is None \
                        or _scope_cue(sentence, index, words) is not None:
                    continue
                # "overturning a lower court ruling that had blocked ... the decision to end": a block another
                # ruling undoes, told in its relative clause, is no block of this sentence's
                before = [w for _a2, _b2, w in tokens[max(0, index - 3):index]]
                if any(w in words.RELATIVES and i and before[i - 1] in words.RULINGS for i, w in enumerate(before)):
                    continue
            wanted = words.REQUESTS if block is None else words.BLOCKED_ATTEMPTS
            request = next((i for i in range(index + 1, min(index + 9, len(tokens))) if tokens[i][2] in wanted), None)
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
                if words.HEDGES.search(self.text, sentence.start, sentence.end):
                    proto.confidence -= 0.15
                    proto.reasons.append("hedged ('reportedly')")
                used.update({number} if block is None else {number, block})
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
                possessed = other.form == "possessive" and other.text[:1] in "'’"  # "the administration's end of"
                if other_number in used or other.start < trigger.end or (other.form != "noun" and not possessed) \
                        or other.status != "terminated" \
                        or _words_between(sentence, _after_possessor(sentence, trigger.end, other.start),
                                          other.start, dates=False) > 2:
                    continue  # "paused the Trump administration's termination of": the possessor is no gap
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

    def _no_longer_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'the CBP One app ... would no longer be used to admit migrants', 'Individuals are no longer being newly
        enrolled into MPP': the policy's operation stopped (suspended, or what the records hold then: `stop`). The
        policy is the subject of the phrase's own clause (not an aside, not named as a means: 'Under Title 42,
        asylum seekers are no longer processed' says the policy is in force), or, with no subject, named right
        after it ('into MPP', not 'for MPP'). Negated, hedged, conditional or future phrases ('denied that ...
        would no longer', 'could no longer', 'if ... is no longer used', 'will no longer') are not read; 'would'
        only when a verb of saying before it reports it ('announced that the app would no longer be used')."""
        words = self.words
        protos = []
        for match in words.NO_LONGER_USED.finditer(self.text, sentence.start, sentence.end):
            index = _index(sentence, match.start())
            clause = sentence.clause[index]
            if clause in sentence.asides:
                continue
            cue = _scope_cue(sentence, index, words)
            reported = any(w in words.SPEECH or w in words.ANNOUNCE for _a, _b, w in sentence.tokens[:index])
            if cue is not None and not (cue[1] in words.WOULD and reported):
                continue
            # the subject: the policy named last before the phrase, at most twelve words back ("the CBP One app, which
            # worked as recently as that morning, would no longer be used"), unless an "and" opens the phrase's clause
            # with a subject of its own ("Title 42 expired in May, and paper forms are no longer accepted")
            first = _first_of_clause(sentence, index)
            own_subject = first is not None and sentence.tokens[first][2] in words.AND \
                and first + 1 < index and sentence.tokens[first + 1][2] not in words.PASSIVE
            subject = [m for m in sentence.mentions if m.end <= match.start()
                       and _words_between(sentence, m.end, match.start()) <= 12
                       and sentence.clause[_index(sentence, m.start)] not in sentence.asides
                       and not (own_subject and sentence.clause[_index(sentence, m.start)] != clause)
                       and not _named_as_means(sentence, m, words)]
            after = [m for m in sentence.mentions if m.start >= match.end()
                     and _words_between(sentence, match.end(), m.start) <= 2
                     and set(_words_to_object(sentence, match.end(), m.start)) <= words.IN_POLICY]
            mention = subject[-1] if subject else after[0] if after else None
            if mention is None:
                continue
            phrase = Trigger(match.start(), match.end(), match.group(), "suspended", "suspended", "past", None)
            proto = self._frame_proto(sentence, phrase, mention, "suspended", "suspended", 0.7, [
                f"'{' '.join(match.group().split())}': the policy is no longer operated, a stop"])
            proto.outcome = "stop"
            used.update(n for n, t in enumerate(triggers) if match.start() <= t.start < match.end())
            protos.append(proto)
        return protos

    def _not_renewed_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'El gobierno de Estados Unidos no renovará el Parole Humanitario', 'ha anunciado que no permitirá la
        extensión del parole humanitario', 'the parole will not be renewed': a change made public by refusing to
        renew or extend the policy (or what it grants). Announced, announcing no status (the policy runs on,
        amended), dated by the verb that reports it, never by a deadline in its clause ('will not be extended
        beyond May 11'); the policy is the phrase's object (determiners and 'of' between) or, in the passive, its
        subject. Not in a condition ('If Mexico stops accepting returns, the United States will not renew ...');
        a hedge anywhere in the sentence is said."""
        words = self.words
        tokens = sentence.tokens
        protos = []
        for match in words.NOT_RENEWED.finditer(self.text, sentence.start, sentence.end):
            index = _index(sentence, match.start())
            first = _first_of_clause(sentence, index)
            opener = tokens[first][2] if first is not None else tokens[0][2]
            if sentence.clause[index] in sentence.asides or opener in words.CONDITIONS \
                    or tokens[0][2] in words.CONDITIONS:
                continue
            links = words.DETERMINERS | words.IN_POLICY | words.OF
            after = [m for m in sentence.mentions if m.start >= match.end()
                     and set(_words_to_object(sentence, match.end(), m.start)) <= links]
            before = [m for m in sentence.mentions if m.end <= match.start()
                      and _words_between(sentence, m.end, match.start()) <= 6]
            passive = match.group().lower().endswith(("renewed", "extended", "renovado", "renovada", "renovados",
                                                      "renovadas"))
            mention = before[-1] if passive and before else after[0] if after else None
            if mention is None:
                continue
            phrase = Trigger(match.start(), match.end(), match.group(), "announced", "announced", "future", None)
            proto = self._frame_proto(sentence, phrase, mention, "announced", "announced", 0.7, [
                f"'{' '.join(match.group().split())}': a refusal to renew or extend made public, an announcement "
                "(the status unchanged)"])
            proto.ahead = True
            said = self._said_after(sentence, index)
            speech = self._reported_by(sentence, index) or (None if said is None else (said, None))
            if speech is not None:
                proto.anchor, proto.clause = tokens[speech[0]][0], sentence.clause[speech[0]]
                if speech[1] is not None:
                    proto.date = speech[1]
            if words.HEDGES.search(self.text, sentence.start, sentence.end):
                proto.confidence -= 0.15
                proto.reasons.append("hedged ('reportedly')")
            protos.append(proto)
            used.update(n for n, t in enumerate(triggers) if t.start < match.end() and match.start() < t.end)
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
            if phrase is None or (phrase in words.STAYS_BY_COURT_ONLY and not self._court_subject(sentence, index)):
                continue  # "the administration suspended its decision to appeal": no court's stay
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
            if not after and tokens[ruling - 1][2] in (*words.POSSESSIVES, "his", "her") \
                    and _court_in_sentence(sentence, words):
                # "Judge Tigar said the policy was illegal but suspended its decision for 14 days": the court's own
                # ruling, on the policy named before it
                after = [m for m in sentence.mentions if m.end <= a][-1:]
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

    def _announcing(self, sentence: _Sentence, verb: Trigger, pick, announces, reasons: list[str]) -> _Proto:
        """The announcement a document makes of the act it orders or is to make ('signed an executive order to
        reinstate MPP', 'will issue a memorandum terminating MPP')."""
        proto = self._frame_proto(sentence, verb, pick, "announced", "announced", 0.7, reasons)
        proto.announces = announces
        return proto

    def _document_frames(self, sentence: _Sentence, triggers: list[Trigger], used: set[int]) -> list[_Proto]:
        """'signed a memorandum terminating MPP', 'issued a final rule, entitled ...', 'signed an executive order
        that will shut down asylum requests' (described): the signing or issuing is the act."""
        words = self.words
        protos = []
        for index, (a, _b, word) in enumerate(sentence.tokens):
            ahead = word in words.ISSUING_AHEAD  # "will issue a new memorandum terminating MPP": still to come
            if word not in words.ISSUING and not ahead:
                continue
            # a document still to come is announced by its issuer's own future or intent ("will issue", "intends to
            # issue"), never when others ask for it, it is refused, negated or doubted ("urged Mayorkas to issue",
            # "refused to issue", "unclear whether DHS will issue"); "The judge ordered that DHS issue a new memo": a
            # base form with no future of its own announces nothing either
            intended = ahead and self._ahead_intent(sentence, index)
            if not ahead and _scope_cue(sentence, index, words) is not None:
                continue
            # "intends to issue in the coming weeks a new memorandum": a time may come between
            document_index = next((i for i in range(index + 1, min(index + (9 if ahead else 5), len(sentence.tokens)))
                                   if sentence.tokens[i][2] in words.DOCUMENTS), None)
            if document_index is None:
                continue
            document_end = sentence.tokens[document_index][1]
            verb = _token_trigger(sentence, index)
            gerund = next(((n, t) for n, t in enumerate(triggers) if n not in used and t.form == "progressive"
                           and t.start >= document_end
                           and len(_words_to_object(sentence, document_end, t.start)) <= 1), None)
            # "a memo that terminates MPP", "un memorando que pone fin al programa", "um memorando que encerra o
            # programa": a relative clause in the present or past says what the document does, as the gerund does
            gerund = gerund or next(((n, t) for n, t in enumerate(triggers)
                                     if n not in used and t.form in ("present", "past") and t.start >= document_end
                                     and [w for a2, _b2, w in sentence.tokens if document_end <= a2 < t.start]
                                     in ([r] for r in words.RELATIVES)), None)
            infinitive = next(((n, t) for n, t in enumerate(triggers) if n not in used and t.form == "base"
                               and t.status is not None and t.start >= document_end
                               and len(_words_to_object(sentence, document_end, t.start)) <= 2), None)
            if ahead and not intended:
                # "No emitirá un memorando que pone fin al programa", "urged Biden to sign an executive order ending
                # Title 42", "will use his first day in office to sign": nor is what the document would do an act;
                # after a past ("Tras firmar el 29 de octubre un memorando que pone fin", "Después de firmar") or
                # a noun ("At issue is the memo terminating") what it does stands as read alone
                previous = tuple(w.casefold() for _a2, _b2, w in sentence.tokens[max(0, index - 2):index])
                past = any(previous[-len(phrase):] == phrase for phrase in words.PAST_BEFORE_INFINITIVE)
                noun = previous[-1:] and (previous[-1] in words.DETERMINERS or previous[-1] in words.NOUN_MARKERS
                                          or previous[-1] == "at")  # "At issue is the Oct. 29 memo terminating"
                if gerund is not None and not past and not noun:
                    used.add(gerund[0])
                continue
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
                    proto.outcome = "order"
                    protos.append(proto)
                elif pick is not None:
                    used.add(number)
                    protos.append(self._announcing(sentence, verb, pick, trigger.status, [
                        f"'{word} a {sentence.tokens[document_index][2]} ... {trigger.text}': an order to act "
                        "announces the act"]))
                continue
            if gerund is not None and ahead:
                # "intends to issue in the coming weeks a new memorandum terminating the MPP": an announcement of
                # the act the document is to make (as "signed an executive order to reinstate MPP")
                number, trigger = gerund
                pick = self._object_of(sentence, trigger)
                if pick is not None and trigger.status is not None:
                    used.add(number)
                    protos.append(self._announcing(sentence, verb, pick, trigger.status, [
                        f"'{word} a {sentence.tokens[document_index][2]} {trigger.text}': a document still to be "
                        "issued announces the act"]))
                continue
            if ahead:
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
                    if trigger.status in _STOPPED:
                        # "issued a new memorandum terminating the MPP" (2021-10-29, an end that took effect in
                        # 2022): what the records say the document's end became, as for an order to end
                        proto.outcome = "order"
                    protos.append(proto)
                    continue
                if not any(m.start <= trigger.start < m.end for m in sentence.mentions):
                    continue
                # "signed a proclamation that suspends asylum": the verb is inside the policy's description, so the
                # document is the policy, as below
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
                proto.outcome = "order"
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
            # "comunicó hoy viernes a las agencias ... su decisión de poner fin": a possessive ties a plan to the
            # verb that makes it public farther back
            reach = 12 if index and tokens[index - 1][2] in words.POSSESSIVES + ("his", "her") else 5
            verb_index = next((i for i in range(index - 1, max(-1, index - reach), -1)
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
            if verb_word in words.ISSUING and word in words.DOCUMENTS and verb_index < index \
                    and (words.PROPOSED_RULE.search(self.text, tokens[verb_index][0], tokens[index][1])
                         or words.FINAL_RULE.search(self.text, tokens[verb_index][0], tokens[index][1])):
                continue  # "published a proposed rule", "issued a final rule": the document's own (_document_frames)
            if (verb_word in words.DEAL_VERBS and word not in words.AGREEMENTS) or any(
                    t.start == tokens[verb_index][0] and t.end > tokens[verb_index][1] for t in triggers):
                continue  # "struck down Biden's rule" (a court's act), "fechou a fronteira": no plan made public
            anchor = max(index, verb_index)
            after = [m for m in sentence.mentions if m.start >= tokens[anchor][1]
                     and (m.kind != "reference" or _words_between(sentence, tokens[anchor][1], m.start) <= 3)]
            if word in words.INTENTIONS:
                # "su decisión de poner fin ... al programa": only the policy the act right after the noun is on
                act = next((t for t in triggers if t.form == "base" and t.status is not None
                            and t.start >= tokens[index][1] and _words_between(sentence, tokens[index][1], t.start)
                            <= 1), None)
                pick = self._object_of(sentence, act) if act is not None and verb_index < index else None
                after = [pick] if pick is not None else []
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
                    proto.outcome = "order"
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
            # a day between the verb and what begins ("comenzó el martes a devolver") does not part them
            following = [w for a2, _b2, w in tokens[index + 1:index + 9] if not _in_date(sentence, a2)][:2]
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

    def _court_subject(self, sentence: _Sentence, index: int) -> bool:
        """A court is the subject of the verb at `index`: in its clause, or in the clause before when an 'and' or
        'but' right before the verb continues that clause's subject ('Judge Tigar said ... but suspended its
        decision'; not '..., and the administration suspended ...')."""
        if self._court_in_clause(sentence, index) is not None:
            return True
        tokens, words = sentence.tokens, self.words
        if index < 2 or tokens[index - 1][2] not in words.AND_BUT:
            return False
        return self._court_in_clause(sentence, index - 2) is not None

    def _court_names(self, sentence: _Sentence) -> set[str]:
        """The courts a sentence names, as the records' summaries would: a judge's name after 'Judge' ('kacsmaryk'),
        'supreme court', 'circuit' / 'appeals'."""
        tokens = sentence.tokens
        names = {tokens[i + 1][2] for i in range(len(tokens) - 1)
                 if tokens[i][2] in self.words.JUDGE_TITLES and tokens[i + 1][2][:1].isalpha()
                 and self.text[tokens[i + 1][0]].isupper()}
        present = {w for _a, _b, w in tokens}
        if present & self.words.SUPREME:
            names.add("supreme court")
        if present & self.words.APPEALS:
            names.update({"circuit", "appeals"})
        return names

    def _object_of(self, sentence: _Sentence, trigger: Trigger) -> Mention | None:
        """The policy a verb acts on: named within four words after it, a quoted aside between them not counted
        ('poner fin “tan pronto como sea posible” al programa'), or through a part of it."""
        after = [m for m in sentence.mentions if m.start >= trigger.end]
        if after:
            quoted = sum(len(q.group().split()) for q in _QUOTED.finditer(self.text, trigger.end, after[0].start))
            if _words_between(sentence, trigger.end, after[0].start) - quoted <= 4:
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
                # a court's act in the date's clause is read even where an undated start took the policy ("o
                # programa humanitário criado durante a gestão de Joe Biden": its creation, another act)
                if any(p.mention.policy == policy and (court is None or (not p.set_aside and (
                        p.date is not None or p.action != "implemented"))) for p in protos + found):
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
            # a verb after its complement reports it when it is a saying verb, or an announcing one set off by a
            # comma (", informó el martes la Casa Blanca")
            postposed = word not in words.ANNOUNCE or (index > 0 and tokens[index - 1][2] == ",")
            near = [m for m in sentence.mentions if m.kind == "description" and m.policy not in taken
                    and (_words_between(sentence, b, m.start) <= 40 if m.start >= b
                         else postposed and _words_between(sentence, m.end, a) <= 40)]
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

    def _held_act_frames(self, sentence: _Sentence, triggers: list[Trigger]) -> list[_Proto]:
        """An act dated to a day or a month whose policy the sentence does not name, on a day the records hold an
        act of the same status of exactly one policy the document names: 'Biden's policy went into effect on May
        12', 'In March, DHS rescinded protections previously granted under the Biden administration', 'La
        administración de Biden puso en marcha en enero último el nuevo permiso'. The policy is the one the
        sentence names or refers to, if any, else one the document names or describes; the trigger is reported
        as an act (a past, present, participle or noun, no negation, modal or future before it), its date in its
        clause, no program the records do not track in the sentence, and the sentence yields nothing else.
        The event found is the reason; like `_held_frames`, it finds another source for an event the records
        hold, never news."""
        words, tokens = self.words, sentence.tokens
        # a program the records do not track; "reportedly"; "Had DHS terminated protections in March, ...": no
        # act of the policy stated
        if sentence.untracked or words.HEDGES.search(self.text, sentence.start, sentence.end) \
                or (tokens and tokens[0][2] in words.COUNTERFACTUAL_OPENERS):
            return []
        named = {p for m in sentence.mentions if m.kind != "reference" for p in (m.policy, *m.alternatives)}
        referred = {m.policy for m in sentence.mentions if m.kind == "reference"}
        pool = self._held_pool(sentence)
        unnamed = not (named or referred)
        # "Las regulación de la administración Biden ... entró en vigor en mayo": a generic noun the sentence
        # uses must be one the policy is called by (a regulation is not the app)
        heads = {w for _a, _b, w in sentence.tokens if w in words.GENERIC_HEADS}
        pool = {p for p in pool if not heads or any(self._called_by_head(p, head) for head in heads)}
        for trigger in triggers:
            if trigger.status is not None and (trigger.form in ("future", "progressive") or (
                    trigger.form == "base" and self._after_future(sentence, trigger))):
                found = self._held_announcement(sentence, trigger, pool)
                if found is not None:
                    return [found]
                continue
            if trigger.status is None or trigger.form not in ("past", "present", "participle", "noun"):
                continue
            index = _index(sentence, trigger.start)
            if _scope_cue(sentence, index, words) is not None:
                continue
            clause = sentence.clause[index]
            # a court in the clause is `_court_day_frames`' question ("a judge blocked the termination of ...")
            if any(w in words.COURT_WORDS for (_a, _b, w), c in zip(tokens, sentence.clause, strict=True)
                   if c == clause):
                continue
            date = _nearest_short_date(sentence, index)
            if date is None:
                continue

            held = _held_by_one(pool, functools.partial(self._acts_held_then, sentence, trigger, date, unnamed))
            if held is None:
                continue
            policy, event = held
            mention = Mention(policy, trigger.start, trigger.end, "reference")
            if str(event.status) != trigger.status:
                proto = self._frame_proto(sentence, trigger, mention, "announced", "announced", 0.6, [
                    f"'{trigger.text}' on {date.text!r}: the records hold an act of {policy} alone announced then, "
                    f"{describe(event)} (announced {event.announced}); the sentence reports that announcement"])
                proto.announces = str(event.status)
            else:
                proto = self._frame_proto(sentence, trigger, mention, str(event.status),
                                          str(event.action or event.status), 0.6, [
                                              f"'{trigger.text}' on {date.text!r}: the records hold an act of that "
                                              f"status on {policy} alone then, {describe(event)}; the sentence "
                                              "reports that act"])
            proto.date = date
            return [proto]
        return []

    def _acts_held_then(self, sentence: _Sentence, trigger: Trigger, date: DateMention, unnamed: bool,
                        policy: str) -> list:
        """The records' events of `policy` in the date's time with the trigger's status (or, for an announcing
        verb, announced then: "DHS announced changes on Friday"); none when the policy is unnamed and the verb's
        object cannot be it (`_object_may_be`)."""
        if unnamed and not self._object_may_be(sentence, trigger, policy):
            return []
        events = [e for e in self._held_events(policy, date.not_before, date.not_after)
                  if str(e.status) == trigger.status]
        if trigger.status == "announced" and not events:
            events = self._announced_events(policy, date, None)
        return events

    def _held_pool(self, sentence: _Sentence) -> set[str]:
        """The policies an unnamed act of the sentence may be of (`_held_act_frames`): the ones it names, else the
        ones it refers to, else the one named last, else (nothing named yet: a headline, a lead) the ones the
        document names; none after a program the records do not track."""
        named = {p for m in sentence.mentions if m.kind != "reference" for p in (m.policy, *m.alternatives)}
        referred = {m.policy for m in sentence.mentions if m.kind == "reference"}
        current = self.salience.current()
        return named or referred or ({current.policy} if current is not None else
                                     set(self._named_anywhere()) if self.salience.last is None else set())

    def _object_may_be(self, sentence: _Sentence, trigger: Trigger, policy: str) -> bool:
        """Whether a verb's object, if it has one, may be the policy or a part of it: among its first four words
        (dates, determiners and possessives aside) a word the policy is called by, a generic head ("program",
        "rule", "permiso"), a part ("appointments", "protections") or a pronoun; not one marked as another
        ("a separate family reunification process"). "the State Department revoked the visas of ..." has another
        object; "was suspended in early August", "la lanzó el 12 de enero" have none after the verb."""
        words = self.words
        if trigger.form not in ("past", "present") or trigger.lex is None or trigger.status == "announced":
            return True  # a noun, a participle after its noun, or what is announced ("unveiled plans to ...")
        index = _index(sentence, trigger.start)
        clause = sentence.clause[index]
        in_date = [(d.start, d.end) for d in sentence.dates]
        following = [w for (a, _b, w), c in zip(sentence.tokens[index + 1:], sentence.clause[index + 1:], strict=True)
                     if c == clause and w[0].isalnum() and not any(s <= a < e for s, e in in_date)
                     and w not in words.DETERMINERS and w not in words.POSSESSIVES][:4]
        if not following or following[0] in words.PREPOSITIONS:
            return True  # no object: "took effect in May", "was extended to the other three nations"
        if any(w in words.OTHER_ONES for w in following[:2]):
            return False
        following = [w for w in following if w not in words.PREPOSITIONS and not w.isdigit()]
        return any(w in words.GENERIC_HEADS or w in words.HEADS or w in words.POLICY_PARTS or w in words.PRONOUNS
                   or w in words.HELD_OBJECTS or self.matcher.called(policy, w) for w in following)

    def _announced_events(self, policy: str, date: DateMention, status: str | None) -> list:
        """The records' events of `policy` announced in the date's window (an event's `announced`), of `status`
        if given."""
        view = self.views[policy]
        return [] if view is None else [
            e for e in view.applied if e.announced is not None and date.not_before <= e.announced <= date.not_after
            and (status is None or str(e.status) == status)]

    def _after_future(self, sentence: _Sentence, trigger: Trigger) -> bool:
        """'will expand', 'va a ampliar', 'vai encerrar': a future auxiliary at most two words before the verb."""
        index = _index(sentence, trigger.start)
        return any(_future_word(w, self.words) for _a, _b, w in sentence.tokens[max(0, index - 2):index])

    def _held_announcement(self, sentence: _Sentence, trigger: Trigger, pool: set[str]) -> _Proto | None:
        """'The Biden administration will expand areas where migrants can apply online for appointments ...,
        officials said on Saturday': a future act a saying verb reports on a day (or in a month) on which the records
        hold the announcement of an act of that status of exactly one policy of `pool` (an event's `announced`
        date) is that announcement (`_held_act_frames`). Not when the saying verb or the act is negated or hedged."""
        words, tokens = self.words, sentence.tokens
        index = _index(sentence, trigger.start)
        if any(w in words.NEGATIONS or w.endswith(("n't", "n’t")) for _a, _b, w in tokens[max(0, index - 3):index]) \
                or words.HEDGES.search(self.text, sentence.start, sentence.end):
            return None
        for say, (_a, _b, word) in enumerate(tokens):
            if word not in words.SPEECH or _scope_cue(sentence, say, words) is not None:
                continue
            # an authority says it ("officials said", "said the White House"), not critics; and says it will happen,
            # not whether it will, nor that someone fears it will ("weighing whether", "they fear")
            if not self._authority_subject(sentence, say) and not any(
                    w in words.AUTHORITIES for _a2, _b2, w in tokens[say + 1:say + 5]):
                continue
            low, high = sorted((say, index))
            if any(w in words.WHETHER or w in words.UNCERTAIN for _a2, _b2, w in tokens[low + 1:high]):
                continue
            date = _nearest_short_date(sentence, say)
            if date is None:
                continue
            held = _held_by_one(pool, lambda policy, date=date, status=trigger.status: self._announced_events(
                policy, date, status))
            if held is None:
                continue
            policy, event = held
            mention = Mention(policy, trigger.start, trigger.end, "reference")
            proto = self._frame_proto(sentence, trigger, mention, "announced", "announced", 0.55, [
                f"'{trigger.text}' … '{word}' on {date.text!r}: the records hold the announcement of that act of "
                f"{policy} alone then, {describe(event)} (announced {event.announced}); the sentence reports it"])
            proto.announces, proto.date = trigger.status, date
            return proto
        return None

    def _court_day_frames(self, sentence: _Sentence) -> list[_Proto]:
        """A court acting on a day the records hold a court's act on one tracked policy, in a sentence that yields
        nothing else, reports that act: 'A federal judge in California on Tuesday struck down the administration's
        temporary restrictions on migrants seeking asylum' (2023-07-25: the Lawful Pathways rule vacated, the
        vacatur stayed: active); 'Un juez federal ordenó ayer ... que deje de expulsar a niños migrantes' (Title
        42, enjoined in part); 'The court order was upheld by the U.S. Supreme Court in August' (a month: the court's
        act it ended with). Only a day or a month, a court in the date's clause, no program the records do not track
        in the sentence, exactly one policy with a court's event that day, whose events agree on a status, and
        no other reading of the sentence; a policy the sentence names or describes must be that one, and the
        document must name or describe it somewhere."""
        tokens, words = sentence.tokens, self.words
        courts = [i for i, (_a, _b, w) in enumerate(tokens) if w in words.COURT_WORDS]
        if not courts or sentence.untracked:
            return []
        # a policy the sentence names or describes must be the one; "the program", "una regulación" may not be
        named = {p for m in sentence.mentions if m.kind != "reference" for p in (m.policy, *m.alternatives)}
        court_names = self._court_names(sentence)
        for date in sentence.dates:
            low, high = (date.exact, date.exact) if date.exact is not None else (date.low, date.not_after)
            if low is None or high is None or (high - low).days > 31:
                continue  # a day, or a month at most ("in August")
            clause = sentence.clause[_index(sentence, date.start)]
            court = next((i for i in courts if sentence.clause[i] == clause), None)
            if court is None:
                continue
            # "did not rule ... in August", "expected the Supreme Court to rule ... in August": no act stated
            if any(w in words.NOT or w in words.UNSTATED or w.endswith(("n't", "n’t"))
                   for (_a, _b, w), c in zip(tokens, sentence.clause, strict=True) if c == clause):
                continue
            held = {}
            for policy in self.views.records:
                events = [e for e in self._held_events(policy, low, high) if _by_court(e)]
                if events:
                    held[policy] = events
            if len(held) != 1 or (named and not named & set(held)) or not set(held) & self._named_anywhere():
                continue
            (policy, events), = held.items()
            # "Judge Kacsmaryk", "the Supreme Court": the acts of the court the sentence names, where the records say
            # whose they are
            named_court = [e for e in events if any(name in " ".join([e.summary or "", str(e.authority or "")]).lower()
                                                    for name in court_names)]
            events = named_court or events
            if date.exact is None:
                events = events[-1:]  # in a month, the court's act it ended with (the records' state after it)
            if len({str(e.status) for e in events}) > 1:
                continue
            event = events[-1]
            a, b, word = tokens[court]
            mention = Mention(policy, a, b, "reference")
            proto = self._frame_proto(sentence, _token_trigger(sentence, court), mention, str(event.status),
                                      str(event.action or event.status), 0.6, [
                                          f"a court ('{word}') acts on {date.text!r}, when the records hold a "
                                          f"court's act on {policy} alone: {describe(event)}; the sentence reports "
                                          "that act"])
            proto.date = date
            return [proto]
        return []

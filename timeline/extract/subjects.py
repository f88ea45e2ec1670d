"""Which policy a trigger is about: the reader's rules for a clause's subject or object (a name, a
description, "the program", a dropped or fronted subject). A part of `reader._Reader`."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from .clauses import (
    _QUOTES,
    _adverb,
    _first_of_clause,
    _in_date,
    _index,
    _right_after,
    _Sentence,
    _start_confidence,
    _words_between,
    _words_to_object,
)
from .mentions import Mention
from .triggers import Trigger, find_triggers


class _Subjects:
    """Finding a trigger's policy (mixed into `reader._Reader`, whose state it reads)."""

    # the reader's state this part reads (reader._Reader.__init__ sets it)
    text: str
    words: ModuleType
    previous: _Sentence | None

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
        known_as = after and gap_after is not None and gap_after > 3 and after[0].kind == "name" \
            and self._known_as_object(sentence, trigger, after[0], triggers)
        if known_as:
            gap_after = 1  # the object's head noun, right after the determiner
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
        if lex is not None and lex.subject_only:
            # "después de que concluyó el Título 42" (inverted) or "el Título 42 concluyó": the policy right next to
            # the verb, with nothing it could be the object of between ("concluyeron su registro en la aplicación")
            near = [m for m in after if gap_after is not None and gap_after <= 1 and m is after[0]] + \
                [m for m in before[-1:] if gap_before is not None and gap_before <= 1]
            if not near:
                return None
            reasons.append(f"'{trigger.text}' said of the policy next to it")
            return near[0], _start_confidence(near[0], 0.8)
        if trigger.form == "state":
            if after and gap_after is not None and gap_after <= 1:
                reasons.append(f"'{trigger.text}' describes the policy that follows")
                return after[0], _start_confidence(after[0], 0.7)
            # "is now live"; "ya está disponible", "já está em vigor" hold their own auxiliary
            if before and gap_before is not None and gap_before <= 3 and (
                    passive or any(w in words.PASSIVE for w in trigger.text.lower().split())):
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
            # Portuguese "a", "as" right before the object are its article ("rescindir a ordem"), not a preposition
            # ... or before the object's head noun ("anulou a regra Securing the Border")
            direct = known_as or not any(w in words.PREPOSITIONS and not (w in words.OBJECT_ARTICLES and (
                i == len(between) - 1 or between[i + 1:] == [between[-1]] and between[-1] in words.HEADS))
                for i, w in enumerate(between)) and not (after and any(
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
            # "the Biden rule is similar to Trump-era asylum restrictions struck down by the Ninth Circuit": a
            # program the records do not track, nearer, is what the participle is about
            nearer = before and self._untracked_between(sentence, before[-1].end, trigger.start)
            if before and gap_before is not None and not nearer and (
                    passive or reflexive or trigger.form == "participle"
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
        # (a passive's subject comes first, but the reflexive "se amplió el uso de la aplicación" has it after)
        subject_first = passive and trigger.form in ("past", "participle") and preceding[-1] not in ("se",)
        if gap_after is not None and gap_after > 1 and not subject_first:
            # "suspendió el mes pasado la aprobación de nuevas autorizaciones de viaje para el programa", "el DHS
            # está ampliando el uso de la aplicación CBP One": the verb's object is a part of the policy, then the
            # policy, further than a plain object would be and before any policy named before the verb; the part
            # heads the object (not "issued guidance on Monday ending new enrollments in the program"), and a
            # passive's subject comes first ("The CHNV parole program was suspended ..., along with appointments")
            part = self._part_then_policy(sentence, trigger, after, heading=True)
            if part is not None:
                reasons.append(f"'{trigger.text}' acts on a part of the policy ('{part[1]}')")
                return part[0], _start_confidence(part[0], 0.85)
        # a program the records do not track between the verb and a policy is nearer: the verb's own; a policy
        # after a comma is not its object when one is named right before it ("When Title 42 ended in May 2023,
        # the Lawful Pathways rule took effect")
        comma_after = after and any(w == "," for a, _b, w in sentence.tokens if trigger.end <= a < after[0].start)
        if gap_after is not None and gap_after <= 8 and not self._untracked_between(sentence, trigger.end,
                                                                                     after[0].start) \
                and not (comma_after and gap_before == 0):
            options.append((gap_after + (4 if passive else 0), after[0], "after"))
        if gap_before is not None and gap_before <= 12 and not self._untracked_between(sentence, before[-1].end,
                                                                                       trigger.start):
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
        far = [m for m in after[:1] if not self._untracked_between(sentence, trigger.end, m.start)] + \
            [m for m in before[:1] if not self._untracked_between(sentence, m.end, trigger.start)]
        if far:
            reasons.append(f"policy named far from '{trigger.text}'")
            return far[0], _start_confidence(far[0], 0.55)
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

    @staticmethod
    def _untracked_between(sentence: _Sentence, start: int, end: int) -> bool:
        """Whether the sentence names a program the records do not track between two positions."""
        return any(start <= a and b <= end for a, b in sentence.untracked)

    def _known_as_object(self, sentence: _Sentence, trigger: Trigger, mention: Mention,
                         triggers: Sequence[Trigger]) -> bool:
        """'anuló una política de la era de la pandemia conocida como Título 42', 'ended a policy of the first
        Trump administration known as Remain in Mexico': the verb's object is a noun phrase (a determiner, its
        noun and at most six more words) that the name after 'known as' names, with no other act between."""
        words = self.words
        between = _words_to_object(sentence, trigger.end, mention.start)
        known = max((i for i, w in enumerate(between) if w in words.KNOWN_AS), default=None)
        return known is not None and 2 <= known <= 8 and between[0] in words.DETERMINERS \
            and all(w in words.NAMING_LINKS for w in between[known + 1:]) \
            and sentence.clause[_index(sentence, trigger.start)] == sentence.clause[_index(sentence, mention.start)] \
            and not any(t.status is not None and trigger.end <= t.start and t.end <= mention.start for t in triggers)

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
        return following[1] not in self.words.PREPOSITIONS and following[1] not in self.words.AGENTS

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
        first = next((i for i, (_a, _b, w) in enumerate(tokens) if not _adverb(w, self.words)), None)
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
        # "proposed a rule that would bar many migrants from asylum": the object's head noun, then a relative
        # clause that describes it (a description, not a name: a named policy there is another one)
        if mention.kind == "description" and mention.start >= trigger.end:
            opener_index = _first_of_clause(sentence, mention_index)
            before_opener = [w for a, _b, w in sentence.tokens[trigger_index + 1:opener_index]
                             if w[0].isalnum() and not _in_date(sentence, a)]
            if opener_index and sentence.tokens[opener_index][2] in words.RELATIVES \
                    and sentence.clause[opener_index - 1] == clause and 1 <= len(before_opener) <= 3 \
                    and before_opener[-1] in words.HEADS | words.DOCUMENTS:
                return True
        # "suspended and later terminated MPP": a verb that ends its clause shares the next one's object
        following = sentence.tokens[trigger_index + 1:trigger_index + 2]
        if mention.start >= trigger.end and following and following[0][2] in words.AND_OR \
                and sentence.clause[mention_index] == sentence.clause[trigger_index + 1] \
                and _words_between(sentence, trigger.end, mention.start) <= 5:
            return True
        return False

    def _part_then_policy(self, sentence: _Sentence, trigger: Trigger, after: list[Mention],
                          heading: bool = False) -> tuple[Mention, str] | None:
        """'expansion of available appointments ... through the CBP One app': a part, then the policy. A date
        between the verb and its object ("anulou na sexta-feira a principal parte da regra") is passed over only
        when the part then heads the object (determiners, 'new' or 'main' before it: not "issued guidance on
        Monday ending new enrollments in the program"); with `heading`, it must head it in any case."""
        if not after:
            return None
        words = self.words
        for dates in ((False, True) if not heading else (True,)):
            alnum = [w for a, _b, w in sentence.tokens if trigger.end <= a < after[0].start and w[0].isalnum()
                     and not (dates and _in_date(sentence, a))]
            number = next((i for i, w in enumerate(alnum[:4]) if w in words.POLICY_PARTS), None)
            if number is None or len(alnum) > 9:
                continue
            if (heading or dates) and any(w not in words.DETERMINERS and w not in words.NEW
                                          and w not in words.PARTITIVES for w in alnum[:number]):
                continue
            return after[0], alnum[number]
        return None

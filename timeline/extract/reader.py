"""Reading one document sentence by sentence (`_Reader`): cutting each sentence into parts, finding its
triggers, and turning what the rules in `subjects`, `acts` and `frames` make of them into candidates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from types import ModuleType

from timeline.core.segments import applies_on

from .acts import _Acts
from .clauses import (
    _COURT_ACTIONS,
    MAX_SENTENCE,
    MIN_CONFIDENCE,
    _announced_ahead,
    _assign_dates,
    _clauses,
    _extended_stop,
    _index,
    _marked_tokens,
    _Proto,
    _Sentence,
    _words_between,
    _words_to_object,
    headline_shape,
    short_dates,
)
from .document import Budget, Candidate, Document
from .frames import _Frames
from .mentions import Matcher, Mention, Salience, choose, in_term
from .subjects import _Subjects
from .text import DateMention, find_dateline, find_dates, is_header_line, sentences
from .triggers import Trigger, find_triggers
from .verdicts import RecordViews, describe


def _joined_before_as(sentence: _Sentence, start: int, end: int, words: ModuleType) -> bool:
    """Whether a clause break ('and', 'but', 'which', a comma, a semicolon, a dash) or a naming participle comes
    between an act and the 'as' of a name ('launched in January 2023, and the app lives on today as', 'lanzada en
    enero de 2023 y conocida hoy como')."""
    return any(w in (",", ";", ":", "—", "–", "-", "--") or w in words.AND_BUT or w in words.KNOWN_AS
               or w in words.RELATIVES for a, _b, w in sentence.tokens if start <= a < end)


class _Reader(_Subjects, _Acts, _Frames):
    """Reads one document's sentences in order, keeping track of the policy "the program" refers to."""

    def __init__(self, text: str, records: Sequence, document: Document, budget: Budget, words: ModuleType,
                 views: RecordViews):
        self.text, self.document, self.budget, self.words = text, document, budget, words
        self.matcher = Matcher(records, document.language, words.UNKNOWN_POLICY, words.GENERIC_NAMES)
        self.salience = Salience()
        self.starts, self.ends = _record_spans(records)
        self.views = views
        self.published = document.header.published
        self.previous: _Sentence | None = None
        self.emitted: list[Candidate] = []  # what the previous sentence yielded
        self._named: set[str] | None = None  # _named_anywhere

    def read(self) -> None:
        text = self.text
        # "WASHINGTON, Oct. 2, 2024 —": the day the story was filed, not the day of the act it reports
        dateline = find_dateline(text, self.words if self.words.CODE != "en" else None)
        for start, end in self._spans():
            self.budget.check()
            if is_header_line(text[start:end]):
                continue  # "Published: 2022-08-09" dates the article, not an act
            if dateline is not None and start <= dateline.start < end:
                start = max(start, dateline.end)
                if start >= end:
                    continue
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
        ruling = words.RULING_OPENING.match(head)
        if ruling:
            # "En un fallo del martes, el juez ...", "In a 2-1 ruling Tuesday, the court ...": the ruling's day is
            # the day of the court's act the previous sentence reported, up to the opening phrase's comma
            # only a court's ruling ('el juez', 'Judge Sullivan' in the words after the comma: not "In his decision
            # Tuesday, Biden said"), dated by a day or a month right after its noun (not "En su decisión de 2020")
            undated = [c for c in undated if c.action in _COURT_ACTIONS or c.status == "enjoined"]
            comma = head.find(",", ruling.end())
            if not undated or comma < 0 or comma - ruling.end() > 40:
                return
            court = [w for a, _b, w in sentence.tokens if a < sentence.start + comma][-8:] + \
                [w for a, _b, w in sentence.tokens if a > sentence.start + comma][:8]
            if not any(w in words.COURT_WORDS for w in court):
                return
            opening_end = sentence.start + ruling.end()
            dates = [d for d in find_dates(self.text, opening_end, sentence.start + comma, self.published, words)
                     if _words_between(sentence, opening_end, d.start) <= 2
                     and (d.exact or (d.not_after - d.low).days <= 31)]
            if dates:
                self._date_undated(undated, dates[0], head)
            return
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
        self._date_undated(undated, dates[0], head)

    @staticmethod
    def _date_undated(undated: list[Candidate], date: DateMention, head: str) -> None:
        for candidate in undated:
            if date.exact:
                candidate.date, candidate.not_after = date.exact, None
            else:
                candidate.not_before, candidate.not_after = date.low, date.not_after
            candidate.dated_by = "text"
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
        found = [self._named_otherwise(m, found) for m in found]
        untracked = self.matcher.untracked(text, start, end, found) + [m for m in found if m.policy is None]
        # a description inside an untracked program's name is that program's (mentions._outnamed)
        found = [m for m in found if m.policy is not None
                 and not any(u.start <= m.start and m.end <= u.end and u.kind == "untracked" for u in untracked)]
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
            a, b = item if kind == 2 else (item.start(), item.end())
            if any(m.start < b and a < m.end for m in mentions):
                continue
            named = next((m for m in found if kind in (1, 3) and m.start >= b and self._named_as(b, m.start)), None)
            if named is not None:
                # "the rules known as Title 42", "el programa, conocido oficialmente como Protocolos ...": the noun
                # stands for the policy it is known as, whatever was named before (or if nothing was)
                mentions.append(Mention(named.policy, a, b, "reference", named.alternatives))
                continue
            if current is None:
                continue
            if kind == 3 and (not self._called_by_head(current.policy, item.group("head"))
                              or any(m.start < b and a < m.end for m in untracked)):
                continue  # "a regulation" is the rule named before, not the program; "a new proclamation" may be it
            if kind in (1, 3) and any(0 <= m.start - b <= 3 for m in found):
                continue  # "the program Remain in Mexico", "el programa Quédate en México": the name follows
            following = text[b:b + 20].split()[:1]  # Spanish and Portuguese put the adjective after the noun
            if kind in (1, 3) and set(item.group().lower().split() + [w.lower().strip(",.;") for w in following]) \
                    & words.COURT_MODIFIERS:
                continue  # "a temporary restraining order", "una orden judicial": a court's, never the policy
            if kind == 1 and item.group().split()[-1].lower() in words.KIND_HEADS \
                    and not self._called_by_head(current.policy, item.group().split()[-1]):
                continue  # "he vacated that order": a court's order, not the program named before; "the app" is
                # only a policy called an app
            if kind == 2 and not (self._pronoun_ok(current, start)
                                  or any(m.policy == current.policy and m.end <= a for m in mentions)):
                continue
            mentions.append(Mention(current.policy, a, b, "reference", current.alternatives))
        mentions.sort(key=lambda m: m.start)
        clause, asides = _clauses(tokens, mentions, words, text)
        headline = headline_shape(text[start:end], len(tokens), self.document.header.title)
        return _Sentence(start, end, mentions, tokens, starts, clause, headline, text=text, asides=asides,
                         untracked=tuple((m.start, m.end) for m in untracked))

    def _named_otherwise(self, mention: Mention, found: list[Mention]) -> Mention:
        """'a new parole program, dubbed Uniting for Ukraine', 'un nuevo proceso de parole, conocido como
        Reunificación Familiar': a description followed by 'known as', 'also called', 'dubbed the', 'bautizado
        como' ... (`_named_as`) and a capitalised name the records do not track is that program, not the policy
        described."""
        if mention.kind != "description":
            return mention
        capital = next((m for m in re.finditer(r"\w[\w-]*", self.text[mention.end:mention.end + 60])
                        if m.group()[0].isupper()), None)
        if capital is None:
            return mention
        name_start = mention.end + capital.start()
        quote = name_start - 1 if self.text[name_start - 1] in "\"“‘'" else name_start
        if not self._named_as(mention.end, quote) \
                or any(m is not mention and m.kind == "name" and 0 <= m.start - quote <= 1 for m in found):
            return mention  # no "known as", or the name is a tracked one
        return Mention(None, mention.start, mention.end, "untracked")

    def _named_as(self, start: int, end: int) -> bool:
        """Whether text[start:end] is 'known as', 'also called', 'dubbed the', 'conocido como', 'chamadas de' (the name
        follows), after at most one adjective of the noun before it ('el programa migratorio conocido como')."""
        between = re.findall(r"\w+", self.text[start:end].lower())
        if len(between) >= 2 and between[1] in self.words.KNOWN_AS and between[0].isalpha() \
                and between[0] not in self.words.RELATIVES:
            between = between[1:]
        return 0 < len(between) <= 4 and any(w in self.words.KNOWN_AS for w in between) \
            and all(w in self.words.KNOWN_AS or w in self.words.NAMING_LINKS or w in _NAME_ARTICLES for w in between)

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

    def _candidates(self, sentence: _Sentence) -> None:
        if not sentence.mentions and not (self._salient_before(sentence) is not None and any(
                w in self.words.POLICY_PARTS or w in self.words.ACT_NOUNS for _a, _b, w in sentence.tokens)) \
                and self._null_subject(sentence) is None:
            court = any(w in self.words.COURT_WORDS for _a, _b, w in sentence.tokens)
            if court:
                sentence.dates = find_dates(self.text, sentence.start, sentence.end, self.published, self.words)
            found = self._court_day_frames(sentence) if court else []
            pool = self._held_pool(sentence) if not found else set()
            if pool:
                # an act on a day the records hold, of the policy the text is about: read only where the records
                # hold an event of it in a date of the sentence (finding the triggers of every sentence would cost
                # a third of the reading)
                if not court:
                    sentence.dates = find_dates(self.text, sentence.start, sentence.end, self.published, self.words)
                if any(self._held_events(policy, d.not_before, d.not_after) or self._announced_events(policy, d, None)
                       for d in short_dates(sentence) for policy in pool):
                    found = self._held_act_frames(
                        sentence, find_triggers(self.text, sentence.start, sentence.end, self.words))
            if found:
                self._emit(sentence, found)
            return
        text, words = self.text, self.words
        triggers = find_triggers(text, sentence.start, sentence.end, words)
        _share_links(sentence, triggers)
        sentence.dates = find_dates(text, sentence.start, sentence.end, self.published, words)
        sentence.dates = sorted(sentence.dates + self._first_days(sentence), key=lambda d: d.start)
        protos: list[_Proto] = []
        used: set[int] = set()
        for frame in (self._court_frames, self._halted_end_frames, self._effect_frames, self._no_longer_frames,
                      self._not_renewed_frames,
                      self._document_frames, self._plan_frames, self._first_frames, self._begun_frames):
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
        _bound_by_modifiers(protos)
        protos.extend(self._held_frames(sentence, protos))
        protos.extend(self._announced_description_frames(sentence, protos))
        if not protos:
            protos = self._court_day_frames(sentence) or self._held_act_frames(sentence, triggers)
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
        following = [w for a, _b, w in sentence.tokens if a >= trigger.end
                     and w not in self.words.DETERMINERS][:2]
        if trigger.lex is not None and trigger.lex.past and trigger.lex.past[0] in self.words.STOP_APPLYING \
                and following[:1] and following[0] in self.words.APPLIES_TO \
                and following[1:] and following[1] in self.words.PEOPLE:  # not "en mayo", "a las 23:59": a time
            # "dejó de regir para los menores no acompañados": it stopped applying to some, a narrowing
            status, action = "active", "narrowed"
            reasons.append(f"'{trigger.text} {following[0]} ...': it stopped applying to some only, a narrowing")
        proto = _Proto(trigger, mention, status, action, confidence, reasons, False, trigger.start,
                       sentence.clause[index])
        renaming = None
        if status == "active" and action in ("implemented", "reinstated"):
            # "DHS relaunched the CBP Home app"; "The CBP One app was relaunched on Monday as CBP Home": the new name
            # the act gives it, after "as"
            # (its own complement, with no other act between: "launched in January 2023 ..., was rebranded as CBP
            # Home" renames no launch; "was relaunched by the Trump administration on Monday as CBP Home" does; a
            # launch only with nothing joined before the "as": "launched the CBP One app as CBP Home on Monday",
            # not "launched in January 2023 and known today as CBP Home")
            renaming = self._renaming(mention) or next(
                (found for m in sentence.mentions if m.policy == mention.policy and m.start > trigger.end
                 and len(_words_to_object(sentence, trigger.end, m.start)) <= 12
                 and not any(trigger.end <= t.start < m.start for t in triggers)
                 and (action == "reinstated" or not _joined_before_as(sentence, trigger.end, m.start, self.words))
                 and (found := self._renaming(m)) is not None and self._after_as(sentence, m)), None)
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
            said = self._said_after(sentence, index)
            if said is not None:
                proto.anchor, proto.clause = sentence.tokens[said][0], sentence.clause[said]
        elif verdict_ == "future" and self._dated_clause(sentence, index):
            # "the policy will now be discontinued ... on May 11": a change scheduled for a day, stated as fact
            _announced_ahead(proto, f"'{trigger.text}' in the future with a day it takes effect: a scheduled "
                                    "change, announced on or before publication")
        elif verdict_ == "future":
            proto.reasons.append(f"'{trigger.text}' in the future, and no announcement reports it: a plan, "
                                 "not a reported act")
            proto.confidence, proto.set_aside = 0.1, True
        elif speech is not None and not proto.set_aside and trigger.form in ("present", "progressive") \
                and proto.status != "announced" and (sentence.tokens[speech[0]][2] in self.words.ANNOUNCE
                                                     or self._effective_later(sentence, speech)):
            # "Los CDC anunciaron que terminan oficialmente al Título 42", "DHS announced it is terminating the
            # parole programs": a present an announcement reports is the change it makes public; the records say
            # whether it took effect then (_announced_outcome)
            self._as_announcement(sentence, proto, speech)
            proto.outcome = "announced"
        elif speech is not None and not proto.set_aside:
            verb_index, verb_date = speech
            binding = "exact" if trigger.form in ("present", "progressive") else "bound"
            proto.speech = (verb_date, binding)
        head = self._modified_noun(sentence, trigger, triggers, mention) if status == "announced" else None
        if head is not None:
            # "antes de la suspensión temporal del programa anunciada el viernes": the participle says when the
            # act the noun names was made known, it reports no announcement of its own (_bound_by_modifiers)
            proto.modifies, proto.set_aside = head, True
            proto.reasons.append(f"'{trigger.text}' modifies '{head.text}': when that act was made known")
        return proto

    def _modified_noun(self, sentence: _Sentence, trigger: Trigger, triggers: list[Trigger],
                       mention: Mention) -> Trigger | None:
        """The act noun a participle right after its policy modifies ('the suspension of the program announced
        Friday'), if any."""
        # a participle: Spanish and Portuguese have their own forms ("anunciada"); an English one is its past
        participle = trigger.form == "participle" or (trigger.form == "past" and trigger.lex is not None
                                                      and not trigger.lex.participle)
        if not participle or not mention.end <= trigger.start or _words_between(sentence, mention.end, trigger.start):
            return None
        clause = sentence.clause[_index(sentence, trigger.start)]
        nouns = [t for t in triggers if t.form == "noun" and t.end <= mention.start
                 and _words_between(sentence, t.end, mention.start) <= 1
                 and sentence.clause[_index(sentence, t.start)] == clause]
        return nouns[-1] if nouns else None

    def _effective_later(self, sentence: _Sentence, speech: tuple[int, DateMention | None]) -> bool:
        """Whether the sentence makes its act effective on a day after the one it was reported ("DHS said Friday it
        is terminating the parole programs, effective April 24"): then what is said is a change to come."""
        said = speech[1].not_after if speech[1] is not None else self.published
        for date in sentence.dates:
            index = _index(sentence, date.start)
            before = [w for _a, _b, w in sentence.tokens[max(0, index - 3):index]]
            # a day without a year is read as the latest before publication; a month or more before the saying,
            # it is the next one ("said in March ... effective April 24")
            later = said is not None and date.not_before is not None and (
                date.not_before > said or (date.how == "partial" and (said - date.not_after).days > 31))
            # not a day it has been in force since ("en vigor desde el 12 de enero"), nor one it became effective
            # on ("whose changes became effective May 12")
            effective = next((i for i, w in enumerate(before) if w in self.words.EFFECTIVE_ON), None)
            if later and effective is not None and not any(w in self.words.SINCE for w in before[effective:]) \
                    and not (index - len(before) + effective > 0 and sentence.tokens[
                        index - len(before) + effective - 1][2] in self.words.BECAME):
                return True
        return False

    def _after_as(self, sentence: _Sentence, mention: Mention) -> bool:
        """Whether 'as' (or 'como') comes right before a mention, a determiner apart: 'relaunched as CBP Home'."""
        index = _index(sentence, mention.start)
        before = [w for _a, _b, w in sentence.tokens[max(0, index - 2):index]]
        if before and before[-1] in self.words.DETERMINERS:
            before = before[:-1]
        return bool(before) and before[-1] in self.words.AS

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
        later = self._then_bounds(sentence, protos)
        for proto in protos:
            for date in proto.extra_dates or [proto.date]:
                candidate = self._candidate(proto, date, quote, sentence, published)
                if id(proto) in later and date is None and candidate.date is None and candidate.not_before is None \
                        and candidate.not_after is not None and later[id(proto)][0] <= candidate.not_after:
                    candidate.not_before, first = later[id(proto)]
                    candidate.reasons.insert(-1, f"after '{first}' in the same sentence: on or after "
                                                 f"{candidate.not_before}")
                if proto.set_aside or candidate.confidence < MIN_CONFIDENCE:
                    document.set_aside.append(candidate)
                    continue
                key = (candidate.policy, candidate.status, candidate.announces, candidate.window())
                if key not in seen or seen[key].confidence < candidate.confidence:
                    seen[key] = candidate
        document.candidates.extend(seen.values())

    def _then_bounds(self, sentence: _Sentence, protos: list[_Proto]) -> dict[int, tuple[dt.date, str]]:
        """'implementado en octubre de 2022 para venezolanos y luego ampliado para cubanos', 'launched in January
        2023 and later expanded': an act a word of sequence (THEN) puts after a dated act of the same policy in
        the sentence happened on or after that act's first day ({id(proto): (day, the first act's trigger)})."""
        bounds = {}
        for proto in protos:
            if proto.date is not None or proto.extra_dates or proto.speech is not None:
                continue
            index = _index(sentence, proto.trigger.start)
            tokens = sentence.tokens
            then = next((i for i in range(index - 1, max(-1, index - 4), -1) if tokens[i][2] in self.words.THEN), None)
            # not "luego de ser suspendido" (after being suspended), "until then", "before then", "then President
            # Trump": a word of sequence that starts a phrase of its own, or a title
            if then is None or (then + 1 < len(tokens) and (tokens[then + 1][2] in self.words.THEN_NOT_BEFORE
                                                            or self.text[tokens[then + 1][0]].isupper())) \
                    or (then and tokens[then - 1][2] in self.words.THEN_NOT_AFTER):
                continue
            earlier = [p for p in protos if p is not proto and p.mention.policy == proto.mention.policy
                       and p.trigger.end <= sentence.tokens[then][0] and p.date is not None and p.date.low is not None]
            if earlier:
                first = earlier[-1]
                bounds[id(proto)] = (first.date.low, first.trigger.text)
        return bounds

    def _candidate(self, proto: _Proto, date: DateMention | None, quote: str, sentence: _Sentence,
                   published: dt.date | None) -> Candidate:
        reasons = list(proto.reasons)
        day = not_before = not_after = dated_by = None
        if date is not None:
            dated_by = "text"
            if date.exact:
                day = date.exact
                reasons.append(f"dated by '{date.text}' ({date.how}): {day}")
            else:
                not_before, not_after = date.low, date.not_after
                reasons.append(f"dated by '{date.text}' ({date.how}): " + (
                    f"between {not_before} and {not_after}" if not_before else f"on or before {not_after}"))
        elif proto.speech is not None and proto.speech[0] is not None:
            spoken, binding = proto.speech
            dated_by = "text"
            if binding == "exact" and spoken.exact:
                day = spoken.exact
                reasons.append(f"happening as '{spoken.text}' reports it: {day}")
            else:
                not_before = None
                not_after = spoken.not_after
                reasons.append(f"made known '{spoken.text}': on or before {not_after}" if binding == "known"
                               else f"reported on '{spoken.text}': on or before {not_after}")
        elif published is not None:
            not_after, dated_by = published, "publication"
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
        score = proto.confidence
        began, latest = self.starts.get(policy), day or not_after
        # an announcement or a proposal may come before its record's first day, but not years before ("published a
        # rule on Monday barring most Central Americans from receiving asylum", 2019, is not the 2023 rule)
        lead = dt.timedelta(days=366 if proto.status in ("announced", "proposed") else 0)
        if mention.kind == "description" and began is not None and latest is not None and latest < began - lead:
            # "blocked the new asylum rules issued by the Trump administration" (2019): no record it describes
            # existed yet
            reasons.append(f"described, but {policy} began on {began}, after this act: not that policy")
            score = 0.1
        ended, earliest = self.ends.get(policy), day or not_before
        if mention.kind == "description" and ended is not None and earliest is not None and earliest > ended:
            # "Una jueza federal bloqueó el domingo la expulsión de niños guatemaltecos no acompañados" (2025): Title
            # 42 had ended in 2023, and the records hold nothing of it since
            reasons.append(f"described, but {policy} had ended, and the records hold nothing of it after {ended}: "
                           "not that policy")
            score = 0.1
        candidate = Candidate(policy, proto.status, proto.action, day, not_before, not_after, quote, sentence.start,
                              sentence.end, round(max(0.05, min(score, 0.95)), 2), reasons,
                              trigger=proto.trigger.text, announces=proto.announces, headline=sentence.headline,
                              dated_by=dated_by)
        if proto.outcome is not None:
            self._OUTCOMES[proto.outcome](self, candidate, published)
        return candidate

    def _unknown_policies(self, sentence: _Sentence) -> None:
        document = self.document
        for match in self.matcher.untracked_matches(self.text, sentence.start, sentence.end, sentence.mentions):
            name = match.group("name").strip("\"“”")
            if any(entry["name"].lower() == name.lower() for entry in document.unknown_policies):
                continue
            document.unknown_policies.append({"name": name, "kind": match.group("kind"),
                                              "quote": self.text[sentence.start:sentence.end],
                                              "start": sentence.start, "end": sentence.end})


def _bound_by_modifiers(protos: list[_Proto]) -> None:
    """An act noun whose participle is dated ('the suspension ... announced on Friday') happened on or before
    that day, unless its own clause dated it otherwise."""
    for proto in protos:
        if proto.modifies is None or proto.date is None:
            continue
        head = next((p for p in protos if p.trigger is proto.modifies), None)
        if head is not None and head.date is None and head.speech is None:
            head.speech = (proto.date, "known")


def _share_links(sentence: _Sentence, triggers: list[Trigger]) -> None:
    """'el fin del programa', 'o fim do programa': the act noun's link ('del', 'do') also opens the reference
    ('del programa'); the reference then starts after the trigger, where every rule looks for the policy a noun
    names."""
    for number, mention in enumerate(sentence.mentions):
        if mention.kind != "reference":
            continue
        for trigger in triggers:
            if trigger.form == "noun" and trigger.start < mention.start < trigger.end < mention.end:
                start = next((a for a, _b, _w in sentence.tokens if a >= trigger.end), None)
                if start is not None and start < mention.end:
                    sentence.mentions[number] = replace(mention, start=start)
                break


# articles between "known as" and a name ("dubbed the Family Reunification Parole process")
_NAME_ARTICLES = frozenset("the el la los las o a os as".split())


def _record_spans(records: Sequence) -> tuple[dict[str, dt.date], dict[str, dt.date]]:
    """Each record's first day in its history (to choose among records that share a description), and, for a record
    that ended (its last event's status `terminated`), the day of that last event: after it, a description of the
    policy describes something else."""
    starts, ends = {}, {}
    for record in records:
        dated = sorted(((day, event) for day, event in ((applies_on(event), event) for event in record.events)
                        if day is not None), key=lambda pair: pair[0])
        if dated:
            starts[record.id] = dated[0][0]
            if str(dated[-1][1].status) == "terminated":
                ends[record.id] = dated[-1][0]
    return starts, ends

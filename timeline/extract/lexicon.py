"""The words that report an act on a policy, and the words that stop them reporting one.

Tables only: `candidates` reads them. docs/extraction.md documents them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#
# Each entry: the past forms | the present (third person) forms | the base forms,
# then the status after the act and the action label (contract §1). Past forms
# report an act; present forms are how headlines report one; base forms ("to end",
# "will end") never do and are set aside. Phrases may span line breaks.

@dataclass(frozen=True)
class Lex:
    past: tuple[str, ...]
    present: tuple[str, ...]
    base: tuple[str, ...]
    status: str
    action: str
    court: bool = False  # a court's act: needs a court in the sentence to count fully
    object_only: bool = False  # counts only when the policy is its direct object


def _lex(forms: str, status: str, action: str, **flags) -> Lex:
    past, present, base = (tuple(part.split("/")) if part else () for part in forms.split("|"))
    return Lex(past, present, base, status, action, **flags)


LEXICON: tuple[Lex, ...] = (
    # stopped: suspended
    _lex("suspended|suspends|suspend", "suspended", "suspended"),
    _lex("halted|halts|halt", "suspended", "suspended"),
    _lex("paused|pauses|pause", "suspended", "suspended"),
    _lex("froze/frozen|freezes|freeze", "suspended", "suspended"),
    _lex("put on hold/placed on hold|puts on hold|place on hold", "suspended", "suspended"),
    _lex("shelved|shelves|shelve", "suspended", "suspended"),
    # stopped: terminated
    _lex("ended|ends|end", "terminated", "terminated"),
    _lex("terminated|terminates|terminate", "terminated", "terminated"),
    _lex("scrapped|scraps|scrap", "terminated", "terminated"),
    _lex("shut down/shutdown|shuts down|", "terminated", "terminated"),
    _lex("cancelled/canceled|cancels|cancel", "terminated", "terminated"),
    _lex("rescinded|rescinds|rescind", "terminated", "terminated"),
    _lex("revoked|revokes|revoke", "terminated", "terminated"),
    _lex("abolished|abolishes|abolish", "terminated", "terminated"),
    _lex("discontinued|discontinues|discontinue", "terminated", "terminated"),
    _lex("eliminated|eliminates|eliminate", "terminated", "terminated"),
    _lex("axed|axes|axe", "terminated", "terminated"),
    _lex("dismantled|dismantles|dismantle", "terminated", "terminated"),
    _lex("stopped|stops|stop", "terminated", "terminated"),
    _lex("did away with|does away with|do away with", "terminated", "terminated"),
    _lex("phased out|phases out|phase out", "terminated", "terminated"),
    _lex("wound down|winds down|wind down", "terminated", "terminated"),
    _lex("pulled the plug on|pulls the plug on|pull the plug on", "terminated", "terminated"),
    # back again
    _lex("reinstated|reinstates|reinstate", "active", "reinstated"),
    _lex("reintroduced|reintroduces|reintroduce", "active", "reinstated"),
    _lex("restarted|restarts|restart", "active", "reinstated"),
    _lex("revived|revives|revive", "active", "reinstated"),
    _lex("restored|restores|restore", "active", "reinstated"),
    _lex("brought back|brings back|bring back", "active", "reinstated"),
    _lex("reimplemented/re-implemented|reimplements/re-implements|reimplement/re-implement", "active", "reinstated"),
    _lex("reimposed/re-imposed|reimposes/re-imposes|reimpose/re-impose", "active", "reinstated"),
    _lex("relaunched/re-launched|relaunches/re-launches|relaunch/re-launch", "active", "reinstated"),
    _lex("resumed|resumes|resume", "active", "resumed"),
    # started
    _lex("launched|launches|launch", "active", "implemented"),
    _lex("introduced|introduces|introduce", "active", "implemented"),
    _lex("began/begun|begins|begin", "active", "implemented"),
    _lex("started|starts|start", "active", "implemented"),
    _lex("implemented|implements|implement", "active", "implemented"),
    _lex("rolled out|rolls out|roll out", "active", "implemented"),
    _lex("took effect/went into effect/came into force/entered into force|takes effect/goes into effect/"
         "comes into force|take effect/go into effect/come into force", "active", "implemented"),
    _lex("unveiled|unveils|unveil", "announced", "announced", object_only=True),
    _lex("announced|announces|announce", "announced", "announced", object_only=True),
    _lex("proposed|proposes|propose", "proposed", "proposed", object_only=True),
    # courts
    _lex("blocked|blocks|block", "enjoined", "enjoined", court=True),
    _lex("enjoined|enjoins|enjoin", "enjoined", "enjoined"),
    _lex("struck down|strikes down|strike down", "enjoined", "vacated", court=True),
    _lex("vacated|vacates|vacate", "enjoined", "vacated", court=True, object_only=True),
    # wider or narrower
    _lex("expanded|expands|expand", "active", "expanded"),
    _lex("extended|extends|extend", "active", "expanded", object_only=True),
    _lex("broadened/widened|broadens/widens|broaden/widen", "active", "expanded"),
    _lex("narrowed/scaled back|narrows/scales back|narrow/scale back", "active", "narrowed"),
)

# Nouns naming an act: "the end of", "the reinstatement of". The policy must follow.
NOUNS: dict[str, tuple[str, str]] = {
    "termination of": ("terminated", "terminated"), "end of": ("terminated", "terminated"),
    "end to": ("terminated", "terminated"), "cancellation of": ("terminated", "terminated"),
    "elimination of": ("terminated", "terminated"), "rescission of": ("terminated", "terminated"),
    "repeal of": ("terminated", "terminated"), "shutdown of": ("terminated", "terminated"),
    "suspension of": ("suspended", "suspended"), "halt to": ("suspended", "suspended"),
    "pause of": ("suspended", "suspended"), "pause on": ("suspended", "suspended"),
    "freeze on": ("suspended", "suspended"),
    "reinstatement of": ("active", "reinstated"), "reintroduction of": ("active", "reinstated"),
    "revival of": ("active", "reinstated"), "return of": ("active", "reinstated"),
    "restart of": ("active", "reinstated"), "reimplementation of": ("active", "reinstated"),
    "re-implementation of": ("active", "reinstated"), "resumption of": ("active", "resumed"),
    "launch of": ("active", "implemented"), "rollout of": ("active", "implemented"),
    "roll-out of": ("active", "implemented"), "introduction of": ("active", "implemented"),
    "implementation of": ("active", "implemented"), "expansion of": ("active", "expanded"),
    "injunction against": ("enjoined", "enjoined"), "injunction blocking": ("enjoined", "enjoined"),
}

# "-ing" forms count only as a progressive ("DHS is reinstating MPP"); elsewhere ("the memo ending MPP") they
# are set aside.
PROGRESSIVE: dict[str, str] = {
    "suspending": "suspend", "halting": "halt", "pausing": "pause", "ending": "end", "terminating": "terminate",
    "scrapping": "scrap", "cancelling": "cancel", "canceling": "cancel", "rescinding": "rescind",
    "eliminating": "eliminate", "reinstating": "reinstate", "reintroducing": "reintroduce",
    "restarting": "restart", "reviving": "revive", "restoring": "restore", "resuming": "resume",
    "launching": "launch", "expanding": "expand",
}
PROGRESSIVE_AUXILIARIES = frozenset("is are was were".split())

FAMILIES = {"active": "in effect", "suspended": "stopped", "terminated": "stopped", "enjoined": "stopped",
            "proposed": "not yet", "announced": "not yet"}

# Words in front of the verb, within its clause, that stop it reporting an act.
NEGATIONS = frozenset("not never no neither nor refused refuses declined declines failed fails denied denies "
                      "rejected rejects without cannot".split())
MODALS = frozenset(
    "may might could would will shall should must can plans plan planned planning intends intend intended "
    "intending aims aim aimed expected expects poised threatened threatens threatening vowed vows promised "
    "promises pledged pledges wants want wanted seeks seek sought seeking tried tries trying attempt attempts "
    "attempted attempting asked asks asking urged urges urging considering considers weighing proposal proposals "
    "likely unlikely possible possibly if unless whether once ready preparing prepares prepared moved moves "
    "move hopes hoped hoping calls called demanded demands push pushed pushing lets allow allowed".split()
)
HEDGES = re.compile(r"\b(reportedly|allegedly|rumou?red|according to unconfirmed|sources say|is said to)\b", re.I)
CLAUSE_WORDS = frozenset("and but while after before because although though since which who when where".split())
DETERMINERS = frozenset("the a an its their his her this that these those our your newly recently".split())
PASSIVE = frozenset("was were is are been being be get got gets has had have".split())
MEANS = frozenset("under through via using with in by from into on for".split())
PART_PREPOSITIONS = frozenset("in on for into of".split())
# verbs that undo the act a following noun names ("vacated the termination of MPP")
REVERSALS = frozenset(
    "vacated vacates vacate blocked blocks block overturned overturns overturn reversed reverses reverse "
    "halted halts halt stayed stays stay enjoined enjoins enjoin undid undoes undo struck strikes "
    "rescinded rescinds rescind".split()
)
POLICY_PARTS = frozenset(
    "enrollment enrollments enrolment enrolments appointment appointments feature function functionality "
    "scheduling returns processing registration registrations slots capacity use".split()
)
COURT = re.compile(r"\b(judges?|courts?|justices?|injunction|ruling|ruled|circuit|tribunal)\b", re.I)
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[,;:()\u2014\u2013]|\s-\s")
UNKNOWN_POLICY = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[\"“][^\"”\n]{2,60}[\"”]|(?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|of|for|in|to|and|on)){0,6}"
    r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bto)(?<!\band)(?<!\bon)))"
    r"\s+(?P<kind>program|programme|policy|protocols?|rule|initiative|scheme|app|pathway|process)\b"
)
GENERIC_NAMES = frozenset("new old current former previous trump biden obama administration government federal u.s "
                           "us american mexican state this that".split())

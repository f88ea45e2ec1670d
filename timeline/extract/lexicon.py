"""The English words that report an act on a policy, the words that stop them reporting one, and the
other words the reader's rules read.

Tables only: `candidates` reads them, through `language.words("en")`; the
Spanish and Portuguese modules (`lexicon_es`, `lexicon_pt`) define the same
names. docs/extraction.md documents them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CODE = "en"

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
    status: str | None  # None: the act keeps the status the policy had (a rebranding)
    action: str
    court: bool = False  # a court's act: needs a court in the sentence to count fully
    object_only: bool = False  # counts only when the policy is its direct object
    part_only: bool = False  # counts only when its object is a part of the policy ("raised appointments")
    subject_only: bool = False  # counts only when the policy is its subject ("concluyó el Título 42", not "concluyó
    # su registro en la aplicación CBP One")
    participle: tuple[str, ...] = ()  # where past participles differ from the past (Spanish, Portuguese)
    future: tuple[str, ...] = ()  # synthetic future forms (Spanish, Portuguese)
    conditional: tuple[str, ...] = ()
    gerund: tuple[str, ...] = ()


def _lex(forms: str, status: str | None, action: str, **flags) -> Lex:
    past, present, base = (tuple(part.split("/")) if part else () for part in forms.split("|"))
    return Lex(past, present, base, status, action, **flags)


def generic_reference(determiners: str, function_words: str, heads, prepositions: str) -> re.Pattern:
    """The one shape of a generic noun phrase in every language ("a new proclamation", "las nuevas reglas"): a
    determiner, at most two words that are not function words, a head, and no preposition after it (the program
    *for* Venezuelans is another one). Each lexicon gives its own words."""
    def words(text: str) -> str:
        return "|".join(text.split())
    return re.compile(rf"\b(?:{words(determiners)})\s+(?:(?!(?:{words(function_words)})\b)[\w-]+\s+){{0,2}}?"
                      rf"(?P<head>{'|'.join(heads)})\b(?!\s+(?:{words(prepositions)})\b)", re.I)


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
    _lex("shuttered|shutters|shutter", "terminated", "terminated"),
    _lex("cancelled/canceled|cancels|cancel", "terminated", "terminated"),
    _lex("rescinded|rescinds|rescind", "terminated", "terminated"),
    _lex("revoked|revokes|revoke", "terminated", "terminated"),
    _lex("abolished|abolishes|abolish", "terminated", "terminated"),
    _lex("discontinued|discontinues|discontinue", "terminated", "terminated"),
    _lex("eliminated|eliminates|eliminate", "terminated", "terminated"),
    _lex("axed|axes|axe", "terminated", "terminated"),
    _lex("dismantled|dismantles|dismantle", "terminated", "terminated"),
    _lex("stopped|stops|stop", "terminated", "terminated"),
    _lex("ceased|ceases|cease", "terminated", "terminated"),
    _lex("killed|kills|kill", "terminated", "terminated", object_only=True),
    _lex("lifted|lifts|lift", "terminated", "terminated", object_only=True),
    _lex("unwound|unwinds|unwind", "terminated", "terminated"),
    _lex("rolled back|rolls back|roll back", "terminated", "terminated", object_only=True),
    _lex("went dark|goes dark|go dark", "terminated", "terminated"),
    _lex("expired/lapsed|expires/lapses|expire/lapse", "terminated", "terminated"),
    _lex("disabled/deactivated|disables/deactivates|disable/deactivate", "terminated", "terminated",
         object_only=True),
    _lex("came to an end|comes to an end|come to an end", "terminated", "terminated"),
    _lex("did away with|does away with|do away with", "terminated", "terminated"),
    _lex("phased out|phases out|phase out", "terminated", "terminated"),
    _lex("wound down|winds down|wind down", "terminated", "terminated"),
    _lex("pulled the plug on|pulls the plug on|pull the plug on", "terminated", "terminated"),
    # back again
    _lex("reinstated|reinstates|reinstate", "active", "reinstated"),
    _lex("reintroduced|reintroduces|reintroduce", "active", "reinstated"),
    _lex("restarted|restarts|restart", "active", "reinstated"),
    _lex("revived|revives|revive", "active", "reinstated"),
    _lex("resurrected|resurrects|resurrect", "active", "reinstated"),
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
    _lex("enacted|enacts|enact", "active", "implemented"),
    _lex("instituted|institutes|institute", "active", "implemented"),
    _lex("initiated|initiates|initiate", "active", "implemented", object_only=True),
    _lex("inaugurated|inaugurates|inaugurate", "active", "implemented", object_only=True),
    _lex("established|establishes|establish", "active", "implemented", object_only=True),
    _lex("created|creates|create", "active", "implemented", object_only=True),
    _lex("issued|issues|issue", "active", "implemented", object_only=True),
    _lex("set up|sets up|", "active", "implemented", object_only=True),
    _lex("put in place|puts in place|", "active", "implemented"),
    _lex("imposed|imposes|impose", "active", "implemented"),
    _lex("invoked|invokes|invoke", "active", "implemented", object_only=True),
    _lex("adopted|adopts|adopt", "active", "implemented", object_only=True),
    _lex("rolled out|rolls out|roll out", "active", "implemented"),
    _lex("went live|goes live|go live", "active", "implemented"),
    _lex("took effect/went into effect/came into effect/came into force/entered into force|takes effect/"
         "goes into effect/comes into effect/comes into force|take effect/go into effect/come into effect/"
         "come into force", "active", "implemented"),
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
    _lex("renewed|renews|renew", "active", "expanded", object_only=True),  # "the order was renewed for 30 days"
    _lex("broadened/widened|broadens/widens|broaden/widen", "active", "expanded"),
    _lex("increased/raised/boosted|increases/raises/boosts|increase/raise/boost", "active", "expanded",
         part_only=True),
    _lex("narrowed/scaled back|narrows/scales back|narrow/scale back", "active", "narrowed"),
    # "will overhaul the appointment system in its CBP One app": changed, still in force (as "announced changes")
    # ("change", "changes" are nouns of a plan too, and apps are "updated" all the time: not these)
    _lex("changed/overhauled/revamped/modified|overhauls/revamps/modifies|overhaul/revamp/modify", "active",
         "amended", object_only=True),
    # a new name, the same status
    _lex("rebranded/renamed/repurposed|rebrands/renames/repurposes|rebrand/rename/repurpose", None, "rebranded",
         object_only=True),
)

# idioms made of an act's words that name no act: "at the end of the day", "in the end"
IDIOMS = re.compile(r"\b(?:at\s+the\s+end\s+of\s+the\s+day|in\s+the\s+end)\b", re.I)

# Nouns naming an act: "the end of", "the reinstatement of". The policy must follow.
NOUNS: dict[str, tuple[str, str]] = {
    "termination of": ("terminated", "terminated"), "end of": ("terminated", "terminated"),
    "end to": ("terminated", "terminated"), "cancellation of": ("terminated", "terminated"),
    "elimination of": ("terminated", "terminated"), "rescission of": ("terminated", "terminated"),
    "repeal of": ("terminated", "terminated"), "shutdown of": ("terminated", "terminated"),
    "ending of": ("terminated", "terminated"), "unwinding of": ("terminated", "terminated"),
    "lifting of": ("terminated", "terminated"), "closure of": ("terminated", "terminated"),
    "expiration of": ("terminated", "terminated"), "expiry of": ("terminated", "terminated"),
    "suspension of": ("suspended", "suspended"), "halt to": ("suspended", "suspended"),
    "pause of": ("suspended", "suspended"), "pause on": ("suspended", "suspended"),
    "pause in": ("suspended", "suspended"), "freeze on": ("suspended", "suspended"),
    "reinstatement of": ("active", "reinstated"), "reintroduction of": ("active", "reinstated"),
    "revival of": ("active", "reinstated"), "return of": ("active", "reinstated"),
    "restart of": ("active", "reinstated"), "reimplementation of": ("active", "reinstated"),
    "re-implementation of": ("active", "reinstated"), "resumption of": ("active", "resumed"),
    "launch of": ("active", "implemented"), "rollout of": ("active", "implemented"),
    "roll-out of": ("active", "implemented"), "introduction of": ("active", "implemented"),
    "implementation of": ("active", "implemented"), "start of": ("active", "implemented"),
    "beginning of": ("active", "implemented"),
    "expansion of": ("active", "expanded"), "inception of": ("active", "implemented"),
    "creation of": ("active", "implemented"), "establishment of": ("active", "implemented"),
    "injunction against": ("enjoined", "enjoined"), "injunction blocking": ("enjoined", "enjoined"),
}

# "-ing" forms count only as a progressive ("DHS is reinstating MPP"); elsewhere ("the memo ending MPP") they
# are set aside, unless a document is signed or issued ("signed a memo ending MPP": the signing is the act).
PROGRESSIVE: dict[str, str] = {
    "suspending": "suspend", "halting": "halt", "pausing": "pause", "ending": "end", "terminating": "terminate",
    "scrapping": "scrap", "cancelling": "cancel", "canceling": "cancel", "rescinding": "rescind",
    "eliminating": "eliminate", "reinstating": "reinstate", "reintroducing": "reintroduce",
    "restarting": "restart", "reviving": "revive", "restoring": "restore", "resuming": "resume",
    "launching": "launch", "expanding": "expand", "unwinding": "unwind", "lifting": "lift",
    "implementing": "implement", "revoking": "revoke", "stopping": "stop", "ceasing": "cease",
    "reimplementing": "reimplement", "re-implementing": "re-implement", "extending": "extend",
}
PROGRESSIVE_AUXILIARIES = frozenset("is are was were".split())

FAMILIES = {"active": "in effect", "suspended": "stopped", "terminated": "stopped", "enjoined": "stopped",
            "proposed": "not yet", "announced": "not yet"}

# Words in front of the verb, within its clause, that stop it reporting an act.
# a modal word that, right before the verb, is its clitic (Portuguese 'se aplica' is reflexive, not 'if')
CLITICS: frozenset[str] = frozenset()
# adjectives that put the act a noun names still to come ("the imminent end of Title 42")
AHEAD_ADJECTIVES = frozenset("imminent impending upcoming looming".split())
# a negation that says a policy stopped applying ("Title 42 no longer applies"): an end, not a denial
NO_LONGER = re.compile(r"\bno\s+longer\b(?:\s+\w+)?\s*\Z", re.I)
NEGATIONS = frozenset("not never no neither nor refused refuses declined declines failed fails denied denies "
                      "rejected rejects without cannot".split())
# a purpose word among the modals: before another verb, it leaves an act noun after that verb a fact
PURPOSE = frozenset("".split())
# modals of seeking that govern a verb only through "to": "seeking to end MPP" is a plan, "migrants seeking asylum"
# are people (_scope_cue)
SEEKING = frozenset("seek seeks seeking sought".split())
INFINITIVE = re.compile(r"to\Z")
MODALS = frozenset(
    "may might could would will shall should must can plans plan planned planning intends intend intended "
    "intending aims aim aimed expect expected expects poised threatened threatens threatening vowed vows promised "
    "promises pledged pledges wants want wanted seeks seek sought seeking tried tries trying attempt attempts "
    "attempted attempting asked asks asking urged urges urging considering considers weighing proposal proposals "
    "likely unlikely possible possibly if unless whether once ready preparing prepares prepared prepare moved "
    "moves move hopes hoped hoping calls called calling demanded demands demanding push pushed pushing lets allow "
    "allowed "
    "rumors rumours rumored rumoured committed commit commits vowing promising pledging set due scheduled "
    "delay delayed delaying moving".split()
)
# future auxiliaries: "will end" is a plan, unless an announcement reports it ("announced it will end MPP")
FUTURE = frozenset("will 'll ’ll".split())
HEDGES = re.compile(r"\b(reportedly|allegedly|rumou?red|according to unconfirmed|sources say|is said to)\b", re.I)
# adverbs set off by commas inside a clause ("did not, however, order"): clauses._scope_cue looks past them
# verbs whose object a participle completes ("did not order the policy reinstated"): acts._Acts._assess
# ... and after a verb of wanting, what is wanted ("Critics want the program stopped")
ORDERING = frozenset("order orders ordered want wants wanted".split())
# frames._Frames._held_act_frames: an opening that makes a sentence counterfactual ("Had DHS terminated ..."),
# words that mark an object as another one, and objects that may be a policy's (besides its heads and parts)
COUNTERFACTUAL_OPENERS = frozenset("had were should".split())
OTHER_ONES = frozenset("separate another other different".split())
HELD_OBJECTS = frozenset("protections protection status permits".split())
# frames._Frames._held_announcement: words between a saying verb and a future act that make it no announcement
# ("said they were weighing whether the administration will expand", "advocates said they fear it will")
WHETHER = frozenset("whether if".split())
UNCERTAIN = frozenset(("fear fears feared weighing weigh weighs considering consider considers worry worries worried "
                       "warn warns warned expect expects hope hopes hoped predict predicted could might may").split())
PARENTHETICALS = frozenset("however though too also moreover nonetheless nevertheless meanwhile".split())
CLAUSE_WORDS = frozenset("and but while after before because although though since which who whom when where "
                         "whereas that as until unless once if following amid".split())
# clause words that begin a subordinate clause: a date before them belongs to the main clause
SUBORDINATORS = frozenset("while after before because although though since which who whom when where whereas "
                          "that as until unless once if".split())
# a present after these is a time or condition to come ("after Title 42 is lifted"), not a reported act
CONDITIONS = frozenset("when whenever after once before until as if unless".split())
# a draft of the policy is its proposal: "introduced a draft rule to restrict asylum"
DRAFTS = frozenset("draft proposed".split())
# adjectives that may stand between an act noun and its link: "la suspensión temporal del programa"
NOUN_ADJECTIVES = frozenset("".split())
# "tried to end X, but a court ...": the end took effect until the court undid it
ATTEMPTS = frozenset("tried attempted sought".split())
CONTRASTS = frozenset("but however yet".split())
# "the program known as Remain in Mexico": after these, "as/como" opens no clause
KNOWN_AS = frozenset("known called dubbed named referred entitled titled".split())
# a president's first day ("on his first day in office") and the day sworn in ("hours after Trump was
# sworn in"): the inauguration (acts._Acts._first_days); SECOND_TERM picks the second term
FIRST_DAY = re.compile(
    r"\b(?:on\s+)?(?:his|her)\s+first\s+(?:full\s+)?day\s+(?:back\s+)?(?:in\s+office|in\s+the\s+white\s+house|"
    r"of\s+(?:his|her)\s+(?:second\s+)?(?:term|presidency))", re.I)
SWORN_IN = re.compile(
    r"\b(?:seconds|minutes|hours|moments|shortly|just|right)\s+after\s+(?:(?:president|the\s+new\s+president)\s+)?"
    r"(?:donald\s+|joe\s+)?(?P<name>trump|biden)\s+(?:was\s+sworn\s+in|took\s+office|took\s+the\s+oath|"
    r"was\s+inaugurated)", re.I)
SECOND_TERM = re.compile(r"\b(?:back|second)\b", re.I)
RELATIVES = frozenset("which that who".split())
DETERMINERS = frozenset("the a an its their his her this that these those our your newly recently".split())
PASSIVE = frozenset("was were is are been being be get got gets has had have".split())
MEANS = frozenset("under through via using with in by from into on for".split())
PART_PREPOSITIONS = frozenset("in on for into of through".split())
# the word between 'no longer used' and the policy it was used in ("enrolled into MPP"), never one of purpose
# ("used for MPP"): frames._Frames._no_longer_frames
IN_POLICY = PART_PREPOSITIONS - {"for"}
# verbs that end a pause ("lifted the pause on the program"): the policy resumes
LIFTING = frozenset("lifted lifts lift ended ends end".split())
# a court that holds the policy unlawful blocks it ("ruled that Title 42 was unlawful")
UNLAWFUL = frozenset("unlawful illegal unconstitutional".split())
HOLDING = frozenset("ruled rules found finds held holds declared declares deemed".split())
REVERSALS = frozenset(
    "vacated vacates vacate blocked blocks block overturned overturns overturn reversed reverses reverse "
    "halted halts halt stayed stays stay enjoined enjoins enjoin undid undoes undo struck strikes "
    "rescinded rescinds rescind lifted lifts lift dissolved dissolves dissolve".split()
)
POLICY_PARTS = frozenset(
    "enrollment enrollments enrolment enrolments appointment appointments feature function functionality "
    "scheduling returns processing registration registrations slots capacity use issuance authorizations "
    "applications access entries".split()
)
# gerunds of the policy's operation: "stopped issuing travel authorizations" pauses the policy
OPERATIONS = frozenset("issuing accepting processing enrolling adding granting scheduling admitting "
                       "approving taking returning sending".split())
OPERATION_NOUNS = frozenset("issuance processing acceptance intake enrollment enrollments enrolment enrolments "
                             "admissions approvals".split())
# a verb of beginning before the policy's own operation ("began returning asylum seekers"): its start
BEGAN = frozenset("began begins started starts".split())
BEGUN_OPERATIONS = tuple("returning sending expelling enrolling".split())
# "the first asylum seekers to be returned under MPP": the first use of a policy is its start
FIRST = frozenset("first".split())
FIRST_OPERATIONS = frozenset("returned sent enrolled processed placed expelled admitted paroled".split())
# "since March 2020, Title 42 has allowed ...": in effect since then
SINCE = frozenset("since".split())
PERFECT = frozenset("has have had".split())
# the next sentence dates the act: "This decision, confirmed by DHS on March 25, ..."
ANAPHORA = re.compile(r"(?:this|the|that)\s+(?:decision|move|measure|change|announcement|order|action|step)\b",
                      re.I)
CONFIRMING = frozenset("confirmed announced published made taken signed issued came effective".split())
# a sentence opening with the court's ruling and its day ("In a ruling Tuesday, U.S. District Judge ...") dates the
# court's act the previous sentence reported without a date (reader._Reader._date_previous)
RULING_OPENING = re.compile(r"in\s+(?:an?|its|his|her)\s+(?:[\w-]+\s+){0,2}(?:ruling|decision|order|opinion)\b", re.I)
PREPOSITIONS = frozenset("of to for in on into under through via with by from at about against".split())
# prepositions that may be the article of a verb's object right before it (lexicon_pt.OBJECT_ARTICLES): none in English
OBJECT_ARTICLES: frozenset[str] = frozenset()
EVENT_NOUNS = frozenset("ruling rulings decision order announcement statement meeting call visit hearing speech vote "
                        "election lawsuit filing inauguration".split())
POSSESSIVES = ("its", "their", "'s", "’s")
NOT_POSSESSED = frozenset("return injunction".split())  # "their return": people, not a policy
ANNOUNCEMENT_NOUNS = frozenset("announcement".split())
# a court that leaves the policy in force: "ruled against the policy but let it stand"
# "let the policy stand", "allowed the program to go back into effect", "allowed Title 42 to resume"
KEPT_IN_PLACE = re.compile(r"\b(?:let|lets|left|leaves|kept|keeps|allowed|allows|permitted|permits)\s+(?:it|them|"
                           r"the\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?|[A-Z][\w-]*(?:\s+[\w-]+){0,4}?)\s+"
                           r"(?:stand|in\s+place|in\s+effect|to\s+(?:stand|remain|continue|resume|proceed|"
                           r"go\s+(?:back\s+)?in(?:to)?\s+(?:effect|force)|take\s+effect|be\s+(?:enforced|reinstated))\b)")
COURT_WORDS = frozenset("judge judges court courts justice justices injunction ruling ruled circuit "
                        "tribunal".split())
# "a court order forcing the administration to restart MPP": a court revived it; nobody operates it yet
COURT_ORDERS = frozenset("ordered orders ordering forcing forced forces requiring required requires compelling "
                         "compelled".split())
# words that name a court in a sentence, to find its acts in the records' summaries (frames._court_names): the title
# before a judge's name, the highest court, the appeals courts
JUDGE_TITLES = frozenset("judge justice".split())
# words that leave a court's act unstated: expected, possible, to come ("expected the Supreme Court to rule in August")
UNSTATED = frozenset("will would may might could should expected expects expect likely".split())
SUPREME = frozenset("supreme".split())
APPEALS = frozenset("circuit appeals appellate".split())
# a court's order named by a noun, whose participle orders a restart ("a judge's order reinstating the policy")
COURT_ORDER_NOUNS = frozenset("order ruling injunction".split())
# a court that suspends a ruling against the policy ("stayed a district court ruling against MPP") leaves the
# policy in force
STAYS = ("stayed", "stays", "put on hold", "placed on hold", "place on hold", "put a hold on", "paused",
         "pauses", "reversed", "reverses", "overturned", "overturns", "suspended", "suspends")
# of those, the ones anyone may say of a decision of their own ("the administration suspended its decision to
# appeal"): a stay only with a court in the clause
STAYS_BY_COURT_ONLY = frozenset(("suspended", "suspends"))
RULINGS = frozenset("ruling rulings order decision injunction judgment judgement vacatur".split())
AGREEING = frozenset("agreed agrees decided decides voted votes".split())
# reporting verbs whose complement clause ("said Friday that it has paused ...") is dated by them
# a plan an announcement reports ("announced that it intended to wind down the policy")
INTENT = frozenset("intended intends intend plans planned decided decides aims aimed preparing prepares".split())
# an order to act, not a court's ("ordered DHS to end the program"): an announcement of the act
DIRECTIVES = frozenset("ordered directed instructed directive memo memorandum".split())
ANNOUNCE = frozenset("announced announces unveiled unveils revealed reveals declared declares".split())
SPEECH = frozenset("said says told stated states confirmed confirms reported reports added adds noted notes "
                   "wrote explained acknowledged".split()) | ANNOUNCE
# nouns of a plan or proposal: "unveiled a proposal", "announced plans to end"
PLANS = {"plan": "announced", "plans": "announced", "measures": "announced", "measure": "announced",
         "rules": "announced", "rule": "announced", "agreement": "announced", "deal": "announced",
         "proposal": "proposed", "proposals": "proposed",
         "changes": "amended", "change": "amended", "updates": "amended", "update": "amended",
         "modifications": "amended", "decision": "announced", "intention": "announced"}
# plan nouns that announce only the act their "to" verb names ("announced his decision to end MPP"), not whatever
# policy follows
INTENTIONS = frozenset("decision intention".split())
# verbs that make a plan public: "unveiled a proposal", "announced new measures", "reached an agreement"
PLAN_VERBS = frozenset("announced announces unveiled unveils revealed reveals presented presents released published "
                       "releases reached reaches struck strikes detailed details outlined outlines".split())
# who can announce a change of a policy (a subject among these makes a plain future an announcement)
AUTHORITIES = frozenset("administration government department dhs cbp cdc ice uscis doj white house president "
                        "secretary officials agency authorities state department homeland security".split())
# a policy no longer operated ("the app would no longer be used to admit migrants", "are no longer being newly
# enrolled into MPP"): its operation stopped, paused or ended as the records say (frames._Frames._no_longer_frames)
NO_LONGER_USED = re.compile(r"\bno\s+longer\s+(?:be\s+|being\s+|is\s+|are\s+|was\s+|were\s+)?(?:\w+ly\s+)?"
                            r"(?:used|enrolled|accepted|processed|available|operating|operational|in\s+use)\b", re.I)
# a change announced by refusing to renew or extend the policy ("will not renew the parole", "won't be extended"):
# announced, the status unchanged (frames._Frames._not_renewed_frames)
NOT_RENEWED = re.compile(r"\b(?:will|would)\s+not\s+(?:be\s+)?(?:renew|extend)(?:ed)?\b|\bwon[’']t\s+(?:be\s+)?"
                         r"(?:renew|extend)(?:ed)?\b", re.I)
# a verb of taking effect whose subject is an act named by a noun: "the end of Title 42 took effect on May 11",
# "the pause took effect on July 18" (the act is the noun's, dated here; the verb starts no policy)
EFFECT = re.compile(r"\b(?:took|takes|take|went|goes|go|came|comes|come)\s+into\s+(?:effect|force)\b|"
                    r"\b(?:took|takes|has\s+taken|had\s+taken)\s+effect\b|\bbecame\s+effective\b|"
                    r"\b(?:was|were)\s+(?:first\s+|initially\s+|formally\s+)?(?:applied|imposed|implemented|put\s+in"
                    r"\s+place|enforced)\b|\b(?:began|started|kicked\s+in)\b", re.I)
# acts named by a bare noun ("the pause took effect"): the policy is the one named before
ACT_NOUNS: dict[str, tuple[str, str]] = {
    "pause": ("suspended", "suspended"), "suspension": ("suspended", "suspended"),
    "halt": ("suspended", "suspended"), "freeze": ("suspended", "suspended"),
    "termination": ("terminated", "terminated"), "rescission": ("terminated", "terminated"),
    "shutdown": ("terminated", "terminated"), "expansion": ("active", "expanded"),
    "reinstatement": ("active", "reinstated"), "restart": ("active", "reinstated"),
    "changes": ("active", "amended"), "updates": ("active", "amended"),
}
# a document whose signing or issuing is the act ("signed a memo terminating MPP", "issued a final rule")
DOCUMENTS = frozenset("memo memorandum order orders proclamation directive rule notice decision guidance".split())
ISSUING = frozenset("signed signs issued issues published publishes released releases".split())
# a document still to be issued ('will issue a memorandum terminating MPP'): the act announced
ISSUING_AHEAD = frozenset("issue sign publish".split())  # after "will", "to" ("release" is a noun as often)
ISSUING_FUTURE: frozenset[str] = frozenset()  # a future form of its own (frames._ahead_intent)
PAST_BEFORE_INFINITIVE: frozenset[tuple[str, ...]] = frozenset()  # "Tras firmar": a past (frames._document_frames)
# "an order issued by the CDC that went into effect March 21": a participle and its agent come between a policy
# and the relative clause about it
AGENT_PARTICIPLES = frozenset("issued signed published released adopted imposed enacted introduced created approved "
                              "announced implemented".split())
# the preposition of a passive's agent, after any participle: "created by", "blocked by a judge"
AGENTS = frozenset("by".split())
FINAL_RULE = re.compile(r"\b(interim\s+)?final\s+rule\b", re.I)
# adjectives that state a status without dating it ("the now-defunct Remain in Mexico policy")
STATES: dict[str, tuple[str, str]] = {
    "now-defunct": ("terminated", "terminated"), "defunct": ("terminated", "terminated"),
    "now-ended": ("terminated", "terminated"), "now-scrapped": ("terminated", "terminated"),
    "now-suspended": ("suspended", "suspended"), "now-paused": ("suspended", "suspended"),
    "now live": ("active", "implemented"), "now in effect": ("active", "implemented"),
    "now operational": ("active", "implemented"),
}
# words for the policy itself when the sentence does not name it ("the program was suspended", "it was expanded")
REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:new|controversial|former|original|entire|whole|humanitarian|federal|asylum|"
    r"parole|immigration|trump-era|biden-era|pandemic-era)\s+){0,2}"
    r"(?:program|programme|policy|app|application|protocols|scheme|rule|measure|order|initiative|process|processes)"
    r"\b(?!\s+(?:of|for|to)\b)"
    # only with a demonstrative: "this practice" is the policy, "the practice" may be anyone's
    r"|\b(?:this|that)\s+practice\b(?!\s+(?:of|for|to)\b)", re.I)
# an instrument about a policy: "court lifts 'Remain in Mexico' order" acts on an order, not on the policy,
# unless the policy is called so (mentions.Matcher.called)
INSTRUMENTS = frozenset("order orders".split())
# a reference with one of these heads ("that order", "the app") stands only for a policy called so
KIND_HEADS = INSTRUMENTS | {"app", "application", "rule", "rules", "regulation"}
# a noun phrase any policy could be ("a regulation", "the rules", "its asylum ban", "a new proclamation"): it
# stands for the policy named last only when that policy is called by its head noun, or by the English word the
# head translates (GENERIC_HEADS; mentions.Matcher.called)
GENERIC_HEADS = {
    "rule": "rule", "rules": "rule", "regulation": "regulation", "regulations": "regulation",
    "proclamation": "proclamation", "ban": "ban", "restrictions": "restrictions", "order": "order",
    "program": "program", "programs": "program", "policy": "policy", "measure": "measure", "measures": "measure",
    "protocols": "protocols", "app": "app",
}
GENERIC_REFERENCE = generic_reference(
    "a an the this that these those its their",
    "a an the this that when which who and or but to of in on at by for with is was are were be been has had have "
    "will would not", GENERIC_HEADS, "of for to")
# a language that drops the subject ("Fue aplicada por ..."): a passive that opens a sentence is about the policy
# the previous sentence named
NULL_SUBJECTS = False
PRONOUNS = frozenset("it".split())
TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[,;:()\u2014\u2013\"“”]|\s-{1,2}\s|--")
UNKNOWN_POLICY = re.compile(
    r"\b[Tt]he\s+(?P<name>(?:[\"“][^\"”\n]{2,60}[\"”]|(?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|of|for|in|to|and|on)){0,6}"
    r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bto)(?<!\band)(?<!\bon)))"
    r"\s+(?P<kind>program|programme|policy|protocols?|rule|initiative|scheme|app|pathway|process)\b"
)
GENERIC_NAMES = frozenset("new old current former previous trump biden obama administration government federal u.s "
                          "us american mexican state this that trump-era biden-era obama-era pandemic-era "
                          "covid-era".split())

# --- words single rules of `candidates` read ---
# the head noun a policy's name often carries ("the CHNV program"): skipped between a verb and the name
HEADS = frozenset("program programme policy app rule process processes protocols initiative scheme order".split())
# the nouns an apposition before a relative clause may end in ("MPP, a controversial policy that ..."):
# subjects._Subjects._in_clause
APPOSITIVE_HEADS = frozenset("program programme policy rule initiative scheme measure".split())
# adverbs between an auxiliary and its participle ("was first initiated") or before an opening participle
# ("Initially launched in 2022, the program ..."), besides those in -ly
OPENING_ADVERBS = frozenset("first originally initially now already later then also soon again".split())
# verbs of beginning whose complement is the act ("started to end the policy")
ASPECTUAL = frozenset("start begin".split())
# an agreement to act is made public ("a December 2 agreement to restart the program")
AGREEMENTS = frozenset("agreement deal".split())
# verbs that make public only an agreement: "struck a deal" ("struck down the rule" is a court's act)
DEAL_VERBS = frozenset("struck strikes reached reaches".split())
# next to a ruling's noun, a policy, not a ruling: "an executive order", "a public health order"
EXECUTIVE = frozenset("executive presidential health".split())
# a court pausing its own ruling after blocking a policy ("blocked it, but stayed its ruling")
PAUSES = frozenset("stayed stays suspended suspends paused pauses".split())
# a word of sequence that, like a contrast, may put a court's own block on hold after it ("then suspends its
# own order")
THEN = frozenset("then later".split())
# a word of sequence is no sequence after these ("until then", "before then") or before these ("later than")
THEN_NOT_AFTER = frozenset("until till before since by from".split())
THEN_NOT_BEFORE = frozenset("than of that".split())
# who promises rather than announces: "the Republican candidate said he will end ..."
CANDIDATES = frozenset("candidate candidates nominee campaign".split())
# a court refusing a request to end a policy: "denied the request to end"
REFUSALS = frozenset("rejected rejects denied denies declined declines refused refuses".split())
REQUESTS = frozenset("request requests bid attempt effort application motion petition".split())
# what a court blocks when it blocks an attempt to end a policy ("blocked a bid by the White House to end ...")
BLOCKED_ATTEMPTS = REQUESTS | frozenset("move plan decision".split())
# the auxiliary of a passive subjunctive, a base form ("ordered that MPP be restored"); read before a participle
# form only, which English entries do not have (lexicon_es, lexicon_pt)
SUBJUNCTIVE_BE = frozenset("be".split())
# a rumour of the act before it ("a rumor that the app had shut down"), not a report of it
RUMOURS = frozenset("rumor rumors rumour rumours hoax".split())
# words that open a complement clause ("said that ...", "asked whether ...")
COMPLEMENTIZERS = frozenset("that whether".split())
# "sued the administration for unlawfully terminating it": a gerund after these states an act in passing
PASSING = frozenset("for after by since".split())
# clause words that open a clause only before a word ("depois de", "depois que"), not before a comma ("um mês
# depois, o programa" is an adverb): none in English
AFTERWARDS: frozenset[str] = frozenset()
# "until August 22" bounds a state, it dates no act
UNTIL = frozenset("until till through".split())
# "on May 12, the day after Title 42 ended": the act of the clause after is a day off the date (a day before
# the date when `after` matched)
DAY_OFF = re.compile(r",?\s+(?:the|a|one)\s+day\s+(?:(?P<after>after)|before)\b", re.I)
# clause words that open no clause right before a date ("since March 2020"), a word DATE_START matches
DATE_PREPOSITIONS = frozenset("since after before until".split())
DATE_START = re.compile(r"^(?:\d{1,4}|january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|last|early|late|mid|spring|summer|fall|"
                        r"autumn|winter|then|its|inception)$")
# courts that hear cases under a policy rather than rule on it, after IMMIGRATION ("immigration courts", "an
# immigration judge")
ADJUDICATORS = frozenset("court courts judge judges tribunal".split())
IMMIGRATION = frozenset("immigration".split())
# common verbs in headlines before a participle adjective ("Judge blocks revived ...", "Court halts revived ...")
VERBISH = frozenset("blocks blocked halts halted ends ended revives suspends suspended upholds upheld targets "
                    "challenges challenged defends defended expands expanded restarts restarted".split())
# a particle after an act's verb makes another verb: "ended up" is not "ended" (triggers._trigger_table)
PARTICLES = frozenset("up".split())
# the words around a naming participle besides KNOWN_AS ("also known as", "commonly called")
NAMING_LINKS = frozenset("as also commonly better officially formally simply".split())
# "and" opening a clause: it continues the subject of the clause before ("... started in San Diego, and last week
# were extended"), or, before a second date, gaps the verb ("on July 6 and ... on July 18")
AND = frozenset("and".split())
# a conjunction opening a clause whose subject is the one before ("suspended MPP and later ended it", "which ruled
# against the policy but let it stand"); in Spanish and Portuguese a conjunction may open a sentence whose subject
# is dropped
AND_BUT = frozenset("and but".split())
# "suspended and later terminated MPP": a verb before one of these shares the object of the verb after it
AND_OR = frozenset("and or".split())
# an "as" phrase between an announcing verb and its complement clause ("announced during his address as the new
# president ... that"): the verb's clause still
AS = frozenset("as".split())
# "the first asylum seekers returned under MPP": the policy as the means of its first use
UNDER = frozenset("under".split())
# "a rumor of" (or COMPLEMENTIZERS: "a rumor that"): the content of a rumour follows
OF = frozenset("of".split())
# "blocked the administration from ending Title 42": a court keeps the policy in force
FROM = frozenset("from".split())
# the word between a verb of beginning and the verb it governs ("started to end", "began to enforce", "began to
# return")
ASPECTUAL_TO = frozenset("to".split())
# the word between a verb of beginning and a reflexive infinitive, whose subject is what begins ("han comenzado a
# reportarse las cancelaciones"): none in English
REFLEXIVE_TO: frozenset[str] = frozenset()
# "a December 2 agreement to restart the program": an agreement is made public
AGREEMENT_TO = frozenset("to".split())
# the word that makes the verb after it an infinitive ("to end"): a plan, not a reported act
INFINITIVE_TO = frozenset("to".split())
# a passive infinitive before the verb: "expect the program to be terminated", "is said to have been ended"
PASSIVE_INFINITIVES: tuple[tuple[str, ...], ...] = (("to", "be"), ("to", "been"), ("to", "have", "been"))
# the word between a future auxiliary (FUTURE) and its infinitive ("va a suspender"): none in English
GOING_TO: frozenset[str] = frozenset()
# a modal that an announcement turns into the future it reports ("announced it would end MPP")
WOULD = frozenset("would".split())
# the present of "to be" before a participle: "after Title 42 is lifted" is a time or condition to come
PRESENT_BE = frozenset("is are".split())
# after RELATIVES: "that had temporarily blocked" is an earlier act described in passing
PAST_PERFECT = frozenset("had".split())
# negations in a clause that stop "since March 2020, Title 42 has allowed ..." dating the start
NOT = frozenset("not never no".split())
# a document whose signing or issuing is the policy itself ("signed a proclamation", "issued an order")
POLICY_DOCUMENTS = frozenset("proclamation order memorandum".split())
# a proposed rule published is the policy proposed (FINAL_RULE: in effect)
PROPOSED_RULE = re.compile(r"\bproposed\s+rule\b", re.I)
# an authority named in more than one word, as the subject of a plain future (AUTHORITIES are single words)
AUTHORITY_PHRASES = ("white house",)
# the word between a court and IMMIGRATION after it ("cortes de inmigración"): none in English, where IMMIGRATION
# comes first ("immigration courts")
IMMIGRATION_OF: frozenset[str] = frozenset()
# a name whose second word would read as a saying verb (SPEECH): "in the United States under ..." is a country
PLACE_NAMES: tuple[tuple[str, str], ...] = (("united", "states"),)
# an adverb of the past that is also a clause word, and what follows it as the adverb, after the comma that opens
# an aside: "The CBP One app, once a crucial tool, has been shut down" (formerly), not "once implemented" or
# "retired once a new system was launched" (when)
FORMERLY: tuple[tuple[str, frozenset[str]], ...] = (("once", frozenset("a an".split())),)
# the word before the day an act takes effect ('effective April 24', 'a partir del 24 de abril'): said before
# that day, the act is a change to come (reader._Reader._effective_later)
EFFECTIVE_ON = frozenset("effective".split())
# a past act in a clause this opens happened at the time of the clause it modifies (clauses._assign_dates)
WHEN = frozenset("when as".split())  # "took effect in May 2023, as the Title 42 public health order ended"
# before an act's noun, what makes it awaited ("ahead of Title 42's end", 'esperan el fin del Título 42'):
# acts._Acts._awaited
# (not the adjectives "the long awaited end", "the expected end", which may come)
AWAITING = (("ahead", "of"), ("await",), ("awaits",), ("awaiting",), ("expect",), ("expects",), ("expecting",),
            ("prepare", "for"), ("prepares", "for"), ("preparing", "for"))
NOUN_MARKERS = frozenset("the a an of".split())  # "the wait": a noun (acts._Acts._awaited)
WAIT_ADJECTIVES = frozenset("long short brief tense anxious endless".split())  # "a long wait" (acts)
# words that make an order a court's ('a temporary restraining order'): never a reference to the policy
COURT_MODIFIERS = frozenset("restraining court court's judge's judicial appellate".split())
# before an act, what makes it earlier than the clause it is joined to by 'when' (clauses._assign_dates)
ALREADY = frozenset("already".split())
# words that put what follows in doubt ('unclear whether DHS will issue'): no announcement (frames._ahead_intent)
DOUBTS = frozenset("whether unclear uncertain if".split())
# 'dejó de regir para los menores': a stop of applying, then to whom, is a narrowing (reader._Reader._proto)
STOP_APPLYING: frozenset[str] = frozenset()
APPLIES_TO: frozenset[str] = frozenset()
# adjectives that may come before a part of the policy heading a verb's object ('new enrollments')
NEW = frozenset("new additional more".split())
# words before a part of the policy that still leave it heading the object ('a principal parte da regra')
PARTITIVES = frozenset("main part of".split())
# before the word of taking effect, a day it already did ('became effective May 12'): reader._Reader._effective_later
BECAME = frozenset("became become becomes".split())
# after these, a past subjunctive tells a fact ('luego de que el gobierno pusiera fin'): acts._Acts._subjunctive_of_fact
AFTER_THAT: tuple[tuple[str, ...], ...] = ()
SUBJUNCTIVE_ENDINGS: tuple[str, ...] = ()
# before 'as', a comparison, not a time ('much as another judge vacated'): clauses._when_partner
# (not "just": "took effect, just as Title 42 expired" is a time)
COMPARATIVE_AS = frozenset("much such so same".split())
# before 'a day after', a word that makes it no shift of the clause before ('plan for the day after')
DAY_OFF_NOT_AFTER = frozenset("for on of until by to than from and".split())
DAY_OFF_ADVERBS = frozenset("only just barely nearly almost".split())  # ", only a day after" (clauses)
# a verb in the conditional: a forecast (acts._Acts._subjunctive_of_fact)
CONDITIONAL = re.compile(r"would")
# who a policy may stop applying to ('dejó de regir para los menores'): a narrowing (reader._Reader._proto)
PEOPLE: frozenset[str] = frozenset()
# before 'to issue', what also makes a document one to come ('is going to issue', 'plan to sign'): frames
INTENT_AHEAD = frozenset("plan going set scheduled poised due".split())

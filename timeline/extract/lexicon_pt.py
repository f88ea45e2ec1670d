"""The Portuguese words that report an act on a policy (the same names as `lexicon`, for Portuguese documents).

Imported only for documents found to be in Portuguese. As in `lexicon_es`:
the preterite ("suspendeu") and the participle after "foi", "tem", "está"
("foi suspenso") report an act, the present is a headline's, the future
("revogará", "vai revogar") is a plan or an announcement, the infinitive and
the conditional never report one.
"""

from __future__ import annotations

import re

from .lexicon import FAMILIES, TOKEN, Lex, generic_reference  # noqa: F401 - FAMILIES and TOKEN are part of every language's names

CODE = "pt"


def _split(forms: str) -> tuple[str, ...]:
    return tuple(forms.split("/")) if forms else ()


def _verb(infinitive: str, status: str | None, action: str, *, suffix: str = "", court: bool = False,
          object_only: bool = False, part_only: bool = False, subject_only: bool = False, **irregular: str) -> Lex:
    """A verb's forms (see lexicon_es._verb)."""
    stem, ending = infinitive[:-2], infinitive[-2:]
    vowel = {"ar": "a", "er": "e", "ir": "i"}.get(ending, "a")
    past = {"er": f"{stem}eu/{stem}eram", "ir": f"{stem}iu/{stem}iram"}.get(ending, f"{stem}ou/{stem}aram")
    present = f"{stem}a/{stem}am" if ending == "ar" else f"{stem}e/{stem}em"
    participle_stem = f"{stem}ad" if ending == "ar" else f"{stem}id"
    generated = {"past": past, "present": present, "gerund": f"{stem}{vowel}ndo",
                 "participle": "/".join(participle_stem + end for end in ("o", "a", "os", "as")),
                 "future": f"{infinitive}á/{infinitive}ão", "conditional": f"{infinitive}ia/{infinitive}iam",
                 "base": infinitive}
    generated.update(irregular)
    # the subjunctive that an order or a wish governs ("impediu que o governo encerrasse"), made as Portuguese
    # makes it, from the preterite's plural ("puseram": "pusesse", "pusessem"); it reports no act
    plural = _split(generated["past"])[-1]
    if "base" not in irregular and plural.endswith("ram"):
        generated["base"] += f"/{plural[:-3]}sse/{plural[:-3]}ssem"
    forms = {key: tuple(form + suffix for form in _split(value)) for key, value in generated.items()}
    return Lex(forms["past"], forms["present"], forms["base"], status, action, court=court, object_only=object_only,
               part_only=part_only, subject_only=subject_only, participle=forms["participle"], future=forms["future"],
               conditional=forms["conditional"], gerund=forms["gerund"])


LEXICON: tuple[Lex, ...] = (
    # stopped: suspended
    _verb("suspender", "suspended", "suspended", participle="suspendido/suspendida/suspendidos/suspendidas/"
          "suspenso/suspensa/suspensos/suspensas"),
    _verb("pausar", "suspended", "suspended"),
    _verb("congelar", "suspended", "suspended"),
    _verb("paralisar", "suspended", "suspended"),
    _verb("interromper", "suspended", "suspended"),
    # stopped: terminated
    _verb("encerrar", "terminated", "terminated", object_only=True),
    _verb("finalizar", "terminated", "terminated", object_only=True),
    _verb("terminar", "terminated", "terminated", object_only=True),
    _verb("cancelar", "terminated", "terminated"),
    _verb("revogar", "terminated", "terminated"),
    _verb("rescindir", "terminated", "terminated", object_only=True),
    _verb("eliminar", "terminated", "terminated"),
    _verb("extinguir", "terminated", "terminated"),
    _verb("desativar", "terminated", "terminated"),
    _verb("desabilitar", "terminated", "terminated"),
    _verb("expirar", "terminated", "terminated"),
    # "vão levantar o Título 42", as "lift" (a lifted pause or block resumes: LIFTING, REVERSALS)
    _verb("levantar", "terminated", "terminated", object_only=True),
    _verb("concluir", "terminated", "terminated", subject_only=True),
    _verb("chegar", "terminated", "terminated", suffix=" ao fim", present="chega/chegam"),
    _verb("deixar", "terminated", "terminated", suffix=" de funcionar"),
    _verb("deixar", "terminated", "terminated", suffix=" de operar"),
    # "o Título 42 deixou de valer na quinta-feira": it stopped applying, an end
    *(_verb("deixar", "terminated", "terminated", suffix=f" de {state}")
      for state in ("valer", "vigorar", "ser aplicado", "ser aplicada", "estar em vigor")),
    *(_verb(stop, "suspended", "suspended", suffix=f" de {operation}") for stop in ("deixar", "parar")
      for operation in "emitir aceitar processar inscrever admitir conceder receber".split()),
    _verb("descontinuar", "terminated", "terminated"),
    _verb("acabar", "terminated", "terminated", suffix=" com"),
    _verb("pôr", "terminated", "terminated", suffix=" fim", past="pôs/puseram", present="põe/põem",
          participle="posto", future="porá/porão", conditional="poria/poriam", gerund="pondo", base="pôr/por"),
    # back again
    _verb("restabelecer", "active", "reinstated"),
    _verb("reativar", "active", "reinstated"),
    _verb("reinstaurar", "active", "reinstated"),
    _verb("reimplementar", "active", "reinstated"),
    _verb("retomar", "active", "reinstated"),
    _verb("reiniciar", "active", "reinstated"),
    _verb("restaurar", "active", "reinstated"),
    _verb("relançar", "active", "reinstated", past="relançou/relançaram"),
    # started
    _verb("lançar", "active", "implemented", past="lançou/lançaram"),
    _verb("implementar", "active", "implemented"),
    _verb("implantar", "active", "implemented"),
    _verb("criar", "active", "implemented", object_only=True),
    _verb("invocar", "active", "implemented", object_only=True),
    _verb("adotar", "active", "implemented", object_only=True),
    _verb("aplicar", "active", "implemented", object_only=True),
    _verb("impor", "active", "implemented", object_only=True, past="impôs/impuseram", present="impõe/impõem",
          participle="imposto/imposta/impostos/impostas", future="imporá/imporão", conditional="imporia/imporiam",
          gerund="impondo"),
    _verb("emitir", "active", "implemented", object_only=True),
    _verb("introduzir", "active", "implemented", object_only=True, past="introduziu/introduziram",
          present="introduz/introduzem"),
    _verb("inaugurar", "active", "implemented", object_only=True),
    _verb("iniciar", "active", "implemented", object_only=True),
    _verb("começar", "active", "implemented", object_only=True, past="começou/começaram"),
    _verb("estabelecer", "active", "implemented", object_only=True),
    _verb("entrar", "active", "implemented", suffix=" em vigor"),
    _verb("instaurar", "active", "implemented", object_only=True),
    _verb("aprovar", "active", "implemented", object_only=True),
    *(_verb("dar", "active", "implemented", suffix=f" sinal verde {to}", past="deu/deram", present="dá/dão",
            participle="dado", future="dará/darão", conditional="daria/dariam", gerund="dando", base="dar",
            object_only=True) for to in ("a", "ao", "para")),
    *(_verb("pôr", "active", "implemented", suffix=f" em {state}", past="pôs/puseram", present="põe/põem",
            participle="posto/posta/postos/postas", future="porá/porão", conditional="poria/poriam", gerund="pondo",
            base="pôr/por", object_only=True) for state in ("prática", "funcionamento", "vigor", "operação")),
    *(_verb("colocar", "active", "implemented", suffix=f" em {state}", object_only=True)
      for state in ("prática", "funcionamento", "vigor", "operação")),
    _verb("anunciar", "announced", "announced", object_only=True),
    _verb("propor", "proposed", "proposed", object_only=True, past="propôs/propuseram", present="propõe/propõem",
          participle="proposto/proposta/propostos/propostas", future="proporá/proporão",
          conditional="proporia/proporiam", gerund="propondo"),
    # courts
    _verb("bloquear", "enjoined", "enjoined", court=True),
    _verb("barrar", "enjoined", "enjoined", court=True),
    # "impediu a entrada em vigor da regra"; "impediu que o governo encerrasse o Título 42" keeps it (frames)
    _verb("impedir", "enjoined", "enjoined", court=True, object_only=True),
    _verb("anular", "enjoined", "vacated", court=True, object_only=True),
    _verb("derrubar", "enjoined", "vacated", court=True, object_only=True),
    # wider or narrower
    _verb("ampliar", "active", "expanded"),
    _verb("expandir", "active", "expanded"),
    _verb("estender", "active", "expanded"),
    _verb("prorrogar", "active", "expanded", object_only=True),
    _verb("renovar", "active", "expanded", object_only=True),
    _verb("aumentar", "active", "expanded", part_only=True),
    # "vai modificar o sistema de agendamento do aplicativo CBP One": changed, still in force (lexicon: "overhaul")
    _verb("modificar", "active", "amended", object_only=True),
    _verb("mudar", "active", "amended", object_only=True),
    # a new name, the same status
    _verb("renomear", None, "rebranded", object_only=True, past="renomeou/renomearam", present="renomeia/renomeiam"),
)

# idioms made of an act's words that name no act: "a fim de devolver ...": in order to
IDIOMS = re.compile(r"\b(?:a|com\s+o)\s+fim\s+de\b", re.I)

_NOUN_ACTS = {
    "fim": ("terminated", "terminated"), "término": ("terminated", "terminated"),
    "encerramento": ("terminated", "terminated"), "cancelamento": ("terminated", "terminated"),
    "revogação": ("terminated", "terminated"), "extinção": ("terminated", "terminated"),
    "finalização": ("terminated", "terminated"),
    "eliminação": ("terminated", "terminated"), "expiração": ("terminated", "terminated"),
    "suspensão": ("suspended", "suspended"), "pausa": ("suspended", "suspended"),
    "restabelecimento": ("active", "reinstated"), "reativação": ("active", "reinstated"),
    "reimplementação": ("active", "reinstated"), "reinstauração": ("active", "reinstated"),
    "retomada": ("active", "reinstated"), "reinício": ("active", "reinstated"), "retorno": ("active", "reinstated"),
    "volta": ("active", "reinstated"),
    "lançamento": ("active", "implemented"), "implementação": ("active", "implemented"),
    "início": ("active", "implemented"), "começo": ("active", "implemented"),
    "entrada em vigor": ("active", "implemented"),
    "ampliação": ("active", "expanded"), "expansão": ("active", "expanded"),
    "bloqueio": ("enjoined", "enjoined"),
}
NOUNS: dict[str, tuple[str, str]] = {f"{noun} {link}": act for noun, act in _NOUN_ACTS.items()
                                     for link in ("de", "do", "da", "dos", "das", "ao", "à")}

PROGRESSIVE: dict[str, str] = {}
PROGRESSIVE_AUXILIARIES = frozenset("está estão estava estavam esteve segue seguem".split())

# a modal word that, right before the verb, is its clitic (Portuguese 'se aplica' is reflexive, not 'if')
CLITICS: frozenset[str] = frozenset("se".split())
# adjectives that put the act a noun names still to come ("the imminent end of Title 42")
AHEAD_ADJECTIVES = frozenset("iminente próximo próxima".split())
# a negation that says a policy stopped applying ("o Título 42 já não se aplica"): an end, not a denial
NO_LONGER = re.compile(r"\bjá\s+não\b(?:\s+\w+)?\s*\Z", re.I)
NEGATIONS = frozenset("não nunca jamais nem sem rejeitou rejeitaram negou negaram".split())
# a purpose word among the modals: before another verb, it leaves an act noun after that verb a fact
PURPOSE = frozenset("para".split())
# modals of seeking that govern a verb only as an infinitive: "busca encerrar" is a plan, "migrantes que buscam
# asilo" are people (_scope_cue)
# "esperavam ver o fim da política" (hoped to), "os migrantes esperam no México" (wait)
SEEKING = frozenset("busca buscam buscava buscavam buscará buscarão espera esperam esperava esperavam".split())
INFINITIVE = re.compile(r"\w+(?:ar|er|ir|or)(?:-se|-lo|-la|-los|-las)?\Z")
MODALS = frozenset(
    "pode podem poderá poderão poderia poderiam deve devem deveria deveriam planeja planejam pretende pretendem "
    "busca buscam tenta tentam tentou quer querem queria prometeu prometeram promete prometem ameaçou ameaça se "
    "caso para pediu pediram pede pedem solicitou solicitaram espera esperam esperava esperavam proposta propõe "
    "considera avalia "
    "possível possibilidade provável intenção planos plano permita permitisse apoie pedido peça peçam pedisse "
    "solicitado".split()
)
FUTURE = frozenset("vai vão irá irão será serão".split())  # "será revogado": a future passive
HEDGES = re.compile(r"\b(supostamente|alegadamente|segundo rumores)\b", re.I)
# adverbs set off by commas inside a clause ("did not, however, order"): clauses._scope_cue looks past them
ORDERING: frozenset[str] = frozenset()  # (acts._Acts._assess; English "order the policy reinstated")
# frames._Frames._held_act_frames: an opening that makes a sentence counterfactual ("Had DHS terminated ..."),
# words that mark an object as another one, and objects that may be a policy's (besides its heads and parts)
COUNTERFACTUAL_OPENERS = frozenset("".split())
OTHER_ONES = frozenset("outro outra outros outras diferente separado separada".split())
HELD_OBJECTS = frozenset("proteções proteção status permissões".split())
# frames._Frames._held_announcement: words between a saying verb and a future act that make it no announcement
# ("said they were weighing whether the administration will expand", "advocates said they fear it will")
WHETHER = frozenset("".split())
UNCERTAIN = frozenset(("temem teme temor avaliam avalia avaliando consideram "
                       "considera alertam alertou esperam espera poderia poderiam").split())
PARENTHETICALS = frozenset("porém contudo entretanto todavia também".split())
CLAUSE_WORDS = frozenset("e mas enquanto depois antes porque embora quando onde que quem qual quais como após "
                         "se".split())
SUBORDINATORS = frozenset("enquanto depois antes porque embora quando onde que quem qual quais como após se".split())
# a present after these is a time or condition to come ("after Title 42 is lifted"), not a reported act
CONDITIONS = frozenset("quando".split())
DRAFTS = frozenset("minuta rascunho proposta proposto".split())
# adjectives that may stand between an act noun and its link: "la suspensión temporal del programa"
NOUN_ADJECTIVES = frozenset("temporária temporário definitiva definitivo formal oficial parcial total imediata "
                             "imediato".split())
# "tried to end X, but a court ...": the end took effect until the court undid it
ATTEMPTS = frozenset("tentou tentaram procurou buscou".split())
CONTRASTS = frozenset("mas porém entanto contudo".split())
# "the program known as Remain in Mexico": after these, "as/como" opens no clause
KNOWN_AS = frozenset("conhecido conhecida conhecidos conhecidas chamado chamada denominado denominada intitulado "
                     "intitulada batizado batizada".split())
# a president's first day ("on his first day in office") and the day sworn in ("hours after Trump was
# sworn in"): the inauguration (acts._Acts._first_days); SECOND_TERM picks the second term
FIRST_DAY = re.compile(
    r"\b(?:no\s+)?(?:seu\s+)?primeiro\s+dia\s+(?:de|no|na)\s+(?:seu\s+)?(?:segundo\s+)?(?:governo|mandato|"
    r"cargo|casa\s+branca)", re.I)
SWORN_IN = re.compile(
    r"\b(?:segundos|minutos|horas|logo)\s+(?:depois\s+(?:de\s+)?que|após)\s+(?:o\s+presidente\s+)?"
    r"(?:donald\s+|joe\s+)?(?P<name>trump|biden)\s+(?:tomou\s+posse|tomasse\s+posse|prestou\s+juramento|"
    r"assumiu)", re.I)
SECOND_TERM = re.compile(r"\b(?:segundo|volta)\b", re.I)
RELATIVES = frozenset("que qual quais quem".split())
DETERMINERS = frozenset("o a os as um uma uns umas seu sua seus suas este esta esse essa novo nova".split())
PASSIVE = frozenset("foi foram é são tem têm tinha tinham havia haviam sido está estão estava estavam ficou "
                    "ficaram fica ficam se segue seguem".split())
MEANS = frozenset("sob mediante com em por através desde para segundo".split())
PART_PREPOSITIONS = frozenset("em de do da no na ao para".split())
# the word between 'no longer used' and the policy it was used in ("enrolled into MPP"), never one of purpose
# ("used for MPP"): frames._Frames._no_longer_frames
IN_POLICY = PART_PREPOSITIONS - PURPOSE
# verbs that end a pause ("lifted the pause on the program"): the policy resumes
LIFTING = frozenset("levantou levantaram".split())
# a court that holds the policy unlawful blocks it ("ruled that Title 42 was unlawful")
UNLAWFUL = frozenset("ilegal ilegais inconstitucional inconstitucionais".split())
HOLDING = frozenset("declarou declara considerou considera decidiu determinou".split())
REVERSALS = frozenset("levantou levantaram anulou anularam bloqueou bloquearam barrou derrubou impediu impede "
                      "suspendeu".split())
POLICY_PARTS = frozenset("parte partes agendamentos agendamento inscrições pedidos acesso funções serviços "
                         "processamento registro capacidade uso emissão autorizações permissões aprovação "
                         "aprovações".split())
OPERATIONS = frozenset("emitir aceitar processar admitir conceder receber".split())
OPERATION_NOUNS = frozenset("emissão processamento recebimento inscrição admissão".split())
# a verb of beginning before the policy's own operation ("began returning asylum seekers"): its start
BEGAN = frozenset("começou começaram começa começam".split())
BEGUN_OPERATIONS = tuple("devolver enviar expulsar retornar inscrever".split())  # prefixes: "devolvê-los"
FIRST = frozenset("primeiros primeiras primeiro".split())
FIRST_OPERATIONS = frozenset("devolvidos devolvidas enviados enviadas inscritos processados expulsos "
                             "retornados".split())
SINCE = frozenset("desde".split())
PERFECT = frozenset("tem têm tinha tinham havia haviam".split())
# the next sentence dates the act: "This decision, confirmed by DHS on March 25, ..."
ANAPHORA = re.compile(r"(?:(?:esta|essa|a)\s+(?:decisão|medida|ação|ordem)|(?:este|esse|o)\s+anúncio|assim)\b", re.I)
CONFIRMING = frozenset("confirmada confirmado anunciada anunciado publicada publicado tomada assinada anunciou "
                       "informou confirmou".split())
# "Em decisão desta terça-feira, o juiz ...": the ruling's day dates the court's act of the previous sentence
RULING_OPENING = re.compile(r"(?:em|numa)\s+(?:uma\s+|sua\s+)?(?:[\w-]+\s+){0,2}?(?:decisão|sentença|ordem)\b", re.I)
PREPOSITIONS = frozenset("de do da dos das a ao à em no na para por pelo pela com sob sobre contra".split())
# prepositions that are also the article of a verb's object, right before it ("rescindir a ordem")
OBJECT_ARTICLES = frozenset("a as".split())
EVENT_NOUNS = frozenset("decisão ordem anúncio comunicado reunião ligação visita audiência discurso votação eleição "
                        "ação posse".split())
POSSESSIVES = ("seu", "sua", "seus", "suas")
NOT_POSSESSED = frozenset("retorno volta".split())
ANNOUNCEMENT_NOUNS = frozenset("anúncio".split())
KEPT_IN_PLACE = re.compile(r"\b(?:manteve|mantém|mantiveram)\s+(?:em\s+vigor\s+)?(?:o|a|os|as)?\s*[\w-]+"
                           r"(?:\s+[\w-]+){0,4}?(?:\s+em\s+vigor)?\b", re.I)
# "a Justiça ordenou": the courts
COURT_WORDS = frozenset("justiça juiz juíza juízes corte cortes tribunal tribunais magistrado magistrada "
                        "sentença".split())
COURT_ORDERS = frozenset("ordenou ordenaram ordena obrigou obriga obrigando exigiu exige determinou determinaram"
                         .split())
COURT_ORDER_NOUNS = frozenset("ordem decisão liminar".split())  # lexicon.COURT_ORDER_NOUNS
STAYS_BY_COURT_ONLY: frozenset[str] = frozenset()  # lexicon.STAYS_BY_COURT_ONLY
JUDGE_TITLES = frozenset("juiz juíza".split())  # lexicon.JUDGE_TITLES
UNSTATED = frozenset("poderia poderiam deveria deveriam espera esperava esperam provavelmente".split())
SUPREME = frozenset("suprema supremo".split())
APPEALS = frozenset("circuito apelações".split())
STAYS = ("suspendeu", "suspenderam", "suspende", "reverteu", "derrubou", "anulou", "cassou")
RULINGS = frozenset("decisão ordem liminar sentença bloqueio".split())
AGREEING = frozenset("aceitou decidiu".split())
# a plan an announcement reports ("announced that it intended to wind down the policy")
INTENT = frozenset("pretende planeja planejava decidiu".split())
# an order to act, not a court's ("ordered DHS to end the program"): an announcement of the act
DIRECTIVES = frozenset("ordenou ordenaram determinou determinaram diretiva memorando".split())
ANNOUNCE = frozenset("anunciou anunciaram anuncia anunciam informou informaram revelou revelaram declarou "
                     "comunicou".split())
SPEECH = frozenset("disse disseram afirmou afirmaram assegurou indicou indicaram destacou explicou detalhou "
                   "confirmou confirmaram acrescentou".split()) | ANNOUNCE
PLANS = {"planos": "announced", "plano": "announced", "acordo": "announced", "medidas": "announced",
         "regras": "announced", "regra": "announced", "proposta": "proposed", "mudanças": "amended",
         "alterações": "amended", "decisão": "announced", "intenção": "announced"}
INTENTIONS = frozenset("decisão intenção".split())  # lexicon.INTENTIONS
PLAN_VERBS = frozenset("anunciou anunciaram anuncia revelou revelaram apresentou apresentaram fechou fecharam "
                       "assinou assinaram detalhou comunicou comunicaram".split())
AUTHORITIES = frozenset("governo administração departamento dhs cbp cdc ice uscis autoridades casa branca "
                        "presidente secretário secretária agência escritório funcionários washington eua "
                        "estados unidos".split())
# "o aplicativo não é mais usado", "não seria mais usado", "já não está disponível": its operation stopped (a future,
# "não será mais usado", is left to the announcement rules; lexicon.NO_LONGER_USED)
NO_LONGER_USED = re.compile(r"\b(?:não\s+(?:é|era|seria)\s+mais\s+(?:usad[oa]|utilizad[oa])"
                            r"|já\s+não\s+(?:está|estava|estaria)\s+disponível)\b", re.I)
# "não renovará o parole", "não permitirá a extensão do parole" (lexicon.NOT_RENEWED)
NOT_RENEWED = re.compile(r"\bnão\s+(?:renovará|renovaria|vai\s+renovar|irá\s+renovar|estenderá|estenderia|prorrogará|"
                         r"prorrogaria|permitirá\s+a\s+(?:extensão|renovação|prorrogação)|será\s+renovad[oa]|"
                         r"serão\s+renovad[oa]s)\b", re.I)
EFFECT = re.compile(r"\b(?:entrou|entra|entram|entraram)\s+em\s+vigor\b|\b(?:foi|foram)\s+(?:aplicad|implementad)"
                    r"[ao]s?\b|\b(?:foi|foram)\s+impost[ao]s?\b|\b(?:começou|iniciou)\b", re.I)
ACT_NOUNS: dict[str, tuple[str, str]] = {
    "pausa": ("suspended", "suspended"), "suspensão": ("suspended", "suspended"),
    "encerramento": ("terminated", "terminated"), "cancelamento": ("terminated", "terminated"),
    "ampliação": ("active", "expanded"), "expansão": ("active", "expanded"),
    "retomada": ("active", "resumed"), "mudanças": ("active", "amended"), "alterações": ("active", "amended"),
    "atualizações": ("active", "amended"),
}
DOCUMENTS = frozenset("memorando ordem proclamação decreto regra norma aviso decisão diretiva".split())
ISSUING = frozenset("assinou assinaram emitiu emitiram publicou publicaram".split())
# a document still to be issued ('will issue a memorandum terminating MPP'): the act announced
ISSUING_AHEAD = frozenset("emitirá emitirão assinará assinarão publicará publicarão emitir assinar publicar".split())
ISSUING_FUTURE = frozenset("emitirá emitirão assinará assinarão publicará publicarão".split())
# "Após assinar", "Depois de assinar": a past (frames._document_frames)
PAST_BEFORE_INFINITIVE = frozenset({("após",), ("ao",), ("depois", "de")})
AGENT_PARTICIPLES = frozenset(f"{stem}{end}" for stem in ("emitid", "assinad", "publicad", "adotad", "impost",
                                                         "criad", "aprovad", "anunciad", "implementad")
                              for end in ("o", "a", "os", "as"))
# the preposition of a passive's agent, after any participle: "bloqueado por um juiz", "criado pelo governo"
AGENTS = frozenset("por pelo pela pelos pelas".split())
FINAL_RULE = re.compile(r"\bregra\s+final\b", re.I)
STATES: dict[str, tuple[str, str]] = {"extinto": ("terminated", "terminated"), "extinta": ("terminated", "terminated"),
                                      # as "now live", "now in effect", "now operational" (lexicon.STATES)
                                      **{f"já {be} {state}": ("active", "implemented")
                                         for be in ("está", "estão")
                                         for state in ("em vigor", "valendo", "disponível", "disponíveis",
                                                       "operacional", "operacionais", "funcionando")}}
REFERENCE = re.compile(
    # "trata-se de um regime que ...": "it is a regime that ...", the policy just named
    r"\b(?:o|a|ao|à|do|da|no|na|este|esta|esse|essa|desse|dessa|deste|desta|nesse|nessa|neste|nesta|"
    r"trata-se\s+de\s+uma?)\s+(?:(?:novo|nova|polêmico|polêmica|controverso|controversa)\s+)?"
    r"(?:programa|política|medida|aplicativo|app|plataforma|ferramenta|regra|norma|protocolo|iniciativa|regime)"
    r"\b(?!\s+(?:de|do|da|para)\b)"
    # only with a demonstrative: "esta determinação" is the policy, "a determinação" may be anyone's
    r"|\b(?:esta|essa|desta|dessa|nesta|nessa)\s+(?:prática|determinação)\b(?!\s+(?:de|do|da|para)\b)", re.I)
# an instrument about a policy, unless the policy is called so (lexicon.INSTRUMENTS)
INSTRUMENTS = frozenset("ordem".split())
# a reference with one of these heads ("essa ordem", "o aplicativo") stands only for a policy called so
KIND_HEADS = INSTRUMENTS | {"aplicativo", "app", "regra", "regras", "norma"}
# a noun phrase any policy could be ("uma regra", "as novas regras", "um decreto"): it stands for the policy named
# last only when that policy is called by the English word the head translates (lexicon.GENERIC_HEADS)
GENERIC_HEADS = {
    "regra": "rule", "regras": "rule", "norma": "rule", "normas": "rule", "regulamento": "regulation",
    "proclamação": "proclamation", "restrições": "restrictions", "ordem": "order", "programa": "program",
    "programas": "program", "política": "policy", "medida": "measure", "medidas": "measure",
    "protocolos": "protocols", "aplicativo": "app",
}
GENERIC_REFERENCE = generic_reference(
    "uma? o a os as este esta esse essa estes estas esses essas seu sua seus suas ao à do da",
    "uma? o a os as que quando e ou mas de do da em no na com por para é foi são foram será não se",
    GENERIC_HEADS, "de do da para")
# a language that drops the subject ("Fue aplicada por ..."): a passive that opens a sentence is about the policy
# the previous sentence named
NULL_SUBJECTS = True
PRONOUNS: frozenset[str] = frozenset()
UNKNOWN_POLICY = None
GENERIC_NAMES: frozenset[str] = frozenset()

# --- words single rules of `candidates` read (lexicon has the English, with examples) ---
# the head noun a policy's name often carries ("o programa", "o aplicativo CBP One")
HEADS = frozenset("programa política aplicativo app regra norma".split())
# the nouns an apposition before a relative clause may end in ("o MPP, uma política que ...")
APPOSITIVE_HEADS = frozenset("programa política regra norma medida iniciativa".split())
# adverbs before a participle, besides those in -mente
OPENING_ADVERBS = frozenset("originalmente inicialmente já depois também".split())
# verbs of beginning whose complement is the act ("começaram a implementar os Protocolos")
ASPECTUAL = frozenset("começar".split())
AGREEMENTS = frozenset("acordo".split())
# verbs that make public only an agreement: "fechou um acordo" ("fechou a fronteira" makes no plan public)
DEAL_VERBS = frozenset("fechou fecharam".split())
# next to a ruling's noun, a policy, not a ruling: "uma ordem executiva"
EXECUTIVE = frozenset("executiva presidencial".split())
# a court pausing its own ruling after blocking a policy ("bloqueou essa política ..., mas a suspendeu")
PAUSES = frozenset("suspendeu suspende".split())
# a word of sequence that, like a contrast, may put a court's own block on hold after it ("then suspends its
# own order")
THEN = frozenset("depois".split())
THEN_NOT_AFTER = frozenset("até antes desde".split())  # lexicon.THEN_NOT_AFTER
THEN_NOT_BEFORE = frozenset("de do da que".split())  # "depois de ser suspenso": after, not then
# who promises rather than announces: "o candidato republicano disse que ..."
CANDIDATES = frozenset("candidato candidata candidatos ex-presidente campanha".split())
# a court refusing a request to end a policy: "rejeitou o pedido para encerrar"
REFUSALS = frozenset("rejeitou rejeitaram negou negaram recusou".split())
REQUESTS = frozenset("pedido solicitação tentativa recurso".split())
BLOCKED_ATTEMPTS = REQUESTS | frozenset("esforço intenção decisão plano".split())  # lexicon.BLOCKED_ATTEMPTS
# the auxiliary of a passive subjunctive, a base form ("determinou que o MPP fosse restabelecido")
SUBJUNCTIVE_BE = frozenset("fosse fossem".split())
# a rumour of the act before it ("um boato de que o programa tinha acabado"), not a report of it
RUMOURS = frozenset("rumor rumores boato boatos".split())
# words that open a complement clause ("disse que ...", "não sabe se ...")
COMPLEMENTIZERS = frozenset("que se".split())
# a gerund after these states an act in passing: none in Portuguese
PASSING: frozenset[str] = frozenset()
# clause words that open a clause only before a word ("depois de", "depois que"), not before a comma ("um mês
# depois, o programa" is an adverb)
AFTERWARDS = frozenset("depois antes".split())
# "até 22 de agosto" bounds a state, it dates no act
UNTIL = frozenset("até".split())
# "em 12 de maio, o dia depois de ...": the act of the clause after is a day off the date
DAY_OFF = re.compile(r",?\s+o\s+dia\s+(?:(?P<after>depois)|antes)\b", re.I)
# clause words that open no clause right before a date: none in Portuguese
DATE_PREPOSITIONS: frozenset[str] = frozenset()
DATE_START = None  # never read: DATE_PREPOSITIONS is empty
# courts that hear cases under a policy rather than rule on it, before "de" IMMIGRATION ("juiz de imigração")
ADJUDICATORS = frozenset("corte cortes tribunal tribunais juiz juízes juíza".split())
IMMIGRATION = frozenset("imigração".split())
# common verbs in headlines before a participle adjective: English only (lexicon.VERBISH)
VERBISH: frozenset[str] = frozenset()
# "ended up": none in Portuguese
PARTICLES: frozenset[str] = frozenset()
# the words around a naming participle besides KNOWN_AS ("conhecidos também como", "chamadas de")
NAMING_LINKS = frozenset("como também de oficialmente".split())
# "e" opening a clause continues the subject of the clause before, or gaps its verb before a second date
AND = frozenset("e".split())
# a conjunction opening a clause whose subject is the one before; it may open a sentence whose subject is dropped
AND_BUT = frozenset("e mas".split())
# "suspendeu e depois encerrou o programa": a verb before one of these shares the object of the verb after it
AND_OR = frozenset("e ou".split())
# a "como" phrase between an announcing verb and its "que" clause: the verb's clause still
AS = frozenset("como".split())
# "os primeiros migrantes devolvidos sob o programa": the policy as the means of its first use
UNDER = frozenset("sob".split())
# "um boato de que o programa tinha acabado": the content of a rumour follows
OF = frozenset("de".split())
# a court that blocks the government "from" an end keeps the policy in force (lexicon.FROM)
# what a court stops the government from ("impediu que o governo encerrasse", "impediu o governo de encerrar"): before
# the act's infinitive or subjunctive (frames._Frames._court_frames)
FROM = frozenset("de que a ao".split())
# the word between a verb of beginning and the verb it governs ("começaram a implementar os Protocolos", "começaram
# a devolver")
ASPECTUAL_TO = frozenset("a".split())
# the word between a verb of beginning and a reflexive infinitive, whose subject is what begins ("começou a
# aplicar-se")
REFLEXIVE_TO = frozenset("a".split())
# "um acordo para retomar o programa": an agreement is made public
AGREEMENT_TO = frozenset("para".split())
# the word that makes the verb after it an infinitive: none in Portuguese (the infinitive is a form of the verb)
INFINITIVE_TO: frozenset[str] = frozenset()
# a passive infinitive before the verb: none in Portuguese
PASSIVE_INFINITIVES: tuple[tuple[str, ...], ...] = ()
# the word between a future auxiliary (FUTURE) and its infinitive: none in Portuguese ("vai suspender")
GOING_TO: frozenset[str] = frozenset()
# a modal that an announcement turns into the future it reports: none in Portuguese (the conditional is a verb form)
WOULD: frozenset[str] = frozenset()
# the present of "to be" before a participle, after CONDITIONS: English only (lexicon.PRESENT_BE)
# the passive's auxiliary after "quando": a time or condition to come ("quando for levantado o Título 42")
PRESENT_BE = frozenset("é são for forem seja sejam".split())
# after RELATIVES, an earlier act described in passing: English only (lexicon.PAST_PERFECT)
PAST_PERFECT: frozenset[str] = frozenset()
# negations in a clause that stop "desde março de 2020, o Título 42 tem permitido ..." dating the start
NOT = frozenset("não nunca".split())
# a document whose signing or issuing is the policy itself ("assinou uma proclamação", "emitiu uma ordem")
POLICY_DOCUMENTS = frozenset("proclamação ordem".split())
# a proposed rule published is the policy proposed (FINAL_RULE: in effect)
PROPOSED_RULE = re.compile(r"\bregra\s+proposta\b", re.I)
# an authority named in more than one word, as the subject of a plain future (AUTHORITIES are single words)
AUTHORITY_PHRASES = ("estados unidos",)
# the word between a court and IMMIGRATION after it: "juiz de imigração"
IMMIGRATION_OF = frozenset("de".split())
# a name whose second word would read as a saying verb (SPEECH): none in Portuguese
PLACE_NAMES: tuple[tuple[str, str], ...] = ()
# an adverb of the past that is also a clause word (lexicon.FORMERLY): none in Portuguese
FORMERLY: tuple[tuple[str, frozenset[str]], ...] = ()

# --- dates (read by text.find_dates) ---
MONTHS = {"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
          "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12}
WEEKDAYS = {"segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
            "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6, "segunda": 0, "terça": 1, "quarta": 2,
            "quinta": 3, "sexta": 4}
RELATIVE = {"hoje": "today", "nesta manhã": "this morning", "esta manhã": "this morning", "ontem": "yesterday",
            "ontem à noite": "last night", "na semana passada": "last week", "semana passada": "last week",
            "nesta semana": "this week", "esta semana": "this week", "no mês passado": "last month",
            "mês passado": "last month", "neste mês": "this month", "no ano passado": "last year",
            "ano passado": "last year", "neste ano": "this year", "este ano": "this year"}
NUMBERS = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10}
DAY_UNIT = "d"
_PART = r"(?:(?:no\s+|em\s+)?(?P<part>início|inicio|começo|meados|final|fins|fim)\s+de\s+)"
DATE_PATTERNS = (
    r"\b(?P<day>{DAY})(?:º|°)?\s+de\s+(?P<month>{MONTH})(?:\s+de\s+(?P<year>{YEAR}))?\b",
    r"\b" + _PART + r"?(?P<month>{MONTH})\s+(?:de\s+)?(?P<year>{YEAR})\b",
    r"\b" + _PART + r"(?P<year>{YEAR})\b(?![,.]?\d)",
    r"\b(?:em|desde|durante|até)\s+" + _PART + r"?(?P<month>{MONTH})\b(?!\s+(?:de\s+)?\d)",
    r"\b" + _PART + r"(?P<month>{MONTH})\b(?!\s+(?:de\s+)?\d)",
    r"\b(?:em|de|desde|durante|até|a\s+partir\s+de|antes\s+de|depois\s+de)\s+(?P<year>{YEAR})\b(?![,.]?\d)",
    # "no último dia 28", "no dia 28": the latest such day of a month, on or before publication
    r"\b(?:n?o\s+)?(?:(?P<last3>último|passado)\s+)?dia\s+(?P<mday>\d{1,2})\b(?!\s*(?:º|°)?\s+de\s)",
    r"\b(?P<rel>hoje|ontem(?:\s+à\s+noite)?|nesta\s+manhã|esta\s+manhã|(?:na\s+)?semana\s+passada"
    r"|nesta\s+semana|esta\s+semana|(?:no\s+)?mês\s+passado|neste\s+mês|(?:no\s+)?ano\s+passado|neste\s+ano"
    r"|este\s+ano)\b",
    r"\bhá\s+(?:(?P<more>mais\s+de)\s+)?(?P<count>\d{1,2}|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez)"
    r"\s+(?P<unit>dias?|semanas?|mês|meses|anos?)\b",
    r"\b(?:(?:nesta|neste|na|no|esta|este)\s+(?:(?P<last>última|último|passada|passado)\s+)?)?(?P<weekday>{WEEKDAY})"
    r"(?:\s*\(\d{1,2}\))?(?:\s+(?P<last2>passada|passado))?(?![\w-])",
)
# the word before the day an act takes effect ('effective April 24', 'a partir del 24 de abril'): said before
# that day, the act is a change to come (reader._Reader._effective_later)
EFFECTIVE_ON = frozenset("efetivo efetiva vigor partir".split())
# a past act in a clause this opens happened at the time of the clause it modifies (clauses._assign_dates)
WHEN = frozenset("quando".split())
# before an act's noun, what makes it awaited ("ahead of Title 42's end", 'esperan el fin del Título 42'):
# acts._Acts._awaited
AWAITING = (("espera",), ("esperam",), ("esperavam",), ("aguarda",), ("aguardam",))
NOUN_MARKERS = frozenset("de da a uma sua".split())  # "meses de espera", "a espera": a noun (acts._Acts._awaited)
WAIT_ADJECTIVES = frozenset("longa longuíssima curta breve tensa eterna interminável prolongada angustiante "
                            "nova".split())  # "uma longa espera" (acts._Acts._awaited)
# words that make an order a court's ('a temporary restraining order'): never a reference to the policy
COURT_MODIFIERS = frozenset("judicial liminar".split())
# before an act, what makes it earlier than the clause it is joined to by 'when' (clauses._assign_dates)
ALREADY = frozenset("já tinha tinham havia haviam".split())
# words that put what follows in doubt ('unclear whether DHS will issue'): no announcement (frames._ahead_intent)
DOUBTS = frozenset("incerto incerta".split())
# 'dejó de regir para los menores': a stop of applying, then to whom, is a narrowing (reader._Reader._proto)
STOP_APPLYING = frozenset(f"deixou de {state}" for state in ("valer", "vigorar", "ser aplicado", "ser aplicada",
                                                             "estar em vigor"))
APPLIES_TO = frozenset("para a aos às ao em".split())
# adjectives that may come before a part of the policy heading a verb's object ('new enrollments')
NEW = frozenset("novo nova novos novas mais".split())
# words before a part of the policy that still leave it heading the object ('a principal parte da regra')
PARTITIVES = frozenset("principal".split())
# before the word of taking effect, a day it already did ('became effective May 12'): reader._Reader._effective_later
BECAME = frozenset("entrou entraram ficou".split())
# after these, a past subjunctive tells a fact ('luego de que el gobierno pusiera fin'): acts._Acts._subjunctive_of_fact
AFTER_THAT = (("depois", "que"), ("depois", "de", "que"))
SUBJUNCTIVE_ENDINGS = ("sse", "ssem")
# before 'as', a comparison, not a time ('much as another judge vacated'): clauses._when_partner
COMPARATIVE_AS = frozenset("tal assim".split())
# before 'a day after', a word that makes it no shift of the clause before ('plan for the day after')
DAY_OFF_NOT_AFTER = frozenset("para por de até que e".split())
DAY_OFF_ADVERBS = frozenset("só somente apenas quase".split())  # ", apenas um dia depois" (clauses)
# a verb in the conditional: a forecast (acts._Acts._subjunctive_of_fact)
CONDITIONAL = re.compile(r"\w{3,}(?:aria|eria|iria)m?")
# who a policy may stop applying to ('dejó de regir para los menores'): a narrowing (reader._Reader._proto)
PEOPLE = frozenset("menores crianças famílias migrantes solicitantes adultos venezuelanos cubanos "
                   "haitianos nicaraguenses mexicanos pessoas cidadãos beneficiários mulheres ucranianos russos "
                   "afegãos hondurenhos guatemaltecos salvadorenhos colombianos equatorianos peruanos brasileiros "
                   "chineses indianos quem aqueles aquelas".split())
# before 'to issue', what also makes a document one to come ('is going to issue', 'plan to sign'): frames
INTENT_AHEAD = frozenset("planejam prevê preveem".split())

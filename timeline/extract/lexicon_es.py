"""The Spanish words that report an act on a policy (the same names as `lexicon`, for Spanish documents).

Imported only for documents found to be in Spanish (`language.detect`), so
English documents never load it. Verb forms are generated from the
infinitive for regular verbs (`_verb`); irregular forms are written out.
Forms: the preterite reports an act ("suspendió"), as do the participle after
"fue", "ha", "se encuentra" ("fue suspendido", "se encuentran suspendidos")
and "se" with the preterite ("se reactivó el programa"); the present is how
headlines report one ("Trump elimina..."); the future ("revocará") is a plan,
an announcement when an announcing verb or an authority states it; the
infinitive and the conditional never report an act.
"""

from __future__ import annotations

import re

from .lexicon import FAMILIES, TOKEN, Lex, generic_reference  # noqa: F401 - FAMILIES and TOKEN are part of every language's names

CODE = "es"


def _split(forms: str) -> tuple[str, ...]:
    return tuple(forms.split("/")) if forms else ()


def _verb(infinitive: str, status: str | None, action: str, *, suffix: str = "", court: bool = False,
          object_only: bool = False, part_only: bool = False, subject_only: bool = False, **irregular: str) -> Lex:
    """A verb's forms; `suffix` follows every form ("poner" + " fin"); keyword arguments replace generated
    forms (past, present, participle, future, conditional, gerund, base), '/'-separated."""
    stem, ending = infinitive[:-2], infinitive[-2:]
    if ending == "ar":
        generated = {"past": f"{stem}ó/{stem}aron", "present": f"{stem}a/{stem}an", "gerund": f"{stem}ando",
                     "participle": f"{stem}ado/{stem}ada/{stem}ados/{stem}adas"}
    else:
        generated = {"past": f"{stem}ió/{stem}ieron", "present": f"{stem}e/{stem}en", "gerund": f"{stem}iendo",
                     "participle": f"{stem}ido/{stem}ida/{stem}idos/{stem}idas"}
    generated.update(future=f"{infinitive}á/{infinitive}án", conditional=f"{infinitive}ía/{infinitive}ían")
    generated.update({key: value for key, value in irregular.items() if key != "base"})
    # the base forms: the infinitive, with an object pronoun ("reinstaurarlo"), and the subjunctive that an order
    # or a wish governs ("ordenó que se restaurara", "impidió que pusiera fin"), made as Spanish makes it, from the
    # preterite's plural ("pusieron": "pusiera", "pusieran"); none of them reports an act
    plural = _split(generated["past"])[-1]
    subjunctive = f"{plural[:-3]}ra/{plural[:-3]}ran" if plural.endswith("ron") else ""
    generated["base"] = irregular.get("base") or "/".join(
        [infinitive, *(infinitive + pronoun for pronoun in ("lo", "la", "los", "las", "se")), subjunctive])
    forms = {key: tuple(form + suffix for form in _split(value)) for key, value in generated.items()}
    return Lex(forms["past"], forms["present"], forms["base"], status, action, court=court, object_only=object_only,
               part_only=part_only, subject_only=subject_only, participle=forms["participle"], future=forms["future"],
               conditional=forms["conditional"], gerund=forms["gerund"])


LEXICON: tuple[Lex, ...] = (
    # stopped: suspended
    _verb("suspender", "suspended", "suspended"),
    _verb("pausar", "suspended", "suspended"),
    _verb("congelar", "suspended", "suspended"),
    _verb("paralizar", "suspended", "suspended"),
    _verb("interrumpir", "suspended", "suspended"),
    # "detenidos", "detenidas" are people detained ("niños migrantes no acompañados detenidos en la frontera")
    _verb("detener", "suspended", "suspended", object_only=True, past="detuvo/detuvieron",
          participle="detenido/detenida", present="detiene/detienen", future="detendrá/detendrán",
          conditional="detendría/detendrían"),
    # stopped: terminated
    _verb("terminar", "terminated", "terminated"),
    _verb("finalizar", "terminated", "terminated"),
    _verb("cancelar", "terminated", "terminated"),
    _verb("eliminar", "terminated", "terminated"),
    _verb("revocar", "terminated", "terminated"),
    _verb("derogar", "terminated", "terminated"),
    _verb("rescindir", "terminated", "terminated"),
    _verb("abolir", "terminated", "terminated"),
    _verb("suprimir", "terminated", "terminated"),
    _verb("desactivar", "terminated", "terminated"),
    _verb("deshabilitar", "terminated", "terminated"),
    _verb("descontinuar", "terminated", "terminated"),
    _verb("clausurar", "terminated", "terminated"),
    _verb("desmantelar", "terminated", "terminated"),
    _verb("cerrar", "terminated", "terminated", object_only=True, present="cierra/cierran"),
    _verb("expirar", "terminated", "terminated"),
    # "después de que concluyó el Título 42"; "el tribunal concluyó que ..." is a finding, in another clause
    _verb("concluir", "terminated", "terminated", past="concluyó/concluyeron", present="concluye/concluyen",
          gerund="concluyendo", subject_only=True),
    _verb("llegar", "terminated", "terminated", suffix=" a su fin", past="llegó/llegaron"),
    _verb("caducar", "terminated", "terminated"),
    # "levantarán el Título 42 el 23 de mayo", as "lift" (a lifted pause or block resumes: LIFTING, REVERSALS)
    _verb("levantar", "terminated", "terminated", object_only=True),
    _verb("dejar", "terminated", "terminated", suffix=" de funcionar"),
    _verb("dejar", "terminated", "terminated", suffix=" de operar"),
    # "el Título 42 dejó de aplicarse a las 23:59 del jueves": it stopped applying, an end
    *(_verb("dejar", "terminated", "terminated", suffix=f" de {state}")
      for state in ("aplicarse", "regir", "estar vigente", "estar en vigor", "tener vigencia")),
    # "dejó de inscribir a nuevos migrantes en el programa": an operation of the policy stops (as "stopped enrolling")
    *(_verb("dejar", "suspended", "suspended", suffix=f" de {operation}")
      for operation in "emitir aceptar procesar inscribir admitir otorgar recibir programar".split()),
    _verb("acabar", "terminated", "terminated", suffix=" con"),
    _verb("poner", "terminated", "terminated", suffix=" fin", past="puso/pusieron", present="pone/ponen",
          participle="puesto", future="pondrá/pondrán", conditional="pondría/pondrían", gerund="poniendo"),
    _verb("dar", "terminated", "terminated", suffix=" por terminado", past="dio/dieron", present="da/dan",
          participle="dado", future="dará/darán", conditional="daría/darían", gerund="dando"),
    _verb("dar", "terminated", "terminated", suffix=" por finalizado", past="dio/dieron", present="da/dan",
          participle="dado", future="dará/darán", conditional="daría/darían", gerund="dando"),
    # back again
    _verb("restablecer", "active", "reinstated"),
    _verb("reactivar", "active", "reinstated"),
    _verb("reinstaurar", "active", "reinstated"),
    _verb("reimplementar", "active", "reinstated"),
    _verb("retomar", "active", "reinstated"),
    _verb("revivir", "active", "reinstated"),
    _verb("reiniciar", "active", "reinstated"),
    _verb("restaurar", "active", "reinstated"),
    _verb("relanzar", "active", "reinstated"),
    _verb("reanudar", "active", "resumed"),
    # started
    _verb("lanzar", "active", "implemented"),
    _verb("implementar", "active", "implemented"),
    _verb("implantar", "active", "implemented"),
    _verb("iniciar", "active", "implemented", object_only=True),
    _verb("comenzar", "active", "implemented", object_only=True, present="comienza/comienzan"),
    _verb("establecer", "active", "implemented", object_only=True),
    _verb("promulgar", "active", "implemented"),
    _verb("invocar", "active", "implemented", object_only=True, past="invocó/invocaron", present="invoca/invocan"),
    _verb("adoptar", "active", "implemented", object_only=True),
    _verb("aplicar", "active", "implemented", object_only=True),
    _verb("imponer", "active", "implemented", object_only=True, past="impuso/impusieron", present="impone/imponen",
          participle="impuesto/impuesta/impuestos/impuestas", future="impondrá/impondrán",
          conditional="impondría/impondrían", gerund="imponiendo"),
    _verb("emitir", "active", "implemented", object_only=True),
    _verb("instaurar", "active", "implemented"),
    _verb("instrumentar", "active", "implemented"),
    _verb("aprobar", "active", "implemented", object_only=True, present="aprueba/aprueban"),
    *(_verb("dar", "active", "implemented", suffix=f" luz verde {to}", past="dio/dieron", present="da/dan",
            participle="dado", future="dará/darán", conditional="daría/darían", gerund="dando", base="dar",
            object_only=True) for to in ("a", "al")),
    _verb("instituir", "active", "implemented", past="instituyó/instituyeron", present="instituye/instituyen",
          gerund="instituyendo"),
    _verb("crear", "active", "implemented", object_only=True, past="creó/crearon", present="crea/crean"),
    _verb("entrar", "active", "implemented", suffix=" en vigor"),
    _verb("entrar", "active", "implemented", suffix=" en vigencia"),
    _verb("poner", "active", "implemented", suffix=" en marcha", past="puso/pusieron", present="pone/ponen",
          participle="puesto", future="pondrá/pondrán", conditional="pondría/pondrían", gerund="poniendo"),
    _verb("poner", "active", "implemented", suffix=" en vigor", past="puso/pusieron", present="pone/ponen",
          participle="puesto/puesta/puestos/puestas", future="pondrá/pondrán", conditional="pondría/pondrían",
          gerund="poniendo"),
    *(_verb("poner", "active", "implemented", suffix=f" en {state}", past="puso/pusieron", present="pone/ponen",
            participle="puesto/puesta/puestos/puestas", future="pondrá/pondrán", conditional="pondría/pondrían",
            gerund="poniendo", object_only=True) for state in ("operación", "funcionamiento", "práctica")),
    _verb("introducir", "active", "implemented", object_only=True, past="introdujo/introdujeron",
          present="introduce/introducen"),
    _verb("inaugurar", "active", "implemented", object_only=True),
    _verb("anunciar", "announced", "announced", object_only=True),
    _verb("proponer", "proposed", "proposed", object_only=True, past="propuso/propusieron",
          present="propone/proponen", participle="propuesto/propuesta/propuestos/propuestas",
          future="propondrá/propondrán", conditional="propondría/propondrían"),
    # courts
    _verb("bloquear", "enjoined", "enjoined", court=True),
    _verb("frenar", "enjoined", "enjoined", court=True),
    # "impidió la entrada en vigor de la regla"; "impidió que el gobierno pusiera fin al Título 42" keeps it (frames)
    _verb("impedir", "enjoined", "enjoined", court=True, object_only=True, past="impidió/impidieron",
          present="impide/impiden", gerund="impidiendo", future="impedirá/impedirán",
          conditional="impediría/impedirían"),
    _verb("anular", "enjoined", "vacated", court=True, object_only=True),
    _verb("tumbar", "enjoined", "vacated", court=True, object_only=True),
    _verb("invalidar", "enjoined", "vacated", court=True, object_only=True),
    # wider or narrower
    _verb("ampliar", "active", "expanded", present="amplía/amplían"),
    _verb("expandir", "active", "expanded"),
    _verb("extender", "active", "expanded", object_only=True, present="extiende/extienden"),
    _verb("prorrogar", "active", "expanded", object_only=True),
    _verb("renovar", "active", "expanded", object_only=True, present="renueva/renuevan"),  # "la orden se renovó"
    _verb("aumentar", "active", "expanded", part_only=True),
    _verb("reducir", "active", "narrowed", part_only=True, past="redujo/redujeron", present="reduce/reducen"),
    # "modificará el sistema de citas de la aplicación CBP One": changed, still in force (lexicon: "overhaul")
    _verb("modificar", "active", "amended", object_only=True),
    _verb("cambiar", "active", "amended", object_only=True),
    # a new name, the same status
    _verb("renombrar", None, "rebranded", object_only=True),
    _verb("rebautizar", None, "rebranded", object_only=True),
)

# idioms made of an act's words that name no act: "a fin de regresar a México ...": in order to
IDIOMS = re.compile(r"\b(?:a|con\s+el)\s+fin\s+de\b", re.I)

_NOUN_ACTS = {
    "fin": ("terminated", "terminated"), "final": ("terminated", "terminated"),
    "terminación": ("terminated", "terminated"), "cancelación": ("terminated", "terminated"),
    "eliminación": ("terminated", "terminated"), "revocación": ("terminated", "terminated"),
    "derogación": ("terminated", "terminated"), "cierre": ("terminated", "terminated"),
    "desactivación": ("terminated", "terminated"), "expiración": ("terminated", "terminated"),
    "vencimiento": ("terminated", "terminated"), "finalización": ("terminated", "terminated"),
    "suspensión": ("suspended", "suspended"), "pausa": ("suspended", "suspended"),
    "congelamiento": ("suspended", "suspended"),
    "reactivación": ("active", "reinstated"), "reinicio": ("active", "reinstated"),
    "restablecimiento": ("active", "reinstated"), "regreso": ("active", "reinstated"),
    "reinstauración": ("active", "reinstated"), "reimplementación": ("active", "reinstated"),
    "relanzamiento": ("active", "reinstated"), "retorno": ("active", "reinstated"),
    "reanudación": ("active", "resumed"),
    "lanzamiento": ("active", "implemented"), "creación": ("active", "implemented"),
    "inicio": ("active", "implemented"), "comienzo": ("active", "implemented"),
    "instauración": ("active", "implemented"), "implementación": ("active", "implemented"),
    "puesta en marcha": ("active", "implemented"), "entrada en vigor": ("active", "implemented"),
    "ampliación": ("active", "expanded"), "expansión": ("active", "expanded"),
    "bloqueo": ("enjoined", "enjoined"),
}
NOUNS: dict[str, tuple[str, str]] = {f"{noun} {link}": act for noun, act in _NOUN_ACTS.items()
                                     for link in ("de", "del", "al")}

PROGRESSIVE: dict[str, str] = {}  # gerunds come from each verb's forms
PROGRESSIVE_AUXILIARIES = frozenset("está están estaba estaban estuvo sigue siguen".split())

# a modal word that, right before the verb, is its clitic (Portuguese 'se aplica' is reflexive, not 'if')
CLITICS: frozenset[str] = frozenset()
# adjectives that put the act a noun names still to come ("the imminent end of Title 42")
AHEAD_ADJECTIVES = frozenset("inminente próximo próxima".split())
# a negation that says a policy stopped applying ("Desde este jueves ya no se aplica el título 42"): an end
NO_LONGER = re.compile(r"\bya\s+no\b(?:\s+\w+)?\s*\Z", re.I)
NEGATIONS = frozenset("no nunca jamás ni tampoco sin rechazó rechazaron negó negaron".split())
# a purpose word among the modals: before another verb, it leaves an act noun after that verb a fact
PURPOSE = frozenset("para".split())
# modals of seeking that govern a verb only as an infinitive: "busca terminar" is a plan, "migrantes que buscan
# asilo" are people (_scope_cue)
# "esperaban ver el fin de dicha política" (hoped to), "los migrantes esperan en México" (wait)
SEEKING = frozenset("busca buscan buscaba buscaban buscará buscarán espera esperan esperaba esperaban".split())
INFINITIVE = re.compile(r"\w+(?:ar|er|ir|ír)(?:se|lo|la|los|las)?\Z")
MODALS = frozenset(
    "podría podrían puede pueden podrá podrán debe deben debería deberían planea planean planeaba pretende "
    "pretenden busca buscan buscaba intenta intentan intentó quiere quieren quería prometió prometieron promete "
    "prometen amenazó amenaza amenazan si para pidió pidieron pide piden solicitó solicitaron espera esperan "
    "esperaba esperaban "
    "propuesta propone considera evalúa evaluará evaluando analiza posible posibilidad probable intención "
    "planes plan buscará tratará trata tratan intentará pedido pida pidan pidiera pidieran solicitado".split()
)
# "va a suspender": a periphrastic future; "será revocado": a future passive
FUTURE = frozenset("va van vamos irá irán será serán".split())
HEDGES = re.compile(r"\b(presuntamente|supuestamente|según versiones|se rumora)\b", re.I)
# adverbs set off by commas inside a clause ("did not, however, order"): clauses._scope_cue looks past them
ORDERING: frozenset[str] = frozenset()  # (acts._Acts._assess; English "order the policy reinstated")
# frames._Frames._held_act_frames: an opening that makes a sentence counterfactual ("Had DHS terminated ..."),
# words that mark an object as another one, and objects that may be a policy's (besides its heads and parts)
COUNTERFACTUAL_OPENERS = frozenset("".split())
OTHER_ONES = frozenset("otro otra otros otras distinto distinta separado separada".split())
HELD_OBJECTS = frozenset("protecciones protección estatus permisos".split())
# frames._Frames._held_announcement: words between a saying verb and a future act that make it no announcement
# ("said they were weighing whether the administration will expand", "advocates said they fear it will")
WHETHER = frozenset("si".split())
UNCERTAIN = frozenset(("temen teme temían temor evalúan evalúa evaluando "
                       "consideran considera advierten advirtió esperan espera podría podrían").split())
PARENTHETICALS = frozenset("además empero también".split())
CLAUSE_WORDS = frozenset("y e pero mientras después antes porque aunque cuando donde que quien quienes cual "
                         "cuales como tras si sino".split())
SUBORDINATORS = frozenset("mientras después antes porque aunque cuando donde que quien quienes cual cuales como "
                          "tras si".split())
# a present after these is a time or condition to come ("after Title 42 is lifted"), not a reported act
CONDITIONS = frozenset("cuando si".split())
DRAFTS = frozenset("borrador proyecto propuesta propuesto".split())
# adjectives that may stand between an act noun and its link: "la suspensión temporal del programa"
NOUN_ADJECTIVES = frozenset("temporal definitiva definitivo formal oficial parcial total inmediata inmediato".split())
# "tried to end X, but a court ...": the end took effect until the court undid it
ATTEMPTS = frozenset("intentó intentaron trató trataron buscó".split())
CONTRASTS = frozenset("pero sin embargo aunque".split())
# "the program known as Remain in Mexico": after these, "as/como" opens no clause
KNOWN_AS = frozenset("conocido conocida conocidos conocidas llamado llamada denominado denominada titulado "
                     "titulada bautizado bautizada".split())
# a president's first day ("on his first day in office") and the day sworn in ("hours after Trump was
# sworn in"): the inauguration (acts._Acts._first_days); SECOND_TERM picks the second term
FIRST_DAY = re.compile(
    r"\b(?:en\s+)?su\s+primer\s+día\s+(?:de\s+regreso\s+)?(?:en\s+la\s+casa\s+blanca|en\s+el\s+cargo|"
    r"de\s+(?:su\s+)?(?:segundo\s+)?(?:gobierno|mandato))", re.I)
SWORN_IN = re.compile(
    r"\b(?:segundos|minutos|horas|momentos|justo)\s+(?:después\s+de\s+que|tras\s+que)\s+"
    r"(?:el\s+presidente\s+)?(?:donald\s+|joe\s+)?(?P<name>trump|biden)\s+(?:tomó\s+protesta|tomara\s+protesta|"
    r"prestó\s+juramento|prestara\s+juramento|juró|asumió|asumiera)", re.I)
SECOND_TERM = re.compile(r"\b(?:segundo|regreso)\b", re.I)
RELATIVES = frozenset("que cual cuales quien".split())
DETERMINERS = frozenset("el la los las un una unos unas su sus este esta estos estas ese esa dicho dicha "
                        "nuevo nueva".split())
PASSIVE = frozenset("fue fueron ha han había habían haya sido es son está están estaba estaban quedó quedaron "
                    "queda quedan quedaba se encuentra encuentran encontraba permanece permanecen sigue siguen "
                    "siendo".split())
MEANS = frozenset("bajo mediante con en por a través desde para según".split())
PART_PREPOSITIONS = frozenset("en de del al a para".split())
# the word between 'no longer used' and the policy it was used in ("enrolled into MPP"), never one of purpose
# ("used for MPP"): frames._Frames._no_longer_frames
IN_POLICY = PART_PREPOSITIONS - PURPOSE
# verbs that end a pause ("lifted the pause on the program"): the policy resumes
LIFTING = frozenset("levantó levantaron".split())
# a court that holds the policy unlawful blocks it ("ruled that Title 42 was unlawful")
UNLAWFUL = frozenset("ilegal ilegales inconstitucional inconstitucionales".split())
HOLDING = frozenset("declaró declara consideró considera falló determinó dictaminó".split())
REVERSALS = frozenset("levantó levantaron anuló anularon bloqueó bloquearon frenó frenaron revirtió revocó suspendió "
                      "impidió impide".split())
POLICY_PARTS = frozenset("parte partes citas cita inscripciones inscripción solicitudes acceso funciones función "
                         "servicios servicio procesamiento registro capacidad uso emisión permisos autorizaciones "
                         "aprobación aprobaciones".split())
OPERATIONS = frozenset("emitir aceptar procesar inscribir admitir otorgar recibir programar".split())
OPERATION_NOUNS = frozenset("emisión procesamiento recepción inscripción admisión".split())
# a verb of beginning before the policy's own operation ("began returning asylum seekers"): its start
BEGAN = frozenset("empezó empezaron empieza empiezan comenzó comenzaron comienza comienzan".split())
BEGUN_OPERATIONS = tuple("retornar devolver enviar expulsar inscribir".split())  # prefixes: "retornarlos"
FIRST = frozenset("primeros primeras primer".split())
FIRST_OPERATIONS = frozenset("retornados retornadas devueltos devueltas enviados enviadas inscritos inscritas "
                             "procesados expulsados".split())
SINCE = frozenset("desde".split())
PERFECT = frozenset("ha han había habían".split())
# the next sentence dates the act: "This decision, confirmed by DHS on March 25, ..."
ANAPHORA = re.compile(r"(?:(?:esta|la|dicha)\s+(?:decisión|medida|acción|orden|norma)|(?:este|el)\s+(?:cambio|anuncio)"
                      r"|así\s+lo)\b", re.I)
CONFIRMING = frozenset("confirmada confirmado anunciada anunciado publicada publicado tomada adoptada firmada "
                       "emitida anunció informó confirmó dio".split())
# "En un fallo del martes, el juez ...": the ruling's day dates the court's act of the previous sentence
RULING_OPENING = re.compile(r"en\s+(?:un|una|su)\s+(?:[\w-]+\s+){0,2}(?:fallo|decisión|orden|sentencia|resolución)\b",
                            re.I)
PREPOSITIONS = frozenset("de del a al en para por con bajo sobre contra mediante".split())
OBJECT_ARTICLES: frozenset[str] = frozenset()  # lexicon_pt.OBJECT_ARTICLES
EVENT_NOUNS = frozenset("fallo decisión orden anuncio comunicado reunión llamada visita audiencia discurso votación "
                        "elección demanda investidura".split())
POSSESSIVES = ("su", "sus")
NOT_POSSESSED = frozenset("regreso retorno final".split())
ANNOUNCEMENT_NOUNS = frozenset("anuncio".split())
KEPT_IN_PLACE = re.compile(r"\b(?:mantuvo|mantiene|mantuvieron|dejó|deja)\s+(?:vigente\s+|en\s+vigor\s+)?"
                           r"(?:el|la|los|las)?\s*[\w-]+(?:\s+[\w-]+){0,4}?(?:\s+(?:vigente|en\s+vigor))?\b", re.I)
# "la justicia estadounidense ordenó": the courts
COURT_WORDS = frozenset("justicia juez jueza jueces corte cortes tribunal tribunales magistrado magistrada fallo falló "
                        "sentencia".split())
COURT_ORDERS = frozenset("ordenó ordenaron ordena obligó obliga obligando exigió exige determinó dispuso".split())
COURT_ORDER_NOUNS = frozenset("orden fallo".split())  # lexicon.COURT_ORDER_NOUNS
STAYS_BY_COURT_ONLY: frozenset[str] = frozenset()  # lexicon.STAYS_BY_COURT_ONLY
JUDGE_TITLES = frozenset("juez jueza magistrado magistrada".split())  # lexicon.JUDGE_TITLES
UNSTATED = frozenset("podría podrían debería deberían espera esperaba esperan esperaban probablemente".split())
SUPREME = frozenset("suprema supremo".split())
APPEALS = frozenset("circuito apelaciones".split())
STAYS = ("suspendió", "suspendieron", "suspende", "revirtió", "revocó", "anuló", "dejó en suspenso",
         "dejó sin efecto", "congeló", "pausó")
RULINGS = frozenset("fallo orden decisión sentencia resolución bloqueo".split())
AGREEING = frozenset("aceptó acordó decidió".split())
# a plan an announcement reports ("announced that it intended to wind down the policy")
INTENT = frozenset("planea planeaba pretende pretendía decidió".split())
# an order to act, not a court's ("ordered DHS to end the program"): an announcement of the act
DIRECTIVES = frozenset("ordenó ordenaron instruyó instruyeron directiva memorando".split())
ANNOUNCE = frozenset("anunció anunciaron anuncia anuncian informó informaron informa reveló revelaron revela "
                     "declaró declararon comunicó comunicaron".split())
SPEECH = frozenset("dijo dijeron afirmó afirmaron aseguró aseguraron indicó indicaron señaló señalaron "
                   "explicó detalló expuso precisó confirmó confirmaron sostuvo agregó añadió".split()) | ANNOUNCE
PLANS = {"planes": "announced", "plan": "announced", "acuerdo": "announced", "medidas": "announced",
         "medida": "announced", "normas": "announced", "reglas": "announced", "regla": "announced",
         "propuesta": "proposed", "cambios": "amended", "modificaciones": "amended", "decisión": "announced",
         "intención": "announced"}
INTENTIONS = frozenset("decisión intención".split())  # lexicon.INTENTIONS
PLAN_VERBS = frozenset("anunció anunciaron anuncia anuncian reveló revelaron presentó presentaron alcanzó "
                       "alcanzaron firmó firmaron detalló detallaron dio dieron comunicó comunicaron".split())
AUTHORITIES = frozenset("gobierno administración departamento dhs cbp cdc ice uscis autoridades casa blanca "
                        "presidente secretario secretaria agencia oficina funcionarios washington ee.uu eeuu "
                        "estados unidos".split())
# "la aplicación ya no se usa", "ya no se usaría", "ya no está disponible": its operation stopped (a future, "ya no se
# usará", is left to the announcement rules; lexicon.NO_LONGER_USED)
NO_LONGER_USED = re.compile(r"\bya\s+no\s+(?:se\s+)?(?:usa|utiliza|usaba|utilizaba|usaría|utilizaría|funciona|"
                            r"funcionaba|funcionaría|(?:está|estaba|estaría)\s+disponible)\b", re.I)
# "no renovará el parole", "no permitirá la extensión del parole" (lexicon.NOT_RENEWED)
NOT_RENEWED = re.compile(r"\bno\s+(?:renovará|renovaría|renovarán|extenderá|extendería|prorrogará|prorrogaría|"
                         r"permitirá\s+(?:la\s+)?(?:extensión|renovación|prórroga)|se\s+renovará|será\s+renovad[oa]|"
                         r"serán\s+renovad[oa]s)\b", re.I)
EFFECT = re.compile(r"\b(?:entró|entra|entran|entraron|ha\s+entrado|han\s+entrado|había\s+entrado)\s+en\s+"
                    r"(?:vigor|vigencia)\b|"
                    r"\b(?:se\s+hizo|se\s+hicieron)\s+efectiv[ao]s?\b|\b(?:fue|fueron)\s+(?:aplicad|impuest|implementad)"
                    r"[ao]s?\b|\bse\s+(?:aplicó|impuso|implementó)\b|\b(?:comenzó|empezó|inició)\b", re.I)
ACT_NOUNS: dict[str, tuple[str, str]] = {
    "pausa": ("suspended", "suspended"), "suspensión": ("suspended", "suspended"),
    "terminación": ("terminated", "terminated"), "cancelación": ("terminated", "terminated"),
    "eliminación": ("terminated", "terminated"), "ampliación": ("active", "expanded"),
    "expansión": ("active", "expanded"), "reactivación": ("active", "reinstated"),
    "reanudación": ("active", "resumed"), "cambios": ("active", "amended"),
    "actualizaciones": ("active", "amended"), "modificaciones": ("active", "amended"),
}
DOCUMENTS = frozenset("memorando orden proclamación decreto regla norma aviso decisión directiva".split())
ISSUING = frozenset("firmó firmaron emitió emitieron publicó publicaron".split())
# a document still to be issued ('will issue a memorandum terminating MPP'): the act announced
ISSUING_AHEAD = frozenset("emitirá emitirán firmará firmarán publicará publicarán emitir firmar publicar".split())
ISSUING_FUTURE = frozenset("emitirá emitirán firmará firmarán publicará publicarán".split())
# "Tras firmar", "Después de firmar": a past (frames._document_frames)
PAST_BEFORE_INFINITIVE = frozenset({("tras",), ("al",), ("después", "de"), ("luego", "de")})
AGENT_PARTICIPLES = frozenset(f"{stem}{end}" for stem in ("emitid", "firmad", "publicad", "adoptad", "impuest",
                                                         "cread", "aprobad", "anunciad", "implementad")
                              for end in ("o", "a", "os", "as"))
# the preposition of a passive's agent, after any participle: "bloqueado por un juez"
AGENTS = frozenset("por".split())
FINAL_RULE = re.compile(r"\bregla\s+final\b", re.I)
STATES: dict[str, tuple[str, str]] = {"extinto": ("terminated", "terminated"), "extinta": ("terminated", "terminated"),
                                      "desaparecido": ("terminated", "terminated"),
                                      # as "now live", "now in effect", "now operational" (lexicon.STATES)
                                      **{f"ya {be} {state}": ("active", "implemented")
                                         for be in ("está", "están")
                                         for state in ("en vigor", "vigente", "vigentes", "disponible", "disponibles",
                                                       "operativa", "operativo", "operativas", "operativos")}}
REFERENCE = re.compile(
    # "se trata de un régimen que ...": "it is a regime that ...", the policy just named
    r"\b(?:el|la|al|del|este|esta|ese|esa|aquel|aquella|dicho|dicha|se\s+trata\s+de\s+una?)\s+"
    r"(?:(?:nuevo|nueva|polémico|polémica|controvertido|controvertida)\s+)?"
    r"(?:programa|política|medida|aplicación|app|plataforma|herramienta|regla|norma|protocolo|iniciativa|régimen)"
    r"\b(?!\s+(?:de|del|para)\b)"
    # only with a demonstrative: "esta determinación" is the policy, "la determinación" may be anyone's
    r"|\b(?:esta|esa|dicha)\s+(?:práctica|determinación)\b(?!\s+(?:de|del|para)\b)", re.I)
# an instrument about a policy, unless the policy is called so (lexicon.INSTRUMENTS)
INSTRUMENTS = frozenset("orden".split())
# a reference with one of these heads ("esa orden", "la aplicación") stands only for a policy called so
KIND_HEADS = INSTRUMENTS | {"aplicación", "app", "regla", "reglas", "norma", "regulación"}
# a noun phrase any policy could be ("una regulación", "las nuevas reglas"): it stands for the policy named last
# only when that policy is called by the English word the head translates (lexicon.GENERIC_HEADS)
GENERIC_HEADS = {
    "regla": "rule", "reglas": "rule", "norma": "rule", "normas": "rule", "regulación": "regulation",
    "regulaciones": "regulation", "proclamación": "proclamation", "restricciones": "restrictions",
    "orden": "order", "programa": "program", "programas": "program", "política": "policy", "medida": "measure",
    "medidas": "measure", "protocolos": "protocols", "aplicación": "app",
}
GENERIC_REFERENCE = generic_reference(
    "una? el la los las este esta estos estas ese esa esos esas su sus al del",
    "una? el la los las que cuando y o pero a de del en con por para es fue son fueron ha han será no se",
    GENERIC_HEADS, "de del para")
# a language that drops the subject ("Fue aplicada por ..."): a passive that opens a sentence is about the policy
# the previous sentence named
NULL_SUBJECTS = True
PRONOUNS: frozenset[str] = frozenset()
UNKNOWN_POLICY = None
GENERIC_NAMES: frozenset[str] = frozenset()

# --- words single rules of `candidates` read (lexicon has the English, with examples) ---
# the head noun a policy's name often carries ("el programa", "la app CBP One")
HEADS = frozenset("programa política aplicación app regla norma".split())
# the nouns an apposition before a relative clause may end in ("el programa “Quédate en México”, política
# migratoria que se instauró")
APPOSITIVE_HEADS = frozenset("programa política regla norma medida iniciativa".split())
# adverbs before a participle, besides those in -mente
OPENING_ADVERBS = frozenset("primero originalmente inicialmente ya luego después también".split())
# verbs of beginning whose complement is the act ("comienza a revertir el programa")
ASPECTUAL = frozenset("comenzar empezar".split())
AGREEMENTS = frozenset("acuerdo".split())
# verbs that make public only an agreement: "alcanzó un acuerdo"
DEAL_VERBS = frozenset("alcanzó alcanzaron".split())
# next to a ruling's noun, a policy, not a ruling: "una orden ejecutiva", "la orden sanitaria"
EXECUTIVE = frozenset("ejecutiva ejecutivo presidencial sanitaria salud".split())
# a court pausing its own ruling after blocking a policy
PAUSES = frozenset("suspendió suspende".split())
# a word of sequence that, like a contrast, may put a court's own block on hold after it ("then suspends its
# own order")
THEN = frozenset("luego después".split())
THEN_NOT_AFTER = frozenset("hasta antes desde".split())  # lexicon.THEN_NOT_AFTER
THEN_NOT_BEFORE = frozenset("de del que".split())  # "luego de ser suspendido": after, not then
# who promises rather than announces: "el expresidente dijo que ..."
CANDIDATES = frozenset("candidato candidata candidatos expresidente ex-presidente campaña".split())
# a court refusing a request to end a policy: "rechazó la solicitud para acabar con"
REFUSALS = frozenset("rechazó rechazaron rechaza negó negaron denegó".split())
REQUESTS = frozenset("solicitud petición pedido intento esfuerzo recurso".split())
BLOCKED_ATTEMPTS = REQUESTS | frozenset("intención decisión plan".split())  # lexicon.BLOCKED_ATTEMPTS
# the auxiliary of a passive subjunctive, a base form ("ordenó que el programa fuera restablecido")
SUBJUNCTIVE_BE = frozenset("fuera fueran fuese fuesen".split())
# a rumour of the act before it ("un rumor similar de que había terminado"), not a report of it
RUMOURS = frozenset("rumor rumores bulo bulos".split())
# words that open a complement clause ("dijo que ...", "no sabe si ...")
COMPLEMENTIZERS = frozenset("que si".split())
# a gerund after these states an act in passing: none in Spanish
PASSING: frozenset[str] = frozenset()
# clause words that open a clause only before a word ("después de", "después que"), not before a comma ("un mes
# después, el programa" is an adverb)
AFTERWARDS = frozenset("después despues antes".split())
# "hasta el 22 de agosto" bounds a state, it dates no act
UNTIL = frozenset("hasta".split())
# "el 12 de mayo, el día después de que ...": the act of the clause after is a day off the date
DAY_OFF = re.compile(r",?\s+(?:el|un)\s+(?:día|dia)\s+(?:(?P<after>después)|antes)\b", re.I)
# clause words that open no clause right before a date: none in Spanish
DATE_PREPOSITIONS: frozenset[str] = frozenset()
DATE_START = None  # never read: DATE_PREPOSITIONS is empty
# courts that hear cases under a policy rather than rule on it, before "de" IMMIGRATION ("cortes de
# inmigración")
ADJUDICATORS = frozenset("corte cortes tribunal tribunales juez jueces jueza".split())
IMMIGRATION = frozenset("inmigración".split())
# common verbs in headlines before a participle adjective: English only (lexicon.VERBISH)
VERBISH: frozenset[str] = frozenset()
# "ended up": none in Spanish
PARTICLES: frozenset[str] = frozenset()
# the words around a naming participle besides KNOWN_AS ("conocido también como", "llamado oficialmente")
NAMING_LINKS = frozenset("como también tambien oficialmente".split())
# "y" opening a clause continues the subject of the clause before, or gaps its verb before a second date
AND = frozenset("y e".split())
# a conjunction opening a clause whose subject is the one before; "Y se hizo efectivo en enero de 2019": it may open
# a sentence whose subject is dropped ("mas": the literary "but")
AND_BUT = frozenset("y e pero mas".split())
# "suspendió y luego terminó el programa": a verb before one of these shares the object of the verb after it
AND_OR = frozenset("y e o".split())
# "anunció durante su discurso de investidura como el nuevo presidente ... que": the verb's clause still
AS = frozenset("como".split())
# "los primeros migrantes devueltos bajo el programa": the policy as the means of its first use
UNDER = frozenset("bajo".split())
# "un rumor de que había terminado": the content of a rumour follows
OF = frozenset("de".split())
# a court that blocks the government "from" an end keeps the policy in force (lexicon.FROM)
# what a court stops the government from ("bloqueó al gobierno de ...", "impidió que el gobierno pusiera fin", "impidió
# a la administración poner fin"): before the act's infinitive or subjunctive (frames._Frames._court_frames)
FROM = frozenset("de que a al".split())
# the word between a verb of beginning and the verb it governs ("comienza a revertir el programa", "empezaron a
# retornarlos")
ASPECTUAL_TO = frozenset("a".split())
# the word between a verb of beginning and a reflexive infinitive, whose subject is what begins ("han comenzado a
# reportarse las cancelaciones")
REFLEXIVE_TO = frozenset("a".split())
# "un acuerdo para reanudar el programa": an agreement is made public
AGREEMENT_TO = frozenset("para".split())
# the word that makes the verb after it an infinitive: none in Spanish (the infinitive is a form of the verb)
INFINITIVE_TO: frozenset[str] = frozenset()
# a passive infinitive before the verb: none in Spanish
PASSIVE_INFINITIVES: tuple[tuple[str, ...], ...] = ()
# the word between a future auxiliary (FUTURE) and its infinitive: "va a suspender"
GOING_TO = frozenset("a".split())
# a modal that an announcement turns into the future it reports: none in Spanish (the conditional is a verb form)
WOULD: frozenset[str] = frozenset()
# the present of "to be" before a participle, after CONDITIONS: English only (lexicon.PRESENT_BE)
# the passive's auxiliary after "cuando": a time or condition to come ("cuando sea levantado el Título 42")
PRESENT_BE = frozenset("es son sea sean".split())
# after RELATIVES, an earlier act described in passing: English only (lexicon.PAST_PERFECT)
PAST_PERFECT: frozenset[str] = frozenset()
# negations in a clause that stop "desde marzo de 2020, el Título 42 ha permitido ..." dating the start
NOT = frozenset("no nunca".split())
# a document whose signing or issuing is the policy itself ("firmó una proclamación", "emitió una orden")
POLICY_DOCUMENTS = frozenset("proclamación orden".split())
# a proposed rule published is the policy proposed (FINAL_RULE: in effect)
PROPOSED_RULE = re.compile(r"\bregla\s+propuesta\b", re.I)
# an authority named in more than one word, as the subject of a plain future (AUTHORITIES are single words)
AUTHORITY_PHRASES = ("casa blanca", "estados unidos")
# the word between a court and IMMIGRATION after it: "cortes de inmigración"
IMMIGRATION_OF = frozenset("de".split())
# a name whose second word would read as a saying verb (SPEECH): none in Spanish
PLACE_NAMES: tuple[tuple[str, str], ...] = ()
# an adverb of the past that is also a clause word (lexicon.FORMERLY): none in Spanish
FORMERLY: tuple[tuple[str, frozenset[str]], ...] = ()

# --- dates (read by text.find_dates) ---
MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
          "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12}
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "sabado": 5, "domingo": 6}
RELATIVE = {"hoy": "today", "este día": "today", "esta mañana": "this morning", "esta tarde": "this afternoon",
            "esta noche": "tonight", "ayer": "yesterday", "anoche": "last night", "la semana pasada": "last week",
            "esta semana": "this week", "el mes pasado": "last month", "este mes": "this month",
            "el año pasado": "last year", "este año": "this year"}
NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10}
DAY_UNIT = "d"
_PART = r"(?:(?:a\s+)?(?P<part>principios|inicios|comienzos|mediados|finales|fines)\s+de(?:l)?\s+)"
DATE_PATTERNS = (
    r"\b(?:{WEEKDAY},?\s+)?(?P<day>{DAY})(?:º|°)?\s+(?:de\s+)?(?P<month>{MONTH})(?:(?:\s+de(?:l)?|,)?\s+"
    r"(?P<year>{YEAR}))?\b",
    r"\b(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})\b",
    r"\b" + _PART + r"?(?P<month>{MONTH})\s+(?:de(?:l)?\s+)?(?P<year>{YEAR})\b",
    r"\b" + _PART + r"(?:el\s+(?:año\s+)?)?(?P<year>{YEAR})\b(?![,.]?\d)",
    r"\b(?:en|desde|durante|hasta|para)\s+" + _PART + r"?(?P<month>{MONTH})\b(?!\s+(?:de(?:l)?\s+)?\d)",
    r"\b" + _PART + r"(?P<month>{MONTH})\b(?!\s+(?:de(?:l)?\s+)?\d)",
    r"\bel\s+(?P<last>pasado)\s+(?P<month>{MONTH})\b(?!\s+(?:de(?:l)?\s+)?\d)",
    r"\b(?P<month>{MONTH})\s+(?P<last>pasado)\b",
    r"\b(?:en|de|del|desde|durante|hasta|a\s+partir\s+de(?:l)?|antes\s+de(?:l)?|después\s+de(?:l)?)\s+"
    r"(?:el\s+(?:año\s+)?)?(?P<year>{YEAR})\b(?![,.]?\d)",
    # "el pasado día 28", "el día 28": the latest such day of a month, on or before publication
    r"\b(?:el\s+)?(?:(?P<last3>pasado)\s+)?día\s+(?P<mday>\d{1,2})\b(?!\s*(?:º|°)?\s+de\s)",
    r"\b(?P<rel>hoy|ayer|anoche|esta\s+mañana|esta\s+tarde|esta\s+noche|la\s+semana\s+pasada|esta\s+semana"
    r"|el\s+mes\s+pasado|este\s+mes|el\s+año\s+pasado|este\s+año)\b",
    r"\bhace\s+(?:(?P<more>más\s+de)\s+)?(?P<count>\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
    r"\s+(?P<unit>días?|semanas?|mes|meses|años?)\b",
    r"\b(?:(?:el|este|esta|la)\s+(?:(?P<last>pasado|pasada|último|última)\s+)?)?(?P<weekday>{WEEKDAY})"
    r"(?:\s+(?P<last2>pasado))?\b",
)
# the word before the day an act takes effect ('effective April 24', 'a partir del 24 de abril'): said before
# that day, the act is a change to come (reader._Reader._effective_later)
EFFECTIVE_ON = frozenset("efectivo efectiva vigor partir".split())
# a past act in a clause this opens happened at the time of the clause it modifies (clauses._assign_dates)
WHEN = frozenset("cuando".split())
# before an act's noun, what makes it awaited ("ahead of Title 42's end", 'esperan el fin del Título 42'):
# acts._Acts._awaited
AWAITING = (("espera",), ("esperan",), ("esperaban",), ("aguarda",), ("aguardan",), ("se", "preparan", "para"))
NOUN_MARKERS = frozenset("de la una su".split())  # "meses de espera", "la espera": a noun (acts._Acts._awaited)
WAIT_ADJECTIVES = frozenset("larga larguísima corta breve tensa eterna interminable prolongada angustiosa "
                            "nueva".split())  # "una larga espera" (acts._Acts._awaited)
# words that make an order a court's ('a temporary restraining order'): never a reference to the policy
COURT_MODIFIERS = frozenset("judicial cautelar".split())
# before an act, what makes it earlier than the clause it is joined to by 'when' (clauses._assign_dates)
ALREADY = frozenset("ya había habían".split())
# words that put what follows in doubt ('unclear whether DHS will issue'): no announcement (frames._ahead_intent)
DOUBTS = frozenset("si incierto incierta".split())
# 'dejó de regir para los menores': a stop of applying, then to whom, is a narrowing (reader._Reader._proto)
STOP_APPLYING = frozenset(f"dejó de {state}" for state in ("aplicarse", "regir", "estar vigente", "estar en vigor",
                                                           "tener vigencia"))
APPLIES_TO = frozenset("para a al en".split())
# adjectives that may come before a part of the policy heading a verb's object ('new enrollments')
NEW = frozenset("nuevo nueva nuevos nuevas más".split())
# words before a part of the policy that still leave it heading the object ('a principal parte da regra')
PARTITIVES = frozenset("principal".split())
# before the word of taking effect, a day it already did ('became effective May 12'): reader._Reader._effective_later
BECAME = frozenset("entró entraron quedó".split())
# after these, a past subjunctive tells a fact ('luego de que el gobierno pusiera fin'): acts._Acts._subjunctive_of_fact
AFTER_THAT = (("después", "de", "que"), ("despues", "de", "que"), ("luego", "de", "que"))
SUBJUNCTIVE_ENDINGS = ("ra", "ran")
# before 'as', a comparison, not a time ('much as another judge vacated'): clauses._when_partner
COMPARATIVE_AS = frozenset("tal así".split())
# before 'a day after', a word that makes it no shift of the clause before ('plan for the day after')
DAY_OFF_NOT_AFTER = frozenset("para por de hasta que y".split())
DAY_OFF_ADVERBS = frozenset("solo sólo apenas justo casi tan".split())  # ", apenas un día después" (clauses)
# a verb in the conditional: a forecast (acts._Acts._subjunctive_of_fact)
CONDITIONAL = re.compile(r"\w{3,}(?:aría|ería|iría)n?")
# who a policy may stop applying to ('dejó de regir para los menores'): a narrowing (reader._Reader._proto)
PEOPLE = frozenset("menores niños niñas familias migrantes solicitantes adultos venezolanos cubanos "
                   "haitianos nicaragüenses mexicanos centroamericanos personas ciudadanos beneficiarios mujeres "
                   "ucranianos rusos afganos hondureños guatemaltecos salvadoreños colombianos ecuatorianos "
                   "peruanos brasileños chinos indios quienes aquellos aquellas".split())
# before 'to issue', what also makes a document one to come ('is going to issue', 'plan to sign'): frames
INTENT_AHEAD = frozenset("planean prevé prevén".split())

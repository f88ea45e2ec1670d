"""Extraction of real news, one test per failure class of issue 11: languages, descriptions, vocabulary,
dates in their clauses, announcements, background history, courts, headers; and batch use."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.api import Timeline
from timeline.cli import app
from timeline.extract.candidates import extract_text
from timeline.extract.language import detect
from timeline.extract.text import read_header, sentences

runner = CliRunner()

MPP = """\
id: remain-in-mexico
name: Remain in Mexico
aliases: [Migrant Protection Protocols, MPP, Quédate en México]
described_as:
  en: [wait in Mexico, asylum seekers ... return* to Mexico]
  es: [esperar en México]
events:
  - date: 2018-12-20
    status: announced
    action: announced
    summary: Announced.
    sources: [{url: "https://example.org/a", title: A, publisher: P, published: 2018-12-20}]
  - date: 2019-01-28
    status: active
    action: implemented
    summary: Begins.
    sources: [{url: "https://example.org/b", title: B, publisher: P, published: 2019-01-28}]
  - date: 2021-06-01
    status: terminated
    action: terminated
    summary: Terminated.
    sources: [{url: "https://example.org/c", title: C, publisher: P, published: 2021-06-01}]
  - date: 2021-12-06
    announced: 2021-12-02
    status: active
    action: reinstated
    summary: Restarted under court order.
    sources: [{url: "https://example.org/d", title: D, publisher: P, published: 2021-12-02}]
"""

CBP_ONE = """\
id: cbp-one
name: CBP One appointment scheduling
aliases: [CBP One, CBP One app, CBP Home]
described_as:
  en: [app ... schedule* appointments]
events:
  - date: 2023-01-12
    status: active
    action: implemented
    summary: Scheduling goes live.
    sources: [{url: "https://example.org/e", title: E, publisher: P, published: 2023-01-12}]
  - date: 2025-01-20
    status: terminated
    action: terminated
    summary: Scheduling ends.
    sources: [{url: "https://example.org/f", title: F, publisher: P, published: 2025-01-20}]
context:
  - date: 2020-10-28
    summary: CBP launched the CBP One app for cargo and other services, without asylum appointments.
    sources: [{url: "https://example.org/g", title: G, publisher: P, published: 2020-10-28}]
"""

TITLE_42 = """\
id: title-42
name: Title 42 expulsions
aliases: [Title 42, Título 42]
described_as:
  en: [pandemic restriction*, public health order]
events:
  - date: 2020-03-20
    status: active
    action: implemented
    summary: Order issued.
    sources: [{url: "https://example.org/h", title: H, publisher: P, published: 2020-03-20}]
  - date: 2023-05-11
    status: terminated
    action: terminated
    summary: Order ends.
    sources: [{url: "https://example.org/i", title: I, publisher: P, published: 2023-05-11}]
"""

OLD_RULE = """\
id: old-rule
name: Old asylum rule
described_as:
  en: [asylum restrictions]
events:
  - date: 2023-05-11
    status: active
    action: implemented
    summary: In effect.
    sources: [{url: "https://example.org/j", title: J, publisher: P, published: 2023-05-11}]
"""

NEW_RULE = OLD_RULE.replace("old-rule", "new-rule").replace("Old asylum rule", "New asylum rule") \
    .replace("2023-05-11", "2024-06-05")

CHNV = """\
id: chnv-parole
name: CHNV parole processes
aliases: [CHNV]
described_as:
  en: [travel authorizations, humanitarian parole]
  es: [parole humanitario]
  pt: [parole humanitário]
events:
  - date: 2022-10-18
    status: active
    action: implemented
    summary: Begins.
    sources: [{url: "https://example.org/k", title: K, publisher: P, published: 2022-10-18}]
  - date: 2025-03-25
    status: terminated
    action: terminated
    summary: Ends.
    sources: [{url: "https://example.org/l", title: L, publisher: P, published: 2025-03-25}]
"""


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("policies")
    for name, text in (("remain-in-mexico", MPP), ("cbp-one", CBP_ONE), ("title-42", TITLE_42),
                       ("old-rule", OLD_RULE), ("new-rule", NEW_RULE), ("chnv-parole", CHNV)):
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return Timeline(folder, cache=False).policies()


def claims(text: str, records, published: str, **options) -> set[tuple]:
    document = extract_text(text, records, published=dt.date.fromisoformat(published), **options)
    return {(c.policy, c.status, c.date or (c.not_before, c.not_after)) for c in document.candidates}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- languages ------------------------------------------------------------------------------------------


def test_the_language_is_found_per_document():
    """English, Spanish and Portuguese paragraphs are told apart by their function words."""
    assert detect("The administration said on Tuesday that it had ended the program for good.") == "en"
    assert detect("El gobierno de Estados Unidos anunció que el programa fue suspendido por la administración.") \
        == "es"
    assert detect("O governo dos Estados Unidos anunciou que o programa foi encerrado pela administração.") == "pt"


def test_spanish_acts_are_found_with_their_dates(records):
    """Spanish verbs, names and dates: a reflexive passive dated by '8 de diciembre', a state, an announcement."""
    assert claims("Desde que se reactivó el programa Quédate en México el 8 de diciembre, 179 migrantes "
                  "retornaron.", records, "2021-12-28") == {("remain-in-mexico", "active", day("2021-12-08"))}
    assert claims("Los servicios del CBP One se encuentran suspendidos hasta nuevo aviso.", records,
                  "2025-01-21") == {("cbp-one", "suspended", (None, day("2025-01-21")))}
    announced = extract_text("El gobierno anunció el martes que, a partir del 24 de abril, revocará el programa de "
                             "parole humanitario.", records, published=day("2025-03-21"))
    assert [(c.policy, c.status, c.date, c.announces) for c in announced.candidates] == [
        ("chnv-parole", "announced", day("2025-03-18"), "terminated")]
    assert announced.language == "es"


def test_portuguese_background_history_and_references(records):
    """'o programa criado ... em 2022' is a start dated by its year; 'a medida foi estendida' refers back."""
    text = ("O governo pediu para revogar o parole humanitário. A Corte aceitou o pedido para encerrar o programa "
            "criado por Joe Biden em 2022. Em janeiro de 2023, a medida foi estendida a Haiti, Cuba e Nicarágua.")
    assert claims(text, records, "2025-05-30") == {
        ("chnv-parole", "active", (day("2022-01-01"), day("2022-12-31"))),
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-01-31")))}


def test_english_documents_load_no_spanish_words_or_dateparser(tmp_path):
    """Spanish support costs an English document nothing: neither lexicon_es nor dateparser is imported."""
    article = tmp_path / "a.txt"
    article.write_text("Published: 2025-01-23\n\nTrump suspended the CBP One app on Monday.\n", encoding="utf-8")
    probe = ("import sys\nfrom timeline.cli import main\nsys.argv = ['timeline', 'extract', sys.argv[1]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('LOADED', sorted(m for m in ('timeline.extract.lexicon_es', 'timeline.extract.lexicon_pt', "
             "'dateparser') if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True, text=True,
                            check=False).stdout
    assert "cbp-one: suspended" in output
    assert "LOADED []" in output


# --- descriptions -------------------------------------------------------------------------------------


def test_a_described_policy_is_found(records):
    """'requiring asylum seekers ... to return to Mexico' names no policy, but the record's description finds it."""
    document = extract_text("DHS announced new measures Thursday requiring asylum seekers who cross the border "
                            "to return to Mexico while their cases proceed.", records, published=day("2018-12-21"))
    (candidate,) = document.candidates
    assert (candidate.policy, candidate.status, candidate.date) == ("remain-in-mexico", "announced",
                                                                   day("2018-12-20"))
    assert any("described, not named" in reason for reason in candidate.reasons)


def test_a_shared_description_goes_to_the_policy_of_its_day(records):
    """'asylum restrictions' imposed in July 2024 are the rule in effect then, not the older one."""
    assert claims("The administration imposed asylum restrictions in July.", records, "2024-08-05") == {
        ("new-rule", "active", (day("2024-07-01"), day("2024-07-31")))}
    assert claims("The administration imposed asylum restrictions in June 2023.", records, "2023-08-05") == {
        ("old-rule", "active", (day("2023-06-01"), day("2023-06-30")))}


# --- vocabulary -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, published, expected", [
    ("Trump killed the CBP One app on Monday.", "2025-01-22", ("cbp-one", "terminated", day("2025-01-20"))),
    ("The CBP One app is now live for asylum seekers.", "2023-01-12", ("cbp-one", "active", (None, day("2023-01-12")))),
    ("The administration resurrected the Remain in Mexico policy on Tuesday.", "2025-01-22",
     ("remain-in-mexico", "active", day("2025-01-21"))),
    ("An official app they had used to schedule appointments went dark on Monday.", "2025-01-21",
     ("cbp-one", "terminated", day("2025-01-20"))),
    ("Migrants now use the CBP OneTM app.\n\nThe CBPOne app went dark on Monday.", "2025-01-21",
     ("cbp-one", "terminated", day("2025-01-20"))),
    ("Title 42 was lifted at midnight on Thursday.", "2023-05-12", ("title-42", "terminated", day("2023-05-11"))),
])
def test_the_vocabulary_of_real_news(records, sentence, published, expected):
    """'killed', 'is now live', 'resurrected', 'went dark', 'lifted', and 'CBP OneTM'/'CBPOne' as names."""
    assert claims(sentence, records, published) == {expected}


def test_a_new_name_keeps_the_status_the_records_show(records):
    """'rebranded the CBP One app as CBP Home' is action rebranded with the status the records have then."""
    document = extract_text("CBP rebranded the CBP One app as CBP Home on Monday.", records,
                            published=day("2025-03-11"))
    (candidate,) = document.candidates
    assert (candidate.status, candidate.action, candidate.date) == ("terminated", "rebranded", day("2025-03-10"))


# --- dates in their clauses ----------------------------------------------------------------------------


def test_each_clause_keeps_its_own_date(records):
    """'was announced in December and went into effect in late January': December, then January 21-31."""
    assert claims("Remain in Mexico was announced in December and went into effect in late January.", records,
                  "2019-03-01") == {("remain-in-mexico", "announced", (day("2018-12-01"), day("2018-12-31"))),
                                    ("remain-in-mexico", "active", (day("2019-01-21"), day("2019-01-31")))}


@pytest.mark.parametrize("sentence, window", [
    ("In 2021, the Biden administration ended the Remain in Mexico policy.", ("2021-01-01", "2021-12-31")),
    ("Trump launched the Remain in Mexico program in 2019 during his first term.", ("2019-01-01", "2019-12-31")),
    ("Texas sued over the decision to end MPP, after Biden terminated it in spring 2021.", ("2021-03-20",
                                                                                           "2021-06-20")),
])
def test_background_history_keeps_the_precision_the_text_gives(records, sentence, window):
    """A year or a season is a window, not a day, capitalised or not, with words after it."""
    document = extract_text(sentence, records, published=day("2025-01-22"))
    windows = {(c.not_before, c.not_after) for c in document.candidates}
    assert (day(window[0]), day(window[1])) in windows


def test_a_date_of_another_event_stays_with_it(records):
    """'is suspending MPP following a ruling by a judge on Monday': suspended, not enjoined, not dated Monday."""
    assert claims("The administration is suspending the Remain in Mexico program following a ruling by a judge on "
                  "Monday.", records, "2021-01-22") == {("remain-in-mexico", "suspended", (None, day("2021-01-22")))}
    assert claims("The Supreme Court issued a June 30 ruling on MPP, which took effect on Aug. 1.", records,
                  "2022-08-09") == set()


def test_a_headline_gives_way_to_the_body_that_dates_it(records):
    """The undated headline and the dated body sentence are one act: the body's day is kept."""
    text = ("Biden administration ends Remain in Mexico\n\n"
            "Homeland Security Secretary Alejandro Mayorkas on Tuesday signed a memorandum terminating the "
            "Migrant Protection Protocols.\n")
    assert claims(text, records, "2021-06-02") == {("remain-in-mexico", "terminated", day("2021-06-01"))}


def test_the_next_sentence_can_date_the_act(records):
    """'Esta decisión, confirmada ... el 25 de marzo de 2025': the previous sentence's act gets that day."""
    text = ("Estados Unidos ha puesto fin oficialmente al Parole Humanitario. Esta decisión, confirmada por el "
            "Departamento de Seguridad Nacional el 25 de marzo de 2025, deja a miles en la incertidumbre.")
    assert claims(text, records, "2025-03-28") == {("chnv-parole", "terminated", day("2025-03-25"))}


def test_one_verb_with_two_dates_is_two_acts(records):
    """'stopped issuing travel authorizations to Venezuelans on July 6 and to the others on July 18'."""
    text = ("CBP agents stopped issuing travel authorizations to Venezuelans on July 6 and to the other three "
            "nationalities on July 18.")
    assert claims(text, records, "2024-08-03") == {("chnv-parole", "suspended", day("2024-07-06")),
                                                   ("chnv-parole", "suspended", day("2024-07-18"))}


def test_in_effect_since_a_date_is_its_start(records):
    """'Since March 2020, Title 42 has allowed ...' says when it began."""
    assert claims("Since March 2020, Title 42 has allowed agents to expel migrants.", records, "2022-12-21") == {
        ("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}


# --- announcements and status --------------------------------------------------------------------------


def test_an_announced_future_change_is_an_announcement_on_its_day(records):
    """'announced Thursday that MPP will be re-implemented ... Monday' is announced on Thursday, not active."""
    document = extract_text("The Department of Homeland Security announced Thursday that the Migrant Protection "
                            "Protocols will be re-implemented in El Paso Monday.", records,
                            published=day("2021-12-02"))
    assert [(c.status, c.date, c.announces, c.verdict) for c in document.candidates] == [
        ("announced", day("2021-12-02"), "active", "consistent")]


def test_changes_announced_are_made_unless_they_lie_ahead(records):
    """'announced changes to the CBP One app' amends it that day; 'changes that will take effect' announces them."""
    made = extract_text("CBP announced changes to the CBP One app on Wednesday.", records,
                        published=day("2023-05-11"))
    assert [(c.status, c.action, c.date) for c in made.candidates] == [("active", "amended", day("2023-05-10"))]
    ahead = extract_text("CBP announced changes to the CBP One app on Wednesday that will take effect next week.",
                         records, published=day("2023-05-11"))
    assert [(c.status, c.date) for c in ahead.candidates] == [("announced", day("2023-05-10"))]


def test_a_nearby_word_does_not_set_the_status(records):
    """'committed to ending the court-ordered implementation of MPP' is neither an end nor a start."""
    assert claims("DHS committed to ending the court-ordered implementation of MPP.", records, "2022-08-09") == set()


def test_a_misread_headline_cannot_revive_a_policy(records):
    """'Judge blocks revived Remain in Mexico program': enjoined; 'revived' is an adjective, not a reinstatement."""
    assert claims("Judge blocks revived Remain in Mexico program", records, "2021-12-20") == {
        ("remain-in-mexico", "enjoined", (None, day("2021-12-20")))}


def test_a_participle_after_a_possessive_is_an_adjective(records):
    """'the administration's revived Remain in Mexico program': a description of the policy, not its revival; the
    sentence's own act ('faces a lawsuit') is none."""
    assert claims("The administration's revived Remain in Mexico program faces a new lawsuit.", records,
                  "2022-01-10") == set()
    assert claims("Biden’s expanded CBP One app draws complaints.", records, "2023-03-10") == set()


def test_courts_that_keep_or_revive_a_policy(records):
    """Blocking 'from ending' keeps Title 42 in force; a court order forcing a restart revives MPP unoperated."""
    kept = extract_text("A federal judge on Wednesday temporarily blocked the Biden administration from ending "
                        "Title 42.", records, published=day("2022-04-27"))
    assert [(c.status, c.action, c.date) for c in kept.candidates] == [("active", "enjoined", day("2022-04-27"))]
    revived = extract_text("It comes after a court order forcing the administration to restart the Remain in "
                           "Mexico program.", records, published=day("2021-12-02"))
    assert [(c.status, c.action) for c in revived.candidates] == [("suspended", "vacated")]


def test_a_records_background_fact_is_not_a_change(records):
    """'CBP One was launched on October 28, 2020' is the record's context (the app), set aside with the reason."""
    document = extract_text("CBP One was launched on October 28, 2020 for cargo appointments.", records,
                            published=day("2025-03-25"))
    assert document.candidates == []
    assert any("background" in " ".join(c.reasons) for c in document.set_aside)


def test_a_year_that_holds_a_background_fact_before_the_records_history_is_background(records):
    """'lanzó la aplicación CBP One en 2020': a year that holds the app's launch (context) and ends before the
    record's first event restates the context; a month the record's history has reached does not."""
    document = extract_text("La CBP lanzó la aplicación móvil CBP One en 2020, con la que los extranjeros podían "
                            "pedir citas.", records,
                            published=day("2025-03-25"))
    assert document.candidates == []
    assert any("background" in " ".join(c.reasons) for c in document.set_aside)
    assert claims("La CBP lanzó la aplicación móvil CBP One en enero de 2023 para las citas.", records,
                  "2025-03-25") == {("cbp-one", "active", (day("2023-01-01"), day("2023-01-31")))}


# --- headers and sentences --------------------------------------------------------------------------------


def test_bylines_and_crawl_lines_are_not_the_publisher_or_the_headline():
    """'By KOLD News 13 Staff' is an author credit; a 'date 2021-06-01' line is a date, not part of the title."""
    header = read_header("CBP One app goes live\ndate 2023-01-12\nBy KOLD News 13 Staff\n\nBody.\n")
    assert (header.title, header.publisher, header.author, header.published) == (
        "CBP One app goes live", None, "KOLD News 13 Staff", day("2023-01-12"))
    assert read_header("Title: [headline not shown in the retrieved text]\nPublished: 2021-12-02\n").title is None


def test_a_sentence_ends_after_us_when_a_new_one_starts():
    """'in the U.S. The app launched' is two sentences; 'the U.S. Supreme Court' is one."""
    text = "Few could use it in the U.S. The app launched in January. The U.S. Supreme Court ruled."
    assert [text[a:b] for a, b in sentences(text)] == ["Few could use it in the U.S.", "The app launched in January.",
                                                       "The U.S. Supreme Court ruled."]


# --- batch use ---------------------------------------------------------------------------------------------


@pytest.fixture
def folder_of_articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(40):
        (folder / f"{number:03d}.txt").write_text(
            f"Published: 2025-01-{1 + number % 20:02d}\n\nCBP ended the CBP One app on Monday.\n", encoding="utf-8")
    return folder


def test_several_processes_give_the_same_answer(folder_of_articles, tmp_path):
    """`--jobs 2` over 40 articles prints exactly what one process prints, in the same order."""
    records = tmp_path / "policies"
    records.mkdir()
    (records / "cbp-one.yaml").write_text(CBP_ONE, encoding="utf-8")
    one = runner.invoke(app, ["extract", str(folder_of_articles), "--data", str(records), "--format", "json"])
    two = runner.invoke(app, ["extract", str(folder_of_articles), "--data", str(records), "--format", "json",
                              "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0, one.output + two.output
    assert one.stdout == two.stdout
    assert len(json.loads(one.stdout)["documents"]) == 40


def test_a_file_in_a_folder_that_is_not_text_is_skipped(folder_of_articles, tmp_path):
    """One binary .txt among many is skipped with a note; the others are read."""
    (folder_of_articles / "999.txt").write_bytes(b"\x00\x01binary")
    records = tmp_path / "policies"
    records.mkdir()
    (records / "cbp-one.yaml").write_text(CBP_ONE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder_of_articles), "--data", str(records), "--format", "json"])
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)["documents"]
    assert len(documents) == 41
    assert documents[-1]["candidates"] == [] and "not text" in documents[-1]["notes"][0]
    assert all(d["candidates"] for d in documents[:-1])


def test_the_progress_line_escapes_file_names(monkeypatch, capsys):
    """On a terminal the progress line counts articles and shows names with control characters escaped."""
    from timeline import cli

    class Terminal:
        def __init__(self):
            self.written = []

        def isatty(self):
            return True

        def write(self, text):
            self.written.append(text)

        def flush(self):
            pass

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    names = ["a.txt", "evil\x1b]0;owned\x07.txt"]
    assert list(cli._progress(names)) == names
    shown = "".join(terminal.written)
    assert "2/2 articles" in shown
    assert "\x1b" not in shown and "\\x1b]0;owned\\x07" in shown


def test_descriptions_are_validated_like_the_rest_of_a_record(tmp_path):
    """A phrase starting with '...' is error bad-description; a language key that is not a code is a schema error."""
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "remain-in-mexico.yaml").write_text(MPP.replace("[wait in Mexico,", "[... wait in Mexico,"),
                                                  encoding="utf-8")
    (folder / "cbp-one.yaml").write_text(CBP_ONE.replace("  en: [app", "  english: [app"), encoding="utf-8")
    report = Timeline(folder, cache=False).validate(today=day("2025-06-01"))
    codes = {(Path(p.file).stem, p.code) for p in report.problems if p.severity == "error"}
    assert codes == {("remain-in-mexico", "bad-description"), ("cbp-one", "schema")}


def lexicon_tables() -> str:
    """The lexicon of each language as docs/extraction.md shows it."""
    from timeline.extract.language import NAMES, words

    out = []
    for code in ("en", "es", "pt"):
        module = words(code)
        out += [f"**{NAMES[code]}**", "", "| status | action | words that report the act | only when |",
                "|---|---|---|---|"]
        groups: dict[tuple, list[str]] = {}
        for lex in module.LEXICON:
            notes = [note for flag, note in ((lex.court, "a court acts"), (lex.object_only, "the policy is the object"),
                                             (lex.part_only, "a part of the policy is the object")) if flag]
            forms = list(lex.past) if code == "en" else [lex.past[0]]
            groups.setdefault((lex.status or "kept", lex.action, "; ".join(notes)), []).extend(forms)
        out += [f"| {status} | {action} | {', '.join(forms)} | {note} |"
                for (status, action, note), forms in groups.items()]
        nouns: dict[tuple, list[str]] = {}
        for phrase, act in module.NOUNS.items():
            head = phrase.rsplit(" ", 1)[0] if code != "en" else phrase
            if head not in nouns.setdefault(act, []):
                nouns[act].append(head)
        out += ["", "Nouns (the policy follows): "
                + "; ".join(f"{', '.join(heads)} ({status})" for (status, _action), heads in nouns.items()) + ".", ""]
    return "\n".join(out).strip()


def test_the_documented_lexicon_is_the_lexicon():
    """docs/extraction.md lists every word of every language's lexicon, as the code has them."""
    text = (Path(__file__).parent.parent / "docs" / "extraction.md").read_text(encoding="utf-8")
    assert lexicon_tables() in text


def test_a_negated_future_is_not_an_announcement(records):
    """'anunció que no revocará el programa' announces nothing; without 'no' it announces the end."""
    assert claims("El gobierno anunció que no revocará el programa de parole humanitario.", records,
                  "2025-03-21") == set()
    assert claims("El gobierno anunció que revocará el programa de parole humanitario.", records,
                  "2025-03-21") == {("chnv-parole", "announced", (None, day("2025-03-21")))}


def test_two_verbs_can_share_one_policy(records):
    """'suspended and later terminated the Migrant Protection Protocols' is both acts."""
    assert claims("DHS suspended and later terminated the Migrant Protection Protocols.", records, "2021-07-01") == {
        ("remain-in-mexico", "suspended", (None, day("2021-07-01"))),
        ("remain-in-mexico", "terminated", (None, day("2021-07-01")))}


def test_the_present_tense_reports_an_act_in_a_headline_or_with_its_day(records):
    """'CBP ends the CBP One app on Monday' is a report; 'as it restarts the program' in running text is not."""
    assert claims("CBP ends the CBP One app on Monday, officials said.", records, "2025-01-21") == {
        ("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("DHS said it will try to help migrants as it restarts the Remain in Mexico program.", records,
                  "2021-12-02") == set()


def test_dates_go_to_the_verb_they_follow_and_relatives_to_their_noun(records):
    """'terminated in 2021, revived by a court, and ended again in August 2022': each verb its own date;
    'under the rule, which took effect May 11' is the rule's start, 'a ruling on MPP, which took effect' not."""
    assert claims("MPP was terminated in 2021, revived by a court, and ended again in August 2022.", records,
                  "2023-01-01") == {("remain-in-mexico", "terminated", (day("2021-01-01"), day("2021-12-31"))),
                                    ("remain-in-mexico", "active", (None, day("2023-01-01"))),
                                    ("remain-in-mexico", "terminated", (day("2022-08-01"), day("2022-08-31")))}
    assert claims("Under Title 42, which took effect March 20, 2020, agents expel migrants.", records,
                  "2021-01-01") == {("title-42", "active", day("2020-03-20"))}


def test_an_announcement_without_that(records):
    """'announced on Thursday it would end Title 42 on May 11' is an announcement on Thursday."""
    assert claims("The administration announced on Thursday it would end Title 42 on May 11.", records,
                  "2023-02-03") == {("title-42", "announced", day("2023-02-02"))}


# --- generalisation classes (the second evaluation set, split dev) ------------------------------------------


def test_background_starts_are_read_in_their_usual_words(records):
    """'instituted', 'established', 'put in place', 'the X's inception', 'instauró', 'fue creado' start a policy."""
    assert claims("The Migrant Protection Protocols were instituted in 2019 and sent thousands back.", records,
                  "2020-02-28") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31")))}
    assert claims("The CHNV program, established in 2022, let sponsors apply.", records, "2025-04-15") == {
        ("chnv-parole", "active", (day("2022-01-01"), day("2022-12-31")))}
    assert claims("After Title 42 was put in place in March 2020, expulsions rose.", records, "2021-05-01") == {
        ("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}
    assert claims("Since the humanitarian parole program's inception in 2022, many have arrived.", records,
                  "2024-08-29") == {("chnv-parole", "active", (day("2022-01-01"), day("2022-12-31")))}
    assert claims("Trump instauró en 2019 el programa Quédate en México.", records, "2022-06-30") == {
        ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31")))}
    assert claims("El parole humanitario fue creado por el gobierno en octubre de 2022.", records, "2025-01-21") \
        == {("chnv-parole", "active", (day("2022-10-01"), day("2022-10-31")))}


def test_a_part_of_a_year_is_a_third_of_it(records):
    """'early 2023' is January-April, 'late 2021' September-December, 'a principios de 2023' January-April."""
    assert claims("The CHNV program was expanded in early 2023 to Cubans.", records, "2024-08-29") == {
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-04-30")))}
    assert claims("Title 42 was expanded late in 2021 at more ports.", records, "2022-05-01") == {
        ("title-42", "active", (day("2021-09-01"), day("2021-12-31")))}
    assert claims("El parole humanitario se amplió a principios de 2023 a Cuba.", records, "2024-08-29") == {
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-04-30")))}


def test_the_end_of_a_year_or_month_is_its_last_part(records):
    """'established at the end of 2022' is September-December 2022 (it read as the whole year), 'at the end of May'
    May 21-31, 'the beginning of 2024' January-April, 'in the middle of March 2023' March 11-20: the phrase for
    'late', 'early' and 'mid'. 'the end of Title 42' is no date."""
    assert claims("The CHNV program, established by the Biden administration at the end of 2022, has allowed the "
                  "entry of 530,000 people.", records, "2024-09-25") == {
        ("chnv-parole", "active", (day("2022-09-01"), day("2022-12-31")))}
    assert claims("Title 42 was expanded at the end of May to more ports.", records, "2022-09-01") == {
        ("title-42", "active", (day("2022-05-21"), day("2022-05-31")))}
    assert claims("The CHNV program was expanded at the beginning of 2024.", records, "2024-09-25") == {
        ("chnv-parole", "active", (day("2024-01-01"), day("2024-04-30")))}
    assert claims("Title 42 was expanded in the middle of March 2021.", records, "2022-09-01") == {
        ("title-42", "active", (day("2021-03-11"), day("2021-03-20")))}


def test_a_court_order_to_restart_revives_the_policy_at_any_distance_and_in_spanish(records):
    """A court 'ordering ... to carry out an effort to restart' MPP, 'ordenó reinstaurarlo', 'ordenó que se
    restaurara': revived, nobody operates it yet (suspended); a president's order to restart is not a court's."""
    assert claims("A federal judge, in August 2021, ordered the administration to make a good faith effort to "
                  "restart the Migrant Protection Protocols.", records, "2021-12-10") == {
        ("remain-in-mexico", "suspended", (day("2021-08-01"), day("2021-08-31")))}
    assert claims("Biden quiso acabar con el programa Quédate en México, pero un tribunal ordenó reinstaurarlo.",
                  records, "2022-06-30") == {("remain-in-mexico", "suspended", (None, day("2022-06-30")))}
    assert claims("Biden quiso acabar con el programa Quédate en México, pero un juez ordenó que se restaurara.",
                  records, "2022-06-30") == {("remain-in-mexico", "suspended", (None, day("2022-06-30")))}
    assert ("remain-in-mexico", "suspended", (None, day("2022-06-30"))) not in claims(
        "The president ordered officials to restart the Migrant Protection Protocols.", records, "2022-06-30")


def test_a_court_that_stays_a_ruling_against_the_policy_keeps_it_in_force(records):
    """'stayed a district court ruling against Title 42', 'agreed to place on hold the ruling that declared Title 42
    illegal': active (stayed), not suspended or enjoined; 'asked the court to stay' a ruling is no act."""
    assert claims("On Monday the appeals court stayed a district court ruling against Title 42.", records,
                  "2022-12-21") == {("title-42", "active", day("2022-12-19"))}
    assert claims("Chief Justice Roberts agreed to place on hold the ruling that declared Title 42 illegal.",
                  records, "2022-12-21") == {("title-42", "active", (None, day("2022-12-21")))}
    assert claims("The states asked the justices to stay a ruling against Title 42.", records, "2022-12-21") == set()


def test_an_undated_act_is_not_the_duplicate_of_a_dated_act_of_another_kind(records):
    """'was first implemented in 2019' and an undated 'restored the program' are two acts; an undated headline
    restating the dated start is still one."""
    text = ("The Remain in Mexico policy was first implemented in 2019. "
            "By executive order, the president restored the program, officially the Migrant Protection Protocols.")
    assert claims(text, records, "2025-01-31") == {
        ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31"))),
        ("remain-in-mexico", "active", (None, day("2025-01-31")))}
    assert claims("Remain in Mexico launched\n\nThe Remain in Mexico policy was launched in 2019.", records,
                  "2025-01-31") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31")))}


def test_an_opening_participle_clause_is_about_the_main_clause_subject(records):
    """'Initially launched in 2022 and expanded early in 2023, the CHNV program ...': two acts of the CHNV program."""
    assert claims("Initially launched in 2022 for Venezuelans and expanded early in 2023 to Cubans, the CHNV "
                  "program let sponsors apply.", records, "2024-08-04") == {
        ("chnv-parole", "active", (day("2022-01-01"), day("2022-12-31"))),
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-04-30")))}


def test_a_part_of_the_policy_stands_for_the_policy_just_named(records):
    """'The government shut off the CBP One app. On January 20, all appointments were cancelled': a dated end of
    CBP One (bridging); with no policy named before, appointments are nobody's."""
    assert claims("The government shut down the CBP One app. On January 20, all existing appointments were "
                  "cancelled.", records, "2025-01-21") == {("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("On January 20, all existing appointments were cancelled.", records, "2025-01-21") == set()


def test_beginning_another_act_and_a_hypothetical_act_are_not_acts(records):
    """'has started to end the policy' is no start of it; 'the suspension of MPP would overwhelm' is no
    suspension."""
    assert ("remain-in-mexico", "active", (None, day("2022-08-09"))) not in claims(
        "The administration has started to end the Migrant Protection Protocols.", records, "2022-08-09")
    assert claims("Officials argued that the suspension of the Migrant Protection Protocols would overwhelm the "
                  "system.", records, "2020-02-28") == set()


def test_agreements_orders_and_announced_intentions_announce_the_act(records):
    """'a December 2 agreement to restart MPP', 'DHS ordered officials to implement MPP', 'announced in April that it
    intended to wind down Title 42' announce the act on their own day; a court's order to restart does not."""
    assert claims("Talks culminated in a December 2 agreement to restart the Migrant Protection Protocols.", records,
                  "2021-12-10") == {("remain-in-mexico", "announced", day("2021-12-02"))}
    assert claims("On Thursday DHS ordered officials to implement the Migrant Protection Protocols.", records,
                  "2019-01-25") == {("remain-in-mexico", "announced", day("2019-01-24"))}
    assert claims("The administration announced in April that it intended to wind down Title 42.", records,
                  "2022-12-19") == {("title-42", "announced", (day("2022-04-01"), day("2022-04-30")))}
    # a dated report of an intention is an announcement too; an undated one ('said that it intended') is not
    assert claims("The administration said in April that it intended to wind down Title 42.", records,
                  "2022-12-19") == {("title-42", "announced", (day("2022-04-01"), day("2022-04-30")))}
    assert claims("The administration said that it intended to wind down Title 42.", records, "2022-12-19") == set()


def test_a_date_bounding_a_state_or_a_day_off_another_dates_the_act_rightly(records):
    """'until Thursday, August 22' dates no start; 'on May 12, the day after Title 42 ended' dates the end May 11."""
    assert claims("Since the CBP One app began to operate – in January 2023 – until Thursday, August 22, 2024, "
                  "people applied from the north.", records, "2024-08-25") == {
        ("cbp-one", "active", (day("2023-01-01"), day("2023-01-31")))}
    assert claims("Officers processed 1,000 appointments on May 12, the day after Title 42 ended.", records,
                  "2023-07-06") == {("title-42", "terminated", day("2023-05-11"))}


def test_a_court_that_stops_an_end_keeps_the_policy_in_force(records):
    """'Roberts pauses lifting of Title 42', 'a judge blocked the end of Title 42', 'frenó el fin del Título 42':
    active (stayed), neither a suspension nor an end; an agency that pauses an end only postpones it (set aside)."""
    assert claims("Chief Justice Roberts pauses lifting of Title 42, keeping migrant policy in place for now", records,
                  "2022-12-19") == {("title-42", "active", (None, day("2022-12-19")))}
    assert claims("A federal judge on Monday blocked the end of Title 42.", records, "2022-12-21") == {
        ("title-42", "active", day("2022-12-19"))}
    assert claims("Un juez federal frenó el fin del Título 42 el lunes.", records, "2022-12-21") == {
        ("title-42", "active", day("2022-12-19"))}
    document = extract_text("The agency paused the end of Title 42 on Monday.", records, published=day("2022-12-21"))
    assert document.candidates == []
    assert any("postponed" in " ".join(c.reasons) for c in document.set_aside)


def test_a_court_that_lets_the_policy_go_back_into_effect_keeps_it_in_force(records):
    """'allowed the Remain in Mexico program to go back into effect', 'allowed Title 42 to resume': active."""
    assert claims("By the end of the day, the court allowed the Remain in Mexico program to go back into effect.",
                  records, "2020-02-28") == {("remain-in-mexico", "active", (None, day("2020-02-28")))}
    assert claims("The appeals court allowed Title 42 to resume on Friday.", records, "2022-12-21") == {
        ("title-42", "active", day("2022-12-16"))}
    assert claims("The Supreme Court allowed the administration to end the Remain in Mexico program.", records,
                  "2022-07-01") == set()


def test_a_court_acting_on_its_own_order_does_not_act_on_the_policy(records):
    """'He vacated that order Monday' after MPP is named is the court's order, not MPP (Title 42, a public health
    order, is still 'the order'); 'lifted the injunction against MPP', 'vacated its ruling that required a restart
    of MPP' and 'court lifts Remain in Mexico order' report no act on the policy."""
    assert claims("The Remain in Mexico program has ended. He vacated that order Monday.", records,
                  "2022-08-09") == {("remain-in-mexico", "terminated", (None, day("2022-08-09")))}
    assert claims("Title 42 was challenged in court. A judge vacated the order on Monday.", records,
                  "2022-11-16") == {("title-42", "enjoined", day("2022-11-14"))}
    assert claims("A federal judge lifted the injunction against the Remain in Mexico program on Monday.", records,
                  "2022-08-09") == set()
    assert claims("A federal court vacated its earlier ruling that required the Biden administration to restart the "
                  "Migrant Protection Protocols.", records, "2022-08-09") == set()
    assert claims("Texas court lifts 'Remain in Mexico' order, the last hurdle keeping the policy in place", records,
                  "2022-08-09") == set()
    assert claims("A federal judge ordered the Biden administration to restart the Remain in Mexico program on "
                  "Friday.", records, "2021-08-16") == {("remain-in-mexico", "suspended", day("2021-08-13"))}


def test_an_apposition_before_a_relative_clause_keeps_the_policy(records):
    """'the Remain in Mexico program, a policy that was launched in 2019', 'el programa “Quédate en México”,
    política migratoria que se instauró en el 2019': the relative clause is about the policy; a relative after
    another noun is not."""
    assert claims("The court approved ending the Remain in Mexico program, a policy that was launched in 2019 by "
                  "Trump.", records, "2022-06-30") == {("remain-in-mexico", "active", (day("2019-01-01"),
                                                                                     day("2019-12-31")))}
    assert claims("La Corte Suprema avaló suprimir el programa “Quédate en México”, política migratoria que se "
                  "instauró en el 2019 por el entonces presidente.", records, "2022-06-30") == {
        ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31")))}
    assert claims("The court heard the Remain in Mexico case, a lawsuit by Texas, and the states that launched it in "
                  "2019.", records, "2022-06-30") == set()


def test_a_spanish_passive_without_subject_is_about_the_policy_just_named(records):
    """'... cambios al Título 42. Fue suspendido el lunes.': Spanish drops the subject; the policy of the previous
    sentence. English has no null subject, and a sentence whose clause names a policy keeps it."""
    assert ("title-42", "suspended", day("2022-12-05")) in claims(
        "El gobierno anunció cambios al Título 42. Fue suspendido el lunes.", records, "2022-12-06")
    assert ("title-42", "suspended", day("2022-12-05")) not in claims(
        "The government announced changes to Title 42. Was suspended on Monday.", records, "2022-12-06")
    assert all(status != "suspended" for _policy, status, _when in claims(
        "El gobierno anunció cambios al Título 42 y al programa CHNV. Fue suspendido el lunes.", records, "2022-12-06"))


# --- round four (classes from tune and dev) ------------------------------------------------------------------


def test_a_relative_clause_after_a_participle_and_its_agent_is_about_the_policy(records):
    """'an order issued by the CDC that went into effect March 21': the relative is the order's; 'that revived
    policy' after a verb stays an adjective."""
    assert claims("The powers were granted by a public health order issued by the Centers for Disease Control and "
                  "Prevention that went into effect March 21, which gave the government the power to act.",
                  records, "2020-04-23") == {("title-42", "active", day("2020-03-21"))}
    assert claims("Officials defended that revived public health order in court on Monday.", records,
                  "2021-08-20") == set()


def test_a_date_between_a_verb_and_its_object_does_not_part_them(records):
    """Spanish puts the day right after the verb: 'tumbó este martes el programa' is 'tumbó el programa', dated
    by 'este martes'; so is 'ended on Monday the program'."""
    assert claims("Un juez federal tumbó este martes el programa Quédate en México por considerarlo ilegal.",
                  records, "2021-08-19") == {("remain-in-mexico", "enjoined", day("2021-08-17"))}
    assert claims("Un juez federal tumbó en una audiencia muy larga el programa Quédate en México.",
                  records, "2021-08-19") == set()


def test_contracted_articles_and_it_is_a_refer_to_the_policy_named_before(records):
    """'al programa', 'del programa', 'ao programa' are 'el/o programa'; 'se trata de un régimen que ...' is the
    policy just named."""
    text = ("El parole humanitario llegó a 30 mil personas al mes. En enero de 2023 el gobierno amplió "
            "el acceso al programa.")
    assert ("chnv-parole", "active", (day("2023-01-01"), day("2023-01-31"))) in claims(text, records, "2023-03-01")
    text = ("El juez se refirió al parole humanitario. Se trata de un régimen que entró en vigor en enero "
            "pasado para los venezolanos.")
    assert claims(text, records, "2023-03-01") == {("chnv-parole", "active", (day("2023-01-01"), day("2023-01-31")))}


def test_entries_are_a_part_of_the_policy_named_before(records):
    """'suspended these entries' suspends the parole program the text just named; 'these entries' alone, with
    no policy named before, is nothing."""
    text = ("The CHNV program let 30,000 people a month fly in. However, in June 2024, the government "
            "suspended these entries after reviews found fraud.")
    assert ("chnv-parole", "suspended", (day("2024-06-01"), day("2024-06-30"))) in claims(text, records,
                                                                                       "2024-08-29")
    assert claims("However, in June 2024, the government suspended these entries.", records, "2024-08-29") == set()


def test_an_act_named_by_a_noun_that_takes_effect_is_that_act(records):
    """'The end of Title 42 took effect on May 11' ends it on May 11 (it does not start it); 'la suspensión del
    parole humanitario entró en vigor el 18 de julio' suspends it that day; 'The pause took effect ...' is the
    pause of the policy named before; the policy that itself takes effect starts."""
    assert claims("The end of Title 42 took effect on May 11, 2023, officials said.", records, "2023-05-20") \
        == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("La suspensión del parole humanitario entró en vigor el 18 de julio de 2024, informó el gobierno.",
                  records, "2024-08-20") == {("chnv-parole", "suspended", day("2024-07-18"))}
    assert ("chnv-parole", "suspended", day("2024-07-18")) in claims(
        "The CHNV program was paused in June. The pause took effect on July 18, 2024.", records, "2024-08-20")
    assert claims("Title 42 took effect on March 20, 2020.", records, "2020-04-01") \
        == {("title-42", "active", day("2020-03-20"))}
    assert claims("The end of Title 42 could take effect on May 11, 2023.", records, "2023-05-01") == set()


def test_expiry_and_stopping_to_work_in_spanish_and_portuguese(records):
    """'expiró', 'expirou', 'dejó de funcionar', 'deixou de funcionar' end a policy, as 'expired' does."""
    assert claims("El Título 42 expiró el 11 de mayo de 2023.", records, "2023-05-12") \
        == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("O Título 42 expirou em 11 de maio de 2023.", records, "2023-05-12") \
        == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("La aplicación CBP One dejó de funcionar el 20 de enero de 2025.", records, "2025-01-21") \
        == {("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("O aplicativo CBP One deixou de funcionar em 20 de janeiro de 2025.", records, "2025-01-21") \
        == {("cbp-one", "terminated", day("2025-01-20"))}


def test_a_short_sentence_is_read_in_its_language():
    """One sentence on stdin: 'in', 'said', 'will' are English, 'na' Portuguese ('El Paso' is a name)."""
    assert detect("Remain in Mexico resumed Monday in El Paso.") == "en"
    assert detect("O Título 42 expirou na noite de quinta-feira.") == "pt"
    assert detect("El Título 42 expiró la medianoche del jueves.") == "es"


def test_an_authority_announcing_a_future_act_is_dated_by_the_saying_not_by_the_act(records):
    """'DHS will end the program on April 24, the agency said Friday' announces on Friday an end on April 24:
    the announcement is never dated April 24 (nor a year back, as a past day would be)."""
    for text, when in (
            ("The department will end the CHNV program on April 24, the agency said in a notice published Friday.",
             day("2025-03-21")),
            ("The department will end the CHNV program on April 24, officials said.", (None, day("2025-03-22"))),
            ("The department will end the CHNV program on April 24.", (None, day("2025-03-22")))):
        assert claims(text, records, "2025-03-22") == {("chnv-parole", "announced", when)}, text


def test_issuing_the_document_that_is_the_policy_starts_it(records):
    """'The CDC issued a public health order on Friday' (the order is the policy's description) starts it."""
    assert claims("The CDC issued a public health order on Friday allowing agents to expel migrants.", records,
                  "2020-03-21") == {("title-42", "active", day("2020-03-20"))}
    assert claims("Los CDC emitieron una orden de salud pública el viernes para expulsar a los migrantes.",
                  records, "2020-03-21") == set()  # the Spanish description is not declared in this record


def test_stopping_an_operation_in_spanish_and_portuguese_suspends(records):
    """'dejó de inscribir ... en el programa', 'deixou de inscrever' stop an operation (as 'stopped enrolling'):
    suspended; 'dejará de inscribir ..., anunció el lunes' is one announcement, dated by 'anunció el lunes'."""
    assert claims("El gobierno dejó de inscribir a nuevos migrantes en el programa Quédate en México el lunes.",
                  records, "2022-08-09") == {("remain-in-mexico", "suspended", day("2022-08-08"))}
    assert claims("O governo deixou de inscrever novos migrantes no programa Quédate en México na segunda-feira.",
                  records, "2022-08-09") == {("remain-in-mexico", "suspended", day("2022-08-08"))}
    assert claims("El gobierno dejará de inscribir a nuevos migrantes en el programa Quédate en México, anunció el "
                  "lunes.", records, "2022-08-09") == {("remain-in-mexico", "announced", day("2022-08-08"))}


def test_the_expiration_of_a_policy_ends_it(records):
    """'the expiration of Title 42 on May 11', 'la expiración del Título 42', 'a expiração do Título 42'."""
    assert claims("Crossings fell after the expiration of Title 42 on May 11.", records, "2023-05-20") \
        == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("Los cruces cayeron tras la expiración del Título 42 el 11 de mayo.", records, "2023-05-20") \
        == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("As travessias caíram após a expiração do Título 42 em 11 de maio.", records, "2023-05-20") \
        == {("title-42", "terminated", day("2023-05-11"))}


def test_a_signed_order_ending_a_policy_ends_it_whatever_date_comes_between(records):
    """'signed an executive order on Monday ending the CBP One program' ends it on Monday; it had been read as
    the order being the policy (active). An order named far from the policy is not the policy."""
    assert claims("Trump signed an executive order on Monday ending the CBP One program.", records,
                  "2025-01-21") == {("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("Trump signed an executive order on Monday about the border, and officials praised the CBP One "
                  "program.", records, "2025-01-21") == set()


def test_a_pause_on_a_policy_and_its_lifting(records):
    """'a pause on the CHNV program' suspends it ('on' is the noun's link, not 'under the policy'); 'lifted the
    pause on ...', 'ended the pause on ...' resume it."""
    assert claims("DHS put a pause on the CHNV program on July 10, 2024.", records, "2024-07-30") \
        == {("chnv-parole", "suspended", day("2024-07-10"))}
    for verb in ("lifted", "ended"):
        assert claims(f"DHS {verb} the pause on the CHNV program on Thursday.", records, "2024-08-30") \
            == {("chnv-parole", "active", day("2024-08-29"))}, verb


def test_a_signed_order_to_act_announces_the_act(records):
    """'signed an executive order on Monday to reinstate MPP' (and in Spanish and Portuguese) announces the
    reinstatement on Monday, as 'ordered DHS to reinstate' does; the order is not the policy."""
    for text in ("Trump signed an executive order on Monday to reinstate the Remain in Mexico program.",
                 "Trump firmó el lunes una orden ejecutiva para restablecer el programa Quédate en México.",
                 "Trump assinou na segunda-feira uma ordem executiva para restabelecer o programa Quédate en México."):
        document = extract_text(text, records, published=day("2025-01-21"))
        assert [(c.policy, c.status, c.announces, c.date) for c in document.candidates] == [
            ("remain-in-mexico", "announced", "active", day("2025-01-20"))], text


def test_coming_to_an_end_ends_a_policy(records):
    """'came to an end', 'llegó a su fin', 'chegou ao fim'; 'nesta segunda-feira' marks Portuguese."""
    for text in ("Title 42 came to an end on Thursday.", "El Título 42 llegó a su fin el jueves.",
                 "O Título 42 chegou ao fim na quinta-feira."):
        assert claims(text, records, "2023-05-12") == {("title-42", "terminated", day("2023-05-11"))}, text
    assert detect("O presidente encerrou nesta segunda-feira o aplicativo CBP One, usado por migrantes.") == "pt"


def test_a_court_that_holds_a_policy_unlawful_blocks_it(records):
    """'ruled that Title 42 was unlawful', 'declaró ilegal el Título 42', 'declarou ilegal o Título 42' block it;
    not when someone other than a court says so, not when the act of the policy is what was unlawful, and not
    for an earlier ruling described ('that November ruling that declared Title 42 illegal')."""
    for text in ("Judge Emmet Sullivan on Tuesday ruled that Title 42 was unlawful.",
                 "Un juez federal declaró ilegal el Título 42 el martes.",
                 "Um juiz federal declarou ilegal o Título 42 na terça-feira."):
        assert claims(text, records, "2022-11-16") == {("title-42", "enjoined", day("2022-11-15"))}, text
    assert claims("Advocates said on Tuesday that Title 42 was illegal.", records, "2022-11-16") == set()
    assert claims("A judge ruled on Friday that the termination of the Remain in Mexico program was unlawful.",
                  records, "2021-08-14") == set()
    assert ("title-42", "enjoined") not in {(p, s) for p, s, _ in claims(
        "Chief Justice John Roberts agreed to place on hold that November ruling that declared Title 42 illegal.",
        records, "2022-12-28")}


def test_the_verbs_of_a_relative_clause_on_the_policy(records):
    """'MPP, which Trump started in 2019 and Biden ended in 2021': both verbs are the policy's; 'que Trump creó'
    has the policy as its object (the relative pronoun)."""
    assert claims("Remain in Mexico, which Trump started in 2019 and Biden ended in 2021, was debated again.",
                  records, "2022-08-10") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31"))),
                                             ("remain-in-mexico", "terminated", (day("2021-01-01"),
                                                                                 day("2021-12-31")))}
    assert claims("El programa Quédate en México, que Trump creó en 2019 y Biden canceló en 2021, volvió a debatirse.",
                  records, "2022-08-10") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31"))),
                                             ("remain-in-mexico", "terminated", (day("2021-01-01"),
                                                                                 day("2021-12-31")))}


def test_a_passive_infinitive_reports_no_act(records):
    """'expect the program to be terminated', 'is set to be terminated' are plans; 'was terminated' is an act."""
    assert claims("Lawyers expect the Remain in Mexico program to be terminated again soon.", records,
                  "2022-02-10") == set()
    assert claims("The Remain in Mexico program is likely to have been terminated by then.", records,
                  "2022-02-10") == set()
    assert claims("The Remain in Mexico program was terminated in 2021.", records, "2022-02-10") \
        == {("remain-in-mexico", "terminated", (day("2021-01-01"), day("2021-12-31")))}


def test_a_year_ago_wednesday_is_the_anniversary(records):
    """The AP's 'It started a year ago Wednesday' is the Wednesday a year back, not this Wednesday."""
    text = "The Remain in Mexico program started a year ago Wednesday with one person."
    assert claims(text, records, "2020-01-30") == {("remain-in-mexico", "active", day("2019-01-29"))}
    assert claims("The Remain in Mexico program started two years ago on Monday.", records, "2020-01-30") \
        == {("remain-in-mexico", "active", day("2018-01-27"))}


def test_an_announcing_verb_on_a_change_of_status_announces_it(records):
    """'anunció el restablecimiento del programa', 'announced the end of Title 42' announce the change; an
    expansion announced is made that day, as changes are."""
    document = extract_text("En su discurso, Trump anunció el restablecimiento del programa Quédate en México.",
                            records, published=day("2025-01-20"))
    assert [(c.policy, c.status, c.announces) for c in document.candidates] == [
        ("remain-in-mexico", "announced", "active")]
    document = extract_text("The administration announced the end of Title 42 on Monday.", records,
                            published=day("2023-01-31"))
    assert [(c.status, c.announces, c.date) for c in document.candidates] == [
        ("announced", "terminated", day("2023-01-30"))]
    assert claims("CBP today announced the expansion of available appointments through the CBP One app.", records,
                  "2023-06-30") == {("cbp-one", "active", day("2023-06-30"))}


def test_a_present_after_when_after_or_as_is_a_time_to_come(records):
    """'after Title 42 is lifted', 'when Title 42 is lifted, there will be ...', 'As Title 42 ends, ...' report no
    act; 'after Title 42 was lifted on Thursday' does."""
    for text in ("He planned to cross right after Title 42 is lifted.",
                 "When Title 42 is lifted, there will be a big jump in crossings.",
                 "As Title 42 ends, the administration announced new measures for the border."):
        assert ("title-42", "terminated") not in {(p, s) for p, s, _ in claims(text, records, "2023-05-10")}, text
    assert claims("After Title 42 was lifted on Thursday, crossings fell.", records, "2023-05-12") \
        == {("title-42", "terminated", day("2023-05-11"))}



def test_a_head_noun_stands_for_the_description_after_it(records):
    """'blocked the administration's policy requiring asylum seekers to wait in Mexico': 'policy' is the object,
    and the description after it says which policy."""
    assert claims("A federal judge on Monday blocked the administration's policy requiring Central American "
                  "asylum seekers to wait in Mexico while their cases proceed.", records, "2019-04-09") \
        == {("remain-in-mexico", "enjoined", day("2019-04-08"))}
    assert claims("A federal judge on Monday blocked a lawsuit from migrants who had to wait in Mexico while their "
                  "cases proceed.", records, "2019-04-09") == set()


def test_known_as_opens_no_clause(records):
    """'terminará el programa conocido como Quédate en México', 'ended the program known as MPP': the name after
    'known as / conocido como' is the object's, in the verb's clause."""
    document = extract_text("El gobierno informó que terminará formalmente el programa conocido como Quédate en "
                            "México.", records, published=day("2021-06-03"))
    assert [(c.policy, c.status, c.announces) for c in document.candidates] == [
        ("remain-in-mexico", "announced", "terminated")]
    assert claims("On Tuesday the government ended the program known as the Migrant Protection Protocols.",
                  records, "2021-06-03") == {("remain-in-mexico", "terminated", day("2021-06-01"))}


def test_a_future_with_its_day_is_a_scheduled_change(records):
    """'Title 42 will end on May 11, 2023' (no one named as saying it) announces the end, on or before
    publication; without a day, or with a modal, it is a plan."""
    document = extract_text("Title 42 will end on May 11, 2023.", records, published=day("2023-02-02"))
    assert [(c.status, c.announces, c.date, c.not_after) for c in document.candidates] == [
        ("announced", "terminated", None, day("2023-02-02"))]
    assert claims("Title 42 will end eventually.", records, "2023-02-02") == set()
    assert claims("Title 42 could end on May 11, 2023.", records, "2023-02-02") == set()


def test_an_adjective_between_an_act_noun_and_its_policy(records):
    """'la suspensión temporal del programa Quédate en México', 'a suspensão temporária do programa'."""
    assert claims("El gobierno anunció el lunes la suspensión temporal del programa Quédate en México.", records,
                  "2021-01-21") == {("remain-in-mexico", "announced", day("2021-01-18"))}
    assert claims("A suspensão temporária do programa Quédate en México entrou em vigor em 21 de janeiro de 2021.",
                  records, "2021-01-25") == {("remain-in-mexico", "suspended", day("2021-01-21"))}


def test_a_reflexive_verb_after_began_is_what_began(records):
    """'Tras la suspensión del parole humanitario, han comenzado a reportarse cancelaciones': the cancellations
    begin, not the program; 'la aplicación CBP One comenzó a funcionar' is its start."""
    assert ("chnv-parole", "active") not in {(p, s) for p, s, _ in claims(
        "Tras la suspensión del parole humanitario, ya han comenzado a reportarse las primeras cancelaciones.",
        records, "2024-08-03")}
    assert claims("La aplicación CBP One comenzó a funcionar el jueves para pedir citas.", records, "2023-01-13") \
        == {("cbp-one", "active", day("2023-01-12"))}


def test_a_span_of_years_is_a_window(records):
    """'durante el gobierno de Trump (2017-2021)' dates the act within 2017-2021, cut at publication."""
    assert claims("El Título 42, que entró en vigor durante el gobierno de Donald Trump (2017-2021), sigue vigente.",
                  records, "2021-07-29") == {("title-42", "active", (day("2017-01-01"), day("2021-07-29")))}


def test_disabling_ends_and_an_update_published_amends(records):
    """'fue deshabilitada', 'foi desabilitado', 'was disabled' end the app; 'published an update to the rule'
    amends it (active) that day."""
    for text in ("El 20 de enero de 2025, la aplicación CBP One fue deshabilitada.",
                 "Em 20 de janeiro de 2025, o aplicativo CBP One foi desabilitado.",
                 "On January 20, 2025, the CBP One app was disabled."):
        assert claims(text, records, "2025-01-21") == {("cbp-one", "terminated", day("2025-01-20"))}, text
    document = extract_text("The departments published an update to the New asylum rule on October 7.", records,
                            published=day("2024-10-25"))
    assert [(c.policy, c.status, c.action, c.date) for c in document.candidates] == [
        ("new-rule", "active", "amended", day("2024-10-07"))]


def test_a_presidents_first_day_and_invoking_a_policy(records):
    """'on his first day in office' is the inauguration of the president named before (the second term for
    'back in office'); 'invocó el Título 42', 'invocou', 'adopted the policy' start it."""
    assert claims("Biden suspended the Remain in Mexico program on his first day in office.", records,
                  "2021-03-01") == {("remain-in-mexico", "suspended", day("2021-01-20"))}
    assert claims("Trump ended CBP One on his first day back in office.", records, "2025-03-01") \
        == {("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("Trump canceló CBP One en su primer día en la Casa Blanca.", records, "2025-03-01") \
        == {("cbp-one", "terminated", day("2025-01-20"))}
    for text in ("La administración Trump invocó el Título 42 en marzo de 2020.",
                 "O governo Trump invocou o Título 42 em março de 2020."):
        assert claims(text, records, "2021-03-01") == {
            ("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}, text


def test_an_attempt_a_court_undid_took_effect_until_then(records):
    """'intentó acabar con el programa ..., pero un tribunal ordenó reinstaurarlo': the end took effect (the
    records' convention for a termination a court reversed); an attempt nobody says a court undid is a plan."""
    found = claims("Biden intentó acabar con el programa Quédate en México en su primer día en la Casa Blanca, pero "
                   "un tribunal de Texas ordenó reinstaurarlo.", records, "2022-06-30")
    assert ("remain-in-mexico", "terminated", day("2021-01-20")) in found
    assert ("remain-in-mexico", "terminated") not in {(p, s) for p, s, _ in claims(
        "Biden intentó acabar con el programa Quédate en México, pero el Congreso se opuso.", records, "2022-06-30")}
    assert ("remain-in-mexico", "terminated", day("2021-01-20")) in claims(
        "Biden tried to end the Remain in Mexico program on his first day in office, but a federal judge in Texas "
        "ordered it restarted.", records, "2022-06-30")


def test_hours_after_a_president_was_sworn_in(records):
    """'Hours after Trump was sworn in, the CBP One app went dark', 'Segundos después de que Trump tomó protesta':
    the inauguration day; 'sworn in,' before the policy is not 'in' the policy (a means)."""
    assert claims("Hours after Trump was sworn in, the CBP One app went dark.", records, "2025-01-22") \
        == {("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("Segundos después de que Donald Trump tomó protesta como presidente, fueron canceladas las citas "
                  "de CBP One.", records, "2025-01-22") == {("cbp-one", "terminated", day("2025-01-20"))}
    assert claims("Months after Trump took office, the CBP One app went dark.", records, "2025-03-22") \
        == {("cbp-one", "terminated", (None, day("2025-03-22")))}


def test_a_generic_noun_stands_for_the_policy_named_before_when_called_so(records):
    """'an order', 'una orden', 'an app' after a policy is named stand for it when the policy is called by that
    noun or by the English word it translates (Title 42 is a public health order, CBP One an app); 'a regulation'
    is not the Remain in Mexico program, which nobody calls one."""
    assert ("title-42", "active", (day("2020-03-01"), day("2020-03-31"))) in claims(
        "Title 42 let agents expel migrants at the border. In March 2020, the CDC put in place an emergency order that "
        "closed the border to asylum seekers.", records, "2021-07-01")
    assert ("title-42", "active", (day("2020-03-01"), day("2020-03-31"))) in claims(
        "El Título 42 permitió expulsar a los migrantes en la frontera. En marzo de 2020, los CDC implementaron una "
        "orden que cerró la frontera a los solicitantes de asilo.", records, "2021-07-01")
    assert ("cbp-one", "active", (day("2023-01-01"), day("2023-01-31"))) in claims(
        "Asylum seekers now book through CBP One. In January 2023, the government launched a new app.", records,
        "2023-03-01")
    assert claims("The Remain in Mexico program began in January 2019. In May 2023 the administration issued a "
                  "regulation that limits asylum.", records, "2023-06-01") \
        == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-01-31")))}


def test_a_date_outside_an_aside_does_not_date_the_asides_act(records):
    """'Title 42 — an order that was enacted under Trump — is being lifted Thursday': Thursday is the lifting's
    day, not the enactment's; the enactment in the aside keeps 'on or before publication'."""
    found = claims("Title 42 — a public health order that was enacted under former President Donald Trump — is "
                   "being lifted at 11:59 p.m. Thursday.", records, "2023-05-11")
    assert ("title-42", "active", day("2023-05-11")) not in found
    assert ("title-42", "active", (None, day("2023-05-11"))) in found


def test_an_attempt_by_the_government_is_what_the_records_say_it_became(records):
    """'Biden intentó rescindir el programa el año pasado': the records hold the end in that year, so the attempt
    took effect (terminated); 'attempted to lift Title 42 through a CDC directive' before any end the records
    hold set an end in motion that never took effect (announced). An attempt by others, or none, is no act."""
    assert claims("Biden intentó rescindir el programa Quédate en México el año pasado.", records, "2022-06-30") \
        == {("remain-in-mexico", "terminated", (day("2021-01-01"), day("2021-12-31")))}
    document = extract_text("Republican states sued when the Biden administration attempted to lift Title 42 "
                            "through a similar CDC directive.", records, published=day("2023-02-02"))
    assert [(c.policy, c.status, c.announces, c.not_after) for c in document.candidates] == [
        ("title-42", "announced", "terminated", day("2023-02-02"))]
    assert claims("Republicans in Congress tried to end the Remain in Mexico program in 2021.", records,
                  "2022-06-30") == set()
    assert claims("Biden never tried to end the Remain in Mexico program in 2021.", records, "2022-06-30") == set()
    # a court anywhere after the 'but' undid it ('pero se enfrentó a los fiscales de Texas, que lograron que un
    # juez ordenara restablecerlo'); without a court, the 'but' says it failed
    assert ("remain-in-mexico", "terminated", (day("2021-01-01"), day("2021-12-31"))) in claims(
        "Biden intentó rescindir el programa Quédate en México el año pasado, pero se enfrentó a la oposición de los "
        "fiscales generales de Texas y Misuri, que lograron que un juez federal ordenara restablecerlo.", records,
        "2022-06-30")


def test_a_month_of_last_year(records):
    """'January of last year', 'enero del año pasado', 'janeiro do ano passado' are that month in the year before
    publication, not the latest January."""
    for text in ("The administration ended the Remain in Mexico program in June of last year.",
                 "El gobierno terminó el programa Quédate en México en junio del año pasado.",
                 "O governo encerrou o programa Quédate en México em junho do ano passado."):
        assert claims(text, records, "2022-06-30") == {
            ("remain-in-mexico", "terminated", (day("2021-06-01"), day("2021-06-30")))}, text


def test_a_policy_applied_in_a_passive_without_a_subject(records):
    """'Fue aplicada por la administración Trump', 'Foi aplicado pelo governo Trump': Spanish and Portuguese drop
    the subject of a passive, here the policy the previous sentence named ('aplicar' needs the policy as its
    object); 'aplicaron al programa' (people applied to it) starts nothing."""
    assert claims("Los migrantes son expulsados con el Título 42. Fue aplicada por la administración Trump en 2020.",
                  records, "2022-12-06") == {("title-42", "active", (day("2020-01-01"), day("2020-12-31")))}
    assert claims("Os migrantes são expulsos com o Título 42. Foi aplicado pelo governo Trump em 2020.", records,
                  "2022-12-06") == {("title-42", "active", (day("2020-01-01"), day("2020-12-31")))}
    assert claims("Muchos migrantes aplicaron al programa Quédate en México en 2019.", records, "2022-12-06") == set()


def test_an_order_to_end_a_policy_is_what_the_records_say_it_became(records):
    """'In a memo dated June 1, Mayorkas directed DHS to take all appropriate actions to terminate MPP': the records
    hold the end that day, so the memo ended it; 'Biden ordered DHS to end the program' on a day the records hold
    no end announced an end to come."""
    assert claims("In a memo dated Tuesday, June 1, Mayorkas directed the Department of Homeland Security to “take all "
                  "appropriate actions to terminate MPP.”", records, "2021-06-02") \
        == {("remain-in-mexico", "terminated", day("2021-06-01"))}
    document = extract_text("On January 20, 2021, Biden ordered DHS to end the Remain in Mexico program.", records,
                            published=day("2021-01-21"))
    assert [(c.policy, c.status, c.announces, c.date) for c in document.candidates] == [
        ("remain-in-mexico", "announced", "terminated", day("2021-01-20"))]


HELD = """\
id: remain-in-mexico
name: Remain in Mexico
aliases: [Migrant Protection Protocols, MPP, Quédate en México]
events:
  - date: 2019-01-28
    status: active
    action: implemented
    summary: Begins.
    sources: [{url: "https://example.org/m", title: M, publisher: P, published: 2019-01-28}]
  - date: 2019-04-08
    status: active
    action: enjoined
    summary: A district court enjoins MPP; the injunction is stayed the same day.
    sources: [{url: "https://example.org/n", title: N, publisher: P, published: 2019-04-08}]
  - date: 2021-06-01
    status: terminated
    action: terminated
    summary: Terminated.
    sources: [{url: "https://example.org/o", title: O, publisher: P, published: 2021-06-01}]
  - date: 2021-08-13
    status: terminated
    action: vacated
    summary: A court vacates the termination; nobody operates MPP yet.
    sources: [{url: "https://example.org/p", title: P, publisher: P, published: 2021-08-13}]
  - date: 2021-08-24
    status: suspended
    action: stayed
    summary: The Supreme Court refuses a stay; revived in law, not operated.
    sources: [{url: "https://example.org/q", title: Q, publisher: P, published: 2021-08-24}]
  - date: 2022-06-30
    status: active
    action: stayed
    summary: The Supreme Court rules the termination may proceed.
    sources: [{url: "https://example.org/r", title: R, publisher: P, published: 2022-06-30}]
"""


@pytest.fixture(scope="module")
def held_records(tmp_path_factory) -> list:
    folder = tmp_path_factory.mktemp("held")
    for name, text in (("remain-in-mexico", HELD), ("title-42", TITLE_42), ("cbp-one", CBP_ONE)):
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return Timeline(folder, cache=False).policies()


def test_a_dated_statement_on_a_day_the_records_hold_reports_that_event(held_records):
    """'Judge Seeborg ruled April 8 that the policy should be halted': the records hold that day's injunction,
    stayed the same day, so the sentence reports it (active), although its own words alone are hedged
    ('should be halted'); 'ruled in June' is the one June event. A month in which the records' events disagree,
    a year, a day the records hold nothing, or a date whose clause has neither a court nor the policy, report
    nothing; nor does a hedge without a court ('intends to lift Title 42 Thursday')."""
    lead = "The Remain in Mexico program sends asylum seekers back to Mexico. "
    document = extract_text(lead + "U.S. District Judge Richard Seeborg ruled April 8 that the policy should be "
                            "halted while the lawsuit proceeds.", held_records, published=day("2019-05-08"))
    [candidate] = document.candidates
    assert (candidate.policy, candidate.status, candidate.action, candidate.date) == (
        "remain-in-mexico", "active", "enjoined", day("2019-04-08"))
    assert any("a day the records hold" in reason and "2019-04-08" in reason for reason in candidate.reasons)
    assert claims(lead + "U.S. District Judge Richard Seeborg ruled April 9 that the policy should be halted while "
                  "the lawsuit proceeds.", held_records, "2019-05-08") == set()
    assert claims("DHS stopped new enrollments after the Supreme Court ruled in June that the administration could "
                  "end the Remain in Mexico program.", held_records, "2022-08-09") \
        >= {("remain-in-mexico", "active", (day("2022-06-01"), day("2022-06-30")))}
    # August 2021 holds a vacatur (terminated) and a refused stay (suspended): which one is meant is not known
    assert claims("The Supreme Court ruled in August that the Remain in Mexico program must be restored.",
                  held_records, "2021-12-01") == set()
    assert claims("A court ruled in 2019 on the Remain in Mexico program.", held_records, "2021-12-01") == set()
    assert claims("On April 8, 2019, activists marched in Tijuana, where many wait under the Remain in Mexico "
                  "program.", held_records, "2019-05-08") == set()
    assert claims("The Biden administration intends to lift Title 42 Thursday.", held_records, "2023-05-09") == set()


def test_a_records_day_without_a_court_needs_the_policy_in_the_dates_clause(held_records):
    """'El 12 de enero de 2023, CBP One empezó a dar citas': a date and the policy in one clause, on a day the
    records hold, report the event even where no verb of the lexicon reads it; where the sentence's own reading
    already took the policy ('was shut down'), that reading is the one candidate."""
    assert claims("El 12 de enero de 2023, la aplicación CBP One se convirtió en la vía para pedir citas en la "
                  "frontera.", held_records, "2023-02-01") == {("cbp-one", "active", day("2023-01-12"))}
    assert claims("On January 20, 2025, CBP One was shut down.", held_records, "2025-01-21") == {
        ("cbp-one", "terminated", day("2025-01-20"))}


def test_a_verb_of_beginning_reports_the_start_it_governs(records):
    """'os Estados Unidos começaram a implementar os Protocolos': a finite verb of beginning before 'a'/'to' and
    an act of starting reports that act; 'has started to end the policy' (a wind-down) and a negated beginning
    do not."""
    assert claims("Os Estados Unidos começaram a implementar o programa Quédate en México em 29 de janeiro de 2019.",
                  records, "2019-01-29") == {("remain-in-mexico", "active", day("2019-01-29"))}
    assert claims("The administration has started to end the Remain in Mexico program.", records, "2021-06-02") \
        == set()
    assert claims("Los Estados Unidos no comenzaron a aplicar el programa Quédate en México en 2018.", records,
                  "2019-01-29") == set()


def test_months_and_years_ago():
    """'three months ago', 'hace tres meses', 'há três meses' are the calendar month that many months before
    publication; 'two years ago' that calendar year; 'more than a year ago', 'hace más de un año', 'há mais de um
    ano' any day up to a year before publication (no lower bound)."""
    from timeline.extract import language
    from timeline.extract.text import find_dates

    published = day("2024-10-08")
    for code, text in (("en", "It began three months ago, ended more than a year ago and was new two years ago."),
                       ("es", "Empezó hace tres meses, terminó hace más de un año y era nuevo hace dos años."),
                       ("pt", "Começou há três meses, terminou há mais de um ano e era novo há dois anos.")):
        found = find_dates(text, 0, len(text), published, language.words(code) if code != "en" else None)
        assert [(d.low, d.not_after) for d in found] == [
            (day("2024-07-01"), day("2024-07-31")), (None, day("2023-10-08")),
            (day("2022-01-01"), day("2022-12-31"))], code


def test_an_act_more_than_a_year_ago_has_no_lower_bound(records):
    """'since its launch more than a year ago': on or before a year before publication, not before publication."""
    assert claims("The CHNV program has admitted 386,000 people since its launch more than a year ago.", records,
                  "2024-03-08") == {("chnv-parole", "active", (None, day("2023-03-08")))}


def test_the_app_is_only_a_policy_called_an_app(records):
    """'When the app was initially launched, ...' after CHNV is not CHNV (a parole process, not an app); after
    CBP One it is CBP One."""
    assert claims("The CHNV program lets people fly in. When the app was initially launched in January, CBP allowed "
                  "1,000 appointments a day.", records, "2023-07-05") == set()
    assert claims("The CBP One app schedules appointments. When the app was initially launched in January, CBP "
                  "allowed 1,000 appointments a day.", records, "2023-07-05") \
        == {("cbp-one", "active", (day("2023-01-01"), day("2023-01-31")))}


def test_a_court_that_ends_a_policy_blocks_it(records):
    """'On Tuesday, Judge Emmet Sullivan ended the policy, ruling that it violates the APA': a court vacates or
    blocks; it does not terminate (enjoined, action vacated). The administration ending it is an end."""
    document = extract_text("Title 42 expels migrants. On Tuesday, Judge Emmet Sullivan of the U.S. District Court "
                            "ended the policy, ruling that it violates the law.", records, published=day("2022-11-16"))
    assert [(c.policy, c.status, c.action, c.date) for c in document.candidates] == [
        ("title-42", "enjoined", "vacated", day("2022-11-15"))]
    assert claims("The administration ended Title 42 on May 11, 2023.", records, "2023-05-12") == {
        ("title-42", "terminated", day("2023-05-11"))}


def test_an_undated_headline_gives_way_to_the_dated_lead(records):
    """'Trump administration expands Remain in Mexico' (a headline, undated, action expanded) restates 'MPP was
    implemented Monday in a new location' (dated): one candidate. In a body, an undated act of another action
    stays ('restableció el programa' is not 'se implementó en 2019')."""
    document = extract_text("Trump administration expands Remain in Mexico to Eagle Pass\n\nThe Migrant Protection "
                            "Protocols was implemented Monday in a new location, Eagle Pass.", records,
                            published=day("2019-10-31"))
    assert [(c.policy, c.status, c.date) for c in document.candidates] == [
        ("remain-in-mexico", "active", day("2019-10-28"))]
    assert len(extract_text("El programa Quédate en México se implementó en 2019. Trump restableció el programa "
                            "Quédate en México.", records, published=day("2025-02-01")).candidates) == 2


def test_years_ago_before_the_calendar_begins_is_no_date():
    """'99 years ago' in a text published in the year 50 (a mistyped --published) is no date, not a crash."""
    from timeline.extract.text import find_dates

    for text in ("It ended 99 years ago.", "It ended more than 99 years ago."):
        assert find_dates(text, 0, len(text), dt.date(50, 1, 1)) == []


def test_a_publication_date_too_early_to_count_back_from_is_ignored(records, tmp_path):
    """'Published: 0001-03-01' (or --published 0001-03-01) once crashed extraction on 'last year' (year 0); such a
    date is now ignored, with a note, and the article is read as undated."""
    for text in ("Title 42 ended last year.", "Title 42 ended in January of last year.",
                 "Title 42 ended a year ago Wednesday.", "El Título 42 terminó en enero del año pasado."):
        document = extract_text(text, records, published=day("0001-03-01"))
        assert document.header.published is None
        assert any("too early to count dates back from" in note for note in document.notes), text
    article = tmp_path / "early.txt"
    article.write_text("Title: x\nPublished: 0001-03-01\n\nTitle 42 ended last year.\n", encoding="utf-8")
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "title-42.yaml").write_text(TITLE_42, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--data", str(folder), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "too early to count dates back from" in result.output


def test_a_policy_set_up_or_created_started_but_a_policy_that_created_something_did_not(records):
    """'The Remain-in-Mexico policy was set up in 2019', 'the program, created in 2019': a start. 'The policy
    created chaos in 2019' and 'established a quota': the policy is the subject of an active verb with its own
    object, not what was created."""
    for text in ("The Remain in Mexico policy was set up in 2019 as part of the administration's efforts.",
                 "The Remain in Mexico policy, created in 2019, requires migrants to wait.",
                 "Trump created the Remain in Mexico policy in 2019."):
        assert claims(text, records, "2022-01-25") == {
            ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31")))}, text
    for text in ("The Remain in Mexico policy created chaos in 2019.",
                 "The Remain in Mexico policy established a quota in 2019."):
        assert claims(text, records, "2022-01-25") == set(), text


def test_a_plan_reported_on_a_day_is_an_announcement(records):
    """'DHS said late Monday it is preparing to quickly end MPP': a plan that a dated report states is an
    announcement on the report's day. Undated ('officials said'), or stated with no report ('the administration is
    preparing to end'), it is no event."""
    assert claims("The Department of Homeland Security said late Monday it is preparing to quickly end the Remain "
                  "in Mexico program.", records, "2022-08-09") == {("remain-in-mexico", "announced", day("2022-08-08"))}
    assert claims("Officials said it is preparing to quickly end the Remain in Mexico program.", records,
                  "2022-08-09") == set()
    assert claims("The administration is preparing to end the Remain in Mexico program.", records,
                  "2022-08-09") == set()


COURT_DAY_T42 = TITLE_42.replace("""  - date: 2023-05-11""", """  - date: 2020-11-18
    status: active
    action: enjoined
    summary: Judge Sullivan enjoined the expulsion of unaccompanied children.
    sources: [{url: "https://example.org/j", title: J, publisher: P, published: 2020-11-18}]
  - date: 2023-05-11""")
COURT_DAY_RULE = """\
id: new-rule
name: New asylum rule
events:
  - date: 2020-01-10
    status: active
    action: implemented
    summary: Rule in force.
    sources: [{url: "https://example.org/k", title: K, publisher: P, published: 2020-01-10}]
  - date: 2020-11-18
    status: active
    action: vacated
    summary: A court vacated the rule; the vacatur was stayed.
    sources: [{url: "https://example.org/l", title: L, publisher: P, published: 2020-11-18}]
"""


def court_day_records(tmp_path, *texts: str) -> list:
    folder = tmp_path / "policies"
    folder.mkdir(parents=True)
    for text in texts:
        (folder / f"{text.split()[1]}.yaml").write_text(text, encoding="utf-8")  # "id: title-42 ..."
    return Timeline(folder, cache=False).policies()


def test_a_court_acting_on_a_day_the_records_hold_one_policys_court_act_reports_it(tmp_path):
    """'Un juez federal ordenó ayer ... que deje de expulsar a niños migrantes' names no policy; in an article about
    Title 42, on a day the records hold a court's act on Title 42 alone, it reports that act; on a month ('ordenó en
    noviembre'), the court's act the month ended with, dated by the month (to publication). Not where another
    policy holds a court's act that day too, not without a court, not in an article that never names the policy
    ('the public charge rule' on that day)."""
    records = court_day_records(tmp_path, COURT_DAY_T42, MPP)
    lead = "El Título 42 rige desde marzo. "
    sentence = "Un juez federal ordenó ayer al Gobierno que deje de expulsar a niños migrantes no acompañados."
    document = extract_text(lead + sentence, records, published=day("2020-11-19"))
    found = [(c.policy, c.status, c.action, c.date) for c in document.candidates if c.quote == sentence]
    assert found == [("title-42", "active", "enjoined", day("2020-11-18"))]
    assert any("when the records hold a court's act on title-42 alone" in r for c in document.candidates
               for r in c.reasons)
    assert claims(sentence, records, "2020-11-19") == set()  # the article never names Title 42
    assert claims("Title 42 has been in force since March. A federal judge on Wednesday blocked the public charge "
                  "rule.", records, "2020-11-19") == {("title-42", "active", (day("2020-03-01"), day("2020-03-31"))),
                                                       ("title-42", "active", day("2020-11-18"))}
    text = lead + "Los funcionarios dejaron ayer de expulsar a niños migrantes no acompañados."
    assert {c for c in claims(text, records, "2020-11-19") if c[2] != (day("2020-03-01"), day("2020-03-31"))} \
        == set(), text
    month = lead + "Un juez federal ordenó en noviembre al Gobierno que deje de expulsar a niños."
    assert {c for c in claims(month, records, "2020-11-19") if c[2] != (day("2020-03-01"), day("2020-03-31"))} \
        == {("title-42", "active", (day("2020-11-01"), day("2020-11-19")))}
    both = court_day_records(tmp_path / "both", COURT_DAY_T42, COURT_DAY_RULE)
    assert {c for c in claims(lead + sentence, both, "2020-11-19")
            if c[2] != (day("2020-03-01"), day("2020-03-31"))} == set()


def test_an_announcement_that_describes_what_a_policy_will_do_announces_it(records):
    """'Nielsen announced on Monday that she will be increasing the number of asylum seekers who are made to wait in
    Mexico': no verb of the lexicon acts on the policy, but the announcement's complement describes it in the
    future. Announced, on the announcing verb's day; not when the announcement is negated, nor without a future."""
    assert claims("Secretary Kirstjen Nielsen announced on Monday that she will be increasing the number of Central "
                  "American asylum seekers who are made to wait in Mexico.", records, "2019-04-02") == {
        ("remain-in-mexico", "announced", day("2019-04-01"))}
    assert claims("DHS did not announce on Monday that asylum seekers will be made to wait in Mexico.", records,
                  "2019-04-02") == set()
    assert claims("Nielsen announced on Monday that asylum seekers wait in Mexico for months.", records,
                  "2019-04-02") == set()


def test_a_rumour_of_an_act_is_not_a_report_of_it(records):
    """'un rumor similar de que había terminado el funcionamiento de la aplicación CBP One', 'a rumor that CBP One
    had ended': what a rumour said is set aside; 'ended in January, despite rumors' is still an act."""
    for text in ("Luego de que en septiembre pasado un rumor similar de que había terminado el funcionamiento de la "
                 "aplicación CBP One se difundiera, la CBP lo desmintió.",
                 "A rumor that CBP One had ended spread in September."):
        document = extract_text(text, records, published=day("2023-10-10"))
        assert document.candidates == [], text
        assert any("a rumour of the act" in r for c in document.set_aside for r in c.reasons), text
    assert claims("CBP One ended in January, despite rumors.", records, "2023-10-10") == {
        ("cbp-one", "terminated", (day("2023-01-01"), day("2023-01-31")))}


def test_struck_down_a_rule_is_a_courts_act_not_a_plan_made_public(records):
    """'Judge Tigar struck down Biden's rule' once read as 'struck ... rule', a plan made public (announced);
    'struck' makes public only an agreement ('struck a deal ... to restart'), and a phrase of the lexicon that
    begins with the verb ('struck down') is that phrase."""
    found = claims("The new asylum rule limits asylum. Last month, Judge Jon S. Tigar struck down Biden's rule and "
                   "vacated it.", records, "2023-08-04")
    assert found and all(status != "announced" for _policy, status, _when in found), found
    assert ("remain-in-mexico", "announced") in {(p, s) for p, s, _w in claims(
        "The administration struck a deal with Mexico to restart the Remain in Mexico program.", records,
        "2021-12-03")}


def test_spanish_and_portuguese_background_starts_imposed_or_begun_reflexively(records):
    """'el Título 42, que comenzó a aplicarse en 2020' (a verb of beginning before a reflexive infinitive of
    starting: a passive), 'norma sanitária imposta por Trump em 2020', 'impuesto por Trump en 2020': the start in
    2020. 'no comenzó a aplicarse' stays negated; 'el Título 42 impuso un costo' has its own object."""
    year = (day("2020-01-01"), day("2020-12-31"))
    for text in ("En su fallo, Sullivan describió como arbitrario el Título 42, que comenzó a aplicarse en 2020.",
                 "A nova regra entraria em vigor quando for levantado o Título 42, norma sanitária imposta por Trump "
                 "em 2020.",
                 "El Título 42, impuesto por Trump en 2020, sigue vigente."):
        assert claims(text, records, "2023-02-22") == {("title-42", "active", year)}, text
    for text in ("El Título 42 no comenzó a aplicarse en 2019.", "El Título 42 impuso un costo enorme en 2021."):
        assert claims(text, records, "2023-02-22") == set(), text


def test_a_time_later_counts_from_the_date_before_it():
    """'implemented a month later' after 'December 2018' is January 2019; 'una semana más tarde' after April 2019 is
    April 8 to May 7; 'two weeks later' after March 20 is April 3; never past publication, and 'un mes después de
    que ...' counts from an event, not a date."""
    from timeline.extract import language
    from timeline.extract.text import find_dates

    def later(code: str, text: str, published: str) -> list[tuple]:
        found = find_dates(text, 0, len(text), day(published), language.words(code) if code != "en" else None)
        return [(d.not_before, d.not_after) for d in found if d.how == "later"]

    assert later("en", "Announced in December 2018 and implemented a month later, it ran.", "2020-03-12") == [
        (day("2019-01-01"), day("2019-01-31"))]
    assert later("pt", "Anunciado em dezembro de 2018 e implementado um mês depois, o programa.", "2020-03-12") == [
        (day("2019-01-01"), day("2019-01-31"))]
    assert later("es", "En abril de 2019 un juez lo bloqueó y una semana más tarde un panel lo suspendió.",
                 "2019-05-08") == [(day("2019-04-08"), day("2019-05-07"))]
    assert later("en", "It began on March 20, 2020 and two weeks later it expanded.", "2020-06-01") == [
        (day("2020-04-03"), day("2020-04-03"))]
    assert later("en", "It began on March 20, 2020 and two years later it ended.", "2021-06-01") == []
    assert later("es", "Un mes después de que Trump asumió, el programa terminó.", "2021-06-01") == []
    assert later("en", "A month later, it ended.", "2021-06-01") == []  # nothing to count from


def test_participle_clauses_that_open_a_sentence_are_about_its_subject(records):
    """'Announced in December 2018 and implemented a month later, the Remain in Mexico program requires ...',
    'Anunciado em dezembro de 2018 e implementado um mês depois, o programa Fique no México ...': announced in
    December 2018, in effect in January 2019 ('depois' before a comma is an adverb, not a clause of its own; the
    subject may carry a head noun before the name)."""
    expected = {("remain-in-mexico", "announced", (day("2018-12-01"), day("2018-12-31"))),
                ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-01-31")))}
    assert claims("Announced in December 2018 and implemented a month later, the Remain in Mexico program requires "
                  "asylum seekers to wait.", records, "2020-03-12") == expected
    assert claims("Anunciado em dezembro de 2018 e implementado um mês depois, o programa Quédate en México "
                  "determina que os solicitantes de refúgio esperem no México.", records, "2020-03-12") == expected


CBP_ONE_RENAMED = CBP_ONE.replace("""context:""", """  - date: 2025-03-10
    status: terminated
    action: rebranded
    summary: Relaunched as CBP Home, without scheduling.
    set: {app_name: CBP Home}
    sources: [{url: "https://example.org/r", title: R, publisher: P, published: 2025-03-10}]
context:""")


def test_launching_a_policy_under_the_name_a_rebranding_gave_it_is_that_rebranding(tmp_path):
    """'DHS has relaunched the CBP Home app', 'lanzó la aplicación CBP Home': CBP Home is the name the records'
    rebranding of 2025-03-10 set (status terminated: no scheduling); launching it is that rebranding, not a restart
    of CBP One. Launching 'CBP One' is still a start."""
    records = court_day_records(tmp_path, CBP_ONE_RENAMED)
    document = extract_text("The Department of Homeland Security has relaunched the CBP Home app that now has a "
                            "self-deport feature.", records, published=day("2025-03-10"))
    assert [(c.policy, c.status, c.action) for c in document.candidates] == [("cbp-one", "terminated", "rebranded")]
    assert any("the name the records' rebranding of 2025-03-10 gave" in r for r in document.candidates[0].reasons)
    assert claims("En marzo de 2025, la administración de Trump lanzó la aplicación CBP Home, destinada a los "
                  "migrantes que se encuentran en el país.", records,
                  "2025-03-25") == {("cbp-one", "terminated", (day("2025-03-01"), day("2025-03-25")))}
    assert claims("CBP launched the CBP One app on January 12, 2023.", records, "2023-01-13") == {
        ("cbp-one", "active", day("2023-01-12"))}


def test_an_announced_change_the_records_hold_as_done_then_is_that_change(records):
    """'anunciou oficialmente o fim do aplicativo CBP One' (published 2025-01-20): the records hold the end that day
    and no announcement of it, so the end took effect as announced (terminated, on the records' day). 'announced the
    end of CBP One' a year before the records' end stays an announcement."""
    document = extract_text("O governo americano anunciou oficialmente o fim do aplicativo CBP One, que facilitava a "
                            "entrada legal de migrantes nos Estados Unidos.", records, published=day("2025-01-20"))
    assert [(c.policy, c.status, c.date) for c in document.candidates] == [("cbp-one", "terminated", day("2025-01-20"))]
    assert any("it took effect as announced" in r for r in document.candidates[0].reasons)
    assert claims("The administration announced the end of the CBP One app on Monday.", records, "2024-01-17") == {
        ("cbp-one", "announced", day("2024-01-15"))}


def test_an_announcing_verb_does_not_take_the_object_of_the_act_it_reports(records):
    """'DHS announced Thursday it has restarted the CHNV program': the policy is the object of 'restarted', not of
    'announced' (which once made it an announcement); so with a pronoun ('announced it has already restarted
    CHNV'). 'DHS announced the CHNV program on Thursday' still announces it."""
    assert claims("DHS announced Thursday it has restarted the CHNV program.", records, "2024-08-29") == {
        ("chnv-parole", "active", day("2024-08-29"))}
    assert claims('The CHNV program is back. "Today, DHS announced it has already restarted it, while offering '
                  'only vague assurances."', records, "2024-08-29") == {("chnv-parole", "active", day("2024-08-29"))}
    assert claims("DHS announced the CHNV program on Thursday.", records, "2024-08-30") == {
        ("chnv-parole", "announced", day("2024-08-29"))}


def test_an_order_issued_is_an_order_in_force(records):
    """'A public health order issued in late-March by the CDC barred migrants': Title 42 (described) began then;
    'the CDC first issued the order March 20'. 'issued a statement on Title 42' has its own object."""
    assert claims("A public health order issued in late March 2020 by the Centers for Disease Control and Prevention "
                  "barred unauthorized migrants from entering the U.S.", records, "2020-07-24") == {
        ("title-42", "active", (day("2020-03-21"), day("2020-03-31")))}
    assert claims("Title 42 expels migrants. The CDC first issued the order on March 20.", records, "2020-05-19") == {
        ("title-42", "active", day("2020-03-20"))}
    assert claims("The CDC issued a statement on Title 42 on Monday.", records, "2020-05-19") == set()


def test_a_spanish_or_portuguese_future_passive_is_a_future(records):
    """'El programa CHNV será revocado el 24 de abril' (published in March) once read as a revocation on 24 April of
    the year before (a past date for a day still to come); 'será', 'serán', 'serão' make a future like 'will be'."""
    for text in ("El programa CHNV será revocado el 24 de abril.", "O programa CHNV será revogado em 24 de abril.",
                 "The CHNV program will be revoked on April 24."):
        found = claims(text, records, "2025-03-21")
        assert found == {("chnv-parole", "announced", (None, day("2025-03-21")))}, (text, found)


def test_changes_that_take_effect_are_changes_of_the_policy_named_before(records):
    """'La CBP anunció cambios ... de la aplicación CBP One. Las actualizaciones entran en vigor desde este lunes 4 de
    marzo de 2024': the changes (active, amended) on that Monday; 'entran' (plural) is a verb of taking effect."""
    document = extract_text("La CBP anunció cambios en la reserva de citas a través de la aplicación gratuita CBP One. "
                            "Las actualizaciones entran en vigor desde este lunes 4 de marzo de 2024.", records,
                            published=day("2024-03-04"))
    assert [(c.policy, c.status, c.action, c.date) for c in document.candidates] == [
        ("cbp-one", "active", "amended", day("2024-03-04"))]


def test_a_day_of_the_month_alone_is_the_latest_such_day():
    """'No último dia 28' (published 2020-03-12) is 2020-02-28; 'el día 12' the publication day; 'el pasado día 12'
    a month before; '28 de fevereiro' stays a full date."""
    from timeline.extract import language
    from timeline.extract.text import find_dates

    def dates(code: str, text: str) -> list[tuple]:
        return [(d.text, d.not_before, d.not_after)
                for d in find_dates(text, 0, len(text), day("2020-03-12"), language.words(code))]

    assert dates("pt", "No último dia 28, o tribunal bloqueou.") == [
        ("No último dia 28", day("2020-02-28"), day("2020-02-28"))]
    assert dates("es", "El día 12 el tribunal bloqueó.") == [("El día 12", day("2020-03-12"), day("2020-03-12"))]
    assert dates("es", "El pasado día 12 el tribunal bloqueó.") == [
        ("El pasado día 12", day("2020-02-12"), day("2020-02-12"))]
    assert dates("pt", "O dia 28 de fevereiro foi frio.") == [("28 de fevereiro", day("2020-02-28"), day("2020-02-28"))]
    assert dates("es", "Durante el día el tribunal deliberó.") == []


def test_a_block_the_court_itself_put_on_hold_is_no_block(records):
    """'the Ninth Circuit blocked the Remain in Mexico policy, but suspended its ruling hours later', 'o Tribunal de
    Apelações bloqueou a política ..., mas a suspendeu': active (stayed), and no pause of the policy; a block
    followed by another contrast ('but the administration appealed') stays a block."""
    for text in ("On February 28, the Ninth Circuit blocked the Remain in Mexico policy, but suspended its ruling "
                 "hours later.",
                 "O programa Quédate en México obriga os solicitantes de asilo a esperar no México enquanto os "
                 "processos são julgados. No último dia 28, o Tribunal de Apelações bloqueou essa política por "
                 "considerá-la ilegal, mas a suspendeu enquanto a Casa Branca recorria à Suprema Corte."):
        found = {c for c in claims(text, records, "2020-03-12") if c[2] == day("2020-02-28")}
        assert found == {("remain-in-mexico", "active", day("2020-02-28"))}, text
        assert all(status != "suspended" for _p, status, _w in claims(text, records, "2020-03-12")), text
    assert claims("On February 28, the Ninth Circuit blocked the Remain in Mexico policy, but the administration "
                  "appealed.", records, "2020-03-12") == {("remain-in-mexico", "enjoined", day("2020-02-28"))}


def test_an_earlier_block_described_in_passing_with_an_adverb_is_not_reported(records):
    """'staying a lower court's ruling that had temporarily blocked the policy change': 'that had blocked' is an
    earlier act in passing, with an adverb between as without one; it is no block on the publication day."""
    document = extract_text("The CHNV program is ending. The court issued an unsigned order staying a lower court's "
                            "ruling that had temporarily blocked the policy change.", records,
                            published=day("2025-05-31"))
    assert all(c.status != "enjoined" for c in document.candidates)
    assert any("an earlier act described in passing" in r for c in document.set_aside for r in c.reasons)


def test_stopping_an_operation_is_the_stop_the_records_hold_then(records):
    """'DHS has stopped processing new enrollments for the Remain in Mexico program' pauses the policy, unless the
    records hold a stop of it then (published the day after the records' end of 2021-06-01: terminated, on that
    day); with no stop held then, it stays a pause on or before publication."""
    text = ("The Department of Homeland Security has stopped processing new enrollments for the Remain in Mexico "
            "program.")
    document = extract_text(text, records, published=day("2021-06-02"))
    assert [(c.policy, c.status, c.date) for c in document.candidates] == [
        ("remain-in-mexico", "terminated", day("2021-06-01"))]
    assert any("the records hold a stop of the policy then" in r for r in document.candidates[0].reasons)
    assert claims(text, records, "2020-03-02") == {("remain-in-mexico", "suspended", (None, day("2020-03-02")))}


def test_immigration_courts_are_not_courts_that_rule_on_a_policy(tmp_path):
    """'Immigration courts on Wednesday postponed hearings', 'las cortes de inmigración suspendieron ayer las
    audiencias': an immigration court hears cases under a policy; on a day the records hold a court's act on the
    policy, it is not that act (a federal judge the same day is)."""
    records = court_day_records(tmp_path, COURT_DAY_T42, MPP)
    lead = "Title 42 has been in force since March. "
    assert claims(lead + "Immigration courts on Wednesday postponed hearings for families.", records,
                  "2020-11-19") == {("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}
    assert ("title-42", "active", day("2020-11-18")) in claims(
        lead + "A federal judge on Wednesday blocked expulsions of children.", records, "2020-11-19")


def test_a_pronoun_well_after_the_verb_is_not_its_object(records):
    """'Tigar struck down Biden's rule, deeming it arbitrary' (after a sentence about Title 42): 'it' is the rule
    the verb acted on, not Title 42; 'a judge blocked it temporarily' right after the verb is Title 42."""
    lead = "Title 42 ended in May. "
    assert claims(lead + "Last month, U.S. District Judge Jon S. Tigar struck down Biden's rule, deeming it arbitrary.",
                  records, "2023-08-04") == {("title-42", "terminated", (day("2023-05-01"), day("2023-05-31")))}
    assert ("title-42", "enjoined", (day("2023-07-01"), day("2023-07-31"))) in claims(
        lead + "Last month, a judge blocked it temporarily.", records, "2023-08-04")


def test_a_candidates_promise_and_a_call_for_an_act_are_not_acts(records):
    """'El expresidente y candidato republicano, Donald Trump, dijo este miércoles que ... eliminará la aplicación
    CBP One' is a campaign's promise, not an announcement; 'calling for the repeal of the program' asks for an act.
    'DHS said Wednesday it will end the CBP One app' is an announcement."""
    assert claims("El expresidente y candidato republicano, Donald Trump, dijo este miércoles que en caso de ganar en "
                  "las elecciones de noviembre, eliminará inmediatamente la aplicación CBP One.", records,
                  "2024-09-26") == set()
    assert claims("“We're going to continue calling for the repeal of the Remain in Mexico program,” she said.",
                  records, "2021-12-03") == set()
    assert claims("DHS said Wednesday it will end the CBP One app.", records, "2024-09-26") == {
        ("cbp-one", "announced", day("2024-09-25"))}


def test_a_court_that_refuses_an_end_keeps_the_policy(tmp_path):
    """'El juez rechazó la solicitud de la Administración Biden para acabar con el plan Quédate en México', 'denied
    the administration's request to end ...': no end (it was set aside as a base form). The policy stays as it
    was: active, or the status of the court's act the records hold then, on its day."""
    plain = court_day_records(tmp_path / "plain", MPP)
    assert claims("Judge Kacsmaryk denied the Biden administration's request to end the Remain in Mexico program.",
                  plain, "2022-12-16") == {("remain-in-mexico", "active", (None, day("2022-12-16")))}
    held = court_day_records(tmp_path / "held", MPP.replace("""events:""", """events:
  - date: 2022-12-15
    status: suspended
    action: stayed
    summary: A court stayed the termination.
    sources: [{url: "https://example.org/s", title: S, publisher: P, published: 2022-12-15}]""", 1))
    assert claims("El juez Matthew Kacsmaryk rechazó la solicitud de la Administración Biden para acabar con el plan "
                  "Quédate en México, que obliga a los solicitantes de asilo a esperar en México.", held,
                  "2022-12-16") == {("remain-in-mexico", "suspended", day("2022-12-15"))}


def test_an_executive_order_to_stop_is_what_the_records_say_it_became(tmp_path):
    """'Biden issued an executive order in February to pause the Remain in Mexico program': as an order to end, the
    stop if the records hold one then (suspended), else an announcement; and 'and began allowing asylum seekers to
    enter' is the president's, not the program beginning (the program is the object of the first clause)."""
    records = court_day_records(tmp_path, MPP.replace("""  - date: 2021-06-01""", """  - date: 2021-02-19
    status: suspended
    action: narrowed
    summary: Wind-down begins.
    sources: [{url: "https://example.org/w", title: W, publisher: P, published: 2021-02-19}]
  - date: 2021-06-01""", 1))
    text = ("Context: President Biden issued an executive order in February to pause the Remain in Mexico program, "
            "and began allowing asylum seekers to enter the U.S. in phases.")
    assert claims(text, records, "2021-06-02") == {
        ("remain-in-mexico", "suspended", (day("2021-02-01"), day("2021-02-28")))}
    assert claims(text.replace("February", "March"), records, "2021-06-02") == {
        ("remain-in-mexico", "announced", (day("2021-03-01"), day("2021-03-31")))}
    assert claims("The Remain in Mexico program started in 2019 and ended in 2021.", records, "2021-06-02") == {
        ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31"))),
        ("remain-in-mexico", "terminated", (day("2021-01-01"), day("2021-06-02")))}


def test_a_dated_saying_verb_after_a_future_description_announces_it(tmp_path):
    """'Biden fechará temporariamente a fronteira ... para solicitantes de asilo ..., disse a Casa Branca nesta
    terça-feira (4)': the description's own verb is in the future, and a saying verb with its day reports it:
    announced that day. Without the day ('disse a Casa Branca') it is no announcement."""
    rule = """\
id: border-rule
name: Border rule
described_as:
  pt: [fecha* ... fronteira ... asilo]
events:
  - date: 2024-06-05
    status: active
    action: implemented
    summary: In force.
    sources: [{url: "https://example.org/b", title: B, publisher: P, published: 2024-06-05}]
"""
    records = court_day_records(tmp_path, rule)
    text = ("O presidente Joe Biden fechará temporariamente a fronteira EUA-México para solicitantes de asilo sempre "
            "que o número de travessias ilegais de migrantes aumentar, disse a Casa Branca nesta terça-feira (4).")
    assert claims(text, records, "2024-06-04") == {("border-rule", "announced", day("2024-06-04"))}
    assert claims(text.replace(" nesta terça-feira (4)", ""), records, "2024-06-04") == set()


def test_a_policy_with_a_relative_clause_is_the_subject_of_the_verb_after_it(tmp_path):
    """'La orden de salud pública que permitía a Estados Unidos bloquear el acceso ... expiró este jueves': the
    verb after the relative clause is the policy's (it was 'named far', and a description far away was set
    aside); not when another verb of the lexicon reports an act in between."""
    records = court_day_records(tmp_path, TITLE_42.replace("  en: [pandemic restriction*, public health order]",
                                                           "  en: [pandemic restriction*, public health order]\n"
                                                           "  es: [orden de salud pública]"))
    text = ("La orden de salud pública que permitía a Estados Unidos bloquear el acceso a su territorio desde el "
            "comienzo de la pandemia expiró este jueves, sembrando confusión en la frontera.")
    assert claims(text, records, "2023-05-11") == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("La orden de salud pública que Biden suspendió en 2021 a pesar de las críticas de los republicanos "
                  "expiró este jueves.", records, "2023-05-11") != {("title-42", "terminated", day("2023-05-11"))}


def test_finalization_ends_a_policy(records):
    """'O DHS anunciou a finalização dos programas de parole CHNV', 'anunció la finalización del programa CHNV':
    an announced end; 'finalizou o programa CHNV' ends it."""
    assert claims("O Departamento de Segurança Nacional dos Estados Unidos anunciou a finalização do programa CHNV "
                  "para cidadãos de Cuba, Haiti, Nicarágua e Venezuela.", records, "2025-03-21") == {
        ("chnv-parole", "announced", (None, day("2025-03-21")))}
    assert claims("El Departamento de Seguridad Nacional anunció la finalización del programa CHNV para los "
                  "ciudadanos de Cuba, Haití, Nicaragua y Venezuela.", records, "2025-03-21") == {
        ("chnv-parole", "announced", (None, day("2025-03-21")))}
    assert claims("O governo dos Estados Unidos finalizou o programa CHNV em março de 2025, segundo o departamento.",
                  records, "2025-04-01") == {("chnv-parole", "terminated", (day("2025-03-01"), day("2025-03-31")))}


def test_united_states_is_no_saying_verb(records):
    """'... aliens in the United States under the CHNV parole programs will terminate on April 24th' once read
    'States' as a saying verb that reported the future change, and dated the announcement by the day it takes
    effect, put in the year before publication (2024-04-24); it is a scheduled change announced on or before
    publication."""
    assert claims("The temporary parole period of aliens in the United States under the CHNV parole programs will "
                  "terminate on April 24th, unless the alien has a valid basis for remaining.", records,
                  "2025-03-21") == {("chnv-parole", "announced", (None, day("2025-03-21")))}


def test_the_next_sentence_dates_by_the_day_right_after_its_noun(records):
    """'DHS says it has ended the Remain in Mexico program. The announcement Monday came hours after a judge lifted an
    order in effect since December': the announcement's day is Monday, not December."""
    document = extract_text("The Department of Homeland Security says it has ended the Remain in Mexico program. The "
                            "announcement Monday came hours after a judge lifted an order in effect since December.",
                            records, published=day("2022-08-09"))
    ended = [c for c in document.candidates if c.status == "terminated"]
    assert [(c.date, c.not_before) for c in ended] == [(day("2022-08-08"), None)]


def test_a_day_of_last_year_and_a_memo_that_ends_a_policy(records):
    """'On June 1 of last year, however, Mayorkas issued a memorandum stating that MPP should be terminated'
    (published 2022-01-21): the day is 2021-06-01, not the whole of 2021; and the memorandum is an order to end
    (what the records say it became: the end that day), not the policy in effect. 'was first initiated in January
    2019': an adverb between the auxiliary and the participle keeps the passive."""
    from timeline.extract.text import find_dates

    text = "On June 1 of last year, Mayorkas issued a memo."
    assert [(d.not_before, d.not_after) for d in find_dates(text, 0, len(text), day("2022-01-21"))] == [
        (day("2021-06-01"), day("2021-06-01"))]
    assert claims("On June 1 of last year, however, DHS Secretary Alejandro Mayorkas issued a memorandum stating that "
                  "MPP should be terminated.", records, "2022-01-21") == {
        ("remain-in-mexico", "terminated", day("2021-06-01"))}
    assert claims("Not long after the MPP program was first initiated in January 2019, it was challenged.", records,
                  "2022-01-21") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-01-31")))}


def test_more_starts_and_a_court_order_with_a_passive_subjunctive(records):
    """'Os Protocolos ... (conhecidos como "Quédate en México" ou MPP) foram introduzidos ... em janeiro de 2019' (a
    parenthesis between the policy and its passive does not count), 'puesto en vigor', 'inaugurated': starts. 'Um
    juiz ... determinou em agosto que o MPP fosse restabelecido': a court order to restart (suspended)."""
    assert claims('O programa Migrant Protection Protocols (conhecido informalmente como "Quédate en México" ou MPP) '
                  'foi introduzido pelo governo do republicano Donald Trump em janeiro de 2019.', records,
                  "2021-12-06") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-01-31")))}
    assert claims("El programa CHNV, puesto en vigor por la administración de Joe Biden en enero de 2023, sigue "
                  "vigente para los migrantes.", records, "2023-06-23") == {
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-01-31")))}
    assert claims("The CHNV program was inaugurated by the Biden Administration in 2023.", records, "2024-08-29") == {
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-12-31")))}
    assert claims('Um juiz federal do Texas determinou em agosto que o MPP fosse restabelecido "de boa fé".', records,
                  "2021-12-06") == {("remain-in-mexico", "suspended", (day("2021-08-01"), day("2021-08-31")))}


def test_a_participle_of_a_policy_named_as_a_means_is_its_own(records):
    """'people who came to the US under the CHNV parole program launched by former president Joe Biden': the program
    is named as a means, but 'launched' is its own participle (its launch), a background start on or before
    publication; 'were returned under the Remain in Mexico program in 2019' stays a means."""
    assert claims("It affects half a million people who came to the US under the CHNV program launched by "
                  "former president Joe Biden.", records, "2025-05-31") == {
        ("chnv-parole", "active", (None, day("2025-05-31")))}
    assert claims("Many were returned under the Remain in Mexico program in 2019.", records, "2025-05-31") == set()


def test_two_acts_of_one_sentence_joined_by_and(records):
    """'MPP started in San Diego earlier this year, and last week were extended to a second port': the 'and' clause
    continues the subject across a date and a long first clause, and the start and the extension, two acts of one
    sentence, are both kept (the wider start was dropped for the narrower extension)."""
    assert claims("The Trump administration's Migrant Protection Protocols started in San Diego, California, earlier "
                  "this year, and last week were extended to a second port of entry at Calexico.", records,
                  "2019-03-16") == {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-03-16"))),
                                    ("remain-in-mexico", "active", (day("2019-03-04"), day("2019-03-10")))}


def test_last_month_of_the_same_name_is_a_year_back():
    """'The policy began last March', written in March 2021, is March 2020 (a month said with 'last' in that same
    month is the year before, as Spanish 'el pasado marzo' already was); 'in March' is still this March, up to
    publication."""
    from timeline.extract.text import find_dates

    published = day("2021-03-26")
    for text, window in (("The policy began last March under the Trump administration.",
                          (day("2020-03-01"), day("2020-03-31"))),
                         ("The policy began this past March.", (day("2020-03-01"), day("2020-03-31"))),
                         ("The policy began in March.", (day("2021-03-01"), day("2021-03-26"))),
                         ("The policy began last January.", (day("2021-01-01"), day("2021-01-31")))):
        assert [(d.not_before, d.not_after) for d in find_dates(text, 0, len(text), published)] == [window], text


def test_that_year_is_the_year_written_last():
    """'Advocates moved to block the program in February 2019, and a judge enjoined MPP in early April of that year':
    'of that year' is the year written last before it (2019), not the publication's; so are 'de ese año', 'daquele
    ano' and 'later that year'. With no year written before, the month is left as it was."""
    from timeline.extract import language
    from timeline.extract.text import find_dates

    published = day("2021-11-04")
    for code, text in (
            ("en", "Advocates sued in February 2019. A judge enjoined MPP in early April of that year."),
            ("es", "Los abogados demandaron en febrero de 2019. Un juez bloqueó el MPP en abril de ese año."),
            ("pt", "Os advogados processaram em fevereiro de 2019. Um juiz bloqueou o MPP em abril daquele ano.")):
        words = language.words(code) if code != "en" else None
        second = text.index(". ") + 2
        found = find_dates(text, second, len(text), published, words)
        assert [(d.not_before.year, d.not_before.month) for d in found] == [(2019, 4)], (code, found)
    text = "The program began in 2019. Later that year, it expanded to El Paso."
    found = find_dates(text, text.index("Later"), len(text), published)
    assert [(d.not_before, d.not_after) for d in found] == [(day("2019-01-01"), day("2019-12-31"))]
    text = "A judge enjoined MPP in April of that year."
    assert [(d.not_before.year) for d in find_dates(text, 0, len(text), published)] == [2021]


def test_a_plan_named_with_the_policy_is_its_head_noun(records):
    """'The Trump administration's "Remain in Mexico" plan expands to Nuevo Laredo': 'plan' right after the policy's
    name is the name's head noun, not a plan to expand; 'plans to expand' still is one."""
    assert claims('The Trump administration\'s "Remain in Mexico" plan expands to Nuevo Laredo', records,
                  "2019-07-10") == {("remain-in-mexico", "active", (None, day("2019-07-10")))}
    assert claims("The administration plans to expand Remain in Mexico to Nuevo Laredo.", records,
                  "2019-07-10") == set()


def test_the_subject_before_a_long_relative_clause_and_people_seeking_asylum(records):
    """'The Remain in Mexico program for migrants who entered the U.S. without documents and claimed to be seeking
    asylum has expanded to another Mexican city': the policy, its head noun and a phrase on it, then a relative
    clause with an 'and' of its own, is the subject of the verb after it; and 'seeking asylum' is no plan
    ('seeking to end' still is; so 'buscan asilo' and 'busca terminar')."""
    assert claims("The Remain in Mexico program for migrants who entered the U.S. without documents and claimed to "
                  "be seeking asylum has expanded to another Mexican city.", records, "2019-07-10") == {
        ("remain-in-mexico", "active", (None, day("2019-07-10")))}
    assert claims("Officials seeking to expand the Remain in Mexico program met on Monday.", records,
                  "2019-07-10") == set()
    assert claims("El gobierno busca terminar el programa Quédate en México.", records, "2019-07-10") == set()


def test_stopping_an_operation_and_extending_a_stop(records):
    """'O DHS parou de conceder autorização de viagem ... em julho' stops an operation of the policy, as 'deixou de
    conceder' and 'stopped issuing' do (suspended); 'later extended the pause', 'estendeu a pausa', 'extendió la
    suspensión' extend a stop, not the policy (suspended, not expanded)."""
    assert claims("O DHS parou de conceder autorização de viagem aos venezuelanos ao abrigo da política, conhecida "
                  "como CHNV, em julho.", records, "2024-08-03") == {
        ("chnv-parole", "suspended", (day("2024-07-01"), day("2024-07-31")))}
    for text in ("In July, DHS extended the pause on the CHNV program to Cubans, Haitians and Nicaraguans.",
                 "Em julho, o DHS estendeu a pausa do programa CHNV aos cubanos, haitianos e nicaraguenses.",
                 "En julio, el DHS extendió la suspensión del programa CHNV a cubanos, haitianos y nicaragüenses."):
        assert claims(text, records, "2024-08-03") == {
            ("chnv-parole", "suspended", (day("2024-07-01"), day("2024-07-31")))}, text


def test_a_determination_a_practice_and_the_beginning_of_a_policy(records):
    """'Esta determinación entró en vigor en marzo de 2020', 'this practice', 'esta prática' stand for the policy
    named before, as 'esta medida' does; 'el inicio de', 'o início do', 'the beginning of' name its start."""
    for text, published in (
            ("El Título 42 sigue vigente. Esta determinación entró en vigor en marzo de 2020.", "2022-12-28"),
            ("O Título 42 segue vigente. Esta determinação entrou em vigor em março de 2020.", "2022-12-28"),
            ("Title 42 remains in place. This practice took effect in March 2020.", "2022-12-28"),
            ("El Título 42 sigue vigente. El inicio de esta práctica en marzo de 2020 cambió todo.", "2022-12-28"),
            ("O Título 42 segue vigente. O início desta prática em março de 2020 mudou tudo.", "2022-12-28"),
            ("Title 42 remains in place. The beginning of Title 42 in March 2020 changed everything.", "2022-12-28")):
        assert claims(text, records, published) == {
            ("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}, text


def test_a_court_orders_the_policy_reinstated(records):
    """'Supreme Court orders "Remain in Mexico" policy reinstated': a court order with the policy and its participle
    after it is an order to restart (suspended: revived, not yet operated), as 'ordered the administration to
    reinstate it' is; a restart with no order stays a restart."""
    assert claims("Supreme Court orders 'Remain in Mexico' policy reinstated", records, "2021-08-25") == {
        ("remain-in-mexico", "suspended", (None, day("2021-08-25")))}
    assert claims("The administration reinstated the Remain in Mexico policy on Monday.", records,
                  "2021-12-07") == {("remain-in-mexico", "active", day("2021-12-06"))}


def test_beginning_the_policys_own_operation_is_its_start(records):
    """'Under MPP, officials began returning asylum seekers ... on December 8', 'donde empezaron a retornarlos ... el
    pasado 8 de diciembre', 'começaram a devolver': the policy's own operation begins (its start or restart), not
    a policy named as a means; beginning something else ('began reviewing') is not."""
    for text in ("Under MPP, officials began returning asylum seekers to Ciudad Juárez on December 8.",
                 "Son 222 personas dentro de la política MPP en Ciudad Juárez, donde empezaron a retornarlos a suelo "
                 "mexicano el pasado 8 de diciembre.",
                 "Sob o MPP, as autoridades começaram a devolver os migrantes em 8 de dezembro."):
        assert claims(text, records, "2021-12-10") == {("remain-in-mexico", "active", day("2021-12-08"))}, text
    assert claims("Under MPP, officials began reviewing cases on December 8.", records, "2021-12-10") == set()


def test_a_passive_without_subject_in_a_subordinate_clause(records):
    """'El MPP siguió aplicándose hasta que fue eliminado en agosto de 2022', 'O MPP continuou em vigor até que foi
    encerrado em agosto de 2022': Spanish and Portuguese drop the subject; a passive with none in a clause a
    subordinator opens is about the sentence's subject, the policy it opens with (not one after a preposition)."""
    for text in ("El MPP siguió aplicándose hasta que fue eliminado en agosto de 2022.",
                 "O MPP continuou em vigor até que foi encerrado em agosto de 2022."):
        assert claims(text, records, "2025-01-17") == {
            ("remain-in-mexico", "terminated", (day("2022-08-01"), day("2022-08-31")))}, text
    assert claims("Los migrantes del MPP esperaron hasta que fue eliminado en agosto de 2022.", records,
                  "2025-01-17") == set()


def test_instrumentar_implements(records):
    """'como parte del Programa de Protección al Migrante que instrumentó el entonces presidente Donald Trump': a
    start, as 'implementó' is."""
    assert claims("Los migrantes fueron retornados como parte del programa Quédate en México que instrumentó el "
                  "entonces presidente Donald Trump.", records, "2021-03-16") == {
        ("remain-in-mexico", "active", (None, day("2021-03-16")))}


def test_a_memo_terminating_the_policy_issued_on_a_day(records, tmp_path):
    """'Mayorkas's latest memo terminating the MPP, issued on October 29': a directive noun with the act's gerund
    right after it is an order to end, dated by its own 'issued on' even when the sentence opens with another
    date; and when the records hold the end as announced that day (a memo whose end waits on a court), the
    candidate is that announcement."""
    text = "On November 1, I analyzed Mayorkas's memo terminating MPP, issued on June 1."
    assert claims(text, records, "2021-11-04") == {("remain-in-mexico", "terminated", day("2021-06-01"))}
    (tmp_path / "remain-in-mexico.yaml").write_text(MPP.replace("  - date: 2021-12-06\n", """\
  - date: 2021-10-29
    status: terminated
    action: announced
    summary: A second memo announces the end, once the court order is lifted.
    sources: [{url: "https://example.org/m", title: M, publisher: P, published: 2021-10-29}]
  - date: 2021-12-06
"""), encoding="utf-8")
    held = Timeline(tmp_path, cache=False).policies()
    text = "On November 1, I analyzed Mayorkas's latest memo terminating MPP, issued on October 29."
    assert claims(text, held, "2021-11-04") == {("remain-in-mexico", "announced", day("2021-10-29"))}


def test_in_order_to_is_no_end_and_a_determination_needs_a_demonstrative(records):
    """'invocó la Sección 235 ... a fin de regresar a México a los solicitantes de asilo': 'a fin de' (in order to)
    names no end (the sentence is the announcement the records hold that Thursday), nor does 'a fim de'; 'México
    ha adoptado la determinación independiente de ...': 'la determinación' is Mexico's, not the policy named
    before (only 'esta determinación' would be)."""
    assert claims("Estados Unidos invocó este jueves la Sección 235 a fin de regresar a México a los solicitantes de "
                  "asilo del programa Quédate en México.", records, "2018-12-20") == {
        ("remain-in-mexico", "announced", day("2018-12-20"))}
    assert claims("Os EUA invocaram a Seção 235 a fim de que o programa Quédate en México seja aplicado.", records,
                  "2018-12-20") == set()
    assert claims("Estados Unidos invocó la Sección 235 a fin de esperar en México las audiencias.", records,
                  "2018-12-20") == set()
    assert claims("El programa Quédate en México sigue vigente. México ha adoptado la determinación independiente y "
                  "se comprometerá a recibir a los migrantes.", records, "2019-03-01") == set()


def test_ese_and_esa_point_back_too(records):
    """'la llamada Título 42 ... Esa orden, invocada por Trump por la pandemia, posibilita ...': 'ese', 'esa' (and
    'esos', 'esas') are demonstratives as 'este' and 'esta' are: the order is the policy named before."""
    assert claims("La llamada Título 42 sigue hoy vigente en la frontera. Esa orden, invocada por Trump por la "
                  "pandemia, posibilita expulsar a los migrantes.", records, "2021-06-09") == {
        ("title-42", "active", (None, day("2021-06-09")))}


def test_taking_effect_with_no_subject(records):
    """'El programa se dio a conocer en diciembre de 2018. Y se hizo efectivo en enero de 2019.', 'Entró en vigor
    en ...': Spanish and Portuguese drop the subject; a sentence that opens (after a conjunction, if any) with a
    verb of taking effect is about the policy the previous sentence named."""
    for text in ("El programa Quédate en México se dio a conocer en diciembre de 2018. Y se hizo efectivo en enero "
                 "de 2019.",
                 "El programa Quédate en México se dio a conocer en diciembre de 2018. Entró en vigor en enero de "
                 "2019.",
                 "O programa Quédate en México foi anunciado em dezembro de 2018. E entrou em vigor em janeiro de "
                 "2019."):
        assert ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-01-31"))) in claims(
            text, records, "2024-11-20"), text


def test_no_longer_applying_is_an_end(records):
    """'Desde este jueves ya no se aplica el título 42', 'o Título 42 já não se aplica desde quinta-feira': a
    negation that says the policy stopped applying reports its end (and Portuguese 'se' right before the verb is
    its clitic, not 'if'); 'does not apply to Mexicans' is still no act."""
    for text in ("Desde este jueves ya no se aplica el Título 42.", "O Título 42 já não se aplica desde quinta-feira."):
        assert claims(text, records, "2023-05-12") == {("title-42", "terminated", day("2023-05-11"))}, text
    assert claims("Title 42 does not apply to Mexicans.", records, "2023-05-12") == set()


def test_his_first_day_is_not_the_possessive_presidents(records):
    """'President Joe Biden had suspended former President Donald Trump's Remain in Mexico policy on his first day
    in office': the first day is Biden's (2021-01-20); a president named in a possessive is not the one meant."""
    assert claims("President Joe Biden had suspended former President Donald Trump's Remain in Mexico policy on his "
                  "first day in office.", records, "2021-08-20") == {
        ("remain-in-mexico", "suspended", day("2021-01-20"))}


def test_a_block_then_put_on_hold_by_the_same_court(records):
    """'Court temporarily blocks Trump's Remain in Mexico policy, then stays its own order', 'La Corte bloquea ... el
    programa Quédate en México, luego suspende su propia orden': a sequence word does what 'but' does, the block
    did not take effect (active), and the pause is the court's of its own order, not of the policy."""
    for text in ("Court temporarily blocks Trump's Remain in Mexico policy, then stays its own order",
                 "La Corte bloquea temporalmente el programa Quédate en México, luego suspende su propia orden"):
        assert claims(text, records, "2020-02-29") == {("remain-in-mexico", "active", (None, day("2020-02-29")))}, \
            text


def test_the_rules_known_as_a_name_and_an_imminent_end(records):
    """'The end of the rules known as Title 42': the head noun stands for the name it is known by (Title 42, not
    the rule named before); and 'the imminent end', 'el inminente fin' is an act still to come."""
    assert claims("The new asylum rule takes effect soon. The end of the rules known as Title 42 stirred fear among "
                  "migrants on Thursday.", records, "2023-05-12") == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("The new asylum rule takes effect soon. The imminent end of the rules known as Title 42 stirred "
                  "fear among migrants.", records, "2023-05-10") == set()
    assert claims("El inminente fin del Título 42 preocupa a los migrantes.", records, "2023-05-10") == set()


def test_an_as_phrase_between_the_announcing_verb_and_its_que(records):
    """'Trump anunció durante su discurso de investidura como el nuevo presidente de Estados Unidos que se retomará
    la estrategia Quédate en México': the 'como' phrase keeps 'anunció' the verb that reports the future restart."""
    assert claims("Trump anunció durante su discurso de investidura como el nuevo presidente de Estados Unidos que se "
                  "retomará la estrategia Quédate en México.", records, "2025-01-20") == {
        ("remain-in-mexico", "announced", (None, day("2025-01-20")))}


def test_after_first_launching_is_an_act_in_passing(records):
    """'launched the parole process for Cuba ... in January 2023, after first launching the program in October 2022
    for Venezuela': 'first' between 'after' and the gerund is an adverb, as '-ly' words are; the act is stated."""
    assert claims("The administration expanded the CHNV program in January 2023, after first launching the program "
                  "in October 2022 for Venezuela.", records, "2024-03-09") == {
        ("chnv-parole", "active", (day("2023-01-01"), day("2023-01-31"))),
        ("chnv-parole", "active", (day("2022-10-01"), day("2022-10-31")))}


def test_a_bracketed_acronym_names_the_name_before_it(records):
    """'al programa conocido como Protocolo de Protección para Migrantes (MPP, por sus siglas en inglés)': the
    bracket glosses the name before it, so its 'MPP' is the object of the clause's verb, not an aside; a bracket
    after a lowercase word, or after a single capitalised word ('in Texas (MPP)'), stays an aside."""
    text = ("El Departamento de Seguridad Nacional (DHS) suspendió la inscripción de personas al programa conocido "
            "como Protocolo de Protección para Migrantes (MPP, por sus siglas en inglés).")
    assert claims(text, records, "2021-01-30") == {("remain-in-mexico", "suspended", (None, day("2021-01-30")))}
    assert claims("El Departamento de Seguridad Nacional suspendió la inscripción de personas al programa de "
                  "asilo (MPP, por sus siglas en inglés).", records, "2021-01-30") == set()
    assert claims("A judge in Texas (MPP) no longer used the forms.", records, "2021-01-30") == set()


def test_an_object_known_by_the_name_after_it(records):
    """'anuló una política de la era de la pandemia conocida como Título 42': the verb's object is the noun the
    name after 'known as' names, however long its modifiers; another act between them breaks the link."""
    assert claims("Un juez federal en Washington anuló una política de la era de la pandemia conocida como Título 42.",
                  records, "2022-11-16") == {("title-42", "enjoined", (None, day("2022-11-16")))}
    assert claims("A judge struck down a policy of the first Trump administration known as Title 42.",
                  records, "2022-11-16") == {("title-42", "enjoined", (None, day("2022-11-16")))}
    assert claims("Un juez federal anuló una demanda que pedía reanudar la política conocida como Título 42.",
                  records, "2022-11-16") == set()
    # an act between the verb and the name ('la suspensión de') is what the verb acts on, not the policy
    document = extract_text("El juez anuló la suspensión de la política conocida como Título 42.", records,
                            published=day("2022-11-16"))
    assert not any(c.status == "enjoined" for c in document.candidates + document.set_aside)


def test_a_ruling_of_a_day_in_the_next_sentence_dates_the_courts_act(records):
    """'... anuló ... Título 42. En un fallo del martes, el juez ...': the ruling's day dates the court's act the
    sentence before left undated; an act that is not a court's keeps its bound."""
    assert claims("Un juez federal anuló el Título 42. En un fallo del martes, el juez Sullivan dijo que la política "
                  "era arbitraria.", records, "2022-11-20") == {("title-42", "enjoined", day("2022-11-15"))}
    assert claims("A federal judge struck down Title 42. In a 49-page ruling on Tuesday, Judge Sullivan said the "
                  "policy was arbitrary.", records, "2022-11-20") == {("title-42", "enjoined", day("2022-11-15"))}
    assert claims("The administration suspended the MPP program. In a ruling Tuesday, a judge said nothing about it.",
                  records, "2021-01-22") == {("remain-in-mexico", "suspended", (None, day("2021-01-22")))}
    # not a court's decision, or a ruling of another year: the act keeps its bound
    for text in ("A federal judge struck down Title 42. In his decision Tuesday, Biden said he would appeal.",
                 "A federal judge struck down Title 42. In an opinion piece published Tuesday, the governor disagreed.",
                 "Un juez federal anuló el Título 42. En su decisión de 2020, el mismo juez había dicho lo contrario."):
        assert ("title-42", "enjoined", (None, day("2022-11-20"))) in claims(text, records, "2022-11-20"), text


def test_a_court_ordered_that_the_program_be_restarted(records):
    """'ordered that the program be reinstated Saturday', 'ordenó ... que el programa se restableciera este sábado':
    a court order of a restart, dated by the order, with the policy between the order and its verb."""
    expected = {("remain-in-mexico", "suspended", (day("2021-08-09"), day("2021-08-15")))}
    assert claims("The Remain in Mexico program forces asylum seekers to wait. Judge Matthew Kacsmaryk last week "
                  "ordered that the program be reinstated Saturday.", records, "2021-08-20") == expected
    assert claims("El programa Quédate en México obliga a esperar. Pero el juez Matthew Kacsmaryk ordenó la semana "
                  "pasada que el programa se restableciera este sábado.", records, "2021-08-20") == expected


def test_an_act_noun_whose_link_opens_the_reference(records):
    """'el fin del programa', 'o fim do programa': the noun's 'del'/'do' also opens the reference 'del programa';
    the noun still names the act of the policy the reference stands for."""
    expected = {("remain-in-mexico", "active", (day("2019-01-01"), day("2019-12-31"))),
                ("remain-in-mexico", "terminated", (day("2021-01-01"), day("2021-01-31")))}
    assert claims("El programa Quédate en México fue creado por Trump en 2019. En enero de 2021, Biden decretó el fin "
                  "del programa.", records, "2021-12-03") == expected
    assert claims("O programa MPP foi criado por Trump em 2019. Em janeiro de 2021, Biden decretou o fim do "
                  "programa.", records, "2021-12-03") == expected


def test_a_request_that_a_court_end_a_program_is_no_act(records):
    """'han pedido a una corte federal que se ponga fin al programa', 'pidan la suspensión del programa': asked
    for, not done."""
    for text in ("El programa de parole humanitario sigue vigente. Veinte estados han pedido a una corte federal que "
                 "se ponga fin al programa.",
                 "El programa de parole humanitario sigue vigente. No hay una moción de los estados que pidan la "
                 "suspensión del programa."):
        document = extract_text(text, records, published=day("2024-04-01"))
        assert not any(c.status in ("terminated", "suspended") for c in document.candidates), text
        assert any(c.policy == "chnv-parole" and "modality" in " ".join(c.reasons) for c in document.set_aside), text


def test_the_courts_called_justice_order_a_restart(records):
    """'onde a Justiça ordenou a reimplementação da política': 'a Justiça' is the courts, so its order to restart
    the policy revives it without operating it (suspended)."""
    assert claims("O programa MPP obriga os migrantes a esperar no México pela resposta aos seus pedidos. O governo "
                  "Biden tentou encerrá-lo, mas a Justiça dos EUA ordenou a reimplementação da política.", records,
                  "2021-12-03") == {
        ("remain-in-mexico", "suspended", (None, day("2021-12-03")))}


def test_a_participle_of_announcing_after_an_act_noun_bounds_that_act(records):
    """'antes de la suspensión temporal del programa anunciada el viernes', 'the suspension of the program announced
    on Friday': the participle says when the pause was made known (on or before that day), and is no announcement
    of its own."""
    expected = {("chnv-parole", "suspended", (None, day("2024-08-02")))}
    assert claims("El parole humanitario ayudó a muchos. Podrán viajar quienes tenían permiso antes de la suspensión "
                  "temporal del programa anunciada el viernes.", records, "2024-08-05") == expected
    assert claims("The CHNV parole program helped many. Travel was allowed before the suspension of the program "
                  "announced on Friday.", records, "2024-08-05") == expected


def test_a_policy_no_longer_used_stopped(records):
    """'would no longer be used', 'are no longer being newly enrolled into MPP', 'ya no se usaría', 'não seria mais
    usado': the policy's operation stopped (suspended, or the stop the records hold then); 'will no longer' and 'ya
    no se usará' are futures, left to the announcement rules."""
    monday = {("cbp-one", "terminated", day("2025-01-20"))}  # the fixture's records end CBP One that Monday
    assert claims("The CBP One app would no longer be used to admit migrants, officials said on Monday.", records,
                  "2025-01-22") == monday
    assert claims("La aplicación CBP One ya no se usaría para pedir citas, informó el lunes la CBP.", records,
                  "2025-01-22") == monday
    assert claims("O aplicativo CBP One não seria mais usado para agendar entrevistas, informou a CBP nesta "
                  "segunda-feira.", records, "2025-01-22") == monday
    assert claims("Individuals are no longer being newly enrolled into MPP.", records, "2022-08-09") == {
        ("remain-in-mexico", "suspended", (None, day("2022-08-09")))}
    assert claims("The CBP One app will no longer be used to admit migrants.", records, "2025-01-22") == set()
    assert claims("La aplicación CBP One ya no se usará para pedir citas.", records, "2025-01-22") == set()
    # a relative clause between the subject and the phrase
    assert claims("On Monday, CBP announced that the CBP One app, which worked as recently as that morning, would no "
                  "longer be used to admit migrants.", records, "2025-01-22") == monday
    for text in ("The CBP One app could no longer be used after the change.",  # hedged
                 "Officials denied that the CBP One app would no longer be used.",  # negated
                 "If the CBP One app is no longer used, migrants will cross.",  # a condition
                 "The CBP One app would no longer be used.",  # 'would' that nothing reports
                 "Under Title 42, asylum seekers are no longer processed at the border.",  # the policy as a means
                 "Title 42 applied for three years, and paper forms are no longer accepted."):  # another subject
        assert not any(status == "suspended" or (policy == "cbp-one" and status == "terminated")
                       for policy, status, _w in claims(text, records, "2025-01-22")), text


def test_a_modal_right_after_a_name_is_still_a_modal(records):
    """'The CBP One app may be suspended soon', 'MPP might be reinstated by the court': a modal verb right after a
    policy's name hedges the act; only a plan noun there is the name's head ('the Remain in Mexico plan')."""
    assert claims("The CBP One app may be suspended soon.", records, "2023-04-01") == set()
    assert claims("MPP might be reinstated by the court.", records, "2023-04-01") == set()
    assert claims("The 'Remain in Mexico' plan expands to Nogales on Monday.", records, "2023-04-01") == {
        ("remain-in-mexico", "active", day("2023-03-27"))}


def test_a_court_that_blocks_an_attempt_to_end_keeps_the_policy(tmp_path):
    """'temporarily blocked a bid by the White House to end the Remain in Mexico policy': the block's object is the
    attempt, not the policy (it was read as `enjoined`). Like a refused request, the policy stays as it was: the
    court's act the records hold then (suspended), else active; and 'blocked ... from ending' asks the records the
    same. A block told in a relative clause on a ruling another court undoes is not read; nor is one by no court."""
    held = court_day_records(tmp_path / "held", MPP.replace("""events:""", """events:
  - date: 2022-12-15
    status: suspended
    action: stayed
    summary: A court stayed the termination.
    sources: [{url: "https://example.org/s", title: S, publisher: P, published: 2022-12-15}]""", 1))
    plain = court_day_records(tmp_path / "plain", MPP)
    bid = "A federal judge in Texas on Thursday temporarily blocked a bid by the White House to end the Remain in " \
          "Mexico policy."
    assert claims(bid, held, "2022-12-16") == {("remain-in-mexico", "suspended", day("2022-12-15"))}
    assert claims(bid, plain, "2022-12-16") == {("remain-in-mexico", "active", day("2022-12-15"))}
    assert claims("Un juez federal bloqueó el jueves el intento del gobierno de poner fin al programa Quédate en "
                  "México.", held, "2022-12-16") == {("remain-in-mexico", "suspended", day("2022-12-15"))}
    assert claims("A federal judge on Thursday blocked the Biden administration from ending the Remain in Mexico "
                  "policy.", held, "2022-12-16") == {("remain-in-mexico", "suspended", day("2022-12-15"))}
    undone = ("An appeals court on Thursday overturned a lower court ruling that had blocked the administration's "
              "decision to end the Remain in Mexico policy.")
    assert "blocked" not in {c.trigger for c in extract_text(undone, plain, published=day("2022-12-16")).candidates}
    assert not {c for c in claims("Congress on Thursday blocked a bid by the White House to end the Remain in "
                                  "Mexico policy.", plain, "2022-12-16") if c[1] == "active"}


def test_once_before_an_article_is_formerly_not_a_condition(records):  # noqa: F811
    """'The CBP One app, once a crucial tool for asylum seekers, has been shut down': 'once a' is the adverb
    (formerly), not the conjunction that makes the clause a condition (nothing was found); 'once implemented' still
    is one."""
    found = claims("The CBP One app, once a crucial tool for asylum seekers at the U.S. southern border, has been "
                   "shut down by the Trump administration.", records, "2025-01-21")
    assert found == {("cbp-one", "terminated", (None, day("2025-01-21")))}
    assert not claims("Once implemented, the CBP One app will be shut down.", records, "2025-01-21") & {
        ("cbp-one", "terminated", (None, day("2025-01-21")))}


def test_putting_a_policy_into_operation_or_practice_starts_it(records):  # noqa: F811
    """'puso en operación el Título 42', 'colocou em prática o Título 42 em março de 2020': like 'puso en marcha',
    a start (nothing was found)."""
    assert claims("La administración Donald Trump puso en operación el Título 42 para expulsar a personas.", records,
                  "2021-08-10") == {("title-42", "active", (None, day("2021-08-10")))}
    assert claims("O governo Trump colocou em prática o Título 42 em março de 2020, durante a pandemia de covid.",
                  records, "2021-08-10") == {("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}


def test_an_act_said_to_come_later_follows_the_dated_one(records):  # noqa: F811
    """'implementado en octubre de 2022 para venezolanos y luego ampliado para cubanos', 'launched in October 2022 and
    later expanded': the later act is on or after the first one's first day (it read as 'on or before publication',
    which no annotated window fits); without a word of sequence it stays undated."""
    assert claims("El parole humanitario, implementado en octubre de 2022 para venezolanos y luego ampliado para "
                  "cubanos, haitianos y nicaragüenses, ha permitido a más de 500 mil personas.", records,
                  "2024-09-25") == {("chnv-parole", "active", (day("2022-10-01"), day("2022-10-31"))),
                                    ("chnv-parole", "active", (day("2022-10-01"), day("2024-09-25")))}
    assert ("chnv-parole", "active", (day("2022-10-01"), day("2024-09-25"))) in claims(
        "The CHNV program was launched in October 2022 and later expanded to Cubans.", records, "2024-09-25")
    assert ("chnv-parole", "active", (None, day("2024-09-25"))) in claims(
        "The CHNV program was launched in October 2022 and expanded to Cubans.", records, "2024-09-25")


def test_a_bracketed_day_number_belongs_to_its_weekday(records):  # noqa: F811
    """'anunciaram nesta sexta-feira(1) que vão rescindir o Título 42': the '(1)' Brazilian papers put after a weekday
    is part of the date, not an aside that parts the announcement from its complement (the end read as a plan, set
    aside); and 'rescindir' is a Portuguese verb of ending."""
    assert claims("Os Estados Unidos anunciaram nesta sexta-feira(1) que vão rescindir o Título 42, disse o "
                  "governo.", records, "2022-04-01") == {("title-42", "announced", day("2022-04-01"))}


def test_a_noun_known_as_a_name_after_an_adjective_is_that_policy(records):  # noqa: F811
    """'anunció la reactivación del programa migratorio conocido como “Quédate en México”': an adjective between the
    noun and 'conocido como' does not part them, and the noun is the policy it is known as even when no policy was
    named before (nothing was found)."""
    assert claims("Donald Trump asumió este lunes su mandato y anunció la reactivación del programa migratorio "
                  "conocido como “Quédate en México”.", records, "2025-01-21") == {
        ("remain-in-mexico", "announced", day("2025-01-20"))}


def test_an_announced_decision_to_act_is_an_announcement(records):  # noqa: F811
    """'announced Friday his decision to end the Remain in Mexico program', 'comunicó hoy viernes a las agencias ...
    su decisión de poner fin “tan pronto como sea posible” al programa': announced, on the day of the verb that makes
    it public (the end was set aside as a base form; a quoted aside between the verb and its object does not part
    them). A decision or intention announces only the act its own verb names: in 'anunció su intención de enviar
    fuerzas ... y dio luz verde a un programa de parole', the parole is no announcement."""
    assert claims("Mayorkas announced Friday his decision to end the Remain in Mexico program.", records,
                  "2021-10-29") == {("remain-in-mexico", "announced", day("2021-10-29"))}
    assert claims("El secretario Mayorkas comunicó hoy viernes a las agencias involucradas en migración su decisión "
                  "de poner fin “tan pronto como sea posible” al programa “Quédate en México”.", records,
                  "2021-10-29") == {("remain-in-mexico", "announced", day("2021-10-29"))}
    assert not {c for c in claims("A inicios de 2023, Biden anunció su intención de enviar fuerzas adicionales a la "
                                  "frontera sur y dio luz verde a un programa de parole humanitario.", records,
                                  "2023-02-22") if c[1] == "announced"}


def test_a_court_that_suspends_its_own_decision_leaves_the_policy_in_force(records):  # noqa: F811
    """'Judge Tigar said the policy was illegal but suspended its decision for 14 days': the court paused its own
    ruling, not the policy (it read as the policy suspended): active, stayed, on the policy named before. Without a
    court, 'suspended' is the policy's own suspension."""
    found = claims("The CBP One app was launched in January. Last month, District Judge Jon Tigar said the CBP One "
                   "app was illegal but suspended its decision for 14 days to give the administration time to "
                   "appeal.", records, "2023-08-04")
    assert ("cbp-one", "active", (day("2023-07-01"), day("2023-07-31"))) in found
    assert not {c for c in found if c[1] == "suspended"}
    assert ("cbp-one", "suspended", (None, day("2023-08-04"))) in claims("DHS suspended the CBP One app.", records,
                                                                         "2023-08-04")


def test_now_between_a_policy_and_its_participle_does_not_part_them(records):  # noqa: F811
    """'With Title 42 now lifted, thousands of migrants ... are hopeful': 'now' (ya, já) stands between a policy and
    the participle that says what became of it like 'initially' does (nothing was found)."""
    assert claims("With Title 42 now lifted, thousands of migrants along the U.S. southern border are hopeful about "
                  "entering the country.", records, "2023-06-13") == {("title-42", "terminated", (None,
                                                                                                  day("2023-06-13")))}


def test_a_refusal_to_renew_or_extend_is_an_announcement(records):  # noqa: F811
    """'no renovará el Parole Humanitario', 'ha anunciado que no permitirá la extensión del parole humanitario', 'will
    not renew the CHNV parole', 'will not be extended': a change made public, announced with no status of its own
    (nothing was found: no verb of the lexicon). A refusal in the past or of something else is not one."""
    expected = {("chnv-parole", "announced", (None, day("2024-10-08")))}
    assert claims("El gobierno de Estados Unidos no renovará el parole humanitario a los migrantes en su territorio.",
                  records, "2024-10-08") == expected
    assert claims("El gobierno de Estados Unidos ha anunciado que no permitirá la extensión del parole humanitario "
                  "para migrantes de Cuba.", records, "2024-10-08") == expected
    assert claims("DHS said Friday it will not renew the CHNV parole for those already in the country.", records,
                  "2024-10-08") == {("chnv-parole", "announced", day("2024-10-04"))}
    assert claims("The CHNV parole will not be extended, DHS said Friday.", records, "2024-10-08") == {
        ("chnv-parole", "announced", day("2024-10-04"))}
    assert not claims("DHS will not renew the leases of its offices, the CHNV parole office said.", records,
                      "2024-10-08")


def test_a_court_that_refuses_to_undo_a_revival_order_leaves_it_standing(records):  # noqa: F811
    """'the high court refused Tuesday to block a lower court ruling ordering the administration to reinstate the
    program', 'refused late Thursday, Aug. 19 to delay implementation of a judge’s order reinstating a Trump
    administration policy forcing thousands to wait in Mexico': the revival stands (suspended: revived, not yet
    operated), on the day of the refusal; the refused block is no act. (The block undid the order, and a court's
    order named by a noun was not read.) An executive order reinstating the program is no court's."""
    assert claims("The Remain in Mexico program was ended in June. The high court refused Tuesday to block a lower "
                  "court ruling ordering the administration to reinstate the program.", records, "2021-08-25") \
        >= {("remain-in-mexico", "suspended", day("2021-08-24"))}
    assert not {c for c in claims("The Remain in Mexico program was ended in June. The high court refused Tuesday to "
                                  "block a lower court ruling ordering the administration to reinstate the program.",
                                  records, "2021-08-25") if c[1] == "enjoined"}
    assert claims("A federal appellate court refused late Thursday, Aug. 19 to delay implementation of a judge’s order "
                  "reinstating a Trump administration policy forcing thousands to wait in Mexico while seeking "
                  "asylum.", records, "2022-08-09") == {("remain-in-mexico", "suspended", day("2021-08-19"))}
    assert ("remain-in-mexico", "suspended", (None, day("2025-01-21"))) not in claims(
        "Trump signed an executive order reinstating the Remain in Mexico program, a judge said.", records,
        "2025-01-21")


def test_a_present_an_announcement_reports_is_the_change_it_makes_public(records):  # noqa: F811
    """'Los CDC anunciaron que terminan oficialmente al Título 42' (2022-04-01): the end made public, announced (it
    read as the end itself); where the records hold the end then, it took effect as announced. 'said' is no
    announcement: 'DHS said it ends' still reports the act."""
    assert claims("Los Centros de Control y Prevención de Enfermedades anunciaron el viernes que terminan oficialmente "
                  "al Título 42.", records, "2022-04-01") == {("title-42", "announced", day("2022-04-01"))}
    assert claims("Los Centros de Control y Prevención de Enfermedades anunciaron el jueves que terminan oficialmente "
                  "al Título 42.", records, "2023-05-12") == {("title-42", "terminated", day("2023-05-11"))}
    assert claims("DHS said Friday that Title 42 ends.", records, "2022-04-01") == {
        ("title-42", "terminated", day("2022-04-01"))}


def test_approving_or_greenlighting_a_policy_starts_it(records):  # noqa: F811
    """'el Título 42 que se aprobó en pandemia', 'dio luz verde a un programa de parole humanitario', 'uma política
    instaurada por Donald Trump': a start (nothing was found: no verb of the lexicon). 'aprobar' needs the policy
    as its object: a court that 'aprobó la solicitud' starts nothing."""
    assert claims("La medida se toma como consecuencia del Título 42 que se aprobó en 2020.", records,
                  "2022-10-13") == {("title-42", "active", (day("2020-01-01"), day("2020-12-31")))}
    assert claims("En enero de 2023, Biden dio luz verde al parole humanitario para cubanos.", records,
                  "2023-02-22") == {("chnv-parole", "active", (day("2023-01-01"), day("2023-01-31")))}
    assert claims("O Título 42, instaurado por Donald Trump em março de 2020, permite uma rápida deportação.",
                  records, "2023-01-06") == {("title-42", "active", (day("2020-03-01"), day("2020-03-31")))}
    assert not claims("El juez aprobó la solicitud de los estados sobre el Título 42.", records, "2022-10-13")


def test_renewing_or_prolonging_a_policy_keeps_it_in_force(records):  # noqa: F811
    """'La orden de salud pública se renovó en un principio por 30 días' (Title 42, 2020): a renewal is an
    extension (active); nothing was found, as 'renovar', 'prorrogar' and 'renew' were not in the lexicons. A refusal
    to renew stays an announcement, and renewing something else names no act."""
    assert claims("La orden de salud pública del Título 42 se renovó en un principio por 30 días.", records,
                  "2020-05-07") == {("title-42", "active", (None, day("2020-05-07")))}
    assert claims("Title 42 was renewed on April 20 for another 30 days.", records,
                  "2020-05-07") == {("title-42", "active", day("2020-04-20"))}
    assert claims("O governo prorrogou o Título 42 na quarta-feira por mais 30 dias, segundo o Departamento de "
                  "Segurança Interna.", records, "2020-05-21") == {("title-42", "active", day("2020-05-20"))}
    assert claims("Estados Unidos no renovará el parole humanitario para cubanos, dijo el DHS el viernes.", records,
                  "2024-10-05") == {("chnv-parole", "announced", day("2024-10-04"))}


def test_a_policy_that_concluded_ended(records):  # noqa: F811
    """'quienes después de que concluyó el Título 42 quedaron varados' (2023): 'concluir' said of the policy is
    its end; a court that 'concluyó que' found something, and 'una vez que concluya' is still to come."""
    assert claims("Alrededor de 600 migrantes, quienes después de que concluyó el Título 42 quedaron varados, se "
                  "entregaron a la Patrulla Fronteriza.", records, "2023-05-13") == {
        ("title-42", "terminated", (None, day("2023-05-13")))}
    assert not {c for c in claims("El tribunal concluyó que el Título 42 fue promulgado en violación de la ley.",
                                  records, "2022-11-16") if c[1] == "terminated"}
    assert not claims("Una vez que concluya el Título 42, los migrantes deberán sacar una cita.", records,
                      "2023-01-05")


def test_a_date_after_until_bounds_the_state_it_dates_no_act(records):  # noqa: F811
    """'EEUU extendió el Título 42 hasta junio': 'hasta junio' is when the extension runs out, not when it was made
    (the act was dated June of the year before publication); the Spanish date took 'hasta' in, and 'hasta el 22 de
    junio', 'até o dia 22' have words between, which the English 'until June 22' has not (the Portuguese act takes
    the day it was reported on, 'nesta quinta-feira')."""
    for text in ("EEUU extendió el Título 42 hasta junio, informó el gobierno.",
                 "EEUU extendió el Título 42 hasta el 22 de junio, informó el gobierno."):
        assert claims(text, records, "2020-05-07") == {("title-42", "active", (None, day("2020-05-07")))}, text
    assert claims("El 20 de abril, EEUU extendió el Título 42 hasta el 22 de junio.", records, "2020-05-07") == {
        ("title-42", "active", day("2020-04-20"))}
    assert claims("Os Estados Unidos prorrogaram o Título 42 até o dia 22 de junho, informou o governo americano "
                  "nesta quinta-feira.", records, "2020-05-07") == {("title-42", "active", day("2020-05-07"))}


def test_a_court_that_stops_an_end_keeps_the_policy_in_every_language(records):  # noqa: F811
    """What the English reading did, Spanish and Portuguese did not: 'Una jueza federal bloqueó el lunes la terminación
    del programa de parole' was the program enjoined (a day between the verb and its object broke the reading of a
    court stopping an end), and 'Un juez impidió el viernes que el gobierno pusiera fin al Título 42' was Title 42
    ended ('impedir' was no court's verb, 'que' no 'from', and 'pusiera' no form of 'poner fin'; Portuguese made no
    subjunctive at all: 'encerrasse'). Each now reads as the English does."""
    end_blocked = {("title-42", "active", day("2022-12-27"))}
    for text in ("The Supreme Court on Tuesday blocked the termination of Title 42.",
                 "La Corte Suprema bloqueó el martes la terminación del Título 42.",
                 "A Suprema Corte bloqueou na terça-feira o fim do Título 42."):
        assert claims(text, records, "2022-12-28") == end_blocked, text
    kept = {("title-42", "active", day("2022-05-20"))}
    for text in ("A federal judge in Louisiana on Friday blocked the Biden administration from ending Title 42.",
                 "Un juez federal de Luisiana impidió el viernes que el gobierno de Biden pusiera fin al Título 42.",
                 "Un juez federal de Luisiana impidió el viernes al gobierno de Biden poner fin al Título 42.",
                 "Um juiz federal da Luisiana impediu na sexta-feira que o governo Biden encerrasse o Título 42.",
                 "Um juiz federal da Luisiana impediu na sexta-feira o governo Biden de encerrar o Título 42."):
        assert claims(text, records, "2022-05-21") == kept, text
    # a wish for an end is no end, in the subjunctive too
    assert not claims("Los activistas pidieron que el gobierno pusiera fin al Título 42.", records, "2022-05-21")
    assert not claims("Os ativistas pediram que o governo encerrasse o Título 42.", records, "2022-05-21")


def test_lifting_a_policy_ends_it_in_every_language(records):  # noqa: F811
    """'Los CDC dijeron el viernes que levantarán el Título 42' found nothing ('levantar' was only a court's lifting
    of its own order); 'lift' was English only. Lifting a pause still resumes, and a court lifting its order ends
    nothing."""
    for text in ("The CDC said on Friday it will lift Title 42 on May 23.",
                 "Los CDC dijeron el viernes que levantarán el Título 42 el 23 de mayo.",
                 "Os CDC disseram na sexta-feira que vão levantar o Título 42 em 23 de maio."):
        assert claims(text, records, "2022-04-02") == {("title-42", "announced", day("2022-04-01"))}, text
    assert claims("El gobierno levantó el jueves el Título 42.", records, "2023-05-12") == {
        ("title-42", "terminated", day("2023-05-11"))}
    assert not {c for c in claims("Un juez levantó el viernes la orden que bloqueaba el Título 42.", records,
                                  "2022-04-02") if c[1] == "terminated"}


def test_a_document_that_acts_in_a_relative_clause_is_the_act(records):  # noqa: F811
    """'signed a memo terminating MPP' was the act, 'firmó un memorando que pone fin al programa' and 'signed a memo
    that terminates MPP' were a habit (the present in running text): a relative clause right after the document says
    what it does, as the participle does."""
    for text in ("Mayorkas on Tuesday signed a memo terminating the Remain in Mexico program.",
                 "Mayorkas on Tuesday signed a memo that terminates the Remain in Mexico program.",
                 "Mayorkas firmó el martes un memorando que pone fin al programa Quédate en México.",
                 "Mayorkas assinou na terça-feira um memorando que encerra o programa Remain in Mexico."):
        assert claims(text, records, "2021-06-02") == {("remain-in-mexico", "terminated", day("2021-06-01"))}, text


def test_a_progressive_an_announcement_reports_is_the_change_it_makes_public(records):  # noqa: F811
    """'DHS announced Friday it is terminating the parole programs' read as the end on Friday, where Spanish and
    Portuguese read the announcement (the end took effect days later)."""
    for text in ("DHS announced Friday it is terminating the CHNV parole programs.",
                 "El DHS anunció el viernes que está terminando los programas de parole CHNV.",
                 "El DHS anunció el viernes que pone fin a los programas de parole CHNV."):
        assert claims(text, records, "2025-03-22") == {("chnv-parole", "announced", day("2025-03-21"))}, text


def test_a_passive_after_when_is_a_condition_in_every_language(records):  # noqa: F811
    """'when Title 42 is lifted' was a time to come, but 'quando for encerrado o Título 42' and 'cuando sea
    levantado el Título 42' read as the end (the auxiliaries of the Spanish and Portuguese present and subjunctive
    were not listed); the past stays a report."""
    for text in ("The new rule would take effect when Title 42 is lifted.",
                 "La nueva regla entraría en vigor cuando sea levantado el Título 42.",
                 "A nova regra entraria em vigor quando for encerrado o Título 42."):
        assert not claims(text, records, "2023-02-22"), text
    assert claims("Cuando el Título 42 fue levantado, miles cruzaron la frontera.", records, "2023-05-20") == {
        ("title-42", "terminated", (None, day("2023-05-20")))}


def test_a_since_date_set_off_before_the_act_is_a_states_start_not_the_acts_day(records):  # noqa: F811
    """'Title 42, which has been in place since March 2020, ended at midnight' ended in March 2020 (the 'since'
    date, in the clause of 'ended' or of none, was the only date there), in all three languages. A 'since' date that
    opens the sentence, or follows the act, still dates it."""
    for text in ("Title 42, which has been in place since March 2020, ended at midnight.",
                 "El Título 42, vigente desde marzo de 2020, terminó a la medianoche."):
        assert claims(text, records, "2023-05-12") == {("title-42", "terminated", (None, day("2023-05-12")))}, text
    assert claims("Since Monday, the CBP One app has been suspended.", records, "2023-05-12") == {
        ("cbp-one", "suspended", day("2023-05-08"))}
    assert claims("SAN DIEGO (KUSI) – Since Jan. 3, U.S. officials have reinstated the Remain in Mexico program.",
                  records, "2022-01-08") == {("remain-in-mexico", "active", day("2022-01-03"))}


def test_a_dateline_without_an_agency_dates_the_article_and_no_act(records):  # noqa: F811
    """'WASHINGTON, Oct. 2, 2024 — Tighter limits ... took effect on Tuesday' (a tidy hand-written item): the
    dateline went unread without an agency in brackets, so the article had no publication date, 'on Tuesday'
    could not be placed and the act took the dateline's day. Spanish and Portuguese datelines likewise; a date in
    a dateline never dates an act, with an agency or without."""
    document = extract_text("Title 42 ends\n\nWASHINGTON, May 12, 2023 — Title 42 ended on Thursday, officials said.",
                            records)
    assert document.header.published == day("2023-05-12")
    assert {(c.policy, c.status, c.date) for c in document.candidates} == {
        ("title-42", "terminated", day("2023-05-11"))}
    document = extract_text("Fin del Título 42\n\nCIUDAD DE MÉXICO, 12 de mayo de 2023.— El Título 42 terminó "
                            "el jueves, informaron las autoridades.", records)
    assert document.header.published == day("2023-05-12")
    assert {(c.policy, c.status, c.date) for c in document.candidates} == {
        ("title-42", "terminated", day("2023-05-11"))}
    document = extract_text("WASHINGTON, May 12, 2023 (Reuters) - Title 42 has ended, officials said.", records)
    assert {(c.policy, c.status, c.date, c.not_after) for c in document.candidates} == {
        ("title-42", "terminated", None, day("2023-05-12"))}
    assert "WASHINGTON" not in document.candidates[0].quote


def test_a_day_after_another_clause_is_a_day_before_its_date(records):  # noqa: F811
    """'sent the first asylum seeker back on Tuesday ..., a day after the policy took effect': the start is
    Monday (it took Tuesday); the clause before keeps its own day."""
    assert claims("The United States on Tuesday sent the first asylum seeker back to Tijuana under the Remain in "
                  "Mexico program, a day after the policy took effect at the San Ysidro port of entry.", records,
                  "2019-01-29") == {("remain-in-mexico", "active", day("2019-01-28"))}


def test_relaunched_as_its_new_name_is_the_rebranding(tmp_path):
    """'The CBP One app ... was relaunched on Monday as CBP Home': the name after 'as' is the one the records'
    rebranding gave, so the relaunch is that rebranding (terminated, as the records hold it), as 'relaunched the
    CBP Home app' already was; relaunching under the old name stays a restart."""
    from timeline.api import Timeline

    shipped = Timeline(Path(__file__).parent.parent / "policies", cache=False).policies()
    assert claims("The CBP One app, which migrants once used to book appointments, was relaunched on Monday as CBP "
                  "Home.", shipped, "2025-03-11") == {("cbp-one", "terminated", day("2025-03-10"))}
    assert claims("La aplicación CBP One fue relanzada el lunes como CBP Home.", shipped, "2025-03-11") == {
        ("cbp-one", "terminated", day("2025-03-10"))}
    assert claims("DHS relaunched the CBP One app on Monday.", shipped, "2025-03-11") == {
        ("cbp-one", "active", day("2025-03-10"))}


def test_an_overhaul_announced_is_an_amendment_announced(records):  # noqa: F811
    """'CBP said on Friday that it will overhaul the appointment system in its CBP One app on May 10': an
    announcement (nothing was found: 'overhaul' was no act). What migrants change is no act."""
    assert claims("U.S. Customs and Border Protection said on Friday that it will overhaul the appointment system in "
                  "its CBP One app on May 10.", records, "2023-05-06") == {("cbp-one", "announced", day("2023-05-05"))}
    assert claims("La agencia modificará el sistema de citas de la aplicación CBP One, informó el viernes.", records,
                  "2023-05-06") == {("cbp-one", "announced", day("2023-05-05"))}
    assert not claims("Migrants changed their plans after the CBP One app was announced.", records, "2023-05-06") \
        - {("cbp-one", "announced", (None, day("2023-05-06")))}


def test_an_object_after_a_day_and_an_article_or_a_part_is_the_verbs(records):  # noqa: F811
    """Tidy items in Spanish and Portuguese, the day between the verb and its object: 'anulou na sexta-feira a
    regra ...' (the article 'a' before the object's head noun read as the preposition 'to'), '... a principal parte da
    regra' and 'suspendió el mes pasado la aprobación de nuevas autorizaciones de viaje para el programa' (a part of
    the policy: the day counted among the words before it, 'parte', 'aprobación', 'autorizaciones' were no parts, and
    a part further than a plain object was not looked for)."""
    from timeline.api import Timeline

    shipped = Timeline(Path(__file__).parent.parent / "policies", cache=False).policies()
    assert claims("Um juiz federal anulou na sexta-feira a regra Securing the Border, informou a imprensa.", shipped,
                  "2025-05-10") == {("securing-the-border", "enjoined", day("2025-05-09"))}
    assert claims("Um juiz federal anulou na sexta-feira a principal parte do Título 42.", records, "2022-11-19") \
        == {("title-42", "enjoined", day("2022-11-18"))}
    assert claims("Un juez federal anuló el viernes la parte principal del Título 42.", records, "2022-11-19") \
        == {("title-42", "enjoined", day("2022-11-18"))}
    assert claims("El gobierno suspendió el mes pasado la aprobación de nuevas autorizaciones de viaje para el "
                  "programa de parole humanitario destinado a cubanos.", shipped, "2024-08-03") == {
        ("chnv-parole", "suspended", (day("2024-07-01"), day("2024-07-31")))}


def test_stopping_to_apply_is_an_end(records):  # noqa: F811
    """'El Título 42 ... dejó de aplicarse a las 23:59 horas del jueves' (a tidy item) found nothing, as 'deixou de
    valer' did not: as 'dejó de funcionar', an end."""
    assert claims("El Título 42 dejó de aplicarse a las 23:59 horas del jueves.", records, "2023-05-12") == {
        ("title-42", "terminated", day("2023-05-11"))}
    assert claims("O Título 42 deixou de valer na quinta-feira, informou o governo dos Estados Unidos.", records,
                  "2023-05-12") == {("title-42", "terminated", day("2023-05-11"))}


def test_a_document_still_to_be_issued_announces_its_act(records):  # noqa: F811
    """'DHS intends to issue in the coming weeks a new memorandum terminating the MPP' (dev12) was set aside as a
    plan: a document that will be issued announces the act it is to make, as 'signed an executive order to reinstate'
    does; a negated or doubtful one announces nothing."""
    assert claims("DHS said on Wednesday that it intends to issue in the coming weeks a new memorandum terminating the "
                  "Remain in Mexico program.", records, "2021-09-30") == {
        ("remain-in-mexico", "announced", day("2021-09-29"))}
    for text in ("DHS will not issue a new memo terminating the Remain in Mexico program.",
                 "DHS may issue a new memo terminating the Remain in Mexico program."):
        assert not {c for c in claims(text, records, "2021-09-30") if c[1] == "announced"}, text


def test_a_dateline_in_brackets_with_its_date(records):  # noqa: F811
    """'WASHINGTON (UrduPoint News / Sputnik - 30th September, 2021) The US Department ...': the bracket names the
    outlet and the day the story was filed; the date is the article's and no act's, and 'SAN DIEGO (KUSI) –' is a
    dateline too."""
    document = extract_text("WASHINGTON (UrduPoint News / Sputnik - 30th September, 2021) DHS said it has ended "
                            "the Remain in Mexico program.", records)
    assert document.header.published == day("2021-09-30")
    assert {(c.policy, c.status, c.date, c.not_after) for c in document.candidates} == {
        ("remain-in-mexico", "terminated", None, day("2021-09-30"))}
    assert not document.candidates[0].quote.startswith("WASHINGTON")


def test_the_colon_of_a_time_does_not_end_a_clause(records):  # noqa: F811
    """'Title 42 expires at 10:59 p.m. Central time Thursday': the colon of '10:59' began a new clause, so the day
    was not the present's own and the act read as a habit."""
    assert claims("Title 42 expires at 10:59 p.m. Central time Thursday.", records, "2023-05-12") == {
        ("title-42", "terminated", day("2023-05-11"))}


def test_an_adverb_such_as_later_between_the_auxiliary_and_its_participle(records):  # noqa: F811
    """'began at the San Ysidro crossing in January and were later extended to Calexico': 'later' between 'were'
    and its participle hid the passive, so the extension found no policy ('first', 'initially' already passed)."""
    assert ("remain-in-mexico", "active", (day("2019-01-01"), day("2019-03-21"))) in claims(
        "The Remain in Mexico program began at the San Ysidro crossing in January and was later extended to "
        "Calexico, California.", records, "2019-03-21")

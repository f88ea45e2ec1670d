"""The records shipped in policies/: they validate, they are the default data anywhere, they hold known facts."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from timeline.core.query import diff, state_on
from timeline.extract.candidates import extract_text
from timeline.records import files as load_module
from timeline.records.check import load_policies, validate

pytestmark = pytest.mark.usefixtures("clean_env")

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"
SHIPPED = ["cbp-one", "chnv-parole", "lawful-pathways-rule", "remain-in-mexico", "securing-the-border", "title-42"]
RECORD_FILES = sorted(POLICIES.glob("*.y*ml"))


def test_both_policies_are_shipped():
    """policies/ holds a record for CBP One and one for Remain in Mexico."""
    assert [path.stem for path in RECORD_FILES] == SHIPPED


@pytest.mark.parametrize("path", RECORD_FILES, ids=lambda path: path.name)
def test_shipped_record_validates_without_errors(path):
    """Each shipped record has no validation error on the real today (warnings allowed)."""
    # the real date, not a frozen one: a record reviewed "in the future" would be a real error
    report = validate([path], today=dt.date.today())
    errors = [f"{p.file}:{p.line}:{p.column}: {p.code}: {p.message}" for p in report.problems if p.severity == "error"]
    assert errors == []


def test_shipped_records_validate_together_through_the_cli(invoke):
    """`timeline validate policies/` exits 0: no errors across files (no duplicate ids)."""
    result = invoke("validate", POLICIES, "--format", "json", env={"TIMELINE_TODAY": dt.date.today().isoformat()})
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["errors"] == 0


@pytest.mark.parametrize(("policy_id", "on", "in_effect"), [
    ("cbp-one", "2023-01-11", False),  # before appointment scheduling went live
    ("cbp-one", "2023-01-12", True),  # scheduling live (DHS, effective January 12, 2023)
    ("cbp-one", "2025-01-19", True),
    ("cbp-one", "2025-01-20", False),  # scheduling removed, appointments cancelled
    ("remain-in-mexico", "2019-01-28", True),  # MPP begins at San Ysidro
    ("remain-in-mexico", "2021-07-01", False),  # after the 2021-06-01 termination memo
    ("remain-in-mexico", "2022-01-01", True),  # court-ordered re-implementation from 2021-12-06
    ("remain-in-mexico", "2022-10-01", False),  # after the injunction was lifted in August 2022
])
def test_shipped_records_answer_known_facts(policy_id, on, in_effect):
    """The shipped records give the well-documented answer to "was it in effect on D?"."""
    (state,) = state_on(load_policies([POLICIES]), dt.date.fromisoformat(on), [policy_id]).policies
    assert state.in_effect is in_effect


def test_shipped_cbp_one_ends_on_inauguration_day():
    """diff 2025-01-19 2025-01-20 shows CBP One going from active to terminated, with its event."""
    report = diff(load_policies([POLICIES]), dt.date(2025, 1, 19), dt.date(2025, 1, 20), ["cbp-one"])
    (change,) = report.changes
    assert (change.before.status, change.after.status) == ("active", "terminated")
    assert any(event["date"] == "2025-01-20" for event in change.events)


def test_default_data_from_another_folder_in_process(invoke, tmp_path, monkeypatch):
    """In a folder without policies/ and without $TIMELINE_DATA, `timeline state` answers from the shipped records."""
    monkeypatch.chdir(tmp_path)
    result = invoke("state", "--on", "2025-01-25", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [p["id"] for p in json.loads(result.stdout)["policies"]] == SHIPPED


def test_default_data_from_another_folder_with_the_installed_command(tmp_path):
    """`cd elsewhere && timeline state` (the installed console script) finds both shipped policies."""
    command = Path(sys.executable).parent / "timeline"
    if not command.exists():  # pragma: no cover - only when the package was not installed into this interpreter
        pytest.fail(f"the console script is not installed next to {sys.executable}")
    env = {k: v for k, v in os.environ.items() if k not in ("TIMELINE_DATA", "TIMELINE_TODAY")}
    result = subprocess.run([str(command), "state"], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    for policy_id in SHIPPED:
        assert policy_id in result.stdout


def test_default_data_order(tmp_path, monkeypatch):
    """Contract §2: $TIMELINE_DATA, else ./policies, else the packaged records, else the source tree."""
    from timeline.records import files

    packaged = tmp_path / "packaged"
    monkeypatch.setattr(files, "PACKAGED", packaged)
    monkeypatch.chdir(tmp_path)
    assert load_module.default_data_path() == load_module.SOURCE_TREE
    packaged.mkdir()
    assert load_module.default_data_path() == packaged
    (tmp_path / "policies").mkdir()
    assert load_module.default_data_path() == Path.cwd() / "policies"
    monkeypatch.setenv("TIMELINE_DATA", "/somewhere/else")
    assert load_module.default_data_path() == Path("/somewhere/else")


def test_wheel_embeds_the_records_where_the_loader_looks():
    """The wheel copies policies/ to the folder that records.files.PACKAGED names, so `pip install .` works
    anywhere."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["policies"] == load_module.PACKAGED.relative_to(ROOT).as_posix()
    assert load_module.SOURCE_TREE.resolve() == POLICIES


@functools.cache
def shipped() -> list:
    return load_policies([POLICIES])


def found(text: str, published: str) -> set[tuple]:
    """What `timeline extract` finds in `text` with the shipped records: (policy, status, day or window)."""
    document = extract_text(text, shipped(), published=dt.date.fromisoformat(published))
    return {(c.policy, c.status, c.date or (c.not_before, c.not_after)) for c in document.candidates}


def test_shipped_records_tell_the_two_asylum_rules_apart_by_date():
    """'the asylum rule' is how the press describes both the 2023 Lawful Pathways rule and the 2024 Securing the
    Border rule (both records declare it); the date of the act chooses between them."""
    assert found("The Biden administration's asylum rule went into effect on May 11, 2023.", "2023-05-12") \
        == {("lawful-pathways-rule", "active", dt.date(2023, 5, 11))}
    assert found("The new asylum rule took effect on June 5, 2024.", "2024-06-06") \
        == {("securing-the-border", "active", dt.date(2024, 6, 5))}
    assert found("La nueva regla que restringe el asilo entró en vigor el 5 de junio de 2024.", "2024-06-06") \
        == {("securing-the-border", "active", dt.date(2024, 6, 5))}
    assert found("A regra que restringe o asilo entrou em vigor em 11 de maio de 2023.", "2023-05-12") \
        == {("lawful-pathways-rule", "active", dt.date(2023, 5, 11))}


def test_a_description_qualified_by_an_administration_is_a_policy_of_its_term():
    """'Trump-era asylum restrictions' are neither asylum rule the records hold (both began under Biden); 'the
    Biden administration's asylum rule' still is one of them."""
    assert found("The rule is similar to Trump-era asylum restrictions struck down on July 25, 2023.",
                 "2023-08-04") == set()
    assert found("The Trump administration's asylum restrictions took effect on January 20.", "2025-02-01") == set()
    # up to four words between the possessive and the description
    assert found("A U.S. judge on Friday blocked the Trump administration's most sweeping set of asylum restrictions.",
                 "2021-01-09") == set()
    assert found("A federal judge on Tuesday struck down the Biden administration's asylum rule.", "2023-07-26") \
        == {("lawful-pathways-rule", "enjoined", dt.date(2023, 7, 25))}


def test_shipped_remain_in_mexico_is_found_by_its_portuguese_name():
    """'Os Protocolos de Proteção ao Migrante foram anunciados em dezembro e entraram em vigor no fim de janeiro.'"""
    assert found("Os Protocolos de Proteção ao Migrante foram anunciados em dezembro e entraram em vigor no fim de "
                 "janeiro.", "2019-03-01") == {
        ("remain-in-mexico", "announced", (dt.date(2018, 12, 1), dt.date(2018, 12, 31))),
        ("remain-in-mexico", "active", (dt.date(2019, 1, 21), dt.date(2019, 1, 31)))}


def test_a_draft_rule_is_proposed_and_a_rule_announced_is_announced():
    """'introduced a draft rule to restrict asylum' proposes the rule; 'announced a rule on Wednesday that restricts
    asylum' announces it."""
    assert found("In February, the departments introduced a draft rule to restrict asylum for migrants who passed "
                 "through other countries.", "2023-05-10") \
        == {("lawful-pathways-rule", "proposed", (dt.date(2023, 2, 1), dt.date(2023, 2, 28)))}
    assert found("The administration announced a rule on Wednesday that restricts asylum for migrants who cross "
                 "the border.", "2023-05-11") == {("lawful-pathways-rule", "announced", dt.date(2023, 5, 10))}


def test_shipped_descriptions_of_title_42_and_the_chnv_parole():
    """'COVID-19-related restrictions' are Title 42; 'permissões humanitárias' the CHNV parole."""
    assert found("COVID-19-related restrictions went into effect on March 21, 2020.", "2020-04-09") \
        == {("title-42", "active", dt.date(2020, 3, 21))}
    assert found("O governo retomou em 29 de agosto de 2024 a concessão de permissões humanitárias para migrantes.",
                 "2024-08-30") == {("chnv-parole", "active", dt.date(2024, 8, 29))}


def test_shipped_descriptions_of_title_42_as_a_cdc_or_health_order():
    """'the order by the Centers for Disease Control was extended', 'the CDC's order', 'la normativa de salud
    adoptada al inicio de la pandemia': Title 42 as the press describes it (nothing was found)."""
    assert found("The order by the Centers for Disease Control and Prevention was extended on Monday.", "2020-04-21") \
        == {("title-42", "active", dt.date(2020, 4, 20))}
    assert found("The CDC’s order was extended on Monday for another 30 days.", "2020-04-21") \
        == {("title-42", "active", dt.date(2020, 4, 20))}
    assert found("Las familias continuarán siendo expulsadas bajo la normativa de salud adoptada al inicio de la "
                 "pandemia.", "2021-09-19") == {("title-42", "active", (None, dt.date(2021, 9, 19)))}


def test_a_legal_process_is_not_the_parole_processes():
    """The CHNV record is called 'parole processes', but 'un proceso legal' that people began is no reference to
    it: 'process' is too common a word to stand for a policy."""
    assert not any(policy == "chnv-parole" and status == "active" for policy, status, _ in found(
        "Estados Unidos puso fin al parole humanitario. Quienes iniciaron un proceso legal antes de la fecha límite "
        "podrán permanecer en el país.", "2025-03-28"))


def test_an_act_noun_after_a_purpose_verb_is_a_fact():
    """'para responder a la expiración de la norma sanitaria en mayo de 2023': 'para' governs 'responder'; the
    expiration is a fact it presupposes (a described policy named by a noun is kept from confidence 0.45).
    'presionan para la suspensión de la norma sanitaria' wants a suspension: no act."""
    assert found("El gobierno publicó nuevas reglas para responder a la expiración de la norma sanitaria en mayo de "
                 "2023.", "2023-07-25") == {("title-42", "terminated", (dt.date(2023, 5, 1), dt.date(2023, 5, 31)))}
    assert not any(status == "suspended" for _policy, status, _ in found(
        "Los republicanos presionan para la suspensión de la norma sanitaria.", "2023-07-25"))


def test_asylum_ban_is_either_asylum_rule_by_date():
    """'a new Biden asylum ban rolled out in June' (2024) is the Securing the Border rule; in 2023, the Lawful
    Pathways rule: the press uses the words for both, so both records declare them as a description."""
    assert found("Trump criticized a new Biden asylum ban rolled out in June.", "2024-09-01") \
        == {("securing-the-border", "active", (dt.date(2024, 6, 1), dt.date(2024, 6, 30)))}
    assert found("The asylum ban took effect on May 11, 2023.", "2023-05-12") \
        == {("lawful-pathways-rule", "active", dt.date(2023, 5, 11))}


def test_each_candidate_says_where_its_date_comes_from():
    """`dated_by` is 'text' for a date the article gives, 'publication' for an act only bounded by publication,
    and 'records' when the records' event supplied the day the article did not give; the text output says so."""
    from timeline.render.extract import render_documents

    records = shipped()
    stopped = extract_text("The Remain in Mexico program is winding down. In a statement, the Department of Homeland "
                           "Security said it stopped enrolling new people into the program.", records,
                           published=dt.date(2022, 8, 9))
    assert [(c.status, c.date, c.dated_by) for c in stopped.candidates] == [
        ("terminated", dt.date(2022, 8, 8), "records")]
    assert "2022-08-08 (from the records)" in render_documents([stopped], "text")
    assert '"dated_by": "records"' in render_documents([stopped], "json")
    assert "dated_by: records" in render_documents([stopped], "yaml")
    dated = extract_text("DHS suspended the CBP One app on January 20, 2025.", records, published=dt.date(2025, 1, 23))
    undated = extract_text("DHS suspended the CBP One app.", records, published=dt.date(2025, 1, 23))
    assert [c.dated_by for c in dated.candidates] == ["text"]
    assert [c.dated_by for c in undated.candidates] == ["publication"]
    assert "(from the records)" not in render_documents([dated, undated], "text")


def test_a_quoted_name_right_before_its_verb_is_its_subject():
    """'El programa "Quédate en México" comenzó en enero de este año': a closing quote between the name and a verb
    that otherwise needs the policy as its object does not part them (nothing was found), nor after a gloss."""
    expected = {("remain-in-mexico", "active", (dt.date(2019, 1, 1), dt.date(2019, 1, 31)))}
    assert found('El programa "Quédate en México" comenzó en enero de este año.', "2019-07-19") == expected
    assert found('El programa, conocido como "Quédate en México", comenzó en enero de este año.',
                 "2019-07-19") == expected


def test_asylum_rules_in_the_plural_are_the_asylum_rule_of_their_time():
    """'introduced the new asylum rules' (May 2023) is the Lawful Pathways rule, as 'asylum rule' was (the plural
    was not a description: nothing was found)."""
    assert found("President Joe Biden’s administration introduced the new asylum rules in a bid to get "
                 "asylum-seekers to stop coming across the border illegally.", "2023-05-12") \
        == {("lawful-pathways-rule", "active", (None, dt.date(2023, 5, 12)))}


def test_a_described_future_an_announcing_verb_reports_after_a_comma_is_announced():
    """'Joe Biden cerrará temporalmente la frontera ... a los solicitantes de asilo ..., informó el martes la Casa
    Blanca': the 2024 rule announced that Tuesday (the description had to follow the verb, and an adverb between
    'cerrará' and 'la frontera' parted the description: nothing was found)."""
    assert found("Joe Biden cerrará temporalmente la frontera entre Estados Unidos y México a los solicitantes de "
                 "asilo cada vez que el número de cruces supere cierta cifra, informó el martes la Casa Blanca.",
                 "2024-06-04") == {("securing-the-border", "announced", dt.date(2024, 6, 4))}


def test_shipped_remain_in_mexico_as_the_migrant_protection_program():
    """'como parte del Programa de Protección al Migrante que instrumentó el entonces presidente Donald Trump': the
    press's name for MPP (nothing was found)."""
    assert found("Los migrantes fueron devueltos como parte del Programa de Protección al Migrante que instrumentó el "
                 "entonces presidente Donald Trump.", "2021-03-16") == {
        ("remain-in-mexico", "active", (None, dt.date(2021, 3, 16)))}

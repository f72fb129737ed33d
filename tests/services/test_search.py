"""Global search: accent-insensitive prefixes, kept in sync by the triggers on every write,
FTS syntax typed by the user taken as text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from reseau.core.enums import ContactKind, InteractionKind
from reseau.db.models import Interaction
from reseau.db.session import Database
from reseau.services.organizations import records as organizations
from reseau.services.organizations.records import OrganizationInput
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput
from reseau.services.search import global_search as search
from reseau.services.search.global_search import HitKind, fts_query
from reseau.services.shared.contact_points import ContactInput


def titles(database: Database, text: str) -> list[str]:
    with database.begin() as session:
        return [hit.title for hit in search.search(session, text)]


def add_person(database: Database, first: str, last: str, **extra: object) -> int:
    with database.begin() as session:
        return persons.add_person(session, PersonInput(last_name=last, first_name=first, **extra)).value  # type: ignore[arg-type]


@pytest.fixture
def people(database: Database) -> Database:
    with database.begin() as session:
        org = organizations.add_organization(
            session, OrganizationInput(name="Centre local de services communautaires Alpha", acronym="CLSCA")
        ).value
    add_person(database, "Richard", "Massé", title="Organisateur communautaire", organization_id=org)
    add_person(
        database,
        "Denis",
        "St-Amand",
        notes="Passionné de sécurité alimentaire",
        contacts=(ContactInput(ContactKind.EMAIL, "denis.stamand@exemple.qc.ca"),),
    )
    add_person(database, "Marie", "Tremblay")
    return database


def test_accents_and_case_are_ignored_and_words_are_prefixes(people: Database) -> None:
    assert "Richard Massé" in titles(people, "masse")
    assert "Richard Massé" in titles(people, "MASSÉ")
    assert "Richard Massé" in titles(people, "mas ric")
    assert "Denis St-Amand" in titles(people, "st-am")
    assert "Marie Tremblay" not in titles(people, "masse")


def test_every_field_is_searched(people: Database) -> None:
    assert "Richard Massé" in titles(people, "organisateur")  # function
    assert "Denis St-Amand" in titles(people, "alimentaire")  # notes
    assert "Denis St-Amand" in titles(people, "denis.stam")  # e-mail
    assert "Centre local de services communautaires Alpha (CLSCA)" in titles(people, "clsca")  # acronym
    assert "Richard Massé" in titles(people, "alpha")  # a person's organization


def test_names_come_first(people: Database) -> None:
    add_person(people, "Alphonse", "Roy")
    hits = titles(people, "alph")
    assert hits.index("Alphonse Roy") < hits.index("Richard Massé")


def test_index_follows_updates_and_deletes(people: Database) -> None:
    with people.begin() as session:
        ident = persons.person_ids(session, "tremblay")[0]
        detail = persons.get_person(session, ident)
        persons.update_person(
            session, ident, PersonInput(last_name="Côté", first_name="Marie"), detail.version
        )
    assert "Marie Tremblay" not in titles(people, "tremblay")
    assert "Marie Côté" in titles(people, "cote")
    with people.begin() as session:
        persons.delete_person(session, ident)
    assert titles(people, "cote") == []


def test_removing_an_email_unindexes_it(people: Database) -> None:
    with people.begin() as session:
        ident = persons.person_ids(session, "st-amand")[0]
        detail = persons.get_person(session, ident)
        persons.update_person(
            session, ident, PersonInput(last_name="St-Amand", first_name="Denis"), detail.version
        )
    assert titles(people, "denis.stam") == []


def test_renaming_an_organization_reindexes_its_members(people: Database) -> None:
    with people.begin() as session:
        org_id = organizations.organization_ids(session, "alpha")[0]
        detail = organizations.get_organization(session, org_id)
        organizations.update_organization(session, org_id, OrganizationInput(name="Bêta"), detail.version)
    assert "Richard Massé" not in titles(people, "alpha")
    assert "Richard Massé" in titles(people, "beta")


def test_journal_summaries_are_searched(database: Database) -> None:
    with database.begin() as session:
        entry = Interaction(
            occurred_on=date(2005, 10, 3), kind=InteractionKind.MEETING, summary="Réunion à Rimouski"
        )
        session.add(entry)
    with database.begin() as session:
        hits = search.search(session, "rimou")
        assert [h.kind for h in hits] == [HitKind.INTERACTION]
        assert hits[0].detail == "Réunion à Rimouski"
        session.scalars(select(Interaction)).one().summary = "Réunion à Gaspé"
    assert titles(database, "rimouski") == []
    with database.begin() as session:
        assert len(search.search(session, "gaspe")) == 1
        session.delete(session.scalars(select(Interaction)).one())
    assert titles(database, "gaspe") == []


@pytest.mark.parametrize(
    "text",
    ['"masse"', "mass*", "(masse)", "-masse", "masse -", "( masse", "masse)", "masse^", "+masse"],
)
def test_fts_syntax_characters_are_text(people: Database, text: str) -> None:
    assert titles(people, text)[:1] == ["Richard Massé"]


@pytest.mark.parametrize(
    "text", ["tremblay NOT masse", "tremblay AND NOT masse", 'tremblay" OR "masse', "{name}: tremblay"]
)
def test_operators_are_words_not_syntax(people: Database, text: str) -> None:
    assert "Marie Tremblay" not in titles(people, text)  # "not", "or" are words nobody has


def test_query_quoting() -> None:
    assert fts_query('a"b c*') == '"a""b"* "c*"*'
    assert fts_query(" - * () ") == ""
    assert fts_query("masse", name_only=True) == '{name} : ("masse"*)'


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_is_a_valid_search(people: Database, text: str) -> None:
    with people.begin() as session:
        search.search(session, text)
        persons.person_ids(session, text)
        organizations.organization_ids(session, text)


SYNTAX = ['"', "*", "-", "NEAR", "(", ")", "OR", "AND", "NOT", ":", "^", "+", "{name}", "masse"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(['"', "*", "-", "NEAR", "(", ")", "OR", "AND", "NOT", ":", "^", "+", "masse"]),
        max_size=8,
    )
)
def test_syntax_soup_never_errors_and_finds_only_real_words(people: Database, parts: list[str]) -> None:
    text = " ".join(parts)
    with people.begin() as session:
        found = {h.title for h in search.search(session, text)}
    if any(p in ("NEAR", "OR", "AND", "NOT") for p in parts):
        assert "Marie Tremblay" not in found


def test_rebuild_index(people: Database) -> None:
    with people.begin() as session:
        assert search.rebuild_index(session) == 4  # three persons and one organization
    assert "Richard Massé" in titles(people, "masse")

"""The read models of the detail panes (persons, organizations, exchanges, themes, journal
entries): one session, plain data out, nothing bound to the session."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from reseau.core.enums import (
    Country,
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    InteractionKind,
    OrgRole,
    ParticipantRole,
    ThemeKind,
)
from reseau.core.errors import NotFoundError
from reseau.db.models import Exchange, Organization, Person
from reseau.db.session import Database
from reseau.services.exchanges import records as exchanges
from reseau.services.exchanges.page import ExchangePage, exchange_page
from reseau.services.journal import entries as journal
from reseau.services.journal.page import JournalEntryPage, journal_entry_page
from reseau.services.organizations.page import organization_page
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.page import person_page
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.themes import records as themes
from reseau.services.themes.page import ThemePage, theme_page


def _frozen_all_the_way(value: object) -> bool:
    """A dataclass of frozen dataclasses, tuples and plain values: nothing bound to a session."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.__dataclass_params__.frozen and all(  # type: ignore[attr-defined]
            _frozen_all_the_way(getattr(value, f.name)) for f in dataclasses.fields(value)
        )
    if isinstance(value, tuple):
        return all(_frozen_all_the_way(v) for v in value)
    if isinstance(value, list | dict | set):
        return False  # mutable: a view could change what another view shows
    return not hasattr(value, "_sa_instance_state")


def test_person_page_holds_what_the_pane_shows(demo_database: Database) -> None:
    with demo_database.begin() as session:
        bigot = session.scalars(select(Person).where(Person.last_name == "Bigot")).one()
        page = person_page(session, bigot.id, date(2027, 5, 1))
    assert page.detail.data.last_name == "Bigot"
    assert page.slots  # a speaker of the 2027 mission
    assert page.exchanges and all(p.exchange_id for p in page.exchanges)
    assert _frozen_all_the_way(page.exchanges) and _frozen_all_the_way(page.slots)


def test_organization_page_holds_what_the_pane_shows(demo_database: Database) -> None:
    with demo_database.begin() as session:
        bordeaux = session.scalars(
            select(Organization).where(Organization.name == "Mairie de Bordeaux")
        ).one()
        page = organization_page(session, bordeaux.id)
    assert page.detail.data.name == "Mairie de Bordeaux"
    assert page.slots  # it hosts a slot of the 2027 mission
    assert _frozen_all_the_way(page.slots)


TODAY = date(2027, 3, 1)


def _linked(database: Database) -> tuple[int, int, int, int, int]:
    """A person and an organization linked to one theme, one exchange and one journal entry."""
    with database.begin() as s:
        person = add_person(
            s, PersonInput(last_name="Massé", first_name="Hélène", country=Country.QUEBEC)
        ).value
        org = add_organization(s, OrganizationInput(name="Mairie de Lille", country=Country.FRANCE)).value
        theme = themes.add_theme(
            s,
            themes.ThemeInput(
                title="Démocratie participative",
                owner_id=person,
                person_ids=(person,),
                organization_ids=(org,),
            ),
        ).value
        exchange = exchanges.add_exchange(
            s,
            exchanges.ExchangeInput(
                kind=ExchangeKind.MISSION,
                title="Mission à Lille",
                status=ExchangeStatus.PLANNED,
                start_date=date(2027, 5, 3),
                participants=(exchanges.ParticipantInput(person, ParticipantRole.DELEGATE),),
                organizations=(exchanges.OrganizationLink(org, OrgRole.HOST),),
                theme_ids=(theme,),
            ),
        ).value
        entry = journal.add_entry(
            s,
            journal.EntryInput(
                occurred_on=date(2027, 2, 20),
                kind=InteractionKind.MEETING,
                summary="Préparer la mission\nDeuxième ligne",
                person_ids=(person,),
                organization_ids=(org,),
                theme_ids=(theme,),
                exchange_id=exchange,
                follow_up_on=date(2027, 3, 15),
            ),
            TODAY,
        ).value
    return person, org, theme, exchange, entry


def test_exchange_page_holds_what_the_pane_shows(database: Database) -> None:
    person, org, _theme, exchange, _entry = _linked(database)
    with database.begin() as session:
        page = exchange_page(session, exchange)
    d = page.detail
    assert (d.id, d.data.title, d.data.status) == (exchange, "Mission à Lille", ExchangeStatus.PLANNED)
    assert [(p.person_id, p.name, p.role) for p in d.participants] == [
        (person, "Hélène Massé", ParticipantRole.DELEGATE)
    ]
    assert [(o.organization_id, o.name, o.role) for o in d.organizations] == [
        (org, "Mairie de Lille", OrgRole.HOST)
    ]
    assert d.theme_titles == ("Démocratie participative",)
    assert [h.status for h in d.history] == [ExchangeStatus.PLANNED]
    assert _frozen_all_the_way(page)


def test_theme_page_holds_what_the_pane_shows(database: Database) -> None:
    person, org, theme, exchange, entry = _linked(database)
    with database.begin() as session:
        page = theme_page(session, theme)
    d = page.detail
    assert (d.data.title, d.kind) == ("Démocratie participative", ThemeKind.USER)
    assert d.owner_name == "Hélène Massé"
    assert [(p.id, p.name, p.country) for p in d.persons] == [(person, "Hélène Massé", Country.QUEBEC)]
    assert [(o.id, o.country) for o in d.organizations] == [(org, Country.FRANCE)]
    assert [x.id for x in d.exchanges] == [exchange]
    assert [(e.id, e.occurred_on, e.text) for e in d.entries] == [
        (entry, date(2027, 2, 20), "Préparer la mission")
    ]
    assert _frozen_all_the_way(page)


def test_journal_entry_page_holds_what_the_pane_shows(database: Database) -> None:
    person, org, theme, exchange, entry = _linked(database)
    with database.begin() as session:
        page = journal_entry_page(session, entry)
    e = page.entry
    assert (e.occurred_on, e.kind) == (date(2027, 2, 20), InteractionKind.MEETING)
    assert [p.id for p in e.persons] == [person] and [o.id for o in e.organizations] == [org]
    assert [t.id for t in e.themes] == [theme]
    assert e.exchange is not None and (e.exchange.id, e.exchange.name) == (exchange, "Mission à Lille (2027)")
    assert (e.follow_up_on, e.follow_up_state) == (date(2027, 3, 15), FollowUpState.OPEN)
    assert _frozen_all_the_way(page)


@pytest.mark.parametrize("read", [exchange_page, theme_page, journal_entry_page])
def test_a_page_of_a_deleted_record_says_it_is_not_found(database: Database, read: object) -> None:
    with database.begin() as session, pytest.raises(NotFoundError):
        read(session, 999_999)  # type: ignore[operator]


def test_the_check_finds_an_orm_object_in_a_page(database: Database) -> None:
    """The check above fails on a page carrying an ORM row (or a mutable list): it can fail."""
    _person, _org, _theme, exchange, _entry = _linked(database)
    with database.begin() as session:
        row = session.get(Exchange, exchange)
        assert not _frozen_all_the_way(ExchangePage(detail=row))  # type: ignore[arg-type]
        assert not _frozen_all_the_way(ThemePage(detail=[]))  # type: ignore[arg-type]
        assert _frozen_all_the_way(JournalEntryPage(entry=journal.get_entry(session, _entry)))

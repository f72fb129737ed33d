"""A record's version covers its parts: two coordinators who each change only a part of the same
record (an e-mail, a phone, a tag, a participant, a speaker) never silently overwrite each other.

Coordinator A saves through a second connection (SQLite: a second engine on the same file) or a
second process (PostgreSQL: a forked child with its own engine); coordinator B then saves with
the version B read before, and gets ``ConflictError`` with A's change still in the database.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.enums import (
    Activity,
    ContactKind,
    Country,
    ExchangeKind,
    InteractionKind,
    OrgRole,
    ParticipantRole,
)
from reseau.core.errors import ConflictError
from reseau.db.engine import sqlite_engine
from reseau.db.models import ContactPoint, Organization, Person, Tag
from reseau.db.open import open_url
from reseau.db.session import Database
from reseau.services.agenda import editing as agenda_edit
from reseau.services.agenda import reading as agenda
from reseau.services.exchanges import records as exchanges
from reseau.services.exchanges.dtos import ExchangeInput, ObjectiveInput, OrganizationLink, ParticipantInput
from reseau.services.journal import entries as journal
from reseau.services.organizations import records as organizations
from reseau.services.organizations.records import OrganizationInput
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput
from reseau.services.shared.contact_points import ContactInput
from reseau.services.themes import records as themes
from reseau.services.themes.records import ThemeInput

Edit = Callable[[Session], object]
START = date(2027, 5, 10)


def _run_in_child(url: str, edit: Edit, errors: Any) -> None:  # pragma: no cover - child process
    try:
        other = open_url(url)
        with other.begin() as session:
            edit(session)
        other.dispose()
    except BaseException:
        errors.put(traceback.format_exc())
        raise


@pytest.fixture
def coordinator_a(database: Database) -> Iterator[Callable[[Edit], None]]:
    """Run an edit as the other coordinator: another connection (SQLite) or process (server)."""
    if database.is_sqlite:
        path = database.engine.url.database
        assert path is not None
        other = Database(sqlite_engine(Path(path)))

        def run_here(edit: Edit) -> None:
            with other.begin() as session:
                edit(session)

        yield run_here
        other.dispose()
        return
    url = database.engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("fork")  # no Qt in these tests; the child opens its own engine

    def run_elsewhere(edit: Edit) -> None:
        errors = context.Queue()
        child = context.Process(target=_run_in_child, args=(url, edit, errors))
        child.start()
        child.join(60)
        assert child.exitcode == 0, errors.get(timeout=5) if not errors.empty() else child.exitcode

    yield run_elsewhere


@dataclass(frozen=True)
class World:
    person: int
    other_person: int
    organization: int
    other_organization: int
    theme: int
    mission: int
    entry: int
    slot: int


@pytest.fixture
def world(database: Database) -> World:
    with database.begin() as s:
        person = persons.add_person(
            s,
            PersonInput(
                last_name="Massé",
                first_name="Hélène",
                contacts=(
                    ContactInput(ContactKind.EMAIL, "helene.masse@example.org"),
                    ContactInput(ContactKind.PHONE, "+1 418 555 0101"),
                    ContactInput(ContactKind.ADDRESS, "12, rue Saint-Jean, Québec"),
                ),
                tags=("CIUSSS",),
            ),
        ).value
        other_person = persons.add_person(s, PersonInput(last_name="Roy", first_name="Anne")).value
        organization = organizations.add_organization(
            s,
            OrganizationInput(
                name="Ville de Pessac",
                country=Country.FRANCE,
                contacts=(ContactInput(ContactKind.EMAIL, "mairie@pessac.example"),),
            ),
        ).value
        other_organization = organizations.add_organization(
            s, OrganizationInput(name="CAF de la Gironde")
        ).value
        theme = themes.add_theme(s, ThemeInput(title="Participation citoyenne")).value
        mission = exchanges.add_exchange(
            s,
            ExchangeInput(
                kind=ExchangeKind.MISSION,
                title="Mission Bretagne 2027",
                start_date=START,
                end_date=date(2027, 5, 14),
                participants=(ParticipantInput(person, ParticipantRole.DELEGATE),),
                objectives=(ObjectiveInput("Comprendre les centres sociaux"),),
            ),
        ).value
        entry = journal.add_entry(
            s,
            journal.EntryInput(
                occurred_on=START,
                kind=InteractionKind.MEETING,
                summary="Rencontre",
                person_ids=(other_person,),
            ),
            today=START,
        ).value
        slot = agenda_edit.add_slot(
            s, mission, agenda_edit.SlotInput(START, time(9), time(10), Activity.PRESENTATION)
        ).value
    return World(person, other_person, organization, other_organization, theme, mission, entry, slot)


def _slot_of(s: Session, w: World) -> agenda.SlotView:
    return next(slot for slot in agenda.load_agenda(s, w.mission).slots if slot.id == w.slot)


@dataclass(frozen=True)
class Case:
    """B reads, A changes one part, B saves another part from its stale read."""

    read: Callable[[Session, World], tuple[Any, int]]
    a_edit: Callable[[Session, World], object]
    b_save: Callable[[Session, World, Any, int], object]
    a_kept: Callable[[Session, World], bool]


def _person(s: Session, w: World) -> tuple[PersonInput, int]:
    d = persons.get_person(s, w.person)
    return d.data, d.version


def _save_person(s: Session, w: World, change: Callable[[PersonInput], PersonInput]) -> None:
    data, version = _person(s, w)
    persons.update_person(s, w.person, change(data), version)


def _with_contact(data: Any, kind: ContactKind, value: str) -> Any:
    contacts = (*(c for c in data.contacts if c.kind != kind), ContactInput(kind, value))
    return dataclasses.replace(data, contacts=contacts)


def _org(s: Session, w: World) -> tuple[OrganizationInput, int]:
    d = organizations.get_organization(s, w.organization)
    return d.data, d.version


def _exchange(s: Session, w: World) -> tuple[ExchangeInput, int]:
    d = exchanges.get_exchange(s, w.mission)
    return d.data, d.version


def _save_exchange(s: Session, w: World, change: Callable[[ExchangeInput], ExchangeInput]) -> None:
    data, version = _exchange(s, w)
    exchanges.update_exchange(s, w.mission, change(data), version)


def _theme(s: Session, w: World) -> tuple[ThemeInput, int]:
    d = themes.get_theme(s, w.theme)
    return d.data, d.version


def _save_theme(s: Session, w: World, change: Callable[[ThemeInput], ThemeInput]) -> None:
    data, version = _theme(s, w)
    themes.update_theme(s, w.theme, change(data), version)


def _entry(s: Session, w: World) -> tuple[journal.EntryInput, int]:
    row = journal.get_entry(s, w.entry)
    return row.data, row.version


def _save_entry(s: Session, w: World, change: Callable[[journal.EntryInput], journal.EntryInput]) -> None:
    data, version = _entry(s, w)
    journal.update_entry(s, w.entry, change(data), version, START)


def _slot(s: Session, w: World) -> tuple[agenda_edit.SlotInput, int]:
    view = _slot_of(s, w)
    return agenda_edit.slot_input_of(view), view.version


def _save_slot(
    s: Session, w: World, change: Callable[[agenda_edit.SlotInput], agenda_edit.SlotInput]
) -> None:
    data, version = _slot(s, w)
    agenda_edit.update_slot(s, w.slot, change(data), version)


def _emails(s: Session, person_id: int) -> set[str]:
    return set(
        s.scalars(
            select(ContactPoint.value).where(
                ContactPoint.person_id == person_id, ContactPoint.kind == ContactKind.EMAIL
            )
        )
    )


def _add_org_tag(s: Session, w: World) -> None:
    # No dialog edits an organization's tags yet (imports do): the ORM is the way in.
    org = s.get(Organization, w.organization)
    assert org is not None
    org.tags.append(Tag(name="Partenaire"))


CASES: dict[str, Case] = {
    "person e-mail then phone": Case(
        _person,
        lambda s, w: _save_person(
            s, w, lambda d: _with_contact(d, ContactKind.EMAIL, "h.masse@ciusss.example")
        ),
        lambda s, w, d, v: persons.update_person(
            s, w.person, _with_contact(d, ContactKind.PHONE, "+1 418 555 0199"), v
        ),
        lambda s, w: _emails(s, w.person) == {"h.masse@ciusss.example"},
    ),
    "person address then tags": Case(
        _person,
        lambda s, w: _save_person(
            s, w, lambda d: _with_contact(d, ContactKind.ADDRESS, "1, rue Racine, Québec")
        ),
        lambda s, w, d, v: persons.update_person(s, w.person, dataclasses.replace(d, tags=("Élue",)), v),
        lambda s, w: "1, rue Racine, Québec" in [c.value for c in persons.get_person(s, w.person).contacts],
    ),
    "person tags then e-mail": Case(
        _person,
        lambda s, w: _save_person(s, w, lambda d: dataclasses.replace(d, tags=(*d.tags, "Élue"))),
        lambda s, w, d, v: persons.update_person(
            s, w.person, _with_contact(d, ContactKind.EMAIL, "autre@example.org"), v
        ),
        lambda s, w: "Élue" in persons.get_person(s, w.person).data.tags,
    ),
    "person themes (from the theme) then phone": Case(
        _person,
        lambda s, w: _save_theme(s, w, lambda d: dataclasses.replace(d, person_ids=(w.person,))),
        lambda s, w, d, v: persons.update_person(
            s, w.person, _with_contact(d, ContactKind.PHONE, "+1 418 555 0199"), v
        ),
        lambda s, w: persons.get_person(s, w.person).theme_titles == ("Participation citoyenne",),
    ),
    "organization e-mail then phone": Case(
        _org,
        lambda s, w: organizations.update_organization(
            s,
            w.organization,
            _with_contact(_org(s, w)[0], ContactKind.EMAIL, "accueil@pessac.example"),
            _org(s, w)[1],
        ),
        lambda s, w, d, v: organizations.update_organization(
            s, w.organization, _with_contact(d, ContactKind.PHONE, "+33 5 57 93 63 63"), v
        ),
        lambda s, w: (
            [c.value for c in organizations.get_organization(s, w.organization).contacts]
            == ["accueil@pessac.example"]
        ),
    ),
    "organization tags then e-mail": Case(
        _org,
        _add_org_tag,
        lambda s, w, d, v: organizations.update_organization(
            s, w.organization, _with_contact(d, ContactKind.EMAIL, "autre@pessac.example"), v
        ),
        lambda s, w: [t.name for t in s.get(Organization, w.organization).tags] == ["Partenaire"],  # type: ignore[union-attr]
    ),
    "organization themes (from the theme) then city": Case(
        _org,
        lambda s, w: _save_theme(s, w, lambda d: dataclasses.replace(d, organization_ids=(w.organization,))),
        lambda s, w, d, v: organizations.update_organization(
            s, w.organization, dataclasses.replace(d, city="Pessac"), v
        ),
        lambda s, w: organizations.get_organization(s, w.organization).data.city == "",
    ),
    "exchange participants": Case(
        _exchange,
        lambda s, w: _save_exchange(
            s,
            w,
            lambda d: dataclasses.replace(
                d, participants=(*d.participants, ParticipantInput(w.other_person, ParticipantRole.DELEGATE))
            ),
        ),
        lambda s, w, d, v: exchanges.update_exchange(
            s, w.mission, dataclasses.replace(d, participants=()), v
        ),
        lambda s, w: len(exchanges.get_exchange(s, w.mission).data.participants) == 2,
    ),
    "exchange organizations": Case(
        _exchange,
        lambda s, w: _save_exchange(
            s,
            w,
            lambda d: dataclasses.replace(d, organizations=(OrganizationLink(w.organization, OrgRole.HOST),)),
        ),
        lambda s, w, d, v: exchanges.update_exchange(
            s,
            w.mission,
            dataclasses.replace(d, organizations=(OrganizationLink(w.other_organization, OrgRole.HOST),)),
            v,
        ),
        lambda s, w: (
            exchanges.get_exchange(s, w.mission).data.organizations
            == (OrganizationLink(w.organization, OrgRole.HOST),)
        ),
    ),
    "exchange objectives": Case(
        _exchange,
        lambda s, w: _save_exchange(
            s,
            w,
            lambda d: dataclasses.replace(d, objectives=(*d.objectives, ObjectiveInput("Visiter la CAF"))),
        ),
        lambda s, w, d, v: exchanges.update_exchange(
            s, w.mission, dataclasses.replace(d, theme_ids=(w.theme,)), v
        ),
        lambda s, w: len(exchanges.get_exchange(s, w.mission).data.objectives) == 2,
    ),
    "exchange themes (from the theme)": Case(
        _exchange,
        lambda s, w: _save_theme(s, w, lambda d: dataclasses.replace(d, exchange_ids=(w.mission,))),
        lambda s, w, d, v: exchanges.update_exchange(
            s, w.mission, dataclasses.replace(d, objectives=(ObjectiveInput("Autre"),)), v
        ),
        lambda s, w: exchanges.get_exchange(s, w.mission).data.theme_ids == (w.theme,),
    ),
    "theme exchanges (from the exchange)": Case(
        _theme,
        lambda s, w: _save_exchange(s, w, lambda d: dataclasses.replace(d, theme_ids=(w.theme,))),
        lambda s, w, d, v: themes.update_theme(s, w.theme, dataclasses.replace(d, person_ids=(w.person,)), v),
        lambda s, w: themes.get_theme(s, w.theme).data.exchange_ids == (w.mission,),
    ),
    "theme persons then organizations": Case(
        _theme,
        lambda s, w: _save_theme(s, w, lambda d: dataclasses.replace(d, person_ids=(w.person,))),
        lambda s, w, d, v: themes.update_theme(
            s, w.theme, dataclasses.replace(d, organization_ids=(w.organization,)), v
        ),
        lambda s, w: themes.get_theme(s, w.theme).data.person_ids == (w.person,),
    ),
    "journal entry persons then themes": Case(
        _entry,
        lambda s, w: _save_entry(s, w, lambda d: dataclasses.replace(d, person_ids=(w.person,))),
        lambda s, w, d, v: journal.update_entry(
            s, w.entry, dataclasses.replace(d, theme_ids=(w.theme,)), v, START
        ),
        lambda s, w: journal.get_entry(s, w.entry).data.person_ids == (w.person,),
    ),
    "journal entry organizations then persons": Case(
        _entry,
        lambda s, w: _save_entry(s, w, lambda d: dataclasses.replace(d, organization_ids=(w.organization,))),
        lambda s, w, d, v: journal.update_entry(
            s, w.entry, dataclasses.replace(d, person_ids=(w.person,)), v, START
        ),
        lambda s, w: journal.get_entry(s, w.entry).data.organization_ids == (w.organization,),
    ),
    "journal entry themes then summary": Case(
        _entry,
        lambda s, w: _save_entry(s, w, lambda d: dataclasses.replace(d, theme_ids=(w.theme,))),
        lambda s, w, d, v: journal.update_entry(
            s, w.entry, dataclasses.replace(d, summary="Autre"), v, START
        ),
        lambda s, w: journal.get_entry(s, w.entry).data.theme_ids == (w.theme,),
    ),
    "organization address then website": Case(
        _org,
        lambda s, w: organizations.update_organization(
            s,
            w.organization,
            _with_contact(_org(s, w)[0], ContactKind.ADDRESS, "Place de la Ve République, Pessac"),
            _org(s, w)[1],
        ),
        lambda s, w, d, v: organizations.update_organization(
            s, w.organization, dataclasses.replace(d, website="https://www.pessac.fr"), v
        ),
        lambda s, w: (
            "Place de la Ve République, Pessac"
            in [c.value for c in organizations.get_organization(s, w.organization).contacts]
        ),
    ),
    "slot themes then notes": Case(
        _slot,
        lambda s, w: _save_slot(s, w, lambda d: dataclasses.replace(d, theme_ids=(w.theme,))),
        lambda s, w, d, v: agenda_edit.update_slot(
            s, w.slot, dataclasses.replace(d, notes="Apporter le rapport"), v
        ),
        lambda s, w: [t.id for t in _slot_of(s, w).themes] == [w.theme],
    ),
    "slot speakers then themes": Case(
        _slot,
        lambda s, w: _save_slot(s, w, lambda d: dataclasses.replace(d, speaker_ids=(w.other_person,))),
        lambda s, w, d, v: agenda_edit.update_slot(
            s, w.slot, dataclasses.replace(d, theme_ids=(w.theme,)), v
        ),
        lambda s, w: [p.id for p in _slot_of(s, w).speakers] == [w.other_person],
    ),
    "slot attendees then speakers": Case(
        _slot,
        lambda s, w: _save_slot(
            s, w, lambda d: dataclasses.replace(d, all_delegates=False, attendee_ids=(w.person,))
        ),
        lambda s, w, d, v: agenda_edit.update_slot(
            s, w.slot, dataclasses.replace(d, speaker_ids=(w.person,)), v
        ),
        lambda s, w: not _slot_of(s, w).all_delegates,
    ),
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_a_change_of_one_part_stops_a_stale_save_of_another(
    database: Database, coordinator_a: Callable[[Edit], None], world: World, case: Case
) -> None:
    with database.begin() as s:
        b_data, b_version = case.read(s, world)  # coordinator B opens the form
    coordinator_a(lambda s: case.a_edit(s, world))  # A saves one part, elsewhere
    with database.begin() as s:
        _, version_after_a = case.read(s, world)
    assert version_after_a > b_version
    with pytest.raises(ConflictError) as caught, database.begin() as s:
        case.b_save(s, world, b_data, b_version)
    assert caught.value.expected_version == b_version
    with database.begin() as s:
        assert case.a_kept(s, world)
        # « Garder la mienne »: B's data saves on the version now in the database.
        _, current = case.read(s, world)
        case.b_save(s, world, b_data, current)


def test_one_save_is_one_version(database: Database, world: World) -> None:
    """A save that changes the record and its parts bumps the version once, not per flush."""
    with database.begin() as s:
        data, version = _person(s, world)
        persons.update_person(
            s,
            world.person,
            _with_contact(
                dataclasses.replace(data, title="Maire", tags=("X",)), ContactKind.EMAIL, "x@y.org"
            ),
            version,
        )
    with database.begin() as s:
        assert _person(s, world)[1] == version + 1


def test_a_part_changed_on_its_own_bumps_its_owner(database: Database, world: World) -> None:
    """Any path that writes a part through the ORM (imports, merges) moves the version."""
    with database.begin() as s:
        before = persons.get_person(s, world.person).version
        point = s.scalars(select(ContactPoint).where(ContactPoint.person_id == world.person)).first()
        assert point is not None
        point.label = "travail"
    with database.begin() as s:
        middle = persons.get_person(s, world.person).version
        s.add(
            ContactPoint(
                person_id=world.person,
                kind=ContactKind.EMAIL,
                value="n@example.org",
                normalized="n@example.org",
            )
        )
    with database.begin() as s:
        after = persons.get_person(s, world.person).version
        point = s.scalars(select(ContactPoint).where(ContactPoint.value == "n@example.org")).one()
        s.delete(point)
    with database.begin() as s:
        assert before < middle < after < persons.get_person(s, world.person).version


def test_unchanged_parts_do_not_bump(database: Database, world: World) -> None:
    """Reading, and saving a part of another record, leave a record's version alone."""
    with database.begin() as s:
        before = persons.get_person(s, world.person).version
        _save_person(
            s,
            World(**{**dataclasses.asdict(world), "person": world.other_person}),
            lambda d: dataclasses.replace(d, tags=("Y",)),
        )
    with database.begin() as s:
        assert persons.get_person(s, world.person).version == before
        assert persons.get_person(s, world.other_person).version > 1


def test_a_save_racing_past_the_version_check_is_a_conflict_too(
    database: Database, coordinator_a: Callable[[Edit], None], world: World
) -> None:
    """B's transaction read the record (version check passes), A commits, then B writes: the
    versioned UPDATE matches nothing and B gets ConflictError, not StaleDataError."""
    with database.begin() as s:
        data, version = _person(s, world)
        assert s.get(Person, world.person) is not None  # loaded: update_person reuses this read
        coordinator_a(
            lambda other: _save_person(
                other, world, lambda d: _with_contact(d, ContactKind.EMAIL, "a@example.org")
            )
        )
        with pytest.raises(ConflictError):
            persons.update_person(
                s, world.person, _with_contact(data, ContactKind.PHONE, "+1 418 555 0142"), version
            )
    with database.begin() as s:
        assert _emails(s, world.person) == {"a@example.org"}

"""Generic undo/redo of units of work, at service level, on every kind of record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.core.enums import Activity, ContactKind, Country, ExchangeKind, HalfDay, InteractionKind
from reseau.db.models import AgendaSlot, ContactPoint, Exchange, Interaction, Organization, Person, Tag
from reseau.db.models.links import interaction_persons, person_tags
from reseau.db.session import Database
from reseau.db.undo import REDO, UNDO, UndoConflictError, UndoRecord, apply, recording
from reseau.services.organizations import records as organizations
from reseau.services.persons import records as persons
from reseau.services.shared.contact_points import ContactInput


def run(database: Database, description: str, fn: Callable[[Session], Any]) -> UndoRecord:
    with database.begin() as session, recording(session, description) as recorder:
        fn(session)
        return recorder.finish()


def undo(database: Database, record: UndoRecord, direction: Any = UNDO) -> None:
    with database.begin() as session:
        apply(session, record, direction)


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without the timestamps and versions that undo bumps."""
    from reseau.db.base import Base

    out = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.c if c.name not in {"updated_at", "version"}]
            out[table.name] = sorted(tuple(map(str, r)) for r in conn.execute(select(*cols)))
    return out


def count(database: Database, what: Any) -> int:
    with database.begin() as session:
        return session.scalar(select(func.count()).select_from(what)) or 0


def person_input(last: str = "Massé", tags: tuple[str, ...] = ("CLSC",)) -> persons.PersonInput:
    return persons.PersonInput(
        last_name=last,
        first_name="Richard",
        country=Country.QUEBEC,
        contacts=(ContactInput(ContactKind.EMAIL, "richard.masse@example.org"),),
        tags=tags,
    )


def test_create_person_with_contacts_and_tags_is_undone_and_redone(database: Database) -> None:
    empty = snapshot(database)
    record = run(database, "Ajouter Richard Massé", lambda s: persons.add_person(s, person_input()))
    assert record.tables >= {"person", "contact_point", "tag", "person_tag"}
    created = snapshot(database)
    undo(database, record)
    assert snapshot(database) == empty
    undo(database, record, REDO)
    assert snapshot(database) == created
    undo(database, record)
    assert count(database, Person) == 0 and count(database, person_tags) == 0


def test_edit_person_is_undone_and_version_moves_on(database: Database) -> None:
    with database.begin() as session:
        pid = persons.add_person(session, person_input()).value
    before = snapshot(database)
    with database.begin() as session:
        version = persons.get_person(session, pid).version
    record = run(
        database,
        "Modifier Richard Massé",
        lambda s: persons.update_person(s, pid, person_input("Masse", ("FQIS",)), version),
    )
    undo(database, record)
    assert snapshot(database) == before
    with database.begin() as session:
        detail = persons.get_person(session, pid)
    assert detail.data.last_name == "Massé" and detail.data.tags == ("CLSC",)
    assert detail.version == version  # the row is exactly as it was
    undo(database, record, REDO)
    with database.begin() as session:
        assert persons.get_person(session, pid).data.last_name == "Masse"


def test_delete_person_restores_links_cascaded_by_the_database(database: Database) -> None:
    with database.begin() as session:
        pid = persons.add_person(session, person_input()).value
        interaction = Interaction(occurred_on=date(2005, 5, 2), kind=InteractionKind.MEETING, summary="x")
        session.add(interaction)
        session.flush()
        session.execute(interaction_persons.insert().values(interaction_id=interaction.id, person_id=pid))
    before = snapshot(database)
    record = run(database, "Supprimer Richard Massé", lambda s: persons.delete_person(s, pid))
    assert count(database, interaction_persons) == 0
    assert "interaction_person" in record.tables  # removed by ON DELETE CASCADE, not the ORM
    undo(database, record)
    assert snapshot(database) == before


def test_delete_organization_restores_members_set_null(database: Database) -> None:
    with database.begin() as session:
        oid = organizations.add_organization(
            session, organizations.OrganizationInput(name="CLSC Haute-Ville", country=Country.QUEBEC)
        ).value
        persons.add_person(
            session, person_input() and persons.PersonInput(last_name="Roy", organization_id=oid)
        )
    before = snapshot(database)
    record = run(database, "Supprimer CLSC", lambda s: organizations.delete_organization(s, oid))
    undo(database, record)
    assert snapshot(database) == before
    with database.begin() as session:
        assert session.scalars(select(Person.organization_id)).one() == oid


def test_exchange_slot_and_journal_rows(database: Database) -> None:
    empty = snapshot(database)

    def create(session: Session) -> None:
        exchange = Exchange(kind=ExchangeKind.MISSION, title="Mission 2005")
        exchange.slots.append(
            AgendaSlot(day=date(2005, 5, 2), half_day=HalfDay.MORNING, activity=Activity.PRESENTATION)
        )
        session.add(exchange)
        session.add(Interaction(occurred_on=date(2005, 5, 3), kind=InteractionKind.CALL, exchange=exchange))

    record = run(database, "Créer la mission", create)
    assert record.tables >= {"exchange", "agenda_slot", "interaction"}
    full = snapshot(database)

    def edit_and_delete(session: Session) -> None:
        slot = session.scalars(select(AgendaSlot)).one()
        slot.title = "Accueil"
        session.delete(session.scalars(select(Interaction)).one())

    second = run(database, "Modifier le créneau", edit_and_delete)
    undo(database, second)
    assert snapshot(database) == full
    third = run(database, "Supprimer la mission", lambda s: s.delete(s.scalars(select(Exchange)).one()))
    assert count(database, AgendaSlot) == 0
    undo(database, third)
    assert snapshot(database) == full
    undo(database, record)
    assert snapshot(database) == empty


def test_undo_over_a_later_change_is_refused_and_writes_nothing(database: Database) -> None:
    record = run(database, "Ajouter Richard Massé", lambda s: persons.add_person(s, person_input()))
    with database.begin() as session:
        session.scalars(select(Person)).one().title = "Directeur"
    later = snapshot(database)
    with pytest.raises(UndoConflictError, match=r"Ajouter Richard Massé.*a changé depuis"):
        undo(database, record)
    assert snapshot(database) == later


def test_undo_refused_when_a_new_row_depends_on_a_created_one(database: Database) -> None:
    record = run(
        database,
        "Ajouter CLSC",
        lambda s: organizations.add_organization(
            s, organizations.OrganizationInput(name="CLSC", country=Country.QUEBEC)
        ),
    )
    with database.begin() as session:
        org = session.scalars(select(Organization)).one()
        # A journal entry naming it: the link row would go with it, and is not part of it (a
        # contact point would be, and would refuse the undo as a change of the organization).
        session.add(
            Interaction(occurred_on=date(2027, 5, 10), kind=InteractionKind.MEETING, organizations=[org])
        )
    with pytest.raises(UndoConflictError, match="ajoutées depuis"):
        undo(database, record)
    assert count(database, Organization) == 1


def test_nothing_recorded_outside_the_block_and_empty_record_is_false(database: Database) -> None:
    record = run(database, "Rien", lambda s: list(s.scalars(select(Tag))))
    assert not record
    with database.begin() as session:
        persons.add_person(session, person_input())
    assert count(database, Person) == 1


def test_core_statements_of_a_service_are_recorded_too(database: Database) -> None:
    """Bulk UPDATE/DELETE with a non-key WHERE and INSERT ... VALUES, as services may write."""
    from sqlalchemy import delete, insert, update

    with database.begin() as session:
        first = persons.add_person(session, person_input("Roy", ())).value
        second = persons.add_person(session, person_input("Roy", ())).value
        tag = Tag(name="FQIS")
        session.add(tag)
        session.flush()
        tag_id = tag.id
    before = snapshot(database)

    def bulk(session: Session) -> None:
        session.execute(update(Person).where(Person.last_name == "Roy").values(title="Élu"))
        session.execute(insert(person_tags).values(person_id=first, tag_id=tag_id))
        session.execute(insert(person_tags), [{"person_id": second, "tag_id": tag_id}])
        session.execute(delete(ContactPoint).where(ContactPoint.person_id == second))

    record = run(database, "Opération groupée", bulk)
    assert record.complete
    assert {c.table for c in record.changes} == {"person", "person_tag", "contact_point"}
    undo(database, record)
    assert snapshot(database) == before


def test_a_statement_whose_rows_cannot_be_known_makes_the_record_refuse_undo(database: Database) -> None:
    from sqlalchemy import insert

    with database.begin() as session:
        persons.add_person(session, person_input("Roy", ()))
    record = run(
        database,
        "Copier",
        lambda s: s.execute(insert(Tag).from_select(["name"], select(Person.last_name))),
    )
    assert not record.complete
    with pytest.raises(UndoConflictError, match="ne peut pas être annulé"):
        undo(database, record)

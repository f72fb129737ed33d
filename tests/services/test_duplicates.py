"""Duplicates: found by the identity rule (core.identity); merged keeping every link; kept apart."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from reseau.core.enums import ContactKind, InteractionKind, ParticipantRole
from reseau.core.identity import Evidence
from reseau.db.models import ExchangeParticipant, Interaction, Person, Theme
from reseau.db.session import Database
from reseau.services.persons.duplicates import find_duplicates, mark_not_duplicate, merge_persons
from reseau.services.persons.records import ContactInput, PersonInput, add_person


def _add(session, last: str, first: str, *contacts: ContactInput, title: str = "") -> int:  # type: ignore[no-untyped-def]
    return add_person(
        session, PersonInput(last_name=last, first_name=first, title=title, contacts=contacts)
    ).value


def test_found_by_name_email_phone_and_kept_apart(database: Database) -> None:
    with database.begin() as session:
        a = _add(session, "St-Amand", "Denis")
        b = _add(session, "Saint Amand", "DENIS")
        c = _add(session, "Roy", "Anne", ContactInput(ContactKind.EMAIL, "anne@x.org"))
        d = _add(session, "Roy-Tremblay", "Anne", ContactInput(ContactKind.EMAIL, "Anne@x.org"))
        e = _add(session, "Massé", "Marc-André", ContactInput(ContactKind.PHONE, "418 555-0199"))
        f = _add(session, "Masse", "Marc André", ContactInput(ContactKind.PHONE, "+1 418 555 0199"))
        _add(session, "Trickey", "Francine")
    with database.begin() as session:
        pairs = {(p.a.id, p.b.id): p.evidence for p in find_duplicates(session)}
    assert pairs == {
        (a, b): (Evidence.NAME_ONLY,),  # a name alone: to review, never the same person
        (c, d): (Evidence.EMAIL,),
        (e, f): (Evidence.NAME_PHONE,),
    }
    with database.begin() as session:
        mark_not_duplicate(session, d, c)
    with database.begin() as session:
        assert {(p.a.id, p.b.id) for p in find_duplicates(session)} == {(a, b), (e, f)}


def test_merge_keeps_every_link(demo_database: Database) -> None:
    with demo_database.begin() as session:
        keep = session.scalars(select(Person).where(Person.last_name == "Morel")).first()
        assert keep is not None
        drop_id = _add(
            session,
            "Morel",
            "Michel",
            ContactInput(ContactKind.EMAIL, "m.morel@example.org"),
            title="Coordonnateur",
        )
        exchange_id = session.scalars(select(ExchangeParticipant.exchange_id)).first()
        session.add(
            ExchangeParticipant(exchange_id=exchange_id, person_id=drop_id, role=ParticipantRole.SPEAKER)
        )
        theme = session.scalars(select(Theme)).first()
        assert theme is not None
        theme.persons.append(session.get_one(Person, drop_id))
        note = Interaction(occurred_on=date(2006, 4, 1), kind=InteractionKind.CALL, summary="Suivi")
        note.persons.append(session.get_one(Person, drop_id))
        session.add(note)
        session.flush()
        note_id = note.id
        keep_id, theme_id = keep.id, theme.id
        before_links = session.scalar(
            select(func.count())
            .select_from(ExchangeParticipant)
            .where(ExchangeParticipant.person_id == keep_id)
        )
    with demo_database.begin() as session:
        merge_persons(session, keep_id, drop_id, frozenset({"title"}))
    with demo_database.begin() as session:
        assert session.get(Person, drop_id) is None
        person = session.get_one(Person, keep_id)
        assert person.title == "Coordonnateur"
        assert "m.morel@example.org" in [c.value for c in person.contact_points]
        assert theme_id in [t.id for t in person.themes]
        assert [p.id for p in session.get_one(Interaction, note_id).persons] == [keep_id]
        links = session.scalar(
            select(func.count())
            .select_from(ExchangeParticipant)
            .where(ExchangeParticipant.person_id == keep_id)
        )
        assert links == (before_links or 0) + 1

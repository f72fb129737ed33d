"""Privacy rights: export everything about a person, erase her everywhere, retention review."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select, text

from reseau.core.enums import (
    Activity,
    ContactKind,
    ExchangeKind,
    HalfDay,
    InteractionKind,
    ParticipantRole,
    ThemeKind,
)
from reseau.core.errors import NotFoundError
from reseau.core.labels import label
from reseau.db.models import (
    AgendaSlot,
    ContactPoint,
    ErasureRecord,
    Exchange,
    ExchangeParticipant,
    Interaction,
    Person,
    Theme,
)
from reseau.db.session import Database
from reseau.services.database.settings import RETENTION_YEARS, set_setting
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.privacy import rights as privacy
from reseau.services.shared.contact_points import ContactInput


def _world(database: Database) -> tuple[int, int]:
    """Hélène Massé (in the journal, the agenda, an exchange, owner of a theme) and Jean Roy."""
    with database.begin() as session:
        helene = add_person(
            session,
            PersonInput(
                last_name="Massé",
                first_name="Hélène",
                source="carte d'affaires",
                consent_basis="intérêt légitime",
                contacts=(ContactInput(ContactKind.EMAIL, "helene.masse@example.org"),),
                tags=("délégation",),
            ),
        ).value
        jean = add_person(session, PersonInput(last_name="Roy", first_name="Jean")).value
        her, him = session.get(Person, helene), session.get(Person, jean)
        exchange = Exchange(kind=ExchangeKind.MISSION, title="Mission 2005")
        session.add(exchange)
        session.flush()
        session.add(ExchangeParticipant(exchange_id=exchange.id, person_id=helene, role=ParticipantRole.HOST))
        entry = Interaction(
            occurred_on=date(2005, 6, 7),
            kind=InteractionKind.MEETING,
            summary="Dîner avec Hélène Massé (helene.masse@example.org) et Jean Roy",
        )
        entry.persons = [her, him]
        session.add(entry)
        slot = AgendaSlot(
            exchange_id=exchange.id,
            day=date(2005, 6, 8),
            half_day=HalfDay.MORNING,
            activity=Activity.PRESENTATION,
            title="Exposé d'Hélène Massé",
            notes="",
        )
        slot.speakers = [her]
        slot.attendees = [him]
        session.add(slot)
        session.add(Theme(kind=ThemeKind.USER, title="Logement", owner_id=helene))
    return helene, jean


def test_export_holds_everything_linked(database: Database) -> None:
    helene, _jean = _world(database)
    with database.begin() as session:
        export = privacy.export_person(session, helene)
    data = json.loads(export.to_json())
    assert export.name == "Hélène Massé"
    assert data["personne"]["provenance"] == "carte d'affaires"
    assert data["personne"]["motif_de_conservation"] == "intérêt légitime"
    assert data["coordonnees"][0]["valeur"] == "helene.masse@example.org"
    assert data["etiquettes"] == ["délégation"]
    assert data["echanges"] == [
        {"echange": "Mission 2005", "debut": None, "role": label(ParticipantRole.HOST)}
    ]
    assert data["journal"][0]["resume"].startswith("Dîner avec Hélène Massé")
    assert data["agenda"][0]["role"] == "intervenant"
    assert data["themes_sous_sa_responsabilite"] == ["Logement"]


def test_export_unknown_person(database: Database) -> None:
    with database.begin() as session, pytest.raises(NotFoundError):
        privacy.export_person(session, 999)


def test_erase_removes_her_everywhere_and_keeps_anonymous_traces(database: Database) -> None:
    helene, jean = _world(database)
    with database.begin() as session:
        result = privacy.erase_person(session, helene).value
    assert len(result.reference) == 32
    assert result.rows_touched >= 9
    with database.begin() as session:
        assert session.get(Person, helene) is None
        assert session.get(Person, jean) is not None
        assert session.scalar(select(func.count()).select_from(ContactPoint)) == 0
        assert session.scalar(select(func.count()).select_from(ExchangeParticipant)) == 0
        entry = session.scalars(select(Interaction)).one()
        assert [p.id for p in entry.persons] == [jean]
        assert "Hélène" not in entry.summary and "helene.masse" not in entry.summary
        assert "personne effacée" in entry.summary and "Jean Roy" in entry.summary
        slot = session.scalars(select(AgendaSlot)).one()
        assert slot.speakers == [] and [p.id for p in slot.attendees] == [jean]
        assert "personne effacée" in slot.notes and "Massé" not in slot.title
        assert session.scalars(select(Theme.owner_id).where(Theme.title == "Logement")).one() is None
        record = session.scalars(select(ErasureRecord)).one()
        assert record.reference == result.reference and record.rows_touched == result.rows_touched
        # The record holds no personal data: only its own columns, none naming her.
        assert "Massé" not in repr([getattr(record, c.key) for c in ErasureRecord.__table__.columns])
        if database.is_sqlite:
            assert session.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_erased_name_is_gone_from_the_sqlite_file(db_path, database: Database) -> None:  # type: ignore[no-untyped-def]
    if not database.is_sqlite:
        pytest.skip("file-level check")
    helene, _ = _world(database)
    with database.begin() as session:
        privacy.erase_person(session, helene)
    from reseau.db.backup import checkpoint

    checkpoint(db_path)
    database.dispose()
    raw = db_path.read_bytes()
    assert b"helene.masse@example.org" not in raw
    assert "Hélène".encode() not in raw


def test_retention_review(database: Database) -> None:
    helene, jean = _world(database)  # both met on 2005-06-07
    with database.begin() as session:
        quiet = add_person(session, PersonInput(last_name="Nouvelle")).value
        assert privacy.retention_years(session) == 3
        set_setting(session, RETENTION_YEARS, 5)
    with database.begin() as session:
        assert privacy.retention_years(session) == 5
        rows = privacy.retention_review(session, 5, today=date(2026, 11, 25))
        assert {r.id for r in rows} == {helene, jean}  # the new one was created today
        assert rows[0].last_entry == date(2005, 6, 7)
        assert quiet not in {r.id for r in privacy.retention_review(session, 1, today=date(2026, 11, 25))}
        assert privacy.retention_review(session, 30, today=date(2026, 11, 25)) == []


def test_purge_after_erasure_on_both_backends(database: Database) -> None:
    from reseau.db.purge import purge_freed_data

    helene, _ = _world(database)
    with database.begin() as session:
        privacy.erase_person(session, helene)
    purge_freed_data(database)  # WAL truncated on SQLite, VACUUM FULL on PostgreSQL
    with database.begin() as session:
        assert session.get(Person, helene) is None

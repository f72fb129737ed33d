"""Privacy rights (Québec's Law 25, the GDPR): access, erasure, retention review.

* ``export_person``: everything linked to a person, as plain JSON-ready data.
* ``erase_person``: removes the person and her personal data everywhere the inventory
  (``services.privacy.inventory``) says it can be: every row that references her, the free
  text of the records linked to her (journal entries and agenda slots stay, without the link and
  with « personne effacée » in them, so the history of the exchanges still makes sense), the
  speakers a slot remembers, the import snapshots of her old state, the search index (rebuilt).
  Mentions of her in the other records are listed for review, not changed. SQLite's
  ``secure_delete`` overwrites the freed pages; ``db.purge`` then vacuums and empties the WAL.
  An ``ErasureRecord`` keeps the date, a count and a random reference: never who.
* ``retention_review``: persons with no journal entry for N years.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind, ContactUsage, Country, HalfDay, InteractionKind, ParticipantRole
from reseau.core.errors import NotFoundError
from reseau.core.labels import label
from reseau.core.messages import tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.models import (
    AgendaSlot,
    ErasureRecord,
    Exchange,
    ExchangeParticipant,
    ImportBatch,
    ImportBatchItem,
    Interaction,
    NotDuplicate,
    Person,
    PersonFollowUp,
    Theme,
)
from reseau.db.models.links import (
    interaction_persons,
    slot_attendees,
    slot_speakers,
)
from reseau.services.database.settings import DEFAULT_RETENTION_YEARS, RETENTION_YEARS, get_setting
from reseau.services.privacy.scrub import (
    ERASED_MARK,
    Mention,
    anonymised,
    count_rows,
    drop_import_snapshots,
    find_mentions,
    rebuild_search_index,
    redactor,
    scrub_saved_speakers,
    unlink_everywhere,
)

# The export section that shows each table referencing her (tests check that none is missing).
EXPORT_SECTIONS = {
    "contact_point": "coordonnees",
    "person_tag": "etiquettes",
    "person_theme": "themes",
    "theme": "themes_sous_sa_responsabilite",
    "exchange_participant": "echanges",
    "interaction_person": "journal",
    "agenda_slot_speaker": "agenda",
    "agenda_slot_attendee": "agenda",
    "person_follow_up": "relance",
    "not_duplicate": "pas_des_doublons_de",
}


@dataclass(frozen=True)
class PersonExport:
    """The access-request answer: a JSON-ready dict, and the name for titles and file names."""

    person_id: int
    name: str
    data: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2, default=str)


@dataclass(frozen=True)
class ErasureResult:
    reference: str
    rows_touched: int
    erased_at: datetime
    # Kept in memory only, to find the backups that still hold her; never stored.
    person_id: int
    name_key: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class RetentionRow:
    id: int
    name: str
    last_entry: date | None
    created_on: date | None


def _iso(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat() if isinstance(value, date) else value


def _word(enum: type[StrEnum], code: object) -> object:
    """The French label of a code (the person reads this export), the code if unknown."""
    try:
        return label(enum(str(code)), "fr")
    except ValueError:
        return code


def export_person(session: Session, person_id: int) -> PersonExport:
    """Everything Réseau holds about one person, section by section (French keys: she reads it)."""
    person = session.scalar(
        select(Person)
        .where(Person.id == person_id)
        .options(selectinload(Person.contact_points), selectinload(Person.tags), selectinload(Person.themes))
    )
    if person is None:
        raise NotFoundError(tr("Personne"), person_id)
    owned = session.scalars(select(Theme.title).where(Theme.owner_id == person_id)).all()
    data: dict[str, Any] = {
        "genere_le": datetime.now().isoformat(timespec="seconds"),
        "personne": _identity_section(person),
        "coordonnees": _contacts_section(person),
        "etiquettes": sorted(t.name for t in person.tags),
        "themes": sorted(t.title for t in person.themes),
        "themes_sous_sa_responsabilite": sorted(owned),
        "echanges": _exchanges_section(session, person_id),
        "journal": _journal_section(session, person_id),
        "agenda": _agenda_section(session, person_id),
        "relance": _follow_up_section(session, person_id),
        "pas_des_doublons_de": _not_duplicates_section(session, person_id),
        "imports_etat_avant": _snapshots_section(session, person_id),
        "intervenante_enregistree": _saved_speaker_section(session, person_id),
    }
    return PersonExport(person.id, display_name(person.first_name, person.last_name), data)


def _identity_section(person: Person) -> dict[str, Any]:
    return {
        "identifiant": person.id,
        "prenom": person.first_name,
        "nom": person.last_name,
        "fonction": person.title or "",
        "organisation": person.organization.name if person.organization else "",
        "service": person.department or "",
        "pays": _word(Country, person.country),
        "secteurs": list(person.sectors or []),
        "roles": list(person.roles or []),
        "langues": list(person.languages or []),
        "notes": person.notes,
        "provenance": person.source,
        "motif_de_conservation": person.consent_basis,
        "ne_pas_contacter": bool(person.do_not_contact),
        "relance_jours": person.follow_up_days,
        "cree_le": _iso(person.created_at),
        "modifie_le": _iso(person.updated_at),
    }


def _contacts_section(person: Person) -> list[dict[str, Any]]:
    return [
        {
            "type": _word(ContactKind, c.kind),
            "valeur": c.value,
            "libelle": c.label,
            # Issue 14.4: what it is for, a phone's extension, an address's parts.
            "usage": _word(ContactUsage, c.usage) if c.usage else "",
            "poste": c.extension or "",
            "adresse": dict(c.address or {}),
        }
        for c in person.contact_points
    ]


def _exchanges_section(session: Session, person_id: int) -> list[dict[str, Any]]:
    participations = session.execute(
        select(Exchange.title, Exchange.start_date, ExchangeParticipant.role)
        .join(ExchangeParticipant, ExchangeParticipant.exchange_id == Exchange.id)
        .where(ExchangeParticipant.person_id == person_id)
        .order_by(Exchange.start_date)
    ).all()
    return [
        {"echange": title, "debut": _iso(start), "role": _word(ParticipantRole, role)}
        for title, start, role in participations
    ]


def _journal_section(session: Session, person_id: int) -> list[dict[str, Any]]:
    entries = session.scalars(
        select(Interaction)
        .join(interaction_persons, interaction_persons.c.interaction_id == Interaction.id)
        .where(interaction_persons.c.person_id == person_id)
        .order_by(Interaction.occurred_on)
    ).all()
    return [
        {
            "date": _iso(e.occurred_on),
            "type": _word(InteractionKind, e.kind),
            "resume": e.summary,
            "relance": _iso(e.follow_up_on),
        }
        for e in entries
    ]


def _agenda_section(session: Session, person_id: int) -> list[dict[str, Any]]:
    """The slots where she speaks, then those she attends."""
    slots: list[dict[str, Any]] = []
    for table, role in ((slot_speakers, "intervenant"), (slot_attendees, "participant")):
        for slot in session.scalars(
            select(AgendaSlot)
            .join(table, table.c.agenda_slot_id == AgendaSlot.id)
            .where(table.c.person_id == person_id)
            .order_by(AgendaSlot.day)
        ):
            slots.append(
                {
                    "jour": _iso(slot.day),
                    "demi_journee": _word(HalfDay, slot.half_day),
                    "titre": slot.title,
                    "lieu": slot.place,
                    "ville": slot.city,
                    "role": role,
                }
            )
    return slots


def _follow_up_section(session: Session, person_id: int) -> dict[str, Any]:
    follow_up = session.get(PersonFollowUp, person_id)
    return {
        "faite_le": _iso(follow_up.done_on) if follow_up else None,
        "reportee_au": _iso(follow_up.snoozed_until) if follow_up else None,
    }


def _not_duplicates_section(session: Session, person_id: int) -> list[str]:
    not_duplicates = sorted(
        a if b == person_id else b
        for a, b in session.execute(
            select(NotDuplicate.person_a_id, NotDuplicate.person_b_id).where(
                (NotDuplicate.person_a_id == person_id) | (NotDuplicate.person_b_id == person_id)
            )
        )
    )
    return [f"personne n° {other}" for other in not_duplicates]


def _snapshots_section(session: Session, person_id: int) -> list[dict[str, Any]]:
    """Her state before each import that updated her (undo keeps it)."""
    return [
        {"import": source, "date": _iso(at), "etat_avant": before}
        for source, at, before in session.execute(
            select(ImportBatch.source, ImportBatch.created_at, ImportBatchItem.before)
            .join(ImportBatch, ImportBatch.id == ImportBatchItem.batch_id)
            .where(
                ImportBatchItem.entity == "person",
                ImportBatchItem.entity_id == person_id,
                ImportBatchItem.action == "updated",
            )
            .order_by(ImportBatchItem.id)
        )
        if before
    ]


def _saved_speaker_section(session: Session, person_id: int) -> list[dict[str, Any]]:
    """The slots that remember her name among their speakers."""
    return [
        {"jour": _iso(slot.day), "titre": slot.title, "nom_enregistre": str(entry.get("name", ""))}
        for slot in session.scalars(select(AgendaSlot).order_by(AgendaSlot.day, AgendaSlot.id))
        for entry in slot.saved_speakers or []
        if isinstance(entry, dict) and entry.get("id") == person_id
    ]


def erase_person(session: Session, person_id: int) -> Outcome[ErasureResult]:
    """Erase the person everywhere, in this one transaction (see the module docstring)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr("Personne"), person_id)
    if session.get_bind().dialect.name == "sqlite":
        # Freed pages are overwritten with zeros instead of lingering in the file.
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    name_key = person.name_key
    pattern = redactor(session, person)
    touched = 0

    entry_ids = session.scalars(
        select(interaction_persons.c.interaction_id).where(interaction_persons.c.person_id == person_id)
    ).all()
    for entry in session.scalars(select(Interaction).where(Interaction.id.in_(entry_ids))):
        entry.summary = anonymised(entry.summary, pattern)
        touched += 1
    slot_ids = set(
        session.scalars(select(slot_speakers.c.agenda_slot_id).where(slot_speakers.c.person_id == person_id))
    ) | set(
        session.scalars(
            select(slot_attendees.c.agenda_slot_id).where(slot_attendees.c.person_id == person_id)
        )
    )
    for slot in session.scalars(select(AgendaSlot).where(AgendaSlot.id.in_(slot_ids))):
        slot.notes = anonymised(slot.notes, pattern)
        if pattern is not None:
            slot.title = pattern.sub(ERASED_MARK, slot.title)
        touched += 1
    touched += scrub_saved_speakers(session, person_id, pattern)
    touched += drop_import_snapshots(session, person_id)
    session.flush()
    session.expunge(person)  # her rows go by SQL below; the ORM must not write them back
    touched += unlink_everywhere(session, person_id)
    touched += count_rows(session, delete(Person).where(Person.id == person_id))
    rebuild_search_index(session)
    mentions = tuple(find_mentions(session, pattern))
    record = ErasureRecord(reference=uuid.uuid4().hex, rows_touched=touched)
    session.add(record)
    session.flush()
    result = ErasureResult(record.reference, touched, record.erased_at, person_id, name_key, mentions)
    return Outcome(
        result,
        Changes(
            persons=True, organizations=True, exchanges=True, interactions=True, agenda=True, themes=True
        ),
    )


def retention_years(session: Session) -> int:
    value = get_setting(session, RETENTION_YEARS, DEFAULT_RETENTION_YEARS)
    return value if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_YEARS


def retention_review(session: Session, years: int, today: date | None = None) -> list[RetentionRow]:
    """Persons whose last journal entry (or, with none, whose record) is older than ``years``."""
    today = today or date.today()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    last = (
        select(interaction_persons.c.person_id, func.max(Interaction.occurred_on).label("last"))
        .join(Interaction, Interaction.id == interaction_persons.c.interaction_id)
        .group_by(interaction_persons.c.person_id)
        .subquery()
    )
    rows = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.created_at, last.c.last)
        .outerjoin(last, last.c.person_id == Person.id)
        .order_by(Person.name_key)
    ).all()
    found: list[RetentionRow] = []
    for ident, first, last_name, created, last_entry in rows:
        created_on = created.date() if isinstance(created, datetime) else None
        reference = last_entry or created_on
        if reference is None or reference < cutoff:
            found.append(RetentionRow(ident, display_name(first, last_name), last_entry, created_on))
    return found

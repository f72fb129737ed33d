"""Erasure that erases: every column accounted for, snapshots and saved speakers scrubbed, the
search index rebuilt, the file vacuumed, partial backups removed, mentions listed; the export of
one person covers the same set."""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select

from reseau.core.enums import (
    Activity,
    ContactKind,
    ExchangeKind,
    HalfDay,
    InteractionKind,
    ParticipantRole,
)
from reseau.core.paths import DataPaths
from reseau.db.backup import create_backup
from reseau.db.models import (
    AgendaSlot,
    Base,
    Exchange,
    ExchangeParticipant,
    ImportBatch,
    ImportBatchItem,
    Interaction,
    NotDuplicate,
    Organization,
    Person,
    PersonFollowUp,
)
from reseau.db.session import Database
from reseau.services.agenda.editing import saved_speakers
from reseau.services.agenda.reading import load_agenda
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.privacy import rights as privacy
from reseau.services.privacy.erasure import find_persons, finish_erasure
from reseau.services.privacy.inventory import (
    HANDLED,
    NOT_PERSONAL,
    RECORD_WORDS,
    mention_columns,
    unclassified,
)
from reseau.services.privacy.scrub import person_links
from reseau.services.search.global_search import search
from reseau.services.shared.contact_points import ContactInput

FIRST, LAST = "Philomène", "Zwirnbaum"
EMAIL = "philomene.zwirnbaum@exemple.qc.ca"
PHONE = "+1 514 555 0199"
NOTES = "Allergique aux arachides ; sa fille Capucine étudie à Rimouski"
OLD_EMAIL = "p.zwirnbaum@ancien-courriel.fr"


def _secrets() -> list[bytes]:
    """Her data as stored, and as the FTS5 tokenizer folds it (lower case, no accents)."""
    texts = [FIRST, LAST, f"{FIRST} {LAST}", EMAIL, OLD_EMAIL, "5145550199", "555 0199", NOTES, "Capucine"]
    folded = [
        "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).lower()
        for t in texts
    ]
    return sorted({t.encode("utf-8") for t in texts + folded})


def _world(database: Database) -> tuple[int, int, int]:
    """She is in the journal, a slot's speakers (and its saved names), an exchange, an import
    snapshot, a follow-up snooze, a not-duplicate pair, the search index; Jean Roy is not her."""
    with database.begin() as session:
        org = Organization(name="CISSS du Bas-Saint-Laurent", name_key="cisss", country="QC")
        session.add(org)
        session.flush()
        her = add_person(
            session,
            PersonInput(
                last_name=LAST,
                first_name=FIRST,
                notes=NOTES,
                organization_id=org.id,
                contacts=(
                    ContactInput(ContactKind.EMAIL, EMAIL),
                    ContactInput(ContactKind.PHONE, PHONE),
                ),
            ),
        ).value
        jean = add_person(session, PersonInput(last_name="Roy", first_name="Jean")).value
        her_row, jean_row = session.get(Person, her), session.get(Person, jean)
        exchange = Exchange(kind=ExchangeKind.MISSION, title="Mission 2005")
        session.add(exchange)
        session.flush()
        session.add(
            ExchangeParticipant(exchange_id=exchange.id, person_id=her, role=ParticipantRole.DELEGATE)
        )
        entry = Interaction(
            occurred_on=date(2005, 6, 7),
            kind=InteractionKind.MEETING,
            summary=f"Rencontre avec {FIRST} {LAST} ({EMAIL}) et Jean Roy",
        )
        entry.persons = [her_row, jean_row]
        session.add(entry)
        slot = AgendaSlot(
            exchange_id=exchange.id,
            day=date(2005, 6, 8),
            half_day=HalfDay.MORNING,
            activity=Activity.PRESENTATION,
            title=f"Exposé de {LAST}",
        )
        slot.speakers = [her_row, jean_row]
        slot.saved_speakers = saved_speakers([her_row, jean_row])
        session.add(slot)
        session.add(PersonFollowUp(person_id=her, snoozed_until=date(2026, 12, 24)))
        session.add(NotDuplicate(person_a_id=min(her, jean), person_b_id=max(her, jean)))
        batch = ImportBatch(source="contacts.csv", file_format="csv", policy="update")
        session.add(batch)
        session.flush()
        session.add(
            ImportBatchItem(
                batch_id=batch.id,
                entity="person",
                entity_id=her,
                action="updated",
                before={
                    "first_name": FIRST,
                    "title": None,
                    "organization_id": None,
                    "notes": NOTES,
                    "contacts": [["email", OLD_EMAIL, "", OLD_EMAIL]],
                    "tags": [],
                },
            )
        )
        # A run of persons created by an import that starts at her id: not a snapshot of her.
        session.add(ImportBatchItem(batch_id=batch.id, entity="person", entity_id=her, action="created"))
    return her, jean, exchange.id


def test_every_column_is_handled_or_declared_not_personal() -> None:
    assert unclassified(Base.metadata) == []
    columns = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns}
    assert set(HANDLED) <= columns, "the inventory names a column that does not exist"
    assert set(NOT_PERSONAL) <= columns
    assert not set(HANDLED) & set(NOT_PERSONAL)
    for table, _column in mention_columns():  # the report can name each record found
        assert {(table, c) for c in RECORD_WORDS[table][1]} <= columns
    # Every table that references a person is shown in her export.
    assert {t.name for t, _c in person_links()} <= set(privacy.EXPORT_SECTIONS)


def test_a_new_unclassified_column_fails_the_inventory() -> None:
    metadata = MetaData()
    Table("person", metadata, Column("id", Integer, primary_key=True))
    Table(
        "badge",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("holder_name", String(80)),
        Column("exchange_id", ForeignKey("exchange.id")),
    )
    Table("exchange", metadata, Column("id", Integer, primary_key=True))
    assert unclassified(metadata) == ["badge.holder_name", "badge.exchange_id"]


def test_export_covers_snoozes_pairs_snapshots_and_saved_speakers(database: Database) -> None:
    her, jean, _ = _world(database)
    with database.begin() as session:
        data = privacy.export_person(session, her).data
    assert data["relance"] == {"faite_le": None, "reportee_au": "2026-12-24"}
    assert data["pas_des_doublons_de"] == [f"personne n° {jean}"]
    assert data["imports_etat_avant"][0]["import"] == "contacts.csv"
    assert data["imports_etat_avant"][0]["etat_avant"]["contacts"][0][1] == OLD_EMAIL
    assert data["intervenante_enregistree"] == [
        {"jour": "2005-06-08", "titre": f"Exposé de {LAST}", "nom_enregistre": f"{FIRST} {LAST}"}
    ]
    for section in privacy.EXPORT_SECTIONS.values():
        assert section in data


def test_erasure_scrubs_snapshots_saved_speakers_and_search(database: Database) -> None:
    her, jean, exchange_id = _world(database)
    with database.begin() as session:
        assert her in [h.id for h in search(session, LAST) if h.kind == "person"]
        privacy.erase_person(session, her)
    with database.begin() as session:
        assert session.scalars(select(ImportBatchItem.action)).all() == ["created"]
        slot = session.scalars(select(AgendaSlot)).one()
        assert slot.saved_speakers == [
            {"id": None, "name": "[personne effacée]"},
            {"id": jean, "name": "Jean Roy"},
        ]
        assert session.get(PersonFollowUp, her) is None
        assert session.scalars(select(NotDuplicate)).all() == []
        assert search(session, LAST) == [] and search(session, FIRST) == []
        assert jean in [h.id for h in search(session, "Jean Roy") if h.kind == "person"]  # index intact
        agenda = load_agenda(session, exchange_id)
        assert LAST not in repr(agenda) and FIRST not in repr(agenda)


def test_mentions_in_other_records_are_listed_not_changed(database: Database) -> None:
    her, jean, exchange_id = _world(database)
    with database.begin() as session:
        session.get(Person, jean).notes = f"Collègue de {FIRST} {LAST}"  # type: ignore[union-attr]
        session.add(
            Interaction(
                occurred_on=date(2006, 1, 2),
                kind=InteractionKind.CALL,
                summary=f"Appel de {LAST} {FIRST}, mauvais numéro",
            )
        )
        session.get(Exchange, exchange_id).briefing_html = f"<p>Contact : {EMAIL}</p>"  # type: ignore[union-attr]
    with database.begin() as session:
        result = privacy.erase_person(session, her).value
    found = {(m.table, m.column, m.row_id) for m in result.mentions}
    assert ("person", "notes", jean) in found
    assert ("exchange", "briefing_html", exchange_id) in found
    assert any(m.table == "interaction" and m.label == "2006-01-02" for m in result.mentions)
    assert len(found) == 3  # the entry linked to her was redacted, not listed
    assert all(LAST not in m.label for m in result.mentions)
    with database.begin() as session:
        assert LAST in session.get(Person, jean).notes  # type: ignore[union-attr]


def test_find_persons_by_id_or_name(database: Database) -> None:
    her, _jean, _ = _world(database)
    with database.begin() as session:
        session.add(Person(first_name="Lise", last_name="Roy", name_key="roy lise", country="QC"))
    with database.begin() as session:
        assert [p.id for p in find_persons(session, str(her))] == [her]
        assert [p.id for p in find_persons(session, "philomene ZWIRNBAUM")] == [her]
        assert [p.id for p in find_persons(session, "Zwirnbaum Philomène")] == [her]
        assert len(find_persons(session, "Roy")) == 2
        assert find_persons(session, "999999") == [] and find_persons(session, "Personne") == []


@pytest.mark.sqlite_only
def test_nothing_of_her_is_left_in_the_file_wal_or_shm(database: Database, db_path: Path) -> None:
    her, _jean, _ = _world(database)
    paths = DataPaths(db_path)
    backup = create_backup(db_path, paths.backups, "manuelle")
    partial = paths.backups / f".{backup.path.name}.part"
    shutil.copy(backup.path, partial)
    # Before: every secret is somewhere in the file or its WAL (the check can fail).
    files = [Path(f"{db_path}{suffix}") for suffix in ("", "-wal")]
    before = b"".join(path.read_bytes() for path in files if path.exists())
    assert EMAIL.encode() in before and OLD_EMAIL.encode() in before and b"zwirnbaum" in before
    with database.begin() as session:
        result = privacy.erase_person(session, her).value
    report = finish_erasure(database, paths, result)
    assert report.removed_partials == (partial,) and not partial.exists()
    assert [b.path for b in report.holding] == [backup.path]
    leftovers = []
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db_path}{suffix}")
        if path.exists():
            raw = path.read_bytes()
            leftovers += [(suffix or "db", s) for s in _secrets() if s in raw]
    assert leftovers == []
    database.dispose()
    raw = db_path.read_bytes()
    assert [s for s in _secrets() if s in raw] == []


def test_a_shared_surname_is_not_taken_for_her(database: Database) -> None:
    her, _jean, _ = _world(database)
    with database.begin() as session:
        brother = add_person(session, PersonInput(last_name=LAST, first_name="Anatole")).value
        entry = Interaction(
            occurred_on=date(2007, 3, 4),
            kind=InteractionKind.MEETING,
            summary=f"Dîner avec Anatole {LAST} et {FIRST} {LAST} ; {LAST} (Anatole) rappellera",
        )
        entry.persons = [session.get(Person, her), session.get(Person, brother)]  # type: ignore[list-item]
        session.add(entry)
    with database.begin() as session:
        result = privacy.erase_person(session, her).value
        summary = session.scalars(
            select(Interaction.summary).where(Interaction.occurred_on == date(2007, 3, 4))
        ).one()
    assert summary == f"Dîner avec Anatole {LAST} et [personne effacée] ; {LAST} (Anatole) rappellera"
    assert result.mentions == ()  # his record and the entry are not mentions of her


_RECORDED_EXPORT = Path(__file__).with_name("snapshots") / "privacy_export.json"
_CLOCK = {"genere_le", "cree_le", "modifie_le"}


def _without_clock(value: object) -> object:
    """The export with its clock readings (generated, created, modified, import times) blanked."""
    if isinstance(value, dict):
        return {
            k: "<heure>" if k in _CLOCK or (k == "date" and " " in str(v)) else _without_clock(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_without_clock(v) for v in value]
    return value


def test_export_of_her_is_what_was_recorded(database: Database) -> None:
    """Every section, field by field, as recorded before export_person was split into steps
    (issue 17.6). RESEAU_RECORD_EXPORT=1 records it again, when a change is meant."""
    her, jean, _ = _world(database)
    with database.begin() as session:
        exported = json.loads(privacy.export_person(session, her).to_json())
    # Ids as the database gave them (a PostgreSQL sequence need not start at 1): named.
    assert exported["personne"]["identifiant"] == her
    assert exported["pas_des_doublons_de"] == [f"personne n° {jean}"]
    exported["personne"]["identifiant"], exported["pas_des_doublons_de"] = "<elle>", ["<Jean Roy>"]
    data = _without_clock(exported)
    if os.environ.get("RESEAU_RECORD_EXPORT") == "1":
        _RECORDED_EXPORT.parent.mkdir(exist_ok=True)
        _RECORDED_EXPORT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    recorded = json.loads(_RECORDED_EXPORT.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and list(data) == list(recorded)
    for section, value in recorded.items():
        assert data[section] == value, section

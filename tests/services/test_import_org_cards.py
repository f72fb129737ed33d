"""Company cards (vCard) are imported as organizations with their contact points (issue 14.5)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reseau.core.enums import ContactKind, Country
from reseau.db.models import ContactPoint, Organization, Person
from reseau.db.session import Database
from reseau.io.vcard_read import parse_vcards
from reseau.services.io.import_contacts import (
    DuplicatePolicy,
    ImportAborted,
    ImportOptions,
    ImportReport,
    import_records,
)
from reseau.services.io.import_undo import undo_batch

EVOLUTION_COMPANY = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "URL:https://www.ville.quebec.qc.ca\r\n"
    "TEL;TYPE=WORK,VOICE:+1 418 641-6010\r\n"
    "EMAIL;TYPE=WORK:info@ville.quebec.qc.ca\r\n"
    "ADR;TYPE=WORK:;;2 rue des Jardins;Québec;QC;G1R 4S9;Canada\r\n"
    "X-EVOLUTION-FILE-AS:Ville de Québec\r\n"
    "FN:Ville de Québec\r\n"
    "N:;;;;\r\n"
    "ORG:Ville de Québec;\r\n"
    "END:VCARD\r\n"
).encode()

PERSON_OF_THE_CITY = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tremblay;Julie;;;\r\nFN:Julie Tremblay\r\n"
    b"ORG:VILLE DE QUEBEC\r\nEMAIL:julie.tremblay@ville.quebec.qc.ca\r\nEND:VCARD\r\n"
)

MACOS_COMPANY = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.4//EN\r\n"
    "N:Gagnon;Sylvie;;;\r\nFN:Sylvie Gagnon\r\nORG:CISSS de la Montérégie-Centre;\r\n"
    "TEL;type=WORK;type=VOICE;type=pref:(450) 555-0142\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
).encode()


def _import(database: Database, data: bytes, policy: DuplicatePolicy = DuplicatePolicy.SKIP) -> ImportReport:
    with database.begin() as session:
        return import_records(
            session, parse_vcards(data), ImportOptions(policy=policy), "carnet.vcf", "vCard"
        ).value


def test_company_card_creates_an_organization_with_its_contact_points(database: Database) -> None:
    report = _import(database, EVOLUTION_COMPANY)
    assert (report.created, report.rejected, report.organizations_created) == (0, 0, 1)
    assert str(report.summary()).endswith(", 1 organisation créée")
    assert [(line.status, str(line.message)) for line in report.lines] == [
        ("created", "organisation «\u00a0Ville de Québec\u00a0» créée")
    ]
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        org = session.scalars(select(Organization)).one()
        assert (org.name, org.name_key, org.country) == ("Ville de Québec", "ville de quebec", Country.QUEBEC)
        points = {(c.kind, c.value) for c in org.contact_points}
    assert points == {
        (ContactKind.PHONE, "+14186416010"),
        (ContactKind.EMAIL, "info@ville.quebec.qc.ca"),
        (ContactKind.ADDRESS, "2 rue des Jardins\nQuébec (QC)  G1R 4S9\nCanada"),
        (ContactKind.WEB, "https://www.ville.quebec.qc.ca"),
    }


def test_persons_of_the_same_file_join_the_organization(database: Database) -> None:
    report = _import(database, PERSON_OF_THE_CITY + EVOLUTION_COMPANY)
    assert (report.created, report.organizations_created) == (1, 1)
    with database.begin() as session:
        org = session.scalars(select(Organization)).one()  # matched by folded name, not twice
        person = session.scalars(select(Person)).one()
        assert person.organization_id == org.id


def test_existing_organization_is_matched_and_given_the_new_contact_points(database: Database) -> None:
    with database.begin() as session:
        org = Organization(name="VILLE DE QUÉBEC", name_key="ville de quebec", country=Country.QUEBEC)
        org.contact_points.append(
            ContactPoint(kind=ContactKind.PHONE, value="+14186416010", normalized="+14186416010")
        )
        session.add(org)
    skipped = _import(database, EVOLUTION_COMPANY)
    assert (skipped.organizations_created, skipped.lines[0].status) == (0, "skipped")
    report = _import(database, EVOLUTION_COMPANY, DuplicatePolicy.FILL)
    assert (report.organizations_created, report.organizations_updated) == (0, 1)
    assert "3 coordonnées ajoutées" in str(report.lines[0].message)
    with database.begin() as session:
        org = session.scalars(select(Organization)).one()
        assert org.name == "VILLE DE QUÉBEC"
        assert len(org.contact_points) == 4  # the phone it had is not repeated
    with database.begin() as session:
        assert report.batch_id is not None
        undo_batch(session, report.batch_id)
    with database.begin() as session:
        org = session.scalars(select(Organization)).one()
        assert [c.value for c in org.contact_points] == ["+14186416010"]


def test_undo_removes_the_created_organization(database: Database) -> None:
    report = _import(database, EVOLUTION_COMPANY)
    with database.begin() as session:
        assert report.batch_id is not None
        undo_batch(session, report.batch_id)
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
        assert session.scalar(select(func.count()).select_from(ContactPoint)) == 0


def test_macos_company_card_gives_organization_and_contact_person(database: Database) -> None:
    report = _import(database, MACOS_COMPANY)
    assert (report.created, report.organizations_created) == (1, 1)
    with database.begin() as session:
        org = session.scalars(select(Organization)).one()
        person = session.scalars(select(Person)).one()
        assert (person.first_name, person.last_name, person.organization_id) == ("Sylvie", "Gagnon", org.id)
        assert [c.value for c in org.contact_points] == ["+14505550142"]
        assert person.contact_points == []


def test_dry_run_creates_no_organization(database: Database) -> None:
    with pytest.raises(ImportAborted) as aborted, database.begin() as session:
        records = parse_vcards(EVOLUTION_COMPANY)
        import_records(session, records, ImportOptions(dry_run=True), "c.vcf", "vCard")
    assert aborted.value.report.organizations_created == 1
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Organization)) == 0

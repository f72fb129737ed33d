"""Every real-world sample file imports without a crash and with the expected number of persons."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseau.db.models import Organization, Person
from reseau.db.session import Database
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.io.records import NotAContactsFile
from reseau.services.io.import_contacts import ImportOptions, import_records

# From ../shared/samples/README.md: "ANDROID 6, kcontacts_vcard10 5, every other vCard file 1";
# the CSV counts are their data rows. A company card (empty N, an ORG) is an organization:
# kcontacts_vcard10's "Bike Shop" and kcontacts_vcard4's "Ximian, Inc." (Evolution).
EXPECTED = {
    "vcard/ezvcard_John_Doe_ANDROID.vcf": 6,
    "vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf": 1,
    "vcard/ezvcard_John_Doe_IPHONE.vcf": 1,
    "vcard/ezvcard_gmail-single2.vcf": 1,
    "vcard/ezvcard_rfc6350-example.vcf": 1,
    "vcard/kcontacts_vcard10.vcf": 4,
    "vcard/kcontacts_vcard4.vcf": 0,
    "vcard/eds_libebook_12.vcf": 1,
    "vcard/roundcube_johndoe.vcf": 1,
    "vcard/vcard4android_allfields-vcard3.vcf": 1,
    "csv/roundcube_gmail.csv": 1,
    "csv/roundcube_tb_plain.csv": 1,
    "csv/thunderbird_csv_semicolon.csv": 2,
}
ORGANIZATIONS = {"vcard/kcontacts_vcard10.vcf": ["Bike Shop"], "vcard/kcontacts_vcard4.vcf": ["Ximian, Inc."]}
# (first name, last name) of the persons of each single-person vCard sample.
NAMES = {
    "vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf": ("John Richter James", "Doe"),
    "vcard/ezvcard_John_Doe_IPHONE.vcf": ("John Richter James", "Doe"),
    "vcard/ezvcard_gmail-single2.vcf": ("VCard", "Test"),
    "vcard/ezvcard_rfc6350-example.vcf": ("Simon", "Perreault"),
    "vcard/eds_libebook_12.vcf": ("Michael", "Brüning"),
    "vcard/roundcube_johndoe.vcf": ("John", "Doë"),
    "vcard/vcard4android_allfields-vcard3.vcf": ("Firstname Middlename1 Middlename2", "Lastname"),
}


def _import(database: Database, path: Path) -> int:
    source = open_contacts(path)
    with database.begin() as session:
        report = import_records(
            session, read_contacts(source), ImportOptions(), str(path), source.format_label
        ).value
    assert report.rejected == 0, report.lines
    with database.begin() as session:
        count = session.scalar(select(func.count()).select_from(Person))
    assert count == report.created
    assert report.organizations_created == len(
        ORGANIZATIONS.get(path.relative_to(path.parents[1]).as_posix(), [])
    )
    return int(count or 0)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_imports_expected_persons(database: Database, samples: Path, name: str) -> None:
    assert _import(database, samples / name) == EXPECTED[name]


def test_every_vcard_card_is_a_person_or_an_organization() -> None:
    cards = {"vcard/ezvcard_John_Doe_ANDROID.vcf": 6, "vcard/kcontacts_vcard10.vcf": 5}
    for name, persons in EXPECTED.items():
        if name.startswith("vcard/"):
            assert persons + len(ORGANIZATIONS.get(name, [])) == cards.get(name, 1), name


@pytest.mark.parametrize("name", sorted(NAMES))
def test_sample_person_names(database: Database, samples: Path, name: str) -> None:
    _import(database, samples / name)
    with database.begin() as session:
        assert session.execute(select(Person.first_name, Person.last_name)).one() == NAMES[name]


@pytest.mark.parametrize("name", sorted(ORGANIZATIONS))
def test_company_cards_are_organizations(database: Database, samples: Path, name: str) -> None:
    _import(database, samples / name)
    with database.begin() as session:
        assert sorted(session.scalars(select(Organization.name))) == ORGANIZATIONS[name]
        assert not session.scalar(select(func.count()).where(Person.last_name.in_(ORGANIZATIONS[name])))


def test_ics_file_is_no_contacts_file(samples: Path) -> None:
    with pytest.raises(NotAContactsFile):
        open_contacts(samples / "ics" / "horde_vcal20_google.ics")


def test_cp1252_vcard_keeps_accent(database: Database, samples: Path) -> None:
    _import(database, samples / "vcard" / "roundcube_johndoe.vcf")
    with database.begin() as session:
        assert session.scalar(select(Person.last_name)) == "Doë"


def test_qp_soft_breaks_joined(database: Database, samples: Path) -> None:
    _import(database, samples / "vcard" / "eds_libebook_12.vcf")
    with database.begin() as session:
        person = session.scalars(select(Person)).one()
        assert (person.first_name, person.last_name) == ("Michael", "Brüning")
        assert any("Münsterplatz 21" in c.value for c in person.contact_points)


def test_unreadable_phones_and_emails_are_kept_in_the_notes(database: Database, samples: Path) -> None:
    """Nothing the file held is dropped: a value that is no e-mail or phone the libraries read
    (a vanity number, a number the library refuses, a placeholder address) stays in the
    person's notes, and the report says so at its line."""
    source = open_contacts(samples / "vcard" / "vcard4android_allfields-vcard3.vcf")
    with database.begin() as session:
        report = import_records(
            session, read_contacts(source), ImportOptions(), "x", source.format_label
        ).value
    with database.begin() as session:
        notes = session.scalars(select(Person.notes)).one()
    kept = [
        line.message for line in report.lines if line.message is not None and "notes" in str(line.message)
    ]
    assert "+1-800-MYFAX" in notes and "+49 1234 56788" in notes
    assert "Téléphone non reconnu" in notes
    assert {m.values["value"] for m in kept} >= {"+1-800-MYFAX", "+49 1234 56788"}  # type: ignore[union-attr]
    source = open_contacts(samples / "csv" / "thunderbird_csv_semicolon.csv")
    with database.begin() as session:
        import_records(session, read_contacts(source), ImportOptions(), "y", source.format_label)
    with database.begin() as session:
        notes_of = {first: notes for first, notes in session.execute(select(Person.first_name, Person.notes))}
    assert any("Courriel non reconnu" in n and "doe.invalid" in n for n in notes_of.values())

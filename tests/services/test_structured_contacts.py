"""Issue 14.4: types, extensions, address parts and departments, from a file to the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage, Country
from reseau.core.errors import ValidationError
from reseau.db.models import ImportBatch, Person
from reseau.db.session import Database
from reseau.io.contacts_file import load_contacts, open_contacts, read_contacts
from reseau.io.records import ContactRecord
from reseau.services.io.import_contacts import DuplicatePolicy, ImportOptions, import_records
from reseau.services.io.import_undo import undo_batch
from reseau.services.persons import records as persons
from reseau.services.persons.duplicates import merge_persons
from reseau.services.shared.contact_points import ContactInput

ADDRESS = PostalAddress("1000, rue Sherbrooke Ouest\nbureau 200", "Montréal", "Québec", "H3A 3G4", "Canada")


def _import(database: Database, path: Path, policy: DuplicatePolicy = DuplicatePolicy.SKIP) -> None:
    source = open_contacts(path)
    with database.begin() as s:
        import_records(s, read_contacts(source), ImportOptions(policy=policy), str(path), source.format_label)


def _points(database: Database) -> dict[str, list[tuple[str, str | None, str, str, dict[str, str] | None]]]:
    """Each person's contact points as (value, usage, extension, label, parts), by last name."""
    with database.begin() as s:
        found: dict[str, list[tuple[str, str | None, str, str, dict[str, str] | None]]] = {}
        for person in s.query(Person).all():
            found[person.last_name] = [
                (p.value, p.usage, p.extension, p.label, p.address) for p in person.contact_points
            ]
        return found


def test_a_person_keeps_types_extension_address_parts_and_department(database: Database) -> None:
    data = persons.PersonInput(
        last_name="Tremblay",
        department="Service des loisirs",
        contacts=(
            ContactInput(ContactKind.PHONE, "514 555-0100", usage=ContactUsage.WORK, extension="2231"),
            ContactInput(ContactKind.PHONE, "514 555-0199", usage=ContactUsage.CELL),
            ContactInput(ContactKind.EMAIL, "m.tremblay@exemple.qc.ca", usage=ContactUsage.HOME),
            ContactInput(ContactKind.ADDRESS, "", label="Siège", usage=ContactUsage.WORK, address=ADDRESS),
        ),
    )
    with database.begin() as s:
        person_id = persons.add_person(s, data).value
    with database.begin() as s:
        detail = persons.get_person(s, person_id)
    assert detail.data.department == "Service des loisirs"
    work, cell, email, address = detail.data.contacts
    assert (work.value, work.usage, work.extension) == ("+15145550100", ContactUsage.WORK, "2231")
    assert (cell.usage, cell.extension) == (ContactUsage.CELL, "")
    assert email.usage == ContactUsage.HOME
    assert address.address == ADDRESS and address.label == "Siège"
    assert address.value == "1000, rue Sherbrooke Ouest\nbureau 200\nMontréal (Québec)  H3A 3G4\nCanada"
    assert detail.contacts[0].extension == "2231"


def test_an_extension_too_long_is_refused_with_the_field(database: Database) -> None:
    data = persons.PersonInput(
        last_name="Roy",
        contacts=(ContactInput(ContactKind.PHONE, "514 555-0100", extension="1" * 21),),
    )
    with database.begin() as s, pytest.raises(ValidationError) as caught:
        persons.add_person(s, data)
    assert caught.value.problems[0].field == "phone[0]"


def test_a_french_sheet_with_typed_columns(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Nom;Prénom;Organisme;Service/Département;Téléphone bureau;Poste;Cellulaire;Télécopieur;"
        "Courriel;Adresse;Ville;Code postal;Province;Pays\n"
        "Gagnon;Lise;Ville de Laval;Service de la culture;450 555-0101;3021;514 555-0102;450 555-0103;"
        "lise.gagnon@exemple.qc.ca;1 place du Souvenir;Laval;H7V 3Z4;Québec;Canada\n",
        encoding="utf-8",
    )
    (record,) = load_contacts(path)
    assert isinstance(record, ContactRecord)
    assert record.department == "Service de la culture"
    _import(database, path)
    points = _points(database)["Gagnon"]
    assert ("+14505550101", "work", "3021", "", None) in points
    assert ("+15145550102", "cell", "", "", None) in points
    assert ("+14505550103", "fax", "", "", None) in points
    (address,) = [p for p in points if p[4] is not None]
    assert address[4] == {
        "street": "1 place du Souvenir",
        "city": "Laval",
        "region": "Québec",
        "postal_code": "H7V 3Z4",
        "country": "Canada",
    }
    with database.begin() as s:
        person = s.query(Person).one()
        assert person.department == "Service de la culture"


def test_outlook_and_google_typed_headers(tmp_path: Path) -> None:
    path = tmp_path / "google.csv"
    path.write_text(
        "First Name,Last Name,Labels,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Street,Address 1 - City,"
        "Organization 1 - Name,Organization 1 - Department\n"
        "Ana,Lopes,* myContacts,* Home,ana@exemple.org,Mobile,+33 6 12 34 56 78,Assistante,"
        "+33 1 23 45 67 89 poste 12,Work,3 rue Sainte-Catherine,Bordeaux,Mairie,Culture\n",
        encoding="utf-8",
    )
    (record,) = load_contacts(path)
    assert isinstance(record, ContactRecord)
    assert record.detail(ContactKind.EMAIL, 0).usage == ContactUsage.HOME
    assert record.detail(ContactKind.PHONE, 0).usage == ContactUsage.CELL
    assert record.detail(ContactKind.PHONE, 1).label == "Assistante"
    assert (record.organization, record.department) == ("Mairie", "Culture")
    address = record.detail(ContactKind.ADDRESS, 0)
    assert address.usage == ContactUsage.WORK
    assert address.address == PostalAddress("3 rue Sainte-Catherine", "Bordeaux")
    outlook = tmp_path / "outlook.csv"
    outlook.write_text(
        "First Name,Last Name,Company,Department,Business Phone,Home Phone,Mobile Phone,Business Fax,"
        "Business Street,Business City,Business State,Business Postal Code,Business Country/Region\n"
        "Jean,Roy,CISSS,Direction de santé publique,418 555-0100,418 555-0101,418 555-0102,418 555-0103,"
        "2400 rue d'Estimauville,Québec,QC,G1E 7G9,Canada\n",
        encoding="utf-8",
    )
    (record,) = load_contacts(outlook)
    assert isinstance(record, ContactRecord)
    assert (record.organization, record.department) == ("CISSS", "Direction de santé publique")
    usages = [record.detail(ContactKind.PHONE, i).usage for i in range(4)]
    assert usages == [ContactUsage.WORK, ContactUsage.HOME, ContactUsage.CELL, ContactUsage.FAX]
    assert record.detail(ContactKind.ADDRESS, 0).address == PostalAddress(
        "2400 rue d'Estimauville", "Québec", "QC", "G1E 7G9", "Canada"
    )


def test_an_extension_without_a_phone_is_kept_in_the_notes(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Nom;Poste\nCôté;44\n", encoding="utf-8")
    (record,) = load_contacts(path)
    assert isinstance(record, ContactRecord)
    assert "44" in record.notes and record.warnings


def test_update_policy_adds_the_type_to_a_known_number_and_undo_restores(
    database: Database, tmp_path: Path
) -> None:
    with database.begin() as s:
        persons.add_person(
            s,
            persons.PersonInput(
                last_name="Pelletier",
                first_name="Marc",
                country=Country.QUEBEC,
                contacts=(ContactInput(ContactKind.PHONE, "418 555-0100"),),
            ),
        )
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom;Téléphone (bureau);Poste\nPelletier;Marc;418 555-0100;77\n", encoding="utf-8")
    _import(database, path, DuplicatePolicy.UPDATE)
    assert _points(database)["Pelletier"] == [("+14185550100", "work", "77", "", None)]
    with database.begin() as s:
        batch_id = s.scalars(select(ImportBatch.id)).one()
        undo_batch(s, batch_id)
    assert _points(database)["Pelletier"] == [("+14185550100", None, "", "", None)]


def test_a_merge_keeps_the_types_and_the_department_of_the_dropped_person(database: Database) -> None:
    with database.begin() as s:
        keep = persons.add_person(s, persons.PersonInput(last_name="Côté", first_name="Ève")).value
        drop = persons.add_person(
            s,
            persons.PersonInput(
                last_name="Cote",
                first_name="Eve",
                department="Direction régionale",
                contacts=(ContactInput(ContactKind.PHONE, "418 555-0100", usage=ContactUsage.CELL),),
            ),
        ).value
    with database.begin() as s:
        merge_persons(s, keep, drop)
    with database.begin() as s:
        detail = persons.get_person(s, keep)
    assert detail.data.department == "Direction régionale"
    assert [(c.value, c.usage) for c in detail.data.contacts] == [("+14185550100", ContactUsage.CELL)]

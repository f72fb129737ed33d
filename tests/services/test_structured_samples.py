"""Issue 14.4 on real files: the types, labels and address parts of gmail, iPhone and Outlook."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from reseau.core.enums import ContactKind
from reseau.db.models import ContactPoint, Person
from reseau.db.session import Database
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.services.io.import_contacts import ImportOptions, import_records

Row = tuple[str, str, str | None, str, str, dict[str, str] | None]


def _import(database: Database, path: Path) -> tuple[Person, list[Row]]:
    source = open_contacts(path)
    with database.begin() as session:
        import_records(session, read_contacts(source), ImportOptions(), str(path), source.format_label)
    with database.begin() as session:
        person = session.scalars(select(Person)).one()
        session.expunge(person)
        points = [
            (p.kind, p.value, p.usage, p.extension, p.label, p.address)
            for p in session.scalars(select(ContactPoint).order_by(ContactPoint.id))
        ]
    return person, points


def _of(points: list[Row], kind: ContactKind) -> list[Row]:
    return [p for p in points if p[0] == kind]


def test_gmail_card_keeps_every_type_label_and_address(database: Database, samples: Path) -> None:
    _, points = _import(database, samples / "vcard" / "ezvcard_gmail-single2.vcf")
    emails = [(p[1], p[2], p[4]) for p in _of(points, ContactKind.EMAIL)]
    assert emails == [
        ("email@example.com", None, ""),
        ("homeemail@example.com", "home", ""),
        ("workemail@example.com", "work", ""),
        ("otheremail@example.com", None, ""),
        ("customcategory@example.com", None, "CustomEmailCategory"),
    ]
    addresses = _of(points, ContactKind.ADDRESS)
    assert [(a[2], a[4]) for a in addresses] == [
        (None, ""),
        ("home", ""),
        ("work", ""),
        (None, ""),
        (None, "CustomAddressCategory"),
    ]
    assert addresses[1][5] == {
        "street": "112 Main St",
        "city": "NY",
        "region": "New York",
        "postal_code": "10011",
    }
    # The phones are 555 numbers: phonenumbers refuses them (reported as invalid, not imported).


def test_iphone_card_reads_item_labels_department_and_types(database: Database, samples: Path) -> None:
    person, points = _import(database, samples / "vcard" / "ezvcard_John_Doe_IPHONE.vcf")
    assert person.department == "Accounting"
    phones = [(p[2], p[4]) for p in _of(points, ContactKind.PHONE)]
    assert phones == [
        ("cell", ""),
        ("home", ""),
        ("work", ""),
        ("fax", ""),
        ("fax", ""),
        (None, "AssistantPhone"),
    ]  # the pager, 905-111-1234, is no valid number: reported, not imported
    work = [a for a in _of(points, ContactKind.ADDRESS) if a[2] == "work"]
    assert work[0][5] == {
        "street": "Street4\nBuilding 6\nFloor 8",
        "city": "New York",
        "postal_code": "12345",
        "country": "USA",
    }


def test_outlook_card_addresses_in_parts(database: Database, samples: Path) -> None:
    person, points = _import(database, samples / "vcard" / "ezvcard_John_Doe_MS_OUTLOOK.vcf")
    assert person.department == "Accounting"
    addresses = [(a[2], a[5]) for a in _of(points, ContactKind.ADDRESS)]
    assert addresses[0] == (
        "work",
        {
            "street": "Cresent moon drive",
            "city": "Albaney",
            "region": "New York",
            "postal_code": "12345",
            "country": "United States of America",
        },
    )
    assert addresses[1][0] == "home"
    assert [p[2] for p in _of(points, ContactKind.PHONE)] == ["work", "home"]


def test_rfc6350_tel_uri_extension_and_quoted_types(database: Database, samples: Path) -> None:
    _, points = _import(database, samples / "vcard" / "ezvcard_rfc6350-example.vcf")
    phones = [(p[1], p[2], p[3]) for p in _of(points, ContactKind.PHONE)]
    assert phones == [("+14186569254", "work", "102"), ("+14182626501", "cell", "")]
    (address,) = _of(points, ContactKind.ADDRESS)
    assert address[5] is not None and address[5]["street"] == "2875 Laurier\nSuite D2-630"

"""Issue 14.4: vCard → Réseau → vCard and CSV → Réseau → CSV keep types, extensions, address
parts, custom labels (vCard) and the department, through the database."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.db.session import Database
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.io.csv_write import write_csv
from reseau.io.records import ContactDetail, Details, ExportPerson
from reseau.io.vcard_write import write_vcards
from reseau.services.io.export_contacts import ExportFilter, select_persons, write_export
from reseau.services.io.import_contacts import DuplicatePolicy, ImportOptions, import_records

LETTERS = "abcdeéèêçàôîïüœÉÀÇQZ"
TRICKY = " ,;\"'-=+@\\"
EMAILS = ("ana@example.org", "b.roy@example.com", "x_y@exemple.fr")
PHONES = ("+33 5 56 00 11 22", "+1 418-555-0199", "+33 1 42 68 53 00", "+1 514-555-0123")
LABELS = ("", "", "Assistante", "Siège social")
EMAIL_USAGES = (None, ContactUsage.WORK, ContactUsage.HOME, ContactUsage.OTHER)
PHONE_USAGES = (None, *ContactUsage)


def _text(alphabet: str, min_size: int = 0) -> st.SearchStrategy[str]:
    return (
        st.text(alphabet=alphabet, min_size=min_size, max_size=16)
        .map(lambda s: " ".join(s.split()))
        .filter(lambda s: len(s) >= min_size)
    )


_street = st.lists(_text(LETTERS + TRICKY, 1), min_size=1, max_size=3).map("\n".join)
_addresses = st.builds(
    PostalAddress,
    street=_street,
    city=_text(LETTERS + TRICKY),
    region=_text(LETTERS),
    postal_code=st.sampled_from(("", "H2X 1Y4", "33000", "G1V 2M2")),
    country=st.sampled_from(("", "Canada", "France")),
)


@st.composite
def people(draw: st.DrawFn, labels: bool = True) -> ExportPerson:
    details: Details = {}
    label = st.sampled_from(LABELS) if labels else st.just("")
    emails = draw(st.lists(st.sampled_from(EMAILS), max_size=3, unique=True))
    for index, _ in enumerate(emails):
        details[ContactKind.EMAIL, index] = ContactDetail(
            draw(st.sampled_from(EMAIL_USAGES)), "", draw(label)
        )
    phones = draw(st.lists(st.sampled_from(PHONES), max_size=3, unique=True))
    for index, _ in enumerate(phones):
        extension = draw(st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=6)))
        details[ContactKind.PHONE, index] = ContactDetail(
            draw(st.sampled_from(PHONE_USAGES)), extension, draw(label)
        )
    addresses = draw(st.lists(_addresses, max_size=3, unique_by=lambda a: a.formatted().casefold()))
    for index, address in enumerate(addresses):
        details[ContactKind.ADDRESS, index] = ContactDetail(
            draw(st.sampled_from(EMAIL_USAGES)), "", draw(label), address
        )
    return ExportPerson(
        first_name=draw(_text(LETTERS)),
        last_name=draw(_text(LETTERS, 1)),
        organization=draw(st.sampled_from(("", "Ville de Québec", "CAF; Gironde"))),
        country="QC",
        emails=tuple(emails),
        phones=tuple(phones),
        addresses=tuple(a.formatted() for a in addresses),
        department=draw(st.one_of(st.just(""), _text(LETTERS + TRICKY, 1))),
        details={k: v for k, v in details.items() if v != ContactDetail()},
    )


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def _key(p: ExportPerson, labels: bool) -> tuple[object, ...]:
    """The person's structured data; without labels (CSV) each kind's values as a set: a CSV
    writes them by type, column after column, so their order among kinds changes."""

    def ordered(values: list[tuple[object, ...]]) -> tuple[tuple[object, ...], ...]:
        return tuple(values if labels else sorted(values, key=repr))

    def detail(kind: ContactKind, index: int) -> tuple[object, ...]:
        d = p.detail(kind, index)
        return (d.usage, d.extension, d.label if labels else "", d.address)

    return (
        p.last_name,
        p.first_name,
        p.organization,
        p.department,
        ordered([(e, *detail(ContactKind.EMAIL, i)) for i, e in enumerate(p.emails)]),
        ordered([(_digits(t), *detail(ContactKind.PHONE, i)) for i, t in enumerate(p.phones)]),
        ordered([(a, *detail(ContactKind.ADDRESS, i)) for i, a in enumerate(p.addresses)]),
    )


def _clear(db: Database) -> None:
    with db.begin() as session:
        for table in ("import_batch", "person", "organization", "tag"):
            session.execute(text(f"DELETE FROM {table}"))


def _import(db: Database, path: Path) -> list[ExportPerson]:
    with db.begin() as session:
        report = import_records(
            session,
            read_contacts(open_contacts(path)),
            ImportOptions(policy=DuplicatePolicy.CREATE),
            "t",
            "f",
        ).value
        assert report.rejected == 0, report.lines
    with db.begin() as session:
        return [p.person for p in select_persons(session, ExportFilter(include_do_not_contact=True))]


def _roundtrip(db: Database, folder: Path, persons: list[ExportPerson], fmt: str) -> None:
    labels = fmt != "csv"  # a CSV has no column for a custom label
    _clear(db)
    source = folder / ("in.csv" if fmt == "csv" else "in.vcf")
    if fmt == "csv":
        with source.open("w", encoding="utf-8", newline="") as out:
            write_csv(persons, out)
    else:
        with source.open("wb") as out:
            write_vcards(persons, out, "3.0" if fmt == "vcf3" else "4.0")
    first = _import(db, source)  # file -> Réseau
    assert sorted(map(repr, (_key(p, labels) for p in first))) == sorted(
        map(repr, (_key(p, labels) for p in persons))
    )
    with db.begin() as session:
        exported = select_persons(session, ExportFilter(include_do_not_contact=True))
    out_path = folder / f"out.{fmt}"
    write_export(exported, fmt, out_path)  # Réseau -> file
    _clear(db)
    second = _import(db, out_path)  # and in again: nothing lost on the way
    assert sorted(map(repr, (_key(p, labels) for p in second))) == sorted(
        map(repr, (_key(p, labels) for p in persons))
    )


SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(st.lists(people(), min_size=1, max_size=4))
def test_vcard4_keeps_structure(database: Database, tmp_path: Path, persons: list[ExportPerson]) -> None:
    _roundtrip(database, tmp_path, persons, "vcf")


@SETTINGS
@given(st.lists(people(), min_size=1, max_size=4))
def test_vcard3_keeps_structure(database: Database, tmp_path: Path, persons: list[ExportPerson]) -> None:
    _roundtrip(database, tmp_path, persons, "vcf3")


@SETTINGS
@given(st.lists(people(labels=False), min_size=1, max_size=4))
def test_csv_keeps_structure(database: Database, tmp_path: Path, persons: list[ExportPerson]) -> None:
    _roundtrip(database, tmp_path, persons, "csv")

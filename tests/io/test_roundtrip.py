"""Export then import into an empty database gives the same persons (CSV, vCard 3.0 and 4.0)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from reseau.db.session import Database
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.io.records import ExportPerson
from reseau.io.vcard_write import write_vcards
from reseau.services.io.export_contacts import ExportFilter, select_persons, write_export
from reseau.services.io.import_contacts import DuplicatePolicy, ImportOptions, import_records

LETTERS = "abcdeéèêçàôîïüœÉÀÇQZ"
TRICKY = " ,;\"'-=+@\\"
PHONES = ("+33 5 56 00 11 22", "+1 418-555-0199", "+33 1 42 68 53 00", "+1 514-555-0123")
ORGS = ("", 'Ville de Québec; service "social"', "CAF, Gironde", "Réseau québécois d'entraide")


def _text(alphabet: str, min_size: int = 0) -> st.SearchStrategy[str]:
    return (
        st.text(alphabet=alphabet, min_size=min_size, max_size=20)
        .map(lambda s: " ".join(s.split()))
        .filter(lambda s: len(s) >= min_size and " ::: " not in s)
    )


_lines = st.lists(_text(LETTERS + TRICKY, 1), min_size=1, max_size=3).map("\n".join)
persons = st.builds(
    ExportPerson,
    first_name=_text(LETTERS + TRICKY),
    last_name=_text(LETTERS + TRICKY, 1).filter(lambda s: any(c in LETTERS for c in s)),
    title=_text(LETTERS + TRICKY),
    organization=st.sampled_from(ORGS),
    country=st.sampled_from(("FR", "QC", "OTHER")),
    notes=st.one_of(st.just(""), _lines),
    emails=st.lists(
        st.sampled_from(("ana@example.org", "b.roy@example.com", "x_y@exemple.fr")), max_size=2, unique=True
    ).map(tuple),
    phones=st.lists(st.sampled_from(PHONES), max_size=2, unique=True).map(tuple),
    addresses=st.lists(_lines, max_size=2, unique=True).map(tuple),
    webs=st.lists(st.sampled_from(("https://inspq.qc.ca", "http://exemple.fr/a,b")), max_size=1).map(tuple),
    tags=st.lists(_text(LETTERS + " ,;'\"", 1), max_size=3, unique=True).map(lambda t: tuple(sorted(t))),
)


def _key(p: ExportPerson) -> tuple[object, ...]:
    return (
        p.last_name,
        p.first_name,
        p.title,
        p.notes,
        p.emails,
        p.phones,
        p.addresses,
        p.webs,
        p.tags,
        p.country,
    )


def _import(db: Database, path: Path) -> None:
    with db.begin() as session:
        report = import_records(
            session,
            read_contacts(open_contacts(path)),
            ImportOptions(policy=DuplicatePolicy.CREATE),
            "t",
            "f",
        ).value
        assert report.rejected == 0, report.lines


def _clear(db: Database) -> None:
    with db.begin() as session:
        for table in ("import_batch", "person", "organization", "tag"):
            session.execute(text(f"DELETE FROM {table}"))


def _roundtrip(db: Database, folder: Path, people: list[ExportPerson], fmt: str, suffix: str) -> None:
    _clear(db)
    # First into the database (as the user's data would be), then out to a file...
    source = folder / "in.vcf"
    with source.open("wb") as out:
        write_vcards(people, out, "4.0")
    _import(db, source)
    with db.begin() as session:
        first = select_persons(session, ExportFilter(include_do_not_contact=True))
    exported = folder / f"out{suffix}"
    write_export(first, fmt, exported)
    # ... and back into an empty database.
    _clear(db)
    _import(db, exported)
    with db.begin() as session:
        second = select_persons(session, ExportFilter(include_do_not_contact=True))
    assert len(first) == len(people)
    assert sorted(map(_key, (p.person for p in second))) == sorted(map(_key, (p.person for p in first)))
    assert sorted(p.person.organization for p in second) == sorted(p.person.organization for p in first)


SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(st.lists(persons, min_size=1, max_size=5))
def test_csv_roundtrip(database: Database, tmp_path: Path, people: list[ExportPerson]) -> None:
    _roundtrip(database, tmp_path, people, "csv", ".csv")


@SETTINGS
@given(st.lists(persons, min_size=1, max_size=5))
def test_vcard3_roundtrip(database: Database, tmp_path: Path, people: list[ExportPerson]) -> None:
    _roundtrip(database, tmp_path, people, "vcf3", ".vcf")


@SETTINGS
@given(st.lists(persons, min_size=1, max_size=5))
def test_vcard4_roundtrip(database: Database, tmp_path: Path, people: list[ExportPerson]) -> None:
    _roundtrip(database, tmp_path, people, "vcf", ".vcf")

"""The CSV export by position (issue 19.5) writes the very bytes of the export through
``ExportPerson`` (``select_persons`` + ``write_export``), itself checked against the old writer
(``tests/io/export_reference.py``, ``tests/io/test_export_unchanged.py``): on the demo, on
generated persons, and on persons made to reach every rule (types, extensions, addresses in
parts or not, empty parts, unknown types, links, tags, cells that look like formulas), for every
filter, and through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from reseau.cli.main import main
from reseau.core.enums import ContactKind, Country
from reseau.db.models import ContactPoint, Organization, Person, Tag
from reseau.db.session import Database
from reseau.services.demo.generate import generate
from reseau.services.io.export_contacts import ExportCancelled, ExportFilter, select_persons, write_export
from reseau.services.io.export_csv import select_csv_rows, write_csv_rows


def _point(kind: ContactKind, value: str, usage: str | None = None, **more: object) -> ContactPoint:
    return ContactPoint(kind=kind, value=value, usage=usage, **more)  # type: ignore[arg-type]


def _made(session: Session) -> None:
    """Persons whose points reach every rule of the CSV's columns."""
    org = Organization(
        name="CLSC de Rimouski", name_key="clsc de rimouski", country=Country.QUEBEC, sector="santé"
    )
    tags = [Tag(name="zèbre"), Tag(name="Atelier"), Tag(name="élus")]
    session.add_all([org, *tags])
    session.add_all(
        [
            Person(
                first_name="Hélène",
                last_name="Massé",
                name_key="masse helene",
                title="=SOMME(A1)",
                department="Direction",
                country=Country.QUEBEC,
                organization=org,
                notes="+ rappeler\nlundi ; « urgent »",
                sectors=["famille"],
                tags=tags,
                contact_points=[
                    _point(ContactKind.EMAIL, "helene@clsc.qc.ca", "work"),
                    _point(ContactKind.EMAIL, "helene@maison.ca", "home"),
                    _point(ContactKind.EMAIL, "h@cell.ca", "cell"),  # no column: left out
                    _point(ContactKind.EMAIL, "autre@x.ca", "bogus"),  # an unknown type
                    _point(ContactKind.EMAIL, "deux@clsc.qc.ca", "work"),
                    _point(ContactKind.PHONE, "+14187231234", "work", extension="212"),
                    _point(ContactKind.PHONE, "+33556001122", "fax"),
                    _point(ContactKind.PHONE, "+14185550000", None, label="ligne directe"),
                    _point(ContactKind.PHONE, "+4930123456"),  # not FR or NANP: phonenumbers
                    _point(
                        ContactKind.ADDRESS,
                        "12 rue Principale, Rimouski",
                        "work",
                        address={"street": "12 rue Principale", "city": "Rimouski", "region": "QC"},
                    ),
                    _point(ContactKind.ADDRESS, "Québec", "work", address={"city": "Québec"}),
                    _point(ContactKind.ADDRESS, "sans parties, 3 rang Nord"),  # no parts: the street
                    _point(ContactKind.WEB, "https://clsc.qc.ca"),
                    _point(ContactKind.WEB, "https://exemple.org", "work"),
                ],
            ),
            Person(
                last_name="-Tiret",
                name_key="tiret",
                country=Country.FRANCE,
                notes="",
                contact_points=[
                    _point(ContactKind.ADDRESS, "", "home", address={}),  # empty parts: empty cells
                    _point(ContactKind.ADDRESS, "", "home"),
                    _point(ContactKind.PHONE, "+33611223344", "cell", extension="9"),
                ],
            ),
            Person(first_name="Sans", last_name="Contact", name_key="sans contact", country=Country.OTHER),
            Person(
                first_name="Deux",
                last_name="Courriels",
                name_key="courriels deux",
                country=Country.QUEBEC,
                contact_points=[  # two values of one column, and nothing else
                    _point(ContactKind.EMAIL, "un@x.qc.ca", "work"),
                    _point(ContactKind.EMAIL, "deux@x.qc.ca", "work"),
                ],
            ),
            Person(
                first_name="Ne",
                last_name="Pas",
                name_key="pas ne",
                country=Country.FRANCE,
                do_not_contact=True,
                contact_points=[_point(ContactKind.EMAIL, "non@merci.fr")],
            ),
        ]
    )


@pytest.fixture
def network(demo_database: Database) -> Database:
    with demo_database.begin() as session:
        generate(session, 300, 15, 40)
        _made(session)
    return demo_database


def _through_persons(session: Session, flt: ExportFilter, path: Path, delimiter: str) -> bytes:
    write_export(select_persons(session, flt), "csv", path, delimiter)
    return path.read_bytes()


def _by_position(session: Session, flt: ExportFilter, path: Path, delimiter: str) -> bytes:
    write_csv_rows(select_csv_rows(session, flt), path, delimiter)
    return path.read_bytes()


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_same_bytes_as_through_exported_persons(
    network: Database, tmp_path: Path, delimiter: str
) -> None:
    flt = ExportFilter(include_do_not_contact=True)
    with network.begin() as session:
        old = _through_persons(session, flt, tmp_path / "old.csv", delimiter)
        new = _by_position(session, flt, tmp_path / "new.csv", delimiter)
    assert new == old
    text = new.decode("utf-8")
    assert text.count("\r\n") > 300  # the demo, the generated persons and the made ones
    for seen in (
        "helene@clsc.qc.ca ::: deux@clsc.qc.ca",
        "un@x.qc.ca ::: deux@x.qc.ca",
        "poste 212",
        "Rimouski ::: Québec",
        "'=SOMME(A1)",
    ):
        assert seen in text  # the rules were reached
    assert "h@cell.ca" not in text


def test_the_same_bytes_for_every_filter(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        org_id = session.query(Organization.id).filter_by(name="CLSC de Rimouski").scalar()
        filters = [
            ExportFilter(),  # without the persons not to contact
            ExportFilter(countries=(Country.QUEBEC,)),
            ExportFilter(sector="Famille"),
            ExportFilter(sector="santé"),
            ExportFilter(organization_ids=(org_id,)),
            ExportFilter(tag="élus"),
            ExportFilter(person_ids=(1, 2, 3)),
            ExportFilter(countries=(Country.OTHER,), sector="nothing here"),
        ]
        for flt in filters:
            old = _through_persons(session, flt, tmp_path / "old.csv", ";")
            new = _by_position(session, flt, tmp_path / "new.csv", ";")
            assert new == old, flt


def test_cancelled_leaves_no_file_and_progress_is_said(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        rows = select_csv_rows(session, ExportFilter(include_do_not_contact=True))
    seen: list[int] = []
    out = tmp_path / "cancelled.csv"
    with pytest.raises(ExportCancelled) as raised:
        write_csv_rows(rows, out, progress=seen.append, cancelled=lambda: True)
    assert seen == [200] and not out.exists() and str(out) in str(raised.value.message)
    assert write_csv_rows(rows, out, progress=seen.append) == len(rows)
    assert seen[-1] == len(rows) // 200 * 200


def test_the_command_line_writes_the_same_file(network: Database, tmp_path: Path) -> None:
    """``reseau export contacts`` (CSV, the default) takes the path by position."""
    out = tmp_path / "cli.csv"
    db_path = tmp_path / "demo.sqlite3"  # the demo_database fixture's file
    network.dispose()
    code = main(
        [
            "export",
            "contacts",
            "-o",
            str(out),
            "--db",
            str(db_path),
            "--delimiter",
            ";",
            "--include-do-not-contact",
        ]
    )
    assert code == 0
    from reseau.db.open import open_sqlite

    database = open_sqlite(db_path)
    try:
        with database.begin() as session:
            expected = _through_persons(
                session, ExportFilter(include_do_not_contact=True), tmp_path / "old.csv", ";"
            )
    finally:
        database.dispose()
    assert out.read_bytes() == expected

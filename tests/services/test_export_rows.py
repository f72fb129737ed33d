"""The CSV and XLSX exports by position (issue 19.5) write what the export through
``ExportPerson`` (``select_persons`` + ``write_export``) writes, itself checked against the old
writers (``tests/io/export_reference.py``, ``tests/io/test_export_unchanged.py``,
``tests/io/test_xlsx_rows.py``): on the demo, on generated persons, and on persons made to reach
every rule (types, extensions, addresses in parts or not, empty parts, unknown types, links,
tags, cells that look like formulas, text XML must escape), for every filter, and through the
command line. The CSV byte for byte; the XLSX part by part (its creation time aside), then cell
by cell as openpyxl reads it (values, types, widths, filter, frozen header)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from reseau.cli.main import main
from reseau.core.enums import ContactKind, Country
from reseau.core.errors import ReseauError
from reseau.db.models import ContactPoint, Organization, Person, Tag
from reseau.db.session import Database
from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.csv_write import Cell
from reseau.services.demo.generate import generate
from reseau.services.io.export_contacts import ExportCancelled, ExportFilter, select_persons, write_export
from reseau.services.io.export_rows import select_rows, write_csv_rows, write_xlsx_rows
from reseau.services.io.export_vcards import select_cards, write_cards_to


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
            Person(  # text that XML escapes, Excel's own escapes, edge spaces, past 32,767
                first_name=" Espace",
                last_name="Échappée & <Cie>",
                name_key="echappee espace",
                title="_x0041_ garde",
                department="R&D\x01nord ",
                country=Country.FRANCE,
                notes="long " + "é" * 33_000,
                contact_points=[_point(ContactKind.WEB, "https://x.org/?a=1&b=<2>")],
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
    write_csv_rows(select_rows(session, flt), path, delimiter)
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


def _every_filter(session: Session) -> list[ExportFilter]:
    """The selections the exports are compared under: every kind of filter once."""
    org_id = session.query(Organization.id).filter_by(name="CLSC de Rimouski").scalar()
    return [
        ExportFilter(),  # without the persons not to contact
        ExportFilter(countries=(Country.QUEBEC,)),
        ExportFilter(sector="Famille"),
        ExportFilter(sector="santé"),
        ExportFilter(organization_ids=(org_id,)),
        ExportFilter(tag="élus"),
        ExportFilter(person_ids=(1, 2, 3)),
    ]


NOBODY = ExportFilter(countries=(Country.OTHER,), sector="nothing here")  # the header only


def test_the_same_bytes_for_every_filter(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        for flt in [*_every_filter(session), NOBODY]:
            old = _through_persons(session, flt, tmp_path / "old.csv", ";")
            new = _by_position(session, flt, tmp_path / "new.csv", ";")
            assert new == old, flt


def test_cancelled_leaves_no_file_and_progress_is_said(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        rows = select_rows(session, ExportFilter(include_do_not_contact=True))
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


# --- XLSX ------------------------------------------------------------------------------------

_TIMES = re.compile(rb"<dcterms:(created|modified) [^>]*>[^<]*</dcterms:\1>")


def _parts(path: Path) -> list[tuple[str, int, bytes]]:
    """Each part of the package in order: name, compression, content (times blanked)."""
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        return [
            (info.filename, info.compress_type, _TIMES.sub(rb"<dcterms:\1/>", package.read(info)))
            for info in package.infolist()
        ]


Cells = list[list[tuple[object, str]]]  # a sheet's rows: (value, openpyxl's type) per cell


def _sheet(path: Path) -> tuple[Cells, dict[str, object], list[object]]:
    """The cells as openpyxl reads them (value, type), the columns' widths, the filter's range
    and the frozen pane."""
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = [[(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]
    widths = {name: dimension.width for name, dimension in sheet.column_dimensions.items()}
    return cells, widths, [sheet.auto_filter.ref, sheet.freeze_panes, sheet.title]


def _assert_same_workbook(session: Session, flt: ExportFilter, folder: Path) -> Cells:
    old, new = folder / "old.xlsx", folder / "new.xlsx"
    persons = select_persons(session, flt)
    assert write_export(persons, "xlsx", old) == len(persons)
    assert write_xlsx_rows(select_rows(session, flt), new) == len(persons)
    old_parts, new_parts = _parts(old), _parts(new)
    assert [name for name, _, _ in new_parts] == [name for name, _, _ in old_parts], flt
    for mine, theirs in zip(new_parts, old_parts, strict=True):
        assert mine == theirs, (flt, mine[0])
    cells, widths, sheet = _sheet(new)
    assert (cells, widths, sheet) == _sheet(old), flt
    assert len(cells) == len(persons) + 1  # the header, then one row per person
    assert all(kind == "s" for row in cells for value, kind in row if value is not None)  # text only
    return cells


def test_xlsx_the_same_workbook_as_through_exported_persons(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        cells = _assert_same_workbook(session, ExportFilter(include_do_not_contact=True), tmp_path)
    assert len(cells) > 300  # the demo, the generated persons and the made ones
    values = {value for row in cells for value, _ in row}
    for seen in (
        "helene@clsc.qc.ca ::: deux@clsc.qc.ca",
        "un@x.qc.ca ::: deux@x.qc.ca",
        "+1 418-723-1234 poste 212",
        "Rimouski ::: Québec",
        "=SOMME(A1)",  # text, never a formula, and no quote: a spreadsheet cell needs none
        "Échappée & <Cie>",
        " Espace",
        "https://x.org/?a=1&b=<2>",
    ):
        assert seen in values  # the rules were reached
    assert "h@cell.ca" not in values
    assert any(isinstance(v, str) and v.endswith("41_ garde") for v in values)  # Excel's escape
    assert any(isinstance(v, str) and v.startswith("long éé") and len(v) == 32_767 for v in values)


def test_xlsx_the_same_workbook_for_every_filter(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        for flt in _every_filter(session):
            assert len(_assert_same_workbook(session, flt, tmp_path)) > 1, flt
        # Nobody selected: the sheet with its header only, as before.
        assert len(_assert_same_workbook(session, NOBODY, tmp_path)) == 1


def test_xlsx_cancelled_leaves_no_file_and_progress_is_said(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        rows = select_rows(session, ExportFilter(include_do_not_contact=True))
    seen: list[int] = []
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.xlsx"
    out.write_bytes(b"an older file, kept")
    with pytest.raises(ExportCancelled) as raised:
        write_xlsx_rows(rows, out, progress=seen.append, cancelled=lambda: True)
    assert seen == [200] and str(out) in str(raised.value.message)
    assert out.read_bytes() == b"an older file, kept" and list(folder.iterdir()) == [out]
    assert write_xlsx_rows(rows, out, progress=seen.append) == len(rows)
    assert seen[-1] == len(rows) // 200 * 200 and out.stat().st_mode & 0o777 == 0o600


def test_xlsx_a_missing_cell_is_an_empty_cell(tmp_path: Path) -> None:
    """A None (a column the database left empty) is written as no cell, as an empty text."""
    width = len(RESEAU_HEADERS)
    with_none: list[Cell] = ["Ana", "Silva", *([None] * (width - 2))]
    with_empty: list[Cell] = ["Ana", "Silva", *([""] * (width - 2))]
    write_xlsx_rows([with_none], tmp_path / "none.xlsx")
    write_xlsx_rows([with_empty], tmp_path / "empty.xlsx")
    assert _parts(tmp_path / "none.xlsx") == _parts(tmp_path / "empty.xlsx")


def test_xlsx_the_command_line_writes_the_same_workbook(network: Database, tmp_path: Path) -> None:
    """``reseau export contacts --format xlsx`` takes the path by position."""
    out = tmp_path / "cli.xlsx"
    db_path = tmp_path / "demo.sqlite3"  # the demo_database fixture's file
    network.dispose()
    code = main(["export", "contacts", "--format", "xlsx", "-o", str(out), "--db", str(db_path)])
    assert code == 0
    from reseau.db.open import open_sqlite

    database = open_sqlite(db_path)
    try:
        with database.begin() as session:
            old = tmp_path / "old.xlsx"
            write_export(select_persons(session, ExportFilter()), "xlsx", old)
    finally:
        database.dispose()
    assert _parts(out) == _parts(old)


# --- vCard ------------------------------------------------------------------------------------


def _cards_through_persons(session: Session, flt: ExportFilter, fmt: str, path: Path) -> bytes:
    write_export(select_persons(session, flt), fmt, path)
    return path.read_bytes()


def _cards_by_position(session: Session, flt: ExportFilter, fmt: str, path: Path) -> bytes:
    write_cards_to(select_cards(session, flt, fmt), path)
    return path.read_bytes()


@pytest.mark.parametrize(("fmt", "extension"), [("vcf", b";ext=212"), ("vcf3", b" poste 212")])
def test_vcards_the_same_bytes_as_through_exported_persons(
    network: Database, tmp_path: Path, fmt: str, extension: bytes
) -> None:
    flt = ExportFilter(include_do_not_contact=True)
    with network.begin() as session:
        old = _cards_through_persons(session, flt, fmt, tmp_path / "old.vcf")
        new = _cards_by_position(session, flt, fmt, tmp_path / "new.vcf")
    assert new == old
    assert new.count(b"BEGIN:VCARD") > 300  # the demo, the generated persons and the made ones
    for seen in (  # the rules were reached: types, labels as items, parts, links, tags, order
        b"EMAIL;TYPE=CELL",
        b"item1.X-ABLabel:ligne directe",
        extension,
        b"ADR;TYPE=WORK:;;12 rue Principale;Rimouski;QC;;",
        b"ADR:;;sans parties\\, 3 rang Nord;;;;",
        b"URL:https://exemple.org",
        "CATEGORIES:Atelier,zèbre,élus".encode(),
        b"ORG:CLSC de Rimouski;Direction",
    ):
        assert seen in new, seen


def test_vcards_the_same_bytes_for_every_filter(network: Database, tmp_path: Path) -> None:
    with network.begin() as session:
        for flt in [*_every_filter(session), NOBODY]:  # nobody: an empty file
            old = _cards_through_persons(session, flt, "vcf", tmp_path / "old.vcf")
            assert _cards_by_position(session, flt, "vcf", tmp_path / "new.vcf") == old, flt


def test_vcards_cancelled_leave_no_file_and_an_unknown_format_is_said(
    network: Database, tmp_path: Path
) -> None:
    with network.begin() as session:
        cards = select_cards(session, ExportFilter(include_do_not_contact=True), "vcf3")
        with pytest.raises(ReseauError) as unknown:
            select_cards(session, ExportFilter(), "vcf5")
    assert "vcf5" in str(unknown.value.message)
    seen: list[int] = []
    out = tmp_path / "cancelled.vcf"
    with pytest.raises(ExportCancelled) as raised:
        write_cards_to(cards, out, progress=seen.append, cancelled=lambda: True)
    assert seen == [200] and not out.exists() and str(out) in str(raised.value.message)
    assert write_cards_to(cards, out, progress=seen.append) == len(cards)


def test_vcards_the_command_line_writes_the_same_file(network: Database, tmp_path: Path) -> None:
    out = tmp_path / "cli.vcf"
    db_path = tmp_path / "demo.sqlite3"  # the demo_database fixture's file
    network.dispose()
    assert main(["export", "contacts", "--format", "vcf3", "-o", str(out), "--db", str(db_path)]) == 0
    from reseau.db.open import open_sqlite

    database = open_sqlite(db_path)
    try:
        with database.begin() as session:
            expected = _cards_through_persons(session, ExportFilter(), "vcf3", tmp_path / "old.vcf")
    finally:
        database.dispose()
    assert out.read_bytes() == expected

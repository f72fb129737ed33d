"""The faster CSV and XLSX writers (issue 19.5) write what the writers before them wrote.

``tests/io/export_reference.py`` is the code before: CSV cells looked up field by field, XLSX
through openpyxl's write-only mode. Both write the same persons: hand-made ones that reach every
column (types, extensions, addresses in parts, formulas, long and multi-line values) and the
2005 demo with generated contacts, read by the exporter from a database; the files are read
back (csv, openpyxl) and compared cell by cell, with the XLSX layout (bold header, widths,
frozen header, autofilter, text cells).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from reseau.cli.main import main
from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.db.session import Database
from reseau.io.csv_write import write_csv
from reseau.io.records import ContactDetail, ExportPerson
from reseau.io.xlsx_write import write_xlsx
from reseau.services.demo.generate import generate
from reseau.services.demo.load import load_demo
from reseau.services.io.export_contacts import ExportFilter, select_persons, write_export
from tests.io import export_reference as reference

EMAIL, PHONE, ADDRESS = ContactKind.EMAIL, ContactKind.PHONE, ContactKind.ADDRESS
WORK, HOME, CELL, OTHER = ContactUsage.WORK, ContactUsage.HOME, ContactUsage.CELL, ContactUsage.OTHER

MADE = [
    ExportPerson(
        "Réal", "Boisvert", '=HYPERLINK("http://x")', "CLSC de Rimouski", "QC", "ligne 1\nligne 2; a, b"
    ),
    ExportPerson(
        "Anne-Marie",
        "d'Amours",
        "-5 + 3",
        "@SOMME",
        "FR",
        "'=déjà cité",
        emails=("am@exemple.fr", "travail@exemple.fr", "cell@exemple.fr"),
        phones=("+33 5 56 00 11 22", "+1 418-555-0123", "+abc", "007"),
        addresses=("12 rue du Port\n33000 Bordeaux", "1 chemin X", "Sans parties"),
        webs=("https://exemple.fr", "http://b.qc.ca"),
        tags=("élu", "partenaire"),
        department="Santé publique",
        details={
            (EMAIL, 1): ContactDetail(WORK),
            (EMAIL, 2): ContactDetail(CELL),  # an e-mail typed "cell": no column, as before
            (PHONE, 0): ContactDetail(WORK, "204"),
            (PHONE, 1): ContactDetail(CELL, label="Perso"),
            (PHONE, 3): ContactDetail(None, "12"),
            (ADDRESS, 0): ContactDetail(
                HOME, address=PostalAddress(street="12 rue du Port", city="Bordeaux", postal_code="33000")
            ),
            (ADDRESS, 1): ContactDetail(
                CELL, address=PostalAddress(street="1 chemin X", region="Bas-Saint-Laurent")
            ),
        },
    ),
    ExportPerson(
        "",
        "Sans prénom",
        notes="x" * 200,  # wider than the widest column
        addresses=("Québec", ""),
        details={(ADDRESS, 1): ContactDetail(OTHER, address=PostalAddress())},
    ),
    ExportPerson(
        "Deux",
        "Numéros",
        emails=("a@exemple.fr", "b@exemple.fr"),
        phones=("+33 1 23 45 67 89", "+1 418-555-0199"),  # no type: the untyped columns
    ),
    ExportPerson("Tab", "\tdébut", "retour", "+ 33", "OTHER", "=1+1", phones=("+1 819-555-0100",)),
]


@pytest.fixture(scope="module")
def network(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, list[ExportPerson]]:
    """The demo and 400 generated persons, as the exporter reads them from the database."""
    import shutil

    from reseau.db.open import open_sqlite

    path = tmp_path_factory.mktemp("export") / "network.sqlite3"
    shutil.copy(migrated_template, path)
    database: Database = open_sqlite(path)
    with database.begin() as session:
        load_demo(session)
        generate(session, 400, 20, 50)
    with database.begin() as session:
        persons = [p.person for p in select_persons(session, ExportFilter(include_do_not_contact=True))]
    database.dispose()
    return path, persons


def _csv_text(writer: object, persons: list[ExportPerson], delimiter: str) -> str:
    out = io.StringIO(newline="")
    writer(persons, out, delimiter)  # type: ignore[operator]
    return out.getvalue()


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_is_unchanged(network: tuple[Path, list[ExportPerson]], delimiter: str) -> None:
    persons = MADE + network[1]
    new, old = _csv_text(write_csv, persons, delimiter), _csv_text(reference.write_csv, persons, delimiter)
    assert new == old
    rows = list(csv.reader(io.StringIO(new[1:]), delimiter=delimiter))
    assert len(rows) == len(persons) + 1 and len(rows[0]) == 39


def _widths(sheet: Any) -> list[float]:
    """Each column's width (a file may store equal neighbours as one range)."""
    widths = [0.0] * 39
    for dimension in sheet.column_dimensions.values():
        for column in range(dimension.min, dimension.max + 1):
            widths[column - 1] = dimension.width
    return widths


def _sheet(path: Path) -> dict[str, object]:
    """What a user sees of the workbook: every cell with its type, the layout."""
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    cells = [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()]
    return {
        "sheets": book.sheetnames,
        "cells": cells,
        "header bold": [c.font.bold for c in sheet[1]],
        "widths": _widths(sheet),
        "frozen": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
    }


def test_xlsx_is_unchanged(network: tuple[Path, list[ExportPerson]], tmp_path: Path) -> None:
    persons = MADE + network[1]
    write_xlsx(iter(persons), tmp_path / "new.xlsx")
    reference.write_xlsx(persons, tmp_path / "old.xlsx")
    new, old = _sheet(tmp_path / "new.xlsx"), _sheet(tmp_path / "old.xlsx")
    for key in old:
        assert new[key] == old[key], key
    assert new["frozen"] == "A2" and new["filter"] == f"A1:AM{len(persons) + 1}"
    assert all(new["header bold"])  # type: ignore[union-attr]
    assert ('=HYPERLINK("http://x")', "s") in new["cells"][1]  # type: ignore[index]


def test_empty_xlsx_is_unchanged(tmp_path: Path) -> None:
    assert write_xlsx([], tmp_path / "new.xlsx") == 0
    reference.write_xlsx([], tmp_path / "old.xlsx")
    assert _sheet(tmp_path / "new.xlsx") == _sheet(tmp_path / "old.xlsx")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_command_writes_what_the_reference_writes(
    network: tuple[Path, list[ExportPerson]], tmp_path: Path, fmt: str
) -> None:
    """``reseau export contacts`` as a user runs it, against the reference writers fed with the
    persons the exporter selects."""
    path, persons = network
    out = tmp_path / f"out.{fmt}"
    args = ["export", "contacts", "--format", fmt, "-o", str(out), "--db", str(path)]
    assert main([*args, "--include-do-not-contact", "--delimiter", ";"]) == 0
    if fmt == "csv":
        assert out.read_bytes().decode("utf-8") == _csv_text(reference.write_csv, persons, ";")
    else:
        reference.write_xlsx(persons, tmp_path / "old.xlsx")
        assert _sheet(out) == _sheet(tmp_path / "old.xlsx")


def test_write_export_gives_the_same_xlsx(network: tuple[Path, list[ExportPerson]], tmp_path: Path) -> None:
    """The service's path (open_output, progress) gives the same XLSX as the writer."""
    from reseau.services.io.export_contacts import ExportedPerson

    persons = network[1][:50]
    seen: list[int] = []
    exported = [ExportedPerson(i, p, None) for i, p in enumerate(persons)]
    assert write_export(exported, "xlsx", tmp_path / "a.xlsx", progress=seen.append) == 50
    reference.write_xlsx(persons, tmp_path / "b.xlsx")
    assert _sheet(tmp_path / "a.xlsx") == _sheet(tmp_path / "b.xlsx")


def test_a_cancelled_xlsx_export_leaves_no_file_and_no_temporary_rows(
    network: tuple[Path, list[ExportPerson]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """XlsxWriter keeps the rows in a temporary file until the end: cancelled, it is gone too."""
    import tempfile

    from reseau.services.io.export_contacts import ExportCancelled, ExportedPerson

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    exported = [ExportedPerson(i, p, None) for i, p in enumerate(network[1])]
    seen: list[int] = []
    out = tmp_path / "out" / "contacts.xlsx"
    out.parent.mkdir()
    with pytest.raises(ExportCancelled):
        write_export(exported, "xlsx", out, progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert seen == [200]  # cancelled after 200 rows were written to the temporary file
    assert list(scratch.iterdir()) == [] and list(out.parent.iterdir()) == []
    assert write_export(exported, "xlsx", out) == len(exported)
    assert list(scratch.iterdir()) == [] and out.exists()


def test_a_csv_export_does_not_import_the_other_writers() -> None:
    """XlsxWriter and the vCard writer are imported when their format is asked for."""
    import subprocess
    import sys

    code = (
        "import sys, reseau.services.io.export_contacts; "
        "print(sorted(m for m in ('xlsxwriter', 'reseau.io.vcard_write') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards_are_unchanged(network: tuple[Path, list[ExportPerson]], version: str) -> None:
    """The cards built from shared pieces (``vcard_write.card``, ``point_line``, which the
    export by position uses too) are the bytes the writer wrote before."""
    from reseau.io.vcard_write import write_vcards
    from tests.io import vcard_reference

    persons = [*MADE, *network[1]]
    new, old = io.BytesIO(), io.BytesIO()
    assert write_vcards(persons, new, version) == vcard_reference.write_vcards(persons, old, version)
    assert new.getvalue() == old.getvalue()
    assert new.getvalue().count(b"BEGIN:VCARD") == len(persons) > 400
    assert (b"item1.TEL" in new.getvalue() and b";ext=" in new.getvalue()) or version == "3.0"

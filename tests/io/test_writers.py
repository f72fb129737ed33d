"""The writers: vCard folding and escaping, CSV BOM/delimiter/formulas, XLSX cells and layout."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from reseau.core.errors import ReseauError
from reseau.core.typography import french
from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.csv_write import default_delimiter, neutralise, write_csv
from reseau.io.records import ExportPerson
from reseau.io.vcard_write import card_lines, escape, fold, write_vcards
from reseau.io.xlsx_write import write_xlsx

PERSON = ExportPerson(
    first_name="Réal",
    last_name="Boisvert",
    title='=HYPERLINK("http://x")',
    organization="Agence de la santé et des services sociaux de la Mauricie et du Centre-du-Québec",
    country="QC",
    notes="ligne 1\nligne 2; avec, virgule",
    emails=("real@example.org",),
    phones=("+1 819-555-0100",),
)


def test_fold_never_splits_utf8() -> None:
    line = "NOTE:" + "é" * 100 + "x" + "€" * 50
    folded = fold(line)
    physical = folded.split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in physical)
    for part in physical:
        part.decode("utf-8")  # raises if a character was cut
    assert b"".join(p[1:] if i else p for i, p in enumerate(physical)).decode() == line


def test_escape() -> None:
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_vcard_versions() -> None:
    out = io.BytesIO()
    write_vcards([PERSON], out, "3.0")
    text = out.getvalue().decode()
    assert "VERSION:3.0\r\n" in text and "TEL;TYPE=VOICE:+1 819-555-0100" in text
    assert "NOTE:ligne 1\\nligne 2\\; avec\\, virgule" in text.replace("\r\n ", "")
    assert "TEL;VALUE=uri:tel:+18195550100" in card_lines(PERSON, "4.0")


def test_csv_bom_delimiter_and_formulas() -> None:
    out = io.StringIO()
    write_csv([PERSON], out, default_delimiter("fr_CA"))
    text = out.getvalue()
    assert text.startswith("\ufeffPrénom;Nom;")
    assert "'=HYPERLINK" in text
    assert ";+1 819-555-0100;" in text  # a phone stays readable
    assert neutralise("-2+3") == "'-2+3" and neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("+33 5 56 00 11 22") == "+33 5 56 00 11 22"
    assert default_delimiter("en_US") == ","


def test_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "c.xlsx"
    write_xlsx([PERSON], path)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "Prénom" and sheet["A1"].font.b
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(RESEAU_HEADERS))}2"
    title = sheet["C2"]
    assert title.data_type == "s" and title.value == PERSON.title  # text, not a formula
    assert sheet["G2"].data_type == "s"
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["A"].width


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    import pytest

    from reseau.services.io.export_contacts import ExportCancelled, ExportedPerson, write_export

    persons = [ExportedPerson(i, PERSON, None) for i in range(1000)]
    out = tmp_path / "c.csv"
    out.write_text("old")
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        write_export(persons, "csv", out, ";", seen.append, lambda: len(seen) >= 2)
    assert out.read_text() == "old" and list(tmp_path.iterdir()) == [out]
    assert write_export(persons, "vcf", out) == 1000


def test_person_cells_follow_the_headers() -> None:
    from reseau.io.csv_formats import RESEAU_HEADERS
    from reseau.io.csv_write import person_cells
    from reseau.io.records import MULTI_SEPARATOR, ExportPerson

    person = ExportPerson(
        first_name="f",
        last_name="l",
        title="t",
        organization="o",
        country="c",
        notes="n",
        emails=("e1", "e2"),
        phones=("p",),
        addresses=("a",),
        webs=("w",),
        tags=("g1", "g2"),
    )
    by_field = {
        "first_name": "f",
        "last_name": "l",
        "title": "t",
        "organization": "o",
        "country": "c",
        "notes": "n",
        "email": f"e1{MULTI_SEPARATOR}e2",
        "phone": "p",
        "adr.main.street": "a",  # an address without parts: all of it in the street column
        "web": "w",
        "tags": f"g1{MULTI_SEPARATOR}g2",
    }
    assert person_cells(person) == [by_field.get(field, "") for _, field in RESEAU_HEADERS]


@pytest.mark.parametrize("cell", ["''=", "'=", "'''=1", "'abc", "'", "''", "'+x", "'-2+3", "=1", "'@"])
def test_the_importer_unquotes_exactly_what_the_writer_quoted(cell: str) -> None:
    from reseau.io.csv_read import _unneutralise

    assert _unneutralise(neutralise(cell)) == cell


@pytest.mark.parametrize("version", ["2.1", "4", ""])
def test_a_vcard_version_we_do_not_write_is_refused_with_its_number(version: str) -> None:
    with pytest.raises(
        ReseauError, match=re.escape(french(f"version vCard non prise en charge : {version}")) + "$"
    ):
        card_lines(ExportPerson("Lucie", "Tremblay"), version)

"""The contacts writers as they were before issue 19.5 (CSV cells built field by field, XLSX
through openpyxl's write-only mode), kept verbatim (imports aside) as the reference the faster
writers are compared with (tests/io/test_export_unchanged.py)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.csv_write import neutralise
from reseau.io.records import MULTI_SEPARATOR, ExportPerson

_PART_ATTRS = {
    "street": "street",
    "city": "city",
    "postal": "postal_code",
    "region": "region",
    "country": "country",
}


def _typed_values(person: ExportPerson) -> dict[str, list[str]]:
    """The person's contact values by field of ``RESEAU_HEADERS`` ("email", "phone:cell",
    "adr.work.city"…): phones with their extension, addresses in parts."""
    cells: dict[str, list[str]] = {}
    for kind, values in (
        (ContactKind.EMAIL, person.emails),
        (ContactKind.PHONE, person.phones),
        (ContactKind.ADDRESS, person.addresses),
    ):
        for index, value in enumerate(values):
            detail = person.detail(kind, index)
            usage = detail.usage
            if kind == ContactKind.ADDRESS:
                group = usage.value if usage in _ADDRESS_GROUPS else "main"
                address = detail.address or PostalAddress(street=value)
                for part, attr in _PART_ATTRS.items():
                    cells.setdefault(f"adr.{group}.{part}", []).append(getattr(address, attr))
                continue
            if kind == ContactKind.PHONE and detail.extension:
                value = f"{value} {EXTENSION_WORD} {detail.extension}"
            cells.setdefault(f"{kind.value}:{usage.value}" if usage else kind.value, []).append(value)
    return cells


_ADDRESS_GROUPS = frozenset({ContactUsage.WORK, ContactUsage.HOME, ContactUsage.OTHER})
# Between a number and its extension in a cell; the importer reads it back (contact_types).
EXTENSION_WORD = "poste"


def person_cells(person: ExportPerson) -> list[str]:
    """The person's cells in the order of ``RESEAU_HEADERS`` (a test checks the order).

    Several values of one field are joined by " ::: "; an address's parts are each in their
    column, in the same order, so the n-th value of every part column is the n-th address
    (empty parts kept as empty places: "Québec ::: " is two addresses, the second one without
    a city).
    """
    typed = _typed_values(person) if (person.details or person.addresses) else None
    scalars = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "title": person.title,
        "organization": person.organization,
        "department": person.department,
        "country": person.country,
        "web": MULTI_SEPARATOR.join(person.webs),
        "tags": MULTI_SEPARATOR.join(person.tags),
        "notes": person.notes,
    }
    if typed is None:  # no type, no address: the untyped columns only
        scalars["email"] = MULTI_SEPARATOR.join(person.emails)
        scalars["phone"] = MULTI_SEPARATOR.join(person.phones)
        return [scalars.get(field, "") for _, field in RESEAU_HEADERS]
    cells = []
    for _, field in RESEAU_HEADERS:
        if field in scalars:
            cells.append(scalars[field])
        elif field in typed:
            values = typed[field]
            if field.startswith("adr."):
                cells.append(MULTI_SEPARATOR.join(values) if any(values) else "")
            else:
                cells.append(MULTI_SEPARATOR.join(values))
        else:
            cells.append("")
    return cells


# First characters that may need a quote (see neutralise): every other cell is written as is.
_RISKY_START = frozenset("=+-@\t\r'")


def write_csv(persons: Iterable[ExportPerson], out: TextIO, delimiter: str = ";") -> int:
    """Write the header and one row per person to ``out`` (opened with newline="")."""
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([header for header, _ in RESEAU_HEADERS])
    count = 0
    risky = _RISKY_START
    for person in persons:
        # neutralise() only for cells whose first character can matter: a call per cell was
        # a third of a 100,000-person export.
        writer.writerow([neutralise(c) if c[:1] in risky else c for c in person_cells(person)])
        count += 1
    return count


MAX_WIDTH = 60


def _longest_line(text: str) -> int:
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def write_xlsx(persons: Sequence[ExportPerson], path: Path | BinaryIO, sheet_title: str = "Contacts") -> int:
    """Write the persons as one sheet; streams rows (write-only mode, lxml when installed).

    Cells are plain values for speed: openpyxl types a ``str`` as text, except one starting
    with "=", which it would store as a formula; only those get a cell forced to text. Empty
    values are left out (an empty cell).
    """
    headers = [header for header, _ in RESEAU_HEADERS]
    rows = [person_cells(p) for p in persons]
    widths = [len(h) + 4 for h in headers]  # room for the autofilter arrow
    for row in rows:
        for index, value in enumerate(row):
            if value:
                longest = _longest_line(value) + 2
                if longest > widths[index]:
                    widths[index] = min(longest, MAX_WIDTH)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    bold = Font(bold=True)

    def cell(text: str, font: Font | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(sheet, value=text)
        c.data_type = "s"  # never a formula or a number, whatever the text looks like
        if font is not None:
            c.font = font
        return c

    sheet.append([cell(h, bold) for h in headers])
    for row in rows:
        sheet.append([(cell(v) if v[:1] == "=" else v) if v else None for v in row])
    workbook.save(path)
    return len(rows)

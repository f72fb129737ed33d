"""Write contacts as an XLSX workbook: string cells only, bold header, autofilter, fitted widths."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.csv_write import person_cells
from reseau.io.records import ExportPerson

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

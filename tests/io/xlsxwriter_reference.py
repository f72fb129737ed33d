"""The XLSX writer as it was after issue 19.5's first round (XlsxWriter's constant-memory mode,
every cell through ``write_string``), kept verbatim as the reference the hand-written rows of
``reseau.io.xlsx_write`` are compared with, part by part and byte for byte
(tests/io/test_xlsx_rows.py)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import xlsxwriter

from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.csv_write import person_cells
from reseau.io.records import ExportPerson

MAX_WIDTH = 60
# XlsxWriter's pixels per character of Calibri 11: a width given in pixels is stored as is
# (set_column adds Excel's padding, openpyxl stored the bare number: kept as before).
_PIXELS_PER_CHARACTER = 7


def _longest_line(text: str) -> int:
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def write_xlsx(persons: Iterable[ExportPerson], path: Path | BinaryIO, sheet_title: str = "Contacts") -> int:
    """Write the persons as one sheet; returns how many.

    Every value is written as text, never as a formula or a number, whatever it looks like
    ("=1+1", "007"). Empty values are left out (an empty cell).
    """
    # XlsxWriter keeps the rows in a named temporary file until close(): in a private folder
    # (0700) removed whatever happens, so that a cancelled or failed export leaves no personal
    # data behind in the temporary folder.
    with tempfile.TemporaryDirectory(prefix="reseau-xlsx-") as scratch:
        workbook = xlsxwriter.Workbook(
            path,
            {
                "constant_memory": True,
                "tmpdir": scratch,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        try:
            count = _write_sheet(workbook, persons, sheet_title)
            workbook.close()
        finally:
            for sheet in workbook.worksheets():
                handle = getattr(sheet, "row_data_fh", None)
                if handle is not None and not handle.closed:
                    handle.close()  # cancelled: the rows written so far, deleted with the folder
    return count


def _write_sheet(workbook: xlsxwriter.Workbook, persons: Iterable[ExportPerson], sheet_title: str) -> int:
    headers = [header for header, _ in RESEAU_HEADERS]
    widths = [len(h) + 4 for h in headers]  # room for the autofilter arrow
    sheet = workbook.add_worksheet(sheet_title)
    bold = workbook.add_format({"bold": True})
    write = sheet.write_string
    for column, header in enumerate(headers):
        write(0, column, header, bold)
    count = 0
    for count, person in enumerate(persons, start=1):
        for column, value in enumerate(person_cells(person)):
            if value:
                write(count, column, value)
                longest = _longest_line(value) + 2
                if longest > widths[column]:
                    widths[column] = min(longest, MAX_WIDTH)
    for column, width in enumerate(widths):
        sheet.set_column_pixels(column, column, width * _PIXELS_PER_CHARACTER)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, count, len(headers) - 1)
    return count

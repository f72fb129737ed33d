"""The figures behind the charts as CSV or XLSX files (plain rows in; no Qt, no session).

CSV: UTF-8 with a byte-order mark and ``;`` between fields, what Excel expects in French
(Canada and France); XLSX through openpyxl, one sheet per chart with a bold header row.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from reseau.core.safe_output import open_output, open_text_output

Cell = str | int


@dataclass(frozen=True)
class Table:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def write_csv(path: Path, table: Table) -> None:
    with open_text_output(path, encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(table.headers)
        writer.writerows(table.rows)


def _sheet_title(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ , unique in the workbook.
    base = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31].strip() or "Feuille"
    name, n = base, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title, used))
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        sheet.column_dimensions["A"].width = min(60, max([12, *(len(str(r[0])) + 2 for r in table.rows)]))
        sheet.freeze_panes = "B2"
    with open_output(path, seekable=True) as out:
        workbook.save(out)


def write_table(path: Path, table: Table) -> None:
    """CSV or XLSX after the file's suffix (anything but .xlsx is written as CSV)."""
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, [table])
    else:
        write_csv(path, table)

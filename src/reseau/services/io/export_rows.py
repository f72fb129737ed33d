"""The CSV and XLSX exports of contacts, from the database's rows to the file by position
(issue 19.5).

``select_persons`` gives every writer the same ``ExportedPerson`` values; the two spreadsheet
exports, the command line's default and the one people open in Excel, skip them: each contact
point is placed in its column as it is read (``io.csv_write.place_points``) and each person's
row is built from her columns (``io.csv_write.row_cells``). ``select_rows`` is the one place
that decides a spreadsheet's columns; ``write_csv_rows`` and ``write_xlsx_rows`` write them.
The same persons, filters, order and text as ``write_export(select_persons(...), "csv" or
"xlsx", ...)``: ``tests/services/test_export_rows.py`` compares the files, the CSV byte for
byte, the XLSX part by part (its creation time aside) and cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from reseau.io.csv_write import Cell, place_points, row_cells, write_rows
from reseau.services.io.export_contacts import (
    ExportFilter,
    _conditions,
    _in_sector,
    _persons_query,
    _rows,
    _tags_by_person,
    as_text,
    chosen_persons,
    points_of,
    watched,
    written_to,
)


def select_rows(session: Session, flt: ExportFilter) -> list[list[Cell]]:
    """The rows of the persons ``flt`` selects, sorted by name, cells in the order of
    ``RESEAU_HEADERS`` (the CSV's and the XLSX's columns)."""
    conditions = _conditions(flt)
    chosen = chosen_persons(conditions)
    placed = place_points(_rows(session, points_of(chosen)))
    tags = _tags_by_person(session, chosen)
    sector = flt.sector.casefold()
    of_person, tags_of = placed.get, tags.get
    rows: list[list[Cell]] = []
    for row in _rows(session, _persons_query(conditions, bool(sector))):
        if sector and not _in_sector(sector, row):
            continue
        pid, first, last, title, country, notes, org_name, _, _, _, department = row
        head = (first, last, title or "", org_name or "", department or "", country)
        rows.append(row_cells(head, notes, of_person(pid), tags_of(pid)))
    return rows


def write_csv_rows(
    rows: list[list[Cell]],
    path: Path,
    delimiter: str = ";",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` to ``path`` as ``write_export(..., "csv")`` does: UTF-8 with BOM, through
    ``reseau.core.safe_output`` (a regular file written beside it and renamed at the end, 0600;
    ``-``, a pipe or a terminal get the rows as they come); cancelled, nothing is left."""
    listed = watched(rows, progress, cancelled)
    return written_to(path, False, lambda out: as_text(out, lambda text: write_rows(listed, text, delimiter)))


def write_xlsx_rows(
    rows: list[list[Cell]],
    path: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``rows`` to ``path`` as ``write_export(..., "xlsx")`` does: one sheet of text
    cells, through ``reseau.core.safe_output`` (``-``, a pipe or a terminal get the package
    from memory at the end: a ZIP is written with seeks); cancelled, nothing is left."""
    # Imported when asked for: a CSV export (the command line's default) does not pay for it.
    from reseau.io.xlsx_write import write_xlsx_rows as write_sheet

    return written_to(path, True, lambda out: write_sheet(watched(rows, progress, cancelled), out))

"""Read contacts from an Excel workbook (.xlsx): its first sheet, first row as the headers.

People often have their list as a workbook rather than a CSV. openpyxl reads it in read-only
mode (rows streamed, not the whole sheet in memory); each row then goes through the same column
mapping as a CSV row (``csv_read.RowMapper``), with the sheet's row number as its line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from zipfile import BadZipFile

from reseau.core.messages import tr
from reseau.io.csv_formats import default_mapping, detect_format
from reseau.io.csv_read import PREVIEW_ROWS, CsvInfo, RowMapper
from reseau.io.records import ContactRecord, NotAContactsFile, RowProblem

XLSX_ENCODING = "xlsx"  # CsvInfo.encoding of a workbook: there is no text encoding to choose


def _cell(value: object) -> str:
    """A cell as the text a person sees: 12 not 12.0, dates as 2027-05-10."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported here: the CSV path never pays for it
    from openpyxl.utils.exceptions import InvalidFileException

    # A file object: openpyxl would refuse a workbook named .csv by its extension alone.
    handle = path.open("rb")
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        handle.close()
        raise NotAContactsFile(
            tr(
                "classeur Excel (.xlsx) illisible ({reason}) : "
                "enregistrez-le en CSV depuis le tableur (Fichier > Enregistrer sous > CSV)",
                reason=str(exc),
            )
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(v) for v in row]
    finally:
        workbook.close()
        handle.close()


def inspect_xlsx(path: Path) -> CsvInfo:
    """Headers, the program that wrote them and a preview, as for a CSV file."""
    rows: list[list[str]] = []
    for _, cells in _rows(path):
        if not rows and not any(c.strip() for c in cells):
            continue  # blank rows above the headers
        rows.append(cells)
        if len(rows) > PREVIEW_ROWS:
            break
    if not rows:
        raise NotAContactsFile(tr("le classeur est vide"))
    headers = tuple(cell.strip() for cell in rows[0])
    while headers and not headers[-1]:
        headers = headers[:-1]
    if len(headers) < 2:
        raise NotAContactsFile(tr("une seule colonne dans la première feuille du classeur"))
    code, label = detect_format(headers)
    return CsvInfo(
        path=path,
        encoding=XLSX_ENCODING,
        delimiter="",
        headers=headers,
        format_code=code,
        format_label=label,
        preview=tuple(tuple(r) for r in rows[1 : PREVIEW_ROWS + 1]),
        mojibake=False,
        size=path.stat().st_size,
    )


def read_xlsx(
    path: Path, info: CsvInfo | None = None, mapping: Sequence[str | None] | None = None
) -> Iterator[ContactRecord | RowProblem]:
    """Every row under the headers as a record; the line is the sheet's row number."""
    info = info or inspect_xlsx(path)
    mapper = RowMapper(
        list(mapping) if mapping is not None else default_mapping(info.headers, info.format_code),
        info.headers,
    )
    width = len(info.headers)
    header_seen = False
    for number, cells in _rows(path):
        if not header_seen:
            header_seen = any(c.strip() for c in cells)
            continue
        if not any(c.strip() for c in cells):
            continue
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            yield RowProblem(
                number,
                tr(
                    "{found} colonnes remplies au lieu de {expected}",
                    found=width + len(extra),
                    expected=width,
                ),
            )
            continue
        yield mapper(number, cells[:width])

"""Write contacts as an XLSX workbook: text cells only, bold header, autofilter, fitted widths.

The data rows are written here, as the SpreadsheetML that XlsxWriter's constant-memory mode
writes for them (``<c r="B2" t="inlineStr"><is><t>…</t></is></c>``, the same escaping), into a
temporary file, as the persons come. After the last row, XlsxWriter writes the rest of the
package (workbook, styles with the bold header, theme, properties, the sheet with its header,
widths, frozen pane and autofilter) for a sheet with the header only, and the rows are put in
that sheet. Issue 19.5: XlsxWriter's own ``write_string`` and its cell objects cost 5–10 µs for
each of the ~800,000 non-empty cells of 100,000 persons; a row written here costs about what
the CSV writer's does. ``tests/io/test_xlsx_rows.py`` checks that every part of the file holds,
byte for byte, what XlsxWriter alone writes (awkward and Hypothesis-generated text included);
only the sheet's compression differs (zlib level 1, see ``_assemble``).
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO, cast

from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.csv_write import Cell, person_cells
from reseau.io.records import ExportPerson

MAX_WIDTH = 60
# XlsxWriter's pixels per character of Calibri 11: a width given in pixels is stored as is
# (set_column adds Excel's padding, openpyxl stored the bare number: kept as before).
_PIXELS_PER_CHARACTER = 7
SHEET_PART = "xl/worksheets/sheet1.xml"
# Excel's limit on a cell's text, in UTF-16 units; XlsxWriter cuts longer text there.
_MAX_STRING = 32767
_SHEET_LEVEL = 1  # zlib's level for the sheet (XlsxWriter: 6), see _assemble
_ZIP64_SIZE = (1 << 31) - 1 - (1 << 26)  # a part this large needs ZIP64's sizes (with a margin)

_HEADERS = [header for header, _ in RESEAU_HEADERS]


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


_LAST_COLUMN = _column_name(len(_HEADERS) - 1)
_CELL_START = tuple(f'<c r="{_column_name(i)}' for i in range(len(_HEADERS)))
# A row whose cells (joined) have none of these, nor "_x" (Excel's ``_xHHHH_`` escapes), is
# written as is: no XML special, no character XML 1.0 forbids, nothing to look at twice.
_SPECIAL_CHARACTER = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]")
# XlsxWriter's escapes (xmlwriter._escape_control_characters): a literal "_xHHHH_" gets its
# underscore escaped, then the control characters become "_xHHHH_".
_ESCAPED_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_EDGE_SPACE = re.compile(r"^\s|\s$")
# The characters regular expressions call whitespace (\s): none above U+3000 (a test checks).
_SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


def _utf16_cut(text: str) -> str:
    """``text`` cut at Excel's limit without splitting a character above U+FFFF."""
    length = 0
    for index, char in enumerate(text):
        length += 2 if ord(char) > 0xFFFF else 1
        if length > _MAX_STRING:
            return text[:index]
    return text


def _xml_text(text: str) -> tuple[str, bool]:
    """A cell's text as XlsxWriter writes it, and whether it needs ``xml:space="preserve"``."""
    if len(text) > _MAX_STRING // 2 and len(text.encode("utf-16-le", "surrogatepass")) > 2 * _MAX_STRING:
        text = _utf16_cut(text)
    text = _ESCAPED_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    preserve = _EDGE_SPACE.search(text) is not None
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), preserve


def _longest_line(text: str) -> int:
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


class _Rows:
    """The data rows' XML, written to ``out``, with the columns' widths and the last row."""

    def __init__(self, out: TextIO) -> None:
        self.write = out.write
        self.widths = [len(h) + 4 for h in _HEADERS]  # room for the autofilter arrow
        self.count = 0
        self.last_row = 0  # the last row with a cell (XlsxWriter's dimension), 0: the header

    def add(self, row: Sequence[Cell]) -> None:
        self.count += 1
        number = self.count + 1
        cells = cast(Sequence[str], row)
        try:
            joined = "".join(cells)
        except TypeError:  # a None: a column the database left empty, an empty cell
            cells = [c or "" for c in row]
            joined = "".join(cells)
        if not joined:
            return  # no cell: XlsxWriter writes no row
        self.last_row = self.count
        if len(joined) > _MAX_STRING // 2 or _SPECIAL_CHARACTER.search(joined) or "_x" in joined:
            self.write(self._awkward_row(number, cells))
            return
        # Most rows: plain text. A cell's longest line is at most its length: looked at only
        # when that could widen its column.
        plain = f'{number}" t="inlineStr"><is><t>'
        kept = f'{number}" t="inlineStr"><is><t xml:space="preserve">'
        parts = [f'<row r="{number}">']
        append, starts, widths, spaces = parts.append, _CELL_START, self.widths, _SPACES
        for column, value in enumerate(cells):
            if value:
                edge = value[0] in spaces or value[-1] in spaces
                append(f"{starts[column]}{kept if edge else plain}{value}</t></is></c>")
                if len(value) + 2 > widths[column]:
                    self._widen(column, value)
        append("</row>")
        self.write("".join(parts))

    def _awkward_row(self, number: int, cells: Sequence[str]) -> str:
        """A row with text to escape or cut, as XlsxWriter writes it."""
        parts = [f'<row r="{number}">']
        for column, value in enumerate(cells):
            if value:
                text, preserve = _xml_text(value)
                space = ' xml:space="preserve"' if preserve else ""
                parts.append(f'{_CELL_START[column]}{number}" t="inlineStr"><is><t{space}>{text}')
                parts.append("</t></is></c>")
                self._widen(column, value)
        parts.append("</row>")
        return "".join(parts)

    def _widen(self, column: int, value: str) -> None:
        longest = _longest_line(value) + 2
        if longest > self.widths[column]:
            self.widths[column] = min(longest, MAX_WIDTH)


def write_xlsx(persons: Iterable[ExportPerson], path: Path | BinaryIO, sheet_title: str = "Contacts") -> int:
    """Write the persons as one sheet; returns how many (see ``write_xlsx_rows``)."""
    return write_xlsx_rows(map(person_cells, persons), path, sheet_title)


def write_xlsx_rows(
    rows: Iterable[Sequence[Cell]], path: Path | BinaryIO, sheet_title: str = "Contacts"
) -> int:
    """Write the header and ``rows`` (cells in the order of ``RESEAU_HEADERS``, as
    ``person_cells`` or ``csv_write.row_cells`` builds them) as one sheet; returns how many.

    Every value is written as text, never as a formula or a number, whatever it looks like
    ("=1+1", "007"). Empty values are left out (an empty cell).
    """
    # The rows wait in a temporary file until the end, as XlsxWriter's own did: in a private
    # folder (0700) removed whatever happens, so that a cancelled or failed export leaves no
    # personal data behind in the temporary folder.
    with tempfile.TemporaryDirectory(prefix="reseau-xlsx-") as scratch:
        rows_path = Path(scratch) / "rows.xml"
        with rows_path.open("w", encoding="utf-8", newline="") as out:
            written = _Rows(out)
            add = written.add
            for cells in rows:
                add(cells)
        package = _package(written, sheet_title, scratch)
        _assemble(package, rows_path, written.last_row, path)
    return written.count


def _package(rows: _Rows, sheet_title: str, scratch: str) -> bytes:
    """What XlsxWriter writes for the sheet with its header only, laid out for the rows."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"constant_memory": True, "tmpdir": scratch})
    sheet = workbook.add_worksheet(sheet_title)
    bold = workbook.add_format({"bold": True})
    for column, header in enumerate(_HEADERS):
        sheet.write_string(0, column, header, bold)
    for column, width in enumerate(rows.widths):
        sheet.set_column_pixels(column, column, width * _PIXELS_PER_CHARACTER)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, rows.count, len(_HEADERS) - 1)
    workbook.close()
    return buffer.getvalue()


def _unexpected_layout() -> ReseauError:
    """A version of XlsxWriter that lays the sheet out otherwise (tests/io/test_xlsx_rows.py
    would fail first): the export stops, nothing written."""
    import xlsxwriter

    return ReseauError(
        tr(
            "Export XLSX impossible : XlsxWriter {version} écrit la feuille autrement que prévu ; "
            "exportez en CSV.",
            version=xlsxwriter.__version__,
        )
    )


def _assemble(package: bytes, rows_path: Path, last_row: int, path: Path | BinaryIO) -> None:
    """Copy the package's parts to ``path``, the rows put at the end of the sheet's data.

    The sheet is compressed at zlib's level 1 (XlsxWriter: the default, 6): at 100,000 persons
    0.2 s instead of 0.65 s for a file a fifth larger (6.2 MB instead of 5.1).
    """
    header_only = f'<dimension ref="A1:{_LAST_COLUMN}1"/>'.encode()
    dimension = f'<dimension ref="A1:{_LAST_COLUMN}{last_row + 1}"/>'.encode()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=_SHEET_LEVEL) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename != SHEET_PART:
                target.writestr(info, data)
                continue
            if header_only not in data or data.count(b"</sheetData>") != 1:
                raise _unexpected_layout()
            head, tail = data.split(b"</sheetData>")
            head = head.replace(header_only, dimension, 1)
            size = len(head) + rows_path.stat().st_size + len(b"</sheetData>") + len(tail)
            big = size > _ZIP64_SIZE
            with target.open(SHEET_PART, "w", force_zip64=big) as part, rows_path.open("rb") as rows:
                part.write(head)
                shutil.copyfileobj(rows, part, 1 << 20)
                part.write(b"</sheetData>" + tail)

"""Write contacts as CSV for a spreadsheet: UTF-8 with BOM, ``;`` or ``,``, formulas neutralised.

Excel and LibreOffice run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula (CSV
injection). Such cells get a leading apostrophe, except phone numbers such as
``+33 5 56 00 11 22`` which stay readable; the importer removes that apostrophe again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TextIO

from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.records import MULTI_SEPARATOR, ExportPerson

_PHONE_LIKE = re.compile(r"^\+?[0-9][0-9 ().\-]*$")


def default_delimiter(locale_name: str) -> str:
    """``;`` where the decimal separator is a comma (French locales), else ``,``."""
    return ";" if locale_name.lower().startswith("fr") else ","


def neutralise(cell: str) -> str:
    if cell[:1] in ("=", "@", "\t", "\r") or (cell[:1] in ("+", "-") and not _PHONE_LIKE.match(cell)):
        return "'" + cell
    # A cell the importer would un-quote (csv_read._unneutralise) gets one more quote, so that
    # the round trip is exact even for "''=" (found by Hypothesis): the rule recurses on the
    # rest of the cell, which is shorter each time.
    if len(cell) > 1 and cell[0] == "'" and neutralise(cell[1:]) == cell:
        return "'" + cell
    return cell


def person_cells(person: ExportPerson) -> list[str]:
    """The person's cells in the order of ``RESEAU_HEADERS`` (a test checks the order)."""
    join = MULTI_SEPARATOR.join
    return [
        person.first_name,
        person.last_name,
        person.title,
        person.organization,
        person.country,
        join(person.emails),
        join(person.phones),
        join(person.addresses),
        join(person.webs),
        join(person.tags),
        person.notes,
    ]


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

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

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.io.csv_formats import RESEAU_HEADERS
from reseau.io.records import MULTI_SEPARATOR, ExportPerson

_PHONE_LIKE = re.compile(r"^\+?[0-9][0-9 ().\-]*(?: poste [0-9]+)?$")


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

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
from reseau.io.records import MULTI_SEPARATOR, ContactDetail, ExportPerson

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


_PART_ATTRS = ("street", "city", "postal_code", "region", "country")
_PARTS = ("street", "city", "postal", "region", "country")  # their columns' field names

_ADDRESS_GROUPS = frozenset({ContactUsage.WORK, ContactUsage.HOME, ContactUsage.OTHER})
# Between a number and its extension in a cell; the importer reads it back (contact_types).
EXTENSION_WORD = "poste"

# Each field's place in a row; a person's cells are filled by place, not looked up by name
# field by field (the old way cost a third of a 100,000-person export).
_FIELDS = tuple(field for _, field in RESEAU_HEADERS)
_PLACE = {field: place for place, field in enumerate(_FIELDS)}
_USAGES: tuple[ContactUsage | None, ...] = (None, *ContactUsage)
# (kind, type) -> the column of an e-mail's or phone's value; None: no column (e.g. "email:cell").
_VALUE_PLACE: dict[tuple[ContactKind, ContactUsage | None], int | None] = {
    (kind, usage): _PLACE.get(f"{kind.value}:{usage.value}" if usage else kind.value)
    for kind in (ContactKind.EMAIL, ContactKind.PHONE)
    for usage in _USAGES
}
# type -> the columns of an address's parts, in _PART_ATTRS order ("main" for the other types).
_ADDRESS_PLACES: dict[ContactUsage | None, tuple[int, ...]] = {
    usage: tuple(
        _PLACE[f"adr.{usage.value if usage in _ADDRESS_GROUPS else 'main'}.{part}"] for part in _PARTS
    )
    for usage in _USAGES
}
_ADDRESS_COLUMNS = frozenset(place for places in _ADDRESS_PLACES.values() for place in places)
_SCALARS: tuple[str, ...] = ("first_name", "last_name", "title", "organization", "department")
_SCALARS += ("country", "web", "tags", "notes")
_SCALAR_PLACES = tuple(_PLACE[f] for f in _SCALARS)
_EMAIL, _PHONE = _PLACE["email"], _PLACE["phone"]
_NO_DETAIL = ContactDetail()


def _typed_cells(person: ExportPerson, cells: list[str]) -> None:
    """Put the person's e-mails, phones (with their extension) and addresses (in parts) in the
    columns of their type."""
    details = person.details
    columns: dict[int, list[str]] = {}
    for kind, values in ((ContactKind.EMAIL, person.emails), (ContactKind.PHONE, person.phones)):
        for index, value in enumerate(values):
            detail = details.get((kind, index), _NO_DETAIL)
            if detail.extension and kind == ContactKind.PHONE:
                value = f"{value} {EXTENSION_WORD} {detail.extension}"
            place = _VALUE_PLACE[kind, detail.usage]
            if place is not None:
                columns.setdefault(place, []).append(value)
    for index, value in enumerate(person.addresses):
        detail = details.get((ContactKind.ADDRESS, index), _NO_DETAIL)
        address = detail.address or PostalAddress(street=value)
        for place, attr in zip(_ADDRESS_PLACES[detail.usage], _PART_ATTRS, strict=True):
            columns.setdefault(place, []).append(getattr(address, attr))
    for place, parts in columns.items():
        cells[place] = "" if place in _ADDRESS_COLUMNS and not any(parts) else MULTI_SEPARATOR.join(parts)


def person_cells(person: ExportPerson) -> list[str]:
    """The person's cells in the order of ``RESEAU_HEADERS`` (a test checks the order).

    Several values of one field are joined by " ::: "; an address's parts are each in their
    column, in the same order, so the n-th value of every part column is the n-th address
    (empty parts kept as empty places: "Québec ::: " is two addresses, the second one without
    a city).
    """
    cells = [""] * len(_FIELDS)
    for place, value in zip(
        _SCALAR_PLACES,
        (
            person.first_name,
            person.last_name,
            person.title,
            person.organization,
            person.department,
            person.country,
            MULTI_SEPARATOR.join(person.webs),
            MULTI_SEPARATOR.join(person.tags),
            person.notes,
        ),
        strict=True,
    ):
        cells[place] = value
    if person.details or person.addresses:
        _typed_cells(person, cells)
    else:  # no type, no address: the untyped columns only
        cells[_EMAIL] = MULTI_SEPARATOR.join(person.emails)
        cells[_PHONE] = MULTI_SEPARATOR.join(person.phones)
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
        # a third of a 100,000-person export. Most cells are empty: tested first, no slice.
        writer.writerow([neutralise(c) if c and c[0] in risky else c for c in person_cells(person)])
        count += 1
    return count

"""Write contacts as CSV for a spreadsheet: UTF-8 with BOM, ``;`` or ``,``, formulas neutralised.

Excel and LibreOffice run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula (CSV
injection). Such cells get a leading apostrophe, except phone numbers such as
``+33 5 56 00 11 22`` which stay readable; the importer removes that apostrophe again.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from typing import TextIO

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage
from reseau.core.phone_display import display_phone
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

Cell = str | None  # None: a column the database left empty (written as an empty cell)


def write_csv(persons: Iterable[ExportPerson], out: TextIO, delimiter: str = ";") -> int:
    """Write the header and one row per person to ``out`` (opened with newline="")."""
    return write_rows(map(person_cells, persons), out, delimiter)


def write_rows(rows: Iterable[Sequence[Cell]], out: TextIO, delimiter: str = ";") -> int:
    """Write the header and ``rows`` (cells in the order of ``RESEAU_HEADERS``) to ``out``."""
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([header for header, _ in RESEAU_HEADERS])
    count = 0
    risky = _RISKY_START
    for row in rows:
        # neutralise() only for cells whose first character can matter: a call per cell was
        # a third of a 100,000-person export. Most cells are empty: tested first, no slice.
        writer.writerow([neutralise(c) if c and c[0] in risky else c for c in row])
        count += 1
    return count


# --- The CSV export's own path: cells from the rows as the database gives them ------------------
# Building an ExportPerson per person (thirteen fields, tuples, a dict of details) only for
# person_cells to take it apart again was half of a 100,000-person export (issue 19.5). The
# export places each contact point once, as it is read (PointPlaces), and builds each row from
# the person's columns by position (row_cells). Same text as person_cells: tests/io compares the
# two on every column.

_USAGE_OF: dict[str, ContactUsage] = {usage.value: usage for usage in ContactUsage}
_WEB, _TAGS, _NOTES = _PLACE["web"], _PLACE["tags"], _PLACE["notes"]
_HEAD = ("first_name", "last_name", "title", "organization", "department", "country")
# The row is built as [head..., empty middle..., web, tags, notes]: the columns must be there.
_TAIL = (_WEB, _TAGS, _NOTES)
if tuple(_FIELDS[: len(_HEAD)]) != _HEAD or tuple(range(len(_FIELDS) - 3, len(_FIELDS))) != _TAIL:
    raise AssertionError("RESEAU_HEADERS changed: update row_cells")
_MIDDLE = ("",) * (len(_FIELDS) - len(_HEAD) - 3)

Placed = tuple[tuple[int, str], ...]  # (column, text) pairs of one contact point


class PointPlaces:
    """Where one contact point of a person goes in her row, read straight from its columns.

    ``(kind, value, type, extension, address)`` as stored (the address as JSON text, or the
    dict PostgreSQL's driver gives) -> (column, text) pairs: an e-mail or phone in the column of
    its type (a phone laid out, with its extension), an address's parts in the columns of its
    type, a web link in « Site web »; nothing for a type without a column (e-mail « cell »).
    The same rules as ``person_cells`` with ``ContactDetail``; addresses are parsed once per
    distinct text."""

    def __init__(self) -> None:
        self._addresses: dict[object, PostalAddress | None] = {}

    def __call__(
        self, kind: str, value: str, usage: str | None, extension: str | None, address: object
    ) -> Placed:
        typed = _USAGE_OF.get(usage or "")
        if kind == "email":
            place = _VALUE_PLACE[ContactKind.EMAIL, typed]
            return () if place is None else ((place, value),)
        if kind == "phone":
            place = _VALUE_PLACE[ContactKind.PHONE, typed]
            if place is None:
                return ()
            shown = display_phone(value)
            return ((place, f"{shown} {EXTENSION_WORD} {extension}" if extension else shown),)
        if kind == "address":
            parts = self._address(address) or PostalAddress(street=value)
            return tuple(
                zip(_ADDRESS_PLACES[typed], [getattr(parts, attr) for attr in _PART_ATTRS], strict=True)
            )
        return ((_WEB, value),) if kind == "web" else ()

    def _address(self, address: object) -> PostalAddress | None:
        if not isinstance(address, str):  # None, or PostgreSQL's dict (not hashable)
            return PostalAddress.from_json(address)
        if address not in self._addresses:
            self._addresses[address] = PostalAddress.from_json(json.loads(address))
        return self._addresses[address]


# (kind, type as stored) -> column, for the e-mails and phones of a known type or none; None:
# a type without a column. Anything else (an unknown type, an extension) goes through
# PointPlaces.
_EMAIL_PLACES: dict[str | None, int | None] = {
    None: _EMAIL,
    "": _EMAIL,
    **{usage.value: _VALUE_PLACE[ContactKind.EMAIL, usage] for usage in ContactUsage},
}
_PHONE_PLACES: dict[str | None, int | None] = {
    None: _PHONE,
    "": _PHONE,
    **{usage.value: _VALUE_PLACE[ContactKind.PHONE, usage] for usage in ContactUsage},
}

PointRow = tuple[int, str, str, str | None, str | None, object]  # owner, kind, value, type, ext., address


def place_points(points: Iterable[PointRow]) -> dict[int, list[tuple[int, str]]]:
    """Person id -> the (column, text) pairs of her contact points, in the order given.

    ``points``: (owner, kind, value, type, extension, address) as stored. The e-mails and
    phones of a known type and without an extension, nearly all of them, are placed here by
    one look-up; the others by ``PointPlaces``, with the same rules."""
    placed: dict[int, list[tuple[int, str]]] = {}
    other = PointPlaces()
    emails, phones = _EMAIL_PLACES, _PHONE_PLACES
    for owner, kind, value, usage, extension, address in points:
        if kind == "email" and usage in emails:
            place = emails[usage]
            if place is None:
                continue
            found: Placed = ((place, value),)
        elif kind == "phone" and not extension and usage in phones:
            place = phones[usage]
            if place is None:
                continue
            found = ((place, display_phone(value)),)
        else:
            found = other(kind, value, usage, extension, address)
            if not found:
                continue
        if owner in placed:
            placed[owner].extend(found)
        else:
            placed[owner] = list(found)
    return placed


def row_cells(
    head: Sequence[Cell], notes: Cell, placed: list[tuple[int, str]] | None, tags: list[str] | None
) -> list[Cell]:
    """A person's row: ``head`` (first name, last name, function, organization, service,
    country), her notes, her contact points' (column, text) pairs in the order they were
    entered, her tags (sorted here). Several values of one column are joined by " ::: ", as
    person_cells does; an address column whose parts are all empty stays empty."""
    cells: list[Cell] = [*head, *_MIDDLE, "", MULTI_SEPARATOR.join(sorted(tags)) if tags else "", notes]
    if placed:
        count = len(placed)
        # One value per column (an e-mail and a phone, typically): placed as they are.
        if count == 1 or (count == 2 and placed[0][0] != placed[1][0]):
            for place, text in placed:
                cells[place] = text
        else:
            _join_into(cells, placed)
    return cells


def _join_into(cells: list[Cell], placed: list[tuple[int, str]]) -> None:
    columns: dict[int, list[str]] = {}
    for place, text in placed:
        if place in columns:
            columns[place].append(text)
        else:
            columns[place] = [text]
    for place, parts in columns.items():
        if len(parts) == 1:
            cells[place] = parts[0]
        else:
            cells[place] = "" if place in _ADDRESS_COLUMNS and not any(parts) else MULTI_SEPARATOR.join(parts)

"""The vCard export of contacts by position (issue 19.5): the cards from the database's rows.

``select_persons`` builds an ``ExportedPerson`` for every person (thirteen fields, a dict of
details) that ``vcard_write.card_lines`` takes apart again. Here each contact point's line is
built once as it is read (``vcard_write.point_line``, one ``ContactDetail`` per distinct type,
extension, label and address, as ``select_persons`` shares them) and each card from the person's
columns (``vcard_write.card``, where ``card_lines`` builds its cards too). The same persons,
filters, order and bytes as ``write_export(select_persons(...), "vcf" or "vcf3", ...)``:
``tests/services/test_export_rows.py`` compares the two files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import ScalarSelect
from sqlalchemy.orm import Session

from reseau.core.enums import ContactKind
from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.core.phone_display import display_phone
from reseau.io.records import ContactDetail
from reseau.io.vcard_write import card, point_line, write_cards
from reseau.services.io.export_contacts import (
    _POINT,
    ExportFilter,
    _conditions,
    _detail,
    _in_sector,
    _persons_query,
    _rows,
    _tags_by_person,
    chosen_persons,
    points_of,
    watched,
    written_to,
)

VERSIONS = {"vcf": "4.0", "vcf4": "4.0", "vcf3": "3.0"}
# A card lists its e-mails, then its phones, then its addresses (each kind in the order entered).
_RANK = {ContactKind.EMAIL: 0, ContactKind.PHONE: 1, ContactKind.ADDRESS: 2}
_NO_DETAIL = ContactDetail()
Shape = tuple[str | None, str | None, str | None, object]  # type, extension, label, address as stored


def _point_lines(
    session: Session, chosen: ScalarSelect[int] | None, version: str
) -> tuple[dict[int, list[tuple[int, str, str]]], dict[int, list[str]]]:
    """Person id -> (rank, line, label) of her e-mails, phones and addresses, in the order they
    were entered; person id -> her links."""
    lines: dict[int, list[tuple[int, str, str]]] = {}
    webs: dict[int, list[str]] = {}
    memo: dict[Shape, ContactDetail] = {}
    kinds = {kind.value: kind for kind in _RANK}
    points = _rows(session, points_of(chosen, _POINT.label))
    for owner, stored, value, usage, extension, address, label in points:
        kind = kinds.get(stored)
        if kind is None:
            if stored == ContactKind.WEB.value:
                webs.setdefault(owner, []).append(value)
            continue
        detail = _NO_DETAIL
        if usage or extension or label or address:
            shape = (usage, extension, label, address)
            try:
                found = memo.get(shape)
            except TypeError:  # a dict (PostgreSQL's JSON address): not hashable, not shared
                found = _detail(usage, extension, label, address)
            detail = found or memo.setdefault(shape, _detail(usage, extension, label, address))
        shown = display_phone(value) if kind == ContactKind.PHONE else value
        entry = (_RANK[kind], point_line(kind, shown, detail, version), detail.label)
        if owner in lines:
            lines[owner].append(entry)
        else:
            lines[owner] = [entry]
    return lines, webs


def select_cards(session: Session, flt: ExportFilter, fmt: str = "vcf") -> list[list[str]]:
    """The cards (content lines, unfolded) of the persons ``flt`` selects, sorted by name, in
    vCard 4.0 (``vcf``) or 3.0 (``vcf3``)."""
    version = VERSIONS.get(fmt)
    if version is None:
        raise ReseauError(tr("format d'export inconnu : {format} (csv, xlsx, vcf, vcf3)", format=fmt))
    conditions = _conditions(flt)
    chosen = chosen_persons(conditions)
    lines, webs = _point_lines(session, chosen, version)
    tags = _tags_by_person(session, chosen)
    sector = flt.sector.casefold()
    cards: list[list[str]] = []
    for row in _rows(session, _persons_query(conditions, bool(sector))):
        if sector and not _in_sector(sector, row):
            continue
        pid, first, last, title, country, notes, org_name, _, _, _, department = row
        points = lines.get(pid, ())
        if len(points) > 1:
            points = sorted(points, key=_by_rank)  # stable: each kind keeps its order
        head = (first, last, org_name or "", department or "", title or "")
        labelled = [(line, label) for _, line, label in points]
        cards.append(
            card(head, labelled, webs.get(pid, ()), notes, sorted(tags.get(pid, ())), country, version)
        )
    return cards


def _by_rank(entry: tuple[int, str, str]) -> int:
    return entry[0]


def write_cards_to(
    cards: list[list[str]],
    path: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``cards`` to ``path`` as ``write_export(..., "vcf")`` does, through
    ``reseau.core.safe_output`` (a regular file written beside it and renamed at the end, 0600;
    ``-``, a pipe or a terminal get the cards as they come); cancelled, nothing is left."""
    return written_to(path, False, lambda out: write_cards(watched(cards, progress, cancelled), out))

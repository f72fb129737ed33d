"""Choose the persons to export (country, sector, organization, theme, exchange, tag) and write them.

Persons who asked not to be contacted (``do_not_contact``) are left out of e-mail lists and
mail-merge exports unless the caller says otherwise; a printed participant list keeps them.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar, cast

from sqlalchemy import ColumnElement, ScalarSelect, Select, literal, select
from sqlalchemy.orm import Session

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage, Country
from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.core.normalize import display_name
from reseau.core.phone_display import display_phone
from reseau.core.safe_output import open_output
from reseau.db.models import ContactPoint, ExchangeParticipant, Organization, Person, Tag, Theme
from reseau.db.models.links import person_tags, person_themes
from reseau.io.csv_write import write_csv
from reseau.io.records import ContactDetail, Details, ExportPerson
from reseau.services.shared.contact_points import own_label

T = TypeVar("T")

FORMATS = ("csv", "xlsx", "vcf", "vcf3", "pdf")


@dataclass(frozen=True)
class ExportFilter:
    countries: tuple[Country, ...] = ()
    sector: str = ""
    organization_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    exchange_id: int | None = None
    tag: str = ""
    person_ids: tuple[int, ...] = ()  # an explicit selection (the rows picked in a list)
    include_do_not_contact: bool = False


@dataclass(frozen=True)
class ExportedPerson:
    """An exported person with what the PDF groups by."""

    id: int
    person: ExportPerson
    organization_country: Country | None


# The tables, not the mapped classes: a query of table columns needs no mapper configuration
# (every model's relationships: ~0.15 s of CPU, a sixth of `reseau export` on an empty
# database; tests/cli/test_export_startup.py checks that none is configured). Same SQL.
_PERSONS, _ORGANIZATIONS, _TAGS = Person.__table__, Organization.__table__, Tag.__table__
_PERSON, _ORGANIZATION, _TAG = _PERSONS.c, _ORGANIZATIONS.c, _TAGS.c
_POINT, _PARTICIPANT = ContactPoint.__table__.c, ExchangeParticipant.__table__.c


def _conditions(flt: ExportFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.countries:
        conditions.append(_PERSON.country.in_(flt.countries))
    if flt.organization_ids:
        conditions.append(_PERSON.organization_id.in_(flt.organization_ids))
    if flt.theme_ids:
        conditions.append(
            _PERSON.id.in_(
                select(person_themes.c.person_id).where(person_themes.c.theme_id.in_(flt.theme_ids))
            )
        )
    if flt.exchange_id is not None:
        conditions.append(
            _PERSON.id.in_(select(_PARTICIPANT.person_id).where(_PARTICIPANT.exchange_id == flt.exchange_id))
        )
    if flt.tag:
        conditions.append(
            _PERSON.id.in_(
                select(person_tags.c.person_id)
                .join(_TAGS, _TAG.id == person_tags.c.tag_id)
                .where(_TAG.name == flt.tag)
            )
        )
    if flt.person_ids:
        conditions.append(_PERSON.id.in_(flt.person_ids))
    if not flt.include_do_not_contact:
        conditions.append(_PERSON.do_not_contact.is_(False))
    return conditions


def chosen_persons(conditions: list[ColumnElement[bool]]) -> ScalarSelect[int] | None:
    """The ids of the persons ``conditions`` select, as a subquery; everyone: None (no
    subquery to evaluate for each contact point)."""
    return select(_PERSON.id).where(*conditions).scalar_subquery() if conditions else None


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """The rows of ``query``; on SQLite read with the driver's cursor, like ``search.id_list``.

    A SQLAlchemy result costs three times the driver's own fetch for 200,000 contact points,
    and the columns read here need no result processing (``_json_list`` reads the one JSON
    column itself). Parameters are plain values (ids, country codes, booleans).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return connection.execute(query).all()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params: Any = compiled.params
    if compiled.positiontup is not None:
        params = [params[name] for name in compiled.positiontup]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        return cast(Sequence[Any], cursor.fetchall())
    finally:
        cursor.close()


_USAGES = {u.value: u for u in ContactUsage}
_KINDS = {k.value: k for k in ContactKind}


def _detail(usage: str | None, extension: str | None, label: str | None, address: object) -> ContactDetail:
    """A contact point's detail as read by the driver (the JSON column as text on SQLite)."""
    if isinstance(address, str):
        address = json.loads(address)
    kind = _USAGES.get(usage or "")
    return ContactDetail(
        kind, extension or "", own_label(label or "", kind), PostalAddress.from_json(address)
    )


def _json_list(value: object) -> list[str]:
    """A JSON list column as read by the driver (text) or by SQLAlchemy (a list)."""
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value] if isinstance(value, list) else []


def points_of(chosen: ScalarSelect[int] | None, *more: Any) -> Select[*tuple[Any, ...]]:
    """The contact points of the persons ``chosen`` (everyone's: None), in the order they were
    entered: person id, kind, value, type, extension, address, then the columns ``more``."""
    query = select(
        _POINT.person_id, _POINT.kind, _POINT.value, _POINT.usage, _POINT.extension, _POINT.address, *more
    ).order_by(_POINT.id)
    return query.where(_POINT.person_id.is_not(None) if chosen is None else _POINT.person_id.in_(chosen))


def _points_by_kind(
    session: Session, chosen: ScalarSelect[int] | None
) -> tuple[dict[str, dict[int, list[str]]], dict[int, Details]]:
    """kind -> person id -> values, in the order they were entered (as the ORM list was), and
    person id -> (kind, index) -> type, extension, label, parts, for the points that have some."""
    points_query = points_of(chosen, _POINT.label)
    by_kind: dict[str, dict[int, list[str]]] = {kind.value: {} for kind in ContactKind}
    # person id -> (kind, index) -> type, extension, label, parts; only points that have some.
    details: dict[int, Details] = {}
    # One ContactDetail per distinct (type, extension, label, address text): most points of a
    # network share a handful of them (« travail », no extension), and building one per point
    # was a tenth of an export. ContactDetail and PostalAddress are immutable: shared safely.
    memo: dict[tuple[str | None, str | None, str | None, object], ContactDetail] = {}
    kinds = _KINDS
    for owner, kind, value, usage, extension, address, label in _rows(session, points_query):
        values = by_kind.get(kind)
        key = owner or 0  # never 0: the query keeps contact points of persons only
        if values is None:
            continue
        if key in values:
            values[key].append(value)
        else:
            values[key] = [value]
        if usage or extension or label or address:
            shape = (usage, extension, label, address)
            try:
                detail = memo.get(shape)
            except TypeError:  # a dict (PostgreSQL's JSON address): not hashable, not shared
                detail = _detail(usage, extension, label, address)
            if detail is None:
                detail = memo[shape] = _detail(usage, extension, label, address)
            details.setdefault(key, {})[kinds[kind], len(values[key]) - 1] = detail
    return by_kind, details


def _tags_by_person(session: Session, chosen: ScalarSelect[int] | None) -> dict[int, list[str]]:
    tags_query = select(person_tags.c.person_id, _TAG.name).join(_TAGS, _TAG.id == person_tags.c.tag_id)
    if chosen is not None:
        tags_query = tags_query.where(person_tags.c.person_id.in_(chosen))
    tags: dict[int, list[str]] = {}
    for tagged, name in _rows(session, tags_query):
        tags.setdefault(tagged, []).append(name)
    return tags


def select_persons(session: Session, flt: ExportFilter) -> list[ExportedPerson]:
    """The persons ``flt`` selects, sorted by name, as plain data for the writers.

    Three Core queries (persons with their organization, their contact points, their tags)
    instead of ORM objects: loading 100,000 ``Person`` objects with their collections took
    twenty times as long as writing the file.
    """
    conditions = _conditions(flt)
    chosen = chosen_persons(conditions)
    by_kind, details = _points_by_kind(session, chosen)
    tags = _tags_by_person(session, chosen)
    sector = flt.sector.casefold()
    build = _builder(by_kind, details, tags)
    result: list[ExportedPerson] = []
    for row in _rows(session, _persons_query(conditions, bool(sector))):
        if sector and not _in_sector(sector, row):
            continue
        result.append(build(row))
    return result


def _persons_query(conditions: list[ColumnElement[bool]], with_sectors: bool) -> Select[*tuple[Any, ...]]:
    """The persons' own columns and their organization's, in the order of ``_builder``'s row."""
    return (
        select(
            _PERSON.id,
            _PERSON.first_name,
            _PERSON.last_name,
            _PERSON.title,
            _PERSON.country,
            _PERSON.notes,
            _ORGANIZATION.name,
            _ORGANIZATION.country,
            _ORGANIZATION.sector,
            _PERSON.sectors if with_sectors else literal(None),
            _PERSON.department,
        )
        .select_from(_PERSONS.outerjoin(_ORGANIZATIONS, _ORGANIZATION.id == _PERSON.organization_id))
        .where(*conditions)
        .order_by(_PERSON.name_key, _PERSON.id)
    )


def _in_sector(sector: str, row: Sequence[Any]) -> bool:
    """One of the person's own sectors, else her organization's (``sector`` casefolded)."""
    org_name, org_sector, sectors = row[6], row[8], row[9]
    if sector in {s.casefold() for s in _json_list(sectors)}:
        return True
    return org_name is not None and (org_sector or "").casefold() == sector


def _builder(
    by_kind: dict[str, dict[int, list[str]]], details: dict[int, Details], tags: dict[int, list[str]]
) -> Callable[[Sequence[Any]], ExportedPerson]:
    """A function from one row of ``_persons_query`` to the exported person."""
    emails, phones = by_kind[ContactKind.EMAIL.value], by_kind[ContactKind.PHONE.value]
    addresses, webs = by_kind[ContactKind.ADDRESS.value], by_kind[ContactKind.WEB.value]
    countries = {c.value: c for c in Country}

    def build(row: Sequence[Any]) -> ExportedPerson:
        pid, first, last, title, country, notes, org_name, org_country, _, _, department = row
        # Positional arguments, in the fields' order: this runs once per exported person.
        return ExportedPerson(
            pid,
            ExportPerson(
                first,
                last,
                title or "",
                org_name or "",
                country,
                notes,
                tuple(emails[pid]) if pid in emails else (),
                # display_phone lays out FR and NANP numbers itself (same as phonenumbers).
                tuple(map(display_phone, phones[pid])) if pid in phones else (),
                tuple(addresses[pid]) if pid in addresses else (),
                tuple(webs[pid]) if pid in webs else (),
                tuple(sorted(tags[pid])) if pid in tags else (),
                department or "",
                details.get(pid) or {},
            ),
            countries[org_country] if org_name is not None else None,
        )

    return build


class ExportCancelled(ReseauError):
    def __init__(self, path: Path) -> None:
        super().__init__(tr("Export annulé : {path} n'a pas été écrit.", path=str(path)))


def watched(
    items: Iterable[T],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[T]:
    """``items`` as they are written, with ``progress`` every 200 and a stop when ``cancelled``
    (``ExportCancelled``; the caller names the file). Shared by every export format."""
    for done, item in enumerate(items, start=1):
        if done % 200 == 0:
            if progress is not None:
                progress(done)
            if cancelled is not None and cancelled():
                raise ExportCancelled(Path())
        yield item


def write_export(
    persons: list[ExportedPerson],
    fmt: str,
    path: Path,
    delimiter: str = ";",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``persons`` to ``path`` as csv, xlsx, vcf (4.0) or vcf3; PDF is in reseau.reports.

    ``reseau export`` and the export dialog build these formats by position from the rows as
    read (``export_rows``, ``export_vcards``, issue 19.5); this path, from ``ExportedPerson``
    values, is what the tests compare them with, file for file.

    Through ``reseau.core.safe_output``: a regular file (a symlink's target) is written beside
    it and renamed at the end, 0600, so a cancelled or failed export leaves no half-written file
    (and an older file of that name untouched); ``-``, a pipe or a terminal get the rows as
    they come and are never replaced.
    """
    if fmt not in ("csv", "xlsx", "vcf", "vcf4", "vcf3"):
        raise ReseauError(tr("format d'export inconnu : {format} (csv, xlsx, vcf, vcf3)", format=fmt))
    plain = (e.person for e in watched(persons, progress, cancelled))
    return written_to(path, fmt == "xlsx", lambda out: _write(plain, fmt, out, delimiter))


def written_to(path: Path, seekable: bool, write: Callable[[BinaryIO], int]) -> int:
    """``write(out)`` into ``path`` through ``reseau.core.safe_output``, for every export: a
    regular file is written beside it and renamed at the end, 0600 (``seekable``: a ZIP's
    seeks, so ``-``, a pipe or a terminal get it from memory at the end); cancelled
    (``watched``), nothing is left and the error names the file."""
    try:
        with open_output(path, seekable=seekable) as out:
            return write(out)
    except ExportCancelled:
        raise ExportCancelled(path) from None


def as_text(out: BinaryIO, write: Callable[[TextIO], int]) -> int:
    """``write`` given ``out`` as UTF-8 text with the CSV module's newlines, ``out`` left open
    for ``written_to`` to finish."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        return write(text)
    finally:
        text.flush()
        text.detach()


def _write(plain: Iterable[ExportPerson], fmt: str, out: BinaryIO, delimiter: str) -> int:
    if fmt == "csv":
        return as_text(out, lambda text: write_csv(plain, text, delimiter))
    # The other writers are imported when asked for: a CSV export (the command line's default)
    # does not pay for XlsxWriter.
    if fmt == "xlsx":
        from reseau.io.xlsx_write import write_xlsx

        return write_xlsx(plain, out)
    from reseau.io.vcard_write import write_vcards

    return write_vcards(plain, out, "3.0" if fmt == "vcf3" else "4.0")


def email_addresses(persons: list[ExportedPerson]) -> str:
    """``Name <address>`` for each person's first e-mail, separated for a mail client's To field."""
    entries = []
    for exported in persons:
        person = exported.person
        if person.emails:
            name = display_name(person.first_name, person.last_name).replace('"', "")
            needs_quotes = any(c in name for c in ',;<>@()[]:."')
            shown = f'"{name}"' if needs_quotes else name
            entries.append(f"{shown} <{person.emails[0]}>" if name else person.emails[0])
    return "; ".join(entries)


@dataclass(frozen=True)
class ExportChoices:
    """What the export dialog's filter lists offer: (id or value, label) pairs."""

    organizations: tuple[tuple[int, str], ...]
    themes: tuple[tuple[int, str], ...]
    exchanges: tuple[tuple[int, str], ...]
    tags: tuple[str, ...]
    sectors: tuple[str, ...]


def export_choices(session: Session) -> ExportChoices:
    from reseau.db.models import Exchange

    orgs = tuple(
        (i, n)
        for i, n in session.execute(
            select(Organization.id, Organization.name).order_by(Organization.name_key)
        )
    )
    themes = tuple(
        (i, f"{c} — {t}" if c else t)
        for i, c, t in session.execute(
            select(Theme.id, Theme.code, Theme.title).order_by(Theme.position, Theme.id)
        )
    )
    exchanges = tuple(
        (i, t)
        for i, t in session.execute(
            select(Exchange.id, Exchange.title).order_by(Exchange.start_date, Exchange.id)
        )
    )
    tags = tuple(session.scalars(select(Tag.name).order_by(Tag.name)))
    sectors = {s for (s,) in session.execute(select(Organization.sector)) if s}
    for (values,) in session.execute(select(Person.sectors)):
        sectors.update(values or ())
    return ExportChoices(orgs, themes, exchanges, tags, tuple(sorted(sectors, key=str.casefold)))

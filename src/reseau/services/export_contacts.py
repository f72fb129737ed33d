"""Choose the persons to export (country, sector, organization, theme, exchange, tag) and write them.

Persons who asked not to be contacted (``do_not_contact``) are left out of e-mail lists and
mail-merge exports unless the caller says otherwise; a printed participant list keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import ContactKind, Country
from reseau.core.errors import ReseauError
from reseau.core.normalize import display_name, format_phone
from reseau.db.models import ExchangeParticipant, Person, Tag, Theme
from reseau.io.csv_write import write_csv
from reseau.io.records import ExportPerson
from reseau.io.vcard_write import write_vcards
from reseau.io.xlsx_write import write_xlsx

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


def select_persons(session: Session, flt: ExportFilter) -> list[ExportedPerson]:
    query = (
        select(Person)
        .options(
            selectinload(Person.organization), selectinload(Person.contact_points), selectinload(Person.tags)
        )
        .order_by(Person.name_key, Person.id)
    )
    if flt.countries:
        query = query.where(Person.country.in_(flt.countries))
    if flt.organization_ids:
        query = query.where(Person.organization_id.in_(flt.organization_ids))
    if flt.theme_ids:
        query = query.where(Person.themes.any(Theme.id.in_(flt.theme_ids)))
    if flt.exchange_id is not None:
        query = query.where(
            Person.id.in_(
                select(ExchangeParticipant.person_id).where(
                    ExchangeParticipant.exchange_id == flt.exchange_id
                )
            )
        )
    if flt.tag:
        query = query.where(Person.tags.any(Tag.name == flt.tag))
    if flt.person_ids:
        query = query.where(Person.id.in_(flt.person_ids))
    if not flt.include_do_not_contact:
        query = query.where(Person.do_not_contact.is_(False))
    result: list[ExportedPerson] = []
    sector = flt.sector.casefold()
    for person in session.scalars(query):
        org = person.organization
        if (
            sector
            and sector not in {s.casefold() for s in person.sectors or ()}
            and (org is None or (org.sector or "").casefold() != sector)
        ):
            continue
        points = person.contact_points

        def values(kind: ContactKind, points: list = points) -> tuple[str, ...]:  # type: ignore[type-arg]
            return tuple(p.value for p in points if p.kind == kind)

        result.append(
            ExportedPerson(
                id=person.id,
                person=ExportPerson(
                    first_name=person.first_name,
                    last_name=person.last_name,
                    title=person.title or "",
                    organization=org.name if org else "",
                    country=str(person.country),
                    notes=person.notes,
                    emails=values(ContactKind.EMAIL),
                    phones=tuple(format_phone(p) for p in values(ContactKind.PHONE)),
                    addresses=values(ContactKind.ADDRESS),
                    webs=values(ContactKind.WEB),
                    tags=tuple(sorted(t.name for t in person.tags)),
                ),
                organization_country=Country(org.country) if org else None,
            )
        )
    return result


class ExportCancelled(ReseauError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Export annulé : {path} n'a pas été écrit.")


def _watched(
    persons: list[ExportedPerson],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[ExportPerson]:
    for done, exported in enumerate(persons, start=1):
        if done % 200 == 0:
            if progress is not None:
                progress(done)
            if cancelled is not None and cancelled():
                raise ExportCancelled(Path())
        yield exported.person


def write_export(
    persons: list[ExportedPerson],
    fmt: str,
    path: Path,
    delimiter: str = ";",
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write ``persons`` to ``path`` as csv, xlsx, vcf (4.0) or vcf3; PDF is in reseau.reports.

    The file is written beside ``path`` and renamed at the end: a cancelled or failed export
    leaves no half-written file (and an older file of that name untouched).
    """
    partial = path.with_name(path.name + ".partiel")
    try:
        count = _write(_watched(persons, progress, cancelled), fmt, partial, delimiter)
    except ExportCancelled:
        partial.unlink(missing_ok=True)
        raise ExportCancelled(path) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return count


def _write(plain: Iterable[ExportPerson], fmt: str, path: Path, delimiter: str) -> int:
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            return write_csv(plain, out, delimiter)
    if fmt == "xlsx":
        return write_xlsx(list(plain), path)
    if fmt in ("vcf", "vcf4", "vcf3"):
        with path.open("wb") as binary:
            return write_vcards(plain, binary, "3.0" if fmt == "vcf3" else "4.0")
    raise ReseauError(f"format d'export inconnu : {fmt} (csv, xlsx, vcf, vcf3)")


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
    from reseau.db.models import Exchange, Organization

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

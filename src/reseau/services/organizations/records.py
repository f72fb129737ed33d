"""Use cases on organizations: list, read, add, update, delete, with their parent.

Like the Personnes table, the Organisations table is lazy: :func:`organization_ids` (sorted and
filtered by the database) then :func:`organization_rows` page by page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind, Country, OrgLevel
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import tr
from reseau.core.normalize import fold
from reseau.core.outcome import Outcome
from reseau.core.phone_display import display_phone
from reseau.db.models import ContactPoint, Organization, Person
from reseau.services.search.global_search import HitKind, id_list, matching_ids
from reseau.services.shared.contact_points import (
    ContactInput,
    ContactView,
    NormalizedContacts,
    normalize_contacts,
    to_inputs,
    to_rows,
    to_views,
)
from reseau.services.shared.versions import stale_is_conflict

CHANGED = Changes(organizations=True)


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    acronym: str
    country: Country
    level: OrgLevel | None
    sector: str
    city: str
    parent_id: int | None
    parent_name: str
    person_count: int
    email: str
    phone: str
    version: int


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    acronym: str = ""
    country: Country = Country.QUEBEC
    level: OrgLevel | None = None
    sector: str = ""
    region: str = ""
    department: str = ""
    city: str = ""
    parent_id: int | None = None
    website: str = ""
    notes: str = ""
    contacts: tuple[ContactInput, ...] = ()


@dataclass(frozen=True)
class OrganizationDetail:
    id: int
    version: int
    data: OrganizationInput
    parent_name: str
    children: tuple[tuple[int, str], ...]
    members: tuple[tuple[int, str], ...]
    contacts: tuple[ContactView, ...]


@dataclass(frozen=True)
class OrganizationChoice:
    """An organization as offered in a combo box."""

    id: int
    label: str
    country: Country


def _label(org: Organization) -> str:
    return f"{org.name} ({org.acronym})" if org.acronym else org.name


def _first_contact(kind: ContactKind) -> Any:
    return (
        select(ContactPoint.value)
        .where(ContactPoint.organization_id == Organization.id, ContactPoint.kind == kind)
        .order_by(ContactPoint.id)
        .limit(1)
        .scalar_subquery()
    )


def _person_count() -> Any:
    return select(func.count()).where(Person.organization_id == Organization.id).scalar_subquery()


def _parent_name() -> Any:
    parent = Organization.__table__.alias("parent")
    return select(parent.c.name).where(parent.c.id == Organization.parent_id).scalar_subquery()


# The columns the Organisations table can be sorted on, as SQL.
ORGANIZATION_SORTS: dict[str, Any] = {
    "name": Organization.name_key,
    "acronym": func.lower(func.coalesce(Organization.acronym, "")),
    "country": Organization.country,
    "level": func.coalesce(Organization.level, ""),
    "sector": func.lower(func.coalesce(Organization.sector, "")),
    "city": func.lower(func.coalesce(Organization.city, "")),
    "parent": func.lower(func.coalesce(_parent_name(), "")),
    "persons": _person_count(),
}


def organization_ids(
    session: Session, text: str = "", sort: str = "name", descending: bool = False
) -> list[int]:
    """The ids of the organizations matching ``text`` (global-search rules), in table order."""
    key = ORGANIZATION_SORTS[sort]
    query = select(Organization.id).order_by(key.desc() if descending else key, Organization.id)
    matching = matching_ids(session, HitKind.ORGANIZATION, text)
    if matching is not None:
        query = query.where(Organization.id.in_(matching))
    return id_list(session, query)


def organization_rows(session: Session, ids: Sequence[int]) -> list[OrganizationRow]:
    """The rows of ``ids``, in that order (ids deleted meanwhile are left out)."""
    query = select(
        Organization.id,
        Organization.name,
        Organization.acronym,
        Organization.country,
        Organization.level,
        Organization.sector,
        Organization.city,
        Organization.parent_id,
        _parent_name(),
        _person_count(),
        _first_contact(ContactKind.EMAIL),
        _first_contact(ContactKind.PHONE),
        Organization.version,
    ).where(Organization.id.in_(ids))
    rows: dict[int, OrganizationRow] = {}
    for r in session.execute(query):
        rows[r[0]] = OrganizationRow(
            id=r[0],
            name=r[1],
            acronym=r[2] or "",
            country=Country(r[3]),
            level=OrgLevel(r[4]) if r[4] else None,
            sector=r[5] or "",
            city=r[6] or "",
            parent_id=r[7],
            parent_name=r[8] or "",
            person_count=r[9] or 0,
            email=r[10] or "",
            phone=display_phone(r[11]) if r[11] else "",
            version=r[12],
        )
    return [rows[i] for i in ids if i in rows]


def list_organizations(session: Session) -> list[OrganizationRow]:
    ids = organization_ids(session)
    return [
        row
        for start in range(0, len(ids), 5000)
        for row in organization_rows(session, ids[start : start + 5000])
    ]


def organization_choices(session: Session) -> list[OrganizationChoice]:
    query = select(Organization).order_by(Organization.name_key)
    return [OrganizationChoice(o.id, _label(o), Country(o.country)) for o in session.scalars(query)]


def get_organization(session: Session, organization_id: int) -> OrganizationDetail:
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFoundError(tr("Organisation"), organization_id)
    data = OrganizationInput(
        name=org.name,
        acronym=org.acronym or "",
        country=Country(org.country),
        level=OrgLevel(org.level) if org.level else None,
        sector=org.sector or "",
        region=org.region or "",
        department=org.department or "",
        city=org.city or "",
        parent_id=org.parent_id,
        website=org.website or "",
        notes=org.notes,
        contacts=to_inputs(org.contact_points),
    )
    members = session.scalars(
        select(Person).where(Person.organization_id == org.id).order_by(Person.name_key)
    )
    return OrganizationDetail(
        id=org.id,
        version=org.version,
        data=data,
        parent_name=org.parent.name if org.parent else "",
        children=tuple(sorted((c.id, c.name) for c in org.children)),
        members=tuple((p.id, f"{p.first_name} {p.last_name}".strip()) for p in members),
        contacts=to_views(org.contact_points),
    )


def _ancestors(session: Session, organization_id: int) -> set[int]:
    seen: set[int] = set()
    current: int | None = organization_id
    while current is not None and current not in seen:
        seen.add(current)
        current = session.scalar(select(Organization.parent_id).where(Organization.id == current))
    return seen


def _validated(session: Session, data: OrganizationInput, organization_id: int | None) -> NormalizedContacts:
    problems: list[FieldProblem] = []
    if not data.name.strip():
        problems.append(FieldProblem("name", tr("Le nom de l'organisation est obligatoire.")))
    if data.parent_id is not None:
        if session.get(Organization, data.parent_id) is None:
            problems.append(FieldProblem("parent_id", tr("L'organisation mère n'existe plus.")))
        elif organization_id is not None and organization_id in _ancestors(session, data.parent_id):
            problems.append(
                FieldProblem(
                    "parent_id",
                    tr("Une organisation ne peut pas dépendre d'elle-même ou d'une de ses filiales."),
                )
            )
    contacts = normalize_contacts(data.contacts, data.country, problems)
    if problems:
        raise ValidationError(problems)
    return contacts


def _apply(org: Organization, data: OrganizationInput, contacts: NormalizedContacts) -> None:
    org.name = data.name.strip()
    org.name_key = fold(org.name)
    org.acronym = data.acronym.strip() or None
    org.country = data.country
    org.level = data.level
    org.sector = data.sector.strip() or None
    org.region = data.region.strip() or None
    org.department = data.department.strip() or None
    org.city = data.city.strip() or None
    org.parent_id = data.parent_id
    org.website = data.website.strip() or None
    org.notes = data.notes
    org.contact_points = to_rows(contacts)


def add_organization(session: Session, data: OrganizationInput) -> Outcome[int]:
    contacts = _validated(session, data, None)
    org = Organization()
    _apply(org, data, contacts)
    session.add(org)
    session.flush()
    return Outcome(org.id, CHANGED)


def update_organization(
    session: Session, organization_id: int, data: OrganizationInput, expected_version: int
) -> Outcome[int]:
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFoundError(tr("Organisation"), organization_id)
    if org.version != expected_version:
        raise ConflictError(tr("Organisation"), organization_id, expected_version, org.version)
    contacts = _validated(session, data, organization_id)
    with stale_is_conflict(tr("Organisation"), organization_id, expected_version):
        _apply(org, data, contacts)
        session.flush()
    return Outcome(org.id, CHANGED | Changes(persons=True))


def delete_organization(session: Session, organization_id: int) -> Outcome[None]:
    """Delete; its members keep their record without an organization, its children lose
    their parent (the foreign keys say SET NULL)."""
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFoundError(tr("Organisation"), organization_id)
    for person in org.persons:
        person.organization_id = None
    for child in org.children:
        child.parent_id = None
    session.delete(org)
    session.flush()
    return Outcome(None, CHANGED | Changes(persons=True, exchanges=True))

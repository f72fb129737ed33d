"""Use cases on persons: list, read, add, update, delete.

The Personnes table is lazy: :func:`person_ids` returns the ids of the current query, sorted
and filtered by the database, and :func:`person_rows` reads one page of rows by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind, Country
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import tr
from reseau.core.normalize import display_name
from reseau.core.normalize import name_key as name_key  # re-exported: the services' name
from reseau.core.outcome import Outcome
from reseau.core.phone_display import display_phone
from reseau.db.models import ContactPoint, Organization, Person, Tag
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

CHANGED = Changes(persons=True)


@dataclass(frozen=True)
class PersonRow:
    """One line of the Personnes table."""

    id: int
    first_name: str
    last_name: str
    title: str
    organization_id: int | None
    organization_name: str
    country: Country
    email: str
    phone: str
    do_not_contact: bool
    version: int

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class PersonInput:
    """What a user can set on a person (the dialog's DTO)."""

    last_name: str
    first_name: str = ""
    title: str = ""
    organization_id: int | None = None
    department: str = ""  # the service within the organization
    country: Country = Country.QUEBEC
    sectors: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    notes: str = ""
    source: str = ""
    consent_basis: str = ""
    do_not_contact: bool = False
    follow_up_days: int | None = None
    contacts: tuple[ContactInput, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonDetail:
    id: int
    version: int
    data: PersonInput
    organization_name: str
    contacts: tuple[ContactView, ...]
    theme_titles: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return display_name(self.data.first_name, self.data.last_name)


def _first_contact(kind: ContactKind) -> Any:
    return (
        select(ContactPoint.value)
        .where(ContactPoint.person_id == Person.id, ContactPoint.kind == kind)
        .order_by(ContactPoint.id)
        .limit(1)
        .scalar_subquery()
    )


def _organization_key() -> Any:
    return select(Organization.name_key).where(Organization.id == Person.organization_id).scalar_subquery()


# The columns the Personnes table can be sorted on, as SQL (the database sorts, not the view).
PERSON_SORTS: dict[str, Any] = {
    "name": Person.name_key,
    "first_name": func.lower(Person.first_name),
    "title": func.lower(func.coalesce(Person.title, "")),
    "organization": func.coalesce(_organization_key(), ""),
    "country": Person.country,
    "email": func.lower(func.coalesce(_first_contact(ContactKind.EMAIL), "")),
    "phone": func.coalesce(_first_contact(ContactKind.PHONE), ""),
}


def person_ids(
    session: Session,
    text: str = "",
    sort: str = "name",
    descending: bool = False,
    organization_id: int | None = None,
) -> list[int]:
    """The ids of the persons matching ``text`` (global-search rules), in table order."""
    key = PERSON_SORTS[sort]
    query = select(Person.id).order_by(key.desc() if descending else key, Person.id)
    matching = matching_ids(session, HitKind.PERSON, text)
    if matching is not None:
        query = query.where(Person.id.in_(matching))
    if organization_id is not None:
        query = query.where(Person.organization_id == organization_id)
    return id_list(session, query)


def _rows_query() -> Any:
    return select(
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.title,
        Person.organization_id,
        Organization.name,
        Person.country,
        _first_contact(ContactKind.EMAIL),
        _first_contact(ContactKind.PHONE),
        Person.do_not_contact,
        Person.version,
    ).outerjoin(Organization, Organization.id == Person.organization_id)


def _to_rows(session: Session, query: Any) -> list[PersonRow]:
    # Core rows through the connection: the ORM's per-row work is not needed for plain columns.
    return [
        PersonRow(
            id=r[0],
            first_name=r[1],
            last_name=r[2],
            title=r[3] or "",
            organization_id=r[4],
            organization_name=r[5] or "",
            country=Country(r[6]),
            email=r[7] or "",
            phone=display_phone(r[8]) if r[8] else "",
            do_not_contact=bool(r[9]),
            version=r[10],
        )
        for r in session.connection().execute(query)
    ]


def person_rows(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """The rows of ``ids``, in that order (ids deleted meanwhile are left out)."""
    rows = {row.id: row for row in _to_rows(session, _rows_query().where(Person.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def list_persons(session: Session, organization_id: int | None = None) -> list[PersonRow]:
    """Every person (of an organization), in name order: one query, for exports."""
    query = _rows_query().order_by(Person.name_key, Person.id)
    if organization_id is not None:
        query = query.where(Person.organization_id == organization_id)
    return _to_rows(session, query)


def get_person(session: Session, person_id: int) -> PersonDetail:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr("Personne"), person_id)
    data = PersonInput(
        last_name=person.last_name,
        first_name=person.first_name,
        title=person.title or "",
        organization_id=person.organization_id,
        department=person.department or "",
        country=Country(person.country),
        sectors=tuple(person.sectors or ()),
        roles=tuple(person.roles or ()),
        languages=tuple(person.languages or ()),
        notes=person.notes,
        source=person.source,
        consent_basis=person.consent_basis,
        do_not_contact=person.do_not_contact,
        follow_up_days=person.follow_up_days,
        contacts=to_inputs(person.contact_points),
        tags=tuple(sorted(t.name for t in person.tags)),
    )
    return PersonDetail(
        id=person.id,
        version=person.version,
        data=data,
        organization_name=person.organization.name if person.organization else "",
        contacts=to_views(person.contact_points),
        theme_titles=tuple(t.title for t in person.themes),
    )


def _validated(session: Session, data: PersonInput) -> NormalizedContacts:
    problems: list[FieldProblem] = []
    if not data.last_name.strip():
        problems.append(FieldProblem("last_name", tr("Le nom de famille est obligatoire.")))
    if data.organization_id is not None and session.get(Organization, data.organization_id) is None:
        problems.append(FieldProblem("organization_id", tr("Cette organisation n'existe plus.")))
    if data.follow_up_days is not None and data.follow_up_days <= 0:
        problems.append(FieldProblem("follow_up_days", tr("La cadence de relance doit être positive.")))
    contacts = normalize_contacts(data.contacts, data.country, problems)
    if problems:
        raise ValidationError(problems)
    return contacts


def _tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    tags: list[Tag] = []
    for name in sorted({n.strip() for n in names if n.strip()}):
        tag = session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags


def _apply(session: Session, person: Person, data: PersonInput, contacts: NormalizedContacts) -> None:
    person.first_name = data.first_name.strip()
    person.last_name = data.last_name.strip()
    person.name_key = name_key(person.first_name, person.last_name)
    person.title = data.title.strip() or None
    person.department = data.department.strip() or None
    person.organization_id = data.organization_id
    person.country = data.country
    person.sectors = list(data.sectors)
    person.roles = list(data.roles)
    person.languages = list(data.languages)
    person.notes = data.notes
    person.source = data.source.strip()
    person.consent_basis = data.consent_basis.strip()
    person.do_not_contact = data.do_not_contact
    person.follow_up_days = data.follow_up_days
    person.contact_points = to_rows(contacts)
    person.tags = _tags(session, data.tags)


def add_person(session: Session, data: PersonInput) -> Outcome[int]:
    contacts = _validated(session, data)
    person = Person()
    _apply(session, person, data, contacts)
    session.add(person)
    session.flush()
    return Outcome(person.id, CHANGED)


def update_person(session: Session, person_id: int, data: PersonInput, expected_version: int) -> Outcome[int]:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr("Personne"), person_id)
    if person.version != expected_version:
        raise ConflictError(tr("Personne"), person_id, expected_version, person.version)
    contacts = _validated(session, data)
    with stale_is_conflict(tr("Personne"), person_id, expected_version):
        _apply(session, person, data, contacts)
        session.flush()
    return Outcome(person.id, CHANGED)


def delete_person(session: Session, person_id: int) -> Outcome[None]:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr("Personne"), person_id)
    session.delete(person)
    session.flush()
    return Outcome(None, CHANGED | Changes(exchanges=True, interactions=True, agenda=True))

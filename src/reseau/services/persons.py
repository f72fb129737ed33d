"""Use cases on persons: list, read, add, update, delete."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind, Country
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.normalize import display_name, fold
from reseau.core.outcome import Outcome
from reseau.db.models import Organization, Person, Tag
from reseau.services.contacts import (
    ContactInput,
    ContactView,
    NormalizedContacts,
    first_of,
    normalize_contacts,
    to_rows,
    to_views,
)

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


def name_key(first_name: str, last_name: str) -> str:
    return fold(f"{last_name} {first_name}")


def _row(person: Person) -> PersonRow:
    org = person.organization
    return PersonRow(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        title=person.title or "",
        organization_id=person.organization_id,
        organization_name=org.name if org else "",
        country=Country(person.country),
        email=first_of(person.contact_points, ContactKind.EMAIL),
        phone=first_of(person.contact_points, ContactKind.PHONE),
        do_not_contact=person.do_not_contact,
        version=person.version,
    )


def list_persons(session: Session, organization_id: int | None = None) -> list[PersonRow]:
    query = (
        select(Person)
        .options(selectinload(Person.organization), selectinload(Person.contact_points))
        .order_by(Person.name_key, Person.id)
    )
    if organization_id is not None:
        query = query.where(Person.organization_id == organization_id)
    return [_row(p) for p in session.scalars(query)]


def get_person(session: Session, person_id: int) -> PersonDetail:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("Personne", person_id)
    data = PersonInput(
        last_name=person.last_name,
        first_name=person.first_name,
        title=person.title or "",
        organization_id=person.organization_id,
        country=Country(person.country),
        sectors=tuple(person.sectors or ()),
        roles=tuple(person.roles or ()),
        languages=tuple(person.languages or ()),
        notes=person.notes,
        source=person.source,
        consent_basis=person.consent_basis,
        do_not_contact=person.do_not_contact,
        follow_up_days=person.follow_up_days,
        contacts=tuple(ContactInput(ContactKind(c.kind), c.value, c.label) for c in person.contact_points),
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
        problems.append(FieldProblem("last_name", "Le nom de famille est obligatoire."))
    if data.organization_id is not None and session.get(Organization, data.organization_id) is None:
        problems.append(FieldProblem("organization_id", "Cette organisation n'existe plus."))
    if data.follow_up_days is not None and data.follow_up_days <= 0:
        problems.append(FieldProblem("follow_up_days", "La cadence de relance doit être positive."))
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
        raise NotFoundError("Personne", person_id)
    if person.version != expected_version:
        raise ConflictError("Personne", person_id, expected_version, person.version)
    contacts = _validated(session, data)
    _apply(session, person, data, contacts)
    session.flush()
    return Outcome(person.id, CHANGED)


def delete_person(session: Session, person_id: int) -> Outcome[None]:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("Personne", person_id)
    session.delete(person)
    session.flush()
    return Outcome(None, CHANGED | Changes(exchanges=True, interactions=True, agenda=True))

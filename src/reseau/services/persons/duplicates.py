"""Find likely duplicate persons, merge two of them keeping every link, or mark them as distinct.

Likely duplicates share a folded name (accents, case, hyphens, "St-"/"Saint-" ignored: see
``core.normalize.fold``), an e-mail address or an E.164 phone number. Merging moves *every* row
that points at the dropped person (exchange participants, journal, themes, tags, agenda speakers
and attendees, and any table added later) by following the foreign keys of the metadata.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind
from reseau.core.errors import NotFoundError, ReseauError
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name, format_phone
from reseau.core.outcome import Outcome
from reseau.db.models import Base, ContactPoint, NotDuplicate, Person
from reseau.services.persons.records import name_key

MAX_GROUP = 25  # a key shared by more persons is not a duplicate signal ("info@...")
# Why two persons look alike: stable codes in DuplicatePair.reasons, and their words.
REASON_LABELS: dict[str, Message] = {
    "nom": tr("même nom"),
    "courriel": tr("même courriel"),
    "téléphone": tr("même téléphone"),
}
MERGEABLE = (
    "first_name",
    "last_name",
    "title",
    "organization",
    "country",
    "notes",
    "source",
    "consent_basis",
)


@dataclass(frozen=True)
class PersonBrief:
    id: int
    first_name: str
    last_name: str
    title: str
    organization_id: int | None
    organization: str
    country: str
    notes: str
    source: str
    consent_basis: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    version: int

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class DuplicatePair:
    a: PersonBrief
    b: PersonBrief
    reasons: tuple[str, ...] = field(default=())


def _brief(person: Person) -> PersonBrief:
    points = person.contact_points
    return PersonBrief(
        id=person.id,
        first_name=person.first_name,
        last_name=person.last_name,
        title=person.title or "",
        organization_id=person.organization_id,
        organization=person.organization.name if person.organization else "",
        country=str(person.country),
        notes=person.notes,
        source=person.source,
        consent_basis=person.consent_basis,
        emails=tuple(p.value for p in points if p.kind == ContactKind.EMAIL),
        phones=tuple(format_phone(p.value) for p in points if p.kind == ContactKind.PHONE),
        version=person.version,
    )


def find_duplicates(session: Session) -> list[DuplicatePair]:
    groups: dict[tuple[str, str], list[int | None]] = defaultdict(list)
    for pid, first, last in session.execute(select(Person.id, Person.first_name, Person.last_name)):
        # Recomputed rather than read: rows imported by older code may have another key.
        groups[("nom", name_key(first, last))].append(pid)
    for owner, kind, normalized in session.execute(
        select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.normalized).where(
            ContactPoint.person_id.is_not(None),
            ContactPoint.kind.in_([ContactKind.EMAIL, ContactKind.PHONE]),
            ContactPoint.normalized != "",
        )
    ):
        groups[("courriel" if kind == ContactKind.EMAIL else "téléphone", normalized)].append(owner)
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    for (what, _), ids in groups.items():
        unique = sorted({i for i in ids if i is not None})
        if 1 < len(unique) <= MAX_GROUP:
            for a, b in combinations(unique, 2):
                if what not in reasons[(a, b)]:
                    reasons[(a, b)].append(what)
    apart = {(a, b) for a, b in session.execute(select(NotDuplicate.person_a_id, NotDuplicate.person_b_id))}
    pairs = [key for key in reasons if key not in apart]
    wanted = {i for pair in pairs for i in pair}
    persons = {
        p.id: _brief(p)
        for p in session.scalars(
            select(Person)
            .where(Person.id.in_(wanted))
            .options(selectinload(Person.contact_points), selectinload(Person.organization))
        )
    }
    result = [DuplicatePair(persons[a], persons[b], tuple(reasons[(a, b)])) for a, b in pairs]
    return sorted(result, key=lambda p: (-len(p.reasons), name_key(p.a.first_name, p.a.last_name)))


def mark_not_duplicate(session: Session, first_id: int, second_id: int) -> Outcome[None]:
    a, b = sorted((first_id, second_id))
    if a == b:
        raise ReseauError(tr("Une personne ne peut pas être son propre doublon."))
    if session.get(NotDuplicate, (a, b)) is None:
        session.add(NotDuplicate(person_a_id=a, person_b_id=b))
        session.flush()
    return Outcome(None, Changes(persons=True))


def merge_persons(
    session: Session, keep_id: int, drop_id: int, take_from_drop: frozenset[str] = frozenset()
) -> Outcome[int]:
    """Merge ``drop_id`` into ``keep_id``; fields named in ``take_from_drop`` come from the other.

    Contact points, tags, themes and every link are united; the dropped person is deleted.
    """
    if keep_id == drop_id:
        raise ReseauError(tr("Choisissez deux personnes différentes."))
    keep, drop = session.get(Person, keep_id), session.get(Person, drop_id)
    if keep is None or drop is None:
        raise NotFoundError(tr("Personne"), drop_id if keep is not None else keep_id)
    for name in take_from_drop:
        if name == "organization":
            keep.organization_id = drop.organization_id
        elif name in MERGEABLE:
            setattr(keep, name, getattr(drop, name))
    keep.name_key = name_key(keep.first_name, keep.last_name)
    keep.do_not_contact = keep.do_not_contact or drop.do_not_contact  # the stricter wins
    for attr in ("sectors", "roles", "languages"):
        setattr(keep, attr, sorted(set(getattr(keep, attr) or []) | set(getattr(drop, attr) or [])))
    if keep.follow_up_days is None:
        keep.follow_up_days = drop.follow_up_days
    if not keep.notes and drop.notes:
        keep.notes = drop.notes
    if not keep.department and drop.department:  # issue 14.4: not lost with the dropped record
        keep.department = drop.department
    session.flush()
    # Contact points the kept person already has are dropped; the others move with the links.
    have = set(session.scalars(select(ContactPoint.normalized).where(ContactPoint.person_id == keep_id)))
    session.execute(
        delete(ContactPoint).where(ContactPoint.person_id == drop_id, ContactPoint.normalized.in_(have))
    )
    _move_links(session, keep_id, drop_id)
    session.expunge(drop)
    session.execute(delete(Person).where(Person.id == drop_id))
    session.execute(
        delete(NotDuplicate).where(
            (NotDuplicate.person_a_id == drop_id) | (NotDuplicate.person_b_id == drop_id)
        )
    )
    session.flush()
    session.expire_all()
    return Outcome(
        keep_id, Changes(persons=True, exchanges=True, interactions=True, agenda=True, themes=True, tags=True)
    )


def _move_links(session: Session, keep_id: int, drop_id: int) -> None:
    """Point every foreign key to person ``drop_id`` at ``keep_id``; rows that would then be
    duplicates of an existing link (same exchange and role, same tag...) are deleted instead."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    for table in Base.metadata.sorted_tables:
        if table.name in ("person", "not_duplicate"):
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name != "person":
                continue
            column = fk.parent
            if sqlite:
                session.execute(
                    text(
                        f'UPDATE OR IGNORE "{table.name}" SET "{column.name}" = :keep '
                        f'WHERE "{column.name}" = :drop'
                    ),
                    {"keep": keep_id, "drop": drop_id},
                )
            else:  # pragma: no cover - PostgreSQL: one savepoint per table is enough here
                with session.begin_nested():
                    session.execute(update(table).where(column == drop_id).values({column.name: keep_id}))
            session.execute(delete(table).where(column == drop_id))

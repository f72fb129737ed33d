"""Find duplicate persons by the identity rule, merge two of them keeping every link, or mark
them as distinct.

Who is the same person is decided by ``core.identity`` (the same e-mail; or the same folded
name with the same organization, phone or e-mail domain), the rule the import follows: every
pair it would merge is listed as *the same person*, and every pair it would report as a possible
duplicate (a name alone, a phone alone) is listed as *to review*, each with its evidence.
Merging moves *every* row that points at the dropped person (exchange participants, journal,
themes, tags, agenda speakers and attendees, and any table added later) by following the
foreign keys of the metadata.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import ContactKind
from reseau.core.errors import NotFoundError, ReseauError
from reseau.core.identity import (
    EVIDENCE_LABELS,
    SAME_PERSON,
    Evidence,
    Identity,
    evidence,
    possible_keys,
    sure_keys,
)
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name, format_phone
from reseau.core.outcome import Outcome
from reseau.db.models import Base, ContactPoint, NotDuplicate, Organization, Person
from reseau.services.persons.records import name_key

# A key shared by more persons (a switchboard, « info@… ») pairs each of them with the first
# one only, as the import does, instead of every two of them.
MAX_GROUP = 25
# Why two persons look alike: the codes of DuplicatePair.evidence, and their words.
REASON_LABELS: dict[Evidence, Message] = EVIDENCE_LABELS
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
    # Everything the two share (core.identity.evidence), strongest first.
    evidence: tuple[Evidence, ...] = field(default=())

    @property
    def same_person(self) -> bool:
        """True when the import would take them for one person; False: a possible duplicate."""
        return bool(self.evidence) and self.evidence[0] in SAME_PERSON


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


def identities(session: Session) -> dict[int, Identity]:
    """Every person's identity keys (``core.identity``), in id order: three queries."""
    points: dict[int, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for owner, kind, normalized in session.execute(
        select(ContactPoint.person_id, ContactPoint.kind, ContactPoint.normalized).where(
            ContactPoint.person_id.is_not(None),
            ContactPoint.kind.in_([ContactKind.EMAIL, ContactKind.PHONE]),
            ContactPoint.normalized != "",
        )
    ):
        if owner is not None:
            points[owner][0 if kind == ContactKind.EMAIL else 1].append(normalized)
    result: dict[int, Identity] = {}
    for pid, first, last, org_key in session.execute(
        select(Person.id, Person.first_name, Person.last_name, Organization.name_key)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(Person.id)
    ):
        emails, phones = points.get(pid, ([], []))
        # Recomputed rather than read: rows written by older code may have another key.
        name = name_key(first, last) if first.strip() and last.strip() else ""
        result[pid] = Identity(name, org_key or "", tuple(emails), tuple(phones))
    return result


def _candidates(groups: Iterable[list[int]]) -> Iterator[tuple[int, int]]:
    for group in groups:
        ids = list(dict.fromkeys(group))
        if len(ids) <= MAX_GROUP:
            yield from combinations(ids, 2)
        else:
            yield from ((ids[0], other) for other in ids[1:])


def find_duplicates(session: Session) -> list[DuplicatePair]:
    """Pairs of persons the identity rule finds alike: the same person first, then the
    possible duplicates to review; pairs marked « pas un doublon » are left out."""
    people = identities(session)
    groups: dict[str, list[int]] = defaultdict(list)
    for pid, identity in people.items():
        # Sure and possible keys never collide (core.identity), so one dict holds both.
        for _, key in (*sure_keys(identity), *possible_keys(identity)):
            groups[key].append(pid)
    apart = {(a, b) for a, b in session.execute(select(NotDuplicate.person_a_id, NotDuplicate.person_b_id))}
    found: dict[tuple[int, int], tuple[Evidence, ...]] = {}
    for first, second in _candidates(g for g in groups.values() if len(g) > 1):
        pair = (first, second) if first < second else (second, first)
        if pair in found or pair in apart:
            continue
        why = evidence(people[pair[0]], people[pair[1]])
        if why:
            found[pair] = why
    wanted = sorted({i for pair in found for i in pair})
    persons: dict[int, PersonBrief] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        persons.update(
            (p.id, _brief(p))
            for p in session.scalars(
                select(Person)
                .where(Person.id.in_(chunk))
                .options(selectinload(Person.contact_points), selectinload(Person.organization))
            )
        )
    result = [DuplicatePair(persons[a], persons[b], why) for (a, b), why in found.items()]
    order = list(Evidence)
    return sorted(
        result,
        key=lambda p: (order.index(p.evidence[0]), name_key(p.a.first_name, p.a.last_name), p.a.id, p.b.id),
    )


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

"""The figures of a mission review ("Bilan de mission") and of each delegate's personal file.

The review follows the 2005 report's "retour sur les objectifs": each objective with its
assessment and evidence, who was met (by city), the agenda as it happened and the follow-ups
opened since. A delegate's file holds the slots the delegate attends, the hosts and speakers met
there with their contact details, and the mission's briefing text.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.addresses import PostalAddress
from reseau.core.enums import (
    Activity,
    ContactKind,
    Direction,
    ExchangeKind,
    FollowUpState,
    HalfDay,
    InteractionKind,
    ParticipantRole,
)
from reseau.core.errors import NotFoundError, ReseauError
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name, fold, format_phone
from reseau.db.models import AgendaSlot, ContactPoint, Exchange, Interaction, Organization, Person
from reseau.db.models.links import interaction_organizations, interaction_persons
from reseau.services.indicators.annual_report import ObjectiveLine, date_span, objective_lines

_HALF_DAY_ORDER = {h: i for i, h in enumerate(HalfDay)}


@dataclass(frozen=True)
class MissionChoice:
    id: int
    title: str
    start: date | None
    end: date | None

    @property
    def dates(self) -> Message:
        return date_span(self.start, self.end)


@dataclass(frozen=True)
class SlotLine:
    day: date
    half_day: HalfDay
    times: str
    activity: Activity
    title: str
    place: str
    host: str
    speakers: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class CityGroup:
    city: str | None  # None: no city known (the report says so in its language)
    organizations: tuple[str, ...]
    persons: tuple[str, ...]


@dataclass(frozen=True)
class FollowUpLine:
    occurred_on: date
    kind: InteractionKind
    summary: str
    persons: tuple[str, ...]
    follow_up_on: date | None
    state: FollowUpState


@dataclass(frozen=True)
class MissionReview:
    id: int
    title: str
    start: date | None
    end: date | None
    direction: Direction | None
    description: str
    outcome: str
    objectives: tuple[ObjectiveLine, ...]
    met: tuple[CityGroup, ...]
    slots: tuple[SlotLine, ...]
    follow_ups: tuple[FollowUpLine, ...]
    # The delegation, for the cover: "Marguerite Blais (Conseil de la famille et de l'enfance)"
    delegation: tuple[str, ...] = ()

    @property
    def dates(self) -> Message:
        return date_span(self.start, self.end)


@dataclass(frozen=True)
class ContactCard:
    name: str
    role: ParticipantRole
    organization: str
    details: tuple[Message, ...]  # "courriel : x@y.fr" / "e-mail: x@y.fr"


@dataclass(frozen=True)
class DelegateBrief:
    person_id: int
    name: str
    organization: str
    mission_title: str
    mission_start: date | None
    mission_end: date | None
    slots: tuple[SlotLine, ...]
    contacts: tuple[ContactCard, ...]
    briefing_html: str

    @property
    def mission_dates(self) -> Message:
        return date_span(self.mission_start, self.mission_end)


class AmbiguousMissionError(ReseauError):
    def __init__(self, ref: str, titles: list[str]) -> None:
        super().__init__(
            tr("« {ref} » désigne plusieurs missions : {missions}", ref=ref, missions=" ; ".join(titles))
        )


def list_missions(session: Session) -> tuple[MissionChoice, ...]:
    rows = session.scalars(
        select(Exchange).where(Exchange.kind == ExchangeKind.MISSION).order_by(Exchange.start_date.desc())
    )
    return tuple(MissionChoice(x.id, x.title, x.start_date, x.end_date) for x in rows)


def find_mission(session: Session, ref: str) -> int:
    """A mission by id, by year (``2005``) or by a piece of its title (accents and case ignored)."""
    ref = ref.strip()
    if ref.isdigit():
        mission = session.get(Exchange, int(ref))
        if mission is not None and mission.kind == ExchangeKind.MISSION:
            return mission.id
    wanted = fold(ref)
    found = [
        m
        for m in session.scalars(select(Exchange).where(Exchange.kind == ExchangeKind.MISSION))
        if wanted
        and (wanted in fold(m.title) or (m.start_date is not None and str(m.start_date.year) == ref))
    ]
    if not found:
        raise NotFoundError(tr("Mission"), ref)
    if len(found) > 1:
        raise AmbiguousMissionError(ref, [f"{m.id} : {m.title}" for m in found])
    return found[0].id


def _mission(session: Session, mission_id: int) -> Exchange:
    mission = session.get(
        Exchange,
        mission_id,
        options=[
            selectinload(Exchange.objectives),
            selectinload(Exchange.slots).selectinload(AgendaSlot.speakers),
            selectinload(Exchange.slots).selectinload(AgendaSlot.attendees),
            selectinload(Exchange.participants),
            selectinload(Exchange.organizations),
        ],
    )
    if mission is None:
        raise NotFoundError(tr("Mission"), mission_id)
    return mission


def _ordered_slots(mission: Exchange) -> list[AgendaSlot]:
    return sorted(
        mission.slots,
        key=lambda s: (s.day, _HALF_DAY_ORDER.get(HalfDay(s.half_day), 9), s.start_time or s.day, s.id),
    )


def _slot_line(slot: AgendaSlot) -> SlotLine:
    times = ""
    if slot.start_time is not None:
        times = f"{slot.start_time:%H:%M}" + (f"–{slot.end_time:%H:%M}" if slot.end_time else "")
    return SlotLine(
        day=slot.day,
        half_day=HalfDay(slot.half_day),
        times=times,
        activity=Activity(slot.activity),
        title=slot.title,
        place=", ".join(p for p in (slot.place, slot.city) if p),
        host=slot.host_organization.name if slot.host_organization else "",
        speakers=tuple(display_name(p.first_name, p.last_name) for p in slot.speakers),
        notes=slot.notes,
    )


def _person_line(person: Person) -> str:
    text = display_name(person.first_name, person.last_name)
    extra = ", ".join(
        x for x in (person.title or "", person.organization.name if person.organization else "") if x
    )
    return f"{text} ({extra})" if extra else text


def _org_place(org: Organization | None) -> str | None:
    """Where an organization is: its city, else its postal address's city, else its
    department or region (the 2005 report names some only so); None when nothing says."""
    if org is None:
        return None
    if org.city:
        return org.city
    for point in org.contact_points:
        address = PostalAddress.from_json(point.address) if point.kind == ContactKind.ADDRESS else None
        if address is not None and address.city:
            return address.city
    return org.department or org.region or None


def _met(mission: Exchange) -> tuple[CityGroup, ...]:
    orgs: dict[str | None, set[str]] = defaultdict(set)
    persons: dict[str | None, set[str]] = defaultdict(set)
    hosted_in = {s.host_organization_id: s.city for s in mission.slots if s.host_organization_id and s.city}
    host_orgs = [o.organization for o in mission.organizations if o.role == "host"]
    for org in host_orgs:
        orgs[hosted_in.get(org.id) or _org_place(org)].add(org.name)
    for slot in mission.slots:
        city = slot.city or _org_place(slot.host_organization)
        if slot.host_organization is not None:
            orgs[city].add(slot.host_organization.name)
        for speaker in slot.speakers:
            persons[city].add(_person_line(speaker))
    for part in mission.participants:
        if part.role in (ParticipantRole.HOST, ParticipantRole.SPEAKER):
            person = part.person
            known = any(_person_line(person) in names for names in persons.values())
            if not known:
                persons[_org_place(person.organization)].add(_person_line(person))
    cities = sorted(set(orgs) | set(persons), key=lambda c: (c is None, fold(c or "")))
    return tuple(
        CityGroup(c, tuple(sorted(orgs[c], key=fold)), tuple(sorted(persons[c], key=fold))) for c in cities
    )


def _follow_ups(session: Session, mission: Exchange) -> tuple[FollowUpLine, ...]:
    """Entries of the mission, and later entries with someone the mission involved."""
    person_ids = {p.person_id for p in mission.participants}
    person_ids |= {p.id for s in mission.slots for p in s.speakers}
    org_ids = {o.organization_id for o in mission.organizations}
    org_ids |= {s.host_organization_id for s in mission.slots if s.host_organization_id}
    since = mission.end_date or mission.start_date
    later = Interaction.id.in_(
        select(interaction_persons.c.interaction_id).where(interaction_persons.c.person_id.in_(person_ids))
    ) | Interaction.id.in_(
        select(interaction_organizations.c.interaction_id).where(
            interaction_organizations.c.organization_id.in_(org_ids)
        )
    )
    conditions = [Interaction.exchange_id == mission.id]
    if since is not None:
        conditions.append((Interaction.occurred_on >= since) & later)
    entries = session.scalars(
        select(Interaction)
        .where(or_(*conditions), Interaction.follow_up_state != FollowUpState.NONE)
        .options(selectinload(Interaction.persons))
        .order_by(Interaction.occurred_on, Interaction.id)
    )
    return tuple(
        FollowUpLine(
            occurred_on=e.occurred_on,
            kind=InteractionKind(e.kind),
            summary=e.summary,
            persons=tuple(display_name(p.first_name, p.last_name) for p in e.persons),
            follow_up_on=e.follow_up_on,
            state=FollowUpState(e.follow_up_state),
        )
        for e in entries
    )


def mission_review(session: Session, mission_id: int) -> MissionReview:
    mission = _mission(session, mission_id)
    return MissionReview(
        id=mission.id,
        title=mission.title,
        start=mission.start_date,
        end=mission.end_date,
        direction=Direction(mission.direction) if mission.direction else None,
        description=mission.description,
        outcome=mission.outcome,
        objectives=objective_lines(mission),
        met=_met(mission),
        slots=tuple(_slot_line(s) for s in _ordered_slots(mission)),
        follow_ups=_follow_ups(session, mission),
        delegation=_delegation(mission),
    )


def _delegation(mission: Exchange) -> tuple[str, ...]:
    """The delegates and coordinators, in name order, each with the organization."""
    people = {
        p.person_id: p.person
        for p in mission.participants
        if p.role in (ParticipantRole.DELEGATE, ParticipantRole.COORDINATOR)
    }
    lines = []
    for person in sorted(people.values(), key=lambda p: p.name_key):
        name = display_name(person.first_name, person.last_name)
        lines.append(f"{name} ({person.organization.name})" if person.organization else name)
    return tuple(lines)


def _details(points: list[ContactPoint]) -> list[Message]:
    lines = []
    for point in points:
        address = PostalAddress.from_json(point.address) if point.kind == ContactKind.ADDRESS else None
        if point.kind == ContactKind.PHONE and point.normalized:
            value = format_phone(point.normalized) + (f" ({point.extension})" if point.extension else "")
        else:
            value = ", ".join((address.formatted() if address else point.value).splitlines())
        # The coordinators' own label is data; the kind's words follow the reader's language.
        kind: str | ContactKind = point.label or ContactKind(point.kind)
        lines.append(tr("{kind} : {value}", kind=kind, value=value))
    return lines


def _person_card(person: Person, role: ParticipantRole) -> ContactCard:
    org = person.organization
    details = _details(person.contact_points) or (_details(org.contact_points) if org else [])
    return ContactCard(
        name=display_name(person.first_name, person.last_name),
        role=role,
        organization=", ".join(x for x in (person.title or "", org.name if org else "") if x),
        details=tuple(details),
    )


def _org_card(org: Organization) -> ContactCard:
    address = _org_place(org) or ""
    return ContactCard(
        name=org.name,
        role=ParticipantRole.HOST,
        organization=address,
        details=tuple(_details(org.contact_points)),
    )


def delegate_briefs(session: Session, mission_id: int) -> tuple[DelegateBrief, ...]:
    """One file per delegate (and coordinator) of the mission, in name order."""
    mission = _mission(session, mission_id)
    delegates: dict[int, Person] = {}
    for part in mission.participants:
        if part.role in (ParticipantRole.DELEGATE, ParticipantRole.COORDINATOR):
            delegates[part.person_id] = part.person
    slots = _ordered_slots(mission)
    briefs = []
    for person in sorted(delegates.values(), key=lambda p: p.name_key):
        own = [s for s in slots if s.all_delegates or any(a.id == person.id for a in s.attendees)]
        cards: dict[tuple[str, str], ContactCard] = {}
        for slot in own:
            if slot.host_organization is not None:
                card = _org_card(slot.host_organization)
                cards.setdefault((card.name, "org"), card)
            for speaker in slot.speakers:
                card = _person_card(speaker, ParticipantRole.SPEAKER)
                cards.setdefault((card.name, card.organization), card)
        briefs.append(
            DelegateBrief(
                person_id=person.id,
                name=display_name(person.first_name, person.last_name),
                organization=person.organization.name if person.organization else "",
                mission_title=mission.title,
                mission_start=mission.start_date,
                mission_end=mission.end_date,
                slots=tuple(_slot_line(s) for s in own),
                contacts=tuple(cards.values()),
                briefing_html=mission.briefing_html,
            )
        )
    return tuple(briefs)

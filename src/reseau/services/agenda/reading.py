"""Reading a mission agenda: the missions to choose from, the agenda as plain data, its checks.

Writes live in :mod:`reseau.services.agenda.editing`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.addresses import PostalAddress
from reseau.core.agenda import (
    BUILT_IN_SETTINGS,
    CheckSettings,
    HostRef,
    MissionAgenda,
    PersonRef,
    SlotView,
    ThemeRef,
)
from reseau.core.agenda_checks import CheckWarning, check_agenda
from reseau.core.enums import Activity, ContactKind, ExchangeKind, HalfDay, ParticipantRole
from reseau.core.errors import NotFoundError, ReseauError
from reseau.core.labels import label
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name, fold, format_phone
from reseau.core.travel import City, KnownTime, TravelMode, TravelTable
from reseau.db.models import (
    AgendaCheckAck,
    AgendaSettings,
    AgendaSlot,
    ContactPoint,
    Exchange,
    Organization,
    Person,
    Setting,
    Theme,
)
from reseau.db.models.links import slot_attendees, slot_speakers
from reseau.io.cities import shipped_cities
from reseau.services.journal import entries as journal
from reseau.services.search.global_search import HitKind, matching_ids


@dataclass(frozen=True)
class MissionChoice:
    id: int
    title: str
    start: date | None
    end: date | None

    @property
    def label(self) -> Message:
        """The title and the dates; the dates are worded in the reader's locale."""
        if self.start and self.end:
            return tr("{title} ({start} – {end})", title=self.title, start=self.start, end=self.end)
        return tr("{title}", title=self.title)


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class SlotChoices:
    """What the slot dialog offers: host organizations, persons (speakers, attendees), themes."""

    organizations: tuple[Choice, ...]
    persons: tuple[Choice, ...]
    themes: tuple[Choice, ...]
    delegates: tuple[Choice, ...]
    searched: bool = False  # persons holds the mission's people only: search the others
    # Set by the UI when searched: search(text, show) finds candidates and calls show(found).
    search_persons: Callable[[str, Callable[[Sequence[Choice]], None]], None] | None = None


class AmbiguousMission(ReseauError):
    pass


def list_missions(session: Session) -> list[MissionChoice]:
    """Missions (delegations), the most recent first."""
    query = select(Exchange).where(Exchange.kind == ExchangeKind.MISSION)
    missions = [MissionChoice(e.id, e.title, e.start_date, e.end_date) for e in session.scalars(query)]
    return sorted(missions, key=lambda m: (m.start or date.min, m.id), reverse=True)


def find_mission(session: Session, text: str) -> int:
    """A mission by id or by a fragment of its title (accents and case ignored)."""
    missions = list_missions(session)
    if text.strip().isdigit():
        for mission in missions:
            if mission.id == int(text):
                return mission.id
    wanted = fold(text)
    found = [m for m in missions if wanted and wanted in fold(m.title)]
    if not found:
        raise NotFoundError(tr("Mission"), f"« {text} »")
    if len(found) > 1:
        names = "; ".join(f"{m.id} : {m.title}" for m in found)
        raise AmbiguousMission(
            tr(
                "« {wanted} » désigne plusieurs missions ({names}) ; précisez ou donnez l'id.",
                wanted=text,
                names=names,
            )
        )
    return found[0].id


def _person(person: Person) -> PersonRef:
    org = person.organization
    return PersonRef(
        id=person.id,
        name=display_name(person.first_name, person.last_name),
        sectors=tuple(person.sectors or ()),
        organization=org.name if org else "",
        organization_sector=(org.sector or "") if org else "",
        contacts=_contacts(person.contact_points),
    )


def _point_text(point: ContactPoint) -> str:
    if point.kind == ContactKind.PHONE:
        value = format_phone(point.normalized or point.value)
        return f"{value} ({point.extension})" if point.extension else value
    address = PostalAddress.from_json(point.address) if point.kind == ContactKind.ADDRESS else None
    text = address.formatted() if address is not None else point.value
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def _contacts(points: Iterable[ContactPoint]) -> tuple[Message, ...]:
    """Phones first, then e-mails, addresses and web links, each as one line."""
    order = (ContactKind.PHONE, ContactKind.EMAIL, ContactKind.ADDRESS, ContactKind.WEB)
    ranked = sorted(points, key=lambda p: order.index(ContactKind(p.kind)) if p.kind in order else 9)
    # A message, not a string: "courriel : x@y.fr" in French, "e-mail: x@y.fr" in English.
    return tuple(tr("{kind} : {value}", kind=ContactKind(p.kind), value=_point_text(p)) for p in ranked)


def _org_city(org: Organization) -> str:
    """The organization's city, else the city of its (first) postal address."""
    if org.city:
        return org.city
    for point in org.contact_points:
        address = PostalAddress.from_json(point.address) if point.kind == ContactKind.ADDRESS else None
        if address is not None and address.city:
            return address.city
    return ""


def _host(org: Organization) -> HostRef:
    return HostRef(org.id, org.name, org.sector or "", _org_city(org), _contacts(org.contact_points))


def _theme(theme: Theme) -> ThemeRef:
    return ThemeRef(theme.id, theme.code or "", theme.title)


def slot_view(slot: AgendaSlot) -> SlotView:
    speakers = tuple(_person(p) for p in sorted(slot.speakers, key=lambda p: p.name_key))
    present = {p.id for p in speakers}
    missing = tuple(
        str(entry.get("name", "?"))
        for entry in slot.saved_speakers or []
        if isinstance(entry, dict) and entry.get("id") not in present
    )
    return SlotView(
        id=slot.id,
        version=slot.version,
        day=slot.day,
        half_day=HalfDay(slot.half_day),
        start=slot.start_time,
        end=slot.end_time,
        activity=Activity(slot.activity),
        title=slot.title,
        place=slot.place,
        city=slot.city,
        host=_host(slot.host_organization) if slot.host_organization else None,
        speakers=speakers,
        missing_speakers=missing,
        themes=tuple(_theme(t) for t in sorted(slot.themes, key=lambda t: (t.code or "~", t.title))),
        all_delegates=slot.all_delegates,
        attendees=tuple(_person(p) for p in sorted(slot.attendees, key=lambda p: p.name_key)),
        notes=slot.notes,
        time_zone=slot.time_zone or "",
    )


def known_times_of(raw: object) -> tuple[KnownTime, ...] | None:
    """The stored JSON list of known trips; None when absent or unreadable (then the defaults)."""
    if not isinstance(raw, list):
        return None
    found = []
    for entry in raw:
        try:
            found.append(
                KnownTime(
                    str(entry["first"]),
                    str(entry["second"]),
                    int(entry["minutes"]),
                    TravelMode(entry["mode"]),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue  # one bad entry (a file from elsewhere) does not hide the others
    return tuple(found)


def known_times_json(times: Sequence[KnownTime]) -> list[dict[str, object]]:
    return [{"first": t.first, "second": t.second, "minutes": t.minutes, "mode": t.mode.value} for t in times]


def travel_table(slots: Sequence[SlotView], known: tuple[KnownTime, ...]) -> TravelTable:
    """The shipped cities that the slots name (or the known times), and the known times."""
    shipped = shipped_cities()
    names = {fold(s.effective_city) for s in slots} | {fold(n) for t in known for n in (t.first, t.second)}
    cities: dict[str, City] = {n: shipped[n] for n in names if n in shipped}
    return TravelTable(cities, known)


CALENDAR_KEY = "agenda_calendar_id"


def calendar_id(session: Session) -> str:
    """The random id drawn once for this database (migration 0015), else its backup id."""
    for key in (CALENDAR_KEY, "database_id"):
        row = session.get(Setting, key)
        if row is not None:
            try:
                value = json.loads(row.value)
            except ValueError:
                continue
            if isinstance(value, str) and value:
                return value
    return ""


def settings_of(
    session: Session, exchange_id: int, defaults: CheckSettings = BUILT_IN_SETTINGS
) -> CheckSettings:
    """The mission's own thresholds, else ``defaults`` (the user's Préférences:
    reseau.core.settings.agenda_defaults)."""
    row = session.get(AgendaSettings, exchange_id)
    if row is None:
        return defaults
    sectors = tuple(s.strip() for s in row.required_sectors.split(";") if s.strip())
    known = known_times_of(row.known_times)
    return CheckSettings(
        row.exchange_ratio,
        sectors,
        row.debrief_every_days,
        row.time_zone or defaults.time_zone,
        defaults.known_times if known is None else known,
    )


def mission_or_error(session: Session, exchange_id: int) -> Exchange:
    mission = session.get(Exchange, exchange_id)
    if mission is None or mission.kind != ExchangeKind.MISSION:
        raise NotFoundError(tr("Mission"), exchange_id)
    return mission


def load_agenda(
    session: Session, exchange_id: int, defaults: CheckSettings = BUILT_IN_SETTINGS
) -> MissionAgenda:
    """``defaults``: the thresholds for a mission without its own (the user's Préférences,
    reseau.core.settings.agenda_defaults; the window and the command line pass the same)."""
    mission = mission_or_error(session, exchange_id)
    slots = session.scalars(
        select(AgendaSlot)
        .where(AgendaSlot.exchange_id == exchange_id)
        .options(
            selectinload(AgendaSlot.speakers).selectinload(Person.organization),
            selectinload(AgendaSlot.speakers).selectinload(Person.contact_points),
            selectinload(AgendaSlot.attendees).selectinload(Person.contact_points),
            selectinload(AgendaSlot.themes),
            selectinload(AgendaSlot.host_organization).selectinload(Organization.contact_points),
        )
        .order_by(AgendaSlot.day, AgendaSlot.start_time, AgendaSlot.id)
    ).all()
    delegates = {p.person.id: p.person for p in mission.participants if p.role == ParticipantRole.DELEGATE}
    acks = session.scalars(select(AgendaCheckAck).where(AgendaCheckAck.exchange_id == exchange_id))
    settings = settings_of(session, exchange_id, defaults)
    views = tuple(slot_view(s) for s in slots)
    return MissionAgenda(
        id=mission.id,
        title=mission.title,
        start=mission.start_date,
        end=mission.end_date,
        briefing_html=mission.briefing_html,
        delegates=tuple(_person(p) for p in sorted(delegates.values(), key=lambda p: p.name_key)),
        slots=views,
        settings=settings,
        acknowledgements={(a.rule, a.key): a.reason for a in acks},
        description=mission.description,
        themes=tuple(_theme(t) for t in mission.themes),
        travel=travel_table(views, settings.known_times),
        calendar_id=calendar_id(session),
    )


def check_mission(
    session: Session, exchange_id: int, defaults: CheckSettings = BUILT_IN_SETTINGS
) -> list[CheckWarning]:
    return check_agenda(load_agenda(session, exchange_id, defaults))


def slot_choices(session: Session, exchange_id: int) -> SlotChoices:
    """What the slot dialog offers. Above journal.PICKER_LIMIT persons, only the mission's
    people (participants, speakers and attendees of its slots) are listed, and the dialog
    searches the others as the user types (``searched``)."""
    mission = mission_or_error(session, exchange_id)
    orgs = session.scalars(select(Organization).order_by(Organization.name_key))
    query = select(Person).order_by(Person.name_key).options(selectinload(Person.organization))
    searched = (
        len(session.scalars(select(Person.id).limit(journal.PICKER_LIMIT + 1)).all()) > journal.PICKER_LIMIT
    )
    if searched:
        slots = select(AgendaSlot.id).where(AgendaSlot.exchange_id == exchange_id)
        query = query.where(
            Person.id.in_({p.person_id for p in mission.participants})
            | Person.id.in_(
                select(slot_speakers.c.person_id).where(slot_speakers.c.agenda_slot_id.in_(slots))
            )
            | Person.id.in_(
                select(slot_attendees.c.person_id).where(slot_attendees.c.agenda_slot_id.in_(slots))
            )
        )
    persons = session.scalars(query)
    themes = session.scalars(select(Theme).order_by(Theme.position, Theme.id))
    delegates = sorted(
        {p.person for p in mission.participants if p.role == ParticipantRole.DELEGATE},
        key=lambda p: p.name_key,
    )

    return SlotChoices(
        organizations=tuple(Choice(o.id, o.name) for o in orgs),
        persons=tuple(Choice(p.id, person_label(p)) for p in persons),
        themes=tuple(Choice(t.id, f"{t.code} — {t.title}" if t.code else t.title) for t in themes),
        delegates=tuple(Choice(p.id, person_label(p)) for p in delegates),
        searched=searched,
    )


def person_label(p: Person) -> str:
    org = p.organization
    name = display_name(p.first_name, p.last_name)
    return f"{name} ({org.acronym or org.name})" if org else name


def person_choices(session: Session, text: str, limit: int = 50) -> list[Choice]:
    """Up to ``limit`` persons matching ``text`` (global-search rules), in name order."""
    query = (
        select(Person)
        .order_by(Person.name_key, Person.id)
        .limit(limit)
        .options(selectinload(Person.organization))
    )
    matching = matching_ids(session, HitKind.PERSON, text)
    if matching is not None:
        query = query.where(Person.id.in_(matching))
    return [Choice(p.id, person_label(p)) for p in session.scalars(query)]


@dataclass(frozen=True)
class PlannedSlot:
    """A slot as listed on a person's or an organization's detail pane."""

    mission_id: int
    mission_title: str
    day: date
    text: str  # "09:00 présentation « La protection sociale », Paris" (activity in French: sorting)
    role: Message  # "intervenant", "participant", "hôte"
    activity: Activity
    words: Message  # ``text`` with the activity worded in the reader's language


def _planned(slot: AgendaSlot, role: Message) -> PlannedSlot:
    when = f"{slot.start_time:%H:%M} " if slot.start_time else ""
    title = f" « {slot.title} »" if slot.title else ""
    where = f", {slot.city}" if slot.city else ""
    activity = Activity(slot.activity)
    text = f"{when}{label(activity, 'fr')}{title}{where}"
    words = tr("{when}{activity}{title}{where}", when=when, activity=activity, title=title, where=where)
    return PlannedSlot(slot.exchange_id, slot.exchange.title, slot.day, text, role, activity, words)


def slots_of_person(session: Session, person_id: int) -> list[PlannedSlot]:
    """Slots where the person speaks or is listed as attending (delegates of whole-delegation
    slots are not listed one by one)."""
    found: list[PlannedSlot] = []
    for relation, role in (
        (AgendaSlot.speakers, tr("intervenant")),
        (AgendaSlot.attendees, tr("participant")),
    ):
        query = select(AgendaSlot).where(relation.any(Person.id == person_id))
        found.extend(
            _planned(s, role) for s in session.scalars(query.options(selectinload(AgendaSlot.exchange)))
        )
    return sorted(found, key=lambda p: (p.day, p.text))


def slots_of_organization(session: Session, organization_id: int) -> list[PlannedSlot]:
    query = (
        select(AgendaSlot)
        .where(AgendaSlot.host_organization_id == organization_id)
        .options(selectinload(AgendaSlot.exchange))
    )
    return sorted((_planned(s, tr("hôte")) for s in session.scalars(query)), key=lambda p: (p.day, p.text))

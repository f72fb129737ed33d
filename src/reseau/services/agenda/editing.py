"""Writing a mission agenda: slots (add, edit, delete, move, copy a day), the briefing document,
the check thresholds and the acknowledgements. Each call is one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.agenda import (
    DEFAULT_TIME_ZONE,
    HALF_DAY_START,
    CheckSettings,
    SlotView,
    half_day_of,
    minutes,
)
from reseau.core.changes import Changes
from reseau.core.enums import Activity, HalfDay
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.models import (
    AgendaCheckAck,
    AgendaSettings,
    AgendaSlot,
    Exchange,
    Organization,
    Person,
    Theme,
)
from reseau.services.agenda.reading import known_times_json, mission_or_error, slot_view
from reseau.services.shared.versions import stale_is_conflict

CHANGED = Changes(agenda=True)


@dataclass(frozen=True)
class SlotInput:
    day: date
    start: time
    end: time
    activity: Activity
    title: str = ""
    place: str = ""
    city: str = ""
    host_id: int | None = None
    speaker_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    all_delegates: bool = True
    attendee_ids: tuple[int, ...] = ()
    notes: str = ""
    time_zone: str = ""  # "": the mission's


def slot_input_of(slot: SlotView) -> SlotInput:
    """What the slot dialog starts from when editing ``slot`` (times must be set)."""
    assert slot.start is not None and slot.end is not None
    return SlotInput(
        day=slot.day,
        start=slot.start,
        end=slot.end,
        activity=slot.activity,
        title=slot.title,
        place=slot.place,
        city=slot.city,
        host_id=slot.host.id if slot.host else None,
        speaker_ids=tuple(p.id for p in slot.speakers),
        theme_ids=tuple(t.id for t in slot.themes),
        all_delegates=slot.all_delegates,
        attendee_ids=tuple(p.id for p in slot.attendees),
        notes=slot.notes,
        time_zone=slot.time_zone,
    )


def valid_zone(zone: str) -> bool:
    """A name of the tz database (« America/Toronto »)."""
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _check_zone(zone: str, field: str, problems: list[FieldProblem]) -> None:
    if zone and not valid_zone(zone):
        problems.append(
            FieldProblem(
                field, tr("« {zone} » n'est pas un fuseau horaire connu (ex. America/Toronto).", zone=zone)
            )
        )


def _check_day(mission: Exchange, day: date, field: str, problems: list[FieldProblem]) -> None:
    if mission.start_date and mission.end_date and not mission.start_date <= day <= mission.end_date:
        problems.append(
            FieldProblem(
                field,
                tr(
                    "Le {day} est en dehors de la mission (du {start} au {end}).",
                    day=day,
                    start=mission.start_date,
                    end=mission.end_date,
                ),
            )
        )


def _validated(session: Session, mission: Exchange, data: SlotInput) -> None:
    problems: list[FieldProblem] = []
    _check_day(mission, data.day, "day", problems)
    _check_zone(data.time_zone, "time_zone", problems)
    if data.end <= data.start:
        problems.append(
            FieldProblem(
                "end",
                tr(
                    "Le créneau finit à {end}, avant son début à {start}.",
                    end=f"{data.end:%H:%M}",
                    start=f"{data.start:%H:%M}",
                ),
            )
        )
    if data.host_id is not None and session.get(Organization, data.host_id) is None:
        problems.append(FieldProblem("host_id", tr("L'organisation hôte n'existe plus.")))
    for field, model, ids, what in (
        (
            "speaker_ids",
            Person,
            data.speaker_ids,
            tr("Un conférencier choisi n'existe plus ; rouvrez la fiche."),
        ),
        (
            "attendee_ids",
            Person,
            data.attendee_ids,
            tr("Un participant choisi n'existe plus ; rouvrez la fiche."),
        ),
        ("theme_ids", Theme, data.theme_ids, tr("Un thème choisi n'existe plus ; rouvrez la fiche.")),
    ):
        if any(session.get(model, i) is None for i in ids):
            problems.append(FieldProblem(field, what))
    if problems:
        raise ValidationError(problems)


def _persons(session: Session, ids: tuple[int, ...]) -> list[Person]:
    return [p for p in (session.get(Person, i) for i in dict.fromkeys(ids)) if p is not None]


def _apply(session: Session, slot: AgendaSlot, data: SlotInput) -> None:
    slot.day = data.day
    slot.half_day = half_day_of(data.start)
    slot.start_time = data.start
    slot.end_time = data.end
    slot.activity = data.activity
    slot.title = data.title.strip()
    slot.place = data.place.strip()
    slot.city = data.city.strip()
    slot.host_organization_id = data.host_id
    slot.speakers = _persons(session, data.speaker_ids)
    slot.saved_speakers = saved_speakers(slot.speakers)
    slot.themes = [t for t in (session.get(Theme, i) for i in dict.fromkeys(data.theme_ids)) if t]
    slot.all_delegates = data.all_delegates
    slot.attendees = [] if data.all_delegates else _persons(session, data.attendee_ids)
    slot.notes = data.notes
    slot.time_zone = data.time_zone.strip()


def saved_speakers(persons: list[Person]) -> list[dict[str, Any]]:
    """What a slot remembers of its speakers (see ``AgendaSlot.saved_speakers``)."""
    return [{"id": p.id, "name": display_name(p.first_name, p.last_name)} for p in persons]


def _slot(session: Session, slot_id: int, expected_version: int | None = None) -> AgendaSlot:
    slot = session.get(AgendaSlot, slot_id)
    if slot is None:
        raise NotFoundError(tr("Créneau"), slot_id)
    if expected_version is not None and slot.version != expected_version:
        raise ConflictError(tr("Créneau"), slot_id, expected_version, slot.version)
    return slot


@dataclass(frozen=True)
class SlotDetail:
    """A slot as its edit dialog starts from it: the data, and the version it was read at."""

    data: SlotInput
    version: int


def get_slot(session: Session, slot_id: int) -> SlotDetail:
    """The slot now in the database (the conflict dialog compares it with the user's)."""
    view = slot_view(_slot(session, slot_id))
    if view.start is None or view.end is None:
        # A slot from before times were required: shown at its half-day, one hour long.
        start = HALF_DAY_START[view.half_day]
        view = replace(view, start=start, end=start.replace(hour=start.hour + 1))
    return SlotDetail(slot_input_of(view), view.version)


def add_slot(session: Session, exchange_id: int, data: SlotInput) -> Outcome[int]:
    mission = mission_or_error(session, exchange_id)
    _validated(session, mission, data)
    slot = AgendaSlot(exchange_id=exchange_id)
    _apply(session, slot, data)
    session.add(slot)
    session.flush()
    return Outcome(slot.id, CHANGED)


def update_slot(session: Session, slot_id: int, data: SlotInput, expected_version: int) -> Outcome[int]:
    slot = _slot(session, slot_id, expected_version)
    _validated(session, slot.exchange, data)
    with stale_is_conflict(tr("Créneau"), slot_id, expected_version):
        _apply(session, slot, data)
        session.flush()
    return Outcome(slot.id, CHANGED)


def delete_slot(session: Session, slot_id: int) -> Outcome[None]:
    session.delete(_slot(session, slot_id))
    session.flush()
    return Outcome(None, CHANGED)


def move_slot(session: Session, slot_id: int, day: date, half_day: HalfDay) -> Outcome[int]:
    """Move to another cell of the grid; the times shift to the new half-day, length kept."""
    slot = _slot(session, slot_id)
    problems: list[FieldProblem] = []
    _check_day(slot.exchange, day, "day", problems)
    if problems:
        raise ValidationError(problems)
    if half_day != slot.half_day or slot.start_time is None:
        length = minutes(slot.start_time, slot.end_time) or 60
        start = datetime.combine(day, HALF_DAY_START[half_day])
        end = min(start + timedelta(minutes=length), datetime.combine(day, time(23, 59)))
        slot.start_time, slot.end_time = start.time(), end.time()
    slot.day = day
    slot.half_day = half_day
    session.flush()
    return Outcome(slot.id, CHANGED)


def copy_day(session: Session, exchange_id: int, source: date, target: date) -> Outcome[int]:
    """Copy every slot of ``source`` to ``target`` (added beside what is there); returns the count."""
    mission = mission_or_error(session, exchange_id)
    problems: list[FieldProblem] = []
    _check_day(mission, target, "target", problems)
    if source == target:
        problems.append(FieldProblem("target", tr("Choisissez une autre journée que celle à copier.")))
    if problems:
        raise ValidationError(problems)
    originals = session.scalars(
        select(AgendaSlot).where(AgendaSlot.exchange_id == exchange_id, AgendaSlot.day == source)
    ).all()
    for old in originals:
        session.add(
            AgendaSlot(
                exchange_id=exchange_id,
                day=target,
                half_day=old.half_day,
                start_time=old.start_time,
                end_time=old.end_time,
                activity=old.activity,
                title=old.title,
                place=old.place,
                city=old.city,
                host_organization_id=old.host_organization_id,
                speakers=list(old.speakers),
                saved_speakers=list(old.saved_speakers or []),
                themes=list(old.themes),
                all_delegates=old.all_delegates,
                attendees=list(old.attendees),
                notes=old.notes,
                time_zone=old.time_zone,
            )
        )
    session.flush()
    return Outcome(len(originals), CHANGED)


def save_briefing(session: Session, exchange_id: int, briefing_html: str) -> Outcome[None]:
    mission = mission_or_error(session, exchange_id)
    mission.briefing_html = briefing_html
    session.flush()
    return Outcome(None, CHANGED | Changes(exchanges=True))


def save_settings(session: Session, exchange_id: int, settings: CheckSettings) -> Outcome[None]:
    mission_or_error(session, exchange_id)
    problems = []
    if not 0 < settings.exchange_ratio <= 10:
        problems.append(FieldProblem("exchange_ratio", tr("Le ratio doit être entre 0 et 10.")))
    if not 1 <= settings.debrief_every_days <= 30:
        problems.append(
            FieldProblem("debrief_every_days", tr("La fréquence des rencontres doit être de 1 à 30 jours."))
        )
    _check_zone(settings.time_zone, "time_zone", problems)
    for known in settings.known_times:
        if not 0 < known.minutes < 24 * 60 or not known.first.strip() or not known.second.strip():
            problems.append(
                FieldProblem(
                    "known_times",
                    tr(
                        "Trajet {first} – {second} : indiquez deux villes et une durée de moins de 24 h.",
                        first=known.first,
                        second=known.second,
                    ),
                )
            )
    if problems:
        raise ValidationError(problems)
    row = session.get(AgendaSettings, exchange_id) or AgendaSettings(exchange_id=exchange_id)
    row.exchange_ratio = settings.exchange_ratio
    row.required_sectors = ";".join(s.strip() for s in settings.required_sectors if s.strip())
    row.debrief_every_days = settings.debrief_every_days
    row.time_zone = settings.time_zone or DEFAULT_TIME_ZONE
    row.known_times = known_times_json(settings.known_times)
    session.add(row)
    session.flush()
    return Outcome(None, CHANGED | Changes(settings=True))


def acknowledge(session: Session, exchange_id: int, rule: str, key: str, reason: str) -> Outcome[None]:
    """Accept a warning knowingly; the reason is required and shown beside it."""
    mission_or_error(session, exchange_id)
    if not reason.strip():
        raise ValidationError(
            [FieldProblem("reason", tr("Indiquez pourquoi cet avertissement est accepté."))]
        )
    ack = session.scalar(
        select(AgendaCheckAck).where(
            AgendaCheckAck.exchange_id == exchange_id, AgendaCheckAck.rule == rule, AgendaCheckAck.key == key
        )
    )
    if ack is None:
        ack = AgendaCheckAck(exchange_id=exchange_id, rule=rule, key=key)
        session.add(ack)
    ack.reason = reason.strip()
    session.flush()
    return Outcome(None, CHANGED)


def unacknowledge(session: Session, exchange_id: int, rule: str, key: str) -> Outcome[None]:
    ack = session.scalar(
        select(AgendaCheckAck).where(
            AgendaCheckAck.exchange_id == exchange_id, AgendaCheckAck.rule == rule, AgendaCheckAck.key == key
        )
    )
    if ack is not None:
        session.delete(ack)
        session.flush()
    return Outcome(None, CHANGED)

"""A mission agenda as an iCalendar file: one event per slot, each in its own time zone.

Written with the ``icalendar`` library. Each event's times carry the TZID of the slot's zone (a
departure from Montréal in America/Toronto, the rest in the mission's zone), and a VTIMEZONE
block per zone is included so that calendar programs that do not know the zone name still place
the events right. A mission without slots gives one all-day event for the mission itself (RFC
5545 wants at least one component), or, without dates either, a journal entry. UIDs carry the
database's own random id (``MissionAgenda.calendar_id``): two databases never share one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, Journal

from reseau.core.agenda import MissionAgenda, SlotView
from reseau.core.labels import label
from reseau.core.messages import Message, tr
from reseau.core.safe_output import write_output

PRODID = "-//Réseau//Agenda de mission//FR"


def _description(slot: SlotView, say: Callable[[Message], str], lang: str) -> str:
    lines = [label(slot.activity, lang).capitalize()]
    if slot.host:
        lines.append(say(tr("Hôte : {name}", name=slot.host.name)))
    if slot.speakers:
        lines.append(say(tr("Intervenants : {names}", names=", ".join(p.name for p in slot.speakers))))
    if slot.themes:
        lines.append(say(tr("Thèmes : {names}", names=", ".join(t.label for t in slot.themes))))
    if not slot.all_delegates and slot.attendees:
        lines.append(say(tr("Participants : {names}", names=", ".join(p.name for p in slot.attendees))))
    if slot.notes:
        lines.append(slot.notes)
    return "\n".join(lines)


def _uid(agenda: MissionAgenda, what: str) -> str:
    return f"reseau-{agenda.calendar_id or 'local'}-mission-{agenda.id}-{what}@reseau"


def _mission_component(agenda: MissionAgenda, stamp: datetime) -> Event | Journal:
    """The mission itself, for a calendar without slots: an all-day event over its dates."""
    component: Event | Journal = Event() if agenda.start and agenda.end else Journal()
    component.add("uid", _uid(agenda, "dates"))
    component.add("dtstamp", stamp)
    component.add("summary", agenda.title)
    if agenda.start and agenda.end:
        component.add("dtstart", agenda.start)
        component.add("dtend", max(agenda.end, agenda.start) + timedelta(days=1))  # DTEND is exclusive
    if agenda.description:
        component.add("description", agenda.description)
    return component


def agenda_calendar(
    agenda: MissionAgenda,
    stamp: datetime | None = None,
    say: Callable[[Message], str] = str,
    lang: str = "fr",
) -> Calendar:
    """The calendar; ``stamp`` (DTSTAMP) is fixed in tests, now otherwise; ``say`` words the
    labels (the GUI's language; ``str`` is French, for the command line)."""
    stamp = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", agenda.title)
    calendar.add("x-wr-timezone", agenda.settings.time_zone)
    for slot in agenda.slots:
        start, end = agenda.starts_at(slot), agenda.ends_at(slot)
        if start is None or end is None:
            continue  # the service never saves such a slot; an import might
        event = Event()
        event.add("uid", _uid(agenda, f"slot-{slot.id}"))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", slot.title or label(slot.activity, lang).capitalize())
        event.add("location", ", ".join(p for p in (slot.place, slot.effective_city) if p))
        event.add("description", _description(slot, say, lang))
        event.add("categories", [label(slot.activity, lang)])
        calendar.add_component(event)
    days = [slot.day for slot in agenda.slots]
    if days:  # a VTIMEZONE per zone, covering the mission's years only, not 1970–2038
        calendar.add_missing_timezones(date(min(days).year, 1, 1), date(max(days).year + 1, 12, 31))
    else:
        calendar.add_component(_mission_component(agenda, stamp))
    return calendar


def write_ics(
    agenda: MissionAgenda, path: Path, say: Callable[[Message], str] = str, lang: str = "fr"
) -> int:
    """Write the calendar to ``path``; returns the number of events. ``lang``: the words of the
    codes (activity), the same language as ``say``."""
    calendar = agenda_calendar(agenda, say=say, lang=lang)
    write_output(path, calendar.to_ical())
    return len(calendar.walk("VEVENT")) + len(calendar.walk("VJOURNAL"))

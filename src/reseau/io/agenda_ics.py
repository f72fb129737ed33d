"""A mission agenda as an iCalendar file: one event per slot, in the Europe/Paris time zone.

Written with the ``icalendar`` library; the VTIMEZONE block is included so that calendar
programs that do not know the zone name still place the events right.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from reseau.core.agenda import MissionAgenda, SlotView
from reseau.core.labels import label
from reseau.core.messages import Message, tr
from reseau.core.safe_output import write_output

PARIS = ZoneInfo("Europe/Paris")
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
    calendar.add("x-wr-timezone", "Europe/Paris")
    for slot in agenda.slots:
        if slot.start is None or slot.end is None:
            continue  # the service never saves such a slot; an import might
        event = Event()
        event.add("uid", f"reseau-mission-{agenda.id}-slot-{slot.id}@reseau")
        event.add("dtstamp", stamp)
        event.add("dtstart", datetime.combine(slot.day, slot.start, PARIS))
        event.add("dtend", datetime.combine(slot.day, slot.end, PARIS))
        event.add("summary", slot.title or label(slot.activity, lang).capitalize())
        event.add("location", ", ".join(p for p in (slot.place, slot.city) if p))
        event.add("description", _description(slot, say, lang))
        event.add("categories", [label(slot.activity, lang)])
        calendar.add_component(event)
    days = [slot.day for slot in agenda.slots]
    if days:  # a VTIMEZONE covering the mission's years only, not 1970–2038
        calendar.add_missing_timezones(date(min(days).year, 1, 1), date(max(days).year + 1, 12, 31))
    return calendar


def write_ics(
    agenda: MissionAgenda, path: Path, say: Callable[[Message], str] = str, lang: str = "fr"
) -> int:
    """Write the calendar to ``path``; returns the number of events. ``lang``: the words of the
    codes (activity), the same language as ``say``."""
    calendar = agenda_calendar(agenda, say=say, lang=lang)
    write_output(path, calendar.to_ical())
    return len(calendar.walk("VEVENT"))

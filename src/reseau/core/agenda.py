"""Plain data of a mission agenda, shared by the checks, the services, the exports and the UI.

These live in ``core`` so that :mod:`reseau.io` and :mod:`reseau.reports` can take them without
importing the services (the layer contract forbids it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reseau.core.enums import Activity, HalfDay
from reseau.core.messages import Message
from reseau.core.travel import DEFAULT_KNOWN_TIMES, KnownTime, TravelTable

DEFAULT_SECTORS = ("santé", "éducation", "emploi")
# « Insérer le plan A1 »: the three parts the 2005 report asks for, each with a sentence to
# replace. Rule A1 takes these words out before looking for the briefing's own text, so that an
# inserted but unwritten plan does not pass for a briefing.
BRIEFING_TEMPLATE = (
    ("L'organisation politique française", "État, régions, départements, communes : qui décide de quoi."),
    ("Les grandes politiques sociales", "Protection sociale, action sociale, politique de la ville."),
    (
        "Le rôle des villes en France et au Québec",
        "Compétences des communes françaises et des municipalités québécoises.",
    ),
)
BRIEFING_TEMPLATE_PARTS = tuple(text for part in BRIEFING_TEMPLATE for text in part)
# A mission from Québec to France is planned in Paris time unless the user says otherwise.
DEFAULT_TIME_ZONE = "Europe/Paris"
# The words of the zones a coordinator meets, for « 18 h 00 heure de Montréal ».
ZONE_PLACES = {
    "Europe/Paris": "Paris",
    "America/Toronto": "Montréal",  # Montréal's zone in the tz database
    "America/Montreal": "Montréal",
    "America/Halifax": "Îles-de-la-Madeleine",  # Québec's islands keep Atlantic time
    "America/Vancouver": "Vancouver",
    "America/New_York": "New York",
}


def zone_place(zone: str) -> str:
    """« Montréal » for America/Toronto; the city part of any other zone name."""
    return ZONE_PLACES.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")


def zone_info(zone: str) -> ZoneInfo:
    """The zone, or Paris's when the name is unknown (a newer tz name, a typo in a file)."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


# Where each half-day starts when a slot is dropped there, and where it ends.
HALF_DAY_START = {HalfDay.MORNING: time(9, 0), HalfDay.AFTERNOON: time(14, 0), HalfDay.EVENING: time(19, 0)}
_HALF_DAY_LIMITS = ((time(12, 0), HalfDay.MORNING), (time(18, 0), HalfDay.AFTERNOON))


def half_day_of(start: time) -> HalfDay:
    """Morning before noon, afternoon before 18:00, evening after."""
    for limit, half_day in _HALF_DAY_LIMITS:
        if start < limit:
            return half_day
    return HalfDay.EVENING


def minutes(start: time | None, end: time | None) -> int:
    """Length in minutes; 0 when a time is missing or the slot ends before it starts."""
    if start is None or end is None:
        return 0
    delta = datetime.combine(date.min, end) - datetime.combine(date.min, start)
    return max(0, int(delta / timedelta(minutes=1)))


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    sectors: tuple[str, ...] = ()
    organization: str = ""
    organization_sector: str = ""
    # "courriel : x@y.fr", "téléphone : +33 ...", "adresse : ..." as messages (the carnet prints them)
    contacts: tuple[Message, ...] = ()


@dataclass(frozen=True)
class HostRef:
    """A host organization with what the briefing pack prints about it."""

    id: int
    name: str
    sector: str = ""
    city: str = ""
    contacts: tuple[Message, ...] = ()  # "courriel : x@y.fr", "téléphone : +33 ..." as messages


@dataclass(frozen=True)
class ThemeRef:
    id: int
    code: str
    title: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.title}" if self.code else self.title


@dataclass(frozen=True)
class SlotView:
    id: int
    version: int
    day: date
    half_day: HalfDay
    start: time | None
    end: time | None
    activity: Activity
    title: str = ""
    place: str = ""
    city: str = ""
    host: HostRef | None = None
    speakers: tuple[PersonRef, ...] = ()
    # Speakers named when the slot was saved but no longer in the contacts.
    missing_speakers: tuple[str, ...] = ()
    themes: tuple[ThemeRef, ...] = ()
    all_delegates: bool = True
    attendees: tuple[PersonRef, ...] = ()
    notes: str = ""
    time_zone: str = ""  # "": the mission's

    @property
    def minutes(self) -> int:
        return minutes(self.start, self.end)

    @property
    def effective_city(self) -> str:
        """The city typed on the slot, else its host organization's."""
        return self.city or (self.host.city if self.host else "")


@dataclass(frozen=True)
class CheckSettings:
    exchange_ratio: float = 1.0
    required_sectors: tuple[str, ...] = DEFAULT_SECTORS
    debrief_every_days: int = 1
    # The zone of slots that name none, and the trips the coordinator knows (per mission).
    time_zone: str = DEFAULT_TIME_ZONE
    known_times: tuple[KnownTime, ...] = DEFAULT_KNOWN_TIMES


# The thresholds before the user changes any (a frozen value: the Préférences are passed as
# arguments, see reseau.core.settings.agenda_defaults).
BUILT_IN_SETTINGS = CheckSettings()


@dataclass(frozen=True)
class MissionAgenda:
    """Everything about one mission's programme: enough for the checks and every export."""

    id: int
    title: str
    start: date | None
    end: date | None
    briefing_html: str
    delegates: tuple[PersonRef, ...]
    slots: tuple[SlotView, ...]
    settings: CheckSettings = CheckSettings()
    # (rule, key) -> reason
    acknowledgements: dict[tuple[str, str], str] = field(default_factory=dict)
    description: str = ""
    themes: tuple[ThemeRef, ...] = ()
    # The cities the slots name and the mission's known times (settings.known_times).
    travel: TravelTable = field(default_factory=TravelTable)
    # A random id stored once in the database: calendar UIDs differ from one database to another.
    calendar_id: str = ""

    def zone_of(self, slot: SlotView) -> str:
        return slot.time_zone or self.settings.time_zone

    def starts_at(self, slot: SlotView) -> datetime | None:
        """The slot's start as an aware datetime in its own zone."""
        if slot.start is None:
            return None
        return datetime.combine(slot.day, slot.start, zone_info(self.zone_of(slot)))

    def ends_at(self, slot: SlotView) -> datetime | None:
        if slot.end is None:
            return None
        return datetime.combine(slot.day, slot.end, zone_info(self.zone_of(slot)))

    def days(self) -> list[date]:
        """The mission's days, plus any day a slot falls on outside them, in order."""
        found = {s.day for s in self.slots}
        if self.start and self.end and self.start <= self.end:
            found.update(self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1))
        return sorted(found)

    def hosts(self) -> list[HostRef]:
        seen: dict[int, HostRef] = {}
        for slot in self.slots:
            if slot.host is not None:
                seen.setdefault(slot.host.id, slot.host)
        return sorted(seen.values(), key=lambda h: h.name.casefold())

    def slot_themes(self) -> list[ThemeRef]:
        seen: dict[int, ThemeRef] = {t.id: t for t in self.themes}
        for slot in self.slots:
            for theme in slot.themes:
                seen.setdefault(theme.id, theme)
        return sorted(seen.values(), key=lambda t: (t.code or "~", t.title))

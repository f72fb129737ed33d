"""Plain data of a mission agenda, shared by the checks, the services, the exports and the UI.

These live in ``core`` so that :mod:`reseau.io` and :mod:`reseau.reports` can take them without
importing the services (the layer contract forbids it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from reseau.core.enums import Activity, HalfDay
from reseau.core.messages import Message

DEFAULT_SECTORS = ("santé", "éducation", "emploi")

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

    @property
    def minutes(self) -> int:
        return minutes(self.start, self.end)


@dataclass(frozen=True)
class CheckSettings:
    exchange_ratio: float = 1.0
    required_sectors: tuple[str, ...] = DEFAULT_SECTORS
    debrief_every_days: int = 1


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

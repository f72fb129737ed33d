"""Travel times between the places of a mission: pure computation, no Qt, no database.

A trip between two cities takes either the time the user knows (« Paris–Rennes 1 h 30 », per
mission) plus the time to reach and leave the stations, or an estimate: the great-circle
distance between the cities' coordinates (GeoNames, shipped in ``reseau/data``) times a detour
factor, at the speed of the mode the distance calls for (walk, car, train, plane), plus that
mode's access time (parking; reaching the station and boarding; check-in at the airport).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from reseau.core.messages import Message, tr
from reseau.core.normalize import fold

# Straight-line distance x DETOUR ~ road or rail distance (France's TGV lines and roads run
# about 25–35 % longer than the great circle between two cities).
DETOUR = 1.3
EARTH_RADIUS_KM = 6371.0


class TravelMode(StrEnum):
    WALK = "walk"
    CAR = "car"
    TRAIN = "train"
    PLANE = "plane"


@dataclass(frozen=True)
class ModeSpeed:
    km_per_hour: float
    access_minutes: int  # before and after the ride: parking, stations, airports
    up_to_km: float  # the mode chosen for a road distance up to this


# The mode is the first whose range covers the distance.
MODES: dict[TravelMode, ModeSpeed] = {
    TravelMode.WALK: ModeSpeed(4.5, 0, 2.0),
    TravelMode.CAR: ModeSpeed(60.0, 15, 150.0),
    TravelMode.TRAIN: ModeSpeed(150.0, 70, 1000.0),
    TravelMode.PLANE: ModeSpeed(750.0, 180, math.inf),
}


@dataclass(frozen=True)
class City:
    name: str
    country: str  # "FR" or "QC"
    latitude: float
    longitude: float
    timezone: str


@dataclass(frozen=True)
class KnownTime:
    """A trip time the user knows, ride only (« Paris–Rennes 1 h 30 » by train)."""

    first: str
    second: str
    minutes: int
    mode: TravelMode = TravelMode.TRAIN

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((fold(self.first), fold(self.second)))


# Known when Réseau is installed; a mission edits its own (Paramètres…).
DEFAULT_KNOWN_TIMES = (
    KnownTime("Paris", "Rennes", 90),
    KnownTime("Paris", "Bordeaux", 125),
)


@dataclass(frozen=True)
class Trip:
    minutes: int
    mode: TravelMode
    km: float | None  # None: from a known time
    known: bool = False


@dataclass(frozen=True)
class TravelTable:
    """The cities an agenda names (folded name -> city) and the mission's known times."""

    cities: Mapping[str, City] = field(default_factory=dict)
    known: tuple[KnownTime, ...] = DEFAULT_KNOWN_TIMES

    def city(self, name: str) -> City | None:
        return self.cities.get(fold(name))

    def trip(self, origin: str, destination: str) -> Trip | None:
        """The trip between two cities; None when one of them is unknown and no time is known."""
        pair = frozenset((fold(origin), fold(destination)))
        if len(pair) == 1:
            return Trip(0, TravelMode.WALK, 0.0)
        for known in self.known:
            if known.pair == pair:
                speed = MODES[known.mode]
                return Trip(known.minutes + speed.access_minutes, known.mode, None, True)
        start, end = self.city(origin), self.city(destination)
        if start is None or end is None:
            return None
        return estimate(start, end)


def distance_km(a: City, b: City) -> float:
    """Great-circle distance (haversine)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def estimate(a: City, b: City) -> Trip:
    road = distance_km(a, b) * DETOUR
    mode = next(m for m, speed in MODES.items() if road <= speed.up_to_km)
    speed = MODES[mode]
    return Trip(round(road / speed.km_per_hour * 60) + speed.access_minutes, mode, road)


def city_table(rows: Iterable[City]) -> dict[str, City]:
    """Folded name -> city; the first row of a name wins (the file lists the most populous first)."""
    table: dict[str, City] = {}
    for city in rows:
        table.setdefault(fold(city.name), city)
    return table


def duration_words(minutes: int) -> str:
    """« 2 h 05 », « 45 min »: the French typography the grid and the warnings use."""
    hours, rest = divmod(max(0, minutes), 60)
    return f"{hours} h {rest:02d}" if hours else f"{rest} min"


_DURATION = re.compile(
    r"^\s*(?:(\d{1,2})\s*(?:h|:)\s*(\d{1,2})?|(\d{1,4})\s*(?:min|mn|m)?)\s*$", re.IGNORECASE
)
# « Ville – Ville durée »: a dash, an arrow or a spaced hyphen first (« Saint-Malo - Paris »),
# a bare hyphen only when nothing else separates the cities (« Paris-Rennes »).
_LINES = (
    re.compile(r"^\s*(.+?)(?:\s*[–—→]\s*|\s+->?\s+|\s*<->\s*)(.+?)\s*[:=]?\s+(\S.*)$"),
    re.compile(r"^\s*(.+?)-(.+?)\s*[:=]?\s+(\S.*)$"),
)


def parse_duration(text: str) -> int | None:
    """« 1 h 30 », « 1:30 », « 1h », « 90 min », « 90 » -> minutes; None when unreadable."""
    match = _DURATION.match(text)
    if not match:
        return None
    hours, mins, only = match.groups()
    if only is not None:
        return int(only)
    return int(hours) * 60 + int(mins or 0)


@dataclass(frozen=True)
class ParsedTimes:
    times: tuple[KnownTime, ...]
    problems: tuple[Message, ...]


def parse_known_times(text: str) -> ParsedTimes:
    """One trip a line (or separated by « ; »): « Paris – Rennes 1 h 30 », « Paris-Bordeaux 2:05
    train ». A mode word at the end (voiture, train, avion, à pied) changes the mode."""
    times: list[KnownTime] = []
    problems: list[Message] = []
    for number, raw in enumerate((p for p in re.split(r"[;\n]", text) if p.strip()), start=1):
        line, mode = _mode_of(raw.strip())
        match = next((m for m in (pattern.match(line) for pattern in _LINES) if m), None)
        minutes = parse_duration(match.group(3)) if match else None
        if match is None or minutes is None or not 0 < minutes < 24 * 60:
            problems.append(
                tr(
                    "Trajet {number} (« {line} ») : écrivez « Ville – Ville 1 h 30 ».",
                    number=number,
                    line=raw.strip(),
                )
            )
            continue
        times.append(KnownTime(match.group(1), match.group(2), minutes, mode))
    return ParsedTimes(tuple(times), tuple(problems))


_MODE_WORDS = {
    "train": TravelMode.TRAIN,
    "voiture": TravelMode.CAR,
    "car": TravelMode.CAR,
    "avion": TravelMode.PLANE,
    "plane": TravelMode.PLANE,
    "a pied": TravelMode.WALK,
    "walk": TravelMode.WALK,
}


_MODE_AT_END = re.compile(r"\s*\(?\b(train|voiture|car|avion|plane|à pied|a pied|walk)\)?\s*$", re.IGNORECASE)


def _mode_of(line: str) -> tuple[str, TravelMode]:
    match = _MODE_AT_END.search(line)
    if match is None:
        return line, TravelMode.TRAIN
    return line[: match.start()], _MODE_WORDS[fold(match.group(1))]


def known_times_text(times: Iterable[KnownTime]) -> str:
    """The editable form of ``times`` (parse_known_times reads it back)."""
    words = {
        TravelMode.TRAIN: "",
        TravelMode.CAR: " voiture",
        TravelMode.PLANE: " avion",
        TravelMode.WALK: " à pied",
    }
    return "\n".join(f"{t.first} – {t.second} {duration_words(t.minutes)}{words[t.mode]}" for t in times)

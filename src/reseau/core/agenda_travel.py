"""Where the travel between two consecutive places does not fit the gap between them.

Each person (a speaker, a listed attendee, a delegate) and the delegation as a whole follow their
slots in time order, across half-days and days, in each slot's own time zone. Between two
consecutive slots in different cities, the gap must hold the trip (:mod:`reseau.core.travel`);
a travel slot (« Train Paris → Rennes ») is the trip itself, so the slots on either side of it
are not compared. Pure computation: :mod:`reseau.core.agenda_checks` turns the findings into
warnings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reseau.core.agenda import MissionAgenda, SlotView
from reseau.core.enums import Activity
from reseau.core.normalize import fold
from reseau.core.travel import Trip


@dataclass(frozen=True)
class TravelConflict:
    before: SlotView
    after: SlotView
    origin: str
    destination: str
    gap_minutes: int
    trip: Trip
    delegation: bool  # True: the whole delegation; else ``people`` only
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class TravelFindings:
    conflicts: list[TravelConflict] = field(default_factory=list)
    # A city neither the table nor the mission's known times hold: (its first slot, the city).
    unknown_cities: list[tuple[SlotView, str]] = field(default_factory=list)
    # Slots with a place but no city (neither typed nor from the host organization).
    cityless: list[SlotView] = field(default_factory=list)


@dataclass
class _Timed:
    slot: SlotView
    start: datetime
    end: datetime
    city: str
    key: str  # the folded city, computed once (fold is the costly part)


def _timed(agenda: MissionAgenda) -> list[_Timed]:
    found = []
    for slot in agenda.slots:
        start, end = agenda.starts_at(slot), agenda.ends_at(slot)
        if start is not None and end is not None:
            city = slot.effective_city
            found.append(_Timed(slot, start, end, city, fold(city) if city else ""))
    found.sort(key=lambda t: (t.start, t.slot.id))
    return found


def _tracks(agenda: MissionAgenda, timed: list[_Timed]) -> dict[int | None, list[_Timed]]:
    """Slots by person id in time order; key None: the whole delegation's slots."""
    delegate_list = agenda.delegates
    tracks: dict[int | None, list[_Timed]] = {None: []}
    for item in timed:
        slot = item.slot
        if slot.all_delegates:
            tracks[None].append(item)
        people = list(slot.speakers) + list(delegate_list if slot.all_delegates else slot.attendees)
        for person_id in dict.fromkeys(p.id for p in people):
            tracks.setdefault(person_id, []).append(item)
    return tracks


def _pairs(track: Iterable[_Timed]) -> Iterable[tuple[_Timed, _Timed]]:
    previous: _Timed | None = None
    for item in track:
        if previous is not None:
            yield previous, item
        previous = item


def _compared(person_id: int | None, before: _Timed, after: _Timed, delegates: set[int]) -> bool:
    """Whether the trip between two consecutive slots of a track is to be checked."""
    if Activity.TRAVEL in (before.slot.activity, after.slot.activity):
        return False  # the travel slot is the trip
    if not before.key or not after.key or before.key == after.key:
        return False  # a slot without a city is reported apart; same city: no trip
    # Consecutive for a delegate, two delegation slots are consecutive for the delegation:
    # checked there, once.
    return not (person_id in delegates and before.slot.all_delegates and after.slot.all_delegates)


@dataclass
class _Pending:
    before: _Timed
    after: _Timed
    trip: Trip
    people: list[str] = field(default_factory=list)
    delegation: bool = False

    def conflict(self) -> TravelConflict:
        before, after = self.before, self.after
        gap = int((after.start - before.end) / timedelta(minutes=1))
        people = () if self.delegation else tuple(sorted(self.people, key=fold))
        return TravelConflict(
            before.slot, after.slot, before.city, after.city, gap, self.trip, self.delegation, people
        )


class _Walk:
    """One pass over the tracks; trips are computed once per pair of cities."""

    def __init__(self, agenda: MissionAgenda) -> None:
        self.agenda = agenda
        self.names = {p.id: p.name for s in agenda.slots for p in (*s.speakers, *s.attendees)}
        self.names.update((p.id, p.name) for p in agenda.delegates)
        self.trips: dict[frozenset[str], Trip | None] = {}
        self.pending: dict[tuple[int, int], _Pending] = {}
        self.unknown: dict[str, SlotView] = {}

    def trip(self, before: _Timed, after: _Timed) -> Trip | None:
        key = frozenset((before.key, after.key))
        if key not in self.trips:
            self.trips[key] = self.agenda.travel.trip(before.city, after.city)
        trip = self.trips[key]
        if trip is None:
            for item in (before, after):
                if self.agenda.travel.city(item.city) is None:
                    self.unknown.setdefault(item.key, item.slot)
        return trip

    def follow(self, person_id: int | None, before: _Timed, after: _Timed) -> None:
        trip = self.trip(before, after)
        if trip is None:
            return
        gap = (after.start - before.end) / timedelta(minutes=1)
        if gap < 0 or gap >= trip.minutes:
            return  # it fits; an overlap is the overlap checks' business
        entry = self.pending.setdefault((before.slot.id, after.slot.id), _Pending(before, after, trip))
        if person_id is None:
            entry.delegation = True
        else:
            entry.people.append(self.names.get(person_id, str(person_id)))


def travel_findings(agenda: MissionAgenda) -> TravelFindings:
    walk = _Walk(agenda)
    delegates = {p.id for p in agenda.delegates}
    for person_id, track in _tracks(agenda, _timed(agenda)).items():
        for before, after in _pairs(track):
            if _compared(person_id, before, after, delegates):
                walk.follow(person_id, before, after)
    return TravelFindings(
        [entry.conflict() for entry in walk.pending.values()],
        [(slot, slot.effective_city) for slot in walk.unknown.values()],
        [s for s in agenda.slots if s.place and not s.effective_city and s.activity != Activity.TRAVEL],
    )

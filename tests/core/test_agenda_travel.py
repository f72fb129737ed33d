"""Travel between consecutive places: estimates, known times, conflicts per person and delegation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from reseau.core.agenda import CheckSettings, HostRef, MissionAgenda, PersonRef, SlotView, half_day_of
from reseau.core.agenda_checks import NO_CITY, TRAVEL, UNKNOWN_CITY, check_agenda
from reseau.core.enums import Activity
from reseau.core.travel import (
    City,
    KnownTime,
    TravelMode,
    TravelTable,
    city_table,
    distance_km,
    duration_words,
    known_times_text,
    parse_duration,
    parse_known_times,
)
from reseau.core.typography import french

PARIS = City("Paris", "FR", 48.85341, 2.34880, "Europe/Paris")
RENNES = City("Rennes", "FR", 48.11109, -1.67431, "Europe/Paris")
BORDEAUX = City("Bordeaux", "FR", 44.84124, -0.58046, "Europe/Paris")
PESSAC = City("Pessac", "FR", 44.80565, -0.63240, "Europe/Paris")
MONTREAL = City("Montréal", "QC", 45.50884, -73.58781, "America/Toronto")
TABLE = TravelTable(city_table((PARIS, RENNES, BORDEAUX, PESSAC, MONTREAL)))
D1, D2, D3 = date(2027, 5, 10), date(2027, 5, 11), date(2027, 5, 12)
ANNE, BOB, SPEAKER = PersonRef(1, "Anne Roy"), PersonRef(2, "Bob Côté"), PersonRef(9, "Claude Bigot")


def slot(
    ident: int, day: date, start: tuple[int, int], end: tuple[int, int], city: str, **extra: object
) -> SlotView:
    begin = time(*start)
    values: dict[str, object] = {"activity": Activity.SITE_VISIT, "city": city, **extra}
    return SlotView(ident, 1, day, half_day_of(begin), begin, time(*end), **values)  # type: ignore[arg-type]


def agenda(*slots: SlotView, known: tuple[KnownTime, ...] | None = None) -> MissionAgenda:
    settings = CheckSettings() if known is None else replace(CheckSettings(), known_times=known)
    table = replace(TABLE, known=settings.known_times)
    return MissionAgenda(1, "M", D1, D3, "<p>texte</p>", (ANNE, BOB), slots, settings, travel=table)


def travel(a: MissionAgenda) -> list[str]:
    return [w.key for w in check_agenda(a) if w.rule == TRAVEL]


def test_distance_and_estimates() -> None:
    assert 300 < distance_km(PARIS, RENNES) < 320
    assert TABLE.trip("Bordeaux", "bordeaux") is not None and TABLE.trip("Bordeaux", "BORDEAUX").minutes == 0  # type: ignore[union-attr]
    short = TABLE.trip("Bordeaux", "Pessac")
    assert short is not None and short.mode == TravelMode.CAR and 15 < short.minutes < 40
    long = TABLE.trip("Rennes", "Bordeaux")
    assert long is not None and long.mode == TravelMode.TRAIN and long.minutes > 180
    ocean = TABLE.trip("Montréal", "Paris")
    assert ocean is not None and ocean.mode == TravelMode.PLANE and ocean.minutes > 8 * 60
    assert TABLE.trip("Paris", "Atlantis") is None


def test_known_time_wins_over_the_estimate_and_adds_station_time() -> None:
    trip = TABLE.trip("rennes", "PARIS")
    assert trip is not None and trip.known and trip.minutes == 90 + 70
    edited = replace(TABLE, known=(KnownTime("Paris", "Rennes", 120),))
    assert edited.trip("Paris", "Rennes").minutes == 190  # type: ignore[union-attr]


def test_rennes_then_bordeaux_half_an_hour_later_is_a_conflict() -> None:
    a = agenda(slot(1, D3, (9, 0), (10, 30), "Rennes"), slot(2, D3, (11, 0), (12, 0), "Bordeaux"))
    warnings = [w for w in check_agenda(a) if w.rule == TRAVEL]
    assert [w.key for w in warnings] == ["1:2"] and warnings[0].slot_id == 2
    assert "La délégation" in str(warnings[0].message) and "en train" in str(warnings[0].message)


def test_across_half_days_and_days() -> None:
    # The Paris MDS visit moved to the evening of the Rennes day: 2 h 30 for 2 h 40 of trip.
    evening = agenda(slot(1, D2, (15, 0), (16, 30), "Rennes"), slot(2, D2, (19, 0), (20, 30), "Paris"))
    assert travel(evening) == ["1:2"]
    # Overnight there is time.
    overnight = agenda(slot(1, D1, (19, 0), (20, 0), "Paris"), slot(2, D2, (9, 0), (10, 0), "Rennes"))
    assert travel(overnight) == []
    # Enough time within a morning for a short drive.
    near = agenda(slot(1, D1, (9, 0), (10, 0), "Bordeaux"), slot(2, D1, (11, 0), (12, 0), "Pessac"))
    assert travel(near) == []


def test_a_travel_slot_is_the_trip() -> None:
    a = agenda(
        slot(1, D2, (7, 0), (7, 45), "Paris"),
        slot(2, D2, (8, 0), (10, 30), "Paris", activity=Activity.TRAVEL),
        slot(3, D2, (11, 0), (12, 0), "Rennes"),
    )
    assert travel(a) == []


def test_one_person_track_and_names() -> None:
    # The delegation stays in Paris; Bob alone goes to a Rennes meeting too soon after.
    a = agenda(
        slot(1, D1, (9, 0), (10, 0), "Paris"),
        slot(2, D1, (11, 0), (12, 0), "Rennes", all_delegates=False, attendees=(BOB,)),
        slot(3, D1, (11, 0), (12, 0), "Paris", all_delegates=False, attendees=(ANNE,)),
        slot(4, D1, (14, 0), (15, 0), "Rennes", speakers=(SPEAKER,), all_delegates=False, attendees=(ANNE,)),
    )
    warnings = {w.key: str(w.message) for w in check_agenda(a) if w.rule == TRAVEL}
    assert set(warnings) == {"1:2", "3:4"}
    assert warnings["1:2"].startswith(french("Bob Côté :"))
    assert warnings["3:4"].startswith(french("Anne Roy :"))  # the speaker was not in Paris: not named


def test_time_zones_count_in_the_gap() -> None:
    # A slot at 18:00 Montréal time ends at midnight in Paris; Paris at 01:00 is 1 h later.
    a = agenda(
        slot(1, D1, (17, 0), (18, 0), "Montréal", time_zone="America/Toronto"),
        slot(2, D2, (1, 0), (2, 0), "Paris"),
    )
    assert travel(a) == ["1:2"]
    later = agenda(
        slot(1, D1, (17, 0), (18, 0), "Montréal", time_zone="America/Toronto"),
        slot(2, D2, (15, 0), (16, 0), "Paris"),
    )
    assert travel(later) == []


def test_unknown_city_and_city_from_the_host() -> None:
    host = HostRef(5, "Mairie de Bordeaux", city="Bordeaux")
    a = agenda(
        slot(1, D1, (9, 0), (10, 0), "Rennes"),
        slot(2, D1, (10, 30), (11, 0), "", host=host),  # no city typed: the host's
        slot(3, D1, (14, 0), (15, 0), "Saint-Émilion"),
        slot(4, D1, (16, 0), (17, 0), "", place="Café du Port"),
    )
    found = {(w.rule, w.key) for w in check_agenda(a)}
    assert (TRAVEL, "1:2") in found
    assert (UNKNOWN_CITY, "saint emilion") in found
    assert (NO_CITY, "4") in found


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("1 h 30", 90), ("1:30", 90), ("2h05", 125), ("90 min", 90), ("45", 45), ("2 h", 120)],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


def test_known_times_text_round_trip_and_errors() -> None:
    times = (KnownTime("Paris", "Rennes", 90), KnownTime("Saint-Malo", "Rennes", 65, TravelMode.CAR))
    assert known_times_text(times) == "Paris – Rennes 1 h 30\nSaint-Malo – Rennes 1 h 05 voiture"
    assert parse_known_times(known_times_text(times)).times == times
    assert parse_known_times("Paris-Bordeaux 2:05").times == (KnownTime("Paris", "Bordeaux", 125),)
    parsed = parse_known_times("Paris – Rennes 1 h 30; Rennes Bordeaux")
    assert len(parsed.times) == 1 and french("Trajet 2 (« Rennes Bordeaux »)") in str(parsed.problems[0])
    assert duration_words(125) == "2 h 05" and duration_words(30) == "30 min"


def test_a_slot_in_montreal_written_in_paris_time() -> None:
    from reseau.core.agenda_checks import ZONE

    paris_time = agenda(slot(1, D1, (18, 0), (19, 0), "Montréal", activity=Activity.TRAVEL))
    warnings = [w for w in check_agenda(paris_time) if w.rule == ZONE]
    assert [w.key for w in warnings] == ["1"]
    assert "Montréal (America/Toronto)" in str(warnings[0].message) and "Europe/Paris" in str(
        warnings[0].message
    )
    local = agenda(
        slot(1, D1, (18, 0), (19, 0), "Montréal", activity=Activity.TRAVEL, time_zone="America/Toronto")
    )
    assert not [w for w in check_agenda(local) if w.rule == ZONE]

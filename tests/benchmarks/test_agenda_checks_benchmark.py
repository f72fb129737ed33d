"""Speed of the agenda checks on a large programme (they run after every change in the GUI)."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from reseau.core.agenda import MissionAgenda, PersonRef, SlotView, half_day_of
from reseau.core.agenda_checks import check_agenda
from reseau.core.enums import Activity

ACTIVITIES = list(Activity)


def big_agenda(days: int = 30, per_day: int = 12) -> MissionAgenda:
    start = date(2027, 5, 1)
    delegates = tuple(PersonRef(i, f"Délégué {i}") for i in range(25))
    slots = []
    for d in range(days):
        for k in range(per_day):
            begin = time(8 + k, 0) if 8 + k < 24 else time(23, 0)
            slots.append(
                SlotView(
                    id=d * per_day + k + 1,
                    version=1,
                    day=start + timedelta(days=d),
                    half_day=half_day_of(begin),
                    start=begin,
                    end=time(min(23, begin.hour + 1), 30),
                    activity=ACTIVITIES[k % len(ACTIVITIES)],
                    place=f"Lieu {k}",
                    city=("Paris", "Rennes")[k % 2],
                    all_delegates=k % 3 != 0,
                    attendees=delegates[:5],
                )
            )
    return MissionAgenda(
        1, "Grande mission", start, start + timedelta(days=days - 1), "", delegates, tuple(slots)
    )


def test_check_360_slots(benchmark: Any) -> None:
    agenda = big_agenda()
    warnings = benchmark(check_agenda, agenda)
    assert warnings


# A realistic day: six slots that do not overlap, the last one in the evening.
DAY_TIMES = (
    (8, 30, 10, 0),
    (10, 30, 12, 0),
    (13, 30, 15, 0),
    (15, 30, 17, 0),
    (17, 15, 18, 0),
    (19, 0, 20, 30),
)


def two_weeks_with_travel() -> MissionAgenda:
    """84 slots over two weeks in five cities, with speakers and side meetings: the travel
    check follows each person and the delegation across half-days and days."""
    from reseau.core.travel import City, TravelTable, city_table

    cities = (
        City("Paris", "FR", 48.85341, 2.34880, "Europe/Paris"),
        City("Rennes", "FR", 48.11109, -1.67431, "Europe/Paris"),
        City("Bordeaux", "FR", 44.84124, -0.58046, "Europe/Paris"),
        City("Pessac", "FR", 44.80565, -0.63240, "Europe/Paris"),
        City("Lyon", "FR", 45.74846, 4.84671, "Europe/Paris"),
    )
    start = date(2027, 5, 3)
    delegates = tuple(PersonRef(i, f"Délégué {i}") for i in range(20))
    speakers = tuple(PersonRef(100 + i, f"Conférencier {i}") for i in range(12))
    slots = []
    for d in range(14):
        for k, (h1, m1, h2, m2) in enumerate(DAY_TIMES):
            ident = d * len(DAY_TIMES) + k + 1
            begin = time(h1, m1)
            slots.append(
                SlotView(
                    id=ident,
                    version=1,
                    day=start + timedelta(days=d),
                    half_day=half_day_of(begin),
                    start=begin,
                    end=time(h2, m2),
                    activity=ACTIVITIES[k % 4],
                    place=f"Lieu {k}",
                    city=cities[(d + (k > 3)) % len(cities)].name,  # a new city in the afternoon
                    speakers=speakers[ident % 12 : ident % 12 + 2],
                    all_delegates=k != 2,
                    attendees=delegates[(d % 4) * 5 : (d % 4) * 5 + 5],
                )
            )
    return MissionAgenda(
        1,
        "Deux semaines",
        start,
        start + timedelta(days=13),
        "",
        delegates,
        tuple(slots),
        travel=TravelTable(city_table(cities)),
    )


def test_check_two_weeks_80_slots_with_travel(benchmark: Any) -> None:
    """The budget: under 50 ms, so that the side panel and the grid marks stay live."""
    agenda = two_weeks_with_travel()
    assert len(agenda.slots) == 84
    warnings = benchmark(check_agenda, agenda)
    assert any(w.rule == "trajet" for w in warnings)

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

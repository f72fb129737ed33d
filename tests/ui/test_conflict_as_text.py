"""The conflict dialog's words for a field's value (``as_text``), one case per kind of value,
recorded before it was split into steps (issue 17.6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import IntEnum

import pytest
from pytestqt.qtbot import QtBot

from reseau.core.enums import Country, HalfDay
from reseau.ui.widgets.conflict_dialog import as_text, differences

NAMES = {"persons": {7: "Hélène Massé", 8: "Jean Roy"}, "organizations": {3: "CISSS"}}


class Level(IntEnum):
    LOW = 1


@dataclass(frozen=True)
class Slot:
    day: date
    half_day: HalfDay
    speaker_ids: tuple[int, ...] = ()
    notes: str = ""


@pytest.mark.parametrize(
    ("value", "field_name", "expected"),
    [
        (None, "", "—"),
        ("", "title", "—"),
        ((), "speaker_ids", "—"),
        ([], "", "—"),
        (True, "all_delegates", "Oui"),
        (False, "organization_id", "Non"),  # a bool is never read as an id
        (Country.FRANCE, "country", "France"),
        (7, "person_id", "Hélène Massé"),
        (3, "host_id", "CISSS"),
        (9, "person_id", "n° 9"),  # not among the names
        (4, "mystery_id", "n° 4"),  # no list of names for this field
        (Level.LOW, "level_id", "n° 1"),
        (12, "count", "12"),  # not an id field
        (0, "person_id", "n° 0"),
        (date(2005, 6, 8), "day", "2005-06-08"),
        (datetime(2005, 6, 8, 9, 30), "at", "2005-06-08T09:30:00"),
        (time(9, 5), "start", "09:05"),
        ((7, 8), "speaker_ids", "Hélène Massé\nJean Roy"),
        (["a", "", "b"], "tags", "a\n—\nb"),
        (Slot(date(2005, 6, 8), HalfDay.MORNING, (7,)), "", "2005-06-08 · matin · Hélène Massé"),
        (Slot, "", str(Slot)),  # a dataclass type is not a value to describe
        (2.5, "", "2.5"),
        ("texte", "notes", "texte"),
    ],
)
def test_as_text(qtbot: QtBot, value: object, field_name: str, expected: str) -> None:
    assert as_text(value, NAMES, field_name) == expected


def test_differences_name_the_fields_that_differ(qtbot: QtBot) -> None:
    mine = Slot(date(2005, 6, 8), HalfDay.MORNING, (7,), "")
    theirs = Slot(date(2005, 6, 9), HalfDay.MORNING, (7, 8), "à revoir")
    assert differences(mine, theirs, NAMES) == [
        ("Jour", "2005-06-08", "2005-06-09"),
        ("Conférenciers", "Hélène Massé", "Hélène Massé\nJean Roy"),
        ("Notes", "—", "à revoir"),
    ]
    assert differences(mine, "not a dataclass") == []

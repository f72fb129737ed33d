from datetime import date

import pytest

from reseau.core.dates import parse_date

MARCH_15 = date(2027, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "2027-03-15",
        "2027/3/15",
        "15/03/2027",
        "15-03-2027",
        "15.03.27",
        "20270315",
        "15 mars 2027",
        "15 Mars, 2027.",
        "  15 MARS 2027 ",
        "15 march 2027",
        "March 15, 2027",
        "Mar 15th 2027",
    ],
)
def test_the_forms_people_type(text: str) -> None:
    assert parse_date(text) == MARCH_15


def test_accents_and_ordinals_of_french_months() -> None:
    assert parse_date("1er août 2027") == date(2027, 8, 1)
    assert parse_date("3 févr. 2028") == date(2028, 2, 3)
    assert parse_date("3 fevrier 2028") == date(2028, 2, 3)
    assert parse_date("25 décembre 2026") == date(2026, 12, 25)


@pytest.mark.parametrize(
    "text", ["", "(aucune date)", "31/02/2027", "2027-13-01", "15 brumaire 2027", "15/03", "abc"]
)
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_a_weekday_in_front_as_the_agenda_shows_it() -> None:
    assert parse_date("lundi 15 mars 2027") == MARCH_15
    assert parse_date("Monday 15 March 2027") == MARCH_15
    assert parse_date("Monday, March 15, 2027") == MARCH_15

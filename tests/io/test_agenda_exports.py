"""The agenda's ICS and XLSX exports, read back with icalendar and openpyxl."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from openpyxl import load_workbook

from reseau.core.agenda import HostRef, MissionAgenda, PersonRef, SlotView, ThemeRef
from reseau.core.agenda_checks import check_agenda
from reseau.core.enums import Activity, HalfDay
from reseau.core.typography import french
from reseau.io.agenda_ics import write_ics
from reseau.io.agenda_xlsx import HEADERS, write_xlsx

PARIS = ZoneInfo("Europe/Paris")


def agenda() -> MissionAgenda:
    return MissionAgenda(
        id=7,
        title="Mission Québec–France 2027",
        start=date(2027, 5, 10),
        end=date(2027, 5, 11),
        briefing_html="",
        delegates=(PersonRef(1, "Anne Roy"),),
        slots=(
            SlotView(
                id=1,
                version=1,
                day=date(2027, 5, 10),
                half_day=HalfDay.MORNING,
                start=time(9, 0),
                end=time(11, 30),
                activity=Activity.PRESENTATION,
                title="La protection sociale",
                place="CNAF",
                city="Paris",
                host=HostRef(3, "Caisse nationale des allocations familiales", "famille"),
                speakers=(PersonRef(2, "Claude Bigot"),),
                themes=(ThemeRef(4, "T01", "Développement social local"),),
            ),
            SlotView(
                id=2,
                version=1,
                day=date(2027, 5, 11),
                half_day=HalfDay.EVENING,
                start=time(19, 0),
                end=time(20, 0),
                activity=Activity.DEBRIEF,
                title="Retour entre nous",
                all_delegates=False,
                attendees=(PersonRef(1, "Anne Roy"),),
            ),
        ),
    )


def test_ics_parses_back_with_paris_times(tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    assert write_ics(agenda(), path) == 2
    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["La protection sociale", "Retour entre nous"]
    first = events[0]
    start = first.decoded("dtstart")
    assert start == datetime(2027, 5, 10, 9, 0, tzinfo=PARIS)
    assert start.utcoffset().total_seconds() == 2 * 3600  # summer time in Paris
    assert first["dtstart"].params["TZID"] == "Europe/Paris"
    assert first.decoded("dtend") == datetime(2027, 5, 10, 11, 30, tzinfo=PARIS)
    assert str(first["location"]) == "CNAF, Paris"
    description = str(first["description"])
    assert "Hôte\u00a0: Caisse nationale des allocations familiales" in description
    assert "Claude Bigot" in description and "T01" in description
    assert "Anne Roy" in str(events[1]["description"])
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert len({str(e["uid"]) for e in events}) == 2


def test_ics_writes_each_slot_in_its_own_zone(tmp_path: Path) -> None:
    departure = SlotView(
        id=3,
        version=1,
        day=date(2027, 5, 9),
        half_day=HalfDay.EVENING,
        start=time(18, 0),
        end=time(23, 0),
        activity=Activity.TRAVEL,
        title="Vol Montréal → Paris",
        city="Montréal",
        time_zone="America/Toronto",
    )
    mission = replace(agenda(), slots=(departure, *agenda().slots), calendar_id="a1b2")
    path = tmp_path / "agenda.ics"
    assert write_ics(mission, path) == 3
    calendar = Calendar.from_ical(path.read_bytes())
    flight = calendar.walk("VEVENT")[0]
    assert flight["dtstart"].params["TZID"] == "America/Toronto"
    assert flight.decoded("dtstart") == datetime(2027, 5, 9, 18, 0, tzinfo=ZoneInfo("America/Toronto"))
    # 18:00 in Montréal is midnight in Paris, not 18:00 Paris time.
    assert flight.decoded("dtstart").astimezone(PARIS) == datetime(2027, 5, 10, 0, 0, tzinfo=PARIS)
    assert sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")) == ["America/Toronto", "Europe/Paris"]
    assert str(flight["uid"]) == "reseau-a1b2-mission-7-slot-3@reseau"


def test_ics_uids_differ_between_databases(tmp_path: Path) -> None:
    uids = []
    for ident in ("one", "two"):
        path = tmp_path / f"{ident}.ics"
        write_ics(replace(agenda(), calendar_id=ident), path)
        uids.append({str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")})
    assert not uids[0] & uids[1]


def test_ics_of_a_mission_without_slots_is_still_a_calendar(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    assert write_ics(replace(agenda(), slots=()), path) == 1
    event = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("dtstart") == date(2027, 5, 10)
    assert event.decoded("dtend") == date(2027, 5, 12)  # exclusive: the mission's two days
    assert str(event["summary"]) == "Mission Québec–France 2027"
    undated = tmp_path / "undated.ics"
    assert write_ics(replace(agenda(), slots=(), start=None, end=None), undated) == 1
    journal = Calendar.from_ical(undated.read_bytes()).walk("VJOURNAL")
    assert len(journal) == 1 and "dtstart" not in journal[0]


def test_xlsx_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "agenda.xlsx"
    warnings = check_agenda(agenda())
    assert write_xlsx(agenda(), path, warnings) == 2
    book = load_workbook(path)
    rows = list(book["Agenda"].iter_rows(values_only=True))
    assert rows[0] == tuple(str(h) for h in HEADERS)
    first = rows[1]
    assert first[0] == datetime(2027, 5, 10)
    assert first[1:6] == ("matin", time(9, 0), time(11, 30), "présentation", "La protection sociale")
    assert first[11] == "toute la délégation"
    assert rows[2][11] == "Anne Roy"
    checks = list(book["Vérifications"].iter_rows(values_only=True))
    assert len(checks) == len(warnings) + 1
    assert checks[0][-1] == "Pourquoi"
    assert any(str(row[-1]).startswith(french("Rapport de 2005 (A1) : « Fournir")) for row in checks[1:])
    assert rows[1][-1] == "Europe/Paris"
    assert any("document de préparation" in str(row[0]) for row in checks[1:])

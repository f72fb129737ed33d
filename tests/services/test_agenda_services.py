"""Agenda use cases on a real migrated database: slots, validation, moves, copies, settings,
acknowledgements, a deleted speaker, and the demo draft that trips every check."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import inspect, select

from reseau.core.agenda import CheckSettings
from reseau.core.agenda_checks import A1, A4, A5, RULE_ORDER, TIMES, ZONE
from reseau.core.enums import Activity, Country, ExchangeKind, HalfDay, ParticipantRole
from reseau.core.errors import ConflictError, NotFoundError, ValidationError
from reseau.db.models import AgendaSlot, Exchange, ExchangeParticipant, Organization, Person
from reseau.db.session import Database
from reseau.services.agenda import editing as agenda_edit
from reseau.services.agenda import reading as agenda
from reseau.services.agenda.editing import SlotInput
from reseau.services.agenda.reading import AmbiguousMission
from reseau.services.demo.agenda import MISSION_TITLE
from reseau.services.persons.records import delete_person

START, END = date(2027, 5, 10), date(2027, 5, 12)


@pytest.fixture
def mission(database: Database) -> dict[str, int]:
    with database.begin() as session:
        anne = Person(first_name="Anne", last_name="Roy", name_key="roy anne", country=Country.QUEBEC)
        speaker = Person(
            first_name="Hélène", last_name="Carrère", name_key="carrere helene", country=Country.FRANCE
        )
        host = Organization(name="CAF", name_key="caf", country=Country.FRANCE, sector="Santé")
        exchange = Exchange(
            kind=ExchangeKind.MISSION, title="Mission Bretagne 2027", start_date=START, end_date=END
        )
        exchange.participants = [ExchangeParticipant(person=anne, role=ParticipantRole.DELEGATE)]
        session.add_all([anne, speaker, host, exchange])
        session.flush()
        return {"mission": exchange.id, "anne": anne.id, "speaker": speaker.id, "host": host.id}


def _slot(day: date = START, start: time = time(9), end: time = time(10), **extra: object) -> SlotInput:
    return SlotInput(day=day, start=start, end=end, activity=Activity.PRESENTATION, **extra)  # type: ignore[arg-type]


def test_settings_table_and_saved_speakers_column_exist(database: Database) -> None:
    inspector = inspect(database.engine)
    assert "agenda_settings" in inspector.get_table_names()
    assert "saved_speakers" in {c["name"] for c in inspector.get_columns("agenda_slot")}


def test_add_edit_delete_slot(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        data = _slot(
            title="Accueil", host_id=mission["host"], speaker_ids=(mission["speaker"],), city="Rennes"
        )
        outcome = agenda_edit.add_slot(session, mission["mission"], data)
        assert outcome.changes.agenda
        slot_id = outcome.value
    with database.begin() as session:
        (slot,) = agenda.load_agenda(session, mission["mission"]).slots
        assert (slot.title, slot.half_day, slot.host and slot.host.name) == (
            "Accueil",
            HalfDay.MORNING,
            "CAF",
        )
        assert [p.name for p in slot.speakers] == ["Hélène Carrère"]
        agenda_edit.update_slot(
            session, slot_id, _slot(start=time(14), end=time(15), title="Après"), slot.version
        )
    with database.begin() as session:
        (slot,) = agenda.load_agenda(session, mission["mission"]).slots
        assert (slot.title, slot.half_day) == ("Après", HalfDay.AFTERNOON)
        with pytest.raises(ConflictError):
            agenda_edit.update_slot(session, slot_id, _slot(), slot.version - 1)
    with database.begin() as session:
        agenda_edit.delete_slot(session, slot_id)
    with database.begin() as session:
        assert agenda.load_agenda(session, mission["mission"]).slots == ()


def test_end_before_start_and_day_outside_are_refused_with_reasons(
    database: Database, mission: dict[str, int]
) -> None:
    with database.begin() as session, pytest.raises(ValidationError) as caught:
        agenda_edit.add_slot(
            session, mission["mission"], _slot(day=date(2027, 6, 1), start=time(11), end=time(10))
        )
    fields = {p.field: str(p.message) for p in caught.value.problems}
    assert "avant son début à 11:00" in fields["end"]
    assert "1 juin 2027 est en dehors de la mission" in fields["day"]
    with database.begin() as session:
        assert session.scalars(select(AgendaSlot)).all() == []  # nothing half-saved


def test_move_slot_shifts_times_into_the_new_half_day(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        slot_id = agenda_edit.add_slot(
            session, mission["mission"], _slot(start=time(9), end=time(10, 30))
        ).value
    with database.begin() as session:
        agenda_edit.move_slot(session, slot_id, date(2027, 5, 11), HalfDay.EVENING)
    with database.begin() as session:
        (slot,) = agenda.load_agenda(session, mission["mission"]).slots
        assert (slot.day, slot.half_day, slot.start, slot.end) == (
            date(2027, 5, 11),
            HalfDay.EVENING,
            time(19),
            time(20, 30),
        )
        with pytest.raises(ValidationError):
            agenda_edit.move_slot(session, slot_id, date(2027, 5, 20), HalfDay.MORNING)


def test_copy_day(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        agenda_edit.add_slot(session, mission["mission"], _slot(speaker_ids=(mission["speaker"],)))
        agenda_edit.add_slot(session, mission["mission"], _slot(start=time(10), end=time(11)))
    with database.begin() as session:
        assert agenda_edit.copy_day(session, mission["mission"], START, date(2027, 5, 12)).value == 2
    with database.begin() as session:
        slots = agenda.load_agenda(session, mission["mission"]).slots
        copied = [s for s in slots if s.day == date(2027, 5, 12)]
        assert len(copied) == 2 and copied[0].speakers[0].name == "Hélène Carrère"
        with pytest.raises(ValidationError):
            agenda_edit.copy_day(session, mission["mission"], START, date(2027, 5, 30))


def test_deleted_speaker_keeps_slot_and_warns(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        agenda_edit.add_slot(session, mission["mission"], _slot(speaker_ids=(mission["speaker"],)))
    with database.begin() as session:
        delete_person(session, mission["speaker"])
    with database.begin() as session:
        (slot,) = agenda.load_agenda(session, mission["mission"]).slots
        assert slot.speakers == () and slot.missing_speakers == ("Hélène Carrère",)
        messages = [str(w.message) for w in agenda.check_mission(session, mission["mission"])]
        assert any("Hélène Carrère" in m and "supprimé" in m for m in messages)


def test_settings_round_trip_and_bounds(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        assert agenda.settings_of(session, mission["mission"]) == CheckSettings()
        agenda_edit.add_slot(session, mission["mission"], _slot())  # sectors are checked once planned
        agenda_edit.save_settings(session, mission["mission"], CheckSettings(1.5, ("santé", "logement"), 2))
    with database.begin() as session:
        assert agenda.settings_of(session, mission["mission"]) == CheckSettings(1.5, ("santé", "logement"), 2)
        keys = {w.key for w in agenda.check_mission(session, mission["mission"]) if w.rule == A4}
        assert keys == {"sector:sante", "sector:logement"}
        with pytest.raises(ValidationError):
            agenda_edit.save_settings(session, mission["mission"], CheckSettings(0, ("santé",), 0))


def test_acknowledge_needs_a_reason_and_can_be_withdrawn(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session, pytest.raises(ValidationError):
        agenda_edit.acknowledge(session, mission["mission"], A1, "briefing", "   ")
    with database.begin() as session:
        agenda_edit.acknowledge(session, mission["mission"], A1, "briefing", "Remis sur papier")
    with database.begin() as session:
        a1 = next(w for w in agenda.check_mission(session, mission["mission"]) if w.rule == A1)
        assert a1.acknowledged == "Remis sur papier"
        agenda_edit.unacknowledge(session, mission["mission"], A1, "briefing")
    with database.begin() as session:
        a1 = next(w for w in agenda.check_mission(session, mission["mission"]) if w.rule == A1)
        assert not a1.is_acknowledged


def test_briefing_saved_clears_a1(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        agenda_edit.save_briefing(session, mission["mission"], "<p>Les communes et les départements</p>")
    with database.begin() as session:
        assert A1 not in {w.rule for w in agenda.check_mission(session, mission["mission"])}


def test_find_mission_by_id_or_folded_title(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        assert agenda.find_mission(session, str(mission["mission"])) == mission["mission"]
        assert agenda.find_mission(session, "BRETAGNE") == mission["mission"]
        assert agenda.find_mission(session, "2027") == mission["mission"]  # not an id: a fragment
        with pytest.raises(NotFoundError):
            agenda.find_mission(session, "Gaspésie")
        session.add(Exchange(kind=ExchangeKind.MISSION, title="Mission Bretagne 2029"))
        session.flush()
        with pytest.raises(AmbiguousMission):
            agenda.find_mission(session, "bretagne")
        with pytest.raises(NotFoundError):
            agenda.load_agenda(session, 9999)


def test_demo_draft_trips_every_kind_of_warning(demo_database: Database) -> None:
    with demo_database.begin() as session:
        mission_id = agenda.find_mission(session, "brouillon")
        assert agenda.load_agenda(session, mission_id).title == MISSION_TITLE
        rules = {w.rule for w in agenda.check_mission(session, mission_id)}
    # The service never saves an inverted slot; the demo's flight is in Montréal time, as it should.
    assert rules == set(RULE_ORDER) - {TIMES, ZONE}
    assert A5 in rules


def test_demo_loader_is_idempotent(demo_database: Database) -> None:
    from reseau.services.demo.load import load_demo

    with demo_database.begin() as session:
        assert load_demo(session).value.created == 0
        assert len(session.scalars(select(Exchange).where(Exchange.title == MISSION_TITLE)).all()) == 1


def test_renamed_speaker_is_not_taken_for_deleted(database: Database, mission: dict[str, int]) -> None:
    with database.begin() as session:
        agenda_edit.add_slot(session, mission["mission"], _slot(speaker_ids=(mission["speaker"],)))
    with database.begin() as session:
        person = session.get(Person, mission["speaker"])
        assert person is not None
        person.last_name = "Carrère-Dubois"
    with database.begin() as session:
        (slot,) = agenda.load_agenda(session, mission["mission"]).slots
        assert slot.missing_speakers == ()
        assert [p.name for p in slot.speakers] == ["Hélène Carrère-Dubois"]


def test_time_zone_and_known_times_per_mission(database: Database, mission: dict[str, int]) -> None:
    from reseau.core.travel import KnownTime, TravelMode

    known = (KnownTime("Paris", "Rennes", 100), KnownTime("Rennes", "Saint-Malo", 70, TravelMode.CAR))
    settings = CheckSettings(time_zone="Europe/Paris", known_times=known)
    with database.begin() as session:
        agenda_edit.save_settings(session, mission["mission"], settings)
        flight = _slot(start=time(18), end=time(19), city="Montréal", time_zone="America/Toronto")
        slot_id = agenda_edit.add_slot(session, mission["mission"], flight).value
    with database.begin() as session:
        loaded = agenda.load_agenda(session, mission["mission"])
        assert loaded.settings.known_times == known and loaded.travel.known == known
        assert "montreal" in loaded.travel.cities and "rennes" in loaded.travel.cities
        view = next(s for s in loaded.slots if s.id == slot_id)
        assert view.time_zone == "America/Toronto"
        assert loaded.starts_at(view).utcoffset().total_seconds() == -4 * 3600  # type: ignore[union-attr]
        assert agenda_edit.get_slot(session, slot_id).data.time_zone == "America/Toronto"
        with pytest.raises(ValidationError) as raised:
            agenda_edit.add_slot(session, mission["mission"], _slot(time_zone="Mars/Olympus"))
        assert "Mars/Olympus" in str(raised.value.problems[0].message)
        with pytest.raises(ValidationError):
            agenda_edit.save_settings(
                session, mission["mission"], CheckSettings(known_times=(KnownTime("Paris", "", 90),))
            )


def test_travel_conflict_across_days_from_the_database(database: Database, mission: dict[str, int]) -> None:
    """The Paris visit moved to the evening of the Rennes day: the trip does not fit."""
    with database.begin() as session:
        agenda_edit.add_slot(
            session, mission["mission"], _slot(start=time(15), end=time(16, 30), city="Rennes")
        )
        evening = agenda_edit.add_slot(
            session, mission["mission"], _slot(start=time(19), end=time(20, 30), city="Paris")
        ).value
    with database.begin() as session:
        found = [w for w in agenda.check_mission(session, mission["mission"]) if w.rule == "trajet"]
        assert [w.slot_id for w in found] == [evening]
        assert "Règle de Réseau" in str(found[0].reason)


def test_calendar_id_is_drawn_once_per_database(tmp_path: object) -> None:
    from pathlib import Path

    from reseau.db.open import open_sqlite

    ids = []
    for name in ("a.sqlite3", "b.sqlite3"):
        database = open_sqlite(Path(str(tmp_path)) / name)
        with database.begin() as session:
            ids.append(agenda.calendar_id(session))
        with database.begin() as session:
            assert agenda.calendar_id(session) == ids[-1]  # stored, not drawn again
        database.dispose()
    assert all(len(i) == 32 for i in ids) and ids[0] != ids[1]

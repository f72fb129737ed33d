"""Optimistic locking with two sessions: the second writer is stopped, never silently wins."""

from __future__ import annotations

import pytest
from sqlalchemy.orm.exc import StaleDataError

from reseau.core.errors import ConflictError
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.services.persons.records import PersonInput, add_person, get_person, update_person


def test_second_save_from_a_stale_read_raises_conflict(database: Database) -> None:
    with database.begin() as session:
        ident = add_person(session, PersonInput(last_name="Massé")).value
    with database.begin() as session:
        first_read = get_person(session, ident)  # coordinator A opens the form
    with database.begin() as session:
        second_read = get_person(session, ident)  # coordinator B opens it too
    with database.begin() as session:
        update_person(session, ident, PersonInput(last_name="Massé", title="Directrice"), second_read.version)
    with pytest.raises(ConflictError) as caught, database.begin() as session:
        update_person(session, ident, PersonInput(last_name="Massé", title="Maire"), first_read.version)
    assert caught.value.expected_version == first_read.version
    assert caught.value.actual_version == first_read.version + 1
    with database.begin() as session:
        assert get_person(session, ident).data.title == "Directrice"  # B's save was kept
        # « Écraser »: save again on the version now in the database.
        current = get_person(session, ident).version
        update_person(session, ident, PersonInput(last_name="Massé", title="Maire"), current)
    with database.begin() as session:
        assert get_person(session, ident).data.title == "Maire"


def test_two_open_sessions_racing_get_stale_data_error(database: Database) -> None:
    with database.begin() as session:
        ident = add_person(session, PersonInput(last_name="Roy")).value
    with database.begin() as first:
        person_a = first.get(Person, ident)
        assert person_a is not None
        with database.begin() as second:
            person_b = second.get(Person, ident)
            assert person_b is not None
            person_b.notes = "B"
        # B committed and bumped the version; A's UPDATE ... WHERE version = 1 matches nothing.
        person_a.notes = "A"
        with pytest.raises(StaleDataError):
            first.flush()
        first.rollback()
    with database.begin() as session:
        person = session.get(Person, ident)
        assert person is not None and person.notes == "B" and person.version == 2

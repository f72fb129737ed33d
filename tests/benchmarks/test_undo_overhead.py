"""How much recording a unit of work for undo costs (run with --benchmark-enable)."""

from __future__ import annotations

from typing import Any

from reseau.core.enums import ContactKind, Country
from reseau.db.session import Database
from reseau.db.undo import recording
from reseau.services.persons import records as persons
from reseau.services.shared.contact_points import ContactInput

DATA = persons.PersonInput(
    last_name="Massé",
    first_name="Richard",
    country=Country.QUEBEC,
    contacts=(ContactInput(ContactKind.EMAIL, "richard.masse@example.org"),),
    tags=("CLSC", "INSPQ"),
)


def _add(database: Database, record: bool) -> Any:
    with database.begin() as session:
        if not record:
            return persons.add_person(session, DATA)
        with recording(session, "Ajouter") as recorder:
            persons.add_person(session, DATA)
            return recorder.finish()


def test_add_person_plain(benchmark: Any, database: Database) -> None:
    benchmark(_add, database, False)


def test_add_person_recorded_for_undo(benchmark: Any, database: Database) -> None:
    record = benchmark(_add, database, True)
    assert record.changes

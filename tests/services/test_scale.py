"""A network is large from 5,000 persons or journal entries; the count stops there."""

from __future__ import annotations

from reseau.db.session import Database
from reseau.services.database.scale import is_large
from reseau.services.persons.records import PersonInput, add_person


def test_large_from_the_threshold(database: Database) -> None:
    with database.begin() as session:
        assert not is_large(session, threshold=3)
        for name in ("Massé", "Morel"):
            add_person(session, PersonInput(last_name=name))
        assert not is_large(session, threshold=3)
        add_person(session, PersonInput(last_name="Tremblay"))
        assert is_large(session, threshold=3)

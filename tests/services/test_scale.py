"""A network is large from 5,000 persons or journal entries; the count stops there."""

from __future__ import annotations

from reseau.db.session import Database
from reseau.services.persons import PersonInput, add_person
from reseau.services.scale import is_large


def test_large_from_the_threshold(database: Database) -> None:
    with database.begin() as session:
        assert not is_large(session, threshold=3)
        for name in ("Massé", "Morel"):
            add_person(session, PersonInput(last_name=name))
        assert not is_large(session, threshold=3)
        add_person(session, PersonInput(last_name="Tremblay"))
        assert is_large(session, threshold=3)

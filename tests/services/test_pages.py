"""The read models of the person and organization panes: one session, plain data out."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select

from reseau.db.models import Organization, Person
from reseau.db.session import Database
from reseau.services.organizations.page import organization_page
from reseau.services.persons.page import person_page


def _frozen_all_the_way(value: object) -> bool:
    """A dataclass of frozen dataclasses, tuples and plain values: nothing bound to a session."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.__dataclass_params__.frozen and all(  # type: ignore[attr-defined]
            _frozen_all_the_way(getattr(value, f.name)) for f in dataclasses.fields(value)
        )
    if isinstance(value, tuple):
        return all(_frozen_all_the_way(v) for v in value)
    return not hasattr(value, "_sa_instance_state")


def test_person_page_holds_what_the_pane_shows(demo_database: Database) -> None:
    with demo_database.begin() as session:
        bigot = session.scalars(select(Person).where(Person.last_name == "Bigot")).one()
        page = person_page(session, bigot.id, date(2027, 5, 1))
    assert page.detail.data.last_name == "Bigot"
    assert page.slots  # a speaker of the 2027 mission
    assert page.exchanges and all(p.exchange_id for p in page.exchanges)
    assert _frozen_all_the_way(page.exchanges) and _frozen_all_the_way(page.slots)


def test_organization_page_holds_what_the_pane_shows(demo_database: Database) -> None:
    with demo_database.begin() as session:
        bordeaux = session.scalars(
            select(Organization).where(Organization.name == "Mairie de Bordeaux")
        ).one()
        page = organization_page(session, bordeaux.id)
    assert page.detail.data.name == "Mairie de Bordeaux"
    assert page.slots  # it hosts a slot of the 2027 mission
    assert _frozen_all_the_way(page.slots)

"""The demo against the report's facts (mission-2005.json), field by field: every organization,
person and partner the report names for 2005 is in the demo database, with the city, level,
sector, organization, title and role the report gives."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from reseau.core.enums import ExchangeKind, OrgRole, ParticipantRole
from reseau.core.normalize import fold
from reseau.db.models import Exchange, Organization, Person
from reseau.db.session import Database
from tests.conftest import REFERENCE

LEVELS = {"national": "national", "régional": "regional", "départemental": "departmental", "local": "local"}
# The report's short names of two partners (packaging/make_demo_data.py resolves them).
PARTNERS = {
    "CAF de la Gironde": "Caisse d'allocations familiales de la Gironde",
    "CAF d'Ille-et-Vilaine": "Caisse d'allocations familiales d'Ille-et-Vilaine",
}


@pytest.fixture(scope="module")
def facts() -> dict[str, Any]:
    source = REFERENCE / "mission-2005.json"
    if not source.exists():
        pytest.skip(f"reference facts not found at {source}")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def _mission_2005(session: Any) -> Exchange:
    return session.scalars(
        select(Exchange).where(
            Exchange.kind == ExchangeKind.MISSION, Exchange.title.startswith("Mission exploratoire")
        )
    ).one()


def test_every_organization_with_its_fields(demo_database: Database, facts: dict[str, Any]) -> None:
    named = [o for o in facts["organizations"] + facts["actors_to_explore"] if "name" in o]
    with demo_database.begin() as session:
        for raw in named:
            org = session.scalars(select(Organization).where(Organization.name == raw["name"])).one()
            assert org.country == raw["country"], raw["name"]
            assert org.level == LEVELS[raw["level"]], raw["name"]
            for field in ("acronym", "sector", "region", "department", "city"):
                assert getattr(org, field) == raw.get(field), (raw["name"], field)
            if raw.get("parent"):
                assert org.parent is not None and raw["parent"] in (org.parent.name, org.parent.acronym)


def test_every_person_with_organization_title_and_role(
    demo_database: Database, facts: dict[str, Any]
) -> None:
    coordinator = facts["mission"]["facts"]["coordinator"]
    with demo_database.begin() as session:
        mission = _mission_2005(session)
        roles: dict[int, set[ParticipantRole]] = {}
        for participant in mission.participants:
            roles.setdefault(participant.person_id, set()).add(ParticipantRole(participant.role))
        for raw in facts["quebec_delegation"]:
            person = session.scalars(
                select(Person).where(Person.first_name == raw["first"], Person.last_name == raw["last"])
            ).one()
            assert person.organization is not None and person.organization.name == raw["organization"]
            assert person.title == raw.get("title"), raw["last"]
            assert ParticipantRole.DELEGATE in roles[person.id]
            if f"{raw['first']} {raw['last']}" == coordinator:
                assert ParticipantRole.COORDINATOR in roles[person.id]
        for raw in facts["french_contacts"]:
            query = select(Person).join(Organization, isouter=True)
            if raw["last"]:
                query = query.where(Person.first_name == raw["first"], Person.last_name == raw["last"])
            else:  # named only by function: found by function and organization
                query = query.where(Person.title == raw["title"], Organization.name == raw["organization"])
            person = session.scalars(query).one()
            assert (person.organization.name if person.organization else None) == raw["organization"]
            assert person.title == raw.get("title")
            assert roles[person.id] == {ParticipantRole.HOST}


def test_the_adjointe_au_maire_de_bordeaux(demo_database: Database) -> None:
    with demo_database.begin() as session:
        adjointe = session.scalars(select(Person).where(Person.title == "adjointe au maire")).one()
        assert adjointe.organization is not None and adjointe.organization.city == "Bordeaux"
        assert "Bordeaux" in adjointe.last_name and adjointe.first_name == ""  # no name made up


def test_every_partner_and_city_of_the_mission(demo_database: Database, facts: dict[str, Any]) -> None:
    with demo_database.begin() as session:
        mission = _mission_2005(session)
        hosts = {link.organization.name for link in mission.organizations if link.role == OrgRole.HOST}
        home = {link.organization.acronym for link in mission.organizations if link.role == OrgRole.HOME}
        assert home == {facts["mission"]["organizer"]}
        for partner in facts["mission"]["partners"]:
            full = PARTNERS.get(partner, partner)
            assert any(full == h or fold(partner) == fold(h) for h in hosts) or any(
                session.scalars(select(Organization).where(Organization.acronym == partner)).first() is o
                for o in (link.organization for link in mission.organizations)
            ), partner
        for city in facts["mission"]["cities_visited"]:
            assert city in mission.description
        assert str(mission.start_date) == facts["mission"]["start"]
        assert str(mission.end_date) == facts["mission"]["end"]

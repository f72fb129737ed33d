"""Load the 2005 mission as demo data: idempotent, so loading twice creates no duplicates.

The facts come from ``reseau/data/demo_2005.json`` (made from the report by
``packaging/make_demo_data.py``). Each area adds its loader to ``LOADERS``: a loader gets the
session, the data and the :class:`DemoIndex` of what is already loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import (
    Assessment,
    Country,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    OrgLevel,
    OrgRole,
    ParticipantRole,
    ThemeKind,
    ThemeStatus,
)
from reseau.core.normalize import fold
from reseau.core.outcome import Outcome
from reseau.core.typography import french
from reseau.db.models import (
    Exchange,
    ExchangeObjective,
    ExchangeOrganization,
    ExchangeParticipant,
    ExchangeStatusChange,
    Organization,
    Person,
    Theme,
)
from reseau.services.demo.agenda import load_agenda_demo
from reseau.services.demo.base import DEMO_CONSENT, DEMO_SOURCE, DemoData, DemoIndex, DemoLoader
from reseau.services.demo.journal import load_journal_demo
from reseau.services.persons.records import name_key


@dataclass(frozen=True)
class DemoSummary:
    organizations: int
    persons: int
    themes: int
    exchanges: int
    created: int


def _typeset(value: Any) -> Any:
    if isinstance(value, str):
        return french(value)
    if isinstance(value, list):
        return [_typeset(item) for item in value]
    if isinstance(value, dict):
        return {key: _typeset(item) for key, item in value.items()}
    return value


def read_demo_data() -> DemoData:
    text = resources.files("reseau.data").joinpath("demo_2005.json").read_text(encoding="utf-8")
    # The report's French sentences get their no-break spaces (core.typography) as every other
    # French text does; a name that appears twice is changed the same way in both places.
    data: DemoData = _typeset(json.loads(text))
    return data


def _organization(session: Session, raw: dict[str, Any], index: DemoIndex) -> int:
    key = fold(raw["name"])
    org = session.scalar(
        select(Organization).where(Organization.name_key == key, Organization.country == raw["country"])
    )
    created = 0
    if org is None:
        org = Organization(
            name=raw["name"],
            name_key=key,
            acronym=raw.get("acronym"),
            country=Country(raw["country"]),
            level=OrgLevel(raw["level"]) if raw.get("level") else None,
            sector=raw.get("sector"),
            region=raw.get("region"),
            department=raw.get("department"),
            city=raw.get("city"),
            notes=raw.get("notes") or "",
        )
        session.add(org)
        created = 1
    index.organizations[raw["name"]] = org
    if raw.get("acronym") and raw["acronym"] not in index.organizations:
        index.organizations[raw["acronym"]] = org
    return created


def _load_organizations(session: Session, data: DemoData, index: DemoIndex) -> int:
    created = sum(_organization(session, raw, index) for raw in data["organizations"])
    session.flush()
    for raw in data["organizations"]:
        parent = raw.get("parent")
        if parent and parent in index.organizations:
            index.organizations[raw["name"]].parent = index.organizations[parent]
    # Delegates whose organization the report names only in the delegation list.
    for person in data["persons"]:
        name = person.get("organization")
        if name and name not in index.organizations:
            created += _organization(session, {"name": name, "country": person["country"]}, index)
    session.flush()
    return created


def _load_persons(session: Session, data: DemoData, index: DemoIndex) -> int:
    created = 0
    for raw in data["persons"]:
        org = index.organizations.get(raw.get("organization") or "")
        key = name_key(raw["first_name"] or "", raw["last_name"])
        query = select(Person).where(Person.name_key == key)
        if org is not None:
            query = query.where(Person.organization_id == org.id)
        person = session.scalars(query).first()
        if person is None:
            person = Person(
                first_name=raw["first_name"] or "",
                last_name=raw["last_name"],
                name_key=key,
                title=raw.get("title"),
                organization=org,
                country=Country(raw["country"]),
                notes=raw.get("notes") or "",
                source=DEMO_SOURCE,
                consent_basis=DEMO_CONSENT,
            )
            session.add(person)
            created += 1
        index.persons[f"{raw['first_name']} {raw['last_name']}"] = person
    session.flush()
    return created


def _load_themes(session: Session, data: DemoData, index: DemoIndex) -> int:
    created = 0
    for position, raw in enumerate(data["themes"]):
        theme = session.scalar(select(Theme).where(Theme.code == raw["code"]))
        if theme is None:
            theme = Theme(
                code=raw["code"],
                kind=ThemeKind(raw["kind"]),
                title=raw["title"],
                status=ThemeStatus.TO_START,
                position=position,
            )
            session.add(theme)
            created += 1
        index.themes[raw["code"]] = theme
    session.flush()
    return created


def _exchange(session: Session, kind: ExchangeKind, title: str) -> Exchange | None:
    return session.scalar(select(Exchange).where(Exchange.kind == kind, Exchange.title == title))


def _status_history(exchange: Exchange, steps: list[tuple[ExchangeStatus, date]]) -> None:
    exchange.status_history = [
        ExchangeStatusChange(status=s, changed_at=datetime(d.year, d.month, d.day, tzinfo=UTC))
        for s, d in steps
    ]


def _load_mission(session: Session, data: DemoData, index: DemoIndex) -> int:
    raw = data["mission"]
    mission = _exchange(session, ExchangeKind.MISSION, raw["title"])
    if mission is not None:
        index.exchanges["mission-2005"] = mission
        return 0
    start, end = date.fromisoformat(raw["start"]), date.fromisoformat(raw["end"])
    mission = Exchange(
        kind=ExchangeKind.MISSION,
        title=raw["title"],
        start_date=start,
        end_date=end,
        status=ExchangeStatus.ASSESSED,
        direction=Direction.QC_TO_FR,
        description="Villes visitées : " + ", ".join(raw["cities"]) + ".",
        outcome=(
            "Plus de 55 interlocuteurs français rencontrés (élus, gestionnaires, intervenants, "
            "citoyens) dans une vingtaine d'organisations ; seize thèmes de suivi retenus."
        ),
    )
    mission.objectives = [
        ExchangeObjective(
            code=o["code"],
            text=o["text"],
            assessment=Assessment(o["assessment"]),
            evidence=o.get("evidence", ""),
            position=i,
        )
        for i, o in enumerate(raw["objectives"])
    ]
    mission.organizations = [
        ExchangeOrganization(organization=index.organizations[raw["organizer"]], role=OrgRole.HOME)
    ] + [
        # Every partner the report names (the converter resolved « CAF de la Gironde » to its
        # organization); a missing one is an error in the data file, not a silent gap.
        ExchangeOrganization(organization=index.organizations[name], role=OrgRole.HOST)
        for name in raw.get("partner_organizations", raw["partners"])
    ]
    participants = []
    for person_raw in data["persons"]:
        person = index.persons[f"{person_raw['first_name']} {person_raw['last_name']}"]
        role = ParticipantRole(person_raw["role"])
        participants.append(ExchangeParticipant(person=person, role=role))
        if role == ParticipantRole.COORDINATOR:  # the coordinator was a delegate too
            participants.append(ExchangeParticipant(person=person, role=ParticipantRole.DELEGATE))
    mission.participants = participants
    mission.themes = [t for code, t in index.themes.items() if code.startswith("T")]
    _status_history(
        mission,
        [
            (ExchangeStatus.PLANNED, date(2005, 3, 1)),
            (ExchangeStatus.CONFIRMED, date(2005, 6, 1)),
            (ExchangeStatus.DONE, end),
            (ExchangeStatus.ASSESSED, date(2006, 4, 1)),
        ],
    )
    session.add(mission)
    session.flush()
    index.exchanges["mission-2005"] = mission
    return 1


def _load_stages(session: Session, data: DemoData, index: DemoIndex) -> int:
    created = 0
    for raw in data["stages"]:
        title = f"Stage de {raw['intern']} en France"
        stage = _exchange(session, ExchangeKind.STAGE, title)
        if stage is None:
            stage = Exchange(
                kind=ExchangeKind.STAGE,
                title=title,
                status=ExchangeStatus(raw["status"]),
                direction=Direction.QC_TO_FR,
                description=(
                    "Premier stage en France à la suite de la mission de 2005 ; "
                    "dates et organisation d'accueil non précisées dans le rapport."
                ),
            )
            stage.participants = [
                ExchangeParticipant(person=index.persons[raw["intern"]], role=ParticipantRole.INTERN)
            ]
            stage.organizations = [
                ExchangeOrganization(organization=index.organizations[raw["home"]], role=OrgRole.HOME)
            ]
            _status_history(stage, [(ExchangeStatus.DONE, date(2006, 4, 1))])
            session.add(stage)
            created += 1
        index.exchanges[title] = stage
    session.flush()
    return created


# In order: later loaders find what earlier ones put in the index.
LOADERS: tuple[DemoLoader, ...] = (
    _load_organizations,
    _load_persons,
    _load_themes,
    _load_mission,
    _load_stages,
    load_journal_demo,
    load_agenda_demo,
)


def load_demo(session: Session, data: DemoData | None = None) -> Outcome[DemoSummary]:
    """Load the 2005 mission; what is already there (same names, codes, titles) is reused."""
    data = data if data is not None else read_demo_data()
    index = DemoIndex()
    created = 0
    for loader in LOADERS:
        created += loader(session, data, index)
    summary = DemoSummary(
        organizations=len({id(o) for o in index.organizations.values()}),
        persons=len(index.persons),
        themes=len(index.themes),
        exchanges=len(index.exchanges),
        created=created,
    )
    return Outcome(summary, Changes.everything())

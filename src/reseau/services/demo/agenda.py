"""Demo: a draft agenda for the next mission (2027, Paris, Rennes, Bordeaux).

It is deliberately imperfect: it trips every agenda check (A1–A5 and each kind of conflict), so
a new user sees the checks at work on the Agenda de mission area.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.agenda import half_day_of
from reseau.core.enums import (
    Activity,
    Country,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    OrgLevel,
    OrgRole,
    ParticipantRole,
)
from reseau.core.normalize import fold
from reseau.db.models import (
    AgendaSlot,
    Exchange,
    ExchangeOrganization,
    ExchangeParticipant,
    Organization,
    Person,
)
from reseau.services.agenda.editing import saved_speakers
from reseau.services.demo.base import DemoData, DemoIndex

MISSION_TITLE = "Mission 2027 : développement social local (Paris, Rennes, Bordeaux) — brouillon"
START, END = date(2027, 5, 10), date(2027, 5, 13)
DELEGATES = ("Michel Morel", "Richard Massé", "France Fradette", "Gérard Lescot", "Nancy Lebeuf")
# A host to plan, missing from the 2005 report: covers the "santé" sector of rule A4.
NEW_HOST = {
    "name": "Agence régionale de santé de Bretagne",
    "acronym": "ARS",
    "sector": "santé",
    "city": "Rennes",
}
# A speaker whose contact record was deleted after the slot was planned.
DELETED_SPEAKER = "Hélène Carrère"

# The departure is written in Montréal time (America/Toronto in the tz database).
SLOT_ZONES = {"Vol Montréal → Paris": "America/Toronto"}

# Follow-up themes of the 2005 report that some slots take up.
SLOT_THEMES = {
    "La protection sociale en France": ("T01",),
    "Les CAF et l'action sociale": ("T02", "T03"),
    "Le développement social local": ("T04",),
    "La politique de la ville": ("T05",),
}

# day, start, end, activity, title, place, city, host, speakers, attendees (None: all delegates)
_Row = tuple[date, time, time, Activity, str, str, str, str | None, tuple[str, ...], tuple[str, ...] | None]
SLOTS: tuple[_Row, ...] = (
    (date(2027, 5, 9), time(18, 0), time(23, 0), Activity.TRAVEL, "Vol Montréal → Paris",
     "Aéroport Montréal-Trudeau", "Montréal", None, (), None),
    (date(2027, 5, 10), time(9, 0), time(11, 30), Activity.PRESENTATION,
     "La protection sociale en France", "CNAF", "Paris",
     "Caisse nationale des allocations familiales", ("Claude Bigot",), None),
    (date(2027, 5, 10), time(11, 30), time(12, 0), Activity.DISCUSSION, "Questions", "CNAF", "Paris",
     "Caisse nationale des allocations familiales", ("Claude Bigot",), None),
    (date(2027, 5, 10), time(14, 0), time(15, 30), Activity.SITE_VISIT, "Visite d'un centre social",
     "Centre social de Belleville", "Paris", None, (), None),
    (date(2027, 5, 10), time(15, 45), time(17, 15), Activity.SITE_VISIT, "Visite d'une MDS",
     "Maison des solidarités du 20e", "Paris", None, (), None),
    (date(2027, 5, 10), time(19, 0), time(20, 30), Activity.DEBRIEF, "Retour sur la journée",
     "Hôtel", "Paris", None, (), None),
    (date(2027, 5, 11), time(8, 0), time(10, 30), Activity.TRAVEL, "Train Paris → Rennes",
     "Gare Montparnasse", "Paris", None, (), None),
    (date(2027, 5, 11), time(11, 0), time(12, 0), Activity.PRESENTATION, "Les CAF et l'action sociale",
     "CAF d'Ille-et-Vilaine", "Rennes", "Caisse d'allocations familiales d'Ille-et-Vilaine", (), None),
    (date(2027, 5, 11), time(14, 0), time(15, 30), Activity.DISCUSSION, "Santé et territoires",
     "ARS Bretagne", "Rennes", NEW_HOST["name"], (), None),
    (date(2027, 5, 11), time(15, 0), time(16, 30), Activity.SITE_VISIT, "Visite du CDAS",
     "Centre départemental d'action sociale", "Rennes", "Centre départemental d'action sociale", (), None),
    (date(2027, 5, 12), time(9, 0), time(10, 30), Activity.PRESENTATION, "Le développement social local",
     "CAF d'Ille-et-Vilaine", "Rennes", "Caisse d'allocations familiales d'Ille-et-Vilaine", (), None),
    (date(2027, 5, 12), time(11, 0), time(12, 0), Activity.DISCUSSION, "Échanges avec les élus",
     "Hôtel de ville", "Bordeaux", "Mairie de Bordeaux", ("Jean-Marie Bézard",), None),
    (date(2027, 5, 12), time(14, 0), time(16, 0), Activity.PRESENTATION, "La politique de la ville",
     "Hôtel de ville", "Bordeaux", "Mairie de Bordeaux", ("Jean-Marie Bézard", DELETED_SPEAKER), None),
    (date(2027, 5, 12), time(15, 0), time(16, 30), Activity.DISCUSSION, "Entretien avec la DGAS",
     "Préfecture", "Bordeaux", "Direction générale de l'action sociale", (),
     ("Michel Morel", "Richard Massé")),
    (date(2027, 5, 12), time(19, 0), time(20, 0), Activity.DEBRIEF, "Retour sur la journée",
     "Hôtel", "Bordeaux", None, (), None),
    (date(2027, 5, 13), time(9, 0), time(10, 0), Activity.PRESENTATION, "Le projet social de Pessac",
     "Mairie de Pessac", "Pessac", "Ville de Pessac", (), None),
    (date(2027, 5, 13), time(10, 0), time(12, 0), Activity.DISCUSSION, "Questions et échanges",
     "Mairie de Pessac", "Pessac", "Ville de Pessac", (), None),
    # A lunch whose place names no city, then a visit to a town too small for the city table.
    (date(2027, 5, 13), time(12, 15), time(13, 30), Activity.MEAL, "Déjeuner",
     "Café du Port", "", None, (), None),
    (date(2027, 5, 13), time(14, 0), time(15, 30), Activity.SITE_VISIT, "Visite d'une épicerie solidaire",
     "Épicerie solidaire", "Saint-Émilion", None, (), None),
    (date(2027, 5, 13), time(16, 0), time(17, 30), Activity.DEBRIEF, "Bilan de la mission entre nous",
     "Hôtel", "Bordeaux", None, (), None),
)  # fmt: skip


def _add_new_host(session: Session, index: DemoIndex) -> int:
    """Put the ARS in the index, creating it once; returns how many records were created."""
    name = NEW_HOST["name"]
    org = session.scalar(select(Organization).where(Organization.name_key == fold(name)))
    created = 0
    if org is None:
        org = Organization(
            name=name,
            name_key=fold(name),
            acronym=NEW_HOST["acronym"],
            country=Country.FRANCE,
            level=OrgLevel.REGIONAL,
            sector=NEW_HOST["sector"],
            city=NEW_HOST["city"],
        )
        session.add(org)
        created = 1
    index.organizations[name] = org
    return created


def _persons(index: DemoIndex, names: tuple[str, ...]) -> list[Person]:
    return [index.persons[n] for n in names if n in index.persons]


def load_agenda_demo(session: Session, data: DemoData, index: DemoIndex) -> int:
    """Add the 2027 draft mission and its agenda once; returns 1 if it was created."""
    created = _add_new_host(session, index)
    existing = session.scalar(
        select(Exchange).where(Exchange.kind == ExchangeKind.MISSION, Exchange.title == MISSION_TITLE)
    )
    if existing is not None:
        index.exchanges["mission-2027"] = existing
        return created
    mission = Exchange(
        kind=ExchangeKind.MISSION,
        title=MISSION_TITLE,
        start_date=START,
        end_date=END,
        status=ExchangeStatus.PLANNED,
        direction=Direction.QC_TO_FR,
        description="Brouillon de programme : les vérifications A1–A5 y signalent ce qui reste à revoir.",
    )
    mission.participants = [
        ExchangeParticipant(person=p, role=ParticipantRole.DELEGATE) for p in _persons(index, DELEGATES)
    ]
    hosts: dict[str, Organization] = {}
    for row in SLOTS:
        day, start, end, activity, title, place, city, host_name, speakers, attendees = row
        host = index.organizations.get(host_name) if host_name else None
        if host is not None:
            hosts[host.name] = host
        people = _persons(index, speakers)
        mission.slots.append(
            AgendaSlot(
                day=day,
                half_day=half_day_of(start),
                start_time=start,
                end_time=end,
                activity=activity,
                title=title,
                place=place,
                city=city,
                host_organization=host,
                speakers=people,
                # The deleted speaker keeps an id no person has: it reads as deleted.
                saved_speakers=saved_speakers(people)
                + [{"id": 0, "name": n} for n in speakers if n not in index.persons],
                all_delegates=attendees is None,
                attendees=_persons(index, attendees or ()),
                themes=[index.themes[c] for c in SLOT_THEMES.get(title, ()) if c in index.themes],
                time_zone=SLOT_ZONES.get(title, ""),
            )
        )
    mission.organizations = [ExchangeOrganization(organization=o, role=OrgRole.HOST) for o in hosts.values()]
    session.add(mission)
    session.flush()
    index.exchanges["mission-2027"] = mission
    return created + 1

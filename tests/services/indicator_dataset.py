"""A small fixed dataset whose indicators are known by hand (see the expected values in the tests).

Today is 2025-06-30. Two themes of the report and one of the user's; four organizations and five
persons (two per side, one elsewhere); four exchanges (a 2024 mission with an agenda, a 2025 stage,
a 2025 visit, an undated seminar); five journal entries with every kind of follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import delete
from sqlalchemy.orm import Session

from reseau.core.enums import (
    Activity,
    Assessment,
    ContactKind,
    Country,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    HalfDay,
    InteractionKind,
    OrgLevel,
    OrgRole,
    ParticipantRole,
    ThemeKind,
)
from reseau.core.normalize import fold
from reseau.db.models import (
    AgendaSlot,
    ContactPoint,
    Exchange,
    ExchangeObjective,
    ExchangeOrganization,
    ExchangeParticipant,
    Interaction,
    Organization,
    Person,
    Theme,
)
from reseau.services.persons.records import name_key

TODAY = date(2025, 6, 30)


@dataclass(frozen=True)
class DatasetIds:
    mission: int
    stage: int
    theme_family: int
    theme_poverty: int
    theme_housing: int


def _org(name: str, country: Country, level: OrgLevel, sector: str | None, city: str) -> Organization:
    return Organization(
        name=name, name_key=fold(name), country=country, level=level, sector=sector, city=city
    )


def _person(first: str, last: str, country: Country, org: Organization | None, **kw: object) -> Person:
    return Person(
        first_name=first,
        last_name=last,
        name_key=name_key(first, last),
        country=country,
        organization=org,
        **kw,
    )


def _stamp(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def build_dataset(session: Session) -> DatasetIds:
    # A fixed dataset: the themes that migration 0003 seeds in every database are replaced by
    # the three this dataset counts with.
    session.execute(delete(Theme))
    family = Theme(code="T01", kind=ThemeKind.FOLLOW_UP, title="Famille", position=0)
    poverty = Theme(code="T02", kind=ThemeKind.FOLLOW_UP, title="Pauvreté", position=1)
    housing = Theme(code=None, kind=ThemeKind.USER, title="Logement", position=2)
    caf = _org("CAF de Bordeaux", Country.FRANCE, OrgLevel.LOCAL, "action sociale", "Bordeaux")
    mairie = _org("Mairie de Rennes", Country.FRANCE, OrgLevel.LOCAL, None, "Rennes")
    ciusss = _org("CIUSSS du Centre", Country.QUEBEC, OrgLevel.REGIONAL, "santé", "Montréal")
    ministere = _org("Ministère de la Famille", Country.QUEBEC, OrgLevel.NATIONAL, "santé", "Québec")
    caf.themes = [family]
    ciusss.themes = [family, poverty]
    alice = _person("Alice", "Tremblay", Country.QUEBEC, ciusss)
    bruno = _person("Bruno", "Gagnon", Country.QUEBEC, ministere)
    claire = _person("Claire", "Martin", Country.FRANCE, caf, title="Directrice")
    denis = _person("Denis", "Petit", Country.FRANCE, mairie, sectors=["logement", "jeunesse"])
    eva = _person("Eva", "Schmidt", Country.OTHER, None)
    alice.themes = [family]
    bruno.themes = [poverty]
    claire.themes = [family]
    claire.contact_points = [
        ContactPoint(kind=ContactKind.EMAIL, value="claire.martin@caf.fr", normalized="claire.martin@caf.fr"),
        ContactPoint(kind=ContactKind.PHONE, value="05 56 00 00 00", normalized="+33556000000"),
    ]
    session.add_all(
        [family, poverty, housing, caf, mairie, ciusss, ministere, alice, bruno, claire, denis, eva]
    )

    mission = Exchange(
        kind=ExchangeKind.MISSION,
        title="Mission Bordeaux-Rennes 2024",
        start_date=date(2024, 10, 1),
        end_date=date(2024, 10, 8),
        status=ExchangeStatus.ASSESSED,
        direction=Direction.QC_TO_FR,
        outcome="Douze interlocuteurs rencontrés.",
        briefing_html=(
            "<h2>Avant le départ</h2><p>Lire le dossier sur les <b>CAF</b> et la politique familiale.</p>"
        ),
    )
    mission.participants = [
        ExchangeParticipant(person=alice, role=ParticipantRole.DELEGATE),
        ExchangeParticipant(person=bruno, role=ParticipantRole.DELEGATE),
        ExchangeParticipant(person=bruno, role=ParticipantRole.COORDINATOR),
        ExchangeParticipant(person=claire, role=ParticipantRole.HOST),
    ]
    mission.organizations = [
        ExchangeOrganization(organization=ciusss, role=OrgRole.HOME),
        ExchangeOrganization(organization=caf, role=OrgRole.HOST),
    ]
    mission.themes = [family]
    mission.objectives = [
        ExchangeObjective(
            code="O1",
            text="Connaître les pratiques des CAF.",
            assessment=Assessment.FULLY,
            evidence="Six présentations suivies.",
            position=0,
        ),
        ExchangeObjective(
            code="O2",
            text="Connaître la recherche évaluative.",
            assessment=Assessment.PARTIALLY,
            evidence="Agenda trop dense pour la recherche.",
            position=1,
        ),
        ExchangeObjective(
            code="O3",
            text="Explorer le réseautage.",
            assessment=Assessment.RELEVANCE_CONFIRMED,
            evidence="Un stage a suivi.",
            position=2,
        ),
    ]
    mission.slots = [
        AgendaSlot(
            day=date(2024, 10, 1),
            half_day=HalfDay.MORNING,
            start_time=time(9, 0),
            end_time=time(12, 0),
            activity=Activity.PRESENTATION,
            title="L'action sociale de la CAF",
            place="Siège de la CAF",
            city="Bordeaux",
            host_organization=caf,
            speakers=[claire],
            all_delegates=True,
        ),
        AgendaSlot(
            day=date(2024, 10, 2),
            half_day=HalfDay.AFTERNOON,
            activity=Activity.SITE_VISIT,
            title="Visite d'un centre social",
            city="Rennes",
            host_organization=mairie,
            speakers=[denis],
            all_delegates=False,
            attendees=[alice],
        ),
    ]
    stage = Exchange(
        kind=ExchangeKind.STAGE,
        title="Stage de Bruno à Paris",
        start_date=date(2025, 2, 1),
        end_date=date(2025, 3, 31),
        status=ExchangeStatus.DONE,
        direction=Direction.QC_TO_FR,
    )
    stage.participants = [ExchangeParticipant(person=bruno, role=ParticipantRole.INTERN)]
    stage.organizations = [ExchangeOrganization(organization=ministere, role=OrgRole.HOME)]
    stage.themes = [poverty]
    stage.objectives = [
        ExchangeObjective(code="O1", text="Observer un guichet unique.", assessment=Assessment.LARGELY),
        ExchangeObjective(code="O2", text="Rédiger un rapport.", assessment=Assessment.TO_ASSESS, position=1),
    ]
    visit = Exchange(
        kind=ExchangeKind.VISIT,
        title="Visite de Denis au Québec",
        start_date=date(2025, 5, 10),
        status=ExchangeStatus.PLANNED,
        direction=Direction.FR_TO_QC,
    )
    visit.participants = [ExchangeParticipant(person=denis, role=ParticipantRole.DELEGATE)]
    visit.organizations = [ExchangeOrganization(organization=mairie, role=OrgRole.HOME)]
    seminar = Exchange(kind=ExchangeKind.SEMINAR, title="Séminaire à organiser", status=ExchangeStatus.IDEA)
    session.add_all([mission, stage, visit, seminar])
    session.flush()

    entries = [
        Interaction(
            occurred_on=date(2024, 10, 3),
            kind=InteractionKind.MEETING,
            summary="Rencontre à la CAF",
            exchange_id=mission.id,
            persons=[claire],
            themes=[family],
            follow_up_on=date(2024, 11, 1),
            follow_up_state=FollowUpState.DONE,
            updated_at=_stamp(date(2024, 10, 20)),
        ),
        Interaction(
            occurred_on=date(2024, 11, 15),
            kind=InteractionKind.CALL,
            summary="Appel de suivi",
            persons=[alice],
            themes=[family, poverty],
            follow_up_on=date(2024, 12, 1),
            follow_up_state=FollowUpState.DONE,
            updated_at=_stamp(date(2024, 12, 10)),
        ),
        Interaction(
            occurred_on=date(2025, 1, 10),
            kind=InteractionKind.EMAIL,
            summary="Envoyer le rapport à Denis",
            persons=[denis],
            follow_up_on=date(2025, 2, 1),
            follow_up_state=FollowUpState.OPEN,
        ),
        Interaction(
            occurred_on=date(2025, 3, 5),
            kind=InteractionKind.MEETING,
            summary="Bilan du stage",
            exchange_id=stage.id,
            organizations=[ministere],
            themes=[poverty],
            follow_up_on=date(2025, 7, 15),
            follow_up_state=FollowUpState.OPEN,
        ),
        Interaction(
            occurred_on=date(2025, 3, 20), kind=InteractionKind.VISIT, summary="Visite d'Eva", persons=[eva]
        ),
    ]
    session.add_all(entries)
    session.flush()
    return DatasetIds(mission.id, stage.id, family.id, poverty.id, housing.id)

"""The Tableau de bord's overview: what a coordinator opens Réseau to see (issue 16.6).

The next mission however far it is (the 2027 one, not only the next 60 days) with its place
and its open agenda warnings, the stage reports that are late, the themes with nobody on one
side of the ocean, and the size of the network on each side. Read in the dashboard's session;
the view receives plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from reseau.core.agenda import BUILT_IN_SETTINGS, CheckSettings
from reseau.core.enums import Country, ExchangeKind, ExchangeStatus, OrgRole
from reseau.db.models import AgendaSlot, Exchange, ExchangeOrganization, Organization, Person

# The agenda checks, the stages and the themes' coverage are imported by the functions that
# read them, on the reader thread that builds the board: the window imports this module for
# its types before its first paint, and those three cost 0.07 s there (issue 19.3).


@dataclass(frozen=True)
class NextMission:
    id: int
    title: str
    start_date: date
    end_date: date | None
    days_left: int  # 0 while it is under way
    place: str  # the cities of its agenda, else of its host organizations; "" if none
    slots: int  # agenda slots planned
    open_warnings: int  # agenda checks not acknowledged


@dataclass(frozen=True)
class LateReport:
    id: int
    title: str
    intern: str
    report_due: date
    days_late: int


@dataclass(frozen=True)
class CoverageGap:
    theme_id: int
    code: str
    title: str
    missing_fr: bool  # nobody on the French side
    missing_qc: bool  # nobody on the Québec side


@dataclass(frozen=True)
class NetworkSize:
    persons: dict[Country, int]
    organizations: dict[Country, int]

    @classmethod
    def none(cls) -> NetworkSize:
        return cls(dict.fromkeys(Country, 0), dict.fromkeys(Country, 0))

    @property
    def total_persons(self) -> int:
        return sum(self.persons.values())

    @property
    def total_organizations(self) -> int:
        return sum(self.organizations.values())


def next_mission(
    session: Session, today: date, defaults: CheckSettings = BUILT_IN_SETTINGS
) -> NextMission | None:
    """The first mission under way or to come (not cancelled), with its agenda's open warnings."""
    mission = session.scalars(
        select(Exchange)
        .where(
            Exchange.kind == ExchangeKind.MISSION,
            Exchange.start_date.is_not(None),
            (Exchange.start_date >= today) | (Exchange.end_date >= today),
            Exchange.status != ExchangeStatus.CANCELLED,
        )
        .options(selectinload(Exchange.organizations).selectinload(ExchangeOrganization.organization))
        .order_by(Exchange.start_date, Exchange.id)
        .limit(1)
    ).first()
    if mission is None or mission.start_date is None:
        return None
    from reseau.services.agenda.reading import check_mission

    warnings = check_mission(session, mission.id, defaults)
    slots = session.scalar(
        select(func.count()).select_from(AgendaSlot).where(AgendaSlot.exchange_id == mission.id)
    )
    return NextMission(
        id=mission.id,
        title=mission.title,
        start_date=mission.start_date,
        end_date=mission.end_date,
        days_left=max(0, (mission.start_date - today).days),
        place=_place(session, mission),
        slots=slots or 0,
        open_warnings=sum(not w.is_acknowledged for w in warnings),
    )


def _place(session: Session, mission: Exchange) -> str:
    """The cities of its agenda in order of visit, else its host organizations' cities."""
    cities = list(
        session.scalars(
            select(AgendaSlot.city)
            .where(AgendaSlot.exchange_id == mission.id, AgendaSlot.city != "")
            .order_by(AgendaSlot.day, AgendaSlot.start_time)
        )
    )
    if not cities:
        cities = [
            link.organization.city
            for link in mission.organizations
            if link.role == OrgRole.HOST and link.organization.city
        ]
    return ", ".join(dict.fromkeys(cities))  # in order, each once


def late_reports(session: Session, today: date) -> list[LateReport]:
    """Stages whose report was due before today and that are not assessed, most late first."""
    from reseau.services.exchanges.stages import StageSituation, list_stages

    rows = [
        LateReport(r.id, r.title, r.intern, r.report_due, (today - r.report_due).days)
        for r in list_stages(session, today)
        if r.situation == StageSituation.REPORT_OVERDUE and r.report_due is not None
    ]
    return sorted(rows, key=lambda r: (-r.days_late, r.title))


def coverage_gaps(session: Session, today: date) -> list[CoverageGap]:
    """Open themes with nobody, person or organization, on the French or on the Québec side."""
    from reseau.services.themes.coverage import coverage

    return [
        CoverageGap(row.theme_id, row.code, row.title, row.gap_fr, row.gap_qc)
        for row in coverage(session, today)
        if row.gap
    ]


def network_size(session: Session) -> NetworkSize:
    """Persons and organizations per country (France, Québec, elsewhere)."""

    def per_country(column: InstrumentedAttribute[Country]) -> dict[Country, int]:
        counts = dict.fromkeys(Country, 0)
        for country, count in session.execute(select(column, func.count()).group_by(column)):
            known = country in {c.value for c in Country}
            counts[Country(country) if known else Country.OTHER] += count
        return counts

    return NetworkSize(per_country(Person.country), per_country(Organization.country))

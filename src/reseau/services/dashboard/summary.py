"""The Tableau de bord: what is due to follow up, the exchanges of the next 60 days, and the
overview (next mission, late stage reports, coverage gaps, size of the network: overview.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.agenda import BUILT_IN_SETTINGS, CheckSettings
from reseau.core.enums import ExchangeKind, ExchangeStatus
from reseau.db.models import Exchange
from reseau.services.dashboard.overview import (
    CoverageGap,
    LateReport,
    NetworkSize,
    NextMission,
    coverage_gaps,
    late_reports,
    network_size,
    next_mission,
)
from reseau.services.dashboard.plain import DUE_LIMIT as DUE_LIMIT
from reseau.services.journal.follow_ups import Bucket, due_counts

HORIZON_DAYS = 60


@dataclass(frozen=True)
class UpcomingExchange:
    id: int
    title: str
    kind: ExchangeKind
    status: ExchangeStatus
    start_date: date
    end_date: date | None
    days_left: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    later_count: int
    upcoming: tuple[UpcomingExchange, ...]
    counts: dict[Bucket, int] = field(default_factory=dict)  # every follow-up, per bucket
    next_mission: NextMission | None = None
    late_reports: tuple[LateReport, ...] = ()
    coverage_gaps: tuple[CoverageGap, ...] = ()
    network: NetworkSize = field(default_factory=NetworkSize.none)

    @property
    def empty(self) -> bool:
        """Nothing recorded yet: no person, no organization (the dashboard offers the demo)."""
        return self.network.total_persons == 0 and self.network.total_organizations == 0


def upcoming_exchanges(session: Session, today: date, days: int = HORIZON_DAYS) -> list[UpcomingExchange]:
    """Exchanges starting between today and ``today + days`` (or under way today), not cancelled."""
    horizon = today + timedelta(days=days)
    query = (
        select(Exchange)
        .where(
            Exchange.start_date.is_not(None),
            Exchange.start_date <= horizon,
            (Exchange.start_date >= today) | (Exchange.end_date >= today),
            Exchange.status != ExchangeStatus.CANCELLED,
        )
        .order_by(Exchange.start_date, Exchange.title)
    )
    rows = []
    for x in session.scalars(query):
        assert x.start_date is not None
        rows.append(
            UpcomingExchange(
                id=x.id,
                title=x.title,
                kind=ExchangeKind(x.kind),
                status=ExchangeStatus(x.status),
                start_date=x.start_date,
                end_date=x.end_date,
                days_left=max(0, (x.start_date - today).days),
            )
        )
    return rows


def dashboard(session: Session, today: date, defaults: CheckSettings = BUILT_IN_SETTINGS) -> Dashboard:
    """Counts and the next exchanges; the follow-ups themselves are read by the dashboard's
    FollowUpsView, at most DUE_LIMIT per bucket (services.follow_ups.due_page). Reading the whole
    due list took 1.25 s with 4,000 open follow-ups at 100,000 persons. ``defaults``: the agenda
    checks' thresholds from the Préférences (core.settings.agenda_defaults), for the next
    mission's warning count."""
    counts = due_counts(session, today)
    return Dashboard(
        today=today,
        later_count=counts[Bucket.LATER],
        upcoming=tuple(upcoming_exchanges(session, today)),
        counts=counts,
        next_mission=next_mission(session, today, defaults),
        late_reports=tuple(late_reports(session, today)),
        coverage_gaps=tuple(coverage_gaps(session, today)),
        network=network_size(session),
    )

"""The exchanges a person or an organization took part in (for their detail panes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.enums import ExchangeKind, ExchangeStatus
from reseau.db.models import Exchange, ExchangeOrganization, ExchangeParticipant


@dataclass(frozen=True)
class TakenPart:
    exchange_id: int
    title: str
    kind: ExchangeKind
    status: ExchangeStatus
    start_date: date | None
    roles: tuple[str, ...]  # role codes, as stored


def _grouped(rows: list[tuple[Exchange, str]]) -> list[TakenPart]:
    by_id: dict[int, tuple[Exchange, list[str]]] = {}
    for exchange, role in rows:
        by_id.setdefault(exchange.id, (exchange, []))[1].append(role)
    parts = [
        TakenPart(x.id, x.title, ExchangeKind(x.kind), ExchangeStatus(x.status), x.start_date, tuple(roles))
        for x, roles in by_id.values()
    ]
    # Newest first; undated ideas last.
    return sorted(
        parts, key=lambda p: (p.start_date is None, -(p.start_date or date.min).toordinal(), p.title)
    )


def exchanges_of_person(session: Session, person_id: int) -> list[TakenPart]:
    rows = session.execute(
        select(Exchange, ExchangeParticipant.role)
        .join(ExchangeParticipant, ExchangeParticipant.exchange_id == Exchange.id)
        .where(ExchangeParticipant.person_id == person_id)
    ).all()
    return _grouped([(x, str(role)) for x, role in rows])


def exchanges_of_organization(session: Session, organization_id: int) -> list[TakenPart]:
    rows = session.execute(
        select(Exchange, ExchangeOrganization.role)
        .join(ExchangeOrganization, ExchangeOrganization.exchange_id == Exchange.id)
        .where(ExchangeOrganization.organization_id == organization_id)
    ).all()
    return _grouped([(x, str(role)) for x, role in rows])

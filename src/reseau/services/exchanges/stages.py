"""Stages (internships): where each one stands today — in progress, coming, report overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import AgreementStatus, ExchangeKind, ExchangeStatus, OrgRole, ParticipantRole
from reseau.core.normalize import display_name, organization_short
from reseau.db.models import Exchange, ExchangeOrganization, ExchangeParticipant


class StageSituation(StrEnum):
    REPORT_OVERDUE = "report_overdue"
    IN_PROGRESS = "in_progress"
    COMING = "coming"
    FINISHED = "finished"
    UNDATED = "undated"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class StageRow:
    id: int
    title: str
    status: ExchangeStatus
    situation: StageSituation
    intern: str
    tutor: str
    home: str
    host: str
    start_date: date | None
    end_date: date | None
    agreement_status: AgreementStatus | None
    report_due: date | None


def situation(
    status: ExchangeStatus, start: date | None, end: date | None, report_due: date | None, today: date
) -> StageSituation:
    """Overdue wins: a report due before today and no assessment yet is what needs chasing."""
    if status == ExchangeStatus.CANCELLED:
        return StageSituation.CANCELLED
    if report_due is not None and report_due < today and status != ExchangeStatus.ASSESSED:
        return StageSituation.REPORT_OVERDUE
    if start is None:
        return StageSituation.UNDATED
    if start > today:
        return StageSituation.COMING
    if (end or start) >= today:
        return StageSituation.IN_PROGRESS
    return StageSituation.FINISHED


def _names(x: Exchange, role: ParticipantRole) -> str:
    return ", ".join(
        display_name(p.person.first_name, p.person.last_name) for p in x.participants if p.role == role
    )


def _orgs(x: Exchange, role: OrgRole) -> str:
    return ", ".join(
        organization_short(o.organization.name, o.organization.acronym, o.organization.city)
        for o in x.organizations
        if o.role == role
    )


def list_stages(session: Session, today: date) -> list[StageRow]:
    query = (
        select(Exchange)
        .where(Exchange.kind == ExchangeKind.STAGE)
        .options(
            selectinload(Exchange.participants).selectinload(ExchangeParticipant.person),
            selectinload(Exchange.organizations).selectinload(ExchangeOrganization.organization),
        )
        .order_by(Exchange.start_date, Exchange.id)
    )
    return [
        StageRow(
            id=x.id,
            title=x.title,
            status=ExchangeStatus(x.status),
            situation=situation(ExchangeStatus(x.status), x.start_date, x.end_date, x.report_due, today),
            intern=_names(x, ParticipantRole.INTERN),
            tutor=_names(x, ParticipantRole.TUTOR),
            home=_orgs(x, OrgRole.HOME),
            host=_orgs(x, OrgRole.HOST),
            start_date=x.start_date,
            end_date=x.end_date,
            agreement_status=AgreementStatus(x.agreement_status) if x.agreement_status else None,
            report_due=x.report_due,
        )
        for x in session.scalars(query)
    ]

"""Everything the organization pane shows, read in one session: the view renders it without one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from reseau.services.agenda.reading import PlannedSlot, slots_of_organization
from reseau.services.exchanges.links import TakenPart, exchanges_of_organization
from reseau.services.journal.entries import EntryRow, organization_timeline
from reseau.services.organizations.records import OrganizationDetail, get_organization


@dataclass(frozen=True)
class OrganizationPage:
    detail: OrganizationDetail
    exchanges: tuple[TakenPart, ...]  # the exchanges it took part in
    journal: tuple[EntryRow, ...]  # entries naming it or one of its people, newest first
    slots: tuple[PlannedSlot, ...]  # the mission agenda slots it hosts


def organization_page(session: Session, organization_id: int) -> OrganizationPage:
    return OrganizationPage(
        detail=get_organization(session, organization_id),
        exchanges=tuple(exchanges_of_organization(session, organization_id)),
        journal=tuple(organization_timeline(session, organization_id)),
        slots=tuple(slots_of_organization(session, organization_id)),
    )

"""Which records the indicators count under the shared filters (period, country, theme, kind).

- Exchanges match the period when their dates overlap it (an exchange without dates matches only
  when no period is set); they match a country when one of their participants or organizations
  is in it, a theme through ``exchange_theme``.
- Contacts (persons, organizations) are a stock: without period or kind, every contact counts;
  with a period or a kind, only contacts involved in a matching exchange (participant, linked
  organization, agenda speaker or host) or, when no kind is set, in a journal entry of the period.
- Journal entries match the period by their date (follow-ups by their due date), the country
  through their persons and organizations, the kind through the exchange they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session

from reseau.core.enums import Country, ExchangeKind
from reseau.db.models import (
    AgendaSlot,
    Exchange,
    ExchangeOrganization,
    ExchangeParticipant,
    Interaction,
    Organization,
    Person,
)
from reseau.db.models.links import (
    exchange_themes,
    interaction_organizations,
    interaction_persons,
    interaction_themes,
    organization_themes,
    person_themes,
    slot_speakers,
)


@dataclass(frozen=True)
class IndicatorFilters:
    """The filters shared by every chart; ``None`` means "all"."""

    start: date | None = None
    end: date | None = None
    country: Country | None = None
    theme_id: int | None = None
    kind: ExchangeKind | None = None

    @property
    def empty_period(self) -> bool:
        return self.start is not None and self.end is not None and self.start > self.end

    @property
    def has_period(self) -> bool:
        return self.start is not None or self.end is not None

    @classmethod
    def year(cls, year: int, **others: object) -> IndicatorFilters:
        return cls(start=date(year, 1, 1), end=date(year, 12, 31), **others)  # type: ignore[arg-type]


def matching_exchanges(filters: IndicatorFilters) -> Select[Any]:
    """The ids of the exchanges that match ``filters``."""
    query = select(Exchange.id)
    if filters.kind is not None:
        query = query.where(Exchange.kind == filters.kind)
    if filters.end is not None:
        query = query.where(Exchange.start_date <= filters.end)
    if filters.start is not None:
        query = query.where(func.coalesce(Exchange.end_date, Exchange.start_date) >= filters.start)
    if filters.country is not None:
        by_person = exists().where(
            ExchangeParticipant.exchange_id == Exchange.id,
            ExchangeParticipant.person_id == Person.id,
            Person.country == filters.country,
        )
        by_org = exists().where(
            ExchangeOrganization.exchange_id == Exchange.id,
            ExchangeOrganization.organization_id == Organization.id,
            Organization.country == filters.country,
        )
        query = query.where(or_(by_person, by_org))
    if filters.theme_id is not None:
        query = query.where(
            exists().where(
                exchange_themes.c.exchange_id == Exchange.id,
                exchange_themes.c.theme_id == filters.theme_id,
            )
        )
    return query


def matching_interactions(filters: IndicatorFilters, on_follow_up: bool = False) -> Select[Any]:
    """The ids of the journal entries that match ``filters`` (by due date if ``on_follow_up``)."""
    day = Interaction.follow_up_on if on_follow_up else Interaction.occurred_on
    query = select(Interaction.id)
    if filters.start is not None:
        query = query.where(day >= filters.start)
    if filters.end is not None:
        query = query.where(day <= filters.end)
    if filters.kind is not None:
        query = query.where(
            Interaction.exchange_id.in_(select(Exchange.id).where(Exchange.kind == filters.kind))
        )
    if filters.theme_id is not None:
        query = query.where(
            exists().where(
                interaction_themes.c.interaction_id == Interaction.id,
                interaction_themes.c.theme_id == filters.theme_id,
            )
        )
    if filters.country is not None:
        by_person = exists().where(
            interaction_persons.c.interaction_id == Interaction.id,
            interaction_persons.c.person_id == Person.id,
            Person.country == filters.country,
        )
        by_org = exists().where(
            interaction_organizations.c.interaction_id == Interaction.id,
            interaction_organizations.c.organization_id == Organization.id,
            Organization.country == filters.country,
        )
        query = query.where(or_(by_person, by_org))
    return query


def _involved(session: Session, filters: IndicatorFilters) -> tuple[set[int], set[int]] | None:
    """Persons and organizations involved under the period/kind filters; None: no restriction."""
    if not filters.has_period and filters.kind is None:
        return None
    scope = IndicatorFilters(start=filters.start, end=filters.end, kind=filters.kind)
    exchanges = matching_exchanges(scope)
    persons = set(
        session.scalars(
            select(ExchangeParticipant.person_id).where(ExchangeParticipant.exchange_id.in_(exchanges))
        )
    )
    slots = select(AgendaSlot.id).where(AgendaSlot.exchange_id.in_(exchanges))
    persons |= set(
        session.scalars(select(slot_speakers.c.person_id).where(slot_speakers.c.agenda_slot_id.in_(slots)))
    )
    orgs = set(
        session.scalars(
            select(ExchangeOrganization.organization_id).where(
                ExchangeOrganization.exchange_id.in_(exchanges)
            )
        )
    )
    orgs |= {
        org_id
        for org_id in session.scalars(select(AgendaSlot.host_organization_id).where(AgendaSlot.id.in_(slots)))
        if org_id is not None
    }
    if filters.kind is None:
        entries = matching_interactions(scope)
        persons |= set(
            session.scalars(
                select(interaction_persons.c.person_id).where(
                    interaction_persons.c.interaction_id.in_(entries)
                )
            )
        )
        orgs |= set(
            session.scalars(
                select(interaction_organizations.c.organization_id).where(
                    interaction_organizations.c.interaction_id.in_(entries)
                )
            )
        )
    return persons, orgs


class Contact(NamedTuple):
    """What the contact indicators need of a person or an organization (columns, not entities:
    loading thousands of ORM objects cost most of the time)."""

    id: int
    country: str
    sectors: list[str]
    sector: str | None  # the organization's (a person's own organization)
    level: str | None


# Bound parameters in one IN list: far below SQLite's limit (32,766 since 3.32).
_IN_LIMIT = 20_000


def matching_contacts(session: Session, filters: IndicatorFilters) -> tuple[list[Contact], list[Contact]]:
    """The persons and organizations the contact indicators count."""
    persons_q = select(
        Person.id, Person.country, Person.sectors, Organization.sector, Organization.level
    ).outerjoin(Organization, Person.organization_id == Organization.id)
    orgs_q = select(Organization.id, Organization.country, Organization.sector, Organization.level)
    if filters.country is not None:
        persons_q = persons_q.where(Person.country == filters.country)
        orgs_q = orgs_q.where(Organization.country == filters.country)
    if filters.theme_id is not None:
        persons_q = persons_q.where(
            Person.id.in_(
                select(person_themes.c.person_id).where(person_themes.c.theme_id == filters.theme_id)
            )
        )
        orgs_q = orgs_q.where(
            Organization.id.in_(
                select(organization_themes.c.organization_id).where(
                    organization_themes.c.theme_id == filters.theme_id
                )
            )
        )
    involved = _involved(session, filters)
    if involved is not None and len(involved[0]) + len(involved[1]) <= _IN_LIMIT:
        # A period involves a few thousand contacts: reading 100,000 persons to keep them cost
        # most of a second. Above the limit, filtering the rows read is as quick.
        persons_q = persons_q.where(Person.id.in_(involved[0]))
        orgs_q = orgs_q.where(Organization.id.in_(involved[1]))
    persons = [
        Contact(i, c, list(secs or []), sec, lvl) for i, c, secs, sec, lvl in session.execute(persons_q)
    ]
    orgs = [Contact(i, c, [], sec, lvl) for i, c, sec, lvl in session.execute(orgs_q)]
    if involved is not None:
        persons = [p for p in persons if p.id in involved[0]]
        orgs = [o for o in orgs if o.id in involved[1]]
    return persons, orgs


Contacts = tuple[list[Contact], list[Contact]]

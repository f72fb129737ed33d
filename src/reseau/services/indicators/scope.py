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
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, exists, func, or_, select, union

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


def _involved(
    filters: IndicatorFilters,
) -> tuple[CompoundSelect[*tuple[Any, ...]], CompoundSelect[*tuple[Any, ...]]] | None:
    """The ids of the persons and of the organizations involved under the period/kind filters,
    as subqueries; None: no restriction (every contact counts)."""
    if not filters.has_period and filters.kind is None:
        return None
    scope = IndicatorFilters(start=filters.start, end=filters.end, kind=filters.kind)
    exchanges = matching_exchanges(scope)
    slots = select(AgendaSlot.id).where(AgendaSlot.exchange_id.in_(exchanges))
    persons: list[Select[Any]] = [
        select(ExchangeParticipant.person_id).where(ExchangeParticipant.exchange_id.in_(exchanges)),
        select(slot_speakers.c.person_id).where(slot_speakers.c.agenda_slot_id.in_(slots)),
    ]
    orgs: list[Select[Any]] = [
        select(ExchangeOrganization.organization_id).where(ExchangeOrganization.exchange_id.in_(exchanges)),
        select(AgendaSlot.host_organization_id).where(
            AgendaSlot.id.in_(slots), AgendaSlot.host_organization_id.is_not(None)
        ),
    ]
    if filters.kind is None:
        entries = matching_interactions(scope)
        persons.append(
            select(interaction_persons.c.person_id).where(interaction_persons.c.interaction_id.in_(entries))
        )
        orgs.append(
            select(interaction_organizations.c.organization_id).where(
                interaction_organizations.c.interaction_id.in_(entries)
            )
        )
    return union(*persons), union(*orgs)


def contact_conditions(
    filters: IndicatorFilters, with_theme: bool = True
) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """The conditions on ``Person`` and on ``Organization`` that pick the contacts the contact
    indicators count (without the theme filter when not ``with_theme``).

    Plain SQL conditions, so that the database counts the contacts by group: reading 100,000
    persons to count them in Python took seconds.
    """
    persons: list[ColumnElement[bool]] = []
    orgs: list[ColumnElement[bool]] = []
    if filters.country is not None:
        persons.append(Person.country == filters.country)
        orgs.append(Organization.country == filters.country)
    if with_theme and filters.theme_id is not None:
        persons.append(
            Person.id.in_(
                select(person_themes.c.person_id).where(person_themes.c.theme_id == filters.theme_id)
            )
        )
        orgs.append(
            Organization.id.in_(
                select(organization_themes.c.organization_id).where(
                    organization_themes.c.theme_id == filters.theme_id
                )
            )
        )
    involved = _involved(filters)
    if involved is not None:
        persons.append(Person.id.in_(involved[0]))
        orgs.append(Organization.id.in_(involved[1]))
    return persons, orgs

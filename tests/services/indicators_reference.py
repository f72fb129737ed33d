"""The Indicateurs as computed before issue 19.5: contacts read row by row and counted in Python.

Kept verbatim (only the imports changed) as the reference the SQL aggregation is compared with
(tests/services/test_indicators_sql.py): same filters, same database, same figures.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.enums import Country, ExchangeKind, ExchangeStatus, FollowUpState, OrgLevel
from reseau.core.labels import label
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.db.models import (
    AgendaSlot,
    Exchange,
    ExchangeOrganization,
    ExchangeParticipant,
    Interaction,
    Organization,
    Person,
    Theme,
)
from reseau.db.models.links import (
    interaction_organizations,
    interaction_persons,
    organization_themes,
    person_themes,
    slot_speakers,
)
from reseau.services.indicators.figures import (
    BALANCE_COLUMNS,
    FOLLOW_UP_ROWS,
    ORGANIZATIONS,
    PERSONS,
    UNDATED,
    UNSPECIFIED,
    CrossCount,
    Indicators,
    _cross,
    _empty,
    _single,
    journal_activity,
    objectives_by_assessment,
    theme_label,
)
from reseau.services.indicators.scope import IndicatorFilters, matching_exchanges, matching_interactions


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


Contacts = tuple[list[Contact], list[Contact]]

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


def _year(day: date | None) -> str:
    return str(day.year) if day is not None else UNDATED


def _sorted_years(years: set[str]) -> list[str]:
    return sorted(years - {UNDATED}) + ([UNDATED] if UNDATED in years else [])


def exchanges_by_year(
    session: Session, filters: IndicatorFilters, lang: str = "fr"
) -> tuple[CrossCount, CrossCount]:
    """Exchanges per year (of their start) by kind, and by status."""
    rows = session.execute(
        select(Exchange.start_date, Exchange.kind, Exchange.status).where(
            Exchange.id.in_(matching_exchanges(filters))
        )
    ).all()
    by_kind: Counter[tuple[str, str]] = Counter()
    by_status: Counter[tuple[str, str]] = Counter()
    for start, kind, status in rows:
        by_kind[_year(start), label(ExchangeKind(kind), lang)] += 1
        by_status[_year(start), label(ExchangeStatus(status), lang)] += 1
    years = _sorted_years({_year(r[0]) for r in rows})
    kinds = [label(k, lang) for k in ExchangeKind if any(ExchangeKind(r[1]) == k for r in rows)]
    statuses = [label(s, lang) for s in ExchangeStatus if any(ExchangeStatus(r[2]) == s for r in rows)]
    return _cross(by_kind, years, kinds), _cross(by_status, years, statuses)


def _present(rows: list[str], counts: Counter[tuple[str, str]]) -> list[str]:
    """``rows`` that have a count, in their order."""
    found = {k[0] for k in counts}
    return [row for row in rows if row in found]


def contacts_breakdown(
    session: Session, filters: IndicatorFilters, lang: str = "fr", contacts: Contacts | None = None
) -> tuple[CrossCount, CrossCount, CrossCount]:
    """Persons and organizations per country, per sector and per level."""
    persons, orgs = contacts if contacts is not None else matching_contacts(session, filters)
    who = (PERSONS, ORGANIZATIONS)
    country: Counter[tuple[str, str]] = Counter()
    sector: Counter[tuple[str, str]] = Counter()
    level: Counter[tuple[str, str]] = Counter()
    for p in persons:
        country[label(Country(p.country), lang), who[0]] += 1
        for s in p.sectors or [p.sector or UNSPECIFIED]:
            sector[s, who[0]] += 1
        level[label(OrgLevel(p.level), lang) if p.level else UNSPECIFIED, who[0]] += 1
    for o in orgs:
        country[label(Country(o.country), lang), who[1]] += 1
        sector[o.sector or UNSPECIFIED, who[1]] += 1
        level[label(OrgLevel(o.level), lang) if o.level else UNSPECIFIED, who[1]] += 1
    countries = _present([label(c, lang) for c in Country], country)
    sectors_sorted = sorted({k[0] for k in sector} - {UNSPECIFIED}, key=str.casefold)
    sectors_sorted += _present([UNSPECIFIED], sector)
    levels = _present([label(lv, lang) for lv in OrgLevel] + [UNSPECIFIED], level)
    columns = list(who)
    return (
        _cross(country, countries, columns),
        _cross(sector, sectors_sorted, columns),
        _cross(level, levels, columns),
    )


def theme_balance(
    session: Session, filters: IndicatorFilters, contacts: Contacts | None = None
) -> CrossCount:
    """For each theme, the persons and organizations linked to it on each side.

    ``contacts``: the contacts matching ``filters`` without their theme, when already read.
    """
    unthemed = IndicatorFilters(**{**filters.__dict__, "theme_id": None})
    persons, orgs = contacts if contacts is not None else matching_contacts(session, unthemed)
    person_country = {p.id: p.country for p in persons}
    org_country = {o.id: o.country for o in orgs}
    themes_q = select(Theme.id, Theme.code, Theme.title).order_by(Theme.position, Theme.title)
    if filters.theme_id is not None:
        themes_q = themes_q.where(Theme.id == filters.theme_id)
    themes = session.execute(themes_q).all()
    counter: Counter[tuple[str, str]] = Counter()
    names = {tid: theme_label(code, title) for tid, code, title in themes}
    for tid, pid in session.execute(select(person_themes.c.theme_id, person_themes.c.person_id)):
        side = {Country.FRANCE.value: 0, Country.QUEBEC.value: 1}.get(person_country.get(pid, ""))
        if tid in names and side is not None:
            counter[names[tid], BALANCE_COLUMNS[side]] += 1
    for tid, oid in session.execute(
        select(organization_themes.c.theme_id, organization_themes.c.organization_id)
    ):
        side = {Country.FRANCE.value: 2, Country.QUEBEC.value: 3}.get(org_country.get(oid, ""))
        if tid in names and side is not None:
            counter[names[tid], BALANCE_COLUMNS[side]] += 1
    return _cross(counter, list(names.values()), list(BALANCE_COLUMNS))


def follow_up_timeliness(session: Session, filters: IndicatorFilters, today: date) -> CrossCount:
    """Follow-ups done on time, done late, overdue and still to come on ``today``."""
    rows = session.execute(
        select(Interaction.follow_up_on, Interaction.follow_up_state, Interaction.updated_at).where(
            Interaction.id.in_(matching_interactions(filters, on_follow_up=True)),
            Interaction.follow_up_on.is_not(None),
            Interaction.follow_up_state != FollowUpState.NONE,
        )
    ).all()
    counter: Counter[str] = Counter()
    for due, state, updated in rows:
        assert due is not None  # filtered above
        if state == FollowUpState.DONE:
            counter[FOLLOW_UP_ROWS[0] if updated.date() <= due else FOLLOW_UP_ROWS[1]] += 1
        else:
            counter[FOLLOW_UP_ROWS[2] if due < today else FOLLOW_UP_ROWS[3]] += 1
    return _single(counter, list(FOLLOW_UP_ROWS), QT_TRANSLATE_NOOP("Indicators", "Relances"))


def compute_indicators(
    session: Session, filters: IndicatorFilters, today: date, lang: str = "fr"
) -> Indicators:
    """Every indicator under ``filters``; an empty period gives empty indicators, not an error."""
    if filters.empty_period:
        e = _empty()
        return Indicators(filters, today, e, e, e, e, e, e, e, e, e, e)
    by_kind, by_status = exchanges_by_year(session, filters, lang)
    # Without a theme filter both contact indicators count the same contacts: read them once.
    contacts = matching_contacts(session, filters) if filters.theme_id is None else None
    by_country, by_sector, by_level = contacts_breakdown(session, filters, lang, contacts)
    by_month, by_theme = journal_activity(session, filters)
    return Indicators(
        filters=filters,
        today=today,
        exchanges_by_kind=by_kind,
        exchanges_by_status=by_status,
        contacts_by_country=by_country,
        contacts_by_sector=by_sector,
        contacts_by_level=by_level,
        journal_by_month=by_month,
        journal_by_theme=by_theme,
        theme_balance=theme_balance(session, filters, contacts),
        follow_ups=follow_up_timeliness(session, filters, today),
        objectives=objectives_by_assessment(session, filters, lang),
    )

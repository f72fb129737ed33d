"""The figures of the yearly activity report ("Bilan annuel"), as plain data for the PDF.

The same indicators as the Indicateurs view for the calendar year, the exchanges of the year with
their objectives, the themes with their activity and gaps, and the contacts added per side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import (
    Assessment,
    Country,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    ThemeStatus,
)
from reseau.core.labels import label
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name
from reseau.db.models import AgendaSlot, Exchange, Interaction, Organization, Person, Theme
from reseau.db.models.links import exchange_themes, interaction_themes, slot_themes
from reseau.services.indicators.figures import (
    BALANCE_COLUMNS,
    IndicatorFilters,
    Indicators,
    compute_indicators,
    matching_exchanges,
    matching_interactions,
    theme_label,
)


@dataclass(frozen=True)
class ObjectiveLine:
    code: str
    text: str
    assessment: Assessment
    evidence: str


@dataclass(frozen=True)
class ExchangeLine:
    id: int
    title: str
    kind: str
    status: str
    dates: Message
    direction: str
    outcome: str
    objectives: tuple[ObjectiveLine, ...]
    start: date | None = None  # the reports word these in their own language and locale
    end: date | None = None


@dataclass(frozen=True)
class ThemeActivity:
    label: str
    status: str
    exchanges: int
    entries: int
    slots: int
    persons_fr: int
    persons_qc: int
    organizations_fr: int
    organizations_qc: int
    gaps: tuple[Message, ...]


@dataclass(frozen=True)
class NewContacts:
    side: str
    persons: tuple[str, ...]
    organizations: tuple[str, ...]


@dataclass(frozen=True)
class AnnualReport:
    year: int
    today: date
    indicators: Indicators
    exchanges: tuple[ExchangeLine, ...]
    themes: tuple[ThemeActivity, ...]
    new_contacts: tuple[NewContacts, ...]
    entries: int
    overdue_follow_ups: int
    lang: str = "fr"  # the language of the labels in the figures

    @property
    def objectives_met(self) -> int:
        met = {label(a, self.lang) for a in (Assessment.FULLY, Assessment.LARGELY)}
        return sum(
            v[0]
            for r, v in zip(self.indicators.objectives.rows, self.indicators.objectives.values, strict=True)
            if r in met
        )

    @property
    def is_empty(self) -> bool:
        return (
            not self.exchanges
            and not self.entries
            and not any(c.persons or c.organizations for c in self.new_contacts)
        )


def date_span(start: date | None, end: date | None) -> Message:
    """The dates of an exchange in words; the dates stay dates, worded in the reader's locale."""
    if start is None:
        return tr("dates à préciser")
    if end is None or end == start:
        return Message("{day}", (("day", start),))  # a lone date: no words to translate
    return tr("du {start} au {end}", start=start, end=end)


def objective_lines(exchange: Exchange) -> tuple[ObjectiveLine, ...]:
    return tuple(
        ObjectiveLine(o.code, o.text, Assessment(o.assessment), o.evidence) for o in exchange.objectives
    )


def _exchange_lines(session: Session, filters: IndicatorFilters, lang: str) -> tuple[ExchangeLine, ...]:
    exchanges = session.scalars(
        select(Exchange)
        .where(Exchange.id.in_(matching_exchanges(filters)))
        .options(selectinload(Exchange.objectives))
        .order_by(Exchange.start_date, Exchange.title)
    )
    return tuple(
        ExchangeLine(
            id=x.id,
            title=x.title,
            kind=label(ExchangeKind(x.kind), lang),
            status=label(ExchangeStatus(x.status), lang),
            dates=date_span(x.start_date, x.end_date),
            direction=label(Direction(x.direction), lang) if x.direction else "",
            outcome=x.outcome,
            objectives=objective_lines(x),
            start=x.start_date,
            end=x.end_date,
        )
        for x in exchanges
    )


def _count_by_theme(session: Session, column: object, link_ids: object) -> Counter[int]:
    rows = session.execute(select(column).where(link_ids))  # type: ignore[call-overload]
    return Counter(int(r[0]) for r in rows)


def _theme_activity(
    session: Session, filters: IndicatorFilters, indicators: Indicators, lang: str
) -> tuple[ThemeActivity, ...]:
    exchanges = _count_by_theme(
        session, exchange_themes.c.theme_id, exchange_themes.c.exchange_id.in_(matching_exchanges(filters))
    )
    entries = _count_by_theme(
        session,
        interaction_themes.c.theme_id,
        interaction_themes.c.interaction_id.in_(matching_interactions(filters)),
    )
    slot_ids = select(AgendaSlot.id).where(AgendaSlot.day.between(filters.start, filters.end))
    slots = _count_by_theme(session, slot_themes.c.theme_id, slot_themes.c.agenda_slot_id.in_(slot_ids))
    balance = indicators.theme_balance
    result = []
    for theme in session.scalars(select(Theme).order_by(Theme.position, Theme.title)):
        name = theme_label(theme.code, theme.title)
        sides = (
            balance.values[balance.rows.index(name)] if name in balance.rows else (0,) * len(BALANCE_COLUMNS)
        )
        gaps: list[Message] = []
        if not (exchanges[theme.id] or entries[theme.id] or slots[theme.id]):
            gaps.append(tr("aucune activité dans l'année"))
        if not (sides[0] or sides[2]):
            gaps.append(tr("aucun contact en France"))
        if not (sides[1] or sides[3]):
            gaps.append(tr("aucun contact au Québec"))
        result.append(
            ThemeActivity(
                label=name,
                status=label(ThemeStatus(theme.status), lang),
                exchanges=exchanges[theme.id],
                entries=entries[theme.id],
                slots=slots[theme.id],
                persons_fr=sides[0],
                persons_qc=sides[1],
                organizations_fr=sides[2],
                organizations_qc=sides[3],
                gaps=tuple(gaps),
            )
        )
    return tuple(result)


def _new_contacts(session: Session, year: int, lang: str) -> tuple[NewContacts, ...]:
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    result = []
    for side in (Country.QUEBEC, Country.FRANCE):
        persons = session.scalars(
            select(Person)
            .where(Person.country == side, Person.created_at >= start, Person.created_at < end)
            .order_by(Person.name_key)
        )
        orgs = session.scalars(
            select(Organization.name)
            .where(
                Organization.country == side, Organization.created_at >= start, Organization.created_at < end
            )
            .order_by(Organization.name_key)
        )
        result.append(
            NewContacts(
                side=label(side, lang),
                persons=tuple(display_name(p.first_name, p.last_name) for p in persons),
                organizations=tuple(orgs),
            )
        )
    return tuple(result)


def annual_report(session: Session, year: int, today: date, lang: str = "fr") -> AnnualReport:
    """The figures of ``year``: calendar-year filters, no other filter."""
    filters = IndicatorFilters.year(year)
    indicators = compute_indicators(session, filters, today, lang)
    entries = len(list(session.scalars(matching_interactions(filters))))
    overdue = len(
        list(
            session.scalars(
                select(Interaction.id).where(
                    Interaction.follow_up_state == FollowUpState.OPEN,
                    Interaction.follow_up_on < min(today, date(year + 1, 1, 1)),
                    Interaction.follow_up_on >= date(year, 1, 1),
                )
            )
        )
    )
    return AnnualReport(
        year=year,
        today=today,
        indicators=indicators,
        exchanges=_exchange_lines(session, filters, lang),
        themes=_theme_activity(session, filters, indicators, lang),
        new_contacts=_new_contacts(session, year, lang),
        entries=entries,
        overdue_follow_ups=overdue,
        lang=lang,
    )

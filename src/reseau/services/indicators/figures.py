"""Indicators: what the network did, counted under the filters every chart shares.

Each indicator is a :class:`CrossCount` (rows × columns of counts) so that one chart builder, one
CSV/XLSX export and one PDF table serve them all. Which records match the filters is decided in
:mod:`reseau.services.indicators.scope`. Undated exchanges count under the year "sans date"; a
done follow-up is "on time" when its entry was last updated on or before its due date.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Text, and_, case, cast, extract, func, select
from sqlalchemy.orm import Session

from reseau.core.enums import (
    Assessment,
    Country,
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    OrgLevel,
)
from reseau.core.labels import label
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.db.models import Exchange, ExchangeObjective, Interaction, Organization, Person, Theme
from reseau.db.models.links import interaction_themes, organization_themes, person_themes
from reseau.services.indicators.scope import (
    IndicatorFilters,
    contact_conditions,
    matching_exchanges,
    matching_interactions,
)

# Row and column words are stable French keys (the tests and the annual report compare them);
# the charts and the reports turn them into the UI's words with
# QCoreApplication.translate("Indicators", key) (reseau.reports.charts.word).
UNDATED = QT_TRANSLATE_NOOP("Indicators", "sans date")
UNSPECIFIED = QT_TRANSLATE_NOOP("Indicators", "non précisé")
NO_THEME = QT_TRANSLATE_NOOP("Indicators", "sans thème")
PERSONS = QT_TRANSLATE_NOOP("Indicators", "Personnes")
ORGANIZATIONS = QT_TRANSLATE_NOOP("Indicators", "Organisations")


@dataclass(frozen=True)
class CrossCount:
    """Counts by row and column: ``values[r][c]`` for ``rows[r]`` and ``columns[c]``."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.values)

    @property
    def is_empty(self) -> bool:
        return self.total == 0

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(row[c] for row in self.values) for c in range(len(self.columns)))

    def value(self, row: str, column: str) -> int:
        return self.values[self.rows.index(row)][self.columns.index(column)]

    def as_dict(self) -> dict[tuple[str, str], int]:
        """Every non-zero cell, for tests and quick look-ups."""
        return {
            (r, c): v
            for r, line in zip(self.rows, self.values, strict=True)
            for c, v in zip(self.columns, line, strict=True)
            if v
        }


@dataclass(frozen=True)
class Indicators:
    filters: IndicatorFilters
    today: date
    exchanges_by_kind: CrossCount
    exchanges_by_status: CrossCount
    contacts_by_country: CrossCount
    contacts_by_sector: CrossCount
    contacts_by_level: CrossCount
    journal_by_month: CrossCount
    journal_by_theme: CrossCount
    theme_balance: CrossCount
    follow_ups: CrossCount
    objectives: CrossCount


def _cross(counter: Counter[tuple[str, str]], rows: list[str], columns: list[str]) -> CrossCount:
    return CrossCount(
        rows=tuple(rows),
        columns=tuple(columns),
        values=tuple(tuple(counter.get((r, c), 0) for c in columns) for r in rows),
    )


def _single(counter: Counter[str], rows: list[str], column: str) -> CrossCount:
    return _cross(Counter({(r, column): n for r, n in counter.items()}), rows, [column])


# --- the indicators -----------------------------------------------------------------------------


def _year(year: object) -> str:
    """A year as the database counted it (an int, or a Decimal on PostgreSQL); None: undated."""
    return str(int(year)) if year is not None else UNDATED  # type: ignore[call-overload]


def _sorted_years(years: set[str]) -> list[str]:
    return sorted(years - {UNDATED}) + ([UNDATED] if UNDATED in years else [])


def exchanges_by_year(
    session: Session, filters: IndicatorFilters, lang: str = "fr"
) -> tuple[CrossCount, CrossCount]:
    """Exchanges per year (of their start) by kind, and by status."""
    year = extract("year", Exchange.start_date)
    rows = session.execute(
        select(year, Exchange.kind, Exchange.status, func.count())
        .where(Exchange.id.in_(matching_exchanges(filters)))
        .group_by(year, Exchange.kind, Exchange.status)
    ).all()
    by_kind: Counter[tuple[str, str]] = Counter()
    by_status: Counter[tuple[str, str]] = Counter()
    for start, kind, status, n in rows:
        by_kind[_year(start), label(ExchangeKind(kind), lang)] += n
        by_status[_year(start), label(ExchangeStatus(status), lang)] += n
    years = _sorted_years({_year(r[0]) for r in rows})
    kinds = [label(k, lang) for k in ExchangeKind if any(ExchangeKind(r[1]) == k for r in rows)]
    statuses = [label(s, lang) for s in ExchangeStatus if any(ExchangeStatus(r[2]) == s for r in rows)]
    return _cross(by_kind, years, kinds), _cross(by_status, years, statuses)


def _present(rows: list[str], counts: Counter[tuple[str, str]]) -> list[str]:
    """``rows`` that have a count, in their order."""
    found = {k[0] for k in counts}
    return [row for row in rows if row in found]


def _sectors(stored: object) -> list[str]:
    """A person's sectors as the database returns the JSON column cast to text."""
    values = json.loads(stored) if isinstance(stored, str) else stored
    return [str(v) for v in values] if isinstance(values, list) else []


def contacts_breakdown(
    session: Session, filters: IndicatorFilters, lang: str = "fr"
) -> tuple[CrossCount, CrossCount, CrossCount]:
    """Persons and organizations per country, per sector and per level.

    Counted by the database, grouped by every column the three indicators need (a few hundred
    groups at 100,000 persons); Python only labels the groups. A person counts under each of her
    own sectors, else her organization's.
    """
    person_conditions, org_conditions = contact_conditions(filters)
    sectors = cast(Person.sectors, Text)
    persons = session.execute(
        select(Person.country, sectors, Organization.sector, Organization.level, func.count())
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .where(*person_conditions)
        .group_by(Person.country, sectors, Organization.sector, Organization.level)
    ).all()
    orgs = session.execute(
        select(Organization.country, Organization.sector, Organization.level, func.count())
        .where(*org_conditions)
        .group_by(Organization.country, Organization.sector, Organization.level)
    ).all()
    who = (PERSONS, ORGANIZATIONS)
    country: Counter[tuple[str, str]] = Counter()
    sector: Counter[tuple[str, str]] = Counter()
    level: Counter[tuple[str, str]] = Counter()
    groups = [(c, _sectors(own), org_sector, lvl, n, who[0]) for c, own, org_sector, lvl, n in persons]
    groups += [(c, [], org_sector, lvl, n, who[1]) for c, org_sector, lvl, n in orgs]
    for country_code, own_sectors, org_sector, org_level, n, column in groups:
        country[label(Country(country_code), lang), column] += n
        for s in own_sectors or [org_sector or UNSPECIFIED]:
            sector[s, column] += n
        level[label(OrgLevel(org_level), lang) if org_level else UNSPECIFIED, column] += n
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


def _months(first: date, last: date) -> list[str]:
    months: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(months) < 240:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def theme_label(code: str | None, title: str) -> str:
    return f"{code} {title}" if code else title


def journal_activity(session: Session, filters: IndicatorFilters) -> tuple[CrossCount, CrossCount]:
    """Journal entries per month (every month of the span, zeros included) and per theme."""
    ids = matching_interactions(filters)
    # Counted by the database (extract() works on SQLite and PostgreSQL alike).
    year, month = extract("year", Interaction.occurred_on), extract("month", Interaction.occurred_on)
    rows = session.execute(
        select(year, month, func.count()).where(Interaction.id.in_(ids)).group_by(year, month)
    ).all()
    per_month = Counter({f"{int(y):04d}-{int(m):02d}": int(n) for y, m, n in rows})
    months: list[str] = []
    if rows:
        first = min((int(y), int(m)) for y, m, _ in rows)
        last = max((int(y), int(m)) for y, m, _ in rows)
        months = _months(filters.start or date(*first, 1), filters.end or date(*last, 1))
    themed = session.execute(
        select(Theme.code, Theme.title, func.count())
        .join(interaction_themes, Theme.id == interaction_themes.c.theme_id)
        .where(interaction_themes.c.interaction_id.in_(ids))
        .group_by(Theme.id, Theme.code, Theme.title)
    ).all()
    per_theme = Counter({theme_label(code, title): int(n) for code, title, n in themed})
    with_theme = session.scalar(
        select(func.count(func.distinct(interaction_themes.c.interaction_id))).where(
            interaction_themes.c.interaction_id.in_(ids)
        )
    )
    unthemed = sum(per_month.values()) - int(with_theme or 0)
    if unthemed:
        per_theme[NO_THEME] += unthemed
    themes = sorted(per_theme, key=lambda t: (-per_theme[t], t))
    return _single(per_month, months, QT_TRANSLATE_NOOP("Indicators", "Entrées")), _single(
        per_theme, themes, QT_TRANSLATE_NOOP("Indicators", "Entrées")
    )


BALANCE_COLUMNS = (
    QT_TRANSLATE_NOOP("Indicators", "Personnes France"),
    QT_TRANSLATE_NOOP("Indicators", "Personnes Québec"),
    QT_TRANSLATE_NOOP("Indicators", "Organisations France"),
    QT_TRANSLATE_NOOP("Indicators", "Organisations Québec"),
)


def theme_balance(session: Session, filters: IndicatorFilters) -> CrossCount:
    """For each theme, the persons and organizations linked to it on each side, among the
    contacts that match ``filters`` without their theme (counted by the database)."""
    person_conditions, org_conditions = contact_conditions(filters, with_theme=False)
    themes_q = select(Theme.id, Theme.code, Theme.title).order_by(Theme.position, Theme.title)
    if filters.theme_id is not None:
        themes_q = themes_q.where(Theme.id == filters.theme_id)
    names = {tid: theme_label(code, title) for tid, code, title in session.execute(themes_q)}
    sides = (Country.FRANCE, Country.QUEBEC)
    persons = session.execute(
        select(person_themes.c.theme_id, Person.country, func.count())
        .join(Person, Person.id == person_themes.c.person_id)
        .where(Person.country.in_(sides), *person_conditions)
        .group_by(person_themes.c.theme_id, Person.country)
    ).all()
    orgs = session.execute(
        select(organization_themes.c.theme_id, Organization.country, func.count())
        .join(Organization, Organization.id == organization_themes.c.organization_id)
        .where(Organization.country.in_(sides), *org_conditions)
        .group_by(organization_themes.c.theme_id, Organization.country)
    ).all()
    counter: Counter[tuple[str, str]] = Counter()
    for offset, rows in ((0, persons), (2, orgs)):
        for tid, country, n in rows:
            if tid in names:
                side = 0 if country == Country.FRANCE.value else 1
                counter[names[tid], BALANCE_COLUMNS[offset + side]] += n
    return _cross(counter, list(names.values()), list(BALANCE_COLUMNS))


FOLLOW_UP_ROWS = (
    QT_TRANSLATE_NOOP("Indicators", "Faites à temps"),
    QT_TRANSLATE_NOOP("Indicators", "Faites en retard"),
    QT_TRANSLATE_NOOP("Indicators", "En retard (à faire)"),
    QT_TRANSLATE_NOOP("Indicators", "À venir"),
)


def _day(session: Session, moment: Any) -> ColumnElement[Any]:
    """The calendar day of a stored date-time, as Python's ``datetime.date()`` gives it: SQLite's
    ``date()`` of its text, PostgreSQL's cast in the session's time zone (what psycopg returns)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(moment)
    return cast(moment, Date)


def follow_up_timeliness(session: Session, filters: IndicatorFilters, today: date) -> CrossCount:
    """Follow-ups done on time, done late, overdue and still to come on ``today``."""
    due = Interaction.follow_up_on
    done = Interaction.follow_up_state == FollowUpState.DONE
    updated = _day(session, Interaction.updated_at)
    row = case(
        (and_(done, updated <= due), 0),
        (done, 1),
        (due < today, 2),
        else_=3,
    )
    rows = session.execute(
        select(row, func.count())
        .where(
            Interaction.id.in_(matching_interactions(filters, on_follow_up=True)),
            due.is_not(None),
            Interaction.follow_up_state != FollowUpState.NONE,
        )
        .group_by(row)
    ).all()
    counter: Counter[str] = Counter({FOLLOW_UP_ROWS[int(index)]: int(n) for index, n in rows})
    return _single(counter, list(FOLLOW_UP_ROWS), QT_TRANSLATE_NOOP("Indicators", "Relances"))


def objectives_by_assessment(session: Session, filters: IndicatorFilters, lang: str = "fr") -> CrossCount:
    """Objectives of the matching exchanges, per assessment (every assessment listed)."""
    rows = session.execute(
        select(ExchangeObjective.assessment, func.count())
        .where(ExchangeObjective.exchange_id.in_(matching_exchanges(filters)))
        .group_by(ExchangeObjective.assessment)
    ).all()
    counter = Counter({label(Assessment(a), lang): int(n) for a, n in rows})
    return _single(
        counter, [label(a, lang) for a in Assessment], QT_TRANSLATE_NOOP("Indicators", "Objectifs")
    )


def _empty() -> CrossCount:
    return CrossCount((), (), ())


def compute_indicators(
    session: Session, filters: IndicatorFilters, today: date, lang: str = "fr"
) -> Indicators:
    """Every indicator under ``filters``; an empty period gives empty indicators, not an error."""
    if filters.empty_period:
        e = _empty()
        return Indicators(filters, today, e, e, e, e, e, e, e, e, e, e)
    by_kind, by_status = exchanges_by_year(session, filters, lang)
    by_country, by_sector, by_level = contacts_breakdown(session, filters, lang)
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
        theme_balance=theme_balance(session, filters),
        follow_ups=follow_up_timeliness(session, filters, today),
        objectives=objectives_by_assessment(session, filters, lang),
    )


@dataclass(frozen=True)
class ThemeChoice:
    id: int
    label: str


def theme_choices(session: Session) -> tuple[ThemeChoice, ...]:
    """The themes for the filter, in the report's order."""
    rows = session.execute(select(Theme.id, Theme.code, Theme.title).order_by(Theme.position, Theme.title))
    return tuple(ThemeChoice(tid, theme_label(code, title)) for tid, code, title in rows)


__all__ = [
    "CrossCount",
    "IndicatorFilters",
    "Indicators",
    "compute_indicators",
    "matching_exchanges",
    "matching_interactions",
    "theme_choices",
]

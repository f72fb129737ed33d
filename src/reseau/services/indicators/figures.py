"""Indicators: what the network did, counted under the filters every chart shares.

Each indicator is a :class:`CrossCount` (rows × columns of counts) so that one chart builder, one
CSV/XLSX export and one PDF table serve them all. Which records match the filters is decided in
:mod:`reseau.services.indicators.scope`. Undated exchanges count under the year "sans date"; a
done follow-up is "on time" when its entry was last updated on or before its due date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select
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
from reseau.db.models import Exchange, ExchangeObjective, Interaction, Theme
from reseau.db.models.links import interaction_themes, organization_themes, person_themes
from reseau.services.indicators.scope import (
    Contacts,
    IndicatorFilters,
    matching_contacts,
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


FOLLOW_UP_ROWS = (
    QT_TRANSLATE_NOOP("Indicators", "Faites à temps"),
    QT_TRANSLATE_NOOP("Indicators", "Faites en retard"),
    QT_TRANSLATE_NOOP("Indicators", "En retard (à faire)"),
    QT_TRANSLATE_NOOP("Indicators", "À venir"),
)


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

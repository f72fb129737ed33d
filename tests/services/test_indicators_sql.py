"""The Indicateurs counted by the database (issue 19.5) give the figures the Python counting gave.

``tests/services/indicators_reference.py`` is the service as it was before: contacts read row by
row and counted in Python. Both run on the 2005 demo and on the demo plus generated contacts
and journal entries, under every period, country, kind and theme the view offers, on SQLite and
(with RESEAU_TEST_PG_URL) on PostgreSQL.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from reseau.core.enums import Country, ExchangeKind, FollowUpState
from reseau.db.models import Exchange, Interaction, Theme
from reseau.db.session import Database
from reseau.services.demo.generate import generate
from reseau.services.demo.load import load_demo
from reseau.services.indicators.figures import IndicatorFilters, Indicators, compute_indicators
from tests.services import indicators_reference as reference


def _periods(session: Session) -> list[tuple[date | None, date | None]]:
    """No period, every year of the data and the one after, half years, open-ended and empty
    periods, as the view's « Période du … au … » box can give them."""
    first = session.scalar(select(func.min(Interaction.occurred_on)))
    last = session.scalar(select(func.max(Interaction.occurred_on)))
    first_exchange = session.scalar(select(func.min(Exchange.start_date)))
    assert first is not None and last is not None and first_exchange is not None
    years = range(min(first.year, first_exchange.year), last.year + 2)
    periods: list[tuple[date | None, date | None]] = [(None, None)]
    periods += [(date(y, 1, 1), date(y, 12, 31)) for y in years]
    middle = years[len(years) // 2]
    periods += [
        (date(middle, 3, 15), date(middle, 9, 14)),
        (date(middle, 7, 1), None),
        (None, date(middle, 6, 30)),
        (date(middle, 12, 31), date(middle, 1, 1)),  # start after end: empty indicators
    ]
    return periods


def _filters(session: Session, sample: int) -> Iterator[IndicatorFilters]:
    """Every period alone; every country, kind and theme under no period and under a year; a
    seeded sample of ``sample`` combinations of every filter together."""
    periods = _periods(session)
    countries: list[Country | None] = [None, *Country]
    kinds: list[ExchangeKind | None] = [None, *ExchangeKind]
    themes: list[int | None] = [None, *session.scalars(select(Theme.id).order_by(Theme.id))]
    for start, end in periods:
        yield IndicatorFilters(start=start, end=end)
    for start, end in periods[:3]:
        yield from (IndicatorFilters(start=start, end=end, country=c) for c in countries[1:])
        yield from (IndicatorFilters(start=start, end=end, kind=k) for k in kinds[1:])
        yield from (IndicatorFilters(start=start, end=end, theme_id=t) for t in themes[1:])
    rng = random.Random(19)
    for _ in range(sample):
        start, end = rng.choice(periods)
        yield IndicatorFilters(
            start=start,
            end=end,
            country=rng.choice(countries),
            theme_id=rng.choice(themes),
            kind=rng.choice(kinds),
        )


def _assert_same(session: Session, today: date, sample: int = 40) -> int:
    compared = 0
    for filters in _filters(session, sample):
        for lang in ("fr", "en") if compared % 7 == 0 else ("fr",):
            new = compute_indicators(session, filters, today, lang)
            old = reference.compute_indicators(session, filters, today, lang)
            for field in Indicators.__dataclass_fields__:
                assert getattr(new, field) == getattr(old, field), (field, filters, lang)
        compared += 1
    return compared


def _vary_follow_ups(session: Session) -> int:
    """Mark two follow-ups in three done, their last change dated around their due date (the
    day before, the day itself late in the evening, the day after): the datasets have none
    done, and loaded today they would all count as done late."""
    table = Interaction.__table__
    due_rows = session.execute(
        select(Interaction.id, Interaction.follow_up_on).where(
            Interaction.follow_up_state != FollowUpState.NONE, Interaction.follow_up_on.is_not(None)
        )
    ).all()
    changes = [
        {"iid": iid, "moment": datetime.combine(due, time(23, 30), UTC) + timedelta(days=iid % 3 - 1)}
        for iid, due in due_rows
        if iid % 3 != 2 and due is not None
    ]
    if changes:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("iid"))
            .values(follow_up_state=FollowUpState.DONE.value, updated_at=bindparam("moment")),
            changes,
        )
    return len(changes)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.begin() as s:
        yield s


@pytest.mark.slow
def test_same_figures_as_the_python_counting_on_the_demo(session: Session) -> None:
    load_demo(session)
    session.flush()
    assert _vary_follow_ups(session) > 0
    everything = compute_indicators(session, IndicatorFilters(), date(2006, 6, 30))
    # The comparison means something: the demo fills every indicator.
    for field in ("contacts_by_country", "contacts_by_sector", "theme_balance", "exchanges_by_kind"):
        assert not getattr(everything, field).is_empty, field
    assert _assert_same(session, date(2006, 6, 30)) > 60
    assert _assert_same(session, date(2005, 10, 1), sample=0) > 20  # follow-ups still to come


@pytest.mark.slow
def test_same_figures_as_the_python_counting_on_a_generated_network(session: Session) -> None:
    load_demo(session)
    generate(session, 1500, 30, 600)
    session.flush()
    assert _vary_follow_ups(session) > 30
    everything = compute_indicators(session, IndicatorFilters(), date(2024, 12, 31))
    assert everything.contacts_by_country.total > 1500
    assert all(everything.follow_ups.values), everything.follow_ups  # every row has some
    assert _assert_same(session, date(2024, 12, 31)) > 60

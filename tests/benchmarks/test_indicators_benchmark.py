"""How long the indicators take on a large network, next to the floor: raw sqlite3 counts.

Run with ``pytest tests/benchmarks/test_indicators_benchmark.py --benchmark-enable``.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from reseau.core.enums import (
    Assessment,
    Country,
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    InteractionKind,
    OrgLevel,
    ParticipantRole,
    ThemeKind,
)
from reseau.db.models import (
    Exchange,
    ExchangeObjective,
    ExchangeParticipant,
    Interaction,
    Organization,
    Person,
    Theme,
)
from reseau.db.open import open_sqlite
from reseau.services.indicators import IndicatorFilters, compute_indicators


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "large.sqlite3"
    database = open_sqlite(path)
    rng = random.Random(1)
    with database.begin() as s:
        themes = [
            Theme(code=f"B{i:02d}", kind=ThemeKind.FOLLOW_UP, title=f"Thème {i}", position=i)
            for i in range(24)
        ]
        orgs = [
            Organization(
                name=f"Org {i}",
                name_key=f"org {i}",
                country=rng.choice([Country.FRANCE, Country.QUEBEC]),
                level=rng.choice(list(OrgLevel)),
                sector=rng.choice(["santé", "famille", "emploi", None]),
                themes=rng.sample(themes, 2),
            )
            for i in range(1000)
        ]
        persons = [
            Person(
                last_name=f"N{i}",
                name_key=f"n{i}",
                country=rng.choice([Country.FRANCE, Country.QUEBEC]),
                organization=rng.choice(orgs),
                themes=rng.sample(themes, 2),
            )
            for i in range(5000)
        ]
        s.add_all(themes + orgs + persons)
        for i in range(200):
            start = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
            s.add(
                Exchange(
                    kind=rng.choice(list(ExchangeKind)),
                    title=f"X{i}",
                    start_date=start,
                    end_date=start + timedelta(days=7),
                    status=rng.choice(list(ExchangeStatus)),
                    participants=[
                        ExchangeParticipant(person=p, role=ParticipantRole.DELEGATE)
                        for p in rng.sample(persons, 10)
                    ],
                    objectives=[
                        ExchangeObjective(text="o", assessment=rng.choice(list(Assessment))) for _ in range(4)
                    ],
                    themes=rng.sample(themes, 3),
                )
            )
        for _ in range(20000):
            day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
            s.add(
                Interaction(
                    occurred_on=day,
                    kind=InteractionKind.CALL,
                    persons=rng.sample(persons, 2),
                    themes=rng.sample(themes, 1),
                    follow_up_on=day + timedelta(days=30),
                    follow_up_state=rng.choice(list(FollowUpState)),
                )
            )
    database.dispose()
    return path


def test_indicators_without_filters(benchmark, large_db: Path) -> None:  # type: ignore[no-untyped-def]
    database = open_sqlite(large_db)

    def run() -> None:
        with database.begin() as s:
            compute_indicators(s, IndicatorFilters(), date(2025, 1, 1))

    benchmark(run)
    database.dispose()


def test_floor_raw_sqlite_counts(benchmark, large_db: Path) -> None:  # type: ignore[no-untyped-def]
    """The same tables counted by group with raw sqlite3: what no query layer can beat."""
    connection = sqlite3.connect(large_db)
    queries = [
        "SELECT strftime('%Y', start_date), kind, count(*) FROM exchange GROUP BY 1, 2",
        "SELECT country, count(*) FROM person GROUP BY 1",
        "SELECT country, sector, level, count(*) FROM organization GROUP BY 1, 2, 3",
        "SELECT strftime('%Y-%m', occurred_on), count(*) FROM interaction GROUP BY 1",
        "SELECT theme_id, count(*) FROM person_theme GROUP BY 1",
        "SELECT follow_up_state, count(*) FROM interaction GROUP BY 1",
        "SELECT assessment, count(*) FROM exchange_objective GROUP BY 1",
    ]
    benchmark(lambda: [connection.execute(q).fetchall() for q in queries])
    connection.close()

"""Speed of the journal's read paths on a large network (run with --benchmark-enable).

1,000 persons, 200 organizations, 5,000 journal entries over three years, 300 cadences.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from reseau.core.enums import Country, FollowUpState, InteractionKind
from reseau.db.models import Interaction, Organization, Person, Theme
from reseau.db.session import Database
from reseau.services import coverage, follow_ups, network, network_layout

TODAY = date(2026, 3, 10)


@pytest.fixture
def big(database: Database) -> Database:
    rng = random.Random(4)
    with database.begin() as s:
        themes = list(s.query(Theme))
        orgs = [
            Organization(
                name=f"Org {i}", name_key=f"org {i}", country=rng.choice([Country.FRANCE, Country.QUEBEC])
            )
            for i in range(200)
        ]
        s.add_all(orgs)
        persons = [
            Person(
                last_name=f"Nom{i}",
                name_key=f"nom{i}",
                country=rng.choice([Country.FRANCE, Country.QUEBEC]),
                organization=rng.choice(orgs),
                follow_up_days=90 if i < 300 else None,
            )
            for i in range(1000)
        ]
        s.add_all(persons)
        for i in range(5000):
            entry = Interaction(
                occurred_on=TODAY - timedelta(days=rng.randrange(1100)),
                kind=rng.choice(list(InteractionKind)),
                summary=f"Entrée {i}",
                follow_up_on=TODAY + timedelta(days=rng.randrange(-30, 60)) if i % 10 == 0 else None,
                follow_up_state=FollowUpState.OPEN if i % 10 == 0 else FollowUpState.NONE,
            )
            entry.persons = rng.sample(persons, 2)
            entry.organizations = [rng.choice(orgs)]
            entry.themes = rng.sample(themes, 2)
            s.add(entry)
    return database


def test_bench_coverage(benchmark: Any, big: Database) -> None:
    def run() -> int:
        with big.begin() as s:
            return len(coverage.coverage(s, TODAY))

    assert benchmark(run) == 24


def test_bench_due_list(benchmark: Any, big: Database) -> None:
    def run() -> int:
        with big.begin() as s:
            return len(follow_ups.due_list(s, TODAY))

    assert benchmark(run) >= 300


def test_bench_network_and_layout(benchmark: Any, big: Database) -> None:
    def run() -> int:
        with big.begin() as s:
            graph = network.build_network(s, network.NetworkFilter())
        return len(network_layout.layout(graph))

    assert benchmark(run) > 1000

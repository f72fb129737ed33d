"""How long the exchanges list takes to load with 1,000 exchanges of 10 participants each
(run with ``pytest tests/benchmarks --benchmark-only``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from reseau.core.enums import ExchangeKind, ExchangeStatus, OrgRole, ParticipantRole
from reseau.db.session import Database
from reseau.services.exchanges import records as ex
from reseau.services.exchanges.stages import list_stages
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.records import PersonInput, add_person

COUNT = 1000


@pytest.fixture
def many_exchanges(database: Database) -> Database:
    with database.begin() as s:
        people = [add_person(s, PersonInput(last_name=f"Personne {i}")).value for i in range(200)]
        orgs = [add_organization(s, OrganizationInput(name=f"Organisation {i}")).value for i in range(50)]
        kinds = list(ExchangeKind)
        for i in range(COUNT):
            start = date(2020, 1, 1) + timedelta(days=3 * i)
            ex.add_exchange(
                s,
                ex.ExchangeInput(
                    kind=kinds[i % len(kinds)],
                    title=f"Échange {i}",
                    status=list(ExchangeStatus)[i % 7],
                    start_date=start,
                    end_date=start + timedelta(days=i % 40),
                    participants=tuple(
                        ex.ParticipantInput(people[(i + k) % 200], ParticipantRole.DELEGATE)
                        for k in range(10)
                    ),
                    organizations=(
                        ex.OrganizationLink(orgs[i % 50], OrgRole.HOME),
                        ex.OrganizationLink(orgs[(i + 1) % 50], OrgRole.HOST),
                    ),
                ),
            )
    return database


def test_list_1000_exchanges(benchmark: BenchmarkFixture, many_exchanges: Database) -> None:
    def run() -> int:
        with many_exchanges.begin() as s:
            return len(ex.list_exchanges(s))

    assert benchmark(run) == COUNT


def test_list_stages_among_1000(benchmark: BenchmarkFixture, many_exchanges: Database) -> None:
    def run() -> int:
        with many_exchanges.begin() as s:
            return len(list_stages(s, date(2024, 1, 1)))

    assert benchmark(run) == COUNT // len(ExchangeKind)

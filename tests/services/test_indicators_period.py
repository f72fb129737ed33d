"""The Indicateurs' period read in SQL: a period counts the contacts involved in it, no others."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from reseau.db.session import Database
from reseau.services.indicators.figures import IndicatorFilters, compute_indicators
from tests.services import indicators_reference as reference
from tests.services.indicator_dataset import TODAY, DatasetIds, build_dataset


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.begin() as s:
        yield s


@pytest.fixture
def ids(session: Session) -> DatasetIds:
    return build_dataset(session)


def test_a_period_counts_only_its_contacts(session: Session, ids: DatasetIds) -> None:
    year = IndicatorFilters.year(2025)
    # The contacts involved in 2025, read row by row as the service did before issue 19.5.
    persons, orgs = reference.matching_contacts(session, year)
    every_person, every_org = reference.matching_contacts(session, IndicatorFilters())
    assert 0 < len(persons) < len(every_person) and 0 < len(orgs) < len(every_org)
    everything = compute_indicators(session, IndicatorFilters(), TODAY).contacts_by_country
    in_2025 = compute_indicators(session, year, TODAY).contacts_by_country
    assert in_2025.total == len(persons) + len(orgs) < everything.total
    assert everything.total == len(every_person) + len(every_org)

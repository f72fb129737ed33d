"""The Indicateurs' period read in SQL: the contacts of a period, whichever path reads them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from reseau.db.session import Database
from reseau.services.indicators import scope as indicator_scope
from reseau.services.indicators.figures import IndicatorFilters, compute_indicators
from tests.services.indicator_dataset import TODAY, DatasetIds, build_dataset


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.begin() as s:
        yield s


@pytest.fixture
def ids(session: Session) -> DatasetIds:
    return build_dataset(session)


def test_a_period_counts_only_its_contacts_on_both_paths(
    session: Session, ids: DatasetIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    year = IndicatorFilters.year(2025)
    persons, orgs = indicator_scope.matching_contacts(session, year)
    every_person, every_org = indicator_scope.matching_contacts(session, IndicatorFilters())
    assert 0 < len(persons) < len(every_person) and 0 < len(orgs) < len(every_org)
    # Above the IN limit the rows are filtered after reading: the same contacts.
    monkeypatch.setattr(indicator_scope, "_IN_LIMIT", 0)
    assert indicator_scope.matching_contacts(session, year) == (persons, orgs)
    everything = compute_indicators(session, IndicatorFilters(), TODAY).contacts_by_country
    in_2025 = compute_indicators(session, year, TODAY).contacts_by_country
    assert sum(in_2025.as_dict().values()) == len(persons) + len(orgs) < sum(everything.as_dict().values())

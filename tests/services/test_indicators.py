"""The indicator queries against the fixed dataset of indicator_dataset.py (answers counted by hand)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from reseau.core.enums import Country, ExchangeKind
from reseau.core.labels import label
from reseau.db.session import Database
from reseau.services.indicators.annual_report import annual_report
from reseau.services.indicators.figures import IndicatorFilters, compute_indicators
from reseau.services.indicators.mission_review import delegate_briefs, find_mission, mission_review
from tests.services.indicator_dataset import TODAY, DatasetIds, build_dataset


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.begin() as s:
        yield s


@pytest.fixture
def ids(session: Session) -> DatasetIds:
    return build_dataset(session)


def test_exchanges_per_year_by_kind_and_status(session: Session, ids: DatasetIds) -> None:
    ind = compute_indicators(session, IndicatorFilters(), TODAY)
    assert ind.exchanges_by_kind.rows == ("2024", "2025", "sans date")
    assert ind.exchanges_by_kind.as_dict() == {
        ("2024", "mission (délégation)"): 1,
        ("2025", "stage"): 1,
        ("2025", "visite"): 1,
        ("sans date", "séminaire ou événement"): 1,
    }
    assert ind.exchanges_by_status.as_dict() == {
        ("2024", "bilan fait"): 1,
        ("2025", "réalisé"): 1,
        ("2025", "planifié"): 1,
        ("sans date", "idée"): 1,
    }


def test_exchange_filters(session: Session, ids: DatasetIds) -> None:
    def total(**kw: object) -> int:
        return compute_indicators(session, IndicatorFilters(**kw), TODAY).exchanges_by_kind.total  # type: ignore[arg-type]

    assert total(start=date(2025, 1, 1), end=date(2025, 12, 31)) == 2  # the undated seminar drops out
    assert total(start=date(2024, 10, 5), end=date(2024, 10, 5)) == 1  # overlaps the mission
    assert total(country=Country.QUEBEC) == 2
    assert total(country=Country.FRANCE) == 2  # the mission (CAF host) and the visit
    assert total(theme_id=ids.theme_family) == 1
    assert total(kind=ExchangeKind.STAGE) == 1


def test_contacts_per_country_sector_and_level(session: Session, ids: DatasetIds) -> None:
    ind = compute_indicators(session, IndicatorFilters(), TODAY)
    assert ind.contacts_by_country.as_dict() == {
        ("France", "Personnes"): 2,
        ("France", "Organisations"): 2,
        ("Québec", "Personnes"): 2,
        ("Québec", "Organisations"): 2,
        ("Autre", "Personnes"): 1,
    }
    assert ind.contacts_by_sector.rows == ("action sociale", "jeunesse", "logement", "santé", "non précisé")
    assert ind.contacts_by_sector.value("santé", "Personnes") == 2  # from their organization
    assert ind.contacts_by_sector.value("santé", "Organisations") == 2
    assert ind.contacts_by_sector.value("logement", "Personnes") == 1  # the person's own sectors
    assert ind.contacts_by_sector.value("non précisé", "Organisations") == 1
    assert ind.contacts_by_level.as_dict() == {
        ("national", "Personnes"): 1,
        ("national", "Organisations"): 1,
        ("régional", "Personnes"): 1,
        ("régional", "Organisations"): 1,
        ("local", "Personnes"): 2,
        ("local", "Organisations"): 2,
        ("non précisé", "Personnes"): 1,
    }


def test_contacts_under_a_period_or_a_kind_are_those_involved(session: Session, ids: DatasetIds) -> None:
    in_2025 = compute_indicators(session, IndicatorFilters.year(2025), TODAY).contacts_by_country
    assert in_2025.as_dict() == {
        ("France", "Personnes"): 1,
        ("France", "Organisations"): 1,
        ("Québec", "Personnes"): 1,
        ("Québec", "Organisations"): 1,
        ("Autre", "Personnes"): 1,
    }
    missions = compute_indicators(session, IndicatorFilters(kind=ExchangeKind.MISSION), TODAY)
    assert missions.contacts_by_country.as_dict() == {
        ("France", "Personnes"): 2,  # the host and the two speakers (one is both)
        ("France", "Organisations"): 2,
        ("Québec", "Personnes"): 2,
        ("Québec", "Organisations"): 1,
    }


def test_journal_per_month_and_theme(session: Session, ids: DatasetIds) -> None:
    ind = compute_indicators(session, IndicatorFilters(), TODAY)
    month = ind.journal_by_month
    assert month.rows == ("2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03")
    assert [v[0] for v in month.values] == [1, 1, 0, 1, 0, 2]
    assert ind.journal_by_theme.rows == ("T01 Famille", "T02 Pauvreté", "sans thème")
    assert [v[0] for v in ind.journal_by_theme.values] == [2, 2, 2]
    french = compute_indicators(session, IndicatorFilters(country=Country.FRANCE), TODAY)
    assert french.journal_by_month.total == 2
    stages = compute_indicators(session, IndicatorFilters(kind=ExchangeKind.STAGE), TODAY)
    assert stages.journal_by_month.as_dict() == {("2025-03", "Entrées"): 1}


def test_theme_balance(session: Session, ids: DatasetIds) -> None:
    balance = compute_indicators(session, IndicatorFilters(), TODAY).theme_balance
    assert balance.rows == ("T01 Famille", "T02 Pauvreté", "Logement")
    assert balance.values == ((1, 1, 1, 1), (0, 1, 0, 1), (0, 0, 0, 0))
    only_qc = compute_indicators(session, IndicatorFilters(country=Country.QUEBEC), TODAY).theme_balance
    assert only_qc.values[0] == (0, 1, 0, 1)


def test_follow_ups_on_time_versus_overdue(session: Session, ids: DatasetIds) -> None:
    follow = compute_indicators(session, IndicatorFilters(), TODAY).follow_ups
    assert [v[0] for v in follow.values] == [1, 1, 1, 1]
    later = compute_indicators(session, IndicatorFilters(), date(2025, 8, 1)).follow_ups
    assert later.as_dict() == {
        ("Faites à temps", "Relances"): 1,
        ("Faites en retard", "Relances"): 1,
        ("En retard (à faire)", "Relances"): 2,
    }


def test_objectives_by_assessment(session: Session, ids: DatasetIds) -> None:
    obj = compute_indicators(session, IndicatorFilters(), TODAY).objectives
    assert obj.total == 5
    assert obj.value("pleinement atteint", "Objectifs") == 1
    assert obj.value("non atteint", "Objectifs") == 0
    in_2025 = compute_indicators(session, IndicatorFilters.year(2025), TODAY).objectives
    assert in_2025.as_dict() == {("grandement atteint", "Objectifs"): 1, ("à évaluer", "Objectifs"): 1}


def test_empty_period_and_filters_matching_nothing_give_empty_indicators(
    session: Session, ids: DatasetIds
) -> None:
    backwards = compute_indicators(
        session, IndicatorFilters(start=date(2025, 5, 1), end=date(2025, 1, 1)), TODAY
    )
    assert backwards.filters.empty_period
    assert all(
        getattr(backwards, f).is_empty for f in ("exchanges_by_kind", "journal_by_month", "objectives")
    )
    nothing = compute_indicators(
        session, IndicatorFilters(theme_id=ids.theme_housing, kind=ExchangeKind.MISSION), TODAY
    )
    for name in (
        "exchanges_by_kind",
        "contacts_by_country",
        "journal_by_month",
        "theme_balance",
        "objectives",
    ):
        assert getattr(nothing, name).is_empty, name


def test_annual_report_figures(session: Session, ids: DatasetIds) -> None:
    report = annual_report(session, 2024, TODAY)
    assert [x.title for x in report.exchanges] == ["Mission Bordeaux-Rennes 2024"]
    assert [label(o.assessment, "fr") for o in report.exchanges[0].objectives] == [
        "pleinement atteint",
        "partiellement atteint",
        "pertinence validée",
    ]
    assert report.entries == 2
    assert report.objectives_met == 1
    themes = {t.label: t for t in report.themes}
    assert themes["T01 Famille"].exchanges == 1 and themes["T01 Famille"].entries == 2
    assert themes["T01 Famille"].slots == 0
    assert "aucune activité dans l'année" in [str(g) for g in themes["Logement"].gaps]
    assert "aucun contact en France" in [str(g) for g in themes["T02 Pauvreté"].gaps]


def test_mission_review_and_delegate_briefs(session: Session, ids: DatasetIds) -> None:
    assert find_mission(session, "bordeaux-RENNES") == ids.mission
    review = mission_review(session, ids.mission)
    assert [o.code for o in review.objectives] == ["O1", "O2", "O3"]
    assert [(g.city, g.organizations, g.persons) for g in review.met] == [
        ("Bordeaux", ("CAF de Bordeaux",), ("Claire Martin (Directrice, CAF de Bordeaux)",)),
        ("Rennes", ("Mairie de Rennes",), ("Denis Petit (Mairie de Rennes)",)),
    ]
    assert [s.title for s in review.slots] == ["L'action sociale de la CAF", "Visite d'un centre social"]
    assert [f.summary for f in review.follow_ups] == [
        "Rencontre à la CAF",
        "Appel de suivi",
        "Envoyer le rapport à Denis",
    ]
    briefs = delegate_briefs(session, ids.mission)
    assert [b.name for b in briefs] == ["Bruno Gagnon", "Alice Tremblay"]
    bruno, alice = briefs
    assert len(alice.slots) == 2 and len(bruno.slots) == 1  # Bruno is not on the Rennes visit
    assert [c.name for c in bruno.contacts] == ["CAF de Bordeaux", "Claire Martin"]
    assert "courriel\u00a0: claire.martin@caf.fr" in [str(d) for d in bruno.contacts[1].details]
    assert "CAF" in alice.briefing_html

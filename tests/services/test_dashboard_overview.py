"""The Tableau de bord's overview on the demo and on an empty database (issue 16.6)."""

from __future__ import annotations

from datetime import date

from reseau.core.enums import Country, ExchangeKind, ExchangeStatus
from reseau.db.models import Exchange, Organization, Person
from reseau.db.session import Database
from reseau.services.agenda.reading import check_mission
from reseau.services.dashboard import summary
from reseau.services.dashboard.overview import coverage_gaps, late_reports, network_size, next_mission
from reseau.services.exchanges.dtos import ExchangeInput
from reseau.services.exchanges.records import add_exchange
from reseau.services.themes.coverage import coverage

TODAY = date(2026, 12, 3)


def test_empty_database_gives_an_empty_overview(database: Database) -> None:
    with database.begin() as s:
        board = summary.dashboard(s, TODAY)
    assert board.next_mission is None
    assert board.late_reports == ()
    assert board.network.total_persons == 0 and board.network.total_organizations == 0
    assert board.empty
    # The built-in themes are there but nobody covers them: every open one is a gap on both sides.
    assert board.coverage_gaps and all(g.missing_fr and g.missing_qc for g in board.coverage_gaps)


def test_demo_next_mission_is_the_2027_one_with_its_place_and_warnings(demo_database: Database) -> None:
    with demo_database.begin() as s:
        mission = next_mission(s, TODAY)
        assert mission is not None
        expected = s.get(Exchange, mission.id)
        assert expected is not None
        warnings = check_mission(s, mission.id)
    assert mission.start_date == date(2027, 5, 10)  # far beyond the 60 days of « upcoming »
    assert mission.days_left == (date(2027, 5, 10) - TODAY).days
    assert "2027" in mission.title
    assert {"Paris", "Rennes", "Bordeaux"} <= set(mission.place.split(", "))
    assert mission.slots > 10
    assert mission.open_warnings == sum(not w.is_acknowledged for w in warnings)
    assert mission.open_warnings > 0  # the demo's draft agenda has warnings to fix


def test_a_mission_under_way_is_still_the_next_one(demo_database: Database) -> None:
    with demo_database.begin() as s:
        mission = next_mission(s, date(2027, 5, 12))  # its third day
    assert mission is not None and mission.days_left == 0


def test_network_size_counts_each_side(demo_database: Database) -> None:
    with demo_database.begin() as s:
        size = network_size(s)
        persons = s.query(Person).count()
        organizations = s.query(Organization).count()
        quebec = s.query(Person).filter(Person.country == Country.QUEBEC).count()
    assert size.total_persons == persons > 0
    assert size.total_organizations == organizations > 0
    assert size.persons[Country.QUEBEC] == quebec > 0
    assert size.persons[Country.FRANCE] > 0 and size.organizations[Country.FRANCE] > 0


def test_late_stage_reports_most_late_first(demo_database: Database) -> None:
    with demo_database.begin() as s:
        for title, due, status in (
            ("Stage A", date(2026, 11, 1), ExchangeStatus.DONE),
            ("Stage B", date(2026, 6, 1), ExchangeStatus.DONE),
            ("Stage C (évalué)", date(2026, 6, 1), ExchangeStatus.ASSESSED),
            ("Stage D (à venir)", date(2027, 1, 1), ExchangeStatus.PLANNED),
        ):
            add_exchange(s, ExchangeInput(ExchangeKind.STAGE, title, status=status, report_due=due))
        late = late_reports(s, TODAY)
    assert [r.title for r in late] == ["Stage B", "Stage A"]
    assert late[0].days_late == (TODAY - date(2026, 6, 1)).days


def test_coverage_gaps_are_the_coverage_views_gaps(demo_database: Database) -> None:
    with demo_database.begin() as s:
        gaps = coverage_gaps(s, TODAY)
        rows = coverage(s, TODAY)
    assert [g.theme_id for g in gaps] == [r.theme_id for r in rows if r.gap]
    by_id = {r.theme_id: r for r in rows}
    assert all(g.missing_fr == by_id[g.theme_id].gap_fr for g in gaps)
    assert all(g.missing_qc == by_id[g.theme_id].gap_qc for g in gaps)


def test_dashboard_carries_the_overview(demo_database: Database) -> None:
    with demo_database.begin() as s:
        board = summary.dashboard(s, TODAY)
    assert board.next_mission is not None and not board.empty
    assert board.network.total_persons > 0


def test_the_stage_table_names_host_organizations_apart(demo_database: Database) -> None:
    from reseau.core.enums import OrgRole
    from reseau.services.exchanges.dtos import OrganizationLink
    from reseau.services.exchanges.stages import list_stages

    with demo_database.begin() as s:
        cafs = {o.name: o.id for o in s.query(Organization).filter(Organization.acronym == "CAF")}
        assert len(cafs) >= 2
        links = tuple(OrganizationLink(ident, OrgRole.HOST) for ident in cafs.values())
        add_exchange(s, ExchangeInput(ExchangeKind.STAGE, "Deux CAF", organizations=links))
        row = next(r for r in list_stages(s, TODAY) if r.title == "Deux CAF")
    assert "CAF (Rennes)" in row.host
    assert "Caisse d'allocations familiales de la Gironde" in row.host
    assert row.host.count("CAF") == 1

"""Themes: built-ins seeded by the migration, coverage counts and gaps, deletion with links."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from reseau.core.enums import Country, InteractionKind, ThemeKind, ThemeStatus
from reseau.db.session import Database
from reseau.services.journal import entries as journal
from reseau.services.journal.entries import EntryInput
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.themes import coverage
from reseau.services.themes import records as themes
from reseau.services.themes.coverage import Cell

TODAY = date(2026, 3, 10)


def test_built_in_themes_exist_without_the_demo(database: Database) -> None:
    with database.begin() as s:
        rows = themes.list_themes(s)
    codes = [r.code for r in rows]
    assert codes[:16] == [f"T{i:02d}" for i in range(1, 17)]
    assert codes[16:24] == [f"P{i}" for i in range(1, 9)]
    assert {r.kind for r in rows} == {ThemeKind.FOLLOW_UP, ThemeKind.RECOMMENDATION}


def _theme_id(db: Database, code: str) -> int:
    with db.begin() as s:
        return next(r.id for r in themes.list_themes(s) if r.code == code)


def test_coverage_counts_each_side_and_marks_gaps(database: Database) -> None:
    t01 = _theme_id(database, "T01")
    with database.begin() as s:
        fr = add_person(s, PersonInput(last_name="Bigot", country=Country.FRANCE)).value
        qc = add_person(s, PersonInput(last_name="Morel", country=Country.QUEBEC)).value
        qc_org = add_organization(s, OrganizationInput(name="INSPQ", country=Country.QUEBEC)).value
        detail = themes.get_theme(s, t01)
        themes.update_theme(
            s, t01, themes.ThemeInput(title=detail.data.title, person_ids=(fr,)), detail.version
        )
        for days in (10, 400):  # one entry in the last 12 months, one older
            data = EntryInput(
                occurred_on=TODAY - timedelta(days=days),
                kind=InteractionKind.MEETING,
                person_ids=(qc,),
                organization_ids=(qc_org,),
                theme_ids=(t01,),
            )
            journal.add_entry(s, data, TODAY)
        rows = {r.code: r for r in coverage.coverage(s, TODAY)}
    t01_row = rows["T01"]
    assert (len(t01_row.fr_persons), len(t01_row.qc_persons)) == (1, 1)
    assert (len(t01_row.fr_organizations), len(t01_row.qc_organizations)) == (0, 1)
    assert len(t01_row.entries) == 1
    assert not t01_row.gap
    assert [n.name for n in t01_row.cell(Cell.QC_ORGANIZATIONS)] == ["INSPQ"]
    assert rows["T02"].gap_fr and rows["T02"].gap_qc


def test_closed_theme_is_not_a_gap(database: Database) -> None:
    t07 = _theme_id(database, "T07")
    with database.begin() as s:
        d = themes.get_theme(s, t07)
        themes.update_theme(
            s, t07, themes.ThemeInput(title=d.data.title, status=ThemeStatus.CLOSED), d.version
        )
        row = next(r for r in coverage.coverage(s, TODAY) if r.code == "T07")
    assert not row.gap


def test_deleting_a_linked_user_theme_keeps_the_linked_records(database: Database) -> None:
    with database.begin() as s:
        pid = add_person(s, PersonInput(last_name="Bézard", country=Country.FRANCE)).value
        tid = themes.add_theme(s, themes.ThemeInput(title="Logement social", person_ids=(pid,))).value
        entry = journal.add_entry(
            s,
            EntryInput(occurred_on=TODAY, kind=InteractionKind.CALL, person_ids=(pid,), theme_ids=(tid,)),
            TODAY,
        ).value
        links = themes.theme_links(s, tid)
        assert (links.persons, len(links.entries), links.count) == (("Bézard",), 1, 2)
        assert themes.delete_theme(s, tid).value == links
    with database.begin() as s:
        assert journal.get_entry(s, entry).themes == ()
        assert [e.id for e in journal.person_timeline(s, pid)] == [entry]


def test_built_in_theme_cannot_be_deleted(database: Database) -> None:
    tid = _theme_id(database, "T05")
    with database.begin() as s, pytest.raises(themes.BuiltInThemeError, match="clos"):
        themes.delete_theme(s, tid)


def test_demo_journal_shows_in_coverage_and_due_list(demo_database: Database) -> None:
    from reseau.services.journal import follow_ups

    with demo_database.begin() as s:
        rows = coverage.coverage(s, date.today())
        items = follow_ups.due_list(s, date.today())
    assert any(r.entries for r in rows) and any(r.gap for r in rows)
    assert {i.bucket for i in items} == set(follow_ups.Bucket)


def test_theme_links_exchanges_both_ways(demo_database: Database) -> None:
    with demo_database.begin() as s:
        row = next(r for r in themes.list_themes(s) if r.code == "P1")
        detail = themes.get_theme(s, row.id)
        assert detail.exchanges == ()
        mission = next(e for e in journal.journal_choices(s).exchanges if "exploratoire" in e.name)
        data = themes.ThemeInput(title=detail.data.title, exchange_ids=(mission.id,), owner_id=None)
        themes.update_theme(s, row.id, data, detail.version)
        assert [x.id for x in themes.get_theme(s, row.id).exchanges] == [mission.id]
        t01 = next(r for r in themes.list_themes(s) if r.code == "T01")
        d01 = themes.get_theme(s, t01.id)
        assert mission.id in d01.data.exchange_ids  # the demo links the mission to T01–T16
        themes.update_theme(s, t01.id, replace(d01.data, exchange_ids=()), d01.version)
        assert themes.get_theme(s, t01.id).exchanges == ()
        assert [x.id for x in themes.get_theme(s, row.id).exchanges] == [mission.id]  # P1 untouched

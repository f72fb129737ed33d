"""The Journal's entries table at scale: ids filtered and sorted by the database, rows by page."""

from __future__ import annotations

from datetime import date

from reseau.core.enums import Country, InteractionKind
from reseau.db.session import Database
from reseau.services.journal import entries as journal
from reseau.services.journal import pages as journal_pages
from reseau.services.journal.entries import EntryInput
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.records import PersonInput, add_person

TODAY = date(2026, 3, 10)


def _entries(db: Database) -> tuple[int, int, int]:
    with db.begin() as s:
        masse = add_person(
            s, PersonInput(last_name="Massé", first_name="Élise", country=Country.QUEBEC)
        ).value
        other = add_person(s, PersonInput(last_name="Tremblay", country=Country.QUEBEC)).value
        clsc = add_organization(s, OrganizationInput(name="CLSC de Rimouski", country=Country.QUEBEC)).value

        def log(day: int, kind: InteractionKind, summary: str, **links: tuple[int, ...]) -> int:
            data = EntryInput(occurred_on=date(2026, 3, day), kind=kind, summary=summary, **links)  # type: ignore[arg-type]
            return journal.add_entry(s, data, TODAY).value

        a = log(1, InteractionKind.MEETING, "Réunion sur le budget", person_ids=(other,))
        b = log(5, InteractionKind.CALL, "", person_ids=(masse,))
        c = log(3, InteractionKind.EMAIL, "Suivi", organization_ids=(clsc,))
    return a, b, c


def test_ids_newest_first_and_sorted_by_the_database(database: Database) -> None:
    a, b, c = _entries(database)
    with database.begin() as s:
        assert journal_pages.entry_ids(s) == [b, c, a]
        assert journal_pages.entry_ids(s, sort="date", descending=False) == [a, c, b]
        assert journal_pages.entry_ids(s, sort="summary", descending=False) == [b, a, c]


def test_filter_matches_summary_person_or_organization_without_accents(database: Database) -> None:
    a, b, c = _entries(database)
    with database.begin() as s:
        assert journal_pages.entry_ids(s, "masse") == [b]  # the person Massé
        assert journal_pages.entry_ids(s, "reunion bud") == [a]  # the summary
        assert journal_pages.entry_ids(s, "rimou") == [c]  # the organization
        assert journal_pages.entry_ids(s, "nobody") == []
        assert journal_pages.entry_ids(s, "  ") == [b, c, a]


def test_rows_in_the_order_asked_and_deleted_ones_left_out(database: Database) -> None:
    a, b, c = _entries(database)
    with database.begin() as s:
        journal.delete_entry(s, c)
    with database.begin() as s:
        rows = journal_pages.entry_rows(s, [a, c, b])
    assert [r.id for r in rows] == [a, b]
    assert rows[1].persons[0].name == "Élise Massé"
    with database.begin() as s:
        assert rows == [r for r in journal.list_entries(s) if r.id in (a, b)][::-1]

"""Rows planned on the planner thread: order kept, errors raised on the caller's thread, no
thread left behind, and an import's created records recorded as runs that undo exactly."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from reseau.core.enums import Country
from reseau.db.models import ImportBatchItem, Person
from reseau.db.session import Database
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.io import import_pipeline
from reseau.services.io.import_contacts import DuplicatePolicy, ImportOptions, import_records
from reseau.services.io.import_plan import plan_record
from reseau.services.io.import_undo import created_items, undo_batch
from reseau.services.privacy.rights import erase_person


def _planners() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "import-planner"]


def _plan(record: ContactRecord):  # type: ignore[no-untyped-def]
    return plan_record(record, Country.QUEBEC, lambda raw, country: None)


def _rows(count: int) -> Iterator[ContactRecord | RowProblem]:
    for line in range(2, count + 2):
        yield (
            RowProblem(line, "décalée") if line % 97 == 0 else ContactRecord(line=line, last_name=f"N{line}")
        )


def test_planned_rows_come_back_in_order_with_the_problems_in_place() -> None:
    with import_pipeline.planner(_rows(3_000), _plan) as rows:
        lines = [item.line for chunk in rows.chunks() for item, _, _ in chunk]
    assert lines == list(range(2, 3_002))
    assert not _planners()


def test_an_error_while_reading_is_raised_on_the_callers_thread() -> None:
    def broken() -> Iterator[ContactRecord | RowProblem]:
        yield from _rows(600)
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    with pytest.raises(UnicodeDecodeError), import_pipeline.planner(broken(), _plan) as rows:
        for _ in rows.chunks():
            pass
    assert not _planners()


def test_leaving_early_stops_the_planner() -> None:
    with import_pipeline.planner(_rows(100_000), _plan) as rows:
        next(iter(rows.chunks()))
    assert not _planners()


def test_a_failed_read_leaves_the_database_untouched(database: Database) -> None:
    def broken() -> Iterator[ContactRecord | RowProblem]:
        yield from _rows(4_500)  # two chunks written inside the transaction, then the failure
        raise OSError("disque retiré")

    with pytest.raises(OSError, match="disque retiré"), database.begin() as session:
        import_records(session, broken(), ImportOptions(policy=DuplicatePolicy.CREATE), "x.csv", "csv")
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_created_records_are_runs_and_undo_deletes_exactly_them(database: Database) -> None:
    with database.begin() as session:
        report = import_records(
            session, _rows(5_000), ImportOptions(policy=DuplicatePolicy.CREATE), "x.csv", "csv"
        ).value
    created = report.created
    assert created == 5_000 - 5_000 // 97
    with database.begin() as session:
        items = session.scalars(select(ImportBatchItem)).all()
        assert len(items) <= 5  # one run per chunk of 2,000 rows, not one row per person
        first = session.scalar(select(func.min(Person.id)))
        assert first is not None
        erase_person(session, first + 10)  # erased since: the undo skips it
    with database.begin() as session:
        assert report.batch_id is not None
        assert undo_batch(session, report.batch_id).value == created
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_runs_split_where_ids_are_not_consecutive() -> None:
    rows = created_items("person", [5, 6, 7, 10, 12, 13])
    assert [(r["entity_id"], r["last_entity_id"]) for r in rows] == [(5, 7), (10, None), (12, 13)]


def test_undo_spares_a_person_added_by_hand_with_a_reused_id(database: Database) -> None:
    from reseau.services.persons.records import PersonInput, add_person, delete_person

    with database.begin() as session:
        report = import_records(
            session, _rows(20), ImportOptions(policy=DuplicatePolicy.CREATE), "x.csv", "csv"
        ).value
    with database.begin() as session:
        last = session.scalar(select(func.max(Person.id)))
        assert last is not None
        delete_person(session, last)
        manual = add_person(session, PersonInput(last_name="Saisie-à-la-main")).value
        if database.engine.dialect.name == "sqlite":
            assert manual == last  # SQLite reuses the highest id (a PostgreSQL sequence never does)
    with database.begin() as session:
        assert report.batch_id is not None
        undo_batch(session, report.batch_id)
        assert [p.last_name for p in session.scalars(select(Person))] == ["Saisie-à-la-main"]

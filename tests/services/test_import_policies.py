"""Duplicate policies, batch undo, all-or-nothing, dry run and cancellation of an import."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from reseau.core.enums import ContactKind, Country
from reseau.core.errors import NotFoundError, ReseauError
from reseau.db.models import ContactPoint, Organization, Person
from reseau.db.session import Database
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.io.import_contacts import (
    DuplicatePolicy,
    ImportAborted,
    ImportOptions,
    import_records,
)
from reseau.services.io.import_undo import list_batches, load_mapping, save_mapping, undo_batch
from reseau.services.persons.records import ContactInput, PersonInput, add_person


def _seed(database: Database) -> int:
    with database.begin() as session:
        return add_person(
            session,
            PersonInput(
                last_name="St-Amand",
                first_name="Denis",
                title="",
                contacts=(ContactInput(ContactKind.EMAIL, "denis@aqesss.qc.ca"),),
            ),
        ).value


def _records() -> list[ContactRecord | RowProblem]:
    return [
        # The same name and the same e-mail domain as the seeded person: corroborated.
        ContactRecord(
            line=2,
            first_name="Denis",
            last_name="Saint-Amand",
            title="Directeur",
            organization="AQESSS",
            emails=["d.saint-amand@aqesss.qc.ca"],
        ),
        ContactRecord(line=3, first_name="Anne", last_name="Roy", emails=["DENIS@aqesss.qc.ca"], notes="n"),
        ContactRecord(
            line=4, first_name="Éric", last_name="Goyer", phones=["418 555-0199"], organization="DSP"
        ),
        # The same name and organization as line 4.
        ContactRecord(
            line=5, first_name="Eric", last_name="GOYER", emails=["eric@dsp.qc.ca"], organization="DSP"
        ),
        RowProblem(6, "5 colonnes au lieu de 3"),
        ContactRecord(line=7, emails=["not an email"]),
    ]


def _count(database: Database) -> int:
    with database.begin() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def _run(database: Database, options: ImportOptions, records: list[ContactRecord | RowProblem] | None = None):
    with database.begin() as session:
        return import_records(session, iter(records or _records()), options, "test.csv", "csv").value


def test_skip_policy_reports_lines(database: Database) -> None:
    _seed(database)
    report = _run(database, ImportOptions(policy=DuplicatePolicy.SKIP))
    assert (report.created, report.updated, report.skipped, report.rejected) == (1, 0, 3, 2)
    status = {(line.line, line.status) for line in report.lines}
    assert {
        (2, "skipped"),
        (3, "skipped"),
        (5, "skipped"),
        (6, "rejected"),
        (7, "rejected"),
    } <= status
    assert report.created_lines == ((4, 4),)
    assert _count(database) == 2


def test_update_and_fill(database: Database) -> None:
    pid = _seed(database)
    _run(database, ImportOptions(policy=DuplicatePolicy.FILL))
    with database.begin() as session:
        person = session.get_one(Person, pid)
        assert person.title == "Directeur" and person.first_name == "Denis"
        assert person.organization is not None and person.organization.name == "AQESSS"
    _run(
        database,
        ImportOptions(policy=DuplicatePolicy.UPDATE),
        [ContactRecord(line=2, first_name="Denis", last_name="St Amand", title="DG", organization="AQESSS")],
    )
    with database.begin() as session:
        assert session.get_one(Person, pid).title == "DG"


def test_create_policy_creates_all(database: Database) -> None:
    _seed(database)
    report = _run(database, ImportOptions(policy=DuplicatePolicy.CREATE))
    assert report.created == 4 and _count(database) == 5
    assert report.created_lines == ((2, 5),)
    assert report.created_text() == "2–5"


def test_undo_batch_restores(database: Database) -> None:
    pid = _seed(database)
    report = _run(database, ImportOptions(policy=DuplicatePolicy.UPDATE))
    assert report.batch_id is not None
    with database.begin() as session:
        assert session.get_one(Person, pid).title == "Directeur"
        assert [b.id for b in list_batches(session)] == [report.batch_id]
        undo_batch(session, report.batch_id)
    with database.begin() as session:
        person = session.get_one(Person, pid)
        assert person.title is None and person.organization_id is None
        assert [c.value for c in person.contact_points] == ["denis@aqesss.qc.ca"]
        assert session.scalar(select(func.count()).select_from(Organization)) == 0
        assert list_batches(session)[0].undone
    assert _count(database) == 1


def test_undo_twice_or_an_unknown_batch_says_which(database: Database) -> None:
    report = _run(database, ImportOptions())
    assert report.batch_id is not None
    with database.begin() as session:
        # The persons it created, and its 2 organizations (AQESSS, DSP).
        assert undo_batch(session, report.batch_id).value == report.created + 2
    with database.begin() as session:
        with pytest.raises(ReseauError, match=f"L'import n° {report.batch_id} a déjà été annulé"):
            undo_batch(session, report.batch_id)
        with pytest.raises(NotFoundError):
            undo_batch(session, report.batch_id + 1)
    assert _count(database) == 0


def test_all_or_nothing_and_dry_run_write_nothing(database: Database) -> None:
    _seed(database)
    for options in (ImportOptions(all_or_nothing=True), ImportOptions(dry_run=True)):
        with pytest.raises(ImportAborted) as caught:
            _run(database, options)
        assert not caught.value.report.applied and caught.value.report.created == 1
        assert _count(database) == 1
        with database.begin() as session:
            assert list_batches(session) == []


def test_cancel_rolls_back(database: Database) -> None:
    many = [ContactRecord(line=i + 2, first_name="P", last_name=f"N{i}") for i in range(5000)]
    seen: list[int] = []

    def records() -> Iterator[ContactRecord | RowProblem]:
        yield from many

    with pytest.raises(ImportAborted, match="annulé"), database.begin() as session:
        import_records(
            session,
            records(),
            ImportOptions(),
            "big.csv",
            "csv",
            progress=seen.append,
            cancelled=lambda: len(seen) >= 10,
        )
    assert seen and _count(database) == 0  # the first 2,000 rows were flushed, then rolled back


def test_duplicates_inside_the_file_and_bulk_keys(database: Database) -> None:
    rows = [
        ContactRecord(line=i + 2, first_name="Anne", last_name="Roy", emails=[f"a{i % 3}@x.org"])
        for i in range(4500)
    ]
    report = _run(database, ImportOptions(policy=DuplicatePolicy.FILL), rows)
    assert report.created == 1 and report.updated == 4499
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(ContactPoint)) == 3


def test_mappings_saved_by_name(database: Database) -> None:
    with database.begin() as session:
        save_mapping(session, "Liste CAF", {"Nom": "last_name", "Mél": "email"})
        assert load_mapping(session, "Liste CAF")["Mél"] == "email"


def test_country_column(database: Database) -> None:
    _run(
        database,
        ImportOptions(),
        [ContactRecord(line=2, last_name="Lescot", country="France", phones=["05 56 00 11 22"])],
    )
    with database.begin() as session:
        person = session.scalars(select(Person)).one()
        assert person.country == Country.FRANCE
        assert person.contact_points[0].value == "+33556001122"

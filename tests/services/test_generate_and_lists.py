"""The data generator, and the lazy lists' services (ids sorted and filtered by the database)."""

from __future__ import annotations

from pathlib import Path

import phonenumbers
import pytest
from email_validator import validate_email
from sqlalchemy import func, select, text

from reseau.cli.main import main
from reseau.db.models import ContactPoint, Interaction, Organization, Person
from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.demo.generate import generate
from reseau.services.organizations import records as organizations
from reseau.services.persons import records as persons


@pytest.fixture
def generated(database: Database) -> Database:
    with database.begin() as session:
        generate(session, persons=300, organizations=20, entries=50)
    return database


@pytest.mark.sqlite_only  # counts the FTS5 documents
def test_generator_writes_realistic_rows(generated: Database) -> None:
    with generated.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 300
        assert session.scalar(select(func.count()).select_from(Organization)) == 20
        assert session.scalar(select(func.count()).select_from(Interaction)) == 50
        names = " ".join(f"{p.first_name} {p.last_name}" for p in session.scalars(select(Person)))
        assert any(c in names for c in "éèêëïôç")
        assert "-" in names
        points = list(session.scalars(select(ContactPoint)))
        for point in points[:40]:
            if point.kind == "phone":
                assert phonenumbers.is_valid_number(phonenumbers.parse(point.value)), point.value
            else:
                validate_email(point.value, check_deliverability=False)
        indexed = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        assert indexed == 370


def test_generator_is_deterministic(tmp_path: Path, migrated_template: Path) -> None:
    names = []
    for run in range(2):
        path = tmp_path / f"{run}.sqlite3"
        path.write_bytes(migrated_template.read_bytes())
        db = open_sqlite(path)
        with db.begin() as session:
            generate(session, 20, 3, 0, seed=7)
            names.append([p.name for p in persons.list_persons(session)])
        db.dispose()
    assert names[0] == names[1]


def test_generate_command(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["generate", "--db", str(db_path), "--persons", "12", "--organizations", "3", "--entries", "4"])
        == 0
    )
    assert "12 personnes, 3 organisations, 4 entrées" in capsys.readouterr().out


def test_generate_command_refuses_negative_counts(db_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["generate", "--db", str(db_path), "--persons", "-1"])


def test_person_ids_sort_and_filter_in_the_database(generated: Database) -> None:
    with generated.begin() as session:
        rows = persons.list_persons(session)
        keys = [r.last_name for r in rows]
        assert len(rows) == 300
        by_first = persons.person_rows(session, persons.person_ids(session, sort="first_name"))
        assert [r.first_name.lower() for r in by_first] == sorted(r.first_name.lower() for r in by_first)
        desc = persons.person_ids(session, sort="name", descending=True)
        assert desc[0] == rows[-1].id or rows[-1].last_name == rows[-2].last_name
        for sort in persons.PERSON_SORTS:
            assert sorted(persons.person_ids(session, sort=sort)) == sorted(r.id for r in rows)
        some = rows[5]
        found = persons.person_rows(
            session, persons.person_ids(session, f"{some.first_name} {some.last_name}")
        )
        assert some in found
        assert all(some.last_name in r.last_name for r in found)
        assert keys


def test_person_rows_keep_the_order_of_the_ids(generated: Database) -> None:
    with generated.begin() as session:
        ids = persons.person_ids(session)[:50]
        ids.reverse()
        assert [r.id for r in persons.person_rows(session, [*ids, 999_999])] == ids


def test_organization_ids_sort_on_person_count(generated: Database) -> None:
    with generated.begin() as session:
        ids = organizations.organization_ids(session, sort="persons", descending=True)
        counts = [r.person_count for r in organizations.organization_rows(session, ids)]
        assert counts == sorted(counts, reverse=True)
        assert sum(counts) == session.scalar(
            select(func.count()).select_from(Person).where(Person.organization_id.is_not(None))
        )

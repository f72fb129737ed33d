"""The migrations build exactly what the models describe, with the pragmas we rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.orm.exc import StaleDataError

from reseau.core.data_errors import ReadOnlyError
from reseau.core.enums import Country
from reseau.core.errors import DatabaseOpenError
from reseau.db import migrate
from reseau.db.engine import STEP_MS
from reseau.db.migrations.env_filters import include_name
from reseau.db.models import Base, Person
from reseau.db.open import open_sqlite
from reseau.db.session import Database


def test_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_database_is_at_the_newest_revision(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert not migrate.needs_upgrade(database.engine)


def test_every_table_has_version_and_timestamps(database: Database) -> None:
    inspector = inspect(database.engine)
    tables = [t for t in inspector.get_table_names() if t != "alembic_version"]
    assert {
        "person",
        "organization",
        "contact_point",
        "theme",
        "exchange",
        "agenda_slot",
        "interaction",
        "tag",
        "exchange_participant",
    } <= set(tables)
    for table in tables:
        if table.startswith("search_"):  # FTS shadow tables, if any
            continue
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert {"version", "created_at", "updated_at"} <= columns, table


@pytest.mark.sqlite_only
def test_sqlite_pragmas(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        # Short busy steps: the wait itself is done (and said) by engine.BusyWait, up to its limit.
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == STEP_MS


def test_version_column_refuses_a_stale_update(database: Database) -> None:
    with database.begin() as session:
        person = Person(
            last_name="Massé", first_name="Richard", name_key="masse richard", country=Country.QUEBEC
        )
        session.add(person)
    first = database._factory()
    second = database._factory()
    try:
        a = first.get(Person, person.id)
        b = second.get(Person, person.id)
        assert a is not None and b is not None
        a.title = "président-directeur général"
        first.commit()
        b.title = "autre"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with database.begin() as session:
        stored = session.get(Person, person.id)
        assert stored is not None
        assert stored.title == "président-directeur général"
        assert stored.version == 2


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    content = b"Ceci n'est pas une base de donnees\n" * 10
    path.write_bytes(content)
    with pytest.raises(DatabaseOpenError, match="n'est pas une base de données SQLite"):
        open_sqlite(path)
    assert path.read_bytes() == content


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseOpenError, match="Impossible de créer le dossier"):
        open_sqlite(blocker / "sub" / "reseau.sqlite3")


def test_a_database_from_a_newer_reseau_opens_read_only(db_path: Path) -> None:
    database = open_sqlite(db_path)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_future'")
    database.dispose()
    reopened = open_sqlite(db_path)
    try:
        assert reopened.read_only
        with pytest.raises(ReadOnlyError), reopened.begin() as session:
            session.add(Person(last_name="X", name_key="x", country=Country.QUEBEC))
    finally:
        reopened.dispose()

"""The `database` fixture works on both backends (PostgreSQL when RESEAU_TEST_PG_URL is set)."""

import pytest
from sqlalchemy import func, select

from reseau.db import migrate
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.services.demo.load import load_demo


def test_migrated_to_head_and_demo_loads(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.begin() as session:
        summary = load_demo(session).value
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == summary.persons


def test_newer_schema_on_a_server_opens_read_only(database: Database) -> None:
    import pytest
    from sqlalchemy import text

    from reseau.db.open import open_url

    if database.is_sqlite:
        pytest.skip("server variant (the SQLite one is in test_open_safety)")
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    other = open_url(database.engine.url.render_as_string(hide_password=False))
    try:
        assert other.read_only
        with other.begin() as session:
            assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0
        with pytest.raises(Exception, match="read-only"), other.begin() as session:
            session.execute(text("INSERT INTO tag (name) VALUES ('x')"))
    finally:
        other.dispose()


@pytest.mark.sqlite_only
def test_sqlite_only_marker_keeps_a_test_off_postgresql(database: Database) -> None:
    assert database.is_sqlite

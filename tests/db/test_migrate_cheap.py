"""The revision chain read without Alembic agrees with Alembic's own reading."""

from __future__ import annotations

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from reseau.db import migrate
from reseau.db.session import Database


def test_chain_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in script.walk_revisions()}
    assert migrate.revision_chain() == {s.revision: s.down_revision for s in script.walk_revisions()}


def test_current_revision_matches_alembic(database: Database) -> None:
    with database.engine.connect() as connection:
        expected = MigrationContext.configure(connection).get_current_revision()
    assert migrate.current_revision(database.engine) == expected == migrate.head_revision()


def test_new_database_has_no_revision(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.current_revision(engine) is None
    assert migrate.needs_upgrade(engine)
    engine.dispose()

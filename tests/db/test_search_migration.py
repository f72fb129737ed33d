"""Migration 0008 goes down and up again, and indexes what is already in the database."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from reseau.db import migrate
from reseau.db.session import Database
from reseau.services.search import global_search as search


def test_downgrade_then_upgrade_reindexes(demo_database: Database) -> None:
    with demo_database.begin() as session:
        before = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
    assert before > 0
    config = migrate.alembic_config(demo_database.engine)
    with demo_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008-1")  # below the index; 0009 (trigger pause) goes too
    with demo_database.engine.connect() as connection:
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert not {n for n in names if n.startswith("search_")}
    migrate.upgrade(demo_database.engine)
    with demo_database.begin() as session:
        assert session.execute(text("SELECT count(*) FROM search_index")).scalar_one() == before
        assert any(h.title == "Richard Massé" for h in search.search(session, "masse"))

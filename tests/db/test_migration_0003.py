"""Migration 0003: the person follow-up table, and the built-in themes seeded exactly once."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from reseau.db import migrate
from reseau.db.session import Database


def _themes(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM theme WHERE code IS NOT NULL")).scalar_one())


def test_seeded_once_and_reversible(database: Database) -> None:
    assert _themes(database) == 24
    assert "person_follow_up" in inspect(database.engine).get_table_names()
    config = migrate.alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "person_follow_up" not in inspect(database.engine).get_table_names()
    assert _themes(database) == 24  # downgrade keeps the themes: they may carry the user's links
    migrate.upgrade(database.engine, "head")
    assert _themes(database) == 24  # and upgrading again adds no duplicate

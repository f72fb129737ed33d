"""Migration 0004 (agenda settings, speaker names) goes up and down on a database with slots."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from reseau.db import migrate
from reseau.db.open import open_sqlite


def test_0004_down_and_up_keeps_slots(db_path: Path) -> None:
    database = open_sqlite(db_path)
    engine = database.engine
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO exchange (id, kind, title, status) VALUES (1, 'mission', 'M', 'idea')")
        )
        connection.execute(
            text(
                "INSERT INTO agenda_slot (id, exchange_id, day, half_day, activity, saved_speakers) "
                "VALUES (1, 1, '2027-05-10', 'morning', 'presentation', :saved)"
            ),
            {"saved": '[{"id": 3, "name": "Hélène Carrère"}]'},
        )
    config = migrate.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "agenda_settings" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    inspector = inspect(engine)
    assert "agenda_settings" in inspector.get_table_names()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT saved_speakers FROM agenda_slot")).scalar_one() == "[]"
    database.dispose()

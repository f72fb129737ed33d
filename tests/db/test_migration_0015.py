"""Migration 0015 (slot and mission time zones, known travel times, calendar id) goes down and
up on a database with slots and settings, and draws the calendar id once."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from reseau.db import migrate
from reseau.db.open import open_sqlite


def _calendar_id(connection: object) -> str | None:
    row = connection.execute(text("SELECT value FROM setting WHERE key = 'agenda_calendar_id'")).first()  # type: ignore[attr-defined]
    return json.loads(row[0]) if row else None


def test_0015_down_and_up_keeps_slots_and_draws_a_new_id(db_path: Path) -> None:
    database = open_sqlite(db_path)
    engine = database.engine
    with engine.begin() as connection:
        first_id = _calendar_id(connection)
        assert first_id and len(first_id) == 32
        connection.execute(
            text("INSERT INTO exchange (id, kind, title, status) VALUES (1, 'mission', 'M', 'idea')")
        )
        connection.execute(
            text(
                "INSERT INTO agenda_slot (id, exchange_id, day, half_day, activity, time_zone) "
                "VALUES (1, 1, '2027-05-09', 'evening', 'travel', 'America/Toronto')"
            )
        )
        connection.execute(
            text("INSERT INTO agenda_settings (exchange_id, known_times) VALUES (1, :known)"),
            {"known": '[{"first": "Paris", "second": "Rennes", "minutes": 95, "mode": "train"}]'},
        )
    config = migrate.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
    columns = {c["name"] for c in inspect(engine).get_columns("agenda_slot")}
    assert "time_zone" not in columns
    with engine.connect() as connection:
        assert _calendar_id(connection) is None
        assert connection.execute(text("SELECT count(*) FROM agenda_slot")).scalar_one() == 1
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT time_zone FROM agenda_slot")).scalar_one() == ""
        )  # the mission's
        zone, known = connection.execute(text("SELECT time_zone, known_times FROM agenda_settings")).one()
        assert zone == "Europe/Paris" and known is None  # Réseau's default known times
        second_id = _calendar_id(connection)
    assert second_id and second_id != first_id
    database.dispose()

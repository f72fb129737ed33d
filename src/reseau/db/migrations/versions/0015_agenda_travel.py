"""Agenda: each slot's time zone, each mission's zone and known travel times, a calendar id.

``agenda_slot.time_zone`` ("" = the mission's zone) lets a departure from Montréal be written
in Montréal time (America/Toronto). ``agenda_settings.time_zone`` is the mission's zone
(Europe/Paris by default) and ``agenda_settings.known_times`` the trips the coordinator knows
(« Paris – Rennes 1 h 30 »; JSON, NULL = Réseau's defaults). The ``setting`` row
``agenda_calendar_id`` is a random id drawn once: the UIDs of the exported calendars differ
from one database to another. Columns are added with plain ALTER TABLE (no table copy).
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from sqlalchemy import Connection

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

CALENDAR_KEY = "agenda_calendar_id"


def upgrade() -> None:
    from alembic import op  # here: reseau.db.head_schema reads seed_calendar_id without Alembic

    op.add_column(
        "agenda_slot", sa.Column("time_zone", sa.String(length=64), server_default="", nullable=False)
    )
    op.add_column(
        "agenda_settings",
        sa.Column("time_zone", sa.String(length=64), server_default="Europe/Paris", nullable=False),
    )
    op.add_column("agenda_settings", sa.Column("known_times", sa.JSON(), nullable=True))
    seed_calendar_id(op.get_bind())


def seed_calendar_id(bind: Connection) -> None:
    """The database's calendar id, drawn once (also for a new file created at head)."""
    present = bind.execute(sa.text("SELECT 1 FROM setting WHERE key = :key"), {"key": CALENDAR_KEY}).first()
    if present is None:
        bind.execute(
            sa.text(
                "INSERT INTO setting (key, value, created_at, updated_at, version) "
                "VALUES (:key, :value, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
            ),
            {"key": CALENDAR_KEY, "value": json.dumps(uuid.uuid4().hex)},
        )


def downgrade() -> None:
    from alembic import op

    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM setting WHERE key = :key"), {"key": CALENDAR_KEY})
    if bind.dialect.name == "sqlite":
        op.execute('ALTER TABLE agenda_settings DROP COLUMN "known_times"')
        op.execute('ALTER TABLE agenda_settings DROP COLUMN "time_zone"')
        op.execute('ALTER TABLE agenda_slot DROP COLUMN "time_zone"')
        return
    op.drop_column("agenda_settings", "known_times")
    op.drop_column("agenda_settings", "time_zone")
    op.drop_column("agenda_slot", "time_zone")

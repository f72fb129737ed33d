"""Agenda: per-mission check thresholds, and the speaker names remembered on each slot.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_settings",
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("exchange_ratio", sa.Float(), server_default="1.0", nullable=False),
        sa.Column(
            "required_sectors", sa.String(length=500), server_default="santé;éducation;emploi", nullable=False
        ),
        sa.Column("debrief_every_days", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchange.id"],
            name=op.f("fk_agenda_settings_exchange_id_exchange"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("exchange_id", name=op.f("pk_agenda_settings")),
    )
    with op.batch_alter_table("agenda_slot", schema=None) as batch_op:
        batch_op.add_column(sa.Column("saved_speakers", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("agenda_slot", schema=None) as batch_op:
        batch_op.drop_column("saved_speakers")
    op.drop_table("agenda_settings")

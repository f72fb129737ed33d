"""An import batch records the records it created as runs of ids, not one row per record.

A 100,000-row import wrote 100,000 ``import_batch_item`` rows (a fifth of a second of SQLite and
as much again in Python) only so that it could be undone. Ids created by one bulk insert are
consecutive, so one row per run says the same: ``entity_id`` is the first id of the run and
``last_entity_id`` the last (NULL for a single record, as every row written before this).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_batch_item") as batch:
        batch.add_column(sa.Column("last_entity_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Runs are written out as one row per record again before the column goes.
    bind = op.get_bind()
    runs = bind.execute(
        sa.text(
            "SELECT batch_id, entity, entity_id, last_entity_id, action FROM import_batch_item "
            "WHERE last_entity_id IS NOT NULL AND last_entity_id > entity_id"
        )
    ).all()
    for batch_id, entity, first, last, action in runs:
        bind.execute(
            sa.text(
                "INSERT INTO import_batch_item (batch_id, entity, entity_id, action) "
                "VALUES (:batch_id, :entity, :entity_id, :action)"
            ),
            [
                {"batch_id": batch_id, "entity": entity, "entity_id": ident, "action": action}
                for ident in range(first + 1, last + 1)
            ],
        )
    with op.batch_alter_table("import_batch_item") as batch:
        batch.drop_column("last_entity_id")

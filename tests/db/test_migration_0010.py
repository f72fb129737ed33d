"""Migration 0010: created records kept as runs of ids; a downgrade writes them out one by one."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from reseau.db import migrate
from reseau.db.models import ImportBatch, ImportBatchItem
from reseau.db.session import Database


def test_runs_are_expanded_by_the_downgrade_and_the_column_comes_back(database: Database) -> None:
    with database.begin() as session:
        batch = ImportBatch(source="x.csv", file_format="csv", policy="skip")
        session.add(batch)
        session.flush()
        session.add_all(
            [
                ImportBatchItem(
                    batch_id=batch.id, entity="person", entity_id=10, last_entity_id=13, action="created"
                ),
                ImportBatchItem(batch_id=batch.id, entity="organization", entity_id=4, action="created"),
            ]
        )
    config = migrate.alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    with database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT entity, entity_id FROM import_batch_item ORDER BY entity, entity_id")
        )
        assert [tuple(r) for r in rows] == [("organization", 4)] + [("person", i) for i in range(10, 14)]
    migrate.upgrade(database.engine, "head")
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(last_entity_id) FROM import_batch_item")).scalar() == 0

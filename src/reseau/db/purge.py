"""After an erasure: make the database forget the freed data, not just unlink it.

SQLite: ``secure_delete`` (set by the erasure) zeroes freed pages, but a page that was only
partly freed, the search index's old segments and the WAL can still hold old bytes. ``VACUUM``
rewrites every page of the file from the live rows, then the WAL is checkpointed and truncated
to zero bytes. PostgreSQL: deleted rows stay as dead tuples until VACUUM; ``VACUUM FULL``
rewrites the tables so that they are gone from the data files.
"""

from __future__ import annotations

from sqlalchemy import text

from reseau.db.session import Database

ERASURE_TABLES = (
    "person",
    "contact_point",
    "interaction",
    "interaction_person",
    "agenda_slot",
    "agenda_slot_speaker",
    "agenda_slot_attendee",
    "exchange_participant",
    "person_tag",
    "person_theme",
    "person_follow_up",
    "not_duplicate",
    "import_batch_item",
    "theme",
    "search_document",  # PostgreSQL's search index (migration 0016): her folded words
)


def purge_freed_data(database: Database, tables: tuple[str, ...] = ERASURE_TABLES) -> None:
    if database.is_sqlite:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            # Outside any transaction (pysqlite opens none for VACUUM or PRAGMA).
            connection.exec_driver_sql("VACUUM")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in tables:
            connection.execute(text(f"VACUUM FULL {table}"))

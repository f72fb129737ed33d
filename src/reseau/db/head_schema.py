"""A new database created at the newest schema in one step, instead of running every migration.

Running the 11 migrations on a new file took about a second of every first start and of every
``reseau import … --db new.sqlite3`` (Alembic's import, then each migration's DDL, SQLite's
batch mode copying tables). A new file is built instead with:

1. ``Base.metadata.create_all``: the tables, columns, indexes and constraints of the models
   (``tests/db/test_schema.py`` checks that the migrations build exactly these);
2. the SQL objects the migrations add that the models do not describe (SQLite only: the FTS5
   table ``search_index``, its ``search_*_doc`` views and triggers), taken from the migrations
   that define them (:func:`sqlite_objects`), not copied here;
3. the rows the migrations seed (the built-in themes of 0003, the calendar id of 0015), by the
   migrations' own functions (:func:`seed`);
4. the stamp: ``alembic_version`` holding the head revision, written as Alembic's ``stamp``
   writes it (without importing Alembic, 0.2 s).

All in one transaction: a file is at head or empty. ``tests/db/test_head_schema.py`` compares
a file created this way with one migrated step by step (``sqlite_master``, every table's
columns, indexes, foreign keys, the triggers, views, FTS table and revision): a later
migration that adds a view or a trigger must be listed in :func:`sqlite_objects`, or that
test fails.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from sqlalchemy import Connection

from reseau.db import migrate
from reseau.db.backup import ID_KEY

# What `alembic stamp` creates on SQLite (alembic.runtime.migration, version table DDL).
VERSION_TABLE_SQL = (
    f"CREATE TABLE {migrate.VERSION_TABLE} (\n"
    "\tversion_num VARCHAR(32) NOT NULL, \n"
    "\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n"
    ")"
)


def _migration(name: str) -> ModuleType:
    return importlib.import_module(f"reseau.db.migrations.versions.{name}")


def sqlite_objects() -> list[str]:
    """The FTS5 table, views and triggers the migrations leave in a SQLite database at head:
    migration 0008's, with the two INSERT triggers as migration 0011 last rewrote them."""
    search = _migration("0008_search")
    rewritten: dict[str, str] = _migration("0011_search_triggers_unpaused").HEAD_TRIGGERS
    statements = [search.FTS_TABLE]
    statements += [f"CREATE VIEW {name} AS {body}" for name, body in search.VIEWS.items()]
    for name, (event, body, when) in search.TRIGGERS.items():
        statements.append(rewritten.get(name) or search._trigger(name, event, body, when))
    return statements


def seed(connection: Connection) -> None:
    """The rows a migrated database holds before anyone writes in it, seeded by the functions
    of the migrations that seed them, in the order of the chain."""
    _migration("0003_journal").seed_themes(connection)
    _migration("0015_agenda_travel").seed_calendar_id(connection)


def create_at_head(connection: Connection) -> None:
    """Create every table and SQL object of the head schema on an empty database (the caller
    checks that it is), and stamp it with the head revision (in the caller's transaction)."""
    from reseau.db.models import Base

    Base.metadata.create_all(connection, checkfirst=False)  # the caller checked: nothing there
    if connection.dialect.name == "sqlite":
        for statement in sqlite_objects():
            connection.exec_driver_sql(statement)
    seed(connection)
    connection.exec_driver_sql(VERSION_TABLE_SQL)
    connection.exec_driver_sql(
        f"INSERT INTO {migrate.VERSION_TABLE} (version_num) VALUES (?)", (migrate.head_revision(),)
    )


def holds_no_data(connection: Connection) -> bool:
    """True when the database holds nothing a backup would keep: what a new file holds (the
    stamp, the seeded themes untouched, the calendar id, the database's own id) and nothing
    else. The search index is derived from the tables."""
    tables = [
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND name NOT LIKE 'search\\_index%' ESCAPE '\\' AND name NOT IN (?, 'setting', 'theme')",
            (migrate.VERSION_TABLE,),
        )
    ]
    calendar_key = _migration("0015_agenda_travel").CALENDAR_KEY
    probes = [f'EXISTS (SELECT 1 FROM "{name}")' for name in tables]
    probes.append("EXISTS (SELECT 1 FROM setting WHERE key NOT IN (?, ?))")
    # A built-in theme edited has a version above 1 (the ORM's version counter).
    probes.append("EXISTS (SELECT 1 FROM theme WHERE code IS NULL OR version != 1)")
    query = f"SELECT {' OR '.join(probes)}"
    return not connection.exec_driver_sql(query, (ID_KEY, calendar_key)).scalar()

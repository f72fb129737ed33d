"""Every released schema upgrades to the newest with its data intact.

Fixtures: tests/db/fixtures/schema_<revision>.sqlite3, written by scripts/make_schema_fixture.py
when a schema is released. Each is copied, opened (which backs it up, then migrates it to
head), and every row of every table it had is compared, column by column, before and after.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reseau.db import backup, migrate
from reseau.db.open import open_sqlite

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMAS = sorted(FIXTURES.glob("schema_*.sqlite3"))


# Migration 0003 adds the report's built-in themes that a database does not hold yet.
SEEDED_BY_MIGRATIONS = {"theme"}


def _snapshot(path: Path) -> dict[str, list[dict[str, Any]]]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' AND name NOT LIKE 'search_index%'"  # FTS shadow tables
            )
        ]
        return {
            table: [dict(row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY rowid")]
            for table in tables
        }
    finally:
        connection.close()


def test_there_is_a_fixture_for_the_first_released_schema() -> None:
    assert FIXTURES / "schema_0001.sqlite3" in SCHEMAS


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.stem)
def test_upgrades_to_head_with_data_intact(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "reseau.sqlite3"
    shutil.copy(fixture, path)
    before = _snapshot(path)
    assert sum(len(rows) for rows in before.values()) > 20, "the fixture must hold data"

    database = open_sqlite(path)
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    database.dispose()

    after = _snapshot(path)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        if table not in SEEDED_BY_MIGRATIONS:
            assert len(after[table]) == len(rows), f"{table}: row count changed"
        # Every old row is still there, unchanged (new rows may follow in seeded tables).
        for old, new in zip(rows, after[table][: len(rows)], strict=True):
            assert {k: new[k] for k in old} == old, f"{table}: data changed"
    # The migration was preceded by a backup holding the old schema.
    saved = backup.list_backups(tmp_path / "backups")
    assert [b.reason for b in saved] == ["avant-migration"]
    assert _snapshot(saved[0].path) == before

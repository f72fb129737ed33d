"""A new file is created at head in one step (db.head_schema): the same schema as the migrations
build one by one, checked object by object, and without importing Alembic."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reseau.db import migrate
from reseau.db.engine import sqlite_engine
from reseau.db.migrations.env_filters import include_name
from reseau.db.models import Base
from reseau.db.new_file import built_aside
from reseau.db.open import open_sqlite

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file brought to head by running every migration, as an old file is."""
    path = tmp_path_factory.mktemp("migrated") / "migrated.sqlite3"
    engine = sqlite_engine(path)
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="module", params=["opened", "built_aside"])
def created(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file that did not exist, opened the way every command and the window open one, or
    built aside and moved into place as ``reseau import`` builds a new file (``db.new_file``)."""
    path = tmp_path_factory.mktemp("created") / "created.sqlite3"
    if request.param == "opened":
        open_sqlite(path).dispose()
    else:
        with built_aside(path):
            pass
    return path


def _default(value: str | None) -> str | None:
    """``(CURRENT_TIMESTAMP)`` (Alembic) and ``CURRENT_TIMESTAMP`` (create_all) are one default."""
    while value is not None and value.startswith("(") and value.endswith(")"):
        value = value[1:-1]
    return value


def _table(connection: sqlite3.Connection, table: str, sql: str) -> dict[str, object]:
    """Everything SQLite knows of a table except the order of its columns (the migrations add
    columns at the end, create_all writes them in the models' order) and the text's layout."""
    columns = {
        name: (kind, notnull, _default(default), pk, hidden)
        for _, name, kind, notnull, default, pk, hidden in connection.execute(
            f'PRAGMA table_xinfo("{table}")'
        )
    }
    indexes = {}
    for _, name, unique, origin, partial in connection.execute(f'PRAGMA index_list("{table}")'):
        parts = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
        # An automatic index's name depends on the order of the constraints: keyed by content.
        key = name if origin == "c" else (origin, tuple(parts))
        indexes[key] = (unique, origin, partial, tuple(parts))
    foreign = sorted(row[2:] for row in connection.execute(f'PRAGMA foreign_key_list("{table}")'))
    checks = sorted(re.findall(r"CHECK \((.*?)\)(?:,|\s*\)$|\n)", sql, re.DOTALL))
    constraints = sorted(re.findall(r"CONSTRAINT (\w+)", sql))
    return {
        "columns": columns,
        "indexes": indexes,
        "foreign": foreign,
        "checks": checks,
        "constraints": constraints,
    }


def _schema(path: Path) -> dict[tuple[str, str, str], object]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        schema: dict[tuple[str, str, str], object] = {}
        for kind, name, table, sql in rows:
            is_table = kind == "table" and not (sql or "").startswith("CREATE VIRTUAL TABLE")
            schema[(kind, name, table)] = _table(connection, name, sql or "") if is_table else sql
        schema[("revision", "", "")] = connection.execute(
            "SELECT version_num FROM alembic_version"
        ).fetchall()
        return schema
    finally:
        connection.close()


def test_a_new_file_has_exactly_the_migrated_schema(migrated: Path, created: Path) -> None:
    old, new = _schema(migrated), _schema(created)
    assert set(new) == set(old)
    for key in old:
        assert new[key] == old[key], key
    # What is compared: every kind of object the migrations make.
    kinds = {key[0] for key in old}
    assert {"table", "index", "view", "trigger", "revision"} <= kinds
    assert old[("revision", "", "")] == [(migrate.head_revision(),)]
    assert any(str(sql).startswith("CREATE VIRTUAL TABLE search_index USING fts5") for sql in old.values())


def _seeded(path: Path) -> dict[str, object]:
    """The rows a file holds before anyone writes in it, without timestamps and random ids."""
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(theme)")]
        kept = [c for c in columns if c not in ("created_at", "updated_at")]
        themes = connection.execute(f"SELECT {', '.join(kept)} FROM theme ORDER BY id").fetchall()
        settings = connection.execute("SELECT key, version FROM setting ORDER BY key").fetchall()
        counts = {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%'"
            )
        }
        return {"themes": themes, "settings": settings, "counts": counts}
    finally:
        connection.close()


def test_a_new_file_holds_the_rows_the_migrations_seed(migrated: Path, created: Path) -> None:
    old, new = _seeded(migrated), _seeded(created)
    assert len(old["themes"]) == 24  # type: ignore[arg-type]
    assert new["themes"] == old["themes"]
    # The database id is drawn at open (the migrated file was not opened): the rest is equal.
    assert [s for s in new["settings"] if s[0] != "database_id"] == old["settings"]  # type: ignore[union-attr]
    assert {k: v for k, v in new["counts"].items() if k != "setting"} == {  # type: ignore[union-attr]
        k: v
        for k, v in old["counts"].items()  # type: ignore[union-attr]
        if k != "setting"
    }


def test_the_comparison_sees_a_missing_trigger(migrated: Path, tmp_path: Path) -> None:
    """The check above can fail: a trigger dropped from a created file is a difference."""
    path = tmp_path / "created.sqlite3"
    open_sqlite(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TRIGGER search_contact_ai")
        connection.execute("ALTER TABLE person ADD COLUMN extra TEXT")
    old, new = _schema(migrated), _schema(path)
    assert ("trigger", "search_contact_ai", "contact_point") not in new
    assert new[("table", "person", "person")] != old[("table", "person", "person")]


def test_both_match_the_models(migrated: Path, created: Path) -> None:
    for path in (migrated, created):
        engine = sqlite_engine(path)
        try:
            with engine.connect() as connection:
                context = MigrationContext.configure(connection, opts={"include_name": include_name})
                assert compare_metadata(context, Base.metadata) == []
            assert not migrate.needs_upgrade(engine)
        finally:
            engine.dispose()


@pytest.mark.parametrize(
    "create",
    ["from reseau.db.open import open_sqlite\nopen_sqlite(Path(sys.argv[1])).dispose()\n",
     "from reseau.db.new_file import built_aside\nwith built_aside(Path(sys.argv[1])):\n    pass\n"],
    ids=["opened", "built_aside"],
)  # fmt: skip
def test_a_new_file_is_created_without_alembic(tmp_path: Path, create: str) -> None:
    script = (
        "import sys\nfrom pathlib import Path\n"
        + create
        + "assert 'alembic' not in sys.modules, 'alembic imported'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "new.sqlite3")],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _schema(tmp_path / "new.sqlite3")[("revision", "", "")] == [(migrate.head_revision(),)]

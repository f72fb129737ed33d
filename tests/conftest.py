"""Shared fixtures: a migrated SQLite database built once per session and copied per test."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (pytest-qt aborts otherwise).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.demo.load import load_demo

pytest_plugins = ["tests.pg_backend"]  # tests/pg_backend.py: the PostgreSQL variant of `database`


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """With RESEAU_TEST_PG_URL set, db and service tests also run against PostgreSQL."""
    from tests.pg_backend import wants_pg

    if (
        "database" in metafunc.fixturenames
        and wants_pg(Path(str(metafunc.definition.path)))
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("database", ["sqlite", "postgresql"], indirect=True)


ROOT = Path(__file__).resolve().parent.parent
# RESEAU_SAMPLES: the samples folder; else ../shared/samples beside the checkout, or two levels
# up from a worktree under ../wt/NAME.
SAMPLES = (
    Path(os.environ["RESEAU_SAMPLES"])
    if os.environ.get("RESEAU_SAMPLES")
    else next(
        (
            p
            for p in (ROOT.parent / "shared" / "samples", ROOT.parent.parent / "shared" / "samples")
            if p.is_dir()
        ),
        ROOT.parent / "shared" / "samples",
    )
)
# Beside the checkout, or two levels up from a worktree (/work/wt/NAME -> /work/shared).
REFERENCE = next(
    (
        p
        for p in (ROOT.parent / "shared" / "reference", ROOT.parent.parent / "shared" / "reference")
        if p.is_dir()
    ),
    ROOT.parent / "shared" / "reference",
)


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (reseau.ui.gc_guard): no automatic collection, which could free Qt
    objects from an op runner's worker thread; the main thread collects after each test."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    # A full collection after tests that made Qt objects; the young generations otherwise.
    if "qtbot" in request.fixturenames:
        gc.collect()
    else:
        gc.collect(1)


@pytest.fixture(autouse=True)
def _own_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test reads its own (absent) Préférences file, never the real user's: the command
    line reads the same file as the window (reseau.cli.common.preferences)."""
    monkeypatch.setenv("RESEAU_SETTINGS", str(tmp_path / "settings.json"))


@pytest.fixture(autouse=True)
def _keep_umask() -> Iterator[None]:
    """`reseau.cli.main.main` narrows the process umask; each test starts from the same one."""
    mask = os.umask(0o022)
    os.umask(mask)
    yield
    os.umask(mask)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_sqlite(path)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(migrated_template, path)
    database = open_sqlite(path)
    with database.begin() as session:
        load_demo(session)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "reseau.sqlite3"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture
def database(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    if getattr(request, "param", "sqlite") == "postgresql":
        from tests.pg_backend import pg_database

        yield from pg_database(request)
        return
    db = open_sqlite(db_path)
    yield db
    db.dispose()


@pytest.fixture
def demo_database(tmp_path: Path, demo_template: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    db = open_sqlite(path)
    yield db
    db.dispose()


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"real-world sample files not found at {SAMPLES}")
    return SAMPLES

"""Run the database and service tests against PostgreSQL too, when RESEAU_TEST_PG_URL is set.

``tests/conftest.py`` parametrizes the ``database`` fixture with ``["sqlite", "postgresql"]``
for the tests under tests/db and tests/services. The PostgreSQL variant gets a fresh database
per test, cloned (``CREATE DATABASE ... TEMPLATE``) from one migrated once per session, then
dropped. Start a throwaway server with ``scripts/start-test-postgres`` (it prints the URL).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL

from reseau.db.open import open_url
from reseau.db.session import Database

ENV = "RESEAU_TEST_PG_URL"
PG_FOLDERS = ("db", "services")
# One template per pytest session: two runs against one server (two checkouts, or CI and a
# developer) must not drop each other's template mid-run.
TEMPLATE = f"reseau_test_template_{uuid.uuid4().hex[:12]}"


def pg_url() -> str | None:
    return os.environ.get(ENV) or None


def wants_pg(path: Path) -> bool:
    """True for a test module under tests/db or tests/services when a server is configured."""
    return pg_url() is not None and any(part in PG_FOLDERS for part in path.parts[-3:-1])


def _admin() -> tuple[URL, object]:
    url = make_url(pg_url() or "")
    return url, create_engine(url, isolation_level="AUTOCOMMIT")


def _drop(engine: object, name: str) -> None:
    with engine.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_template() -> Iterator[URL]:
    url, admin = _admin()
    _drop(admin, TEMPLATE)
    with admin.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    migrated = open_url(url.set(database=TEMPLATE).render_as_string(hide_password=False))
    migrated.dispose()
    yield url
    _drop(admin, TEMPLATE)
    admin.dispose()  # type: ignore[attr-defined]


def pg_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    url: URL = request.getfixturevalue("pg_template")
    name = f"reseau_t_{uuid.uuid4().hex[:12]}"
    _url, admin = _admin()
    with admin.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"'))
    database = open_url(url.set(database=name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.dispose()
        _drop(admin, name)
        admin.dispose()  # type: ignore[attr-defined]

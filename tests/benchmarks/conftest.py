"""Benchmarks at scale (outside the default run: pyproject's addopts has --benchmark-skip).

    pytest tests/benchmarks --benchmark-only

A database of RESEAU_BENCH_PERSONS persons (100,000 by default), 2 % as many organizations and
20 % as many journal entries is generated once and kept in the pytest cache. Every benchmark
also measures its floor (the same work done with the bare sqlite3 / csv modules) and reports
the ratio; the table of figures is printed at the end of the run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseau.db import migrate
from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.demo.generate import generate
from tests.benchmarks.bench_figures import FIGURES

PERSONS = int(os.environ.get("RESEAU_BENCH_PERSONS", "100000"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    write = terminalreporter.write_line
    write("")
    write(f"Réseau figures at {PERSONS:,} persons".replace(",", " "))
    write(f"{'measure':<46} {'value':>11} {'floor':>11} {'ratio':>7}  target")
    for f in FIGURES:
        floor = f"{f.floor:.1f} {f.unit}" if f.floor else "—"
        write(f"{f.name:<46} {f.value:>8.1f} {f.unit:<2} {floor:>11} {f.ratio:>7}  {f.target}")


@pytest.fixture(scope="session")
def big_db_path(request: pytest.FixtureRequest, migrated_template: Path) -> Path:
    """The generated database file (read-only use; copy it to write)."""
    folder = Path(request.config.cache.mkdir("reseau-benchmarks"))  # type: ignore[union-attr]
    # Keyed by the whole chain of migrations: a re-chained 0008 is another schema.
    chain = "-".join(sorted(migrate.known_revisions()))
    path = folder / f"persons-{PERSONS}-{chain}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        shutil.copy(migrated_template, partial)
        database = open_sqlite(partial)
        with database.begin() as session:
            generate(session, PERSONS, max(2, PERSONS // 50), PERSONS // 5)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
        for leftover in folder.glob(f"{partial.name}-*"):  # empty -wal and -shm files
            leftover.unlink()
        partial.rename(path)
    return path


@pytest.fixture(scope="session")
def big_db(big_db_path: Path) -> Iterator[Database]:
    database = open_sqlite(big_db_path)
    yield database
    database.dispose()

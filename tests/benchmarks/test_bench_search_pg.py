"""Search latency on a real PostgreSQL server (team mode) at RESEAU_BENCH_PERSONS persons.

The generated benchmark database (conftest's ``big_db_path``, SQLite) is copied into a fresh
PostgreSQL database with COPY, table by table: the same rows, so the SQLite FTS5 figures on
that file are the floor measured in the same run. The COPY of each table fires the search
triggers of migration 0016 once (statement-level), which index it all. Another floor: the
bare round trip of ``SELECT id FROM person WHERE id = %s`` to the same server, what any
statement costs at least (``search()`` sends 8).

Skipped when RESEAU_TEST_PG_URL is unset (``scripts/start-test-postgres`` prints one).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import create_engine, make_url, text

from reseau.db.open import open_url
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.services.search import global_search as search
from tests.benchmarks.bench_figures import median_ms, p95_ms, report
from tests.benchmarks.conftest import PERSONS
from tests.benchmarks.test_bench_search import queries

URL = os.environ.get("RESEAU_TEST_PG_URL")
pytestmark = pytest.mark.skipif(
    not URL, reason="RESEAU_TEST_PG_URL is unset: start a server with scripts/start-test-postgres"
)

# Parents before children; only what search reads and shows.
TABLES = ("organization", "person", "contact_point", "interaction", "interaction_person")
# What the issue quoted, and the rules the docs promise, timed one by one.
NAMED = ("clsc rim", "masse", "st-am", "tremblay", "rimou")


def copy_tables(source: Path, target: Database) -> dict[str, float]:
    """Every row of TABLES from the SQLite file into ``target`` with COPY; seconds per table."""
    lite = sqlite3.connect(source)
    timings: dict[str, float] = {}
    raw = target.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        for table in TABLES:
            started = time.perf_counter()
            columns = [row[1] for row in lite.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in columns)
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in lite.execute(f"SELECT {names} FROM {table}"):
                    copy.write_row([None if v is None else str(v) for v in row])
            timings[table] = time.perf_counter() - started
        for table in ("organization", "person", "contact_point", "interaction"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 1))"
            )
        raw.commit()
    finally:
        raw.close()
        lite.close()
    with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        started = time.perf_counter()
        connection.exec_driver_sql("VACUUM ANALYZE")  # what autovacuum does after a bulk load
        timings["vacuum analyze"] = time.perf_counter() - started
    return timings


@pytest.fixture(scope="module")
def pg_big(big_db_path: Path) -> Iterator[Database]:
    url = make_url(URL or "")
    name = f"reseau_bench_search_{PERSONS}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_url(url.set(database=name).render_as_string(hide_password=False))
    try:
        started = time.perf_counter()
        timings = copy_tables(big_db_path, database)
        total = time.perf_counter() - started
        print(f"\nPostgreSQL: {PERSONS} persons copied and indexed in {total:.1f} s: {timings}")
        report("PostgreSQL: copy + index + analyze", total, None, unit="s")
        yield database
    finally:
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _timed(database: Database, texts: list[str]) -> list[float]:
    times = []
    for query in texts:
        with database.begin() as session:
            started = time.perf_counter()
            search.search(session, query)
            times.append(time.perf_counter() - started)
    return times


def _round_trips(database: Database, count: int) -> list[float]:
    raw = database.engine.raw_connection()
    try:
        cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
        times = []
        for ident in range(1, count + 1):
            started = time.perf_counter()
            cursor.execute("SELECT id FROM person WHERE id = %s", (ident,))
            cursor.fetchall()
            times.append(time.perf_counter() - started)
        raw.rollback()
        return times
    finally:
        raw.close()


def test_search_latency_postgresql(benchmark: BenchmarkFixture, pg_big: Database, big_db: Database) -> None:
    texts = queries(big_db)
    lite: list[float] = []
    times: list[float] = []

    def run_all() -> None:
        """The same 100 queries on the same data: SQLite FTS5 (the floor), then PostgreSQL,
        round after round, so that both see the same load; the last round counts."""
        lite[:] = _timed(big_db, texts)
        times[:] = _timed(pg_big, texts)

    benchmark.pedantic(run_all, rounds=3, iterations=1, warmup_rounds=1)
    trips = _round_trips(pg_big, 200)
    slowest = sorted(zip(times, texts, strict=True), reverse=True)[:5]
    print("\nslowest on PostgreSQL: " + ", ".join(f"{t * 1000:.1f} ms {q!r}" for t, q in slowest))
    for query in NAMED:
        on_pg, on_sqlite = min(_timed(pg_big, [query] * 3)), min(_timed(big_db, [query] * 3))
        print(f"  {query!r}: {on_pg * 1000:.1f} ms on PostgreSQL, {on_sqlite * 1000:.1f} ms on SQLite")
    report("PostgreSQL search, median of 100 queries", median_ms(times), median_ms(lite), target="< 20 ms")
    report("PostgreSQL search, p95 of 100 queries", p95_ms(times), p95_ms(lite), target="< 50 ms")
    report("PostgreSQL round trip SELECT id = ?, median", median_ms(trips) * 1000, None, unit="µs")
    assert len(times) == len(texts)  # every query ran (figures, not a timed assert)


def test_table_filter_latency_postgresql(
    benchmark: BenchmarkFixture, pg_big: Database, big_db: Database
) -> None:
    """The Personnes filter box in team mode: the ids of every match, sorted by name."""
    texts = queries(big_db, 40)
    lite: list[float] = []
    times: list[float] = []

    def filtered(database: Database) -> list[float]:
        spent = []
        for typed in texts:
            with database.begin() as session:
                started = time.perf_counter()
                persons.person_ids(session, typed)
                spent.append(time.perf_counter() - started)
        return spent

    def run_all() -> None:
        lite[:] = filtered(big_db)
        times[:] = filtered(pg_big)

    benchmark.pedantic(run_all, rounds=2, iterations=1)
    report("PostgreSQL Personnes filter, median of 40", median_ms(times), median_ms(lite), target="")

"""The importing process's SQL work, statement by statement, each next to a bare replay (issue 19.2).

``reseau import people.csv --db new.sqlite3`` is run in this process (its planner process is
a fork, not counted) with the CPU time of every statement recorded (SQLAlchemy's cursor
events, ``time.thread_time``: what SQLite and the driver spend, not the waits, which on a
shared machine make wall times swing by 2×). The floors are the same rows, read back from the
new file, replayed with bare sqlite3 ``executemany`` the plainest way: the contact points and
the persons into tables of the same columns without constraints, indexes or triggers, and the
search documents into the same FTS5 table with FTS5's default settings. The least of three
replays is taken.

    pytest tests/benchmarks/test_bench_import_sql.py --benchmark-only

The file is the whole-process benchmark's (``test_import_process.write_people``), with
``RESEAU_BENCH_PERSONS`` rows (100,000 by default).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import event
from sqlalchemy.engine import Engine

from reseau.cli.main import main
from tests.benchmarks.bench_figures import report
from tests.benchmarks.test_import_process import write_people

ROWS = int(os.environ.get("RESEAU_BENCH_PERSONS", "100000"))
CONTACT_COLUMNS = (
    "person_id, kind, value, normalized, label, usage, extension, address, created_at, updated_at"
)
PERSON_COLUMNS = (
    "id, first_name, last_name, name_key, title, department, organization_id, country, notes, source, "
    "sectors, roles, languages, created_at, updated_at"
)
FTS_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "name, other, context, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


@pytest.fixture
def statement_cpu() -> Iterator[dict[str, float]]:
    """CPU seconds per statement kind (its first words), for every engine of this process."""
    spent: dict[str, float] = {}
    started: list[float] = []

    def before(*_: Any) -> None:
        started.append(time.thread_time())

    def after(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        key = re.sub(r"\s+", " ", statement.strip())[:40]
        spent[key] = spent.get(key, 0.0) + time.thread_time() - started.pop()

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    try:
        yield spent
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)


def _spent(spent: dict[str, float], prefix: str) -> float:
    return sum(seconds for key, seconds in spent.items() if key.startswith(prefix))


def _least_replay(tmp_path: Path, create: list[str], insert: str, rows: list[tuple[object, ...]]) -> float:
    """The least CPU time of three bare ``executemany`` of ``rows`` into a new file."""
    best = float("inf")
    for attempt in range(3):
        path = tmp_path / f"floor-{attempt}.sqlite3"
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = MEMORY")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("BEGIN")
            for statement in create:
                connection.execute(statement)
            started = time.thread_time()
            connection.executemany(insert, rows)
            best = min(best, time.thread_time() - started)
            connection.execute("ROLLBACK")
        finally:
            connection.close()
            path.unlink()
    return best


def test_import_sql_statements(
    benchmark: BenchmarkFixture,
    statement_cpu: dict[str, float],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # nothing read or written in the real home
    monkeypatch.setenv("RESEAU_SETTINGS", str(tmp_path / "settings.json"))
    source = write_people(tmp_path / "people.csv", ROWS)
    target = tmp_path / "new.sqlite3"
    process: list[float] = []

    def run() -> None:
        started = time.process_time()
        assert main(["import", str(source), "--db", str(target)]) == 0
        process.append(time.process_time() - started)

    benchmark.pedantic(run, rounds=1, iterations=1)
    connection = sqlite3.connect(target)
    try:
        contacts = connection.execute(f"SELECT {CONTACT_COLUMNS} FROM contact_point ORDER BY id").fetchall()
        persons = connection.execute(f"SELECT {PERSON_COLUMNS} FROM person ORDER BY id").fetchall()
        documents = connection.execute(
            "SELECT rowid, name, other, context FROM search_index ORDER BY rowid"
        ).fetchall()
    finally:
        connection.close()
    assert len(persons) == ROWS and len(contacts) == 3 * ROWS  # e-mail, phone, the city's address
    label = f"{ROWS // 1000}k"
    marks = lambda columns: ", ".join("?" * len(columns.split(",")))  # noqa: E731
    floors = {
        "contact points": _least_replay(
            tmp_path,
            [f"CREATE TABLE contact_point ({CONTACT_COLUMNS})"],
            f"INSERT INTO contact_point VALUES ({marks(CONTACT_COLUMNS)})",
            contacts,
        ),
        "persons": _least_replay(
            tmp_path,
            [f"CREATE TABLE person ({PERSON_COLUMNS})"],
            f"INSERT INTO person VALUES ({marks(PERSON_COLUMNS)})",
            persons,
        ),
        "search documents": _least_replay(
            tmp_path,
            [FTS_TABLE],
            "INSERT INTO search_index(rowid, name, other, context) VALUES (?, ?, ?, ?)",
            documents,
        ),
    }
    measured = {
        "contact points": _spent(statement_cpu, 'INSERT INTO "contact_point"'),
        "persons": _spent(statement_cpu, 'INSERT INTO "person"'),
        "search documents": _spent(statement_cpu, "INSERT INTO search_index(rowid"),
    }
    for what, seconds in measured.items():
        report(f"import SQL CPU, {label} rows: {what}", seconds * 1000, floors[what] * 1000)
    # The indexes built after the rows; the first one also pays FTS5's flush of pending terms.
    indexes = _spent(statement_cpu, "CREATE INDEX")
    report(f"import SQL CPU, {label} rows: indexes built after", indexes * 1000, None)
    report(
        f"import SQL CPU, {label} rows: every statement",
        sum(statement_cpu.values()) * 1000,
        sum(floors.values()) * 1000,
    )
    report(
        f"import CPU of the importing process, {label} rows (floor: the three bare replays)",
        process[-1] * 1000,
        sum(floors.values()) * 1000,
    )

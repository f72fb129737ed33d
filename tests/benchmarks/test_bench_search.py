"""Search latency over 100 queries typed as users type them, against the raw FTS5 query."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import select

from reseau.db.models import Organization, Person
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.services.search import global_search as search
from tests.benchmarks.bench_figures import median_ms, p95_ms, report

FLOOR_QUERY = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 24"


def queries(database: Database, count: int = 100) -> list[str]:
    """What users type: name prefixes of 2 to 8 letters (often without accents), first and
    last name together, an organization word, an e-mail start, a journal word."""
    rng = random.Random(9)
    with database.begin() as session:
        names = session.execute(select(Person.first_name, Person.last_name).limit(5000)).all()
        orgs = list(session.scalars(select(Organization.name).limit(500)))
    result: list[str] = []
    while len(result) < count:
        first, last = rng.choice(names)
        kind = len(result) % 5
        if kind == 0:
            result.append(last[: rng.randint(2, 8)])
        elif kind == 1:
            result.append(search.words(last)[0].lower()[: rng.randint(3, 6)].replace("é", "e"))
        elif kind == 2:
            result.append(f"{first[: rng.randint(2, 5)]} {last[: rng.randint(2, 5)]}")
        elif kind == 3:
            result.append(rng.choice(rng.choice(orgs).split())[:5])
        else:
            result.append(
                rng.choice(["rimou", "securite alim", f"{first.lower()[:4]}.", "logement", "sante m"])
            )
    return result


def test_search_latency(benchmark: BenchmarkFixture, big_db: Database, big_db_path: Path) -> None:
    texts = queries(big_db)
    times: list[float] = []

    def run_all() -> None:
        for text in texts:
            with big_db.begin() as session:
                started = time.perf_counter()
                search.search(session, text)
                times.append(time.perf_counter() - started)

    benchmark.pedantic(run_all, rounds=3, iterations=1, warmup_rounds=1)
    times = times[-len(texts) :]  # the last round, caches warm like a user's session

    raw = sqlite3.connect(big_db_path)
    floor: list[float] = []
    for text in texts:
        started = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 24", (search.fts_query(text),)
        ).fetchall()
        floor.append(time.perf_counter() - started)
    raw.close()
    report("search, median of 100 queries", median_ms(times), median_ms(floor), target="< 20 ms")
    report("search, p95 of 100 queries", p95_ms(times), p95_ms(floor), target="< 50 ms")


def test_table_filter_latency(benchmark: BenchmarkFixture, big_db: Database) -> None:
    """The Personnes filter box: ids of every match, sorted by name."""
    texts = queries(big_db, 40)
    times: list[float] = []

    def run_all() -> None:
        for text in texts:
            with big_db.begin() as session:
                started = time.perf_counter()
                persons.person_ids(session, text)
                times.append(time.perf_counter() - started)

    benchmark.pedantic(run_all, rounds=2, iterations=1)
    report("Personnes filter, median of 40 queries", median_ms(times[-40:]), None, target="")

"""Identity at scale: 100,000 distinct people who share 10,000 switchboard numbers (ten
colleagues per organization) import as 100,000 persons, matched by the default policy.

Before the identity rule (core.identity) a shared phone alone made a duplicate: this file gave
10,000 persons. Run with ``pytest tests/benchmarks/test_bench_identity.py --benchmark-only``;
``RESEAU_BENCH_PERSONS`` changes the size. The floor is the csv module plus sqlite3.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from sqlalchemy import func, select

from reseau.db.models import Person
from reseau.db.open import open_sqlite
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.services.io.import_contacts import ImportOptions, ImportReport, import_records
from tests.benchmarks.bench_figures import report
from tests.benchmarks.conftest import PERSONS

FIRST = ("Marie", "Éric", "Anne-Sophie", "Réal", "Hélène", "Luc", "Nadia", "François", "Zoé", "Louis")
LAST = (
    "Tremblay", "Gagnon", "Côté", "St-Amand", "Boisvert", "Roy", "Bouchard", "Gauthier", "Morin", "Lavoie",
)  # fmt: skip


@pytest.fixture(scope="module")
def switchboards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One row per person; the name is made distinct by a number in the last name."""
    path = tmp_path_factory.mktemp("identity") / "standards.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Prénom", "Nom", "Organisation", "Courriel", "Téléphone"])
        for i in range(PERSONS):
            group = i // 10
            writer.writerow(
                [
                    FIRST[i % 10],
                    f"{LAST[(i // 10) % 10]}-{i}",
                    f"Organisme {group}",
                    f"p{i}@org{group}.qc.ca",
                    f"418 {200 + group // 10_000:03d}-{group % 10_000:04d}",
                ]
            )
    return path


def test_distinct_people_sharing_switchboards(
    benchmark: BenchmarkFixture, switchboards: Path, migrated_template: Path, tmp_path: Path
) -> None:
    target = tmp_path / "import.sqlite3"
    reports: list[ImportReport] = []

    def fresh() -> tuple[tuple[object, ...], dict[str, object]]:
        shutil.copy(migrated_template, target)
        return (), {}

    def run_import() -> None:
        database = open_sqlite(target)
        with database.begin() as session:
            records = read_contacts(open_contacts(switchboards))
            reports.append(import_records(session, records, ImportOptions(), switchboards.name, "csv").value)
        database.dispose()

    benchmark.pedantic(run_import, setup=fresh, rounds=1, iterations=1)
    seconds = benchmark.stats.stats.median
    result = reports[-1]
    assert (result.created, result.skipped, result.updated) == (PERSONS, 0, 0)
    assert result.possible == PERSONS - PERSONS // 10  # each colleague listed with the first
    database = open_sqlite(target)
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == PERSONS
    database.dispose()

    def raw_import() -> None:
        with switchboards.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
        connection = sqlite3.connect(tmp_path / "floor.sqlite3")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS person (first TEXT, last TEXT, org TEXT, email TEXT, phone TEXT)"
        )
        connection.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?)", rows)
        connection.commit()
        connection.close()

    started = time.perf_counter()
    raw_import()
    floor = time.perf_counter() - started
    report("Shared switchboards import (skip)", seconds * 1000, floor * 1000)
    rate, floor_rate = PERSONS / seconds, PERSONS / floor
    report("Shared switchboards, rows per second", rate, floor_rate, unit="/s", target="≥ 25 000")

"""Import speed: 20,000 CSV rows with e-mail and phone normalised and matched.

Run with ``pytest tests/benchmarks --benchmark-only`` (skipped in the normal run). Rows per
second = 20,000 / the mean time shown.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from reseau.db.open import open_sqlite
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.services.io.import_contacts import ImportOptions, ImportReport, import_records

ROWS = 20_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "contacts.csv"
    with path.open("w", encoding="utf-8-sig") as out:
        out.write("Prénom;Nom;Organisation;Courriel;Téléphone;Pays\n")
        for i in range(ROWS):
            country, phone = (
                ("FR", f"05 56 {i // 100 % 100:02d} {i % 100:02d} 1{i % 10}")
                if i % 2
                else ("QC", f"+1 418 {200 + i // 10000:03d}-{i % 10000:04d}")
            )
            out.write(f"Éric{i};Goyer-Massé{i % 5000};Org {i % 300};e{i}@exemple.org;{phone};{country}\n")
    return path


def test_import_20000_rows(
    benchmark: BenchmarkFixture, big_csv: Path, migrated_template: Path, tmp_path: Path
) -> None:
    counter = iter(range(1000))

    def setup() -> tuple[tuple[Path], dict[str, object]]:
        path = tmp_path / f"db{next(counter)}.sqlite3"
        shutil.copy(migrated_template, path)
        return (path,), {}

    def run(path: Path) -> ImportReport:
        database = open_sqlite(path)
        try:
            with database.begin() as session:
                return import_records(
                    session, read_contacts(open_contacts(big_csv)), ImportOptions(), "bench", "csv"
                ).value
        finally:
            database.dispose()

    report = benchmark.pedantic(run, setup=setup, rounds=3)
    assert report.created + report.skipped == ROWS and report.rejected == 0

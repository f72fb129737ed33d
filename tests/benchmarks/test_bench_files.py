"""CSV import and CSV, XLSX and vCard export of 100,000 persons, against the bare modules.

The importer and the exporters are built by issue 6 on another branch: the adapters below use
them when present (``reseau.services.io.import_contacts`` / ``export_contacts``) and skip with a
message otherwise. The CSV export also has a stand-in on this branch: the Personnes rows
(``persons.list_persons``) written with the csv module, which is what any export must read.
"""

from __future__ import annotations

import csv
import importlib
import shutil
import sqlite3
import time
from pathlib import Path
from types import ModuleType

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.persons import records as persons
from tests.benchmarks.bench_figures import report

HEADER = ["Nom", "Prénom", "Fonction", "Organisation", "Pays", "Courriel", "Téléphone"]
RAW_ROWS = """
    SELECT p.last_name, p.first_name, coalesce(p.title, ''), coalesce(o.name, ''), p.country,
           coalesce((SELECT value FROM contact_point c WHERE c.person_id = p.id AND c.kind = 'email'
                     ORDER BY c.id LIMIT 1), ''),
           coalesce((SELECT value FROM contact_point c WHERE c.person_id = p.id AND c.kind = 'phone'
                     ORDER BY c.id LIMIT 1), '')
    FROM person p LEFT JOIN organization o ON o.id = p.organization_id
    ORDER BY p.name_key, p.id"""


def optional(module: str) -> ModuleType | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def raw_export(db_path: Path, out: Path) -> int:
    """The floor: rows read with sqlite3, written with csv."""
    connection = sqlite3.connect(db_path)
    rows = connection.execute(RAW_ROWS).fetchall()
    connection.close()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return len(rows)


def timed(fn: object, *args: object) -> float:
    started = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def test_export_csv(benchmark: BenchmarkFixture, big_db: Database, big_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "personnes.csv"
    exporter = optional("reseau.services.io.export_contacts")
    if exporter is not None:  # issue 6's exporter, by position since issue 19.5
        name = "CSV export, in-process (select + write)"
        from reseau.services.io.export_rows import select_rows, write_csv_rows

        def export() -> None:
            with big_db.begin() as session:
                rows = select_rows(session, exporter.ExportFilter(include_do_not_contact=True))
            write_csv_rows(rows, out)
    else:
        name = "CSV export (list_persons + csv)"

        def export() -> None:
            with big_db.begin() as session:
                rows = persons.list_persons(session)
            with out.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, delimiter=";")
                writer.writerow(HEADER)
                writer.writerows(
                    (r.last_name, r.first_name, r.title, r.organization_name, r.country, r.email, r.phone)
                    for r in rows
                )

    benchmark.pedantic(export, rounds=3, iterations=1)
    floor = min(timed(raw_export, big_db_path, tmp_path / "floor.csv") for _ in range(3))
    # The target (≤ 2× floor) is for the whole process: test_bench_export_process.py.
    report(name, benchmark.stats.stats.median * 1000, floor * 1000)


@pytest.mark.parametrize("fmt", ["xlsx", "vcf"])
def test_export_other_formats(
    benchmark: BenchmarkFixture, big_db: Database, big_db_path: Path, tmp_path: Path, fmt: str
) -> None:
    exporter = optional("reseau.services.io.export_contacts")
    if exporter is None:
        pytest.skip(f"{fmt} export: reseau.services.io.export_contacts (issue 6) is not on this branch")
    out = tmp_path / f"personnes.{fmt}"
    # What `reseau export` and the export dialog run: by position (issue 19.5).
    from reseau.services.io.export_rows import select_rows, write_xlsx_rows
    from reseau.services.io.export_vcards import select_cards, write_cards_to

    def export() -> None:
        everyone = exporter.ExportFilter(include_do_not_contact=True)
        with big_db.begin() as session:
            if fmt == "xlsx":
                rows = select_rows(session, everyone)
            else:
                cards = select_cards(session, everyone, fmt)
        if fmt == "xlsx":
            write_xlsx_rows(rows, out)
        else:
            write_cards_to(cards, out)

    benchmark.pedantic(export, rounds=1, iterations=1)
    floor = min(timed(raw_export, big_db_path, tmp_path / "floor.csv") for _ in range(3))
    report(
        f"{'vCard' if fmt == 'vcf' else fmt.upper()} export, in-process (select + write)",
        benchmark.stats.stats.median * 1000,
        floor * 1000,
    )


@pytest.mark.parametrize("policy", ["skip", "create"])
def test_import_csv(
    benchmark: BenchmarkFixture, big_db_path: Path, migrated_template: Path, tmp_path: Path, policy: str
) -> None:
    """``skip`` is the default: the generated names repeat, so ~90 % of the rows are matched
    as duplicates and skipped. ``create`` writes every row as a new person (no matching): the
    worst case for the database."""
    importer = optional("reseau.services.io.import_contacts")
    files = optional("reseau.io.contacts_file")
    if importer is None or files is None:
        pytest.skip("CSV import: reseau.services.io.import_contacts (issue 6) is not on this branch")
    source = tmp_path / "contacts.csv"
    count = raw_export(big_db_path, source)
    target = tmp_path / "import.sqlite3"

    def fresh() -> tuple[tuple[object, ...], dict[str, object]]:
        shutil.copy(migrated_template, target)
        return (), {}

    def run_import() -> None:
        database = open_sqlite(target)
        with database.begin() as session:
            records = files.read_contacts(files.open_contacts(source))
            options = importer.ImportOptions(policy=importer.DuplicatePolicy(policy))
            importer.import_records(session, records, options, source.name, "csv")
        database.dispose()

    benchmark.pedantic(run_import, setup=fresh, rounds=1, iterations=1)
    seconds = benchmark.stats.stats.median

    def raw_import() -> None:
        with source.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
        connection = sqlite3.connect(tmp_path / "floor.sqlite3")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS person (last TEXT, first TEXT, title TEXT, "
            "org TEXT, country TEXT, email TEXT, phone TEXT)"
        )
        connection.executemany("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        connection.commit()
        connection.close()

    floor = timed(raw_import)
    report(f"CSV import of all rows ({policy})", seconds * 1000, floor * 1000, target="≥ 25 000 rows/s")
    report(
        f"CSV import, rows per second ({policy})",
        count / seconds,
        count / floor,
        unit="/s",
        target="≥ 25 000",
    )

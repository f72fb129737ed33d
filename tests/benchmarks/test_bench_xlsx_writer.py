"""The XLSX writer alone against the CSV writer, on the same persons (issue 19.5).

The whole-process figure (test_bench_export_process.py) includes the selection shared by every
format; this one isolates the writer: ``io.xlsx_write.write_xlsx`` (hand-written rows, the
package by XlsxWriter) against ``io.csv_write.write_csv`` writing the same persons in the same
run, both to a file. Run with ``--benchmark-only``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from reseau.db.session import Database
from reseau.io.csv_write import write_csv
from reseau.io.records import ExportPerson
from reseau.io.xlsx_write import write_xlsx
from reseau.services.io.export_contacts import ExportFilter, select_persons
from tests.benchmarks.bench_figures import report

ROUNDS = 3


@pytest.fixture(scope="module")
def persons(big_db: Database) -> list[ExportPerson]:
    with big_db.begin() as session:
        return [p.person for p in select_persons(session, ExportFilter(include_do_not_contact=True))]


def _median(work: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def test_xlsx_writer_alone(benchmark: BenchmarkFixture, persons: list[ExportPerson], tmp_path: Path) -> None:
    def csv_file() -> None:
        with (tmp_path / "floor.csv").open("w", encoding="utf-8", newline="") as handle:
            write_csv(persons, handle)

    floor = _median(csv_file)
    out = tmp_path / "contacts.xlsx"
    count = benchmark.pedantic(lambda: write_xlsx(persons, out), rounds=ROUNDS)
    assert count == len(persons) and out.stat().st_size > 0
    seconds = benchmark.stats.stats.median
    report("XLSX writer alone (floor: the CSV writer, same persons)", seconds * 1000, floor * 1000)

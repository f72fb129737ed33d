"""The import's planner (issue 19.2, 14.7): reading and planning each row, in one process.

``reseau import`` reads and plans the rows in a process of its own (``import_pipeline``), the
importing process matching and writing them. Once the importing process is fast, the planner
is the import's critical path. This measures its work alone: the benchmark file of
``test_import_process.py`` (100,000 distinct people, 8 columns) read, mapped, planned (country
from evidence, e-mails and phones normalised, name keys folded) and pickled chunk by chunk as
the planner process sends it, against its floor in the same run: ``csv.reader`` over the same
file. Each round starts with the planner's caches empty, as a new import does.

    pytest tests/benchmarks/test_bench_planner.py --benchmark-only
"""

from __future__ import annotations

import csv
import gc
import pickle
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from reseau.core.enums import Country
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.services.io import import_keys, import_pipeline
from reseau.services.io.import_plan import RowPlanner
from tests.benchmarks.bench_figures import report
from tests.benchmarks.test_import_process import write_people

ROWS = 100_000
ROUNDS = 3
TARGET = "≤ 20 µs/row"  # what leaves the whole-process import its 4.0 s at 100k (issue 19.2)


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_people(tmp_path_factory.mktemp("planner") / "people.csv", ROWS)


def _floor(path: Path) -> float:
    started = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for _ in csv.reader(handle, delimiter=";"):
            pass
    return time.perf_counter() - started


def _planned(path: Path) -> tuple[float, int]:
    """Read, plan and pickle every row as the planner process does; (seconds, rows)."""
    import_keys.cached_fold.cache_clear()  # a new import: nothing folded yet
    planner = RowPlanner(Country.QUEBEC)
    started = time.perf_counter()
    rows = 0
    for chunk in import_pipeline._planned_rows(read_contacts(open_contacts(path)), planner):
        pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL)
        rows += len(chunk)
    return time.perf_counter() - started, rows


def test_planner_rows(benchmark: BenchmarkFixture, people: Path) -> None:
    seconds: list[float] = []
    floors: list[float] = []
    enabled = gc.isenabled()
    gc.disable()  # as in the planner process (import_contacts._no_cyclic_gc)
    try:

        def run() -> None:
            elapsed, rows = _planned(people)
            assert rows == ROWS
            seconds.append(elapsed)
            floors.append(_floor(people))

        benchmark.pedantic(run, rounds=ROUNDS, iterations=1)
    finally:
        if enabled:
            gc.enable()
    best, floor = min(seconds), min(floors)
    report(
        "import planner: read + plan + pickle, 100k rows, per row",
        best / ROWS * 1e6,
        floor / ROWS * 1e6,
        unit="µs/row",
        target=TARGET,
    )

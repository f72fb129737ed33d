"""Opening Personnes at 100,000 persons: from creating the view to its first rows painted."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.ops.runner import OpRunner
from reseau.ui.persons.view import PersonsView
from reseau.ui.widgets.lazy_row_model import PAGE_SIZE
from tests.benchmarks.bench_figures import median_ms, report


def test_open_persons_first_rows(
    benchmark: BenchmarkFixture, qtbot: QtBot, big_db: Database, big_db_path: Path
) -> None:
    bus = ChangeBus()
    runner = OpRunner(big_db, bus)
    context = AppContext(runner=runner, bus=bus, paths=None)
    times: list[float] = []
    views: list[PersonsView] = []

    def open_view() -> None:
        started = time.perf_counter()
        view = PersonsView(context)
        view.resize(1000, 700)
        view.show()
        qtbot.waitUntil(lambda: view.lazy_model.rowCount() > 0, timeout=30_000)
        view.table.viewport().repaint()  # the first rows painted
        times.append(time.perf_counter() - started)
        views.append(view)

    benchmark.pedantic(open_view, rounds=5, iterations=1)
    assert views[-1].lazy_model.index(0, 0).data()
    for view in views:
        view.close()
        view.deleteLater()
    qtbot.waitUntil(runner.is_idle)
    runner.shutdown()

    raw = sqlite3.connect(big_db_path)
    floor: list[float] = []
    for _ in range(5):
        started = time.perf_counter()
        ids = [r[0] for r in raw.execute("SELECT id FROM person ORDER BY name_key, id")]
        marks = ",".join("?" * PAGE_SIZE)
        raw.execute(f"SELECT * FROM person WHERE id IN ({marks})", ids[:PAGE_SIZE]).fetchall()
        floor.append(time.perf_counter() - started)
    raw.close()
    report("open Personnes to first rows", median_ms(times), median_ms(floor), target="< 300 ms")


def test_scroll_page(benchmark: BenchmarkFixture, big_db: Database) -> None:
    """One page of rows read while scrolling (200 rows by id)."""
    with big_db.begin() as session:
        ids = persons.person_ids(session)
    pages = [ids[i : i + PAGE_SIZE] for i in range(0, len(ids), len(ids) // 20)][:20]

    def read_pages() -> None:
        for page in pages:
            with big_db.begin() as session:
                persons.person_rows(session, page)

    benchmark.pedantic(read_pages, rounds=3, iterations=1)
    report("one page of 200 rows while scrolling", benchmark.stats.stats.median * 1000 / len(pages), None)

"""How long the indicators take on a large network, next to the floor: raw sqlite3 counts.

Run with ``pytest tests/benchmarks/test_indicators_benchmark.py --benchmark-enable``.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from reseau.core.enums import (
    Assessment,
    Country,
    ExchangeKind,
    ExchangeStatus,
    FollowUpState,
    InteractionKind,
    OrgLevel,
    ParticipantRole,
    ThemeKind,
)
from reseau.db.models import (
    Exchange,
    ExchangeObjective,
    ExchangeParticipant,
    Interaction,
    Organization,
    Person,
    Theme,
)
from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.indicators.figures import IndicatorFilters, compute_indicators


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "large.sqlite3"
    database = open_sqlite(path)
    rng = random.Random(1)
    with database.begin() as s:
        themes = [
            Theme(code=f"B{i:02d}", kind=ThemeKind.FOLLOW_UP, title=f"Thème {i}", position=i)
            for i in range(24)
        ]
        orgs = [
            Organization(
                name=f"Org {i}",
                name_key=f"org {i}",
                country=rng.choice([Country.FRANCE, Country.QUEBEC]),
                level=rng.choice(list(OrgLevel)),
                sector=rng.choice(["santé", "famille", "emploi", None]),
                themes=rng.sample(themes, 2),
            )
            for i in range(1000)
        ]
        persons = [
            Person(
                last_name=f"N{i}",
                name_key=f"n{i}",
                country=rng.choice([Country.FRANCE, Country.QUEBEC]),
                organization=rng.choice(orgs),
                themes=rng.sample(themes, 2),
            )
            for i in range(5000)
        ]
        s.add_all(themes + orgs + persons)
        for i in range(200):
            start = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
            s.add(
                Exchange(
                    kind=rng.choice(list(ExchangeKind)),
                    title=f"X{i}",
                    start_date=start,
                    end_date=start + timedelta(days=7),
                    status=rng.choice(list(ExchangeStatus)),
                    participants=[
                        ExchangeParticipant(person=p, role=ParticipantRole.DELEGATE)
                        for p in rng.sample(persons, 10)
                    ],
                    objectives=[
                        ExchangeObjective(text="o", assessment=rng.choice(list(Assessment))) for _ in range(4)
                    ],
                    themes=rng.sample(themes, 3),
                )
            )
        for _ in range(20000):
            day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
            s.add(
                Interaction(
                    occurred_on=day,
                    kind=InteractionKind.CALL,
                    persons=rng.sample(persons, 2),
                    themes=rng.sample(themes, 1),
                    follow_up_on=day + timedelta(days=30),
                    follow_up_state=rng.choice(list(FollowUpState)),
                )
            )
    database.dispose()
    return path


def test_indicators_without_filters(benchmark, large_db: Path) -> None:  # type: ignore[no-untyped-def]
    database = open_sqlite(large_db)

    def run() -> None:
        with database.begin() as s:
            compute_indicators(s, IndicatorFilters(), date(2025, 1, 1))

    benchmark(run)
    database.dispose()


def test_floor_raw_sqlite_counts(benchmark, large_db: Path) -> None:  # type: ignore[no-untyped-def]
    """The same tables counted by group with raw sqlite3: what no query layer can beat."""
    connection = sqlite3.connect(large_db)
    queries = [
        "SELECT strftime('%Y', start_date), kind, count(*) FROM exchange GROUP BY 1, 2",
        "SELECT country, count(*) FROM person GROUP BY 1",
        "SELECT country, sector, level, count(*) FROM organization GROUP BY 1, 2, 3",
        "SELECT strftime('%Y-%m', occurred_on), count(*) FROM interaction GROUP BY 1",
        "SELECT theme_id, count(*) FROM person_theme GROUP BY 1",
        "SELECT follow_up_state, count(*) FROM interaction GROUP BY 1",
        "SELECT assessment, count(*) FROM exchange_objective GROUP BY 1",
    ]
    benchmark(lambda: [connection.execute(q).fetchall() for q in queries])
    connection.close()


# --- The Indicateurs at 100,000 persons / 20,000 entries (the generated database) --------------
# The generated entries run from 2005 to the end of 2024: "today" is the end of the data.
BIG_TODAY = date(2024, 12, 31)


@pytest.mark.parametrize("period", ["current year (default)", "everything"])
def test_indicators_view_opens_at_scale(benchmark, qtbot, big_db, period: str) -> None:  # type: ignore[no-untyped-def]
    """Open the Indicateurs as the user does: filters, query, the charts on screen drawn (those
    scrolled out of sight are drawn when they come into view). The floor is the service alone
    on the same filters, in the same run: what is left is the view's own work."""
    import time

    from reseau.ui.change_bus import ChangeBus
    from reseau.ui.context import AppContext
    from reseau.ui.indicators.view import PERIOD_KEY, IndicatorsView
    from reseau.ui.ops.runner import OpRunner
    from tests.benchmarks.bench_figures import median_ms, report

    bus = ChangeBus()
    runner = OpRunner(big_db, bus)
    context = AppContext(runner=runner, bus=bus, paths=None, large=True)  # 100,000 persons
    if period == "everything":
        context.session_choices[PERIOD_KEY] = (False, date(2024, 1, 1), BIG_TODAY)
    times: list[float] = []

    def open_view() -> None:
        started = time.perf_counter()
        view = IndicatorsView(context, today=lambda: BIG_TODAY)
        view.resize(1200, 900)
        view.show()
        qtbot.waitUntil(lambda: view.indicators is not None, timeout=60_000)
        qtbot.waitUntil(lambda: _on_screen_drawn(view), timeout=60_000)
        times.append(time.perf_counter() - started)
        assert (view.indicators.filters.start is None) == (period == "everything")
        view.close()
        view.deleteLater()
        qtbot.wait(1)

    benchmark.pedantic(open_view, rounds=3, iterations=1)
    qtbot.waitUntil(runner.is_idle)
    runner.shutdown()
    filters = IndicatorFilters() if period == "everything" else IndicatorFilters(date(2024, 1, 1), BIG_TODAY)
    floors: list[float] = []
    for _ in range(3):
        started = time.perf_counter()
        with big_db.begin() as s:
            compute_indicators(s, filters, BIG_TODAY)
        floors.append(time.perf_counter() - started)
    report(f"open Indicateurs, {period}", median_ms(times), median_ms(floors), target="< 1,000 ms")


def _on_screen_drawn(view: Any) -> bool:
    """Every chart the view shows on screen is drawn (at least one is on screen)."""
    shown = [p.canvas for p in view.panels if p.canvas is not None and not p.canvas.visibleRegion().isEmpty()]
    return bool(shown) and all(canvas.drawn for canvas in shown)


def _statements(database: Database, run: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL statements (and their parameters) ``run`` sends to the database."""
    seen: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return seen


@pytest.mark.parametrize("period", ["current year (default)", "every year"])
def test_indicators_service_at_scale(benchmark, big_db, big_db_path: Path, period: str) -> None:  # type: ignore[no-untyped-def]
    """``compute_indicators`` as the Indicateurs view calls it; the floor runs the very SQL
    statements the service sent, with bare sqlite3 (what is left is the service's own work)."""
    from tests.benchmarks.bench_figures import report

    filters = IndicatorFilters.year(2024) if period != "every year" else IndicatorFilters()

    def run() -> None:
        with big_db.begin() as s:
            compute_indicators(s, filters, BIG_TODAY)

    benchmark.pedantic(run, rounds=5, iterations=1, warmup_rounds=1)
    statements = [(q, p) for q, p in _statements(big_db, run) if q.lstrip().upper().startswith("SELECT")]
    connection = sqlite3.connect(big_db_path)

    def floor() -> float:
        started = time.perf_counter()
        for statement, parameters in statements:
            connection.execute(statement, parameters).fetchall()
        return time.perf_counter() - started

    floors = sorted(floor() for _ in range(5))
    connection.close()
    report(
        f"Indicateurs service, {period}",
        benchmark.stats.stats.median * 1000,
        floors[len(floors) // 2] * 1000,
        target="< 1,000 ms" if period == "every year" else "",
    )


def test_indicators_chart_painted(benchmark, qapp) -> None:  # type: ignore[no-untyped-def]
    """One chart of the view laid out and painted with QPainter (issue 19.5: matplotlib took
    260-400 ms a chart): the monthly journal chart over twenty years, 240 bars, its axis, its
    slanted month names. The floor: the same 240 rectangles filled into the same image by a
    bare loop, no layout and no text. CPU time of the thread, as the GUI thread spends it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

    from reseau.reports.chart_specs import spec
    from reseau.services.indicators.figures import CrossCount
    from reseau.ui.indicators.chart_painter import Ink, Metrics, layout, paint
    from tests.benchmarks.bench_figures import median_ms, report

    rows = tuple(f"{2005 + m // 12}-{m % 12 + 1:02d}" for m in range(240))
    data = CrossCount(rows, ("Entrées",), tuple(((m * 37) % 101,) for m in range(240)))
    area = QRectF(0, 0, 580, 320)
    metrics = Metrics.of(QFontMetricsF(qapp.font()))
    ink = Ink(QColor("black"), QColor("gray"), QColor("white"))
    image = QImage(580, 320, QImage.Format.Format_ARGB32_Premultiplied)

    def painted() -> float:
        started = time.thread_time()
        geometry = layout(spec("journal_month"), data, area, metrics, "", "")
        painter = QPainter(image)
        paint(painter, geometry, ink, area)
        painter.end()
        return time.thread_time() - started

    def bare() -> float:
        started = time.thread_time()
        painter = QPainter(image)
        painter.fillRect(area, QColor("white"))
        for i, (value,) in enumerate(data.values):
            painter.fillRect(QRectF(40 + i * 2.2, 290 - value * 2.5, 1.8, value * 2.5), QColor("#0072B2"))
        painter.end()
        return time.thread_time() - started

    times: list[float] = []
    benchmark.pedantic(lambda: times.append(painted()), rounds=30, iterations=1, warmup_rounds=3)
    floors = [bare() for _ in range(30)]
    report("Indicateurs chart painted, 240 months (CPU)", median_ms(times), median_ms(floors))

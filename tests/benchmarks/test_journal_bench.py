"""Speed of the journal's read paths on a large network (run with --benchmark-enable).

1,000 persons, 200 organizations, 5,000 journal entries over three years, 300 cadences.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import date, timedelta
from typing import Any

import pytest

from reseau.core.enums import Country, FollowUpState, InteractionKind
from reseau.db.models import Interaction, Organization, Person, Theme
from reseau.db.session import Database
from reseau.services.journal import follow_ups, network, network_layout
from reseau.services.themes import coverage
from tests.benchmarks.bench_figures import report

TODAY = date(2026, 3, 10)


@pytest.fixture
def big(database: Database) -> Database:
    rng = random.Random(4)
    with database.begin() as s:
        themes = list(s.query(Theme))
        orgs = [
            Organization(
                name=f"Org {i}", name_key=f"org {i}", country=rng.choice([Country.FRANCE, Country.QUEBEC])
            )
            for i in range(200)
        ]
        s.add_all(orgs)
        persons = [
            Person(
                last_name=f"Nom{i}",
                name_key=f"nom{i}",
                country=rng.choice([Country.FRANCE, Country.QUEBEC]),
                organization=rng.choice(orgs),
                follow_up_days=90 if i < 300 else None,
            )
            for i in range(1000)
        ]
        s.add_all(persons)
        for i in range(5000):
            entry = Interaction(
                occurred_on=TODAY - timedelta(days=rng.randrange(1100)),
                kind=rng.choice(list(InteractionKind)),
                summary=f"Entrée {i}",
                follow_up_on=TODAY + timedelta(days=rng.randrange(-30, 60)) if i % 10 == 0 else None,
                follow_up_state=FollowUpState.OPEN if i % 10 == 0 else FollowUpState.NONE,
            )
            entry.persons = rng.sample(persons, 2)
            entry.organizations = [rng.choice(orgs)]
            entry.themes = rng.sample(themes, 2)
            s.add(entry)
    return database


def test_bench_coverage(benchmark: Any, big: Database) -> None:
    def run() -> int:
        with big.begin() as s:
            return len(coverage.coverage(s, TODAY))

    assert benchmark(run) == 24


def test_bench_due_list(benchmark: Any, big: Database) -> None:
    def run() -> int:
        with big.begin() as s:
            return len(follow_ups.due_list(s, TODAY))

    assert benchmark(run) >= 300


def test_bench_network_and_layout(benchmark: Any, big: Database) -> None:
    def run() -> int:
        with big.begin() as s:
            graph = network.build_network(s, network.NetworkFilter())
        return len(network_layout.layout(graph))

    assert benchmark(run) > 1000


# --- The Réseau tab at 100,000 persons / 20,000 entries (the generated database) ---------------
# The generated entries run from 2005 to the end of 2024: "today" is the end of the data, so the
# default period holds a year of entries, as it would for a team using Réseau every day.
BIG_TODAY = date(2024, 12, 31)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _open_network_tab(
    benchmark: Any, qtbot: Any, big_db: Database, choice: Any, max_nodes: int | None, rounds: int
) -> tuple[float, float, Any]:
    """Open the tab as the user does (view shown, graph built, laid out and drawn); the median
    time in ms, the resident memory added by the first opening in MB, the last graph."""
    from reseau.ui.change_bus import ChangeBus
    from reseau.ui.context import AppContext
    from reseau.ui.journal.network_view import PERIOD_KEY, NetworkView
    from reseau.ui.ops.runner import OpRunner

    bus = ChangeBus()
    runner = OpRunner(big_db, bus)
    context = AppContext(runner=runner, bus=bus, paths=None, large=True)  # 100,000 persons
    if choice is not None:
        context.session_choices[PERIOD_KEY] = (choice, None, None)
    times: list[float] = []
    growth: list[float] = []
    graphs: list[Any] = []

    def open_tab() -> None:
        before, started = _rss_mb(), time.perf_counter()
        view = NetworkView(context, today=lambda: BIG_TODAY, max_nodes=max_nodes)
        view.resize(1100, 700)
        view.show()
        qtbot.waitUntil(lambda: view.network is not None, timeout=60_000)
        view.view.viewport().repaint()
        times.append(time.perf_counter() - started)
        growth.append(_rss_mb() - before)
        graphs.append(view.network)
        view.close()
        view.deleteLater()
        qtbot.wait(1)

    benchmark.pedantic(open_tab, rounds=rounds, iterations=1)
    qtbot.waitUntil(runner.is_idle)
    runner.shutdown()
    return statistics.median(times) * 1000, growth[0], graphs[-1]


def test_bench_network_tab_default_at_scale(benchmark: Any, qtbot: Any, big_db: Database) -> None:
    ms, mb, graph = _open_network_tab(benchmark, qtbot, big_db, None, network.DEFAULT_MAX_NODES, 5)
    report(f"Réseau tab, default (12 months, {len(graph.nodes)} nodes)", ms, None, target="< 1,000 ms")
    report("Réseau tab, default: memory of the first opening", mb, None, unit="MB")
    assert graph.nodes and len(graph.nodes) <= network.DEFAULT_MAX_NODES


def test_bench_network_tab_everything_capped_at_scale(benchmark: Any, qtbot: Any, big_db: Database) -> None:
    ms, mb, graph = _open_network_tab(
        benchmark, qtbot, big_db, network.PeriodChoice.ALL, network.DEFAULT_MAX_NODES, 3
    )
    report(f"Réseau tab, « Tout » ({len(graph.nodes)} of {graph.total_nodes} nodes)", ms, None)
    report("Réseau tab, « Tout »: memory of the first opening", mb, None, unit="MB")
    assert graph.capped


def test_bench_network_tab_everything_uncapped_at_scale(benchmark: Any, qtbot: Any, big_db: Database) -> None:
    """The tab as it was before the period and the cap: every entry drawn (one round)."""
    ms, mb, graph = _open_network_tab(benchmark, qtbot, big_db, network.PeriodChoice.ALL, None, 1)
    report(f"Réseau tab, every node as before ({len(graph.nodes)} nodes)", ms, None)
    report("Réseau tab, every node: memory of the first opening", mb, None, unit="MB")
    assert not graph.capped

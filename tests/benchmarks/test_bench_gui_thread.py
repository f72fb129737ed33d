"""Nothing slows the window (issue 19.6): the walk of the main areas at scale, every piece of
GUI-thread work timed (tests/ui/slot_timing.py), every one over 100 ms listed with what it was.

The walk, once the areas' modules are imported in the background (``reseau.ui.areas.warm_up``,
as the application does after its start-up checks): open each area, select its first row (the
detail pane loads), type in its filter and clear it, type in the global search; then switch the
language (the window built again in English, as the Préférences do) and open Personnes there.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from reseau import app
from reseau.db.session import Database
from reseau.ui import areas
from reseau.ui.i18n import Translators
from tests.benchmarks.bench_figures import report
from tests.ui.slot_timing import SlotTimer, Slow, walk_main_areas

THRESHOLD = 0.1  # seconds


@pytest.fixture
def french() -> Iterator[None]:
    translators = Translators()
    translators.install("fr")
    yield
    translators.remove()


def test_gui_thread_walk_of_the_main_areas(
    benchmark: BenchmarkFixture, qtbot: QtBot, big_db: Database, french: None
) -> None:
    slow: list[Slow] = []
    slowest: list[Slow] = []  # each timer's slowest pieces, over the threshold or not

    def walk() -> None:
        window = app.build_window(big_db, None, "benchmark")
        qtbot.addWidget(window)
        with timer_for(slow, slowest) as timer:
            with timer.step("show the window"):
                window.show()
            timer.wait_until(qtbot, window.context.runner.is_idle)
            # What reseau.app does once the start-up checks have answered; the walk starts
            # when it is done, as a user's first seconds on the Tableau de bord.
            warming = areas.warm_up()
            timer.wait_until(qtbot, lambda: not warming.is_alive())
            opened = walk_main_areas(qtbot, window, timer)
            assert len(opened) == len(window.areas)
            window.close()
            english = Translators()
            try:
                with timer.step("switch the language: the window built again in English"):
                    english.install("en")
                    again = app.build_window(big_db, None, "benchmark", language="en")
                    qtbot.addWidget(again)
                    again.show()
                timer.wait_until(qtbot, again.context.runner.is_idle)
                with timer.step("open persons (English)"):
                    again.show_area("persons")
                timer.wait_until(qtbot, again.context.runner.is_idle)
                again.close()
            finally:
                english.remove()

    benchmark.pedantic(walk, rounds=1, iterations=1)
    print("\nGUI-thread work over 100 ms in the walk at scale:")
    for piece in slow:
        print(f"  {piece}")
    print("The slowest pieces of the walk, whatever their time:")
    for piece in sorted(slowest, key=lambda p: -p.seconds)[:8]:
        print(f"  {piece}")
    report(
        "GUI-thread work over 100 ms, walk of the main areas (pieces)",
        float(len(slow)),
        None,
        unit="",
        target="0",
    )
    report(
        "GUI-thread slowest piece, walk of the main areas",
        max((piece.seconds for piece in slowest), default=0.0) * 1000,  # over 100 ms or not
        None,
        target="< 100 ms",
    )


class timer_for:
    """A SlotTimer whose slow pieces land in ``found`` when it stops."""

    def __init__(self, found: list[Slow], slowest: list[Slow]) -> None:
        self.found = found
        self.slowest = slowest
        self.timer = SlotTimer()

    def __enter__(self) -> SlotTimer:
        return self.timer.start()

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        self.found.extend(self.timer.slow(THRESHOLD))
        self.slowest.extend(self.timer.slow(0.0)[:8])

"""Qt fixtures: an application context on a fresh database, and a helper to wait for ops."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from reseau.db.session import Database
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.ops import OpRunner


def _context(database: Database) -> Iterator[AppContext]:
    bus = ChangeBus()
    runner = OpRunner(database, bus)
    yield AppContext(runner=runner, bus=bus, paths=None)
    runner.shutdown()


@pytest.fixture
def context(database: Database) -> Iterator[AppContext]:
    yield from _context(database)


@pytest.fixture
def demo_context(demo_database: Database) -> Iterator[AppContext]:
    yield from _context(demo_database)


@pytest.fixture
def wait_ops(qtbot: QtBot) -> Callable[[AppContext], None]:
    """Wait until every op of the context has delivered its result on the GUI thread."""

    def wait(context: AppContext) -> None:
        qtbot.waitUntil(context.runner.is_idle, timeout=10_000)
        qtbot.wait(10)  # let follow-up ops started by callbacks be submitted
        qtbot.waitUntil(context.runner.is_idle, timeout=10_000)

    return wait

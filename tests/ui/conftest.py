"""Qt fixtures: an application context on a fresh database, and a helper to wait for ops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseau.db.session import Database
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.i18n import Translators
from reseau.ui.ops.runner import OpRunner
from tests import packaging_scripts

ROOT = Path(__file__).resolve().parents[2]


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
        # Minutes: PDFs are written off the GUI thread now, seconds each on a busy shared
        # machine (twenty delegates' files in one op); only a ceiling, not a wait.
        qtbot.waitUntil(context.runner.is_idle, timeout=20_000)
        qtbot.wait(10)  # let follow-up ops started by callbacks be submitted
        qtbot.waitUntil(context.runner.is_idle, timeout=20_000)

    return wait


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """The .qm catalogs compiled from the committed .ts (once per run)."""
    packaging_scripts.load("build_translations").build()
    return ROOT / "src" / "reseau" / "resources" / "translations"


@pytest.fixture
def english(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    """The UI in English (translators, locale, enum labels) for one test; French again after."""
    installed = Translators()
    assert installed.install("en", compiled_translations) == "en"
    yield
    installed.remove()
    QLocale.setDefault(QLocale.c())

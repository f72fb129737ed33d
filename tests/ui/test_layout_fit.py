"""Layouts that fit (issue 16.4): every window fits a 1280×720 screen, detail panes start at a
useful width and remember theirs, long names are elided in the middle with a tooltip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.core.settings import SettingsStore
from reseau.db.session import Database
from reseau.ui import gallery
from reseau.ui.context import AppContext
from reseau.ui.persons.view import PersonsView
from reseau.ui.widgets.fit import BORDER, TITLE_BAR, fit_to_screen
from reseau.ui.widgets.splitters import LAYOUT_FILE

# A 1280×720 screen, less the window manager's frame (what reseau.ui.widgets.fit.room gives).
ROOM = QSize(1280 - 2 * BORDER, 720 - TITLE_BAR - BORDER)


def _fits(size: QSize) -> bool:
    return size.width() <= ROOM.width() and size.height() <= ROOM.height()


def _all_windows(
    qtbot: QtBot, database: Database, wait: Callable[[AppContext], None]
) -> list[tuple[str, QWidget]]:
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    window.show()
    for area in window.areas:
        window.show_area(area.key)
        wait(window.context)
    found: list[tuple[str, QWidget]] = [("main window", window)]
    for name, factory in gallery.dialogs(window.context, gallery.read_choices(database)).items():
        dialog = factory(window)
        found.append((name, dialog))
    return found


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_window_and_dialog_fits_1280x720(
    qtbot: QtBot,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    language: str,
    request: pytest.FixtureRequest,
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    windows = _all_windows(qtbot, demo_database, wait_ops)
    too_big = []
    for name, widget in windows:
        widget.show()
        QApplication.processEvents()
        # The main window's size follows this test screen (fit_to_screen): its minimum must fit.
        size_fits = name == "main window" or _fits(widget.size())
        if not (_fits(widget.minimumSizeHint()) and size_fits):
            minimum = widget.minimumSizeHint().toTuple()
            too_big.append(f"{name}: size {widget.size().toTuple()}, minimum {minimum}")
        if name != "main window":
            widget.close()
    windows[0][1].close()
    assert not too_big, too_big
    assert len(windows) > 15  # the main window and every main dialog


def test_the_main_window_shrinks_to_its_screen(qtbot: QtBot, database: Database) -> None:
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    window.resize(4000, 3000)
    fit_to_screen(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height() - TITLE_BAR
    window.close()


def test_detail_pane_starts_near_40_percent_and_remembers_its_width(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    context = AppContext(demo_context.runner, demo_context.bus, None, settings=store)
    view = PersonsView(context)
    qtbot.addWidget(view)
    view.resize(1600, 600)
    view.show()
    qtbot.waitExposed(view)
    left, detail = view.splitter.sizes()
    assert 0.35 <= detail / (left + detail) <= 0.5, (left, detail)

    # The user drags the handle: the list narrows to a little more than its minimum.
    view.splitter.moveSplitter(view.splitter.widget(0).minimumSizeHint().width() + 30, 1)
    moved = view.splitter.sizes()
    assert moved[0] < left
    assert (tmp_path / LAYOUT_FILE).exists()

    again = PersonsView(context)
    qtbot.addWidget(again)
    again.resize(1600, 600)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == moved
    assert not (tmp_path / "settings.json").exists()  # the preferences file is not rewritten by a drag
    view.close()
    again.close()


def test_long_names_are_elided_in_the_middle_with_a_tooltip(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    assert view.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    model = view.table.model()
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index, Qt.ItemDataRole.DisplayRole)
    view.close()

"""Keyboard: after a record's dialog closes (cancelled or saved), the focus is back on the list
the user came from, on the same record, so that ↑/↓ and Return go on from there. The real
dialogs are opened (no stub): Return on the selected row, then Escape or Enregistrer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.widgets.record_list_view import RecordListView

AREAS = ["persons", "organizations", "exchanges", "themes", "journal"]


class DialogCloser:
    """Watches for the modal dialog that an op callback opens (its ``exec`` blocks the test's
    event loop inside the callback) and closes it the way a user would."""

    def __init__(self, save: bool) -> None:
        self.save = save
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._close_modal)
        self.timer.start()

    def _close_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        self.seen.append(type(dialog).__name__)
        if self.save:
            boxes = dialog.findChildren(QDialogButtonBox)
            ok = boxes[0].button(QDialogButtonBox.StandardButton.Save) if boxes else None
            ok = ok or (boxes[0].button(QDialogButtonBox.StandardButton.Ok) if boxes else None)
            assert isinstance(ok, QPushButton), f"{type(dialog).__name__} has no Save/OK button"
            ok.click()
        else:
            dialog.reject()

    def stop(self) -> None:
        self.timer.stop()


def _open_window(qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None]) -> MainWindow:
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    wait_ops(context)
    return window


def _list_of(window: MainWindow, area: str) -> RecordListView:
    view = window.show_area(area)
    views = [view] if isinstance(view, RecordListView) else []
    views += [v for v in window.findChildren(RecordListView) if v.isVisible()]
    assert views, f"no record list in {area}"
    return views[0]


@pytest.mark.parametrize("how", ["return", "edit-button"])
@pytest.mark.parametrize("save", [False, True], ids=["cancelled", "saved"])
@pytest.mark.parametrize("area", AREAS)
def test_focus_returns_to_the_list_after_the_dialog(
    qtbot: QtBot,
    demo_context: AppContext,
    wait_ops: Callable[[AppContext], None],
    area: str,
    save: bool,
    how: str,
) -> None:
    window = _open_window(qtbot, demo_context, wait_ops)
    view = _list_of(window, area)
    wait_ops(demo_context)
    model = view.table.model()
    assert model is not None and model.rowCount() > 1, area
    view.table.setFocus()
    view.table.selectRow(1)
    chosen = view.selected_row()
    assert chosen is not None
    closer = DialogCloser(save)
    try:
        if how == "return":
            qtbot.keyClick(view.table, Qt.Key.Key_Return)
        else:  # a click on « Modifier… » takes the focus to the button
            qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(closer.seen), timeout=10_000)
        wait_ops(demo_context)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    finally:
        closer.stop()
    assert len(closer.seen) == 1, closer.seen
    # The widget that gets the focus when the window is active again: the list.
    assert window.focusWidget() is view.table, window.focusWidget()
    # What the window manager does when a modal dialog closes (the offscreen platform doesn't).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table, timeout=5000)
    after = view.selected_row()
    assert after is not None and getattr(after, "id", None) == getattr(chosen, "id", None), area

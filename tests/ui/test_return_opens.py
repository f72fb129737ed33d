"""Keyboard: Return on the selected row of every record list opens it, as a double click does,
and the focus comes back to the list after the dialog."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.widgets.record_list_view import RecordListView


def test_return_opens_the_selected_record_in_every_list(
    qtbot: QtBot,
    demo_context: AppContext,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[tuple[str, str]] = []

    def edit_selected(self: RecordListView) -> None:  # what the edit button does, recorded
        row = self.selected_row()
        if row is not None:
            opened.append((type(self).__name__, self.describe(row)))

    monkeypatch.setattr(RecordListView, "_on_edit_button_clicked", edit_selected)
    window = MainWindow(demo_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait_ops(demo_context)
    lists: list[RecordListView] = []
    for area in window.areas:
        window.show_area(area.key)
        wait_ops(demo_context)
        lists += [v for v in window.findChildren(RecordListView) if v not in lists and v.isVisible()]
    names = {type(v).__name__ for v in lists}
    assert {"PersonsView", "OrganizationsView"} <= names or len(names) >= 4, names
    for view in lists:
        model = view.table.model()
        if model is None or model.rowCount() == 0:
            continue
        view.table.setCurrentIndex(model.index(0, 0))
        view.table.selectRow(0)
        before = len(opened)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert len(opened) == before + 1, type(view).__name__
        assert opened[-1][0] == type(view).__name__
    assert len(opened) >= 4

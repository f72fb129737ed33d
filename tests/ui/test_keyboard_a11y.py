"""Keyboard and accessibility: names on controls, tab order, shortcuts, icons at 200 %."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from reseau.core.settings import Settings
from reseau.ui.context import AppContext
from reseau.ui.icons import icons_folder
from reseau.ui.keyboard import install_save_shortcut
from reseau.ui.main_window import MainWindow
from reseau.ui.preferences.preferences_dialog import PreferencesDialog
from tests.ui.ui_walker import accessible_name, dialogs, interactive, pages


def _unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.window()).__name__}"
        for w in interactive(root)
        if not accessible_name(w).strip()
    ]


def test_every_control_of_every_area_has_an_accessible_name(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    window = MainWindow(demo_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait_ops(demo_context)
    missing = []
    for area in window.areas:
        window.show_area(area.key)
        missing += _unnamed(window)
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def test_every_control_of_every_dialog_has_an_accessible_name(qtbot: QtBot, context: AppContext) -> None:
    missing = []
    for _name, dialog in dialogs(context):
        qtbot.addWidget(dialog)
        dialog.show()
        for page in pages(dialog):
            missing += _unnamed(page)
    assert sorted(set(missing)) == [], "\n".join(sorted(set(missing)))


def _position(widget: QWidget, root: QWidget) -> QPoint:
    return widget.mapTo(root, QPoint(0, 0))


def _tab_chain(dialog: QDialog) -> list[QWidget]:
    """The widgets Tab visits, in order, from the first focusable one, once round."""
    start = dialog.focusWidget() or dialog.nextInFocusChain()
    chain: list[QWidget] = []
    widget = start
    for _ in range(500):
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget not in chain
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def test_tab_order_of_every_dialog_reads_top_to_bottom_and_reaches_every_control(
    qtbot: QtBot, context: AppContext
) -> None:
    problems = []
    for name, dialog in dialogs(context):
        qtbot.addWidget(dialog)
        dialog.show()
        for page in pages(dialog):
            chain = _tab_chain(page)  # type: ignore[arg-type]
            reachable = [
                w for w in interactive(page) if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ]
            problems += [f"{name}: {w.objectName()} not reached by Tab" for w in reachable if w not in chain]
            # Reading order: down the rows, or up again only into a column further right.
            placed = [
                (w, _position(w, page))
                for w in chain
                if not isinstance(w.parentWidget(), QTabWidget) and w.objectName() != "qt_tabwidget_tabbar"
            ]
            for (_, before), (widget, after) in pairwise(placed):
                if after.y() + 4 < before.y() and after.x() <= before.x():
                    problems.append(f"{name}: Tab goes back up to {widget.objectName()}")
    assert problems == [], "\n".join(problems)


def test_shortcuts_exist_for_new_find_delete_save_undo_redo_and_areas(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    wait_ops(context)
    actions = window.edit_actions
    assert actions.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo_action.shortcuts()
    from PySide6.QtGui import QShortcut

    view = window.show_area("persons")
    keys = {s.key().toString() for s in view.findChildren(QShortcut)}
    assert {"Ctrl+N", "Ctrl+F", "Del"} <= keys
    menu_keys = {a.shortcut().toString() for a in window.findChildren(type(actions.undo_action))}
    assert {f"Ctrl+{n}" for n in range(1, len(window.areas) + 1)} <= menu_keys


def test_ctrl_s_presses_save_in_any_dialog(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    install_save_shortcut(dialog)
    dialog.show()
    dialog.ui.server_url.setFocus()
    QTest.keyClick(dialog.ui.server_url, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_data == Settings()


@pytest.mark.parametrize("name", sorted(p.name for p in (icons_folder() or []).glob("*.svg")) or ["none"])
def test_svg_icons_are_drawn_at_full_resolution_at_200_percent(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    folder = icons_folder()
    assert folder is not None
    icon = QIcon(str(folder / name))
    pixmap = icon.pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)  # drawn for 200 %, not scaled up from 24
    image = pixmap.toImage()
    # Crisp: an SVG rendered at 48 px has intermediate (anti-aliased) edges AND opaque pixels.
    alphas = {image.pixelColor(x, y).alpha() for x in range(48) for y in range(48)}
    assert 255 in alphas and len(alphas) > 2

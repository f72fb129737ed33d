"""One look (issue 16.8): Réseau's blue on the system palette, light or dark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.style import (
    ACCENT_DARK,
    ACCENT_LIGHT,
    DASHBOARD_SHEET,
    EMPTY_STATE_SHEET,
    NAVIGATION_SHEET,
    apply_style,
    is_dark,
    themed_palette,
)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_light_and_dark_desktops_get_a_readable_accent() -> None:
    light = themed_palette(_palette("#f0f0f0", "#000000"))
    dark = themed_palette(_palette("#2b2d30", "#e6e6e6"))
    assert not is_dark(light) and is_dark(dark)
    assert light.color(QPalette.ColorRole.Highlight).name() == ACCENT_LIGHT
    assert dark.color(QPalette.ColorRole.Highlight).name() == ACCENT_DARK
    assert light.color(QPalette.ColorRole.Link).name() == ACCENT_LIGHT
    # Selected text contrasts with the accent on both.
    assert light.color(QPalette.ColorRole.HighlightedText).lightness() > 200
    assert dark.color(QPalette.ColorRole.HighlightedText).lightness() < 60
    # The window's own colours are the system's, untouched.
    assert dark.color(QPalette.ColorRole.Window).name() == "#2b2d30"


def test_the_window_applies_the_look_once(qapp: QApplication) -> None:
    before = qapp.styleSheet(), qapp.palette(), qapp.property("reseau_styled")
    try:
        qapp.setProperty("reseau_styled", False)
        qapp.setStyleSheet("")
        apply_style(qapp)
        # No sheet on the application: every widget of every area would be polished by Qt's
        # style-sheet style (issue 19.6); the widgets that need one carry theirs.
        assert qapp.styleSheet() == ""
        for sheet in (NAVIGATION_SHEET, EMPTY_STATE_SHEET, DASHBOARD_SHEET):
            assert "palette(highlight)" in sheet or "palette(text)" in sheet  # light or dark
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() in (ACCENT_LIGHT, ACCENT_DARK)
    finally:
        qapp.setStyleSheet(before[0])
        qapp.setPalette(before[1])
        qapp.setProperty("reseau_styled", before[2])


def test_the_navigation_the_empty_states_and_the_board_carry_their_sheets(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    from reseau.ui.main_window import MainWindow
    from reseau.ui.widgets.empty_state import EmptyState

    window = MainWindow(demo_context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait_ops(demo_context)
    assert window.navigation.styleSheet() == NAVIGATION_SHEET
    assert window.area_widgets["dashboard"].styleSheet() == DASHBOARD_SHEET
    persons = window.show_area("persons")
    empty = persons.findChild(EmptyState)
    assert empty is not None and empty.styleSheet() == EMPTY_STATE_SHEET
    # The selected area is marked by the sheet's left border, drawn in the palette's highlight.
    item = window.navigation.item(window.navigation.currentRow())
    rect = window.navigation.visualItemRect(item)
    image = window.navigation.grab().toImage()
    edge = image.pixelColor(rect.left() + 1, rect.center().y())
    highlight = window.navigation.palette().color(QPalette.ColorRole.Highlight).name()
    assert edge.name() == highlight
    inside = image.pixelColor(rect.center().x() + rect.width() // 3, rect.center().y())
    assert inside.name() != highlight  # a tint of it behind the chosen area, not a full fill

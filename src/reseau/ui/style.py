"""Réseau's look: one accent colour and one short style sheet, for every area and dialog.

Modest on purpose (issue 16.8): the platform's widgets and fonts, the system's light or dark
palette, and on top of it the Réseau blue for selections and links (a tint of it behind the
chosen area, whose blue icon stays visible), cards and empty states
drawn with the palette's own colours (``palette(mid)``, ``palette(base)``), so that the same
sheets read right on a light and on a dark desktop. The palette is applied once to the
application (``apply_style``, from ``reseau.app.build_window``); each sheet is set on the widget
it dresses (``carry``: the navigation, the empty states, the Tableau de bord), never on the
application: a sheet there sends every widget of every area and dialog through Qt's style-sheet
style, which made building an area two to three times slower on the GUI thread (issue 19.6).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT_LIGHT = "#1f5fa8"  # the missions' blue of the timeline, the app icon's
ACCENT_DARK = "#6ea8e8"  # the same blue, light enough to read on a dark window

NAVIGATION_SHEET = """
QListWidget#navigation { padding: 4px 0; }
QListWidget#navigation::item { padding: 5px 6px; }
QListWidget#navigation::item:selected {
    background: rgba(31, 95, 168, 0.22);
    color: palette(window-text);
    border-left: 3px solid palette(highlight);
}
"""
EMPTY_STATE_SHEET = """
QLabel#empty_message { color: palette(text); }
QWidget#empty_state QPushButton { padding: 5px 14px; }
"""
DASHBOARD_SHEET = """
QFrame#mission_card, QFrame#reports_card, QFrame#gaps_card, QFrame#network_card {
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}
QLabel#card_title { color: palette(highlight); }
QLabel#empty_message { color: palette(text); }
QWidget#dashboard_welcome QPushButton { padding: 5px 14px; }
QLabel#dashboard_heading { color: palette(highlight); }
"""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette) -> QColor:
    return QColor(ACCENT_DARK if is_dark(palette) else ACCENT_LIGHT)


def themed_palette(palette: QPalette) -> QPalette:
    """``palette`` with Réseau's accent for selections and links."""
    themed = QPalette(palette)
    colour = accent(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        themed.setColor(group, QPalette.ColorRole.Highlight, colour)
        themed.setColor(
            group,
            QPalette.ColorRole.HighlightedText,
            QColor("#101418") if is_dark(palette) else QColor("#ffffff"),
        )
        themed.setColor(group, QPalette.ColorRole.Link, colour)
        themed.setColor(group, QPalette.ColorRole.LinkVisited, colour.darker(115))
    return themed


def apply_style(app: QApplication) -> None:
    """Réseau's accent on the system palette (idempotent). No style sheet on the application:
    the widgets that need one carry it (``carry``)."""
    if app.property("reseau_styled"):
        return
    app.setProperty("reseau_styled", True)
    app.setPalette(themed_palette(app.palette()))


def carry(widget: QWidget, sheet: str) -> None:
    """``widget`` and what it holds are dressed by ``sheet`` (its selectors name them)."""
    widget.setStyleSheet(sheet)

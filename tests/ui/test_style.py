"""One look (issue 16.8): Réseau's blue on the system palette, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reseau.ui.style import ACCENT_DARK, ACCENT_LIGHT, STYLE_SHEET, apply_style, is_dark, themed_palette


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
        apply_style(qapp)
        assert qapp.styleSheet() == STYLE_SHEET
        assert "palette(highlight)" in STYLE_SHEET  # colours come from the palette: light or dark
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() in (ACCENT_LIGHT, ACCENT_DARK)
    finally:
        qapp.setStyleSheet(before[0])
        qapp.setPalette(before[1])
        qapp.setProperty("reseau_styled", before[2])

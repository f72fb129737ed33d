"""Tab widgets whose labels keep their accents.

Fusion draws the unselected tabs 2 px lower inside a tight text box, which clips the accent of
a capital ("À relancer" showed as "A relancer" in our screenshots). A little padding drawn by
the style sheet leaves room for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

TAB_STYLE = "QTabBar::tab { padding: 5px 12px 3px 12px; }"


def accent_safe_tabs(name: str, parent: QWidget | None = None) -> QTabWidget:
    tabs = QTabWidget(parent)
    tabs.setObjectName(name)
    tabs.tabBar().setStyleSheet(TAB_STYLE)
    return tabs

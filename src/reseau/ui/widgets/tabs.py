"""Tab widgets whose labels keep their accents.

Fusion draws the unselected tabs 2 px lower inside a tight text box, which clips the accent of
a capital ("À relancer" showed as "A relancer" in our screenshots). A little padding drawn by
the style sheet leaves room for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

TAB_STYLE = "QTabBar::tab { padding: 5px 12px 3px 12px; }"


def accent_safe_tabs(name: str, parent: QWidget | None = None) -> QTabWidget:
    tabs = QTabWidget(parent)
    tabs.setObjectName(name)
    tabs.tabBar().setStyleSheet(TAB_STYLE)
    return tabs


class LazyTabs:
    """Tabs of ``tabs`` built the first time they are shown, or asked for (``widget``).

    An area's first open builds what the user sees, not its hidden tabs too (issue 19.6: the
    Journal's À relancer and Réseau, the Thèmes' coverage, the Échanges' timeline and stages
    made each area's first show take 150–270 ms on the GUI thread). Until then the tab holds an
    empty page; when built, the tab keeps its place, title and the current index."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._factories: dict[int, Callable[[], QWidget]] = {}
        tabs.currentChanged.connect(self._on_tabs_currentChanged)

    def add(self, factory: Callable[[], QWidget], title: str) -> int:
        index = self.tabs.addTab(QWidget(), title)
        self._factories[index] = factory
        return index

    def widget(self, index: int) -> QWidget:
        """The tab's widget, built now if it was not."""
        factory = self._factories.pop(index, None)
        if factory is None:
            widget = self.tabs.widget(index)
            assert widget is not None, f"no tab {index}"
            return widget
        built = factory()
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        blocked = self.tabs.blockSignals(True)  # the same tab stays current: nothing to announce
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, built, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        return built

    def _on_tabs_currentChanged(self, index: int) -> None:
        if index in self._factories:
            self.widget(index)

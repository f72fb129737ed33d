"""Run a read once a widget has painted itself: the frame first, the figures after.

A view that reads when first shown submits its op before the window's first paint; at start-up
the reader thread then configures SQLAlchemy's mappers and compiles statements while the GUI
thread tries to paint, and the two share one interpreter lock (issue 19.3: the Tableau de bord
painted 300 ms after Personnes, whose query is lighter). ``after_paint(widget, read)`` calls
``read`` on the event-loop turn after ``widget``'s next paint, so the window shows its frame
(headings, a « Chargement… » line) before any query starts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

# A widget that never paints (no size, covered): read anyway after this long.
FALLBACK_MS = 500
NAME = "after_paint"


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.setObjectName(NAME)
        self.widget = widget
        self.callback = callback
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self.widget.removeEventFilter(self)
        self.deleteLater()
        self.callback()


def after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, just after ``widget``'s next paint (at most ``FALLBACK_MS`` later).

    Asked again before it has run, the first request stands (one read, not two)."""
    for pending in widget.findChildren(QObject, NAME, Qt.FindChildOption.FindDirectChildrenOnly):
        if isinstance(pending, _AfterPaint) and not pending.done:
            return
    _AfterPaint(widget, callback)

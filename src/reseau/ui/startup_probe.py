"""The cold-start probe of the benchmarks: when was the window first painted, then quit.

Set ``RESEAU_START_PROBE`` (never set by a user; ``tests/benchmarks/test_bench_start.py`` sets
it in the process it starts):

- ``window``: once the area the window opens on (the Tableau de bord) has painted itself;
- ``persons``: the window opens on Personnes; once its table has painted rows.

At that moment one line goes to standard output, ``reseau-start-probe <what> <epoch seconds>
<peak resident kB>`` (``time.time()``, comparable with the clock of the process that started
this one; the peak from ``/proc/self/status``, 0 where there is none), and the window closes.
Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QWidget

ENV = "RESEAU_START_PROBE"
PREFIX = "reseau-start-probe"
TARGETS = ("window", "persons")


def peak_kb() -> int:
    """The process's peak resident size (VmHWM) in kB; 0 where /proc is not there."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class StartProbe(QObject):
    """Watches one widget's paint events; says the first that matters, then closes ``window``."""

    def __init__(self, window: QMainWindow, what: str, out: TextIO | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.what = what
        self.out = out or sys.stdout
        self.said: float | None = None
        self.watched = self._target()
        self.watched.installEventFilter(self)

    def _target(self) -> QWidget:
        show_area = getattr(self.window, "show_area", None)
        if self.what == "persons" and callable(show_area):
            view = show_area("persons")
            table = view.findChild(QAbstractItemView, "table")
            if isinstance(table, QAbstractItemView):
                viewport: QWidget = table.viewport()
                return viewport
        stack = getattr(self.window, "stack", None)
        current = stack.currentWidget() if stack is not None else None
        return current if isinstance(current, QWidget) else self.window

    def _has_rows(self) -> bool:
        if self.what != "persons":
            return True
        table = self.watched.parent()
        model = table.model() if isinstance(table, QAbstractItemView) else None
        return model is not None and model.rowCount() > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.said is None and event.type() == QEvent.Type.Paint and self._has_rows():
            self.said = time.time()
            print(f"{PREFIX} {self.what} {self.said:.6f} {peak_kb()}", file=self.out, flush=True)
            QTimer.singleShot(0, self.window.close)
        return False


def install(window: QMainWindow) -> StartProbe | None:
    """The probe asked for by ``RESEAU_START_PROBE``, watching ``window`` (None: not asked)."""
    what = os.environ.get(ENV, "")
    if what not in TARGETS:
        return None
    return StartProbe(window, what)

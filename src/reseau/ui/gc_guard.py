"""Collect Python's garbage on the GUI thread only.

The cyclic garbage collector runs in whichever thread happens to allocate when a threshold is
crossed. When it frees Qt objects from one of the op runner's worker threads, Qt deadlocks or
crashes (seen in the test suite: the GUI thread building a table while a reader thread, inside
SQLAlchemy, had started a collection). So automatic collection is switched off and the GUI
thread collects on a timer — Anki does the same for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 5_000


def collect_on_gui_thread(parent: QObject, interval_ms: int = INTERVAL_MS) -> QTimer:
    """Disable automatic collection and collect every ``interval_ms`` on the GUI thread."""
    gc.disable()
    timer = QTimer(parent)
    timer.setObjectName("gc_timer")
    timer.timeout.connect(gc.collect)
    timer.start(interval_ms)
    return timer

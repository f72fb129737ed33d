"""Collect Python's garbage on the GUI thread only, in pieces short enough not to be felt.

The cyclic garbage collector runs in whichever thread happens to allocate when a threshold is
crossed. When it frees Qt objects from one of the op runner's worker threads, Qt deadlocks or
crashes (seen in the test suite: the GUI thread building a table while a reader thread, inside
SQLAlchemy, had started a collection). So automatic collection is switched off and the GUI
thread collects on a timer — Anki does the same for the same reason.

A full collection looks at every object: some 200,000 once the window is up (the modules,
SQLAlchemy, Qt's wrappers), 150 ms or more on the GUI thread every five seconds (issue 19.6).
What exists at the first tick, the start-up's objects, is frozen (``gc.freeze``): they live as
long as the window, and the later collections look at the newer objects only (a few ms). Between
two windows (the Préférences reopen the window) ``thaw`` gives them back to the collector.
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
    timer.timeout.connect(collect_newer)
    timer.start(interval_ms)
    return timer


def collect_newer() -> int:
    """A collection of what is newer than the start-up's objects, frozen at the first call."""
    if gc.get_freeze_count() == 0:
        gc.freeze()  # no collection first: it is the long one; the start-up's garbage is small
    return gc.collect()


def thaw() -> None:
    """Every object is looked at again (between two windows: the last one's are garbage now);
    the next ``collect_newer`` freezes the new window's start-up objects."""
    gc.unfreeze()
    gc.collect()

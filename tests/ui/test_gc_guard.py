from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from reseau.ui.gc_guard import collect_on_gui_thread


def test_garbage_is_collected_by_the_gui_thread_only(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    owner = QObject()
    try:
        gc.enable()
        timer = collect_on_gui_thread(owner, interval_ms=10)
        assert not gc.isenabled()  # no collection triggered from a worker thread
        assert timer.isActive() and timer.thread() is owner.thread()
        collected: list[int] = []
        gc.callbacks.append(lambda phase, info: collected.append(1) if phase == "stop" else None)
        try:
            qtbot.waitUntil(lambda: bool(collected), timeout=2_000)
        finally:
            gc.callbacks.pop()
    finally:
        owner.deleteLater()
        gc.unfreeze()  # the ticks froze the process's objects
        if was_enabled:
            gc.enable()
        else:
            gc.disable()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_start_ups_objects_are_frozen_and_newer_garbage_is_still_collected() -> None:
    """A full collection every five seconds looked at every object of the start-up (150 ms and
    more on the GUI thread): they are frozen at the first tick; garbage made since is collected,
    and ``thaw`` gives the frozen ones back (a window closed for a reopen)."""
    import weakref

    from reseau.ui.gc_guard import collect_newer, thaw

    gc.unfreeze()
    try:
        old = _Cycle()
        collect_newer()  # the first tick: what exists now is frozen
        assert gc.get_freeze_count() > 1000
        young = weakref.ref(_Cycle())  # garbage made after the freeze, in a cycle
        assert young() is not None
        collect_newer()
        assert young() is None  # collected, though the start-up's objects were not looked at
        frozen = weakref.ref(old)
        del old  # garbage now, but frozen: kept until thawed
        collect_newer()
        assert frozen() is not None
        thaw()
        assert gc.get_freeze_count() == 0 and frozen() is None
    finally:
        gc.unfreeze()

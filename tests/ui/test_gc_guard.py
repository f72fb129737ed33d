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
        if was_enabled:
            gc.enable()
        else:
            gc.disable()

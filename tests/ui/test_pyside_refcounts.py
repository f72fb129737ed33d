"""PySide6 6.12.0 dropped a reference to True on every Signal.emit() and to None on every
itemData() returning None: after some thousands of signals the process aborted with "Fatal
Python error: bool_dealloc". These tests fail on such a release (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

ROUNDS = 200


class _Emitter(QObject):
    fired = Signal(object)


def test_emit_keeps_the_reference_count_of_true(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(ROUNDS):
        emitter.fired.emit(1)
    assert len(received) == ROUNDS
    assert sys.getrefcount(True) > before - ROUNDS // 2


def test_item_data_none_keeps_the_reference_count_of_none(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("(tous)", None)
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        combo.itemData(0)
    assert sys.getrefcount(None) > before - ROUNDS // 2

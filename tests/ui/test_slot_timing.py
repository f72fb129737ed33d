"""The GUI-thread timing harness (issue 19.6) catches what it is for: a slow slot, a slow op
callback, a slow queued call, each named; and it walks every main area of the window. The
figures at 100,000 persons are the benchmark's (tests/benchmarks/test_bench_gui_thread.py);
here nothing is asserted about the window's speed, only that the harness sees."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reseau import app
from reseau.db.session import Database
from reseau.ui.context import AppContext
from reseau.ui.ops import dashboard as dashboard_ops
from tests.ui.slot_timing import SlotTimer, walk_main_areas

SLOW = 0.3  # seconds: three times the threshold, whatever the machine's load


def test_a_slow_slot_a_slow_op_callback_and_a_slow_queued_call_are_caught_and_named(
    qtbot: QtBot, context: AppContext
) -> None:
    button = QPushButton("Lent")
    button.setObjectName("slow_button")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: time.sleep(SLOW))
    button.show()
    delivered: list[object] = []

    def slow_callback(result: object) -> None:
        time.sleep(SLOW)
        delivered.append(result)

    def slow_later() -> None:
        time.sleep(SLOW)

    quick = QPushButton("Vite")
    quick.setObjectName("quick_button")
    qtbot.addWidget(quick)
    quick.show()
    with SlotTimer() as timer:
        with timer.step("click the slow button"):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        with timer.step("click the quick button"):
            qtbot.mouseClick(quick, Qt.MouseButton.LeftButton)
        dashboard_ops.search(context.runner, "massé", "fr").success(slow_callback).run()
        timer.wait_until(qtbot, lambda: bool(delivered))
        QTimer.singleShot(0, slow_later)
        qtbot.wait(SLOW * 1000 + 200)
        timer.cut()
    slow = timer.slow(0.1)
    names = [piece.what for piece in slow]
    report = timer.report(0.1)
    assert any("QPushButton 'slow_button'" in name for name in names), report  # the event
    assert "step: click the slow button" in names, report
    assert any(name.startswith("op result → ") and "slow_callback" in name for name in names), report
    # The queued call: neither a step nor an op, an event of the loop.
    assert any(not name.startswith(("step:", "op result")) and "slow_button" not in name for name in names), (
        report
    )
    assert not any("quick_button" in name for name in names), report  # no false alarm
    assert all(piece.seconds >= 0.1 for piece in slow)


def test_the_walk_opens_every_area_and_types_in_the_filters_and_the_search(
    qtbot: QtBot, demo_database: Database
) -> None:
    window = app.build_window(demo_database, None, "demo")
    qtbot.addWidget(window)
    window.show()
    dialogs: list[str] = []
    with SlotTimer() as timer:
        opened = walk_main_areas(qtbot, window, timer, opened_dialogs=dialogs)
    assert opened == [area.key for area in window.areas]
    assert "PersonDialog" in dialogs and "OrganizationDialog" in dialogs  # the records' dialogs
    steps = [piece.what for piece in timer.pieces() if piece.what.startswith("step:")]
    assert "step: open persons" in steps and "step: type « m » in the filter of persons" in steps
    assert "step: type « a » in the global search" in steps
    assert any(piece.what.startswith("op result → ") for piece in timer.pieces())  # ops seen
    window.close()


def test_only_the_long_pieces_are_named_in_full(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter sees every event (1,700 to open one dialog): naming each as it came (its
    receiver's view, up the parents) was two thirds of what a dialog's opening measured. Only a
    piece of DESCRIBED_FROM or more is named in full; the others keep their event and class."""
    from tests.ui import slot_timing

    named: list[str] = []
    describe = slot_timing._describe

    def counted(receiver: object, event_type: object) -> str:
        text = describe(receiver, event_type)  # type: ignore[arg-type]
        named.append(text)
        return text

    monkeypatch.setattr(slot_timing, "_describe", counted)
    button = QPushButton("Lent")
    button.setObjectName("slow_button")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: time.sleep(SLOW))
    button.show()
    with SlotTimer() as timer:
        for _ in range(50):
            QCoreApplication.sendEvent(button, QEvent(QEvent.Type.User))  # events, each quick
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        timer.cut()
    pieces = timer.pieces()
    assert len(pieces) > 50
    assert len(named) < len(pieces) / 2, named
    assert any("QPushButton 'slow_button'" in piece.what for piece in timer.slow(0.1)), timer.report(0.1)

"""The default failure path of the ops: a read or write that fails without its own handler is
told to the user in a sentence, never as a traceback on stderr (issue 17)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.ops import persons as person_ops
from reseau.ui.ops.runner import QueryOp

Wait = Callable[[AppContext], None]


def _failure_box() -> QMessageBox | None:
    boxes = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "op_failure_box" and w.isVisible()
    ]
    return boxes[0] if boxes else None  # type: ignore[return-value]


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    widget = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_failing_query_is_told_in_a_sentence(
    qtbot: QtBot, window: MainWindow, context: AppContext, capfd: pytest.CaptureFixture[str]
) -> None:
    shown: list[object] = []
    person_ops.get_person(context.runner, 424242).success(shown.append).run()  # no such person
    qtbot.waitUntil(lambda: _failure_box() is not None, timeout=10_000)
    box = _failure_box()
    assert box is not None
    assert "424242" in box.text() and "Traceback" not in box.text()
    assert box.text() in window.statusBar().currentMessage()
    assert shown == []
    box.accept()
    assert "Traceback" not in capfd.readouterr().err


def test_an_unexpected_error_is_told_too(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    def broken(_session: object) -> None:
        raise RuntimeError("disque débranché")

    QueryOp(context.runner, broken).run()
    qtbot.waitUntil(lambda: _failure_box() is not None, timeout=10_000)
    box = _failure_box()
    assert box is not None
    assert "Erreur inattendue" in box.text() and "disque débranché" in box.text()
    box.accept()


def test_an_op_with_its_own_failure_handler_keeps_it(
    qtbot: QtBot, window: MainWindow, context: AppContext, wait_ops: Wait
) -> None:
    errors: list[BaseException] = []
    person_ops.get_person(context.runner, 424242).failure(errors.append).run()
    wait_ops(context)
    assert len(errors) == 1
    assert _failure_box() is None

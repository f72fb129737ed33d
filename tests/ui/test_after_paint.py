"""The frame first, the figures after (issue 19.3): ``ui.widgets.after_paint`` and the Tableau
de bord, which reads its board only once it has painted itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.services.database.store import Database
from reseau.ui.context import AppContext
from reseau.ui.widgets import after_paint as module
from reseau.ui.widgets.after_paint import after_paint


def test_the_callback_runs_once_after_the_widget_has_painted(qtbot: QtBot) -> None:
    widget = QLabel("cadre")
    qtbot.addWidget(widget)
    calls: list[str] = []
    after_paint(widget, lambda: calls.append("first"))
    after_paint(widget, lambda: calls.append("second"))  # still pending: the first stands
    assert calls == []  # nothing before the paint
    widget.show()
    qtbot.waitUntil(lambda: calls == ["first"])
    widget.repaint()
    QApplication.processEvents()
    assert calls == ["first"]  # once
    after_paint(widget, lambda: calls.append("again"))  # a new request after it has run
    widget.update()
    qtbot.waitUntil(lambda: calls == ["first", "again"])


def test_a_widget_that_never_paints_still_gets_its_call(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "FALLBACK_MS", 20)
    widget = QWidget()  # never shown: no paint
    qtbot.addWidget(widget)
    calls: list[int] = []
    after_paint(widget, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(50)
    assert calls == [1]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_tableau_de_bord_paints_its_frame_then_reads_the_board(
    qtbot: QtBot,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    window = build_window(demo_database, None, "test", language=language)
    qtbot.addWidget(window)
    board = window.area_widget("dashboard")
    window.show()
    # Shown, not painted yet: the day and a loading line, no query submitted.
    assert window.context.runner.is_idle()
    assert board.board is None  # type: ignore[attr-defined]
    heading = board.heading.text()  # type: ignore[attr-defined]
    assert heading.startswith("Today, " if language == "en" else "Aujourd'hui, ")
    cards = board.cards  # type: ignore[attr-defined]
    before = cards.mission.body.text()
    qtbot.waitUntil(lambda: board.board is not None)  # type: ignore[attr-defined]
    wait_ops(window.context)
    # Once read: the same cards as before the change, in the window's language.
    mission = cards.mission.body.text()
    assert mission != before and "Mission 2027" in mission and "agenda:" in mission
    network = cards.network.body.text()
    assert ("Persons: 23" if language == "en" else "Personnes : 23") in network
    assert board.heading.text() == heading  # type: ignore[attr-defined]
    follow_ups = board.follow_ups  # type: ignore[attr-defined]
    assert follow_ups.summary_label.text() != ""  # the follow-ups were read too
    window.close()
    QApplication.processEvents()

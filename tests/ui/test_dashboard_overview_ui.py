"""The Tableau de bord's cards (issue 16.6): each says something and opens its area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.db.session import Database
from reseau.ui.context import AppContext


def test_cards_show_the_next_mission_and_link_into_the_areas(
    qtbot: QtBot, demo_database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = build_window(demo_database, None, "test")
    qtbot.addWidget(window)
    window.show()
    board = window.area_widget("dashboard")
    qtbot.waitUntil(lambda: board.board is not None)  # type: ignore[attr-defined]  # read after its paint
    wait_ops(window.context)
    cards = board.cards  # type: ignore[attr-defined]
    mission = cards.mission.body.text()
    assert "Mission 2027" in mission and "Paris" in mission
    assert "Avertissements à l&#x27;agenda : " in mission and "agenda:" in mission
    network = cards.network.body.text()
    assert "Personnes : 23" in network and "au Québec" in network and "en France" in network
    assert not board.welcome.isVisible()  # type: ignore[attr-defined]

    # The agenda link opens the Agenda de mission on that mission.
    link = mission.split("href='agenda:")[1].split("'")[0]
    cards.mission.body.linkActivated.emit(f"agenda:{link}")
    wait_ops(window.context)
    agenda = window.area_widgets["agenda"]
    assert window.stack.currentWidget() is agenda
    qtbot.waitUntil(lambda: agenda.mission_id() == int(link))  # type: ignore[attr-defined]

    cards.network.body.linkActivated.emit("area:persons")
    assert window.stack.currentWidget() is window.area_widgets["persons"]
    window.close()
    QApplication.processEvents()


def test_an_empty_database_welcomes_with_what_fills_it(
    qtbot: QtBot, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    window.show()
    board = window.area_widget("dashboard")
    qtbot.waitUntil(lambda: board.board is not None)  # type: ignore[attr-defined]  # read after its paint
    wait_ops(window.context)
    welcome = board.welcome  # type: ignore[attr-defined]
    assert welcome.isVisible()
    assert [b.objectName() for b in welcome.buttons] == ["empty_demo", "empty_import", "empty_new"]
    assert "Aucune mission" in board.cards.mission.body.text()  # type: ignore[attr-defined]
    welcome.buttons[0].click()  # the demo data: the cards fill, the welcome goes
    wait_ops(window.context)
    qtbot.waitUntil(lambda: not welcome.isVisible())
    assert "Mission 2027" in board.cards.mission.body.text()  # type: ignore[attr-defined]
    window.close()
    QApplication.processEvents()

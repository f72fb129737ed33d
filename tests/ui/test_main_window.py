from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.ui.context import AppContext

EXPECTED_AREAS = [
    "Tableau de bord",
    "Personnes",
    "Organisations",
    "Échanges et stages",
    "Thèmes",
    "Journal",
    "Agenda de mission",
]


def test_navigation_lists_every_area_and_switches(qtbot: QtBot, database: Database) -> None:
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[: len(EXPECTED_AREAS)] == EXPECTED_AREAS
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentIndex() == row
    assert window.show_area("organizations") is window.stack.currentWidget()
    window.close()


def test_demo_menu_loads_the_mission(
    qtbot: QtBot, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    window.demo_action.trigger()
    wait_ops(window.context)
    with database.begin() as s:
        assert len(persons.list_persons(s)) == 23
    view = window.show_area("persons")
    qtbot.waitUntil(lambda: view.model.rowCount() == 23)  # type: ignore[attr-defined]
    assert "23 personnes" in window.statusBar().currentMessage()
    window.close()
    QApplication.processEvents()


def test_opens_on_the_dashboard_and_builds_areas_when_shown(qtbot: QtBot, database: Database) -> None:
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    assert window.navigation.currentRow() == 0
    assert list(window.area_widgets) == ["dashboard"]  # issue 4: opens on the Tableau de bord
    assert window.stack.currentWidget() is window.area_widget("dashboard")
    journal = window.area_widget("journal")  # built, not shown
    assert window.navigation.currentRow() == 0
    assert window.show_area("journal") is journal is window.stack.currentWidget()
    assert "indicators" not in window.area_widgets
    window.close()

"""The global search box: results as you type, stale answers dropped, results open records."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reseau.db.session import Database
from reseau.services.search.global_search import HitKind
from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.widgets.global_search import GlobalSearchBox

Wait = Callable[[AppContext], None]


def type_text(widget: GlobalSearchBox, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_results_appear_after_typing(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    box = GlobalSearchBox(demo_context)
    qtbot.addWidget(box)
    box.show()
    type_text(box, "massé")
    assert box.text() == "massé"  # typing is never blocked: the search has not even started
    qtbot.waitUntil(lambda: bool(box.hits()), timeout=5000)
    assert all("Mass" in h.title or "Mass" in h.detail for h in box.hits())
    assert box.results.isVisible()


def test_stale_answers_are_dropped(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    box = GlobalSearchBox(demo_context)
    qtbot.addWidget(box)
    box.show()
    box.run_search("a")  # many results, slower
    box.run_search("massé")
    wait_ops(demo_context)
    assert box.hits() and all("Mass" in h.title or "Mass" in h.detail for h in box.hits())


def test_no_result_says_so(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    box = GlobalSearchBox(demo_context)
    qtbot.addWidget(box)
    box.show()
    box.run_search('zzzq "NEAR(*')
    wait_ops(demo_context)
    assert box.hits() == []
    assert "Aucun résultat" in box.results.item(0).text()


def test_enter_opens_the_person_in_personnes(
    qtbot: QtBot, demo_context: AppContext, demo_database: Database, wait_ops: Wait
) -> None:
    window = MainWindow(demo_context, "test")
    qtbot.addWidget(window)
    window.show()
    wait_ops(demo_context)
    window.show_area("organizations")
    box = window.search_box
    box.setFocus()
    type_text(box, "masse")
    qtbot.waitUntil(lambda: bool(box.hits()), timeout=5000)
    first = box.hits()[0]
    assert first.kind == HitKind.PERSON
    QTest.keyClick(box, Qt.Key.Key_Return)
    wait_ops(demo_context)
    persons = window.area_widget("persons")
    assert window.stack.currentWidget() is persons
    assert getattr(persons.selected_row(), "id", None) == first.id  # type: ignore[attr-defined]
    assert not box.results.isVisible()

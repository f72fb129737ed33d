"""Empty states (issue 16.5): a list with no rows says why and offers what fills it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.ui.context import AppContext
from reseau.ui.widgets.empty_state import EmptyAction, EmptyStack, EmptyState


def _type(widget: QWidget, text: str) -> None:
    for ch in text:  # one key event per character: keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_the_widget_shows_a_sentence_and_its_available_actions(qtbot: QtBot) -> None:
    clicked: list[str] = []
    state = EmptyState()
    qtbot.addWidget(state)
    state.set_state(
        "Rien ici.",
        [EmptyAction("Faire", lambda: clicked.append("faire"), "do"), EmptyAction("Absent", None, "absent")],
    )
    assert state.message.text() == "Rien ici."
    assert [b.text() for b in state.buttons] == ["Faire"]  # an action not available here is hidden
    qtbot.mouseClick(state.buttons[0], Qt.MouseButton.LeftButton)
    assert clicked == ["faire"]
    state.set_state("Autre chose.")
    assert state.buttons == [] and state.message.text() == "Autre chose."


def test_stack_switches_between_content_and_empty_state(qtbot: QtBot) -> None:
    content = QPushButton("contenu")
    stack = EmptyStack(content)
    qtbot.addWidget(stack)
    stack.show_empty("Vide.")
    assert stack.is_empty_shown() and stack.empty.message.text() == "Vide."
    stack.show_content()
    assert stack.currentWidget() is content and not stack.is_empty_shown()


def _window(qtbot: QtBot, database: Database, wait: Callable[[AppContext], None]):  # type: ignore[no-untyped-def]
    window = build_window(database, None, "test")
    qtbot.addWidget(window)
    window.show()
    wait(window.context)
    return window


def test_empty_persons_list_offers_add_import_and_demo(
    qtbot: QtBot, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = _window(qtbot, database, wait_ops)
    view = window.show_area("persons")
    wait_ops(window.context)
    stack = view.table_stack  # type: ignore[attr-defined]
    assert stack.is_empty_shown()
    assert "Aucune personne" in stack.empty.message.text()
    names = [b.objectName() for b in stack.empty.buttons]
    assert names == ["empty_new", "empty_import", "empty_demo"]
    assert stack.empty.buttons[0].text() == "Ajouter une personne"

    # « Charger les données de démonstration » fills the list, and the table comes back.
    qtbot.mouseClick(stack.empty.buttons[2], Qt.MouseButton.LeftButton)
    wait_ops(window.context)
    qtbot.waitUntil(lambda: view.model.rowCount() == 23)  # type: ignore[attr-defined]
    assert not stack.is_empty_shown()
    window.close()
    QApplication.processEvents()


def test_a_filter_without_match_says_so_and_clears(
    qtbot: QtBot, demo_database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = _window(qtbot, demo_database, wait_ops)
    view = window.show_area("persons")
    wait_ops(window.context)
    view.filter_edit.setFocus()  # type: ignore[attr-defined]
    _type(view.filter_edit, "zzzé")  # type: ignore[attr-defined]
    wait_ops(window.context)
    stack = view.table_stack  # type: ignore[attr-defined]
    qtbot.waitUntil(stack.is_empty_shown)
    assert stack.empty.message.text() == "Aucun résultat pour « zzzé »."
    clear = stack.empty.button("Effacer le filtre")
    assert clear is not None
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    wait_ops(window.context)
    qtbot.waitUntil(lambda: not stack.is_empty_shown())
    assert view.filter_edit.text() == ""  # type: ignore[attr-defined]
    window.close()
    QApplication.processEvents()


def test_every_list_area_has_its_own_empty_sentence(
    qtbot: QtBot, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = _window(qtbot, database, wait_ops)
    sentences = {}
    for key, attribute in (
        ("organizations", None),
        ("exchanges", "list_view"),
        ("journal", "entries"),
    ):
        area = window.show_area(key)
        wait_ops(window.context)
        view = getattr(area, attribute) if attribute else area
        if attribute == "entries":
            view.refresh()
            wait_ops(window.context)
        assert view.table_stack.is_empty_shown(), key
        assert view.table_stack.empty.buttons, key
        sentences[key] = view.table_stack.empty.message.text()
        assert view.detail.placeholderText(), key  # the detail pane says what to do
    assert len(set(sentences.values())) == len(sentences)
    window.close()
    QApplication.processEvents()


def test_exchange_filters_hiding_everything_offer_to_clear_them(
    qtbot: QtBot, demo_database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = _window(qtbot, demo_database, wait_ops)
    area = window.show_area("exchanges")
    wait_ops(window.context)
    view = area.list_view  # type: ignore[attr-defined]
    combo = view.filter_bar.year
    combo.setCurrentIndex(combo.count() - 1)
    view.filter_edit.setText("introuvable")
    assert view.table_stack.is_empty_shown()
    clear = view.table_stack.empty.button("Effacer les filtres")
    assert clear is not None
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert not view.table_stack.is_empty_shown()
    assert combo.currentIndex() == 0 and view.filter_edit.text() == ""
    with demo_database.begin() as s:
        assert persons.list_persons(s)  # nothing was touched
    window.close()
    QApplication.processEvents()


def test_agenda_without_mission_and_duplicates_without_pair_say_so(
    qtbot: QtBot, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    from reseau.ui.io.duplicates_dialog import DuplicatesDialog

    window = _window(qtbot, database, wait_ops)
    agenda = window.show_area("agenda")
    wait_ops(window.context)
    state = agenda.grid.widget()  # type: ignore[attr-defined]
    assert state.objectName() == "agenda_empty_state"
    assert "Aucune mission" in state.message.text()
    opener = next(b for b in state.buttons if b.objectName() == "empty_exchanges")
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.area_widgets["exchanges"]

    dialog = DuplicatesDialog(window.context, window)
    wait_ops(window.context)
    assert dialog.table_stack.is_empty_shown()
    assert "Aucun doublon" in dialog.table_stack.empty.message.text()
    dialog.close()
    window.close()
    QApplication.processEvents()

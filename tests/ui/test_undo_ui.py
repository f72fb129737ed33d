"""Undo/redo from the Édition menu, driven like a user: Ctrl+Z, Ctrl+Shift+Z."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reseau.core.enums import Country
from reseau.db.models import Person
from reseau.services.persons.records import PersonInput
from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.persons.person_dialog import PersonDialog


def _names(context: AppContext) -> list[str]:
    with context.runner.database.begin() as session:
        return list(session.scalars(select(Person.last_name).order_by(Person.id)))


def test_create_edit_delete_then_undo_and_redo_from_the_keyboard(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    view = window.show_area("persons")
    wait_ops(context)
    actions = window.edit_actions
    assert not actions.undo_action.isEnabled()

    answers = iter(
        [
            PersonInput(last_name="Massé", first_name="Richard", country=Country.QUEBEC),
            PersonInput(last_name="Massé", first_name="Richard", title="Directeur", country=Country.QUEBEC),
        ]
    )
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    view.create_record()
    wait_ops(context)
    assert actions.undo_action.text() == "&Annuler « Ajouter Richard Massé »"
    view.select_id(view.model.rows()[0].id)
    view.edit(view.selected_row())
    wait_ops(context)
    assert actions.undo_action.text() == "&Annuler « Modifier Richard Massé »"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.select_id(view.model.rows()[0].id)
    view._on_delete_button_clicked()
    wait_ops(context)
    assert _names(context) == [] and view.model.rowCount() == 0

    window.activateWindow()
    window.navigation.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete
    wait_ops(context)
    assert _names(context) == ["Massé"] and view.model.rowCount() == 1  # the view refreshed
    assert window.statusBar().currentMessage() == "Annulé : Supprimer Richard Massé"
    actions.undo_action.trigger()  # undo the edit
    wait_ops(context)
    with context.runner.database.begin() as session:
        assert session.scalars(select(Person.title)).one() is None
    assert actions.redo_action.text() == "&Rétablir « Modifier Richard Massé »"
    QTest.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    wait_ops(context)
    with context.runner.database.begin() as session:
        assert session.scalars(select(Person.title)).one() == "Directeur"


def test_undo_over_a_later_change_shows_a_message_and_drops_the_entry(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    view = window.show_area("persons")
    wait_ops(context)
    monkeypatch.setattr(
        PersonDialog,
        "ask",
        classmethod(lambda cls, *a, **k: PersonInput(last_name="Roy", country=Country.QUEBEC)),
    )
    view.create_record()
    wait_ops(context)
    with context.runner.database.begin() as session:  # a colleague edits it meanwhile
        session.scalars(select(Person)).one().title = "Agente"
    window.edit_actions.undo_action.trigger()
    wait_ops(context)
    box = window.findChild(QMessageBox, "undo_failed_box")
    assert box is not None and "Ajouter Roy" in box.text() and "a changé depuis" in box.text()
    box.close()
    assert _names(context) == ["Roy"]
    assert not window.edit_actions.undo_action.isEnabled()


def test_agenda_slot_created_then_deleted_is_undone_from_the_edit_menu(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, time

    from reseau.core.enums import Activity, HalfDay
    from reseau.services.agenda.editing import SlotInput
    from reseau.ui.agenda.slot_dialog import SlotDialog

    tuesday = date(2027, 5, 11)
    window = MainWindow(demo_context, "demo")
    qtbot.addWidget(window)
    view = window.show_area("agenda")
    wait_ops(demo_context)

    def titles() -> set[str]:
        return {s.title for s in view.loaded.agenda.slots}  # type: ignore[attr-defined]

    monkeypatch.setattr(
        SlotDialog,
        "ask",
        lambda *a, **k: SlotInput(tuesday, time(18), time(19), Activity.DEBRIEF, "Bilan du mardi"),
    )
    view.grid.cell_activated.emit(tuesday, HalfDay.EVENING)  # type: ignore[attr-defined]
    wait_ops(demo_context)
    assert "Bilan du mardi" in titles()
    assert window.edit_actions.undo_action.text() == "&Annuler « Ajouter le créneau Bilan du mardi »"
    window.edit_actions.undo_action.trigger()
    wait_ops(demo_context)
    assert "Bilan du mardi" not in titles()  # the agenda reloaded on the change bus
    window.edit_actions.redo_action.trigger()
    wait_ops(demo_context)
    assert "Bilan du mardi" in titles()


def test_exchange_created_and_its_status_changed_are_undone(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    from reseau.core.enums import ExchangeKind
    from reseau.db.models import Exchange
    from reseau.services.exchanges.dtos import ExchangeInput

    window = MainWindow(context, "test")
    qtbot.addWidget(window)
    view = window.show_area("exchanges")
    wait_ops(context)
    view.list_view.save(None, ExchangeInput(kind=ExchangeKind.MISSION, title="Mission 2026"), None)  # type: ignore[attr-defined]
    wait_ops(context)
    assert window.edit_actions.undo_action.text() == "&Annuler « Ajouter Mission 2026 »"
    window.edit_actions.undo_action.trigger()
    wait_ops(context)
    with context.runner.database.begin() as session:
        assert session.scalars(select(Exchange)).all() == []
    window.edit_actions.redo_action.trigger()
    wait_ops(context)
    with context.runner.database.begin() as session:
        assert session.scalars(select(Exchange.title)).all() == ["Mission 2026"]

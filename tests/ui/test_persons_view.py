from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import ContactKind
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.ui.context import AppContext
from reseau.ui.organizations.view import OrganizationsView
from reseau.ui.persons.person_dialog import PersonDialog
from reseau.ui.persons.view import PersonsView
from tests.ui.typing import type_text

Wait = Callable[[AppContext], None]


def _drive_person_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, first: str, last: str, email: str = ""
) -> None:
    """Replace exec() by typing into the real dialog and clicking Enregistrer."""

    def fake_exec(dialog: PersonDialog) -> int:
        type_text(dialog.ui.first_name, first)
        type_text(dialog.ui.last_name, last)
        if email:
            type_text(dialog.contacts.first_row(ContactKind.EMAIL).value, email)
        button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fake_exec)


def test_create_a_person_through_the_dialog(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
) -> None:
    view = PersonsView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    _drive_person_dialog(qtbot, monkeypatch, "Anne-Marie", "Grenier", "am.grenier@exemple.qc.ca")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    wait_ops(context)
    with database.begin() as s:
        (row,) = persons.list_persons(s)
    assert row.name == "Anne-Marie Grenier"
    assert row.email == "am.grenier@exemple.qc.ca"
    assert view.model.rowCount() == 1
    selected = view.selected_row()
    assert selected is not None and selected.id == row.id
    qtbot.waitUntil(lambda: "Grenier" in view.detail.toPlainText())


def test_filter_ignores_accents(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    assert view.proxy.rowCount() == 23
    type_text(view.filter_edit, "masse")
    wait_ops(demo_context)  # the database filters, off the GUI thread
    names = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert names == {"Massé"}
    view.filter_edit.clear()
    type_text(view.filter_edit, "MASS")
    wait_ops(demo_context)
    names = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert names == {"Massé", "Massicotte"}
    view.filter_edit.clear()
    type_text(view.filter_edit, "réal")
    wait_ops(demo_context)
    assert view.proxy.rowCount() == 2  # Réal Boisvert, Réal Morin


def test_sorting_by_organization(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    wait_ops(demo_context)  # the database sorts
    orgs = [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    non_empty = [o for o in orgs if o]
    assert non_empty[0].startswith("Agence")


def test_delete_asks_for_confirmation(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    demo_context: AppContext,
    demo_database: Database,
    wait_ops: Wait,
) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    type_text(view.filter_edit, "trickey")
    wait_ops(demo_context)
    view.table.selectRow(0)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    wait_ops(demo_context)
    with demo_database.begin() as s:
        assert any(r.last_name == "Trickey" for r in persons.list_persons(s))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    wait_ops(demo_context)
    with demo_database.begin() as s:
        assert not any(r.last_name == "Trickey" for r in persons.list_persons(s))
    assert view.proxy.rowCount() == 0


def test_organization_detail_shows_parent_and_members(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = OrganizationsView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    type_text(view.filter_edit, "gironde")
    wait_ops(demo_context)
    assert view.proxy.rowCount() == 1
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: "Relève de" in view.detail.toPlainText())
    assert "Caisse nationale des allocations familiales" in view.detail.toPlainText()
    view.filter_edit.clear()
    type_text(view.filter_edit, "INSPQ")
    wait_ops(demo_context)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: "Richard Massé" in view.detail.toPlainText())

"""The lazy Personnes and Organisations tables: database sort and filter, pages on demand,
selection kept after a save."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from reseau.services.demo.generate import generate
from reseau.services.persons.records import PersonInput
from reseau.ui.context import AppContext
from reseau.ui.organizations.view import OrganizationsView
from reseau.ui.persons.person_dialog import PersonDialog
from reseau.ui.persons.view import PersonsView
from reseau.ui.widgets.lazy_row_model import PAGE_SIZE

Wait = Callable[[AppContext], None]


def type_text(widget: QLineEdit, text: str) -> None:
    for ch in text:  # keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def shown_names(view: PersonsView) -> list[str]:
    model = view.lazy_model
    return [f"{model.index(r, 1).data()} {model.index(r, 0).data()}" for r in range(model.rowCount())]


def test_filter_finds_accented_names_typed_without_accents(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    everyone = view.lazy_model.rowCount()
    assert everyone > 5
    type_text(view.filter_edit, "masse")
    wait_ops(demo_context)
    names = shown_names(view)
    assert names and all("Massé" in n for n in names)
    view.filter_edit.clear()
    wait_ops(demo_context)
    assert view.lazy_model.rowCount() == everyone


def test_header_click_sorts_in_the_database(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # Prénom, Z to A
    wait_ops(demo_context)
    firsts = [view.lazy_model.index(r, 1).data() for r in range(view.lazy_model.rowCount())]
    assert firsts[0] >= firsts[-1]
    assert firsts == sorted(firsts, key=lambda f: f.lower(), reverse=True)


def test_rows_come_page_by_page(qtbot: QtBot, context: AppContext, wait_ops: Wait) -> None:
    with context.runner.database.begin() as session:
        generate(session, persons=3 * PAGE_SIZE, organizations=5, entries=0)
    view = PersonsView(context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(context)
    model = view.lazy_model
    assert model.rowCount() == 3 * PAGE_SIZE
    assert model.loaded_pages() == 1  # only the first page was read with the ids
    last = 3 * PAGE_SIZE - 1
    assert model.index(last, 0).data() is None  # asks for the page, shows blank meanwhile
    wait_ops(context)
    assert model.index(last, 0).data()
    assert model.loaded_pages() == 2


def test_new_person_is_selected_after_save(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    monkeypatch.setattr(
        PersonDialog,
        "ask",
        classmethod(lambda cls, *a, **k: PersonInput(last_name="Zyx", first_name="Émile")),
    )
    view.create_record()
    wait_ops(demo_context)
    row = view.selected_row()
    assert row is not None and row.name == "Émile Zyx"
    wait_ops(demo_context)
    assert "Zyx" in view.detail.toPlainText()


def test_reveal_clears_a_filter_that_hides_the_record(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    target = view.lazy_model.ids()[-1]
    type_text(view.filter_edit, "masse")
    wait_ops(demo_context)
    assert target not in view.lazy_model.ids()
    view.reveal(target)
    wait_ops(demo_context)
    assert view.filter_edit.text() == ""
    assert getattr(view.selected_row(), "id", None) == target


def test_organizations_filter_uses_the_search(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = OrganizationsView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    everyone = view.lazy_model.rowCount()
    type_text(view.filter_edit, "quebec")
    wait_ops(demo_context)
    assert 0 < view.lazy_model.rowCount() < everyone


def test_a_hidden_view_queries_when_shown(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    view = PersonsView(demo_context, parent)
    view.hide()
    wait_ops(demo_context)
    assert view.lazy_model.rowCount() == 0  # nothing read while hidden in a window on screen
    view.show()
    wait_ops(demo_context)
    assert view.lazy_model.rowCount() > 0

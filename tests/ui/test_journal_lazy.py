"""The Journal's entries table is lazy: the database filters and sorts, newest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reseau.services.journal import entries as journal
from reseau.ui.context import AppContext
from reseau.ui.journal.view import JournalEntriesView
from tests.ui.test_lazy_tables import type_text

Wait = Callable[[AppContext], None]


def test_entries_newest_first_and_filtered_by_the_database(
    qtbot: QtBot, demo_context: AppContext, demo_database: object, wait_ops: Wait
) -> None:
    view = JournalEntriesView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    with demo_context.runner.database.begin() as s:  # type: ignore[attr-defined]
        entries = journal.list_entries(s)
    assert len(entries) > 1
    assert view.lazy_model.ids() == [e.id for e in entries]  # newest first, like before
    first = entries[0]
    name = first.persons[0].name if first.persons else first.organizations[0].name
    type_text(view.filter_edit, name.split()[-1])
    wait_ops(demo_context)
    shown = view.lazy_model.ids()
    assert first.id in shown
    assert len(shown) < len(entries)
    # The Date column sorted ascending: oldest first, sorted by the database.
    view.filter_edit.clear()
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_ops(demo_context)
    assert view.lazy_model.ids() == [e.id for e in reversed(entries)]


def test_hidden_tabs_read_when_first_shown(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    from reseau.ui.journal.view import JournalView

    view = JournalView(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    assert not any(m.rowCount() for m in view.follow_ups.models.values())
    assert view.network.network is None
    view.tabs.setCurrentWidget(view.follow_ups)
    wait_ops(demo_context)
    assert any(m.rowCount() for m in view.follow_ups.models.values())
    view.tabs.setCurrentWidget(view.network)
    wait_ops(demo_context)
    assert view.network.network is not None and view.network.network.nodes

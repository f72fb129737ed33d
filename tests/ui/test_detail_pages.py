"""The exchange, theme and journal panes read a page DTO on a reader thread and build their HTML
on the GUI thread, from the page alone (no session, no ORM row), as the person pane does."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reseau.services.exchanges.page import ExchangePage
from reseau.services.journal.page import JournalEntryPage
from reseau.services.themes.page import ThemePage
from reseau.ui.context import AppContext
from reseau.ui.exchanges.list_view import ExchangesListView
from reseau.ui.journal.view import JournalEntriesView
from reseau.ui.themes.view import ThemesListView
from reseau.ui.widgets.record_list_view import RecordListView

Wait = Callable[[AppContext], None]


@pytest.mark.parametrize(
    ("view_class", "page_class", "heading"),
    [
        (ExchangesListView, ExchangePage, lambda page: page.detail.data.title),
        (ThemesListView, ThemePage, lambda page: page.detail.data.title),
        (JournalEntriesView, JournalEntryPage, lambda page: page.entry.occurred_on.isoformat()),
    ],
)
def test_the_pane_renders_a_page_on_the_gui_thread(
    qtbot: QtBot,
    demo_context: AppContext,
    wait_ops: Wait,
    view_class: type[RecordListView[Any]],
    page_class: type,
    heading: Callable[[Any], str],
) -> None:
    seen: dict[str, Any] = {}

    class Watched(view_class):  # type: ignore[valid-type, misc]
        def load_detail(self, session: Any, row: Any) -> Any:
            page = super().load_detail(session, row)
            seen["loaded on"] = threading.current_thread()
            return page

        def render_detail(self, page: Any) -> str:
            seen["page"] = page
            seen["rendered on"] = threading.current_thread()
            return super().render_detail(page)

    view = Watched(demo_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    view.table.selectRow(0)
    wait_ops(demo_context)
    assert seen["loaded on"] is not threading.main_thread()  # read with a session, off the GUI
    assert seen["rendered on"] is threading.main_thread()
    page = seen["page"]
    assert type(page) is page_class
    text = view.detail.toPlainText()
    assert heading(page) in text
    # The HTML is a function of the page alone: with the runner stopped (no session can be
    # opened any more), the same page renders the same pane.
    demo_context.runner.shutdown()
    view.detail.clear()
    view.detail.setHtml(view.render_detail(page))
    assert view.detail.toPlainText() == text


@pytest.mark.parametrize(
    ("view_class", "english_words", "french_words"),
    [
        (
            ExchangesListView,
            ["Status", "Attached documents", "Status history"],
            ["Statut", "Documents joints"],
        ),
        (ThemesListView, ["Status", "Persons", "Organizations"], ["Statut", "Personnes", "Organisations"]),
        (JournalEntriesView, ["Persons", "Themes"], ["Personnes", "Thèmes"]),
    ],
)
def test_the_pane_speaks_english_in_english(
    qtbot: QtBot,
    english: None,
    demo_context: AppContext,
    wait_ops: Wait,
    view_class: type[RecordListView[Any]],
    english_words: list[str],
    french_words: list[str],
) -> None:
    """Rendered from the page on the GUI thread, the pane speaks the UI's language: no French
    heading is left in the English UI."""
    view = view_class(dataclasses.replace(demo_context, language="en"))
    qtbot.addWidget(view)
    view.show()
    wait_ops(demo_context)
    view.table.selectRow(0)
    wait_ops(demo_context)
    text = view.detail.toPlainText()
    assert all(word in text for word in english_words), text
    assert not any(word in text for word in french_words), text

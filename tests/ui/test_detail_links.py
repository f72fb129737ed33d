"""Links in the person and organization panes open the record they name in its area."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.db.session import Database
from reseau.services.exchanges import records as exchanges
from reseau.ui.context import AppContext

# The demo data is typeset (core.typography): no-break spaces.
MISSION_2005 = "Mission exploratoire\u00a0: «\u00a0Le développement social local en France\u00a0»"


def test_exchange_link_in_a_person_pane_opens_the_exchange(
    qtbot: QtBot, demo_database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = build_window(demo_database, None, "test")
    qtbot.addWidget(window)
    with demo_database.begin() as s:
        mission = next(r for r in exchanges.list_exchanges(s) if r.title == MISSION_2005)
    persons = window.show_area("persons")
    wait_ops(window.context)
    persons.on_link(f"exchange:{mission.id}")  # type: ignore[attr-defined]
    wait_ops(window.context)
    view = window.show_area("exchanges")
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.list_view.selected_row() is not None)  # type: ignore[attr-defined]
    assert view.list_view.selected_row().id == mission.id  # type: ignore[attr-defined]
    organizations = window.show_area("organizations")
    window.show_area("persons")
    organizations.on_link(f"exchange:{mission.id}")  # type: ignore[attr-defined]
    wait_ops(window.context)
    assert window.stack.currentWidget() is view
    window.close()

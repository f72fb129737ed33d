"""The Navigator on AppContext: views open a record of another area through it, not through
their window; without a window nothing opens."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from reseau.app import build_window
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.ui.context import AppContext
from reseau.ui.navigator import Link, Navigator
from reseau.ui.organizations.view import OrganizationsView

Wait = Callable[[AppContext], None]


def test_links_are_read_in_one_place() -> None:
    assert Link.parse("person:12") == Link("person", 12)
    assert Link.parse("log-entry:") == Link("log-entry", None)
    assert Link.parse("attachment-remove:3") == Link("attachment-remove", 3)


def test_without_a_window_nothing_opens() -> None:
    navigator = Navigator()
    assert not navigator.open_person(1)
    assert not navigator.open_link("organization:1")


def test_open_person_shows_the_persons_area_with_the_person_selected(
    qtbot: QtBot, demo_database: Database, wait_ops: Wait
) -> None:
    window = build_window(demo_database, None, "test")
    qtbot.addWidget(window)
    with demo_database.begin() as s:
        target = persons.list_persons(s)[5]
    assert window.context.navigator.open_person(target.id)
    view = window.area_widget("persons")
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.selected_row() is not None, timeout=10_000)  # type: ignore[attr-defined]
    assert view.selected_row().id == target.id  # type: ignore[attr-defined]
    window.close()


def test_a_person_link_in_an_organization_pane_goes_through_the_navigator(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    opened: list[int] = []
    demo_context.navigator.open_person = lambda ident: opened.append(ident) or True  # type: ignore[method-assign]
    view = OrganizationsView(demo_context)
    qtbot.addWidget(view)
    view.on_link("person:7")
    assert opened == [7]
    assert not view.context.navigator.open_link("attachment:1")  # a view's own kind of link

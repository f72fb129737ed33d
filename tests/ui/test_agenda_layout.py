"""The agenda's layout (issue 16.4): the whole mission week in view at 1440 px, wide cards on
demand, and an unplanned mission's grid at full height with a hint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from reseau.core.enums import ExchangeKind, ExchangeStatus, HalfDay
from reseau.db.session import Database
from reseau.services.exchanges.dtos import ExchangeInput
from reseau.services.exchanges.records import add_exchange
from reseau.ui.agenda.grid import CARD_WIDTH, ROW_MIN_HEIGHT
from reseau.ui.agenda.view import AgendaView
from reseau.ui.context import AppContext

Wait = Callable[[AppContext], None]


def test_the_whole_mission_week_shows_at_1440_px(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = AgendaView(demo_context)
    qtbot.addWidget(view)
    view.resize(1440 - 230, 800)  # a 1440 px window, less the navigation list
    view.show()
    wait_ops(demo_context)
    assert view.fit_week_button.isChecked()  # the default
    grid = view.grid
    qtbot.waitUntil(lambda: grid.widget().width() <= grid.viewport().width())  # no horizontal scroll
    assert view.loaded is not None
    assert {day for day, _half in grid.cells} == set(view.loaded.agenda.days())

    view.fit_week_button.click()  # wide cards: the grid scrolls sideways again
    assert all(cell.minimumWidth() == CARD_WIDTH + 12 for cell in grid.cells.values())
    qtbot.waitUntil(lambda: grid.widget().width() > grid.viewport().width())
    view.close()


def test_an_unplanned_mission_shows_a_full_grid_and_a_hint(
    qtbot: QtBot, demo_context: AppContext, demo_database: Database, wait_ops: Wait
) -> None:
    with demo_database.begin() as s:
        ident = add_exchange(
            s,
            ExchangeInput(
                ExchangeKind.MISSION,
                "Mission vide",
                ExchangeStatus.PLANNED,
                date(2028, 6, 5),
                date(2028, 6, 9),
            ),
        ).value
    view = AgendaView(demo_context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    wait_ops(demo_context)
    assert view.select_id(ident)
    wait_ops(demo_context)
    grid = view.grid
    qtbot.waitUntil(lambda: grid.hint is not None)
    assert grid.hint is not None and "Aucun créneau" in grid.hint.text()
    cell = grid.cells[(date(2028, 6, 5), HalfDay.MORNING)]
    qtbot.waitUntil(lambda: cell.height() >= ROW_MIN_HEIGHT)
    view.close()


def test_timeline_year_picker_reaches_2005_at_once_and_keeps_labels_inside(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from reseau.ui.exchanges.view import ExchangesView

    view = ExchangesView(demo_context)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.tabs.setCurrentIndex(1)
    wait_ops(demo_context)
    page = view.timeline_page
    page.year_picker.setValue(2005)  # one step, not 21 clicks on « Année précédente »
    assert page.timeline.first_year == 2005
    assert page.years_label.text() == "<b>2005 – 2006</b>"
    assert page.timeline.shown_count() == 1
    page.next_button.click()
    assert page.year_picker.value() == 2006  # the picker follows the buttons

    # The 2027 mission starts in May of the second year: its long title ends inside the widget.
    page.year_picker.setValue(2026)
    QApplication.processEvents()
    timeline = page.timeline
    metrics = QFontMetrics(timeline.font())
    outside = [b for b in timeline.bars if timeline._text_outside(b.row, b.rect.width(), metrics)]
    assert any("2027" in b.row.title for b in outside)
    for bar in outside:
        target, _text, _align = timeline._outside(bar.rect, timeline._text(bar.row), metrics)
        assert target.left() >= 0 and target.right() <= timeline.width(), bar.row.title
    view.close()

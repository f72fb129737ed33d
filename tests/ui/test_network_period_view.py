"""The Réseau tab opens on the last 12 months, says when a cap or a period applies, remembers
the period for the run."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from reseau.services.journal.network import PeriodChoice
from reseau.ui.context import AppContext
from reseau.ui.journal.network_view import NetworkView

Wait = Callable[[AppContext], None]
# The demo's mission was in September 2005; the agenda's draft mission is in May 2027.
TODAY = date(2005, 12, 1)


def _view(qtbot: QtBot, context: AppContext, wait_ops: Wait, **kwargs: object) -> NetworkView:
    view = NetworkView(context, today=lambda: TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    wait_ops(context)
    return view


def _labels(view: NetworkView) -> set[str]:
    assert view.network is not None
    return {n.label for n in view.network.nodes}


def test_a_small_network_opens_whole(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    assert not demo_context.large
    assert view.period() == PeriodChoice.ALL and view.limit_label.isHidden()
    assert "Alice Herskovitch" in _labels(view)


def test_a_large_network_opens_on_the_last_12_months_and_says_so(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    demo_context = dataclasses.replace(demo_context, large=True)
    view = _view(qtbot, demo_context, wait_ops)
    assert view.period() == PeriodChoice.LAST_12_MONTHS
    assert view.period_combo.currentText() == "12 derniers mois"
    assert view.filters().start == date(2004, 12, 1)
    assert not view.start_edit.isVisibleTo(view)  # the dates are for "Du… au…" only
    assert view.network is not None and view.network.nodes
    assert "Alice Herskovitch" in _labels(view)
    assert not view.limit_label.isHidden()
    assert "12 derniers mois" in view.limit_label.text()
    # One year later, the 2005 mission is out of the default period.
    later = NetworkView(demo_context, today=lambda: date(2007, 1, 1))
    qtbot.addWidget(later)
    wait_ops(demo_context)
    assert "Alice Herskovitch" not in _labels(later)
    later.period_combo.setCurrentIndex(later.period_combo.findData(PeriodChoice.ALL))
    wait_ops(demo_context)
    assert "Alice Herskovitch" in _labels(later)
    assert later.limit_label.isHidden()  # everything is drawn: nothing to say


def test_the_cap_is_said_above_the_drawing(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = _view(qtbot, demo_context, wait_ops, max_nodes=5)
    assert view.network is not None and view.network.capped
    assert len(view.network.nodes) <= 5
    text = view.limit_label.text()
    assert not view.limit_label.isHidden()
    assert f"{view.network.persons} personnes sur {view.network.total_persons} affichées" in text
    assert "précisez la période ou le thème" in text


def test_the_period_is_remembered_in_the_run(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    first = _view(qtbot, demo_context, wait_ops)
    first.period_combo.setCurrentIndex(first.period_combo.findData(PeriodChoice.CUSTOM))
    assert first.start_edit.isVisibleTo(first)
    first.start_edit.setDate(first.start_edit.date().addYears(-3))
    wait_ops(demo_context)
    second = _view(qtbot, demo_context, wait_ops)
    assert second.period() == PeriodChoice.CUSTOM
    assert second.start_edit.date() == first.start_edit.date()
    assert second.filters() == first.filters()


def test_cap_label_in_english(english: None, qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    context = dataclasses.replace(demo_context, language="en", large=True)
    view = _view(qtbot, context, wait_ops, max_nodes=5)
    assert view.period_combo.currentText() == "Last 12 months"
    text = view.limit_label.text()
    assert "people of" in text and "shown" in text and "personnes" not in text
    assert view.network is not None
    assert text.startswith(f"{view.network.persons} people of {view.network.total_persons} shown")

"""The Indicateurs view on the demo data: charts, filters, plain messages, exports and PDF actions."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from reseau.core.enums import ExchangeKind
from reseau.ui.areas import all_areas
from reseau.ui.context import AppContext
from reseau.ui.i18n import format_date
from reseau.ui.indicators import report_actions
from reseau.ui.indicators.chart_panel import ChartPanel
from reseau.ui.indicators.view import IndicatorsView

Wait = Callable[[AppContext], None]


@pytest.fixture
def view(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> IndicatorsView:
    """The view on every year ("Tout afficher"): it opens on the current year."""
    widget = IndicatorsView(demo_context, today=lambda: date(2006, 6, 1))
    qtbot.addWidget(widget)
    wait_ops(demo_context)
    widget.ui.reset_button.click()
    wait_ops(demo_context)
    return widget


@pytest.fixture
def settle(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> Callable[[IndicatorsView], None]:
    """Wait for the filters' debounce, then for the query."""

    def wait(view: IndicatorsView) -> None:
        qtbot.waitUntil(lambda: not view.has_pending_refresh(), timeout=5_000)
        wait_ops(demo_context)

    return wait


def panel(view: IndicatorsView, key: str) -> ChartPanel:
    return next(p for p in view.panels if p.spec.key == key)


def test_the_area_comes_after_the_agenda() -> None:
    keys = [a.key for a in all_areas()]
    assert keys.index("indicators") == keys.index("agenda") + 1


def test_charts_show_the_demo_figures(view: IndicatorsView) -> None:
    assert view.indicators is not None
    kinds = view.indicators.exchanges_by_kind
    assert kinds.as_dict() == {
        ("2005", "mission (délégation)"): 1,
        ("2027", "mission (délégation)"): 1,  # the agenda's draft for the next mission
        ("sans date", "stage"): 1,
    }
    assert view.indicators.objectives.total == 4
    assert panel(view, "exchanges_kind").canvas is not None
    assert panel(view, "exchanges_kind").export_button.isEnabled()
    assert panel(view, "journal_month").export_button.isEnabled()  # the demo's journal entries
    assert view.ui.message.isHidden()
    # The theme filter lists the report's 24 themes after "all".
    assert view.ui.theme.count() == 25


def test_a_filter_matching_nothing_says_so(
    view: IndicatorsView, settle: Callable[[IndicatorsView], None]
) -> None:
    view.ui.kind.setCurrentIndex(view.ui.kind.findData(ExchangeKind.CONTENT))
    view.ui.use_period.setChecked(True)
    settle(view)
    assert not view.ui.message.isHidden()
    assert "Aucune donnée ne correspond à ces filtres" in view.ui.message.text()
    assert not view.ui.export_all_button.isEnabled()
    view.ui.reset_button.click()
    settle(view)
    assert view.ui.message.isHidden()


def test_an_empty_period_says_so(view: IndicatorsView, settle: Callable[[IndicatorsView], None]) -> None:
    view.ui.use_period.setChecked(True)
    view.ui.start_date.setDate(QDate(2006, 5, 1))
    view.ui.end_date.setDate(QDate(2005, 1, 1))
    settle(view)
    assert "La période est vide" in view.ui.message.text()
    assert format_date(date(2006, 5, 1)) in view.ui.message.text()  # in the UI's locale
    assert view.indicators is not None and view.indicators.filters.empty_period


def test_export_one_chart_as_csv_and_all_as_xlsx(
    view: IndicatorsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chart = panel(view, "exchanges_kind")
    monkeypatch.setattr(chart, "ask_path", lambda kind: tmp_path / f"kinds.{kind}")
    path = chart.export("csv")
    assert path is not None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [
        ["Année", "mission (délégation)", "stage"],
        ["2005", "1", "0"],
        ["2027", "1", "0"],
        ["sans date", "0", "1"],
    ]
    monkeypatch.setattr(view, "ask_workbook_path", lambda: tmp_path / "all.xlsx")
    view.ui.export_all_button.click()
    book = load_workbook(tmp_path / "all.xlsx")
    assert "Échanges par année et par type" in book.sheetnames
    assert "Entrées du journal par mois" in book.sheetnames
    sheet = book["Objectifs par évaluation"]
    assert [c.value for c in sheet[1]] == ["Évaluation", "Objectifs"]
    assert "exporté" in view.ui.message.text()


def test_pdf_actions(
    view: IndicatorsView,
    demo_context: AppContext,
    wait_ops: Wait,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(report_actions, "ask_year", lambda _parent, _default: 2005)
    monkeypatch.setattr(report_actions, "ask_pdf_path", lambda _parent, name: tmp_path / name)
    monkeypatch.setattr(
        report_actions,
        "ask_mission",
        lambda _parent, missions: next(m for m in missions if "2005" in str(m.dates)),
    )
    monkeypatch.setattr(report_actions, "ask_folder", lambda _parent: tmp_path / "fiches")
    view.ui.annual_button.click()
    wait_ops(demo_context)
    annual = tmp_path / "bilan-annuel-2005.pdf"
    first_page = " ".join(PdfReader(annual).pages[0].extract_text().split())
    assert "Bilan annuel 2005" in first_page
    assert "produit le 01/06/2006" in first_page  # the view's today
    assert "Bilan annuel 2005 écrit dans" in view.ui.message.text()
    view.ui.mission_button.click()
    wait_ops(demo_context)
    assert len(list(tmp_path.glob("bilan-mission-exploratoire*.pdf"))) == 1
    view.ui.delegates_button.click()
    wait_ops(demo_context)
    assert len(list((tmp_path / "fiches").glob("*.pdf"))) == 20  # 19 delegates and the coordinator
    assert "20 fiche(s)" in view.ui.message.text()


def test_charts_and_their_figures_in_english(
    english: None, qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, tmp_path: Path
) -> None:
    context = dataclasses.replace(demo_context, language="en")  # as the app sets it
    view = IndicatorsView(context, today=lambda: date(2006, 6, 1))
    qtbot.addWidget(view)
    wait_ops(context)
    view.ui.reset_button.click()  # every year
    wait_ops(context)
    kinds = panel(view, "exchanges_kind")
    assert kinds.title() == "Exchanges by year and kind"
    headers, rows = kinds.table().headers, kinds.table().rows
    assert headers[0] == "Year" and "mission (delegation)" in headers
    assert "undated" in [r[0] for r in rows] and "sans date" not in [r[0] for r in rows]
    country = panel(view, "contacts_country").table()
    assert list(country.headers) == ["Country", "Persons", "Organizations"]
    view.resize(1200, 900)
    assert view.grab().save(str(tmp_path / "indicators_en.png"))  # its own folder, nothing outside


def test_a_small_network_opens_on_every_year(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = IndicatorsView(demo_context, today=lambda: date(2026, 11, 25))
    qtbot.addWidget(view)
    wait_ops(demo_context)
    assert not view.ui.use_period.isChecked()
    assert view.indicators is not None
    assert ("2005", "mission (délégation)") in view.indicators.exchanges_by_kind.as_dict()


def test_opens_on_the_current_year_and_remembers_the_period_in_the_run(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, settle: Callable[[IndicatorsView], None]
) -> None:
    demo_context = dataclasses.replace(demo_context, large=True)  # services.scale said so
    first = IndicatorsView(demo_context, today=lambda: date(2006, 6, 1))
    qtbot.addWidget(first)
    wait_ops(demo_context)
    assert first.ui.use_period.isChecked() and first.ui.start_date.isEnabled()
    assert first.indicators is not None
    assert (first.indicators.filters.start, first.indicators.filters.end) == (
        date(2006, 1, 1),
        date(2006, 6, 1),
    )
    # 2005's mission is outside the default period; every year has it.
    assert ("2005", "mission (délégation)") not in first.indicators.exchanges_by_kind.as_dict()
    first.ui.start_date.setDate(QDate(2005, 1, 1))
    settle(first)
    assert ("2005", "mission (délégation)") in first.indicators.exchanges_by_kind.as_dict()
    second = IndicatorsView(demo_context, today=lambda: date(2006, 6, 1))  # same run: same period
    qtbot.addWidget(second)
    wait_ops(demo_context)
    assert second.ui.use_period.isChecked()
    assert second.filters().start == date(2005, 1, 1)
    second.ui.reset_button.click()
    wait_ops(demo_context)
    third = IndicatorsView(demo_context, today=lambda: date(2006, 6, 1))
    qtbot.addWidget(third)
    wait_ops(demo_context)
    assert not third.ui.use_period.isChecked() and third.filters().start is None


def test_charts_are_painted_without_matplotlib_and_the_months_are_the_table(
    qtbot: QtBot, view: IndicatorsView
) -> None:
    """Issue 19.5: the view's charts are painted with QPainter (matplotlib took most of the
    opening); those on screen are painted, the months' bars are the table's counts."""
    import sys

    view.resize(1200, 700)
    view.show()
    canvases = [p.canvas for p in view.panels]
    assert all(canvas is not None for canvas in canvases)

    def on_screen(canvas: object) -> bool:
        return not canvas.visibleRegion().isEmpty()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: all(c.drawn for c in canvases if on_screen(c)))  # type: ignore[union-attr]
    assert "matplotlib" not in {type(c).__module__.split(".")[0] for c in canvases}
    for module in ("reseau.ui.indicators.view", "reseau.ui.indicators.chart_panel"):
        assert "matplotlib" not in vars(sys.modules[module])
    bar = view.ui.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = canvases[-1]
    qtbot.waitUntil(lambda: last.drawn)  # type: ignore[union-attr]  # scrolled into view: painted
    months = panel(view, "journal_month").canvas
    assert months is not None
    view.ui.scroll_area.ensureWidgetVisible(months)
    qtbot.waitUntil(lambda: months.drawn)
    geometry = months.geometry_now()
    assert geometry.plot.right() <= months.width() and geometry.plot.bottom() <= months.height()
    # The same figures as the table of the chart: one bar per month, as tall as its count.
    rows = panel(view, "journal_month").table().rows
    assert [b.value for b in geometry.bars] == [row[1] for row in rows]
    assert [b.row for b in geometry.bars] == [row[0] for row in rows]
    tallest = max(b.value for b in geometry.bars)
    unit = max(b.rect.height() for b in geometry.bars) / tallest
    assert all(abs(b.rect.height() - b.value * unit) < 1e-6 for b in geometry.bars)
    # Named for a screen reader: the title, and the figures in words.
    assert months.accessibleName() == "Entrées du journal par mois"
    busiest = next(row for row in rows if row[1] == tallest)
    assert f"{busiest[0]} : {tallest}" in months.accessibleDescription()

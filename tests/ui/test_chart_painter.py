"""The Indicateurs charts painted with QPainter (issue 19.5): the geometry of each of the five
styles checked without pixels (bars as long as their counts, labels, legend, nothing outside the
chart), then the widget: painted, named for a screen reader, tooltips, both languages."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reseau.reports.chart_specs import (
    BALANCE_AXIS,
    FRANCE_COLOUR,
    FRANCE_LIGHT,
    PALETTE,
    QUEBEC_COLOUR,
    QUEBEC_LIGHT,
    ChartSpec,
    short,
    spec,
    word,
)
from reseau.services.indicators.figures import CrossCount, IndicatorFilters, Indicators
from reseau.ui.context import AppContext
from reseau.ui.indicators import chart_painter
from reseau.ui.indicators.chart_painter import Geometry, Ink, Metrics, layout, nice_step, paint, tick_values
from reseau.ui.indicators.chart_panel import ChartCanvas, ChartPanel
from reseau.ui.indicators.view import IndicatorsView

# Text as wide as 6 pixels a character, lines 12 pixels tall: the geometry needs no font.
METRICS = Metrics(lambda text: 6.0 * len(text), 12.0)
SIZE = QRectF(0, 0, 560, 320)
LONG = "T13 Les responsabilités « sociales » des entreprises et des organismes publics"

Layout = Callable[[ChartSpec, CrossCount, QRectF, Metrics], Geometry]


def data(rows: list[str], columns: list[str], values: list[list[int]]) -> CrossCount:
    return CrossCount(tuple(rows), tuple(columns), tuple(tuple(v) for v in values))


def inside(geometry: Geometry, size: QRectF = SIZE) -> None:
    """Nothing drawn outside the chart: bars, labels (slanted ones too), legend."""
    room = size.adjusted(-0.5, -0.5, 0.5, 0.5)

    def within(rect: QRectF) -> bool:  # corners, so that a bar of 0 counts inside too
        return room.contains(rect.topLeft()) and room.contains(rect.bottomRight())

    for bar in geometry.bars:
        assert within(bar.rect), bar
    for label in geometry.labels():
        assert within(label.area()), label
    for entry in geometry.legend:
        assert within(entry.swatch)


def no_overlap(labels: tuple[chart_painter.Label, ...]) -> None:
    areas = [label.area() for label in labels if not label.angle]
    for i, a in enumerate(areas):
        for b in areas[i + 1 :]:
            common = a.intersected(b)
            assert common.width() < 0.01 or common.height() < 0.01, (a, b)


def proportional(bars: tuple[chart_painter.Bar, ...], length: Callable[[QRectF], float]) -> float:
    """Every bar's length is its count times one same scale; the scale."""
    counted = [b for b in bars if b.value]
    scale = length(counted[0].rect) / counted[0].value
    for bar in bars:
        assert length(bar.rect) == pytest.approx(bar.value * scale, abs=1e-6), bar
    return scale


def test_integer_ticks_of_one_two_or_five() -> None:
    assert nice_step(1.05) == 1 and tick_values(1.05) == [0, 1]
    assert nice_step(21) == 5 and tick_values(21) == [0, 5, 10, 15, 20]
    assert nice_step(160) == 50
    assert nice_step(1_300) == 500
    assert all(len(tick_values(top)) <= 7 for top in (1, 3, 7, 12, 99, 101, 4_999, 123_456))


def test_stacked_one_column_of_bars_per_row_as_tall_as_its_counts() -> None:
    chart = spec("exchanges_kind")
    counts = data(["2005", "2006", "sans date"], ["mission", "stage"], [[3, 1], [0, 2], [1, 0]])
    geometry = layout(chart, counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 6
    proportional(geometry.bars, QRectF.height)
    by_row: dict[str, list[chart_painter.Bar]] = {}
    for bar in geometry.bars:
        by_row.setdefault(bar.row, []).append(bar)
    for row, bars in by_row.items():  # each kind on top of the one before, from the axis
        assert bars[0].rect.bottom() == pytest.approx(geometry.plot.bottom()), row
        assert bars[1].rect.bottom() == pytest.approx(bars[0].rect.top()), row
        assert len({b.rect.center().x() for b in bars}) == 1
    assert [b.colour for b in by_row["2005"]] == [PALETTE[0], PALETTE[1]]
    assert [c.text for c in geometry.categories] == ["2005", "2006", "sans date"]
    assert [e.label.text for e in geometry.legend] == ["mission", "stage"]
    assert [t.text for t in geometry.ticks] == ["0", "1", "2", "3", "4"]
    inside(geometry)


def test_twenty_years_of_exchanges_name_every_other_year_uncut() -> None:
    years = [str(y) for y in range(2005, 2027)] + ["sans date"]
    counts = data(years, ["mission", "stage"], [[y % 3, 1] for y in range(len(years))])
    geometry = layout(spec("exchanges_kind"), counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 2 * len(years)
    proportional(geometry.bars, QRectF.height)
    shown = [c.text for c in geometry.categories]
    assert 1 < len(shown) < len(years) and shown[0] == "2005"
    assert not any(c.cut for c in geometry.categories)  # thinned out, not cut
    assert set(shown) <= set(years)
    no_overlap(geometry.categories)
    inside(geometry)


def test_a_stacked_chart_names_even_its_one_kind() -> None:
    counts = data(["2005"], ["mission"], [[2]])
    geometry = layout(spec("exchanges_kind"), counts, SIZE, METRICS, "vide", "")
    assert [e.label.text for e in geometry.legend] == ["mission"]


def test_grouped_bars_side_by_side_with_their_figures_and_slanted_names() -> None:
    chart = spec("contacts_level")
    rows = ["national", "régional", "départemental de la Seine-Saint-Denis", "local", "non précisé"]
    counts = data(rows, ["Personnes", "Organisations"], [[11, 14], [9, 11], [0, 3], [1, 3], [2, 1]])
    geometry = layout(chart, counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 10
    proportional(geometry.bars, QRectF.height)
    assert all(b.rect.bottom() == pytest.approx(geometry.plot.bottom()) for b in geometry.bars)
    assert [v.text for v in geometry.values] == [str(b.value) for b in geometry.bars]
    for value, bar in zip(geometry.values, geometry.bars, strict=True):  # just above its bar
        assert value.box.bottom() == pytest.approx(bar.rect.top())
        assert value.box.center().x() == pytest.approx(bar.rect.center().x())
    # More than three rows: slanted, shortened as the PDFs' (20 characters), whole in a tooltip.
    assert all(c.angle == 25 for c in geometry.categories)
    assert [c.text for c in geometry.categories] == [short(r, 20) for r in rows]
    assert geometry.categories[2].cut and geometry.categories[2].whole == rows[2]
    assert [e.label.text for e in geometry.legend] == ["Personnes", "Organisations"]
    inside(geometry)


def test_grouped_with_three_rows_upright_and_one_series_without_legend() -> None:
    counts = data(["France", "Québec", "autre"], ["Personnes"], [[20], [13], [0]])
    geometry = layout(spec("contacts_country"), counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 3 and geometry.legend == ()
    assert all(c.angle == 0 for c in geometry.categories)
    no_overlap(geometry.categories)
    inside(geometry)


def test_barh_one_row_per_line_first_at_the_top_names_cut_with_their_whole_text() -> None:
    chart = spec("journal_theme")
    rows = [LONG, "T02 Les services de garde", "P3 Développer"]
    counts = data(rows, ["Entrées"], [[5], [2], [0]])
    geometry = layout(chart, counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 3
    scale = proportional(geometry.bars, QRectF.width)
    assert scale > 0
    assert all(b.rect.left() == pytest.approx(geometry.plot.left()) for b in geometry.bars)
    tops = [b.rect.top() for b in geometry.bars]
    assert tops == sorted(tops)  # the first row at the top, as the table
    assert [v.text for v in geometry.values] == ["5", "2", "0"]
    assert all(v.box.left() >= b.rect.right() for v, b in zip(geometry.values, geometry.bars, strict=True))
    assert geometry.categories[0].text == short(LONG) and geometry.categories[0].whole == LONG
    assert geometry.categories[0].cut and not geometry.categories[1].cut
    assert geometry.legend == ()  # one series
    no_overlap(geometry.categories)
    inside(geometry)


def test_barh_of_the_follow_ups_one_colour_per_row() -> None:
    chart = spec("follow_ups")
    counts = data(
        ["à temps", "en retard", "à faire en retard", "à venir"], ["Relances"], [[4], [1], [2], [3]]
    )
    geometry = layout(chart, counts, SIZE, METRICS, "vide", "")
    assert [b.colour for b in geometry.bars] == list(chart.row_colours)
    proportional(geometry.bars, QRectF.width)


def test_barh_with_two_series_has_a_legend() -> None:
    counts = data(["santé", "famille"], ["Personnes", "Organisations"], [[2, 3], [0, 1]])
    geometry = layout(spec("contacts_sector"), counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 4
    proportional(geometry.bars, QRectF.width)
    assert [e.label.text for e in geometry.legend] == ["Personnes", "Organisations"]
    assert all(e.swatch.left() >= geometry.plot.right() for e in geometry.legend)
    inside(geometry)


def test_balance_france_left_quebec_right_persons_from_the_centre() -> None:
    chart = spec("theme_balance")
    columns = ["Personnes France", "Personnes Québec", "Organisations France", "Organisations Québec"]
    counts = data([LONG, "T02"], columns, [[3, 1, 2, 4], [0, 2, 1, 0]])
    geometry = layout(chart, counts, SIZE, METRICS, "vide", "← France    Québec →")
    assert len(geometry.bars) == 8
    proportional(geometry.bars, QRectF.width)
    zero = geometry.plot.center().x()
    first = {b.column: b for b in geometry.bars if b.row == LONG}
    assert first["Personnes France"].rect.right() == pytest.approx(zero)
    assert first["Organisations France"].rect.right() == pytest.approx(first["Personnes France"].rect.left())
    assert first["Personnes Québec"].rect.left() == pytest.approx(zero)
    assert first["Organisations Québec"].rect.left() == pytest.approx(first["Personnes Québec"].rect.right())
    assert (
        first["Personnes France"].colour == FRANCE_COLOUR
        and first["Organisations France"].colour == FRANCE_LIGHT
    )
    assert (
        first["Personnes Québec"].colour == QUEBEC_COLOUR
        and first["Organisations Québec"].colour == QUEBEC_LIGHT
    )
    # Figures on both sides read as counts; the legend (two columns) above the bars.
    assert {t.text for t in geometry.ticks} >= {"0", "1", "2", "5"}
    assert [e.label.text for e in geometry.legend] == [columns[0], columns[2], columns[1], columns[3]]
    assert all(e.swatch.bottom() <= geometry.plot.top() for e in geometry.legend)
    france, quebec = geometry.legend[:2], geometry.legend[2:]  # France's column left, as its side
    assert max(e.swatch.left() for e in france) < min(e.swatch.left() for e in quebec)
    assert geometry.caption is not None and geometry.caption.text == "← France    Québec →"
    assert geometry.categories[0].whole == LONG
    inside(geometry)
    inside(
        layout(chart, counts, QRectF(0, 0, 360, 320), METRICS, "vide", "← France    Québec →"),
        QRectF(0, 0, 360, 320),
    )


def test_months_240_bars_and_a_name_every_twentieth() -> None:
    chart = spec("journal_month")
    rows = [f"{2005 + m // 12}-{m % 12 + 1:02d}" for m in range(240)]
    counts = data(rows, ["Entrées"], [[(m * 7) % 13] for m in range(240)])
    geometry = layout(chart, counts, SIZE, METRICS, "vide", "")
    assert len(geometry.bars) == 240
    proportional(geometry.bars, QRectF.height)
    lefts = [b.rect.left() for b in geometry.bars]
    assert lefts == sorted(lefts) and all(b.rect.width() > 0 for b in geometry.bars)
    assert [c.text for c in geometry.categories] == rows[::20]
    assert all(c.angle == 45 for c in geometry.categories)
    assert geometry.legend == () and geometry.values == ()
    inside(geometry)


def test_long_legends_and_narrow_charts_stay_inside() -> None:
    columns = ["mission (délégation) de très longue durée", "stage", "accueil d'une délégation"]
    counts = data(["2005", "2006"], columns, [[1, 2, 3], [4, 0, 1]])
    narrow = QRectF(0, 0, 360, 320)
    for key in ("exchanges_kind", "contacts_level", "contacts_sector"):
        geometry = layout(spec(key), counts, narrow, METRICS, "vide", "")
        inside(geometry, narrow)
        cut = [e.label for e in geometry.legend if e.label.cut]
        assert cut and cut[0].whole == columns[0]


def test_an_empty_chart_shows_its_sentence() -> None:
    counts = data(["2005"], ["mission"], [[0]])
    for key in ("exchanges_kind", "contacts_level", "journal_theme", "theme_balance", "journal_month"):
        geometry = layout(spec(key), counts, SIZE, METRICS, "Aucune donnée ne correspond à ces filtres.", "x")
        assert geometry.bars == () and geometry.ticks == ()
        assert (
            geometry.empty is not None and geometry.empty.text == "Aucune donnée ne correspond à ces filtres."
        )


def test_paint_puts_the_bars_colours_on_the_image(qapp: object) -> None:
    counts = data(["a", "b"], ["Entrées"], [[4], [2]])
    geometry = layout(spec("journal_theme"), counts, SIZE, METRICS, "vide", "")
    image = QImage(560, 320, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter, geometry, Ink(QColor("black"), QColor("gray"), QColor("white")), SIZE)
    painter.end()
    for bar in geometry.bars:
        centre = bar.rect.center().toPoint()
        assert image.pixelColor(centre).name() == PALETTE[0].lower()
    beyond = QPointF(geometry.bars[1].rect.right() + 40, geometry.bars[1].rect.center().y()).toPoint()
    assert image.pixelColor(beyond).name() == "#ffffff"  # the shorter bar stops at its count


def test_painted_sharp_on_a_screen_of_twice_the_pixels(qapp: object) -> None:
    """High density: the geometry stays in logical pixels, Qt scales it; the bars' edges fall
    on the device's pixels, no blur outside them."""
    counts = data(["a", "b"], ["Entrées"], [[4], [2]])
    geometry = layout(spec("journal_theme"), counts, SIZE, METRICS, "vide", "")
    image = QImage(1120, 640, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter, geometry, Ink(QColor("black"), QColor("gray"), QColor("white")), SIZE)
    painter.end()
    short_bar = geometry.bars[1].rect
    y = round(short_bar.center().y() * 2)
    assert image.pixelColor(round(short_bar.right() * 2) - 2, y).name() == PALETTE[0].lower()
    assert image.pixelColor(round(short_bar.right() * 2) + 1, y).name() == "#ffffff"


# --- the widget ---------------------------------------------------------------------------------


def indicators_with(**fields: CrossCount) -> Indicators:
    empty = CrossCount((), (), ())
    names = [f.name for f in dataclasses.fields(Indicators) if f.name not in ("filters", "today")]
    counts = {n: fields.get(n, empty) for n in names}
    return Indicators(filters=IndicatorFilters(), today=date(2006, 6, 1), **counts)  # type: ignore[arg-type]


def test_the_canvas_is_painted_named_and_says_its_figures(qtbot: QtBot) -> None:
    counts = data([LONG, "T02 Les services de garde"], ["Entrées"], [[5], [2]])
    panel = ChartPanel(spec("journal_theme"))
    qtbot.addWidget(panel)
    panel.set_indicators(indicators_with(journal_by_theme=counts))
    panel.resize(600, 400)
    panel.show()
    canvas = panel.canvas
    assert isinstance(canvas, ChartCanvas)
    qtbot.waitUntil(lambda: canvas.drawn)
    assert canvas.accessibleName() == "Entrées du journal par thème"
    whole = word(LONG)  # the French spaces inside « » made non-breaking, as in the PDFs
    assert canvas.accessibleDescription() == f"{whole} : 5 ; T02 Les services de garde : 2"
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    geometry = canvas.geometry_now()
    name = geometry.categories[0]
    assert name.cut and canvas.tip_at(name.box.center()) == whole  # the whole name as a tooltip
    assert canvas.tip_at(geometry.bars[1].rect.center()) == "T02 Les services de garde : 2"
    assert canvas.tip_at(QPointF(canvas.width() - 2, 2)) == ""
    # The tooltip as a user gets it: a help event on the cut name.
    point = name.box.center().toPoint()
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, point, canvas.mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == whole
    QToolTip.hideText()
    image = canvas.grab().toImage()
    assert image.pixelColor(geometry.bars[0].rect.center().toPoint()).name() == PALETTE[0].lower()


def test_an_empty_canvas_paints_its_sentence(qtbot: QtBot) -> None:
    panel = ChartPanel(spec("theme_balance"))
    qtbot.addWidget(panel)
    panel.set_indicators(indicators_with())
    panel.show()
    assert panel.canvas is not None
    qtbot.waitUntil(lambda: panel.canvas is not None and panel.canvas.drawn)
    geometry = panel.canvas.geometry_now()
    assert geometry.empty is not None and geometry.empty.text == "Aucune donnée ne correspond à ces filtres."
    assert panel.canvas.accessibleDescription() == geometry.empty.text
    assert not panel.export_button.isEnabled()


def test_charts_in_english_show_no_french_word(
    english: None, qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    context = dataclasses.replace(demo_context, language="en")
    view = IndicatorsView(context, today=lambda: date(2006, 6, 1))
    qtbot.addWidget(view)
    wait_ops(context)
    view.ui.reset_button.click()
    wait_ops(context)
    view.resize(1280, 720)
    view.show()
    canvases = {p.spec.key: p.canvas for p in view.panels}
    kinds = canvases["exchanges_kind"]
    assert kinds is not None and kinds.accessibleName() == "Exchanges by year and kind"
    words = {label.text for label in kinds.geometry_now().labels()}
    assert "undated" in words and "sans date" not in words
    assert "mission (delegation)" in words
    balance = canvases["theme_balance"]
    assert balance is not None
    geometry = balance.geometry_now()
    assert geometry.caption is not None and geometry.caption.text == word(BALANCE_AXIS)
    legend = [e.label.whole for e in geometry.legend]
    assert legend == ["Persons France", "Organizations France", "Persons Quebec", "Organizations Quebec"]
    levels = canvases["contacts_level"]
    assert levels is not None and "Persons" in levels.accessibleDescription()
    assert ": " in levels.accessibleDescription() and " : " not in levels.accessibleDescription()
    french = {"Personnes", "Organisations", "sans date", "Entrées", "Relances"}
    for canvas in canvases.values():
        assert canvas is not None
        texts = {label.whole or label.text for label in canvas.geometry_now().labels()}
        assert not texts & french, texts & french


def test_the_view_imports_neither_matplotlib_nor_reportlab() -> None:
    """matplotlib (and ReportLab, which loads its fonts) are the PDFs': importing the view, in a
    fresh process, loads neither (issue 19.5)."""
    code = (
        "import sys, reseau.ui.indicators.view; "
        "print(sorted(m for m in ('matplotlib', 'reportlab') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True, env=env)
    assert done.stdout.strip().splitlines()[-1] == "[]"

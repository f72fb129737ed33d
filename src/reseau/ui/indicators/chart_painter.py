"""The Indicateurs charts painted with QPainter: the geometry of each style, then one painting.

matplotlib took 260 to 400 ms of the GUI thread to build and draw one chart of the view; the
same bars, labels and axis painted with QPainter take about a millisecond (issue 19.5). The
PDFs keep matplotlib (:mod:`reseau.reports.charts`); the view shows the same information in
the same colours, from the same :class:`~reseau.reports.chart_specs.ChartSpec` and words.

Each style of ``reports.charts`` (``stacked``, ``grouped``, ``barh``, ``balance``, ``months``)
has a pure function here that lays a chart out in a rectangle: bar rectangles, value labels,
category labels, axis ticks, legend. They need no pixels and no QApplication (only text widths,
given by :class:`Metrics`), so tests check them directly; :func:`paint` draws any
:class:`Geometry` with a QPainter.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from reseau.reports.chart_specs import (
    FRANCE_COLOUR,
    FRANCE_LIGHT,
    PALETTE,
    QUEBEC_COLOUR,
    QUEBEC_LIGHT,
    ChartSpec,
    short,
)
from reseau.services.indicators.figures import CrossCount

PAD = 4.0  # between the widget's edge, labels and the plot
TICK = 4.0  # length of a tick mark
SWATCH = 10.0  # a legend's colour square
LEGEND_SHARE = 0.4  # a legend on the right takes at most this share of the width
LABEL_SHARE = 0.45  # the category labels left of a horizontal chart, at most this share
MOST_TICKS = 6


@dataclass(frozen=True)
class Metrics:
    """How wide a text is and how tall a line, in the paint device's logical pixels."""

    width: Callable[[str], float]
    height: float

    @classmethod
    def of(cls, metrics: QFontMetricsF) -> Metrics:
        return cls(metrics.horizontalAdvance, metrics.height())

    def fit(self, text: str, room: float) -> str:
        """``text``, cut with an ellipsis at a word or a letter if wider than ``room``."""
        if self.width(text) <= room:
            return text
        for end in range(len(text) - 1, 0, -1):
            cut = text[:end].rstrip() + "…"
            if self.width(cut) <= room:
                return cut
        return "…"


@dataclass(frozen=True)
class Label:
    """A text in a box. ``whole`` is the text before it was shortened (shown as a tooltip when
    they differ). ``angle`` (degrees, counter-clockwise) turns it around the box's top-right
    corner, where a slanted category label meets its tick."""

    text: str
    box: QRectF
    align: Qt.AlignmentFlag
    whole: str = ""
    angle: float = 0.0

    @property
    def cut(self) -> bool:
        return bool(self.whole) and self.whole != self.text

    def area(self) -> QRectF:
        """The box the text covers on the widget, slanted labels included (their bounding box)."""
        if not self.angle:
            return self.box
        corner, rad = self.box.topRight(), math.radians(self.angle)
        w, h = self.box.width(), self.box.height()
        dx, dy = w * math.cos(rad), w * math.sin(rad)
        hx, hy = h * math.sin(rad), h * math.cos(rad)
        xs = (corner.x(), corner.x() - dx, corner.x() + hx, corner.x() - dx + hx)
        ys = (corner.y(), corner.y() + dy, corner.y() + hy, corner.y() + dy + hy)
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    colour: str
    value: int
    row: str
    column: str


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    swatch: QRectF
    label: Label


@dataclass(frozen=True)
class Geometry:
    """Everything a chart paints, in logical pixels of its widget."""

    plot: QRectF
    bars: tuple[Bar, ...] = ()
    values: tuple[Label, ...] = ()  # the figure at the end of a bar
    categories: tuple[Label, ...] = ()  # the rows' names along the category axis
    ticks: tuple[Label, ...] = ()  # the value axis's figures
    lines: tuple[QLineF, ...] = ()  # axes and tick marks
    legend: tuple[LegendEntry, ...] = ()
    caption: Label | None = None  # the balance's « ← France    Québec → »
    empty: Label | None = None  # the sentence of a chart with nothing to show

    def labels(self) -> tuple[Label, ...]:
        extra = tuple(x for x in (self.caption, self.empty) if x is not None)
        return self.values + self.categories + self.ticks + tuple(e.label for e in self.legend) + extra


LEFT, RIGHT, CENTRE = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    Qt.AlignmentFlag.AlignCenter,
)


# --- scales -----------------------------------------------------------------------------------


def nice_step(top: float, most: int = MOST_TICKS) -> int:
    """An integer step of 1, 2 or 5 times a power of ten giving at most ``most`` intervals up to
    ``top`` (matplotlib's ``MaxNLocator(integer=True)`` on these charts)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if top / (step * factor) <= most:
                return step * factor
        step *= 10


def scale_top(largest: int) -> float:
    """The end of a value axis: the largest figure and a margin of 5 %, as matplotlib's."""
    return max(1, largest) * 1.05


def tick_values(top: float) -> list[int]:
    step = nice_step(top)
    return list(range(0, int(top) + 1, step))


def colour(chart: ChartSpec, column: int, row: int, rows: int) -> str:
    """A bar's colour: the palette's per series, else the chart's per row (follow-ups)."""
    index = column * rows + row  # matplotlib's order of the bars: series after series
    if chart.row_colours and index < len(chart.row_colours):
        return chart.row_colours[index]
    return PALETTE[column % len(PALETTE)]


# --- pieces shared by the styles --------------------------------------------------------------


def _legend_right(
    entries: list[tuple[str, str]], area: QRectF, metrics: Metrics
) -> tuple[float, tuple[LegendEntry, ...]]:
    """A legend on the right of ``area``, top-aligned: its width and its entries."""
    if not entries:
        return 0.0, ()
    room = area.width() * LEGEND_SHARE - SWATCH - 3 * PAD
    texts = [metrics.fit(name, room) for name, _ in entries]
    width = SWATCH + 3 * PAD + max(metrics.width(t) for t in texts)
    x = area.right() - width + PAD
    result = []
    for i, ((name, tint), text) in enumerate(zip(entries, texts, strict=True)):
        y = area.top() + i * metrics.height
        swatch = QRectF(x, y + (metrics.height - SWATCH) / 2, SWATCH, SWATCH)
        box = QRectF(x + SWATCH + PAD, y, width - SWATCH - 2 * PAD, metrics.height)
        result.append(LegendEntry(tint, swatch, Label(text, box, LEFT, name)))
    return width, tuple(result)


def _series(chart: ChartSpec, data: CrossCount) -> list[tuple[str, str]]:
    return [(name, PALETTE[c % len(PALETTE)]) for c, name in enumerate(data.columns)]


def _value_ticks_left(plot: QRectF, top: float, metrics: Metrics) -> tuple[list[Label], list[QLineF]]:
    """The vertical value axis on the left of ``plot``: figures and marks."""
    labels, lines = [], [QLineF(plot.bottomLeft(), plot.topLeft())]
    for value in tick_values(top):
        y = plot.bottom() - value / top * plot.height()
        box = QRectF(0, y - metrics.height / 2, plot.left() - TICK - 2, metrics.height)
        labels.append(Label(str(value), box, RIGHT))
        lines.append(QLineF(plot.left() - TICK, y, plot.left(), y))
    return labels, lines


def _value_ticks_below(
    plot: QRectF, zero: float, top: float, metrics: Metrics, both_sides: bool = False
) -> tuple[list[Label], list[QLineF]]:
    """The horizontal value axis under ``plot``, from ``zero`` (an x) to the right, and to the
    left too for the balance (its figures then read as counts on both sides)."""
    scale = (plot.right() - zero) / top
    labels, lines = [], [QLineF(plot.bottomLeft(), plot.bottomRight())]
    values = tick_values(top)
    signed = [(v, 1) for v in values] + ([(v, -1) for v in values if v] if both_sides else [])
    for value, side in signed:
        x = zero + side * value * scale
        text = str(value)
        width = metrics.width(text) + 2
        labels.append(
            Label(text, QRectF(x - width / 2, plot.bottom() + TICK + 1, width, metrics.height), CENTRE)
        )
        lines.append(QLineF(x, plot.bottom(), x, plot.bottom() + TICK))
    return labels, lines


def _widest_tick(top: float, metrics: Metrics) -> float:
    return max(metrics.width(str(v)) for v in tick_values(top))


# --- the five styles --------------------------------------------------------------------------


SLANT = 25.0  # degrees: the grouped charts' names when they have more than three rows


def _category_below(
    text: str, whole: str, centre: float, room: float, y: float, metrics: Metrics, angle: float
) -> Label:
    """A row's name under its bars: centred in ``room`` (cut to it), or slanted, ending at the tick."""
    if angle:
        width = metrics.width(text)
        return Label(text, QRectF(centre - width, y, width, metrics.height), RIGHT, whole, angle)
    text = metrics.fit(text, room)
    width = min(room, metrics.width(text) + 2)
    return Label(text, QRectF(centre - width / 2, y, width, metrics.height), CENTRE, whole)


def name_step(names: list[str], slot: float, metrics: Metrics) -> int:
    """Every how many rows an upright name is shown so that the names do not touch: 1 when
    they fit their slots, more when twenty years of exchanges share a chart (each bar still
    says its row in its tooltip)."""
    widest = max(metrics.width(n) for n in names) + 2 * PAD
    return max(1, min(len(names), math.ceil(widest / slot))) if slot > 0 else len(names)


def _slanted_room(
    names: list[str], left: float, right: float, size: QRectF, metrics: Metrics
) -> tuple[float, float]:
    """Where the plot starts so that the first slanted name stays in, and the room they take below."""
    rad = math.radians(SLANT)
    slot = (right - left) / len(names)
    reach = max(metrics.width(n) * math.cos(rad) - (i + 0.5) * slot for i, n in enumerate(names))
    below = max(metrics.width(n) for n in names) * math.sin(rad) + metrics.height
    return max(left, size.left() + PAD + reach), below


def vertical(
    chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics, *, stacked: bool
) -> Geometry:
    """``stacked`` (years × kinds, one column of bars per year) and ``grouped`` (the series side
    by side, their figures above them), the rows' names under the bars."""
    rows, columns = len(data.rows), len(data.columns)
    top = scale_top(max(sum(v) if stacked else max(v) for v in data.values))
    # A stacked chart names even its one kind.
    legend_width, legend = _legend_right(
        _series(chart, data) if stacked or columns > 1 else [], size, metrics
    )
    angle = SLANT if not stacked and rows > 3 else 0.0  # as matplotlib: long names slanted
    names = [r if stacked else short(r, 20) for r in data.rows]
    left = size.left() + _widest_tick(top, metrics) + TICK + 2 * PAD
    right = size.right() - legend_width - PAD
    left, below = _slanted_room(names, left, right, size, metrics) if angle else (left, metrics.height)
    slot = (right - left) / rows
    top_y = size.top() + metrics.height / 2 + PAD + (0 if stacked else metrics.height)
    plot = QRectF(QPointF(left, top_y), QPointF(right, size.bottom() - below - TICK - 2 * PAD))
    ticks, lines = _value_ticks_left(plot, top, metrics)
    lines.append(QLineF(plot.bottomLeft(), plot.bottomRight()))
    bars: list[Bar] = []
    values: list[Label] = []
    categories = []
    every = 1 if angle else name_step(names, slot, metrics)
    group = (min(0.8, 0.25 * rows) if stacked else 0.8) * slot
    width = group if stacked else group / columns
    for r, row in enumerate(data.values):
        centre = left + (r + 0.5) * slot
        base = plot.bottom()
        for c, value in enumerate(row):
            height = value / top * plot.height()
            x = centre - group / 2 + (0 if stacked else c * width)
            rect = QRectF(x, base - height, width, height)
            bars.append(Bar(rect, colour(chart, c, r, rows), value, data.rows[r], data.columns[c]))
            base -= height if stacked else 0
            if not stacked:
                text_width = metrics.width(str(value)) + 2
                box = QRectF(
                    x + (width - text_width) / 2, rect.top() - metrics.height, text_width, metrics.height
                )
                values.append(Label(str(value), box, CENTRE))
        if r % every == 0:
            y = plot.bottom() + TICK + 2
            room = slot * every - PAD
            categories.append(_category_below(names[r], data.rows[r], centre, room, y, metrics, angle))
        lines.append(QLineF(centre, plot.bottom(), centre, plot.bottom() + TICK))
    return Geometry(plot, tuple(bars), tuple(values), tuple(categories), tuple(ticks), tuple(lines), legend)


def stacked(chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics) -> Geometry:
    return vertical(chart, data, size, metrics, stacked=True)


def grouped(chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics) -> Geometry:
    return vertical(chart, data, size, metrics, stacked=False)


def _row_labels(data: CrossCount, size: QRectF, metrics: Metrics) -> tuple[list[str], float]:
    """The rows' names left of a horizontal chart, shortened as the PDFs', and their width."""
    room = size.width() * LABEL_SHARE
    names = [metrics.fit(short(r), room) for r in data.rows]
    return names, max(metrics.width(n) for n in names)


def barh(chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics) -> Geometry:
    """Horizontal bars, first row at the top, each bar's figure at its end."""
    rows, columns = len(data.rows), len(data.columns)
    top = scale_top(max(max(v) for v in data.values))
    legend_width, legend = _legend_right(_series(chart, data) if columns > 1 else [], size, metrics)
    names, names_width = _row_labels(data, size, metrics)
    left = size.left() + PAD + names_width + TICK + PAD
    right = size.right() - legend_width - PAD - metrics.width(str(max(max(v) for v in data.values))) - PAD
    plot = QRectF(
        QPointF(left, size.top() + PAD), QPointF(right, size.bottom() - metrics.height - TICK - 2 * PAD)
    )
    ticks, lines = _value_ticks_below(plot, plot.left(), top, metrics)
    lines.append(QLineF(plot.topLeft(), plot.bottomLeft()))
    band = plot.height() / rows
    thickness = 0.8 * band / columns
    bars, values, categories = [], [], []
    for r, row in enumerate(data.values):
        centre = plot.top() + (r + 0.5) * band
        for c, value in enumerate(row):
            y = centre - 0.4 * band + c * thickness
            rect = QRectF(left, y, value / top * plot.width(), thickness)
            bars.append(Bar(rect, colour(chart, c, r, rows), value, data.rows[r], data.columns[c]))
            text = str(value)
            values.append(Label(text, QRectF(rect.right() + 2, y, metrics.width(text) + 2, thickness), LEFT))
        box = QRectF(size.left() + PAD, centre - metrics.height / 2, names_width, metrics.height)
        categories.append(Label(names[r], box, RIGHT, data.rows[r]))
        lines.append(QLineF(left - TICK, centre, left, centre))
    return Geometry(plot, tuple(bars), tuple(values), tuple(categories), tuple(ticks), tuple(lines), legend)


BALANCE_SIDES = ((0, FRANCE_COLOUR, -1), (2, FRANCE_LIGHT, -1), (1, QUEBEC_COLOUR, 1), (3, QUEBEC_LIGHT, 1))


def balance(chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics, axis: str = "") -> Geometry:
    """France to the left of the centre line, Québec to the right; on each side the persons
    (dark) from the centre, then the organizations (light). The legend, in two columns, above;
    ``axis`` (« ← France    Québec → ») under the figures."""
    rows = len(data.rows)
    largest = max([1, *(max(v[0] + v[2], v[1] + v[3]) for v in data.values)])
    top = largest * 1.1
    names, names_width = _row_labels(data, size, metrics)
    left = size.left() + PAD + names_width + TICK + PAD
    right = size.right() - PAD - metrics.width(str(tick_values(top)[-1])) / 2
    half = (size.width() - 2 * PAD) / 2 - SWATCH - 2 * PAD
    # France's persons and organizations in the left column, Québec's in the right, as the sides.
    legend, order = [], (0, 2, 1, 3)
    for i, c in enumerate(order):
        x = size.left() + PAD + (i // 2) * (size.width() - 2 * PAD) / 2
        y = size.top() + PAD + (i % 2) * metrics.height
        text = metrics.fit(data.columns[c], half)
        swatch = QRectF(x, y + (metrics.height - SWATCH) / 2, SWATCH, SWATCH)
        box = QRectF(x + SWATCH + PAD, y, half, metrics.height)
        legend.append(LegendEntry(BALANCE_SIDES[i][1], swatch, Label(text, box, LEFT, data.columns[c])))
    plot_top = size.top() + 2 * PAD + 2 * metrics.height
    plot_bottom = size.bottom() - 2 * metrics.height - TICK - 3 * PAD
    plot = QRectF(QPointF(left, plot_top), QPointF(right, plot_bottom))
    zero = plot.center().x()
    ticks, lines = _value_ticks_below(plot, zero, top, metrics, both_sides=True)
    lines.append(QLineF(zero, plot.top(), zero, plot.bottom()))
    scale = (plot.right() - zero) / top
    band = plot.height() / rows
    bars, categories = [], []
    for r, row in enumerate(data.values):
        centre = plot.top() + (r + 0.5) * band
        reach = {-1: 0.0, 1: 0.0}
        for c, tint, side in BALANCE_SIDES:
            length = row[c] * scale
            start = zero + side * reach[side]
            x = start if side > 0 else start - length
            rect = QRectF(x, centre - 0.4 * band, length, 0.8 * band)
            bars.append(Bar(rect, tint, row[c], data.rows[r], data.columns[c]))
            reach[side] += length
        box = QRectF(size.left() + PAD, centre - metrics.height / 2, names_width, metrics.height)
        categories.append(Label(names[r], box, RIGHT, data.rows[r]))
        lines.append(QLineF(left - TICK, centre, left, centre))
    caption_box = QRectF(
        plot.left(), plot.bottom() + TICK + PAD + metrics.height, plot.width(), metrics.height
    )
    caption = Label(axis, caption_box, CENTRE) if axis else None
    return Geometry(
        plot, tuple(bars), (), tuple(categories), tuple(ticks), tuple(lines), tuple(legend), caption
    )


MONTHS_ANGLE = 45.0


def months(chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics) -> Geometry:
    """One bar per month (240 for twenty years), a slanted month name every twelfth of them."""
    count = len(data.rows)
    heights = [row[0] for row in data.values]
    top = scale_top(max(heights))
    step = max(1, count // 12)
    shown = list(range(0, count, step))
    rad = math.radians(MONTHS_ANGLE)
    widest = max(metrics.width(data.rows[i]) for i in shown)
    left = size.left() + max(_widest_tick(top, metrics) + TICK + 2 * PAD, PAD + widest * math.cos(rad))
    below = widest * math.sin(rad) + metrics.height * math.cos(rad)
    plot = QRectF(
        QPointF(left, size.top() + metrics.height / 2 + PAD),
        QPointF(size.right() - PAD, size.bottom() - below - TICK - 2 * PAD),
    )
    ticks, lines = _value_ticks_left(plot, top, metrics)
    lines.append(QLineF(plot.bottomLeft(), plot.bottomRight()))
    slot = plot.width() / count
    width = max(0.8 * slot, 0.5)
    bars = []
    for i, value in enumerate(heights):
        x = plot.left() + (i + 0.5) * slot
        height = value / top * plot.height()
        rect = QRectF(x - width / 2, plot.bottom() - height, width, height)
        bars.append(Bar(rect, colour(chart, 0, i, count), value, data.rows[i], data.columns[0]))
    categories = []
    for i in shown:
        x = plot.left() + (i + 0.5) * slot
        w = metrics.width(data.rows[i])
        categories.append(
            Label(
                data.rows[i],
                QRectF(x - w, plot.bottom() + TICK + 2, w, metrics.height),
                RIGHT,
                angle=MONTHS_ANGLE,
            )
        )
        lines.append(QLineF(x, plot.bottom(), x, plot.bottom() + TICK))
    return Geometry(plot, tuple(bars), (), tuple(categories), tuple(ticks), tuple(lines))


def empty(text: str, size: QRectF) -> Geometry:
    """A chart with nothing to show: its sentence, centred, instead of empty axes."""
    box = size.adjusted(PAD, PAD, -PAD, -PAD)
    return Geometry(box, empty=Label(text, box, CENTRE | Qt.AlignmentFlag.AlignVCenter))


STYLES: dict[str, Callable[[ChartSpec, CrossCount, QRectF, Metrics], Geometry]] = {
    "stacked": stacked,
    "grouped": grouped,
    "barh": barh,
    "months": months,
}


def layout(
    chart: ChartSpec, data: CrossCount, size: QRectF, metrics: Metrics, empty_text: str, axis: str
) -> Geometry:
    """The geometry of ``chart`` showing ``data`` (its words already in the UI's language)."""
    if data.is_empty:
        return empty(empty_text, size)
    if chart.style == "balance":
        return balance(chart, data, size, metrics, axis)
    return STYLES[chart.style](chart, data, size, metrics)


# --- painting ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ink:
    """The colours that come from the widget's palette (light or dark desktop)."""

    text: QColor
    axis: QColor
    background: QColor | None = None  # the chart's ground (a white sheet on a light desktop)
    faint: QColor = field(default_factory=lambda: QColor("#555555"))


def paint(painter: QPainter, geometry: Geometry, ink: Ink, area: QRectF | None = None) -> None:
    """Paint ``geometry``; with ``area`` and ``ink.background``, on that ground first."""
    if area is not None and ink.background is not None:
        painter.fillRect(area, ink.background)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for bar in geometry.bars:
        if bar.rect.width() > 0 and bar.rect.height() > 0:
            painter.fillRect(bar.rect, QColor(bar.colour))
    for entry in geometry.legend:
        painter.fillRect(entry.swatch, QColor(entry.colour))
    painter.setPen(QPen(ink.axis, 1))
    for line in geometry.lines:
        painter.drawLine(line)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setPen(ink.text)
    for label in geometry.labels():
        if label is geometry.empty:
            painter.setPen(ink.faint)
            painter.drawText(label.box, int(label.align) | Qt.TextFlag.TextWordWrap, label.text)
        elif label.angle:
            painter.save()
            painter.translate(label.box.topRight())
            painter.rotate(-label.angle)
            painter.drawText(
                QRectF(-label.box.width(), 0, label.box.width(), label.box.height()), label.align, label.text
            )
            painter.restore()
        else:
            painter.drawText(label.box, label.align, label.text)

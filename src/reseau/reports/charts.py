"""The Indicateurs charts of the PDFs, drawn with matplotlib's object API (no pyplot state, no Qt).

One :class:`ChartSpec` per chart (:mod:`reseau.reports.chart_specs`) says which indicator it
draws and how; :func:`build_figure` returns a ``matplotlib.figure.Figure`` that the PDF reports
render to PNG with the Agg backend (the view paints the same charts with QPainter,
``reseau.ui.indicators.chart_painter``). A chart with nothing to show draws a sentence, not empty axes.
"""

from __future__ import annotations

import io
from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.ticker import MaxNLocator

from reseau.reports.chart_specs import (
    BALANCE_AXIS,
    CHARTS,
    EMPTY_PERIOD_TEXT,
    EMPTY_TEXT,
    FRANCE_COLOUR,
    FRANCE_LIGHT,
    PALETTE,
    QUEBEC_COLOUR,
    QUEBEC_LIGHT,
    ChartSpec,
    empty_text,
    figure_height,
    short,
    spec,
    table,
    title,
    word,
    words,
)
from reseau.services.indicators.figures import CrossCount, Indicators

__all__ = [  # the specifications and words, where the PDFs and tests have always found them
    "CHARTS",
    "EMPTY_PERIOD_TEXT",
    "EMPTY_TEXT",
    "PALETTE",
    "ChartSpec",
    "OnePassLayout",
    "build_figure",
    "empty_text",
    "figure_height",
    "render_png",
    "render_svg",
    "short",
    "spec",
    "table",
    "title",
    "word",
]


class OnePassLayout(LayoutEngine):
    """Margins that fit the decorations of a figure's one Axes, measured once.

    Constrained layout measures every tick label, bar label and legend twice (its second pass
    catches tick labels that change with the new size) before the draw measures them again:
    half the drawing of a chart in the Indicateurs view (issue 19.5). This engine measures the
    Axes' decorations at its present position once and leaves ``pad`` around them, as the
    constrained layout does; the second pass's corrections were under a pixel or two on these
    charts. A figure without Axes (the empty chart's sentence) is left as it is."""

    _adjust_compatible = False
    _colorbar_gridspec = False

    def __init__(self, pad: float = 3 / 72) -> None:
        super().__init__()
        self._params = {"pad": pad}  # inches, constrained layout's w_pad and h_pad

    def set(self, *, pad: float = 3 / 72) -> None:
        self._params["pad"] = pad

    def execute(self, fig: Figure) -> None:
        if len(fig.axes) != 1:
            return
        axes = fig.axes[0]
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # Agg and the Qt canvas have one
        box = axes.get_window_extent(renderer)
        tight = axes.get_tightbbox(renderer, for_layout_only=True)
        if tight is None or fig.bbox.width <= 0 or fig.bbox.height <= 0:
            return
        pad = self._params["pad"] * fig.dpi
        width, height = fig.bbox.width, fig.bbox.height
        left = (box.x0 - tight.x0 + pad) / width
        right = 1 - (tight.x1 - box.x1 + pad) / width
        bottom = (box.y0 - tight.y0 + pad) / height
        top = 1 - (tight.y1 - box.y1 + pad) / height
        if right - left > 0.05 and top - bottom > 0.05:  # else the figure is too small: leave it
            axes.set_position((left, bottom, right - left, top - bottom))
            _keep_legend_in(fig, axes, renderer, pad)


def _keep_legend_in(fig: Figure, axes: Axes, renderer: Any, pad: float) -> None:
    """A legend anchored to the Axes moves with them: the balance's, centred above, stuck out
    of a narrow chart (constrained layout cut it too). The Axes narrow until it is in, or as
    far as it can be (a legend wider than the figure stays centred on it)."""
    legend = axes.get_legend()
    if legend is None:
        return
    width = fig.bbox.width
    for _ in range(4):  # each step halves what still sticks out, at worst
        box = legend.get_window_extent(renderer)
        out_right, out_left = box.x1 - (width - pad), pad - box.x0
        if (out_right <= 0.5 and out_left <= 0.5) or (out_right > 0 and out_left > 0):
            return
        x0, y0, x1, y1 = axes.get_position().extents
        if out_right > 0:
            x1 -= out_right / width
        else:
            x0 += out_left / width
        if x1 - x0 <= 0.05:
            return
        axes.set_position((x0, y0, x1 - x0, y1 - y0))


def build_figure(
    chart: ChartSpec,
    indicators: Indicators,
    width: float = 6.4,
    titled: bool = False,
    layout: Literal["constrained"] | LayoutEngine = "constrained",
) -> Figure:
    """The chart; ``titled`` draws its title above it (for the PDFs; the view has its own).
    ``layout``: the PDFs' constrained layout, or the view's :class:`OnePassLayout`."""
    data = words(chart.get(indicators))
    figure = Figure(figsize=(width, figure_height(chart, data) + (0.3 if titled else 0)), layout=layout)
    if titled:
        figure.suptitle(title(chart), x=0.01, ha="left", fontsize=11, fontweight="bold")
    if data.is_empty:
        figure.text(0.5, 0.5, empty_text(indicators), ha="center", va="center", fontsize=11, color="#555555")
        return figure
    axes = figure.add_subplot()
    draw = {"stacked": _stacked, "grouped": _grouped, "barh": _barh, "balance": _balance, "months": _months}
    draw[chart.style](axes, data)
    if chart.row_colours:
        for bar, colour in zip(axes.patches, chart.row_colours, strict=False):
            bar.set_facecolor(colour)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _legend(axes: Axes, data: CrossCount, always: bool = False) -> None:
    # Outside, on the right: a legend inside the axes hides bars.
    if always or len(data.columns) > 1:
        axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def _stacked(axes: Axes, data: CrossCount) -> None:
    bottoms = [0] * len(data.rows)
    for c, column in enumerate(data.columns):
        heights = [row[c] for row in data.values]
        axes.bar(
            data.rows,
            heights,
            width=min(0.8, 0.25 * len(data.rows)),
            bottom=bottoms,
            label=column,
            color=PALETTE[c % len(PALETTE)],
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    _legend(axes, data, always=True)  # even one kind: the legend names it


def _grouped(axes: Axes, data: CrossCount) -> None:
    n = len(data.columns)
    width = 0.8 / n
    for c, column in enumerate(data.columns):
        xs = [r + (c - (n - 1) / 2) * width for r in range(len(data.rows))]
        bars = axes.bar(xs, [row[c] for row in data.values], width, label=column, color=PALETTE[c])
        axes.bar_label(bars, fontsize=8)
    many = len(data.rows) > 3  # slanted, so that long labels (départemental) do not overlap
    axes.set_xticks(
        range(len(data.rows)),
        [short(r, 20) for r in data.rows],
        fontsize=8,
        rotation=25 if many else 0,
        ha="right" if many else "center",
    )
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    _legend(axes, data)


def _barh(axes: Axes, data: CrossCount) -> None:
    n = len(data.columns)
    height = 0.8 / n
    ys = range(len(data.rows))
    for c, column in enumerate(data.columns):
        positions = [y + (c - (n - 1) / 2) * height for y in ys]
        bars = axes.barh(positions, [row[c] for row in data.values], height, label=column, color=PALETTE[c])
        axes.bar_label(bars, fontsize=8, padding=2)
    axes.set_yticks(list(ys), [short(r) for r in data.rows], fontsize=8)
    axes.invert_yaxis()
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _legend(axes, data)


def _balance(axes: Axes, data: CrossCount) -> None:
    """France to the left, Québec to the right; persons dark, organizations light."""
    ys = list(range(len(data.rows)))
    france = [-(row[0] + row[2]) for row in data.values]
    quebec = [row[1] + row[3] for row in data.values]
    axes.barh(ys, [-row[0] for row in data.values], color=FRANCE_COLOUR, label=word("Personnes France"))
    axes.barh(
        ys,
        [-row[2] for row in data.values],
        left=[-row[0] for row in data.values],
        color=FRANCE_LIGHT,
        label=word("Organisations France"),
    )
    axes.barh(ys, [row[1] for row in data.values], color=QUEBEC_COLOUR, label=word("Personnes Québec"))
    axes.barh(
        ys,
        [row[3] for row in data.values],
        left=[row[1] for row in data.values],
        color=QUEBEC_LIGHT,
        label=word("Organisations Québec"),
    )
    axes.axvline(0, color="#333333", linewidth=0.8)
    limit = max([1, *(-f for f in france), *quebec])
    axes.set_xlim(-limit * 1.1, limit * 1.1)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_yticks(ys, [short(r) for r in data.rows], fontsize=8)
    axes.invert_yaxis()
    axes.xaxis.set_major_formatter(lambda x, _pos: f"{abs(x):g}")
    axes.set_xlabel(word(BALANCE_AXIS), fontsize=8)
    axes.legend(fontsize=7, frameon=False, ncols=2, loc="lower center", bbox_to_anchor=(0.5, 1.0))


BAR_WIDTH = 0.8  # matplotlib's bar() default


def _months(axes: Axes, data: CrossCount) -> None:
    values = [row[0] for row in data.values]
    # The bars as one collection of rectangles, the same as bar() draws, not one Rectangle
    # artist per month: every year since 2005 is 240 months, and bar() took a quarter of the
    # Indicateurs' opening on « Tout » to build its patches and their limits (issue 19.5).
    half = BAR_WIDTH / 2
    bars = PolyCollection(
        [((x - half, 0), (x - half, v), (x + half, v), (x + half, 0)) for x, v in enumerate(values)],
        facecolors=PALETTE[0],
        edgecolors="none",
        linewidths=0,
    )
    bars.sticky_edges.y.append(0)  # as bar(): the axis starts at 0, no margin below
    axes.add_collection(bars)
    axes.autoscale_view()
    step = max(1, len(values) // 12)
    ticks = list(range(0, len(values), step))
    axes.set_xticks(ticks, [data.rows[t] for t in ticks], rotation=45, ha="right", fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))


def render_png(figure: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes through the Agg backend (no display, no Qt)."""
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)  # attaches the Agg canvas: no display and no Qt needed
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def render_svg(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="svg")
    return buffer.getvalue()

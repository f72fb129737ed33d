"""Chart building (matplotlib, Agg) and the CSV/XLSX tables, without Qt."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from reseau.core.typography import french
from reseau.reports.charts import (
    CHARTS,
    EMPTY_PERIOD_TEXT,
    EMPTY_TEXT,
    build_figure,
    render_png,
    render_svg,
    table,
)
from reseau.reports.tables import Table, write_table, write_xlsx
from reseau.services.indicators.figures import CrossCount, IndicatorFilters, Indicators

TODAY = date(2025, 6, 30)


def indicators(cross: CrossCount, filters: IndicatorFilters | None = None) -> Indicators:
    return Indicators(filters or IndicatorFilters(), TODAY, *([cross] * 10))


def texts(figure: object) -> list[str]:
    return [t.get_text() for t in figure.texts]  # type: ignore[attr-defined]


def test_every_chart_draws_axes_when_there_is_data() -> None:
    cross = CrossCount(
        ("2024", "2025"), ("Personnes France", "Personnes Québec", "b", "c"), ((1, 2, 0, 1), (0, 3, 1, 0))
    )
    for chart in CHARTS:
        figure = build_figure(chart, indicators(cross), titled=True)
        assert figure.axes, chart.key
        assert render_png(figure, dpi=50).startswith(b"\x89PNG")


def test_an_empty_chart_says_so_instead_of_drawing_axes() -> None:
    empty = CrossCount(("a",), ("x",), ((0,),))
    figure = build_figure(CHARTS[0], indicators(empty))
    assert figure.axes == [] and texts(figure) == [EMPTY_TEXT]
    backwards = IndicatorFilters(start=date(2025, 2, 1), end=date(2025, 1, 1))
    figure = build_figure(CHARTS[0], indicators(empty, backwards))
    assert texts(figure) == [french(EMPTY_PERIOD_TEXT)]  # typeset as every French text
    assert b"<svg" in render_svg(figure)


def test_tables_as_csv_and_xlsx(tmp_path: Path) -> None:
    cross = CrossCount(("T01 Famille", "sans thème"), ("Entrées",), ((2,), (1,)))
    headers, rows = table(CHARTS[6], cross)
    assert headers == ["Thème", "Entrées"] and rows == [["T01 Famille", 2], ["sans thème", 1]]
    write_table(tmp_path / "t.csv", Table("Entrées par thème", headers, rows))
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";")) == [
            ["Thème", "Entrées"],
            ["T01 Famille", "2"],
            ["sans thème", "1"],
        ]
    # Excel forbids some characters in sheet names and wants them unique and at most 31 long.
    long_title = "Relances : à temps ou en retard / par mois [test]"
    write_xlsx(tmp_path / "t.xlsx", [Table(long_title, headers, rows), Table(long_title, headers, rows)])
    book = load_workbook(tmp_path / "t.xlsx")
    assert len(book.sheetnames) == 2 and all(len(n) <= 31 for n in book.sheetnames)
    assert not any(ch in "".join(book.sheetnames) for ch in "[]:*?/\\")
    assert book.worksheets[0]["B2"].value == 2


def test_the_views_one_pass_layout_fits_every_chart_as_the_constrained_layout_does() -> None:
    """Issue 19.5: the view lays its charts out in one measuring pass, not constrained layout's
    two. Every decoration (long labels, outside legends, bar labels) stays in the figure, and
    the Axes land where the constrained layout puts them, within a few pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from reseau.reports.charts import OnePassLayout

    long_rows = tuple(f"revitalisation urbaine intégrée {i}" for i in range(11))
    columns = ("Personnes France", "Personnes Québec", "Organisations France", "Organisations Québec")
    values = tuple((9000 + i, 180 + i, 12 * i, 3) for i in range(11))
    years = tuple(str(2005 + i) for i in range(11))  # the rows of the charts of bars upright
    for chart in CHARTS:
        cross = CrossCount(long_rows if chart.style in ("barh", "balance") else years, columns, values)
        boxes = []
        for layout in ("constrained", OnePassLayout()):
            figure = build_figure(chart, indicators(cross), width=5.6, layout=layout)
            canvas = FigureCanvasAgg(figure)
            canvas.draw()
            renderer = canvas.get_renderer()
            axes = figure.axes[0]
            tight = axes.get_tightbbox(renderer, for_layout_only=True)
            assert tight is not None
            assert tight.x0 >= -1 and tight.y0 >= -1, chart.key  # nothing cut on the left or below
            assert tight.x1 <= figure.bbox.x1 + 1 and tight.y1 <= figure.bbox.y1 + 1, chart.key
            boxes.append(axes.get_window_extent(renderer).extents)
        constrained, one_pass = boxes
        assert max(abs(a - b) for a, b in zip(constrained, one_pass, strict=True)) < 6, chart.key
        # A narrow canvas of the view (two columns on a small screen): everything still inside,
        # the balance's legend too (centred above it, constrained layout let it stick out).
        figure = build_figure(chart, indicators(cross), width=4.2, layout=OnePassLayout())
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        tight = figure.axes[0].get_tightbbox(canvas.get_renderer(), for_layout_only=True)
        assert tight is not None
        assert tight.x0 >= -1 and tight.x1 <= figure.bbox.x1 + 1, chart.key

"""The charts of an Indicators value as HTML with PNG resources, for any PDF report."""

from __future__ import annotations

from reseau.reports.charts import CHARTS, ChartSpec, build_figure, empty_text, render_png, title
from reseau.reports.pdf import IMAGE_WIDTH, empty, esc
from reseau.services.indicators.figures import Indicators

CHART_WIDTH = 7.2  # inches: wide enough for the theme labels, shown at the width of the page


def chart_html(
    indicators: Indicators, images: dict[str, bytes], charts: tuple[ChartSpec, ...] = CHARTS
) -> str:
    """One heading per chart, then its image, or a plain sentence when it has nothing to show."""
    parts = []
    for chart in charts:
        data = chart.get(indicators)
        if data.is_empty:
            parts.append(f"<h3>{esc(title(chart))}</h3>" + empty(empty_text(indicators)))
            continue
        # The title is drawn inside the image so that a page break never parts it from its chart.
        name = f"chart://{chart.key}.png"
        figure = build_figure(chart, indicators, width=CHART_WIDTH, titled=True)
        images[name] = render_png(figure, dpi=150)
        parts.append(f'<p><img src="{name}" width="{IMAGE_WIDTH}"/></p>')
    return "".join(parts)

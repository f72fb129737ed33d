"""The charts of an Indicators value as images of a report's story, for any PDF report."""

from __future__ import annotations

from reseau.reports.charts import CHARTS, ChartSpec, build_figure, empty_text, render_png, title
from reseau.reports.typeset import TEXT_WIDTH, Story
from reseau.services.indicators.figures import Indicators

CHART_WIDTH = 7.2  # inches: wide enough for the theme labels, shown at the width of the page


def chart_story(story: Story, indicators: Indicators, charts: tuple[ChartSpec, ...] = CHARTS) -> None:
    """Each chart's title (text, searchable) and image, kept on one page; or its title and a
    plain sentence when it has nothing to show.

    matplotlib's object API with the Agg canvas keeps no global state: this runs on the worker
    thread of the report, each figure its own."""
    for chart in charts:
        data = chart.get(indicators)
        if data.is_empty:
            story.heading(title(chart), 3)
            story.paragraph(empty_text(indicators), "empty")
            continue
        figure = build_figure(chart, indicators, width=CHART_WIDTH, titled=False)
        story.figure(title(chart), render_png(figure, dpi=150), TEXT_WIDTH)

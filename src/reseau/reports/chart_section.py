"""The charts of an Indicators value as images of a report's story, for any PDF report."""

from __future__ import annotations

from collections.abc import Callable

from reseau.reports.charts import CHARTS, ChartSpec, build_figure, empty_text, render_png, title
from reseau.reports.typeset import TEXT_WIDTH, Story
from reseau.services.indicators.figures import Indicators

CHART_WIDTH = 7.2  # inches: wide enough for the theme labels, shown at the width of the page


def chart_story(
    story: Story,
    indicators: Indicators,
    charts: tuple[ChartSpec, ...] = CHARTS,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Each chart's title (text, searchable) and image, kept on one page; or its title and a
    plain sentence when it has nothing to show.

    matplotlib's object API with the Agg canvas keeps no global state: this runs on the worker
    thread of the report, each figure its own. ``progress(done, total)`` after each chart (the
    writing of the PDF counts as one more step)."""
    for done, chart in enumerate(charts, start=1):
        _chart(story, indicators, chart)
        if progress is not None:
            progress(done, len(charts) + 1)


def _chart(story: Story, indicators: Indicators, chart: ChartSpec) -> None:
    data = chart.get(indicators)
    if data.is_empty:
        story.heading(title(chart), 3)
        story.paragraph(empty_text(indicators), "empty")
        return
    figure = build_figure(chart, indicators, width=CHART_WIDTH, titled=False)
    story.figure(title(chart), render_png(figure, dpi=150), TEXT_WIDTH)

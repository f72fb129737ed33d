"""One chart of the Indicateurs view: its title, the chart painted with QPainter, its figures exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reseau.reports.chart_specs import (
    BALANCE_AXIS,
    ChartSpec,
    empty_text,
    figure_height,
    table,
    title,
    word,
    words,
)
from reseau.reports.tables import Table, write_table
from reseau.reports.words import language
from reseau.services.indicators.figures import Indicators
from reseau.ui.error_dialogs import show_error
from reseau.ui.indicators.chart_painter import Geometry, Ink, Metrics, layout, paint

CSV, XLSX = "csv", "xlsx"
DPI = 100  # the height of a chart: charts.figure_height (inches) at 100 pixels an inch, as before


class ChartCanvas(QWidget):
    """One chart painted with QPainter from its data and its words (issue 19.5).

    matplotlib's canvas took 260 to 400 ms of the GUI thread per chart, most of the view's
    opening; painting the same bars, labels and axis takes about a millisecond, so the chart is
    laid out (:mod:`chart_painter`) and painted at each paint event, at the widget's size and
    in its font, sharp at any pixel ratio. A cut label or a bar shows its whole text or its
    figure as a tooltip; the accessible name is the chart's title and the description says its
    figures."""

    def __init__(self, chart: ChartSpec, indicators: Indicators, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.data = words(chart.get(indicators))
        self.empty_text = empty_text(indicators)
        self.painted = False  # set by the first paint: the benchmark waits for the charts on screen
        self._geometry: Geometry | None = None
        self._geometry_size = QSizeF()
        self.setAccessibleName(title(chart))
        self.setAccessibleDescription(self.summary())
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a keyboard user reaches it, a reader says it
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills its ground

    @property
    def drawn(self) -> bool:
        return self.painted

    def geometry_now(self) -> Geometry:
        """The chart's geometry at the widget's present size and font (kept until they change)."""
        size = QRectF(0, 0, self.width(), self.height())
        if self._geometry is None or self._geometry_size != size.size():
            metrics = Metrics.of(QFontMetricsF(self.font()))
            self._geometry = layout(self.chart, self.data, size, metrics, self.empty_text, word(BALANCE_AXIS))
            self._geometry_size = size.size()
        return self._geometry

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._geometry = None
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = self.palette()
            ink = Ink(
                palette.color(QPalette.ColorRole.Text),
                palette.color(QPalette.ColorRole.Dark),
                palette.color(QPalette.ColorRole.Base),
                palette.color(QPalette.ColorRole.PlaceholderText),
            )
            paint(painter, self.geometry_now(), ink, QRectF(self.rect()))
            if self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
                painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        finally:
            painter.end()
        self.painted = True

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tip_at(self, point: QPointF) -> str:
        """The whole text of a cut label under ``point``, else the figure of the bar under it."""
        geometry = self.geometry_now()
        for label in geometry.labels():
            if label.cut and label.area().contains(point):
                return label.whole
        for bar in geometry.bars:
            if bar.rect.adjusted(-1, -1, 1, 1).contains(point):
                return self.say(bar.row, bar.column, bar.value)
        return ""

    def say(self, row: str, column: str, value: int) -> str:
        """A bar in words: « row : value », or « row, column : value » for a chart of series."""
        colon = _colon()
        return f"{row}{colon}{value}" if len(self.data.columns) == 1 else f"{row}, {column}{colon}{value}"

    def summary(self) -> str:
        """The figures in words, for a screen reader: each row with its counts (the months
        without entries left out), or the empty chart's sentence."""
        data = self.data
        if data.is_empty:
            return self.empty_text
        parts = []
        for row, values in zip(data.rows, data.values, strict=True):
            if self.chart.style == "months" and not any(values):
                continue
            if len(data.columns) == 1:
                parts.append(self.say(row, "", values[0]))
            else:
                figures = ", ".join(
                    f"{column} {value}" for column, value in zip(data.columns, values, strict=True)
                )
                parts.append(f"{row}{_colon()}{figures}")
        return (" ; " if language() == "fr" else "; ").join(parts)


def _colon() -> str:
    """The colon of the UI's language: French puts a space before it (typography, not words)."""
    return " : " if language() == "fr" else ": "


class ChartPanel(QGroupBox):
    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(title(spec), parent)
        self.spec = spec
        self.setObjectName(f"chart_{spec.key}")
        self.indicators: Indicators | None = None
        self.canvas: ChartCanvas | None = None
        self._layout = QVBoxLayout(self)
        self.export_button = QToolButton()
        self.export_button.setObjectName("export_button")
        self.export_button.setText(self.tr("Exporter les chiffres"))
        self.export_button.setAccessibleName(self.tr("Exporter les chiffres de « %s »") % self.title())
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("En CSV (tableur)…"), lambda: self.export(CSV))
        menu.addAction(self.tr("En XLSX (Excel)…"), lambda: self.export(XLSX))
        self.export_button.setMenu(menu)
        self.export_button.setEnabled(False)
        self._layout.addWidget(self.export_button)
        self._layout.addStretch(1)  # charts of one row keep to the top when their heights differ

    def set_indicators(self, indicators: Indicators) -> None:
        """Draw the chart anew; an empty one shows a sentence instead of axes."""
        self.indicators = indicators
        canvas = ChartCanvas(self.spec, indicators)
        canvas.setObjectName("canvas")
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        canvas.setFixedHeight(round(figure_height(self.spec, self.spec.get(indicators)) * DPI))
        canvas.setMinimumWidth(360)
        if self.canvas is not None:
            self._layout.replaceWidget(self.canvas, canvas)
            self.canvas.deleteLater()
        else:
            self._layout.insertWidget(0, canvas)
        self.canvas = canvas
        self.export_button.setEnabled(not self.data_is_empty())

    def data_is_empty(self) -> bool:
        return self.indicators is None or self.spec.get(self.indicators).is_empty

    def table(self) -> Table:
        assert self.indicators is not None
        headers, rows = table(self.spec, self.spec.get(self.indicators))
        return Table(title(self.spec), headers, rows)

    def ask_path(self, kind: str) -> Path | None:
        name = f"{self.spec.key}.{kind}"
        pattern = self.tr("CSV (*.csv)") if kind == CSV else self.tr("Classeur Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les chiffres"), name, pattern)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == f".{kind}" else chosen.with_suffix(f".{kind}")

    def export(self, kind: str) -> Path | None:
        if self.data_is_empty():
            return None
        path = self.ask_path(kind)
        if path is None:
            return None
        try:
            write_table(path, self.table())
        except OSError as error:
            show_error(self, self.tr("Export des chiffres"), error)
            return None
        return path

"""One chart of the Indicateurs view: its title, the matplotlib canvas, and the export of its figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reseau.reports.charts import ChartSpec, OnePassLayout, build_figure, figure_height, table, title
from reseau.reports.tables import Table, write_table
from reseau.services.indicators.figures import Indicators
from reseau.ui.error_dialogs import show_error

CSV, XLSX = "csv", "xlsx"
WIDTH = 5.6  # inches at 100 dpi: a chart of a two-column row of the view


class ChartCanvas(FigureCanvasQTAgg):
    """A chart built and drawn when it is on screen, not before.

    matplotlib's Qt canvas draws every figure once it is laid out, seen or not, and again at
    each size the layout passes through: opening the Indicateurs drew all ten charts, though
    the window shows four (issue 19.5). Here a change of size or figure only asks for a paint;
    Qt sends none to a chart scrolled out of sight. A paint of a chart not drawn yet asks for
    its drawing on the next turn of the event loop, when the layout has settled, if it is still
    on screen; the Agg image is then copied as the Qt canvas does.

    With ``build``, the canvas starts on an empty figure of the chart's size and builds the
    chart's own figure when it is first on screen: building the ten figures when the figures
    arrived took 100 to 400 ms of the GUI thread in one piece, six of them for charts out of
    sight. The building and the drawing are two turns of the event loop, so that neither holds
    the window long."""

    def __init__(self, figure: Figure, build: Callable[[], Figure] | None = None) -> None:
        self._stale = True  # before super(): its resize asks for a draw
        self._asked = False
        self._build = build
        super().__init__(figure)

    @property
    def drawn(self) -> bool:
        """The figure as it is now has been rendered (False until it is first on screen)."""
        return not self._stale

    @property
    def built(self) -> bool:
        """The chart's own figure is in the canvas (not the empty one it starts on)."""
        return self._build is None

    def draw_idle(self) -> None:
        self._stale = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._stale and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self, self._draw_if_on_screen)
        super().paintEvent(event)

    def _on_screen(self) -> bool:
        return self.width() > 0 and self.height() > 0 and not self.visibleRegion().isEmpty()

    def _draw_if_on_screen(self) -> None:
        self._asked = False
        if not (self._stale and self._on_screen()):
            return
        if self._build is not None:
            self._attach(self._build())
            self._build = None
            self._asked = True  # drawn on the next turn, if still on screen
            QTimer.singleShot(0, self, self._draw_if_on_screen)
            return
        self._stale = False
        FigureCanvasAgg.draw(self)  # the Agg render only; the paint below shows it
        self.update()

    def _attach(self, figure: Figure) -> None:
        """Put ``figure`` in this canvas at the canvas's size, as the Qt canvas does with the
        figure it is made with (its dots per inch scaled to the screen's pixel ratio)."""
        figure._original_dpi = figure.dpi  # type: ignore[attr-defined]  # read by matplotlib's canvas
        figure.set_canvas(self)
        self.figure = figure
        ratio = self.device_pixel_ratio
        figure.set_dpi(figure.dpi * ratio)
        figure.set_size_inches(
            self.width() * ratio / figure.dpi, self.height() * ratio / figure.dpi, forward=False
        )


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
        # An empty figure of the chart's size holds its place until it is first on screen.
        height = figure_height(self.spec, self.spec.get(indicators))
        canvas = ChartCanvas(
            Figure(figsize=(WIDTH, height)),
            lambda: build_figure(self.spec, indicators, WIDTH, layout=OnePassLayout()),
        )
        figure = canvas.figure
        canvas.setObjectName("canvas")
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        canvas.setFixedHeight(int(figure.get_figheight() * figure.dpi))
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

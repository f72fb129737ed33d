"""One chart of the Indicateurs view: its title, the matplotlib canvas, and the export of its figures."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reseau.reports.charts import ChartSpec, build_figure, table, title
from reseau.reports.tables import Table, write_table
from reseau.services.indicators.figures import Indicators
from reseau.ui.error_dialogs import show_error

CSV, XLSX = "csv", "xlsx"


class ChartPanel(QGroupBox):
    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(title(spec), parent)
        self.spec = spec
        self.setObjectName(f"chart_{spec.key}")
        self.indicators: Indicators | None = None
        self.canvas: FigureCanvasQTAgg | None = None
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
        figure = build_figure(self.spec, indicators, width=5.6)
        canvas = FigureCanvasQTAgg(figure)
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

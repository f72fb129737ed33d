"""The Indicateurs area: filters shared by every chart, the charts, their figures, the PDF reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from reseau.core.changes import Changes
from reseau.core.enums import Country, ExchangeKind
from reseau.reports.chart_specs import CHARTS
from reseau.reports.tables import write_xlsx
from reseau.services.indicators.figures import (
    IndicatorFilters,
    Indicators,
    ThemeChoice,
)
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.forms.ui_indicators_view import Ui_IndicatorsView
from reseau.ui.i18n import format_date, label
from reseau.ui.indicators import report_actions
from reseau.ui.indicators.chart_panel import ChartPanel
from reseau.ui.ops import indicators as indicator_ops
from reseau.ui.widgets.date_field import follow_start

COLUMNS = 2
# The period chosen in this run: (use_period, start, end), in AppContext.session_choices.
PERIOD_KEY = "indicators.period"


class IndicatorsView(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.ui = Ui_IndicatorsView()
        self.ui.setupUi(self)
        self.indicators: Indicators | None = None
        self._generation = 0  # results of an older refresh are dropped
        self._filling = False

        self._set_period(context.session_choices.get(PERIOD_KEY))
        self.ui.country.addItem(self.tr("Tous les pays"), None)
        for country in Country:
            self.ui.country.addItem(label(country, context.language), country)
        self.ui.kind.addItem(self.tr("Tous les types"), None)
        for kind in ExchangeKind:
            self.ui.kind.addItem(label(kind, context.language), kind)
        self.ui.theme.addItem(self.tr("Tous les thèmes"), None)
        self._on_use_period_toggled(self.ui.use_period.isChecked())
        # An empty date leaves that side of the period open; the end follows a later start.
        self.ui.start_date.setOptional(True)
        self.ui.end_date.setOptional(True)
        self.ui.end_date.setAccessibleName(self.tr("Fin de la période"))
        follow_start(self.ui.start_date, self.ui.end_date)

        self.panels: list[ChartPanel] = []
        for index, spec in enumerate(CHARTS):
            panel = ChartPanel(spec)
            self.ui.charts_layout.addWidget(panel, index // COLUMNS, index % COLUMNS)
            self.panels.append(panel)

        self.ui.use_period.toggled.connect(self._on_use_period_toggled)
        for widget in (self.ui.start_date, self.ui.end_date):
            widget.dateChanged.connect(self._on_filter_changed)
        for combo in (self.ui.country, self.ui.theme, self.ui.kind):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.ui.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.ui.export_all_button.clicked.connect(self._on_export_all_button_clicked)
        self.ui.annual_button.clicked.connect(self._on_annual_button_clicked)
        self.ui.mission_button.clicked.connect(self._on_mission_button_clicked)
        self.ui.delegates_button.clicked.connect(self._on_delegates_button_clicked)
        context.bus.changed.connect(self._on_bus_changed)
        # Typing a date or scrolling a combo fires many changes: compute once they settle.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self._load_themes()
        self.refresh()

    # --- filters ------------------------------------------------------------------------------

    def filters(self) -> IndicatorFilters:
        period = self.ui.use_period.isChecked()
        return IndicatorFilters(
            start=self.ui.start_date.value() if period else None,
            end=self.ui.end_date.value() if period else None,
            country=self.ui.country.currentData(),
            theme_id=self.ui.theme.currentData(),
            kind=self.ui.kind.currentData(),
        )

    def _set_period(self, remembered: object) -> None:
        """The period remembered in this run, else, in a large network (services.scale), the
        current year: counting every record of twenty years took seconds at 100,000 persons,
        and this year's figures are the ones looked at first. A small network opens on every
        year. The check box and dates show whether a period applies."""
        if isinstance(remembered, tuple) and len(remembered) == 3:
            use, start, end = remembered
        else:
            now = self.today()
            use, start, end = self.context.large, date(now.year, 1, 1), now
        self.ui.use_period.setChecked(bool(use))
        self.ui.start_date.setValue(start)
        self.ui.end_date.setValue(end)

    def _remember_period(self) -> None:
        self.context.session_choices[PERIOD_KEY] = (
            self.ui.use_period.isChecked(),
            self.ui.start_date.value(),
            self.ui.end_date.value(),
        )

    def _load_themes(self) -> None:
        indicator_ops.theme_choices(self.context.runner).success(self._fill_themes).run()

    def _fill_themes(self, themes: tuple[ThemeChoice, ...]) -> None:
        current = self.ui.theme.currentData()
        self._filling = True
        try:
            self.ui.theme.clear()
            self.ui.theme.addItem(self.tr("Tous les thèmes"), None)
            for theme in themes:
                self.ui.theme.addItem(theme.label, theme.id)
                self.ui.theme.setItemData(self.ui.theme.count() - 1, theme.label, 3)  # tooltip role
            index = self.ui.theme.findData(current)
            self.ui.theme.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False
        if current is not None and self.ui.theme.currentData() != current:
            self.refresh()  # the chosen theme was deleted

    def _on_use_period_toggled(self, checked: bool) -> None:
        self.ui.start_date.setEnabled(checked)
        self.ui.end_date.setEnabled(checked)
        self.ui.label_end_date.setEnabled(checked)
        if not self._filling and hasattr(self, "panels"):
            self._debounce.start()

    def _on_filter_changed(self, *_args: object) -> None:
        if not self._filling:
            self._debounce.start()

    def _on_reset_button_clicked(self) -> None:
        self._filling = True
        try:
            self.ui.use_period.setChecked(False)  # "Tout afficher": every year too
            for combo in (self.ui.country, self.ui.theme, self.ui.kind):
                combo.setCurrentIndex(0)
        finally:
            self._filling = False
        self.refresh()

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.themes:
            self._load_themes()
        if changes.any():
            self.refresh()

    # --- charts -------------------------------------------------------------------------------

    def has_pending_refresh(self) -> bool:
        return self._debounce.isActive()

    def refresh(self) -> None:
        self._debounce.stop()
        self._remember_period()
        self._generation += 1
        generation = self._generation
        filters, today, lang = self.filters(), self.today(), self.context.language

        def show(indicators: Indicators) -> None:
            if generation == self._generation:
                self._show(indicators)

        indicator_ops.indicators(self.context.runner, filters, today, lang).success(show).run()

    def _show(self, indicators: Indicators) -> None:
        self.indicators = indicators
        for panel in self.panels:
            panel.set_indicators(indicators)
        filters = indicators.filters
        if filters.empty_period:
            assert filters.start is not None and filters.end is not None
            self._say(
                self.tr("La période est vide : la date de début (%1) suit la date de fin (%2).")
                .replace("%1", format_date(filters.start))
                .replace("%2", format_date(filters.end)),
                warning=True,
            )
        elif all(panel.data_is_empty() for panel in self.panels):
            self._say(self.tr("Aucune donnée ne correspond à ces filtres : élargissez-les."), warning=True)
        else:
            self.ui.message.setVisible(False)
        self.ui.export_all_button.setEnabled(not all(panel.data_is_empty() for panel in self.panels))

    def _say(self, text: str, warning: bool = False) -> None:
        colour = "#b00020" if warning else "#1f5f99"
        self.ui.message.setText(f"<span style='color:{colour}'>{text}</span>")
        self.ui.message.setVisible(True)

    # --- exports and reports ------------------------------------------------------------------

    def ask_workbook_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter tous les chiffres"),
            "indicateurs.xlsx",
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")

    def _on_export_all_button_clicked(self) -> None:
        path = self.ask_workbook_path()
        if path is None:
            return
        tables = [panel.table() for panel in self.panels if not panel.data_is_empty()]
        try:
            write_xlsx(path, tables)
        except OSError as error:
            show_error(self, self.tr("Export des chiffres"), error)
            return
        self._say(
            self.tr("%1 tableau(x) exporté(s) dans %2")
            .replace("%1", str(len(tables)))
            .replace("%2", str(path))
        )

    def _on_annual_button_clicked(self) -> None:
        filters = self.filters()
        year = filters.start.year if filters.start else self.today().year
        report_actions.annual(self, self.context, year, self.today(), self._say)

    def _on_mission_button_clicked(self) -> None:
        report_actions.mission(self, self.context, self._say)

    def _on_delegates_button_clicked(self) -> None:
        report_actions.delegates(self, self.context, self._say)

"""The "Échanges et stages" area: the list (with filters and detail), the timeline and the
stages, in three tabs. A bar of the timeline or a stage opens the exchange in the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.enums import ExchangeStatus
from reseau.services.exchanges import records as exchanges
from reseau.services.exchanges.records import ExchangeRow
from reseau.ui.context import AppContext
from reseau.ui.exchanges.list_view import ExchangesListView
from reseau.ui.exchanges.stages_view import ExchangeStagesView
from reseau.ui.exchanges.timeline import KIND_COLOURS, ExchangeTimeline
from reseau.ui.i18n import label
from reseau.ui.ops import exchanges as exchange_ops
from reseau.ui.widgets.tabs import LazyTabs


class TimelinePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        lang = context.language
        self.timeline = ExchangeTimeline(lang)
        self.previous_button = QPushButton(self.tr("◀ Année précédente"))
        self.previous_button.setObjectName("previous_year_button")
        self.next_button = QPushButton(self.tr("Année suivante ▶"))
        self.next_button.setObjectName("next_year_button")
        self.today_button = QPushButton(self.tr("Cette année"))
        self.today_button.setObjectName("this_year_button")
        self.years_label = QLabel()
        self.years_label.setObjectName("years_label")
        self.years_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Straight to a year (2005 was 21 clicks away): type it or step with the arrows.
        self.year_picker = QSpinBox()
        self.year_picker.setObjectName("year_picker")
        self.year_picker.setRange(1950, 2100)
        self.year_picker.setAccessibleName(self.tr("Première année affichée"))
        year_label = QLabel(self.tr("&Aller à l'année :"))
        year_label.setBuddy(self.year_picker)
        self.undated_label = QLabel()
        self.undated_label.setStyleSheet("color: #666;")
        kinds = "&nbsp;&nbsp;".join(
            f"<span style='color:{colour}'>█</span> {label(kind, lang)}"
            for kind, colour in KIND_COLOURS.items()
        )
        # One swatch per status, drawn with characters that look like the bars' fills.
        swatches = {
            ExchangeStatus.IDEA: "<span style='color:#1f5fa8'>░</span> ?",
            ExchangeStatus.PROPOSED: "<span style='color:#1f5fa8'>▒</span> …",
            ExchangeStatus.PLANNED: "<span style='color:#a9c0de'>█</span>",
            ExchangeStatus.CONFIRMED: "<span style='color:#1f5fa8'>█</span>",
            ExchangeStatus.DONE: "<span style='color:#1f5fa8'>█</span> ✓",
            ExchangeStatus.ASSESSED: "<span style='color:#1f5fa8'>█</span> ★",
            ExchangeStatus.CANCELLED: "<span style='color:#8a8a8a'>▨</span> ✗",
        }
        statuses = "&nbsp;&nbsp;".join(f"{swatches[s]} {label(s, lang)}" for s in ExchangeStatus)
        legend = f"{kinds}<br>{statuses}"
        self.legend = QLabel(
            legend + self.tr("<br>Maj + molette : changer d'année ; cliquez une barre pour ouvrir l'échange.")
        )
        self.legend.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.years_label, 1)
        bar.addWidget(year_label)
        bar.addWidget(self.year_picker)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.undated_label)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.year_picker.valueChanged.connect(self._on_year_picker_valueChanged)
        self.timeline.first_year_changed.connect(self._on_timeline_first_year_changed)
        context.bus.changed.connect(self._on_bus_changed)
        self.show_years(date.today().year)
        self.refresh()

    def refresh(self) -> None:
        exchange_ops.list_exchanges(self.context.runner).success(self._show).run()

    @staticmethod
    def _load(session: Session) -> list[ExchangeRow]:
        return exchanges.list_exchanges(session)

    def _show(self, rows: list[ExchangeRow]) -> None:
        self.timeline.set_rows(rows)
        undated = self.timeline.undated_count()
        self.undated_label.setText(
            self.tr("%s échange(s) sans date n'apparaissent pas sur la chronologie.") % undated
            if undated
            else ""
        )

    def show_years(self, first_year: int) -> None:
        self.timeline.set_first_year(first_year)

    def _on_timeline_first_year_changed(self, first_year: int) -> None:
        self.years_label.setText(f"<b>{first_year} – {first_year + 1}</b>")
        self.year_picker.blockSignals(True)
        self.year_picker.setValue(first_year)
        self.year_picker.blockSignals(False)

    def _on_year_picker_valueChanged(self, year: int) -> None:
        self.show_years(year)

    def _on_previous_button_clicked(self) -> None:
        self.show_years(self.timeline.first_year - 1)

    def _on_next_button_clicked(self) -> None:
        self.show_years(self.timeline.first_year + 1)

    def _on_today_button_clicked(self) -> None:
        self.show_years(date.today().year)

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.exchanges:
            self.refresh()


class ExchangesView(QWidget):
    """The area widget; ``select_id`` lets other areas open an exchange."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list_view = ExchangesListView(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchange_tabs")
        self.tabs.addTab(self.list_view, self.tr("&Liste"))
        # The timeline and the stages are built (and read) when first shown.
        self._lazy = LazyTabs(self.tabs)
        self._timeline = self._lazy.add(self._build_timeline, self.tr("&Chronologie"))
        self._stages = self._lazy.add(self._build_stages, self.tr("Sta&ges"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build_timeline(self) -> TimelinePage:
        page = TimelinePage(self.context)
        page.timeline.exchange_clicked.connect(self.select_id)
        return page

    def _build_stages(self) -> ExchangeStagesView:
        view = ExchangeStagesView(self.context)
        view.open_exchange.connect(self.select_id)
        return view

    @property
    def timeline_page(self) -> TimelinePage:
        widget = self._lazy.widget(self._timeline)
        assert isinstance(widget, TimelinePage)
        return widget

    @property
    def stages_view(self) -> ExchangeStagesView:
        widget = self._lazy.widget(self._stages)
        assert isinstance(widget, ExchangeStagesView)
        return widget

    def select_id(self, ident: int) -> bool:
        self.tabs.setCurrentWidget(self.list_view)
        self.list_view.reveal(ident)
        return True

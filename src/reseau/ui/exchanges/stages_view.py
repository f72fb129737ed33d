"""The stages tab: every stage with where it stands today (in progress, coming, report
overdue, finished...), a filter on that situation and counters for the three that matter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.services.exchanges.stages import StageRow, StageSituation, list_stages
from reseau.ui.context import AppContext
from reseau.ui.i18n import label
from reseau.ui.ops import exchanges as exchange_ops
from reseau.ui.widgets.row_table_model import ROW_ROLE, SORT_ROLE, Column, Index, RowTableModel

SITUATION_COLOURS = {
    StageSituation.REPORT_OVERDUE: "#b00020",
    StageSituation.IN_PROGRESS: "#1b7a2f",
    StageSituation.COMING: "#1f5fa8",
}


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


class _SituationProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self.situation: StageSituation | None = None

    def set_situation(self, situation: StageSituation | None) -> None:
        self.beginFilterChange()
        self.situation = situation
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return self.situation is None or model.row_at(source_row).situation == self.situation


class ExchangeStagesView(QWidget):
    open_exchange = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = date.today()
        lang = context.language
        self.situation_labels = {
            StageSituation.REPORT_OVERDUE: self.tr("rapport en retard"),
            StageSituation.IN_PROGRESS: self.tr("en cours"),
            StageSituation.COMING: self.tr("à venir"),
            StageSituation.FINISHED: self.tr("terminé"),
            StageSituation.UNDATED: self.tr("sans dates"),
            StageSituation.CANCELLED: self.tr("annulé"),
        }
        self.summary = QLabel()
        self.summary.setObjectName("stages_summary")
        self.situation = QComboBox()
        self.situation.setObjectName("situation")
        self.situation.setAccessibleName(self.tr("Situation des stages"))
        self.situation.addItem(self.tr("Tous les stages"), None)
        for value in (
            StageSituation.IN_PROGRESS,
            StageSituation.COMING,
            StageSituation.REPORT_OVERDUE,
            StageSituation.FINISHED,
            StageSituation.UNDATED,
            StageSituation.CANCELLED,
        ):
            self.situation.addItem(self.situation_labels[value].capitalize(), value.value)
        self.model: RowTableModel[StageRow] = RowTableModel(
            [
                Column(
                    self.tr("Situation"),
                    lambda r: self.situation_labels[r.situation],
                    lambda r: list(StageSituation).index(r.situation),
                ),
                Column(self.tr("Stagiaire"), lambda r: r.intern),
                Column(self.tr("Stage"), lambda r: r.title, tooltip=lambda r: r.title),
                Column(
                    self.tr("Début"),
                    lambda r: _day(r.start_date),
                    lambda r: r.start_date.toordinal() if r.start_date else 0,
                ),
                Column(
                    self.tr("Fin"),
                    lambda r: _day(r.end_date),
                    lambda r: r.end_date.toordinal() if r.end_date else 0,
                ),
                Column(self.tr("Origine"), lambda r: r.home, tooltip=lambda r: r.home),
                Column(self.tr("Accueil"), lambda r: r.host, tooltip=lambda r: r.host),
                Column(self.tr("Tuteur"), lambda r: r.tutor),
                Column(
                    self.tr("Convention"),
                    lambda r: label(r.agreement_status, lang) if r.agreement_status else "",
                ),
                Column(
                    self.tr("Rapport dû"),
                    lambda r: _day(r.report_due),
                    lambda r: r.report_due.toordinal() if r.report_due else 0,
                ),
                Column(self.tr("Statut"), lambda r: label(r.status, lang)),
            ],
            self,
        )
        self.proxy = _SituationProxy()
        self.proxy.setParent(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("stages_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the tooltip has it whole
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Afficher :")))
        top.addWidget(self.situation)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        hint = QLabel(self.tr("Double-cliquez un stage pour ouvrir sa fiche."))
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.situation.currentIndexChanged.connect(self._on_situation_currentIndexChanged)
        self.table.activated.connect(self._on_table_doubleClicked)  # double click or Return
        context.bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def refresh(self) -> None:
        today = self.today
        exchange_ops.stages(self.context.runner, today).success(self._show).run()

    @staticmethod
    def _load(session: Session, today: date) -> list[StageRow]:
        return list_stages(session, today)

    def _show(self, rows: list[StageRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            # Long organization names stay readable in their tooltip.
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        counts = {s: sum(1 for r in rows if r.situation == s) for s in SITUATION_COLOURS}
        self.summary.setText(
            " · ".join(
                f"<span style='color:{colour}'><b>{counts[s]}</b> {self.situation_labels[s]}</span>"
                for s, colour in SITUATION_COLOURS.items()
            )
            + self.tr(" — %s stage(s) en tout") % len(rows)
        )

    def _on_situation_currentIndexChanged(self, _index: int) -> None:
        value = self.situation.currentData()
        self.proxy.set_situation(StageSituation(value) if value else None)

    def _on_table_doubleClicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_exchange.emit(row.id)

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.exchanges or changes.persons or changes.organizations:
            self.refresh()

"""The coverage tab: per theme, French and Québec persons and organizations, recent entries.

A side with nobody on a theme that is not closed is painted red and the "Écart" column says
which side; a click on a count opens the list behind it (double-click a name to go to it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseau.core.changes import Changes
from reseau.services.journal.entries import Named
from reseau.services.themes.coverage import Cell, CoverageRow
from reseau.ui.context import AppContext
from reseau.ui.ops import themes as theme_ops
from reseau.ui.widgets.check_list import COUNTRY_COLORS, item_text
from reseau.ui.widgets.row_table_model import ROW_ROLE, Column, Index, RowTableModel

GAP_BACKGROUND = QColor("#fde2e1")
GAP_TEXT = QColor("#b00020")
# Table column → the list a click opens.
CELLS: dict[int, Cell] = {
    2: Cell.FR_PERSONS,
    3: Cell.FR_ORGANIZATIONS,
    4: Cell.QC_PERSONS,
    5: Cell.QC_ORGANIZATIONS,
    6: Cell.ENTRIES,
}


class CoverageModel(RowTableModel[CoverageRow]):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index.row())
            gap = (index.column() in (2, 3) and row.gap_fr) or (index.column() in (4, 5) and row.gap_qc)
            if index.column() == 7 and row.gap:
                gap = True
            if gap:
                return QBrush(GAP_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else GAP_TEXT)
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() in CELLS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)


class CellListDialog(QDialog):
    """The list behind a coverage cell; ``chosen`` is the item double-clicked, if any."""

    def __init__(self, title: str, items: Sequence[Named], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 360)
        self.list = QListWidget()
        self.list.setObjectName("cell_list")
        for named in items:
            item = QListWidgetItem(item_text(named))
            item.setData(Qt.ItemDataRole.UserRole, named)
            if named.country is not None:
                item.setForeground(QBrush(QColor(COUNTRY_COLORS[named.country])))
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.list if items else QLabel(self.tr("Personne : c'est un écart à combler.")))
        layout.addWidget(buttons)
        self.chosen: Named | None = None
        self.list.itemDoubleClicked.connect(self._on_list_itemDoubleClicked)

    def _on_list_itemDoubleClicked(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, items: Sequence[Named]) -> Named | None:
        dialog = cls(title, items, parent)
        dialog.exec()
        return dialog.chosen


class CoverageView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CoverageModel(self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("coverage_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        help_label = QLabel(
            self.tr(
                "Une personne ou une organisation couvre un thème si elle lui est liée ou figure dans une "
                "entrée du journal sur ce thème. En rouge : aucun contact de ce côté-là. "
                "Cliquez sur un nombre pour voir la liste."
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(help_label)
        self.table.clicked.connect(self._on_table_clicked)
        context.bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def _columns(self) -> list[Column[CoverageRow]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Thème"), lambda r: r.title, tooltip=lambda r: r.title),
            Column(self.tr("Pers. FR"), lambda r: str(len(r.fr_persons))),
            Column(self.tr("Org. FR"), lambda r: str(len(r.fr_organizations))),
            Column(self.tr("Pers. QC"), lambda r: str(len(r.qc_persons))),
            Column(self.tr("Org. QC"), lambda r: str(len(r.qc_organizations))),
            Column(self.tr("Journal 12 mois"), lambda r: str(len(r.entries))),
            Column(self.tr("Écart"), self._gap_text),
        ]

    def _gap_text(self, row: CoverageRow) -> str:
        if row.gap_fr and row.gap_qc:
            return self.tr("⚠ aucun contact")
        if row.gap_fr:
            return self.tr("⚠ côté France")
        if row.gap_qc:
            return self.tr("⚠ côté Québec")
        return ""

    def refresh(self) -> None:
        today = date.today()
        theme_ops.coverage(self.context.runner, today).success(self.show_rows).run()

    def show_rows(self, rows: list[CoverageRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, 460)
        gaps = sum(1 for r in rows if r.gap)
        self.summary.setText(
            self.tr("%1 thèmes, dont %2 avec un écart.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(gaps))
        )

    def cell_items(self, index: QModelIndex) -> tuple[str, tuple[Named, ...]] | None:
        cell = CELLS.get(index.column())
        if cell is None:
            return None
        row: CoverageRow = index.data(ROW_ROLE)
        heading = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        return f"{row.code or row.title} — {heading}", row.cell(cell)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        found = self.cell_items(index)
        if found is None:
            return
        title, items = found
        chosen = CellListDialog.ask(self, title, items)
        if chosen is None:
            return
        cell = CELLS[index.column()]
        navigator = self.context.navigator
        if cell == Cell.ENTRIES:
            navigator.open_journal_entry(chosen.id)
        elif "persons" in cell.value:
            navigator.open_person(chosen.id)
        else:
            navigator.open_organization(chosen.id)

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.themes or changes.interactions or changes.persons or changes.organizations:
            self.refresh()

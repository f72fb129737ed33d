"""Revue de conservation: persons with no journal entry for N years (N configurable, saved)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseau.services.privacy.rights import RetentionRow
from reseau.ui.context import AppContext
from reseau.ui.ops import privacy as privacy_ops
from reseau.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel


class RetentionDialog(QDialog):
    """Lists the persons to review; « Afficher » selects one in the Personnes area."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Revue de conservation"))
        self.resize(640, 480)
        self.context = context
        self.chosen_id: int | None = None
        self.years = QSpinBox()
        self.years.setObjectName("years")
        self.years.setRange(1, 50)
        self.years.setSuffix(self.tr(" ans"))
        self.years.setAccessibleName(self.tr("Années sans échange"))
        intro = QLabel(
            self.tr(
                "Personnes sans aucune entrée au journal depuis le nombre d'années choisi (ou, sans "
                "entrée, dont la fiche est aussi ancienne). La loi demande de ne garder les "
                "renseignements personnels que le temps nécessaire : mettez à jour, ou effacez."
            )
        )
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.model: RowTableModel[RetentionRow] = RowTableModel(
            [
                Column(self.tr("Personne"), lambda r: r.name),
                Column(
                    self.tr("Dernière entrée au journal"),
                    lambda r: r.last_entry.isoformat() if r.last_entry else self.tr("aucune"),
                    lambda r: r.last_entry.toordinal() if r.last_entry else 0,
                ),
                Column(self.tr("Fiche créée le"), lambda r: r.created_on.isoformat() if r.created_on else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self._on_show())  # double click or Return
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = buttons.addButton(
            self.tr("&Afficher la fiche"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.show_button.setObjectName("show_button")
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Fermer"))
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self._on_show)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sans entrée au journal depuis :")))
        row.addWidget(self.years)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        privacy_ops.retention_years(context.runner).success(self._start).run()

    def _start(self, years: int) -> None:
        self.years.setValue(years)
        self.years.valueChanged.connect(self._on_years_valueChanged)
        self.refresh()

    def refresh(self) -> None:
        years = self.years.value()
        privacy_ops.retention_review(self.context.runner, years).success(self._show).run()

    def _show(self, rows: list[RetentionRow]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n personne(s) à revoir", "", len(rows)))

    def _on_years_valueChanged(self, years: int) -> None:
        if not self.context.read_only:
            privacy_ops.save_retention_years(self.context.runner, years).run()
        self.refresh()

    def _on_show(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen_id = rows[0].data(ROW_ROLE).id
            self.accept()

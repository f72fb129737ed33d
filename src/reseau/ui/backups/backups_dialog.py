"""The Sauvegardes dialog: the list of backups, « Sauvegarder maintenant », restore (with a
confirmation) and the retention schedule. Reached from Fichier › Sauvegardes…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from reseau.core.outcome import Outcome
from reseau.services.database import backups
from reseau.services.database.backups import BackupInfo, Restored, RetentionPolicy
from reseau.ui.backups.busy import BusySignal as BusySignal
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import describe, show_error
from reseau.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from reseau.ui.ops import backups as backup_ops
from reseau.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel

REASONS = {
    "manuelle": "manuelle",
    "demarrage": "au démarrage",
    "avant-migration": "avant une mise à jour du schéma",
    "avant-restauration": "avant une restauration",
    "avant-effacement": "avant un effacement",
    "avant-import": "avant une importation",
    "avant-fusion": "avant une fusion",
}


def _size(n: int) -> str:
    return f"{n / 1024:.0f} Ko" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} Mo"


class BackupsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.model: RowTableModel[BackupInfo] = RowTableModel(
            [
                Column(
                    self.tr("Date"), lambda b: f"{b.created_at:%Y-%m-%d %H:%M:%S}", lambda b: b.created_at
                ),
                Column(self.tr("Motif"), lambda b: self.tr(REASONS.get(b.reason, b.reason))),
                Column(self.tr("Taille"), lambda b: _size(b.size), lambda b: b.size),
                Column(
                    self.tr("Base"),
                    lambda b: self.tr("cette base") if b.database_id else self.tr("ancienne, non identifiée"),
                ),
            ],
            self,
        )
        table = self.ui.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Fermer"))
        local = context.paths is not None and not context.read_only
        for widget in (self.ui.backup_now_button, self.ui.restore_file_button, self.ui.retention_group):
            widget.setEnabled(local)
        if context.paths is None:
            self.ui.folder_label.setText(
                self.tr(
                    "Base partagée sur un serveur : les sauvegardes relèvent de son administrateur (pg_dump)."
                )
            )
        else:
            ident = backups.database_id(context.paths)
            folder = context.paths.backups / ident if ident else context.paths.backups
            self.ui.folder_label.setText(self.tr("Dossier : %s") % folder)
        self.ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        self.ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.ui.restore_file_button.clicked.connect(self._on_restore_file_button_clicked)
        self.ui.save_policy_button.clicked.connect(self._on_save_policy_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.busy = BusySignal(self)
        self.busy.waiting.connect(self._on_busy)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    @classmethod
    def show_for(cls, parent: QWidget, context: AppContext) -> BackupsDialog:
        dialog = cls(context, parent)
        dialog.setObjectName("backups_dialog")
        dialog.open()
        return dialog

    def refresh(self) -> None:
        self.model.set_rows(backups.list_backups(self.context.paths))
        if self.context.paths is not None:
            backup_ops.retention_policy(self.context.runner).success(self._show_policy).run()
        self._update_buttons()

    def _show_policy(self, policy: RetentionPolicy) -> None:
        self.ui.recent.setValue(policy.recent)
        self.ui.daily.setValue(policy.daily)
        self.ui.weekly.setValue(policy.weekly)
        self.ui.monthly.setValue(policy.monthly)

    def selected(self) -> BackupInfo | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        self.ui.restore_button.setEnabled(
            self.selected() is not None and self.context.paths is not None and not self.context.read_only
        )

    def _on_busy(self, waiting: bool) -> None:
        if waiting:
            self._status(self.tr("Base occupée par un autre programme, attente…"))

    def _status(self, text: str) -> None:
        self.ui.status_label.setText(text)

    def _failed(self, title: str, error: BaseException) -> None:
        self._status(describe(error))
        show_error(self, title, error)

    # --- actions ------------------------------------------------------------------------------
    def _on_backup_now_button_clicked(self) -> None:
        paths = self.context.paths

        def done(info: BackupInfo | None) -> None:
            self.refresh()
            if info is not None:
                self._status(self.tr("Sauvegarde créée et vérifiée : %s") % info.path.name)

        self._status(self.tr("Sauvegarde en cours…"))
        backup_ops.backup_now(self.context.runner, paths).success(done).failure(
            lambda e: self._failed(self.tr("Sauvegarde impossible"), e)
        ).run()

    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path, f"{info.created_at:%Y-%m-%d %H:%M}", picked=info.database_id is None)

    def _on_restore_file_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restaurer une base Réseau"), "", self.tr("Bases Réseau (*.sqlite3 *.db);;Tous (*)")
        )
        if name:
            self.restore(Path(name), Path(name).name, picked=True)

    def confirm_restore(self, what: str, warning: str = "") -> bool:
        text = (
            self.tr(
                "Remplacer toutes les données actuelles par la sauvegarde « %s » ?\n\n"
                "Les données actuelles seront d'abord sauvegardées."
            )
            % what
        )
        answer = QMessageBox.question(
            self,
            self.tr("Confirmer la restauration"),
            f"{warning}\n\n{text}" if warning else text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, source: Path, what: str, picked: bool = False) -> None:
        """Restore ``source``; a file the user picked that belongs to another database, or an
        old backup that names none, is restored only after a warning."""
        warning = ""
        if backups.is_other_database(self.context.paths, source):
            warning = self.tr(
                "Attention : ce fichier est la sauvegarde d'une AUTRE base de données que celle-ci."
            )
        elif picked:
            warning = self.tr(
                "Attention : rien n'indique que ce fichier soit une sauvegarde de cette base-ci."
            )
        if not self.confirm_restore(what, warning):
            return
        wait = self.busy.wait()

        def done(outcome: Outcome[Restored]) -> None:
            self.refresh()
            restored = outcome.value
            if restored.safety is not None:
                name = restored.safety.path.name
                self._status(self.tr("Base restaurée. Les données remplacées sont dans %s.") % name)
            else:
                self._status(self.tr("Base restaurée."))

        backup_ops.restore(self.context.runner, self.context.paths, source, wait).success(done).failure(
            lambda e: self._failed(self.tr("Restauration impossible"), e)
        ).run()

    def _on_save_policy_button_clicked(self) -> None:
        policy = RetentionPolicy(
            self.ui.recent.value(), self.ui.daily.value(), self.ui.weekly.value(), self.ui.monthly.value()
        )
        backup_ops.save_retention_policy(self.context.runner, policy).success(
            lambda _o: self._status(self.tr("Politique de conservation enregistrée."))
        ).failure(lambda e: self._failed(self.tr("Enregistrement impossible"), e)).run()

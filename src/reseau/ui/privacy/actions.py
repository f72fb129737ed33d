"""Privacy actions of the Personnes area: export a person's data, erase her, retention review.

Installed on the PersonsView by ``install_privacy_actions(view)``: a « Vie privée » menu button
in the toolbar and the same actions in the table's context menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton

from reseau.core.outcome import Outcome
from reseau.services.database.backups import BackupInfo
from reseau.services.privacy.erasure import ErasureReport
from reseau.services.privacy.rights import ErasureResult, PersonExport
from reseau.services.privacy.scrub import Mention
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import say
from reseau.ui.ops import privacy as privacy_ops
from reseau.ui.privacy.retention_dialog import RetentionDialog
from reseau.ui.widgets.file_progress import run_with_progress

MENTIONS_SHOWN = 10  # the rest in the box's details


class PrivacyActions:
    """The three actions, bound to a PersonsView (``view.selected_row()``, ``view.context``)."""

    def __init__(self, view: Any) -> None:
        self.view = view
        self.export_action = QAction(view.tr("&Exporter les données de cette personne…"), view)
        self.export_action.setObjectName("export_person_action")
        self.erase_action = QAction(view.tr("E&ffacer cette personne…"), view)
        self.erase_action.setObjectName("erase_person_action")
        self.review_action = QAction(view.tr("&Revue de conservation…"), view)
        self.review_action.setObjectName("retention_review_action")
        self.export_action.triggered.connect(self.ask_export)
        self.erase_action.triggered.connect(self.ask_erase)
        self.review_action.triggered.connect(self.open_review)
        self.last_erasure: ErasureResult | None = None
        self.last_holding: list[BackupInfo] = []
        self.last_report: ErasureReport | None = None
        self.last_export: tuple[Path, Path] | None = None

    def actions_for_selection(self) -> None:
        has = self.view.selected_row() is not None
        self.export_action.setEnabled(has)
        self.erase_action.setEnabled(has and not self.view.context.read_only)

    # --- export -------------------------------------------------------------------------------
    def ask_export(self) -> None:
        row = self.view.selected_row()
        if row is None:
            return
        suggested = f"donnees-{row.last_name}-{row.first_name}".strip("-").replace(" ", "-") + ".json"
        name, _f = QFileDialog.getSaveFileName(
            self.view, self.view.tr("Exporter les données de %s") % row.name, suggested, "JSON (*.json)"
        )
        if name:
            self.export(row.id, Path(name))

    def export(self, person_id: int, json_path: Path) -> None:
        """Write ``json_path`` and the PDF beside it (same name, .pdf), both owner-only."""
        json_path = json_path.with_suffix(".json")
        pdf_path = json_path.with_suffix(".pdf")

        def write(export: PersonExport) -> None:
            run_with_progress(
                self.view,
                self.view.tr("Écriture des données de %s…") % export.name,
                privacy_ops.write_person_files(self.view.context.runner, export, json_path, pdf_path),
                lambda _written: written(),
                lambda exc: show_error(self.view, self.view.tr("Exportation impossible"), exc),
            )

        def written() -> None:
            self.last_export = (json_path, pdf_path)
            message = (
                self.view.tr("Données exportées : %1 et %2")
                .replace("%1", str(json_path))
                .replace("%2", pdf_path.name)
            )
            window = self.view.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(message, 10000)

        privacy_ops.export_person(self.view.context.runner, person_id).success(write).failure(
            lambda e: show_error(self.view, self.view.tr("Exportation impossible"), e)
        ).run()

    # --- erasure ------------------------------------------------------------------------------
    def confirm_erase(self, name: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.view.tr("Effacer cette personne"),
            self.view.tr(
                "Effacer définitivement %s ?\n\n"
                "Sa fiche, ses coordonnées, ses étiquettes et ses participations sont supprimées. "
                "Les entrées du journal et les activités de l'agenda restent, sans elle, avec la "
                "mention « personne effacée ». Une sauvegarde est faite avant l'effacement."
            )
            % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.view.tr("Effacer"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_erase(self) -> None:
        row = self.view.selected_row()
        if row is not None and self.confirm_erase(row.name):
            self.erase(row.id)

    def erase(self, person_id: int) -> None:
        context = self.view.context
        paths = context.paths

        def erased(outcome: Outcome[ErasureResult]) -> None:
            result = outcome.value
            self.last_erasure = result
            privacy_ops.finish_erasure(context.runner, result, paths).success(self.report_erasure).failure(
                lambda e: show_error(self.view, self.view.tr("Effacement incomplet"), e)
            ).run()

        privacy_ops.erase_person(context.runner, person_id, paths).success(erased).failure(
            lambda e: show_error(self.view, self.view.tr("Effacement impossible"), e)
        ).initiator(self.view).run()

    def mention_line(self, mention: Mention) -> str:
        return str(
            self.view.tr("%1 n° %2 (%3)")
            .replace("%1", say(mention.record))
            .replace("%2", str(mention.row_id))
            .replace("%3", mention.label)
        )

    def report_erasure(self, report: ErasureReport) -> None:
        result, holding = report.result, list(report.holding)
        self.last_report = report
        self.last_holding = holding
        text = (
            self.view.tr("La personne a été effacée (%1 lignes touchées).\nRéférence de l'effacement : %2")
            .replace("%1", str(result.rows_touched))
            .replace("%2", result.reference)
        )
        if report.removed_partials:
            text += "\n\n" + self.view.tr("Sauvegardes interrompues supprimées : %1").replace(
                "%1", str(len(report.removed_partials))
            )
        if result.mentions:
            lines = [f"• {self.mention_line(m)}" for m in result.mentions]
            shown = lines[:MENTIONS_SHOWN]
            if len(lines) > MENTIONS_SHOWN:
                shown.append(
                    self.view.tr("… et %1 autres (voir les détails)").replace(
                        "%1", str(len(lines) - MENTIONS_SHOWN)
                    )
                )
            text += (
                "\n\n"
                + self.view.tr(
                    "Ces enregistrements la mentionnent encore ; relisez-les et retirez ce qui la "
                    "concerne :\n"
                )
                + "\n".join(shown)
            )
        if holding:
            listing = "\n".join(f"• {b.path.name}" for b in holding)
            text += (
                "\n\n"
                + self.view.tr(
                    "Ces sauvegardes la contiennent encore ; elles disparaîtront selon la politique de "
                    "conservation, ou vous pouvez les supprimer maintenant :\n"
                )
                + listing
            )
        box = QMessageBox(
            QMessageBox.Icon.Information, self.view.tr("Effacement terminé"), text, parent=self.view
        )
        box.setObjectName("erasure_box")
        if result.mentions:
            box.setDetailedText("\n".join(self.mention_line(m) for m in result.mentions))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if holding:
            delete = box.addButton(
                self.view.tr("Supprimer ces sauvegardes"), QMessageBox.ButtonRole.DestructiveRole
            )
            delete.setObjectName("delete_backups_button")
            delete.clicked.connect(lambda: self.delete_backups(holding))
        box.open()

    def delete_backups(self, holding: list[BackupInfo]) -> None:
        for info in holding:
            try:
                info.path.unlink(missing_ok=True)
            except OSError as exc:
                show_error(self.view, self.view.tr("Suppression impossible"), exc)

    # --- retention review ---------------------------------------------------------------------
    def open_review(self) -> None:
        dialog = RetentionDialog(self.view.context, self.view)
        dialog.accepted.connect(
            lambda: self.view.select_id(dialog.chosen_id) if dialog.chosen_id is not None else None
        )
        dialog.open()


def install_privacy_actions(view: Any) -> PrivacyActions:
    """Add the « Vie privée » toolbar button and the table's context menu to ``view``."""
    actions = PrivacyActions(view)
    button = QToolButton(view)
    button.setObjectName("privacy_button")
    button.setText(view.tr("&Vie privée"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for action in (actions.export_action, actions.erase_action, actions.review_action):
        menu.addAction(action)
    button.setMenu(menu)
    view.add_toolbar_button(button)
    view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def context_menu(position: QPoint) -> None:
        actions.actions_for_selection()
        popup = QMenu(view.table)
        popup.addAction(actions.export_action)
        popup.addAction(actions.erase_action)
        popup.addSeparator()
        popup.addAction(actions.review_action)
        popup.popup(view.table.viewport().mapToGlobal(position))

    view.table.customContextMenuRequested.connect(context_menu)
    menu.aboutToShow.connect(actions.actions_for_selection)
    return actions

"""The main window's import, export and duplicates actions (kept here so main_window stays small)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from reseau.ui.error_dialogs import show_error

if TYPE_CHECKING:
    from reseau.services.io.import_undo import BatchRow
    from reseau.ui.main_window import MainWindow

# The import, export and duplicates machinery (readers of every file format, the import
# pipeline: 0.3 s of imports) comes with the action that needs it, not with the window.


def add_file_actions(window: MainWindow, menu: QMenu) -> None:
    import_action = QAction(window.tr("&Importer des contacts…"), window)
    import_action.setObjectName("import_action")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: open_import_wizard(window))
    export_action = QAction(window.tr("E&xporter des contacts…"), window)
    export_action.setObjectName("export_action")
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(lambda: open_export_dialog(window))
    undo_action = QAction(window.tr("Annuler le &dernier import…"), window)
    undo_action.setObjectName("undo_import_action")
    undo_action.triggered.connect(lambda: undo_last_import(window))
    menu.addActions([import_action, export_action, undo_action])


def add_tools_actions(window: MainWindow, menu: QMenu) -> None:
    duplicates = QAction(window.tr("&Doublons…"), window)
    duplicates.setObjectName("duplicates_action")
    duplicates.triggered.connect(lambda: open_duplicates(window))
    menu.addAction(duplicates)


def open_import_wizard(window: MainWindow, path: Path | None = None) -> None:
    """The import wizard, on ``path`` when a file was given (``reseau contacts.vcf``)."""
    from reseau.ui.io.import_wizard import ImportWizard

    ImportWizard.run(window.context, window, path)


def open_export_dialog(window: MainWindow) -> None:
    from reseau.ui.io.export_dialog import ExportDialog

    ExportDialog.ask(window.context, window)


def open_duplicates(window: MainWindow) -> None:
    from reseau.ui.io.duplicates_dialog import DuplicatesDialog

    DuplicatesDialog.ask(window.context, window)


def undo_last_import(window: MainWindow) -> None:
    from reseau.ui.ops import io as io_ops

    def confirm(batches: list[BatchRow]) -> None:
        batch = next((b for b in batches if not b.undone), None)
        if batch is None:
            QMessageBox.information(
                window, window.tr("Annuler un import"), window.tr("Aucun import à annuler.")
            )
            return
        question = (
            window.tr("Annuler l'import n° %1 de « %2 » (%3 fiches créées, %4 mises à jour) ?")
            .replace("%1", str(batch.id))
            .replace("%2", batch.source)
            .replace("%3", str(batch.created))
            .replace("%4", str(batch.updated))
        )
        if (
            QMessageBox.question(window, window.tr("Annuler un import"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        io_ops.undo_import(window.context.runner, batch.id).success(
            lambda _: window.statusBar().showMessage(window.tr("Import n° %s annulé.") % batch.id, 8000)
        ).failure(lambda e: show_error(window, window.tr("Annuler un import"), e)).run()

    io_ops.list_batches(window.context.runner).success(confirm).run()

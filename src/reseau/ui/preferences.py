"""Open the Préférences dialog, save what the user chose, tell the views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reseau.core.changes import Changes
from reseau.ui.context import AppContext
from reseau.ui.dialogs.preferences_dialog import PreferencesDialog
from reseau.ui.error_dialogs import show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def edit_preferences(parent: QWidget, context: AppContext, message: str = "") -> bool:
    """True when new preferences were saved. ``message``: why the file was not read, if so."""
    store = context.settings
    before = store.current
    chosen = PreferencesDialog.ask(parent, before, message or getattr(store, "load_message", ""))
    if chosen is None:
        return False
    try:
        store.save(chosen)
    except OSError as exc:
        show_error(parent, tr("Préférences"), exc)
        return False
    store.load_message = ""  # the file on disk is good again
    context.bus.announce(Changes(settings=True))
    if (chosen.language, chosen.database_path, chosen.server_url) != (
        before.language,
        before.database_path,
        before.server_url,
    ):
        QMessageBox.information(
            parent,
            tr("Préférences"),
            tr("La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau."),
        )
    return True

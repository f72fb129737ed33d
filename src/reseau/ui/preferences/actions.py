"""Open the Préférences dialog, save what the user chose, tell the views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from reseau.core.changes import Changes
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import say
from reseau.ui.preferences.preferences_dialog import PreferencesDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


def _open_backups(parent: QWidget, context: AppContext) -> None:
    from reseau.ui.backups.backups_dialog import BackupsDialog

    BackupsDialog.show_for(parent, context)


def edit_preferences(
    parent: QWidget, context: AppContext, message: str = "", reopen: Callable[[], None] | None = None
) -> bool:
    """True when new preferences were saved. ``message``: why the file was not read, if so.

    A new language, database or server needs the window built again: ``reopen`` does it when
    the user agrees (the window closes and reopens at once); else they apply at the next start.
    """
    store = context.settings
    before = store.current
    chosen = PreferencesDialog.ask(
        parent,
        before,
        message or (say(store.load_message) if store.load_message else ""),
        lambda: _open_backups(parent, context),
    )
    if chosen is None:
        return False
    try:
        store.save(chosen)
    except OSError as exc:
        show_error(parent, tr("Préférences"), exc)
        return False
    store.load_message = None  # the file on disk is good again
    context.bus.announce(Changes(settings=True))
    if (chosen.language, chosen.database_path, chosen.server_url) != (
        before.language,
        before.database_path,
        before.server_url,
    ):
        _offer_reopen(parent, reopen)
    return True


def _offer_reopen(parent: QWidget, reopen: Callable[[], None] | None) -> None:
    if reopen is None:
        QMessageBox.information(
            parent,
            tr("Préférences"),
            tr("La langue et la base de données choisies seront utilisées au prochain démarrage de Réseau."),
        )
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Préférences"),
        tr(
            "La langue et la base de données choisies demandent de rouvrir la fenêtre. "
            "Tout est enregistré : la rouvrir maintenant ?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("reopen_box")
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Rouvrir maintenant"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Au prochain démarrage"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    if box.exec() == QMessageBox.StandardButton.Yes:
        # After the dialog's own event handling has finished: the window is about to close.
        QTimer.singleShot(0, reopen)

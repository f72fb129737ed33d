"""The dialog shown when a save hits a record someone else changed meanwhile (optimistic
locking on the ``version`` column): reload their version, overwrite it with mine, or cancel."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm.exc import StaleDataError

from reseau.core.errors import ConflictError
from reseau.ui.error_dialogs import show_error


class ConflictChoice(StrEnum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def is_conflict(error: BaseException) -> bool:
    return isinstance(error, ConflictError | StaleDataError)


class ConflictDialog(QMessageBox):
    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Modification concurrente"))
        self.setText(
            self.tr("La fiche « %s » a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.")
            % what
        )
        self.setInformativeText(
            self.tr(
                "Recharger : afficher sa version (vos modifications sont abandonnées).\n"
                "Écraser : enregistrer votre version par-dessus la sienne.\n"
                "Annuler : ne rien enregistrer pour l'instant."
            )
        )
        self.reload_button = self.addButton(self.tr("&Recharger"), QMessageBox.ButtonRole.AcceptRole)
        self.reload_button.setObjectName("reload_button")
        self.overwrite_button = self.addButton(self.tr("É&craser"), QMessageBox.ButtonRole.DestructiveRole)
        self.overwrite_button.setObjectName("overwrite_button")
        self.cancel_button = self.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancel_button")
        self.setDefaultButton(self.reload_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> ConflictChoice:
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return ConflictChoice.RELOAD
        if clicked is self.overwrite_button:
            return ConflictChoice.OVERWRITE
        return ConflictChoice.CANCEL

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> ConflictChoice:
        dialog = cls(what, parent)
        dialog.exec()
        return dialog.choice()


def handle_save_failure(
    parent: QWidget,
    error: BaseException,
    title: str,
    what: str,
    reload: Callable[[], None],
    overwrite: Callable[[], None],
) -> None:
    """A conflict opens the dialog and runs the chosen action; any other error is shown."""
    if not is_conflict(error):
        show_error(parent, title, error)
        return
    choice = ConflictDialog.ask(parent, what)
    if choice == ConflictChoice.RELOAD:
        reload()
    elif choice == ConflictChoice.OVERWRITE:
        overwrite()

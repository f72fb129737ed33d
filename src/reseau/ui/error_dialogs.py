"""Turn an exception from a service into a message box with plain words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from reseau.core.errors import ReseauError, ValidationError
from reseau.ui.i18n import say

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(f"• {say(p.message)}" for p in error.problems)
    if isinstance(error, ReseauError):
        return say(error.message)
    if isinstance(error, OSError):
        # A full disk, a folder without rights, a file held by another program: expected.
        where = error.filename if error.filename is not None else ""
        why = error.strerror or str(error)
        template = QCoreApplication.translate(
            "ErrorDialogs", "Le fichier « %1 » n'a pas pu être lu ou écrit : %2."
        )
        return template.replace("%1", str(where)).replace("%2", why)
    log.error("Unexpected error", exc_info=error)
    template = QCoreApplication.translate("ErrorDialogs", "Erreur inattendue : %1")
    return template.replace("%1", f"{error.__class__.__name__}: {error}")


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(error))


def report_failure(parent: QWidget, error: BaseException) -> None:
    """The default failure path of the ops (OpRunner.tell_user): a failed read or write that
    has no handler of its own is said in a sentence, in a message box that does not block (the
    failure may arrive while the user does something else) and in the status bar."""
    text = describe(error)  # an unexpected error is logged there with its traceback
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15000)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorDialogs", "Opération impossible"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("op_failure_box")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()

"""Turn an exception from a service into a message box with plain words."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from reseau.core.errors import ReseauError, ValidationError

log = logging.getLogger(__name__)


def describe(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(f"• {p.message}" for p in error.problems)
    if isinstance(error, ReseauError):
        return str(error)
    log.error("Unexpected error", exc_info=error)
    return f"Erreur inattendue : {error.__class__.__name__}: {error}"


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, describe(error))

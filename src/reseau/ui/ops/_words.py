"""The undo descriptions of the named operations, in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives tr() outside a class

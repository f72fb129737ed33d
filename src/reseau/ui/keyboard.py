"""Keyboard conventions shared by every dialog, without per-dialog code.

Ctrl+S (the platform's Save key) presses the Save (or OK) button of the dialog that has the
focus, so that every form, present and future, saves from the keyboard. New (Ctrl+N), Find
(Ctrl+F) and Delete are set by the list views; Ctrl+1…7 switch areas; Ctrl+Z / Ctrl+Shift+Z
undo and redo (Édition menu).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

_SAVE_BUTTONS = (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok)


def save_button(dialog: QWidget) -> QWidget | None:
    for box in dialog.findChildren(QDialogButtonBox):
        for which in _SAVE_BUTTONS:
            button = box.button(which)
            if button is not None and button.isVisible() and button.isEnabled():
                return button
    return None


class SaveShortcut(QObject):
    """Application event filter: Ctrl+S in a dialog clicks its Save button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not event.matches(QKeySequence.StandardKey.Save) or not isinstance(watched, QWidget):
            return False
        dialog = watched.window()
        if not isinstance(dialog, QDialog):
            return False
        button = save_button(dialog)
        if button is None:
            return False
        button.click()  # type: ignore[attr-defined]
        return True


def install_save_shortcut(owner: QObject) -> SaveShortcut | None:
    app = QApplication.instance()
    if app is None:
        return None
    shortcut = SaveShortcut(owner)
    app.installEventFilter(shortcut)
    return shortcut

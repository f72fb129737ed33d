"""The Édition menu: Annuler / Rétablir (named after the action) and Préférences."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from reseau.ui.undo_history import UndoHistory


class EditActions(QObject):
    """Keeps the two actions in step with the history (text, enabled)."""

    def __init__(
        self,
        window: QMainWindow,
        history: UndoHistory,
        preferences: Callable[[], None],
        before: QMenu | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.history = history
        menu = QMenu(self.tr("&Édition"), window)
        if before is not None:
            window.menuBar().insertMenu(before.menuAction(), menu)
        else:
            window.menuBar().addMenu(menu)
        menu.setObjectName("edit_menu")
        self.undo_action = QAction(self.tr("&Annuler"), window)
        self.undo_action.setObjectName("undo_action")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(history.undo)
        self.redo_action = QAction(self.tr("&Rétablir"), window)
        self.redo_action.setObjectName("redo_action")
        # Ctrl+Shift+Z everywhere, and Ctrl+Y where it is the platform's habit (Windows).
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(history.redo)
        self.preferences_action = QAction(self.tr("&Préférences…"), window)
        self.preferences_action.setObjectName("preferences_action")
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(preferences)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.preferences_action)
        history.changed.connect(self.update)
        history.failed.connect(self._on_history_failed)
        history.applied.connect(self._on_history_applied)
        self.update()

    def update(self) -> None:
        undo, redo = self.history.undo_text(), self.history.redo_text()
        self.undo_action.setText(self.tr("&Annuler « %s »") % undo if undo else self.tr("&Annuler"))
        self.redo_action.setText(self.tr("&Rétablir « %s »") % redo if redo else self.tr("&Rétablir"))
        self.undo_action.setEnabled(self.history.can_undo())
        self.redo_action.setEnabled(self.history.can_redo())

    def _on_history_applied(self, description: str, undone: bool) -> None:
        text = self.tr("Annulé : %s") if undone else self.tr("Rétabli : %s")
        self.window.statusBar().showMessage(text % description, 5000)

    def _on_history_failed(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Annulation impossible"),
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("undo_failed_box")
        box.open()  # not exec(): the window keeps running (and tests are not blocked)

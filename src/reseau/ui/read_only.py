"""Read-only mode (a database written by a newer Réseau): say it, and disable write actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.ui.context import AppContext

NOTICE = QT_TRANSLATE_NOOP(
    "ReadOnly",
    "Cette base de données a été écrite par une version plus récente de Réseau. "
    "Elle est ouverte en lecture seule : vous pouvez la consulter, mais pas la modifier. "
    "Mettez Réseau à jour pour la modifier.",
)


def apply_read_only(window: QMainWindow, context: AppContext) -> None:
    """Mark the window read-only: a permanent status-bar badge, and no button that writes.

    CommandOp refuses every write anyway; disabling the buttons says it before the user tries.
    """
    if not context.read_only:
        return
    badge = QLabel(window.tr("Lecture seule"))
    badge.setObjectName("read_only_badge")
    badge.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 6px;")
    window.statusBar().addPermanentWidget(badge)
    hide_write_buttons(window, context)
    for attribute in ("demo_action",):
        action = getattr(window, attribute, None)
        if action is not None:
            action.setEnabled(False)


def hide_write_buttons(widget: QWidget, context: AppContext) -> None:
    """Hide the buttons that write; also called on each area as it is built (lazily)."""
    if not context.read_only:
        return
    for name in ("new_button", "edit_button", "delete_button", "erase_button"):
        for button in widget.findChildren(QPushButton, name):
            button.setEnabled(False)
            button.setVisible(False)


def show_read_only_notice(window: QMainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        window.tr("Lecture seule"),
        QCoreApplication.translate("ReadOnly", NOTICE),
        parent=window,
    )
    box.setObjectName("read_only_box")
    box.open()

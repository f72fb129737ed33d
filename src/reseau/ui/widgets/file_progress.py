"""A progress dialog over a file being written off the GUI thread (ops.runner.FileOp)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton, QWidget

from reseau.ui.ops.runner import FileOp

T = TypeVar("T")


def run_with_progress(
    parent: QWidget,
    label: str,
    op: FileOp[T],
    done: Callable[[T], Any],
    failed: Callable[[BaseException], Any],
) -> QProgressDialog:
    """Run ``op`` while a progress dialog says ``label`` (busy until the op gives a total); the
    window stays responsive. ``done`` or ``failed`` is called once the dialog has closed."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("file_progress")
    dialog.setWindowTitle(parent.window().windowTitle())
    dialog.setCancelButton(None)  # a PDF half written is worth nothing; it takes seconds
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(count: int, total: int) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(count)

    def finish(result: T) -> None:
        dialog.close()
        dialog.deleteLater()
        done(result)
        announce_written(parent, written_paths(result))

    def fail(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        failed(error)

    op.progress(progress).success(finish).failure(fail).run()
    dialog.show()
    return dialog


def written_paths(result: object) -> list[Path]:
    """The files a file op says it wrote: a path, or a list or tuple of them."""
    if isinstance(result, Path):
        return [result]
    if isinstance(result, list | tuple):
        return [item for item in result if isinstance(item, Path)]
    return []


def announce_written(parent: QWidget, paths: list[Path]) -> None:
    """Confirm in the window's status bar that the file was written, where, with an « Ouvrir
    le dossier » button (the file manager on its folder) until the next message."""
    window = parent.window()
    if not paths or not isinstance(window, QMainWindow):
        return
    bar = window.statusBar()
    if len(paths) == 1:
        text = QCoreApplication.translate("FileProgress", "Fichier écrit : %1").replace("%1", str(paths[0]))
    else:
        text = (
            QCoreApplication.translate("FileProgress", "%1 fichiers écrits dans %2")
            .replace("%1", str(len(paths)))
            .replace("%2", str(paths[0].parent))
        )
    button = bar.findChild(QPushButton, "open_folder_button")
    if button is None:
        button = QPushButton(bar)
        button.setObjectName("open_folder_button")
        button.setFlat(True)
        bar.addPermanentWidget(button)
        bar.messageChanged.connect(lambda message: button.setVisible(bool(message)))
        button.clicked.connect(lambda: open_folder(button))
    button.setText(QCoreApplication.translate("FileProgress", "Ouvrir le &dossier"))
    button.setAccessibleName(button.text().replace("&", ""))
    folder = paths[0].parent
    button.setProperty("folder", str(folder))
    bar.showMessage(text, 60000)
    button.show()


def open_folder(button: QPushButton) -> bool:
    """The file manager on the folder the button was given."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(button.property("folder"))))

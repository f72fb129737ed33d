"""A progress dialog over a file being written off the GUI thread (ops.runner.FileOp)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

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

    def fail(error: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        failed(error)

    op.progress(progress).success(finish).failure(fail).run()
    dialog.show()
    return dialog

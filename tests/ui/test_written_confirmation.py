"""After a PDF is written, the status bar says where, with « Ouvrir le dossier »."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.ops.runner import FileOp
from reseau.ui.widgets.file_progress import run_with_progress


def test_the_status_bar_confirms_the_file_and_opens_its_folder(
    qtbot: QtBot,
    context: AppContext,
    wait_ops: Callable[[AppContext], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "rapports" / "bilan-2027.pdf"

    def write(_progress: object) -> Path:
        target.parent.mkdir()
        target.write_bytes(b"%PDF-1.7\n")
        return target

    done: list[Path] = []
    run_with_progress(window, "Écriture…", FileOp(context.runner, write), done.append, pytest.fail)
    wait_ops(context)
    qtbot.waitUntil(lambda: bool(done))
    bar = window.statusBar()
    assert str(target) in bar.currentMessage()
    button = bar.findChild(QPushButton, "open_folder_button")
    assert button is not None and button.isVisible() and button.text() == "Ouvrir le &dossier"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    button.click()
    assert opened == [QUrl.fromLocalFile(str(target.parent))]
    bar.clearMessage()
    assert not button.isVisible()

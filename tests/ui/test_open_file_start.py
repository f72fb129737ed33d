"""`reseau contacts.vcf` opens the import wizard on that file (app._run calls this)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.io.import_wizard import ImportWizard
from reseau.ui.io.menus import open_import_wizard
from reseau.ui.main_window import MainWindow


def test_the_wizard_opens_on_the_given_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context, "test")
    qtbot.addWidget(window)
    card = tmp_path / "contacts.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anne Tremblay\nN:Tremblay;Anne;;;\nEND:VCARD\n")
    seen: list[str] = []

    def exec_(wizard: ImportWizard) -> int:
        seen.append(wizard.file_page.path_edit.text())
        # With a file, "Suivant" is ready: one Return reads it.
        assert wizard.file_page.isComplete() == bool(seen[-1])
        return int(QWizard.DialogCode.Rejected)

    monkeypatch.setattr(ImportWizard, "exec", exec_)
    open_import_wizard(window, card)
    open_import_wizard(window)
    assert seen == [str(card), ""]

"""The briefing editor says « Modifications non enregistrées » only when the text differs from
what was loaded or saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reseau.ui.agenda.briefing_editor import BriefingEditor

UNSAVED = "Modifications non enregistrées."


def test_no_false_unsaved_changes(qtbot: QtBot) -> None:
    briefing = BriefingEditor()
    qtbot.addWidget(briefing)
    briefing.show()
    briefing.set_html("<h2>Le rôle des villes</h2><p>Compétences des communes.</p>")
    assert briefing.status.text() == "" and not briefing.save_button.isEnabled()
    bold, italic, _heading, _list = briefing.findChildren(QToolButton)
    bold.click()  # no selection: only the next characters' format
    italic.click()
    italic.click()
    assert briefing.status.text() == "" and not briefing.is_modified()
    briefing.editor.moveCursor(briefing.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(briefing.editor, "x")
    assert briefing.status.text() == UNSAVED and briefing.save_button.isEnabled()
    qtbot.keyClick(briefing.editor, Qt.Key.Key_Backspace)
    assert briefing.status.text() == "" and not briefing.is_modified()
    qtbot.keyClicks(briefing.editor, " Fin")
    briefing.mark_saved()
    assert briefing.status.text() == ""
    qtbot.keyClicks(briefing.editor, ".")
    assert briefing.status.text() == UNSAVED

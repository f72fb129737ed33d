from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reseau import app
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.ui.context import AppContext


def test_unusable_database_is_reported_in_a_message_not_a_traceback(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    # The message follows the UI's language: French here, whatever the machine's locale.
    prefs = tmp_path / "settings.json"
    prefs.write_text('{"language": "fr"}', encoding="utf-8")
    monkeypatch.setattr(app, "settings_path", lambda: prefs)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    args = argparse.Namespace(db=str(blocker / "reseau.sqlite3"), database_url=None)
    assert app.run_gui(args) == 2
    assert shown and "Impossible de créer le dossier" in shown[0]
    assert "Traceback" not in capsys.readouterr().err


def test_first_run_offers_the_demo_and_loads_it(
    qtbot: QtBot, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    window = app.build_window(database, None, "test")
    qtbot.addWidget(window)
    app._offer_demo(window)
    box = window.findChild(QMessageBox, "first_run_box")
    assert box is not None and box.isVisible()
    assert "mission de 2005" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_ops(window.context)
    with database.begin() as s:
        assert len(persons.list_persons(s)) == 23
    window.close()
    QApplication.processEvents()

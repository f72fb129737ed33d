"""Start-up of the GUI: second instance refused, damaged file → latest good backup offered,
start-up backup when the last one is older than 24 hours."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reseau import app
from reseau.db import backup
from reseau.db.lock import InstanceLock
from reseau.db.open import open_sqlite
from reseau.services.persons.records import PersonInput, add_person


@pytest.fixture
def quick_quit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "50")
    # The dialogs follow the UI's language: French here, whatever the machine's locale.
    prefs = tmp_path / "settings.json"
    prefs.write_text('{"language": "fr"}', encoding="utf-8")
    monkeypatch.setattr(app, "settings_path", lambda: prefs)
    monkeypatch.delenv("RESEAU_DATABASE_URL", raising=False)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    return messages


def _click(box: QMessageBox, text: str) -> None:
    """Answer a message box as the user would: click the button that says ``text``."""
    matching = [b for b in box.buttons() if b.text() == text]
    assert matching, f"no button « {text} » in {[b.text() for b in box.buttons()]}"
    matching[0].click()


def _args(path: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(path), database_url=None)


def test_second_instance_is_refused_with_a_message(
    qtbot: QtBot, db_path: Path, quick_quit: list[str]
) -> None:
    with InstanceLock(db_path):
        assert app.run_gui(_args(db_path)) == 2
    assert "déjà ouverte par un autre Réseau" in quick_quit[0]


def test_startup_backup_then_damaged_file_offers_it(
    qtbot: QtBot, db_path: Path, quick_quit: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_sqlite(db_path)
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Sauvée"))
    database.dispose()
    assert app.run_gui(_args(db_path)) == 0  # first start: a backup (none was < 24 h old)
    saved = backup.list_backups(db_path.parent / "backups")
    assert [b.reason for b in saved] == ["demarrage"]
    assert app.run_gui(_args(db_path)) == 0
    assert len(backup.list_backups(db_path.parent / "backups")) == 1  # not again within 24 h

    db_path.write_bytes(db_path.read_bytes()[:4096] + b"\xa5" * 40_000)  # damaged, still SQLite
    offered: list[str] = []

    def accept(box: QMessageBox) -> int:
        offered.append(box.text())
        _click(box, "Restaurer la sauvegarde")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    assert app.run_gui(_args(db_path)) == 0
    assert saved[0].path.name in offered[0] and "mise de côté" in offered[0]
    assert list(db_path.parent.glob("reseau.sqlite3.endommagee-*"))
    database = open_sqlite(db_path)
    with database.begin() as session:
        from sqlalchemy import select

        from reseau.db.models import Person

        assert session.scalars(select(Person.last_name)).all() == ["Sauvée"]
    database.dispose()

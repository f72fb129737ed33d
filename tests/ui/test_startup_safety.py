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


def test_after_a_set_aside_the_next_start_offers_the_backup_or_an_empty_base(
    qtbot: QtBot, db_path: Path, quick_quit: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup.create_backup(db_path, db_path.parent / "backups", "manuelle")
    db_path.write_bytes(db_path.read_bytes()[:4096] + b"\xa5" * 40_000)
    with pytest.raises(Exception, match="mise de côté"):
        open_sqlite(db_path)  # a first start set it aside
    texts: list[str] = []
    answer = ["Quitter"]

    def choose(box: QMessageBox) -> int:
        texts.append(box.text())
        _click(box, answer[0])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    assert app.run_gui(_args(db_path)) == 2  # the next start says so; quitting creates nothing
    assert "mise de côté" in texts[0] and good.path.name in texts[0]
    assert not db_path.exists()
    answer[0] = "Commencer avec une base vide"  # the user's explicit choice
    assert app.run_gui(_args(db_path)) == 0
    assert db_path.exists() and not backup.marker_path(db_path).exists()


def test_a_failed_upgrade_is_said_and_leaves_the_file_as_it_was(
    qtbot: QtBot, tmp_path: Path, quick_quit: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import shutil

    from reseau.db import migrate

    path = tmp_path / "reseau.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "db" / "fixtures" / "schema_0001.sqlite3", path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()

    def failing(_engine: object, _revision: str = "head") -> None:
        raise RuntimeError("migration cassée")

    monkeypatch.setattr(migrate, "upgrade", failing)
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    assert app.run_gui(_args(path)) == 2
    assert "migration cassée" in texts[0] and "n'a pas été modifié" in texts[0]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_the_window_says_when_another_program_holds_the_database(qtbot: QtBot, db_path: Path) -> None:
    import sqlite3

    from reseau.core.data_errors import DatabaseBusyError
    from reseau.core.paths import DataPaths
    from reseau.ui.backups.backups_dialog import BusySignal

    busy = BusySignal()
    busy.limit = 1
    database = open_sqlite(db_path, wait=busy.wait())
    window = app.build_window(database, DataPaths(db_path), str(db_path))
    qtbot.addWidget(window)
    app.connect_busy(window, busy)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusyError, match="depuis 1 s"), database.begin() as session:
            add_person(session, PersonInput(last_name="Bloquée"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.dispose()
    assert "Base occupée par un autre programme, attente…" in messages
    assert window.statusBar().currentMessage() == ""  # cleared when the wait ended


def test_a_failed_startup_backup_is_said_and_the_window_still_opens(
    qtbot: QtBot, db_path: Path, quick_quit: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reseau.core.errors import ReseauError
    from reseau.core.messages import tr

    def full_disk(*_args: object) -> None:
        raise ReseauError(tr("copie de sécurité impossible : disque plein"))

    monkeypatch.setattr(app.backups, "startup_backup", full_disk)
    assert app.run_gui(_args(db_path)) == 0
    # Said once, in words (French typography may put a no-break space before the colon).
    assert [m.replace("\u00a0", " ") for m in quick_quit] == ["copie de sécurité impossible : disque plein"]

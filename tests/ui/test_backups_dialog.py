"""The Sauvegardes dialog: list, create now, restore with confirmation; look at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reseau.core.paths import DataPaths
from reseau.db.backup import list_backups
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.services.persons.records import PersonInput, add_person
from reseau.ui.backups.backups_dialog import BackupsDialog
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.ops.runner import OpRunner

SHOTS = Path("/tmp/reseau-issue7-shots")


@pytest.fixture
def local_context(database: Database, db_path: Path) -> Iterator[AppContext]:
    bus = ChangeBus()
    runner = OpRunner(database, bus)
    yield AppContext(runner=runner, bus=bus, paths=DataPaths(db_path))
    runner.shutdown()


def _names(database: Database) -> list[str]:
    with database.begin() as session:
        return list(session.scalars(select(Person.last_name)))


def test_create_now_then_restore_with_confirmation(
    qtbot: QtBot,
    local_context: AppContext,
    database: Database,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Avant"))
    dialog = BackupsDialog(local_context)
    qtbot.addWidget(dialog)
    wait_ops(local_context)
    assert dialog.model.rowCount() == 0
    assert dialog.ui.recent.value() == 10
    dialog.ui.backup_now_button.click()
    wait_ops(local_context)
    assert dialog.model.rowCount() == 1
    assert "vérifiée" in dialog.ui.status_label.text()

    with database.begin() as session:
        add_person(session, PersonInput(last_name="Après"))
    dialog.ui.table.selectRow(0)
    assert dialog.ui.restore_button.isEnabled()

    monkeypatch.setattr(BackupsDialog, "confirm_restore", lambda self, what, warning="": False)
    dialog.ui.restore_button.click()
    wait_ops(local_context)
    assert sorted(_names(database)) == ["Après", "Avant"]  # cancelled: nothing changed

    changed = []
    local_context.bus.changed.connect(lambda changes, _who: changed.append(changes))
    monkeypatch.setattr(BackupsDialog, "confirm_restore", lambda self, what, warning="": True)
    dialog.ui.restore_button.click()
    wait_ops(local_context)
    assert _names(database) == ["Avant"]
    assert changed and changed[-1].persons
    assert dialog.model.rowCount() == 2  # + the safety backup of the replaced data
    assert "Les données remplacées" in dialog.ui.status_label.text()

    dialog.resize(760, 520)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "backups_dialog.png"))


def test_retention_policy_is_saved(
    qtbot: QtBot, local_context: AppContext, database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    from reseau.services.database.backups import retention_policy

    dialog = BackupsDialog(local_context)
    qtbot.addWidget(dialog)
    wait_ops(local_context)
    dialog.ui.monthly.setValue(24)
    dialog.ui.save_policy_button.click()
    wait_ops(local_context)
    assert retention_policy(database).monthly == 24


def test_wrong_file_is_refused_with_a_message(
    qtbot: QtBot,
    local_context: AppContext,
    database: Database,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(BackupsDialog, "confirm_restore", lambda self, what, warning="": True)
    monkeypatch.setattr("reseau.ui.backups.backups_dialog.show_error", lambda _p, _t, e: shown.append(str(e)))
    wrong = tmp_path / "notes.txt"
    wrong.write_text("bonjour")
    dialog = BackupsDialog(local_context)
    qtbot.addWidget(dialog)
    dialog.restore(wrong, wrong.name)
    wait_ops(local_context)
    assert shown and "pas une base de données Réseau" in shown[0]
    assert "pas une base de données Réseau" in dialog.ui.status_label.text()
    assert list_backups(local_context.paths.backups) == []  # type: ignore[union-attr]


def test_reachable_from_the_file_menu(
    qtbot: QtBot, local_context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    window = MainWindow(local_context, "test")
    qtbot.addWidget(window)
    wait_ops(local_context)
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog, "backups_dialog")
    assert dialog is not None and dialog.isVisible()
    wait_ops(local_context)
    dialog.close()


def test_restore_while_another_program_holds_the_lock_says_so(
    qtbot: QtBot,
    local_context: AppContext,
    database: Database,
    db_path: Path,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    from reseau.db import backup

    with database.begin() as session:
        add_person(session, PersonInput(last_name="Actuelle"))
    saved = backup.create_backup(db_path, db_path.parent / "backups", "manuelle")
    shown: list[str] = []
    statuses: list[str] = []
    monkeypatch.setattr(BackupsDialog, "confirm_restore", lambda self, what, warning="": True)
    monkeypatch.setattr("reseau.ui.backups.backups_dialog.show_error", lambda _p, _t, e: shown.append(str(e)))
    dialog = BackupsDialog(local_context)
    qtbot.addWidget(dialog)
    wait_ops(local_context)
    dialog.busy.limit = 1
    dialog.busy.waiting.connect(lambda _w: statuses.append(dialog.ui.status_label.text()))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        dialog.restore(saved.path, "x")
        wait_ops(local_context)
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert any("Base occupée par un autre programme" in s for s in statuses)
    assert "occupée par un autre programme depuis 1 s" in shown[0]
    assert _names(database) == ["Actuelle"]


def test_another_databases_backup_is_restored_only_after_a_warning(
    qtbot: QtBot,
    local_context: AppContext,
    tmp_path: Path,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reseau.db import backup
    from reseau.db.open import open_sqlite

    other = tmp_path / "autre" / "travail.sqlite3"
    other.parent.mkdir()
    open_sqlite(other).dispose()
    connection = __import__("sqlite3").connect(other)
    connection.execute("UPDATE setting SET value = '\"%s\"' WHERE key = 'database_id'" % ("f" * 32))
    connection.commit()
    connection.close()
    foreign = backup.create_backup(other, other.parent / "backups", "manuelle")
    warnings: list[str] = []
    monkeypatch.setattr(
        BackupsDialog, "confirm_restore", lambda self, what, warning="": warnings.append(warning) or False
    )
    dialog = BackupsDialog(local_context)
    qtbot.addWidget(dialog)
    wait_ops(local_context)
    dialog.restore(foreign.path, foreign.path.name, picked=True)
    assert "AUTRE base" in warnings[0]

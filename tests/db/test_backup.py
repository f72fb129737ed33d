"""Backups: the backup API copy is checked, private, named; retention; bad folders; restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from reseau.core.data_errors import BackupError, RestoreError
from reseau.core.files import is_owner_only
from reseau.db import backup
from reseau.db.backup import BackupInfo, RetentionPolicy
from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.persons.records import PersonInput, add_person


def _add(database: Database, name: str) -> int:
    with database.begin() as session:
        return add_person(session, PersonInput(last_name=name)).value


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT last_name FROM person ORDER BY last_name")]
    finally:
        connection.close()


def test_backup_is_checked_private_and_holds_the_committed_data(db_path: Path, tmp_path: Path) -> None:
    database = open_sqlite(db_path)
    _add(database, "Massé")
    info = backup.create_backup(db_path, tmp_path / "backups", "Avant import!")
    database.dispose()
    assert info.reason == "avant-import"
    assert info.path.name.startswith("reseau-") and info.path.suffix == ".sqlite3"
    assert is_owner_only(info.path)
    assert _names(info.path) == ["Massé"]
    connection = sqlite3.connect(info.path)
    assert backup.integrity_problems(connection) == []
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert backup.check_restorable(info.path)
    assert [b.path for b in backup.list_backups(tmp_path / "backups")] == [info.path]


def test_database_file_is_owner_only(db_path: Path) -> None:
    db_path.chmod(0o644)
    open_sqlite(db_path).dispose()
    assert is_owner_only(db_path)


def test_backup_into_a_folder_that_cannot_be_created_says_so(db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match=r"Sauvegarde impossible dans .*not-a-folder"):
        backup.create_backup(db_path, blocker, "manuelle")
    assert db_path.read_bytes() == before


def test_full_disk_leaves_no_partial_file(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"

    def full(_source: sqlite3.Connection, _target: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(BackupError, match="le disque est plein"):
        backup.create_backup(db_path, folder, "manuelle")
    assert [p for p in folder.rglob("*") if p.is_file() and p.name != backup.BASE_FILE] == []


def test_read_only_folder(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(_source: sqlite3.Connection, _target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup, "_copy", read_only)
    with pytest.raises(BackupError, match=r"Permission denied.*n'a pas été modifiée"):
        backup.create_backup(db_path, tmp_path / "b", "manuelle")


def _fake(folder: Path, when: datetime) -> BackupInfo:
    path = folder / f"reseau-{when:%Y%m%d-%H%M%S-%f}-manuelle.sqlite3"
    path.write_bytes(b"")
    info = backup.parse_name(path)
    assert info is not None
    return info


def test_retention_keeps_recent_daily_weekly_monthly(tmp_path: Path) -> None:
    start = datetime(2026, 11, 25, 12, 0)
    # Four backups a day for 400 days.
    every = [_fake(tmp_path, start - timedelta(hours=6 * i)) for i in range(1600)]
    policy = RetentionPolicy(recent=5, daily=7, weekly=4, monthly=12)
    kept = backup.kept(every, policy)
    kept_dates = sorted((b.created_at for b in every if b.path in kept), reverse=True)
    assert kept_dates[0] == start  # the newest is kept
    assert len({d.date() for d in kept_dates if d > start - timedelta(days=7)}) == 7
    assert len({(d.year, d.month) for d in kept_dates}) == 12
    assert len(kept) <= 5 + 7 + 4 + 12
    removed = backup.prune(tmp_path, policy)
    assert len(removed) == 1600 - len(kept)
    assert {b.path for b in backup.list_backups(tmp_path)} == kept


def test_startup_backup_due_after_24_hours(tmp_path: Path) -> None:
    now = datetime(2026, 11, 25, 12, 0)
    assert backup.startup_backup_due(tmp_path, now)
    _fake(tmp_path, now - timedelta(hours=23))
    assert not backup.startup_backup_due(tmp_path, now)
    assert backup.startup_backup_due(tmp_path, now + timedelta(hours=2))


def test_restore_refuses_files_that_are_not_reseau_databases(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("bonjour")
    with pytest.raises(RestoreError, match="pas une base de données Réseau"):
        backup.check_restorable(text_file)
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(RestoreError, match="pas une base de données Réseau"):
        backup.check_restorable(other)
    with pytest.raises(RestoreError, match="Impossible de lire"):
        backup.check_restorable(tmp_path / "absent.sqlite3")


def test_restore_refuses_a_newer_schema(db_path: Path, tmp_path: Path) -> None:
    info = backup.create_backup(db_path, tmp_path, "manuelle")
    connection = sqlite3.connect(info.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(RestoreError, match="plus récente"):
        backup.check_restorable(info.path)


def test_restore_into_replaces_data_seen_by_the_same_database(db_path: Path, tmp_path: Path) -> None:
    database = open_sqlite(db_path)
    _add(database, "Avant")
    saved = backup.create_backup(db_path, tmp_path, "manuelle")
    _add(database, "Après")
    # The restore takes the database for itself (exclusive lock): pooled connections are closed
    # first, as the service does; the same Database object then reads the restored content.
    database.engine.dispose()
    backup.restore_into(db_path, saved.path)
    with database.begin() as session:
        from sqlalchemy import select

        from reseau.db.models import Person

        assert session.scalars(select(Person.last_name)).all() == ["Avant"]
    database.dispose()
    assert is_owner_only(db_path)


def test_backups_holding(db_path: Path, tmp_path: Path) -> None:
    database = open_sqlite(db_path)
    ident = _add(database, "Tremblay")
    with_her = backup.create_backup(db_path, tmp_path, "manuelle", now=datetime(2026, 1, 1))
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM person")
    backup.create_backup(db_path, tmp_path, "manuelle", now=datetime(2026, 1, 2))
    database.dispose()
    found = backup.backups_holding(tmp_path, "person", ident, "name_key", "tremblay")
    assert [b.path for b in found] == [with_her.path]

"""At open: quick_check, damaged files set aside, newer schemas read-only, one instance."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from reseau.core.data_errors import DamagedDatabaseError, InstanceLockedError, ReadOnlyError
from reseau.core.errors import DatabaseOpenError
from reseau.db import backup
from reseau.db.lock import InstanceLock
from reseau.db.models import Person
from reseau.db.open import open_sqlite
from reseau.services.persons.records import PersonInput, add_person


def _damage(path: Path) -> None:
    """Overwrite pages after the header: SQLite still recognises the file, but it is corrupt."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, min(len(data), page_size * 8)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _filled(db_path: Path) -> None:
    database = open_sqlite(db_path)
    with database.begin() as session:
        for i in range(50):
            add_person(session, PersonInput(last_name=f"Personne {i}", notes="x" * 500))
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


def test_damaged_file_is_set_aside_not_overwritten(db_path: Path) -> None:
    _filled(db_path)
    good = backup.create_backup(db_path, db_path.parent / "backups", "manuelle")
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_sqlite(db_path)
    error = caught.value
    assert not db_path.exists()
    assert error.set_aside.read_bytes() == damaged_bytes  # untouched, under a new name
    assert ".endommagee-" in error.set_aside.name
    assert error.latest_backup == good.path
    assert good.path.name in str(error)
    # The offered backup restores into the original name and opens.
    backup.restore_into(db_path, good.path)
    database = open_sqlite(db_path)
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 50
    database.dispose()


def test_damaged_file_without_backup_says_so(db_path: Path) -> None:
    _filled(db_path)
    _damage(db_path)
    with pytest.raises(DamagedDatabaseError, match="Aucune sauvegarde"):
        open_sqlite(db_path)


def test_not_an_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "reseau.sqlite3"
    path.write_text("ceci n'est pas une base")
    with pytest.raises(DatabaseOpenError, match="pas une base de données SQLite"):
        open_sqlite(path)
    assert path.read_text() == "ceci n'est pas une base"


def test_newer_schema_opens_read_only(db_path: Path) -> None:
    _filled(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    database = open_sqlite(db_path)
    assert database.read_only
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 50
    with pytest.raises(ReadOnlyError, match="lecture seule"), database.begin() as session:
        session.execute(text("DELETE FROM person"))
    database.dispose()
    # Truly read-only: same bytes, no -wal/-shm created, journal mode untouched.
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()
    connection = sqlite3.connect(db_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    connection.close()


def test_second_instance_is_refused(db_path: Path) -> None:
    with InstanceLock(db_path):
        with pytest.raises(InstanceLockedError, match="déjà ouverte par un autre Réseau"):
            InstanceLock(db_path).acquire()
        # Another process too (the lock is an OS lock, not a flag in memory).
        code = (
            "import sys; from pathlib import Path; from reseau.db.lock import InstanceLock\n"
            "try:\n    InstanceLock(Path(sys.argv[1])).acquire()\nexcept Exception:\n    sys.exit(3)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, str(db_path)],
            env={"PYTHONPATH": str(Path(__file__).parents[2] / "src")},
            check=False,
        )
        assert result.returncode == 3
    InstanceLock(db_path).acquire().release()  # released: a new instance may open it

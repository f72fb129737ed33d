"""The window's open: quick_check left for after the first paint, unless the open calls for it
(after a crash, before an upgrade, a file not in WAL mode or without its id), and a damaged
file still set aside and offered its backup, never written (issue 19.3)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from reseau.core.data_errors import DamagedDatabaseError
from reseau.db import backup
from reseau.db.open import find_damage, open_sqlite
from reseau.services.database.store import damage_found
from reseau.services.persons.records import PersonInput, add_person


def _opened_once(path: Path) -> Path:
    """``path`` as a previous start leaves it: id claimed, WAL mode, closed cleanly."""
    database = open_sqlite(path)
    with database.begin() as session:
        for index in range(300):
            add_person(session, PersonInput(last_name=f"Personne {index:03}", notes="x" * 400))
    database.dispose()
    assert not Path(f"{path}-wal").exists()
    return path


def _damage(path: Path) -> None:
    """Spoil the last pages (the persons added last): still an SQLite file whose schema and id
    read, no longer a sound one."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(len(data) - 10 * page, len(data), 2 * page):
        data[start : start + 600] = b"\xa5" * 600
    path.write_bytes(bytes(data))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_file_opens_unchecked_then_checks_sound(db_path: Path) -> None:
    _opened_once(db_path)
    database = open_sqlite(db_path, defer_check=True)
    try:
        assert database.unchecked
        assert find_damage(db_path) is None
        assert damage_found(database, db_path) is None
        assert not database.unchecked  # checked now: the writes may go
    finally:
        database.dispose()
    checked = open_sqlite(db_path)  # the CLI and the tests still check at open
    assert not checked.unchecked
    checked.dispose()


def test_a_damaged_file_opened_unchecked_is_found_without_being_written(db_path: Path) -> None:
    _damage(_opened_once(db_path))
    before = _digest(db_path)
    database = open_sqlite(db_path, defer_check=True)  # its first pages (schema, id) are sound
    try:
        assert database.unchecked
        found = damage_found(database, db_path)
        assert isinstance(found, DamagedDatabaseError)
        assert "endommagée" in str(found) and "rien n'y sera écrit" in str(found)
        assert database.unchecked  # still unchecked: no write may go
    finally:
        database.dispose()
    assert db_path.exists() and _digest(db_path) == before  # found, not renamed, not written
    with pytest.raises(DamagedDatabaseError, match="mise de côté"):
        open_sqlite(db_path)  # the next open (the window's second round) sets it aside
    assert not db_path.exists()
    assert backup.read_marker(db_path) is not None


def test_after_a_crash_the_check_runs_at_open(db_path: Path) -> None:
    _damage(_opened_once(db_path))
    Path(f"{db_path}-wal").write_bytes(b"")  # what a killed Réseau leaves beside the file
    with pytest.raises(DamagedDatabaseError, match="mise de côté"):
        open_sqlite(db_path, defer_check=True)


def test_a_file_without_its_id_or_not_in_wal_mode_is_checked_at_open(db_path: Path, tmp_path: Path) -> None:
    # The migrated template has no database id yet: the open would write one.
    _damage(db_path)
    with pytest.raises(DamagedDatabaseError):
        open_sqlite(db_path, defer_check=True)

    plain = tmp_path / "plain" / "reseau.sqlite3"
    plain.parent.mkdir()
    plain.write_bytes((Path(__file__).parent / "fixtures" / "schema_0001.sqlite3").read_bytes())
    connection = sqlite3.connect(plain)
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    connection.close()
    assert mode != "wal"
    # An old schema in rollback-journal mode: checked (and upgraded) at open, as before.
    database = open_sqlite(plain, defer_check=True)
    assert not database.unchecked
    database.dispose()


def test_a_file_the_open_cannot_read_is_checked_there_set_aside_and_offered(db_path: Path) -> None:
    _opened_once(db_path)
    data = bytearray(db_path.read_bytes())
    data[4096 + 8 :] = b"\xa5" * (len(data) - 4096 - 8)  # every page but the first
    db_path.write_bytes(bytes(data))
    before = _digest(db_path)
    with pytest.raises(DamagedDatabaseError, match="mise de côté"):
        open_sqlite(db_path, defer_check=True)
    aside = list(db_path.parent.glob("reseau.sqlite3.endommagee-*"))
    assert len(aside) == 1 and _digest(aside[0]) == before

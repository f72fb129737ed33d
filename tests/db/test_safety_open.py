"""Issue 15 (items 1, 2, 4, 7, 9): backups per database, upgrades that never brick a file,
the write lock held during a restore, .part leftovers, damaged files kept and offered their
own database's backup."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from reseau.core.data_errors import DamagedDatabaseError, DatabaseBusyError, UpgradeFailedError
from reseau.db import backup, migrate
from reseau.db.backup import RetentionPolicy
from reseau.db.engine import BusyWait
from reseau.db.models import Person
from reseau.db.open import open_sqlite
from reseau.services.persons.records import PersonInput, add_person

FIXTURES = Path(__file__).parent / "fixtures"
SRC = Path(__file__).parents[2] / "src"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(path: Path, name: str) -> None:
    database = open_sqlite(path)
    with database.begin() as session:
        add_person(session, PersonInput(last_name=name))
    database.dispose()


def _names(path: Path) -> list[str]:
    database = open_sqlite(path)
    with database.begin() as session:
        names = list(session.scalars(select(Person.last_name).order_by(Person.last_name)))
    database.dispose()
    return names


# --- 1. backups belong to a database ---------------------------------------------------------
def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path: Path) -> None:
    essai, travail = tmp_path / "essai.sqlite3", tmp_path / "travail.sqlite3"
    root = tmp_path / "backups"
    _add(essai, "Essai")
    _add(travail, "Travail")
    essai_id, travail_id = backup.read_database_id(essai), backup.read_database_id(travail)
    assert essai_id and travail_id and essai_id != travail_id
    kept_travail = backup.create_backup(travail, root, "manuelle", now=datetime(2026, 1, 1))
    policy = RetentionPolicy(recent=3, daily=0, weekly=0, monthly=0)
    start = datetime(2026, 2, 1)
    for i in range(12):
        backup.create_backup(essai, root, "manuelle", policy, now=start + timedelta(minutes=i))
    assert kept_travail.path.exists()  # retention is per database
    assert len(backup.backups_of(root, essai_id)) == 3
    assert [b.path for b in backup.backups_of(root, travail_id)] == [kept_travail.path]
    assert (root / essai_id / backup.BASE_FILE).read_text(encoding="utf-8").strip() == essai.name
    # A damaged essai is offered essai's newest backup, never travail's (even though newer).
    backup.create_backup(travail, root, "manuelle", now=datetime(2026, 3, 1))
    essai.write_bytes(essai.read_bytes()[:4096] + b"\xa5" * 20_000)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_sqlite(essai)
    assert caught.value.latest_backup is not None
    assert caught.value.latest_backup.parent.name == essai_id


def test_a_copied_file_gets_its_own_id(tmp_path: Path) -> None:
    original, copy = tmp_path / "travail.sqlite3", tmp_path / "essai.sqlite3"
    _add(original, "Travail")
    backup.create_backup(original, tmp_path / "backups", "manuelle")
    shutil.copy(original, copy)
    open_sqlite(copy).dispose()
    assert backup.read_database_id(copy) != backup.read_database_id(original)


def test_backups_of_earlier_builds_are_listed_and_restorable_but_not_offered(tmp_path: Path) -> None:
    from reseau.core.paths import DataPaths
    from reseau.services.database import backups

    path, root = tmp_path / "reseau.sqlite3", tmp_path / "backups"
    _add(path, "Ancienne")
    root.mkdir()
    legacy = root / "reseau-20250101-120000-000000-manuelle.sqlite3"
    shutil.copy(path, legacy)  # the old layout: directly in backups/, no id in the name
    _add(path, "Nouvelle")
    listed = backups.list_backups(DataPaths(path))
    assert [b.path for b in listed] == [legacy] and listed[0].database_id is None
    path.write_bytes(b"")  # 0 bytes: the old backup is named, but not offered for a restore
    with pytest.raises(DamagedDatabaseError, match="version antérieure") as caught:
        open_sqlite(path)
    assert caught.value.latest_backup is None
    backup.restore_into(path, legacy, root)  # the user picks it: it restores
    assert _names(path) == ["Ancienne"]


# --- 2. an upgrade that fails leaves the file byte-identical ---------------------------------
def _database_at(revision: str, path: Path) -> None:
    """A database as an intermediate build left it, with a person (plain SQL)."""
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO person (id, first_name, last_name, name_key, country, sectors, roles, "
            "languages, notes, do_not_contact) VALUES (1, 'Hélène', 'Massé', 'masse helene', 'QC', "
            "'[]', '[]', '[]', '', 0)"
        )
    engine.dispose()


INTERMEDIATE = [
    pytest.param(r, marks=() if r == "0006" else pytest.mark.slow)  # about 9 s each
    for r in sorted(set(migrate.revision_chain()) - {migrate.head_revision()})
]


@pytest.mark.parametrize("revision", INTERMEDIATE)
def test_a_database_from_an_intermediate_build_upgrades(tmp_path: Path, revision: str) -> None:
    """Only 0001 was released (tests/db/fixtures); files from builds in between exist too (the
    issue's 0006): each schema of the chain, built from the migrations, upgrades with its data."""
    path = tmp_path / "reseau.sqlite3"
    _database_at(revision, path)
    database = open_sqlite(path)
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    database.dispose()
    assert _names(path) == ["Massé"]
    assert [b.reason for b in backup.list_backups(tmp_path / "backups")] == ["avant-migration"]


def test_a_failing_upgrade_leaves_the_file_identical_and_restore_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, root = tmp_path / "reseau.sqlite3", tmp_path / "backups"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", path)
    good = tmp_path / "ancienne.sqlite3"
    shutil.copy(path, good)
    digest = _sha(path)
    real_upgrade = migrate.upgrade

    def half_way(engine: object, revision: str = "head") -> None:
        real_upgrade(engine, "0008")  # type: ignore[arg-type]  # some DDL ran, then:
        raise RuntimeError("table search_index already exists")

    monkeypatch.setattr(migrate, "upgrade", half_way)
    sentences = []
    for _ in range(2):
        with pytest.raises(UpgradeFailedError) as caught:
            open_sqlite(path)
        sentences.append(str(caught.value))
        assert _sha(path) == digest  # byte-identical
        assert not Path(f"{path}-wal").exists()
    assert sentences[0] == sentences[1]  # the second start says the same sentence
    assert "le fichier n'a pas été modifié" in sentences[0] and "search_index" in sentences[0]
    assert backup.list_backups(root) == []  # no backup pile-up on failed opens
    assert backup.part_files(root) == []
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    # `reseau restore OLD --db CURRENT` never opens CURRENT: it works on the unopenable file.
    restored = backup.restore_into(path, good, root)
    assert restored.safety is not None and restored.safety.reason == "avant-restauration"
    assert _names(path) == ["Dupont", "Massé"]


# --- 4. restore holds the write lock ---------------------------------------------------------
WRITER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("INSERT INTO setting (key, value) VALUES ('ecrit-pendant', '1')")
connection.execute("COMMIT")
"""


def _writer(path: Path, hold: float) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(hold)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    return process


def _has_key(path: Path, key: str) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT 1 FROM setting WHERE key = ?", (key,)).fetchone() is not None
    finally:
        connection.close()


def test_a_write_committed_during_a_restore_is_in_the_safety_backup(db_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    old = backup.create_backup(db_path, root, "manuelle")
    writer = _writer(db_path, 1.0)  # another process holds the lock, then commits a write
    waits: list[bool] = []
    restored = backup.restore_into(db_path, old.path, root, BusyWait(limit=20, on_wait=waits.append))
    assert writer.wait(timeout=30) == 0
    assert waits == [True, False]  # the wait was said, then its end
    assert restored.safety is not None and _has_key(restored.safety.path, "ecrit-pendant")
    assert not _has_key(db_path, "ecrit-pendant")  # replaced, as asked: but kept in the backup


def test_a_restore_refuses_after_a_bounded_wait(db_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    old = backup.create_backup(db_path, root, "manuelle")
    writer = _writer(db_path, 4.0)
    started = time.monotonic()
    with pytest.raises(DatabaseBusyError, match="occupée par un autre programme"):
        backup.restore_into(db_path, old.path, root, BusyWait(limit=1))
    assert time.monotonic() - started < 3.5
    assert writer.wait(timeout=30) == 0
    assert _has_key(db_path, "ecrit-pendant")  # nothing replaced, the write is there
    assert [b.reason for b in backup.list_backups(root)] == ["manuelle"]


# --- 7. .part leftovers ----------------------------------------------------------------------
def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_part_leftovers_are_removed_at_start_and_by_retention(db_path: Path, tmp_path: Path) -> None:
    root = tmp_path / "backups"
    made = backup.create_backup(db_path, root, "manuelle")
    killed = made.path.parent / f".reseau-x-manuelle.sqlite3.{_dead_pid()}.part"
    killed.write_bytes(b"x" * 1000)
    old_style = root / ".reseau-20250101-000000-000000-manuelle.sqlite3.part"
    old_style.write_bytes(b"y")
    mine = made.path.parent / f".reseau-y.sqlite3.{os.getpid()}.part"  # being written right now
    mine.write_bytes(b"z")
    assert set(backup.part_files(root)) == {killed, old_style, mine}
    open_sqlite(db_path).dispose()  # the next start
    assert backup.part_files(root) == [mine]
    killed.write_bytes(b"x")
    backup.prune(root, RetentionPolicy())  # and retention
    assert backup.part_files(root) == [mine]


# --- 9. damaged files ------------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["empty", "header", "truncated"])
def test_damaged_files_keep_their_bytes_and_are_offered_their_backup(
    db_path: Path, tmp_path: Path, damage: str
) -> None:
    _add(db_path, "Sauvée")
    good = backup.create_backup(db_path, tmp_path / "backups", "manuelle")
    data = db_path.read_bytes()
    damaged = {"empty": b"", "header": b"\x00" * 100 + data[100:], "truncated": data[: len(data) // 3]}[
        damage
    ]
    db_path.write_bytes(damaged)
    Path(f"{db_path}-wal").unlink(missing_ok=True)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_sqlite(db_path)
    error = caught.value
    assert error.latest_backup == good.path and good.path.name in str(error)
    kept = error.set_aside or db_path
    assert kept.read_bytes() == damaged
    if error.set_aside is not None:
        # The next start says so and offers the backup instead of starting empty.
        with pytest.raises(DamagedDatabaseError, match="mise de côté") as again:
            open_sqlite(db_path)
        assert again.value.latest_backup == good.path
        assert not db_path.exists()
    backup.restore_into(db_path, good.path, tmp_path / "backups")
    assert _names(db_path) == ["Sauvée"]
    assert not backup.marker_path(db_path).exists()

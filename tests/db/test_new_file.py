"""A new file built aside and moved into place whole (``db.new_file``, issue 19.2): what it
holds when done, and what is left when the work in it fails, when a file of the same name
appears meanwhile, when a killed build left its ``.part``, when the name was set aside."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from reseau.core.data_errors import DamagedDatabaseError
from reseau.core.enums import Country
from reseau.core.errors import DatabaseOpenError
from reseau.db import backup
from reseau.db.models import Person
from reseau.db.new_file import _write_through, built_aside, leftover_parts, part_path
from reseau.db.open import open_sqlite

pytestmark = pytest.mark.sqlite_only


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_file_built_aside_is_moved_into_place_whole(tmp_path: Path) -> None:
    target = tmp_path / "nouvelle.sqlite3"
    with built_aside(target) as database:
        assert not target.exists()  # nothing under the final name while it is being filled
        assert part_path(target).exists()
        with database.begin() as session:
            session.add(
                Person(first_name="Hélène", last_name="Côté", name_key="cote helene", country=Country.QUEBEC)
            )
    assert _files(tmp_path) == ["nouvelle.sqlite3"]  # no .part, no -wal, no -journal left
    with target.open("rb") as handle:
        assert handle.read(20)[18:20] == b"\x02\x02"  # WAL mode, written in the header
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT last_name FROM person").fetchall() == [("Côté",)]
        assert connection.execute("PRAGMA page_size").fetchone() == (8192,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ident = connection.execute("SELECT value FROM setting WHERE key = 'database_id'").fetchone()
        assert ident is not None and len(json.loads(ident[0])) == 32
        # The search index was filled by the triggers, as in any file.
        found = connection.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'cote'")
        assert found.fetchone() == (1,)
    finally:
        connection.close()
    # Opened afterwards as every command opens it: at head, nothing to migrate, the same rows.
    database = open_sqlite(target)
    try:
        with database.begin() as session:
            assert session.query(Person).count() == 1
    finally:
        database.dispose()


def test_pages_left_in_the_wal_are_folded_into_the_file_before_it_is_placed(tmp_path: Path) -> None:
    """Pages still in the ``-wal`` (a connection left open) would not follow the file under its
    new name: they are checkpointed into the file itself before it is written through."""
    part = tmp_path / ".base.sqlite3.import.1.part"
    writer = sqlite3.connect(part, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("CREATE TABLE t (x)")
        writer.execute("INSERT INTO t VALUES ('dans le journal')")
        assert Path(f"{part}-wal").stat().st_size > 0
        _write_through(part)  # the writer is still open: its -wal is not removed, but emptied
        assert Path(f"{part}-wal").stat().st_size == 0
    finally:
        writer.close()
    alone = sqlite3.connect(f"file:{part}?immutable=1", uri=True)  # the file alone, no -wal read
    try:
        assert alone.execute("SELECT x FROM t").fetchall() == [("dans le journal",)]
    finally:
        alone.close()


def test_a_file_with_a_reference_to_a_missing_row_is_not_placed(tmp_path: Path) -> None:
    """The bulk connections check the foreign keys once, over the whole file, before it is
    placed (not row by row): a contact point of a person that does not exist is refused then,
    with what and where, and neither the file nor its .part is left."""
    target = tmp_path / "base.sqlite3"
    with (
        pytest.raises(DatabaseOpenError) as raised,
        built_aside(target) as database,
        database.begin() as session,
    ):
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
        connection.exec_driver_sql(
            "INSERT INTO contact_point (person_id, kind, value) VALUES (999, 'email', 'a@b.fr')"
        )
    message = str(raised.value)
    assert str(target) in message and "contact_point n° 1 → person" in message, message
    assert _files(tmp_path) == []
    # The same row with its person: placed, and opened as usual with the foreign keys on.
    with built_aside(target) as database, database.begin() as session:
        session.add(Person(last_name="Roy", name_key="roy", country=Country.QUEBEC))
        session.flush()
        session.connection().exec_driver_sql(
            "INSERT INTO contact_point (person_id, kind, value) VALUES (1, 'email', 'a@b.fr')"
        )
    database = open_sqlite(target)
    try:
        with database.begin() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert session.connection().exec_driver_sql("SELECT count(*) FROM contact_point").scalar() == 1
    finally:
        database.dispose()


def test_a_rollback_inside_works_and_an_error_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "base.sqlite3"
    with pytest.raises(RuntimeError, match="arrêt"), built_aside(target) as database:
        with database.begin() as session:
            session.add(Person(last_name="Gagnon", name_key="gagnon", country=Country.QUEBEC))
        raise RuntimeError("arrêt")
    assert _files(tmp_path) == []  # neither the file nor its .part
    # A rolled-back transaction (dry run, « tout ou rien », cancel): the file is placed, empty.
    with built_aside(target) as database, pytest.raises(ValueError), database.begin() as session:
        session.add(Person(last_name="Roy", name_key="roy", country=Country.QUEBEC))
        session.flush()
        raise ValueError("annulé")
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT count(*) FROM person").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM search_index").fetchone() == (0,)
    finally:
        connection.close()


def test_a_file_that_appeared_meanwhile_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "base.sqlite3"
    with (
        pytest.raises(DatabaseOpenError, match="créée par un autre programme") as raised,
        built_aside(target) as database,
    ):
        with database.begin() as session:
            session.add(Person(last_name="Roy", name_key="roy", country=Country.QUEBEC))
        target.write_bytes(b"the other program's bytes")
    assert str(target) in str(raised.value)
    assert target.read_bytes() == b"the other program's bytes"
    assert _files(tmp_path) == ["base.sqlite3"]


@pytest.mark.skipif(os.name != "posix", reason="the POSIX fallback")
def test_without_hard_links_the_file_is_renamed_and_never_replaces_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: object, target: object) -> None:
        raise PermissionError(1, "Operation not permitted")  # FAT, some network shares

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "base.sqlite3"
    with built_aside(target) as database, database.begin() as session:
        session.add(Person(last_name="Roy", name_key="roy", country=Country.QUEBEC))
    assert _files(tmp_path) == ["base.sqlite3"]
    other = tmp_path / "autre.sqlite3"
    with pytest.raises(DatabaseOpenError, match="créée par un autre programme"), built_aside(other):
        other.write_bytes(b"kept")
    assert other.read_bytes() == b"kept"
    assert _files(tmp_path) == ["autre.sqlite3", "base.sqlite3"]


def _gone_pid() -> int:
    """A process id that no process has (a child that has exited and been waited for)."""
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


@pytest.mark.skipif(os.name != "posix", reason="process ids are tested on POSIX")
def test_leftovers_of_a_killed_build_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "base [1].sqlite3"  # a name with glob characters
    gone = _gone_pid()
    stem = f".{target.name}.import.{gone}{backup.PART}"
    dead = [tmp_path / f"{stem}{suffix}" for suffix in ("", "-journal", "-wal")]
    live = tmp_path / f".{target.name}.import.{os.getppid()}{backup.PART}"
    other = tmp_path / f".autre.sqlite3.import.{gone}{backup.PART}"
    for path in [*dead, live, other]:
        path.write_bytes(b"x")
    assert leftover_parts(target) == sorted(dead)
    with built_aside(target):
        pass
    assert _files(tmp_path) == sorted([live.name, other.name, target.name])


def test_a_name_set_aside_as_damaged_is_not_replaced_by_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "base.sqlite3"
    open_sqlite(target).dispose()
    backup.set_aside(target)
    assert not target.exists()
    with pytest.raises(DamagedDatabaseError, match="mise de côté"), built_aside(target):
        pass
    assert not target.exists()
    assert not list(tmp_path.glob(".*.part"))

"""backup_before / backup_now / restore as the GUI and the CLI call them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from reseau.core.data_errors import BackupError, RestoreError
from reseau.core.paths import DataPaths
from reseau.db.backup import RetentionPolicy, list_backups
from reseau.db.models import Person, Theme
from reseau.db.open import open_sqlite
from reseau.db.session import Database
from reseau.services.database import backups
from reseau.services.persons.records import PersonInput, add_person


@pytest.fixture
def local(db_path: Path) -> tuple[Database, DataPaths]:
    database = open_sqlite(db_path)
    yield database, DataPaths(db_path)  # type: ignore[misc]
    database.dispose()


def _names(database: Database) -> list[str]:
    with database.begin() as session:
        return list(session.scalars(select(Person.last_name).order_by(Person.last_name)))


def test_backup_before_names_the_reason_and_uses_the_saved_policy(local: tuple[Database, DataPaths]) -> None:
    database, paths = local
    backups.save_retention_policy(database, RetentionPolicy(recent=2, daily=0, weekly=0, monthly=0))
    assert backups.retention_policy(database) == RetentionPolicy(2, 0, 0, 0)
    for _ in range(4):
        info = backups.backup_before(database, paths, "import")
    assert info is not None and info.reason == "avant-import"
    assert len(list_backups(paths.backups)) == 2  # pruned by the policy


def test_no_local_backup_in_team_mode(local: tuple[Database, DataPaths]) -> None:
    database, _paths = local
    assert backups.backup_before(database, None, "import") is None
    assert backups.list_backups(None) == []


def test_startup_backup_only_when_due(local: tuple[Database, DataPaths]) -> None:
    database, paths = local
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Tremblay"))
    assert backups.startup_backup(database, paths) is not None
    assert backups.startup_backup(database, paths) is None


def test_no_startup_backup_of_a_new_empty_file(local: tuple[Database, DataPaths]) -> None:
    """A file just created holds nothing to lose: no « démarrage » copy of it fills the folder;
    the first start after something is written takes one."""
    database, paths = local
    assert backups.startup_backup(database, paths) is None
    assert list_backups(paths.backups) == []
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Côté"))
    info = backups.startup_backup(database, paths)
    assert info is not None and info.reason == "demarrage"


def test_restore_backs_up_the_current_data_first(local: tuple[Database, DataPaths]) -> None:
    database, paths = local
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Avant"))
    saved = backups.backup_now(database, paths)
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Après"))
    assert saved is not None
    safety = backups.restore(database, paths, saved.path).safety
    assert _names(database) == ["Avant"]
    assert safety is not None and safety.reason == "avant-restauration"
    assert backups.restore(database, paths, safety.path)  # and back
    assert _names(database) == ["Après", "Avant"]


def test_restore_of_a_wrong_file_changes_nothing(local: tuple[Database, DataPaths], tmp_path: Path) -> None:
    database, paths = local
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Garde"))
    wrong = tmp_path / "photo.jpg"
    wrong.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    with pytest.raises(RestoreError, match="pas une base de données Réseau"):
        backups.restore(database, paths, wrong)
    assert _names(database) == ["Garde"]
    assert list_backups(paths.backups) == []  # refused before anything was written


def test_restore_stops_when_the_safety_backup_fails(
    local: tuple[Database, DataPaths], tmp_path: Path
) -> None:
    database, paths = local
    saved = backups.backup_now(database, paths)
    assert saved is not None
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Précieux"))
    kept = tmp_path / "kept.sqlite3"
    shutil.copy(saved.path, kept)
    shutil.rmtree(paths.backups)
    paths.backups.write_text("a file where the folder should be")
    # The prepared copy goes to the backups folder too: it is refused there, saying where.
    with pytest.raises((BackupError, RestoreError), match=str(paths.backups)):
        backups.restore(database, paths, kept)
    assert _names(database) == ["Précieux"]


def test_no_backup_before_writing_into_a_file_that_holds_no_data(local: tuple[Database, DataPaths]) -> None:
    """A file just created (``reseau import FILE --db new.sqlite3``) has nothing to lose: no
    « avant-import » copy of it; once it holds a person, the backup is taken again."""
    database, paths = local
    assert backups.backup_before(database, paths, "import") is None
    assert list_backups(paths.backups) == []
    with database.begin() as session:  # a built-in theme edited is the user's data
        theme = session.scalars(select(Theme).order_by(Theme.id)).first()
        assert theme is not None
        theme.notes = "Suivi avec la CDC"
    assert backups.backup_before(database, paths, "import") is not None
    database.dispose()
    fresh = DataPaths(paths.database.with_name("autre.sqlite3"))
    database = open_sqlite(fresh.database)
    assert backups.backup_before(database, fresh, "import") is None
    paths = fresh
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Première"))
    info = backups.backup_before(database, paths, "import")
    assert info is not None and info.reason == "avant-import"
    database.dispose()

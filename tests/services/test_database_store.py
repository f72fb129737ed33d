"""The service-level handles the window uses instead of reseau.db: the database's emptiness,
undo and redo of a recorded action, and the local file set aside at an earlier start."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from reseau.core.data_errors import DamagedDatabaseError
from reseau.core.enums import Country
from reseau.core.paths import DataPaths
from reseau.db.backup import set_aside
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.db.undo import UndoConflictError
from reseau.services.database import backups, history, store
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.records import PersonInput, add_person


def _persons(database: Database) -> int:
    with database.begin() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_empty_until_a_person_or_an_organization_exists(database: Database) -> None:
    assert store.is_empty(database)
    with database.begin() as session:
        add_organization(session, OrganizationInput(name="Mairie de Lille"))
    assert not store.is_empty(database)


def test_an_action_recorded_is_undone_and_redone(database: Database) -> None:
    with database.begin() as session, history.recording(session, "Ajouter Hélène Massé") as recorder:
        add_person(session, PersonInput(last_name="Massé", first_name="Hélène", country=Country.QUEBEC))
        record = recorder.finish()
    assert record.description == "Ajouter Hélène Massé" and _persons(database) == 1
    history.step(database, record, history.UNDO)
    assert _persons(database) == 0
    history.step(database, record, history.REDO)
    assert _persons(database) == 1


def test_an_undo_over_a_later_change_is_refused_and_writes_nothing(database: Database) -> None:
    with database.begin() as session, history.recording(session, "Ajouter Hélène Massé") as recorder:
        add_person(session, PersonInput(last_name="Massé", first_name="Hélène"))
        record = recorder.finish()
    with database.begin() as session:
        session.scalars(select(Person)).one().title = "Directrice"
    with pytest.raises(UndoConflictError, match="Ajouter Hélène Massé"):
        history.step(database, record, history.UNDO)
    with database.begin() as session:
        assert session.scalars(select(Person.title)).one() == "Directrice"


@pytest.mark.sqlite_only
def test_a_file_set_aside_is_restored_from_a_backup_or_started_empty(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "reseau.sqlite3")
    database = store.open_sqlite(paths.database, paths.backups)
    with database.begin() as session:
        add_person(session, PersonInput(last_name="Massé", first_name="Hélène"))
    saved = backups.backup_now(database, paths)
    database.dispose()
    assert saved is not None and not backups.was_set_aside(paths.database)

    set_aside(paths.database)  # as reseau.db.open does with a damaged file
    assert backups.was_set_aside(paths.database)
    with pytest.raises(DamagedDatabaseError):
        store.open_sqlite(paths.database, paths.backups)
    backups.restore_damaged(paths, saved.path)
    assert not backups.was_set_aside(paths.database)
    database = store.open_sqlite(paths.database, paths.backups)
    assert _persons(database) == 1  # her row came back from the backup
    database.dispose()

    set_aside(paths.database)
    backups.start_empty(paths.database)
    assert not backups.was_set_aside(paths.database)
    database = store.open_sqlite(paths.database, paths.backups)
    assert store.is_empty(database)  # a new, empty database; the set-aside file is kept
    database.dispose()
    assert list(tmp_path.glob("reseau.sqlite3.endommagee-*"))

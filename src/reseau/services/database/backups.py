"""Backup use cases: back up before risky operations, at start-up, on demand; restore.

``backup_before(database, paths, reason)`` is what the other areas call before an import, a
merge or an erasure. In team mode (PostgreSQL) there is no local file: backups are the server
administrator's job (pg_dump), and these functions return ``None``.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from reseau.core.data_errors import RestoreError
from reseau.core.messages import tr
from reseau.core.paths import DataPaths
from reseau.db import backup, head_schema

# The window (reseau.ui, reseau.app) takes these types from here: it never imports reseau.db.
from reseau.db.backup import BackupInfo as BackupInfo
from reseau.db.backup import Restored as Restored
from reseau.db.backup import RetentionPolicy as RetentionPolicy
from reseau.db.engine import BusyWait
from reseau.db.session import Database


def retention_policy(database: Database) -> RetentionPolicy:
    """The policy saved in the database, or the default one (also when the table is missing)."""
    # Imported here: the models come with it, and the window imports this module before its
    # first paint, which needs none of them (issue 19.3; tests/ui/test_start_lean.py).
    from reseau.services.database.settings import BACKUP_RETENTION, get_setting

    try:
        with database.begin() as session:
            raw = get_setting(session, BACKUP_RETENTION, None)
    except SQLAlchemyError:
        return RetentionPolicy()
    if not isinstance(raw, dict):
        return RetentionPolicy()
    fields = {k: int(v) for k, v in raw.items() if k in RetentionPolicy.__dataclass_fields__}
    return RetentionPolicy(**{k: max(0, v) for k, v in fields.items()})


def save_retention_policy(database: Database, policy: RetentionPolicy) -> None:
    from reseau.services.database.settings import BACKUP_RETENTION, set_setting

    with database.begin() as session:
        set_setting(session, BACKUP_RETENTION, asdict(policy))


def _local(database: Database, paths: DataPaths | None) -> DataPaths | None:
    if paths is None or not database.is_sqlite:
        return None
    return paths


def backup_before(database: Database, paths: DataPaths | None, reason: str) -> BackupInfo | None:
    """Back the database up before ``reason`` (« import », « fusion », « effacement »...).

    Raises ``BackupError`` when the backup cannot be written: the caller must then not go on.
    A file that holds no data yet (just created, e.g. ``reseau import FILE --db new.sqlite3``)
    is not backed up: there is nothing to lose, and its backup would only fill the folder.
    """
    local = _local(database, paths)
    if local is None or _holds_no_data(database):
        return None
    return backup.create_backup(local.database, local.backups, f"avant-{reason}", retention_policy(database))


def _holds_no_data(database: Database) -> bool:
    try:
        with database.engine.connect() as connection:
            return head_schema.holds_no_data(connection)
    except SQLAlchemyError:
        return False  # in doubt, back up


def backup_now(database: Database, paths: DataPaths | None) -> BackupInfo | None:
    local = _local(database, paths)
    if local is None:
        return None
    return backup.create_backup(local.database, local.backups, "manuelle", retention_policy(database))


def startup_backup(database: Database, paths: DataPaths | None) -> BackupInfo | None:
    """A backup when the newest one is older than 24 hours (or there is none), of a file that
    holds data: a new, empty file has nothing to lose (as in :func:`backup_before`)."""
    local = _local(database, paths)
    if local is None or _holds_no_data(database):
        return None
    ident = database_id(local)
    if not backup.startup_backup_due(local.backups, database_id=ident):
        return None
    return backup.create_backup(local.database, local.backups, "demarrage", retention_policy(database))


def database_id(paths: DataPaths | None) -> str | None:
    """The id of the local database (it names its backups folder); None in team mode."""
    return None if paths is None else backup.identity(paths.database, paths.backups)


def list_backups(paths: DataPaths | None) -> list[BackupInfo]:
    """This database's backups, then those of earlier builds (which name no database: they are
    listed, ``database_id`` None, and restorable, but never offered automatically)."""
    if paths is None:
        return []
    return backup.backups_of(paths.backups, database_id(paths)) + backup.legacy_backups(paths.backups)


def is_other_database(paths: DataPaths | None, source: Path) -> bool:
    """True when ``source`` is known to be a backup of *another* database (a warning is due)."""
    return paths is not None and not backup.belongs_to(source, database_id(paths))


def restore(
    database: Database, paths: DataPaths | None, source: Path, wait: BusyWait | None = None
) -> Restored:
    """Replace the current data by ``source``, after backing the current data up.

    Nothing is changed when ``source`` is not a sound Réseau database, when the safety backup
    cannot be written, or when another program keeps the database locked beyond the wait
    (``DatabaseBusyError``). The write lock is held from the safety backup to the end of the
    copy. Returns the safety backup of the data that was replaced.
    """
    local = _local(database, paths)
    if local is None:
        raise RestoreError(tr("La restauration ne concerne que les bases locales (fichier SQLite)."))
    if database.read_only:
        raise RestoreError(tr("La base est ouverte en lecture seule : restauration impossible."))
    backup.check_restorable(source)
    database.engine.dispose()  # no pooled connection keeps reading the old pages
    return backup.restore_into(local.database, source, local.backups, wait)


def backups_holding_person(paths: DataPaths | None, person_id: int, name_key: str) -> list[BackupInfo]:
    """The backups that still hold a person (same id and same name key): after an erasure, the
    coordinator must know where she still is, and delete those backups or let them expire."""
    if paths is None:
        return []
    return backup.backups_holding(paths.backups, "person", person_id, "name_key", name_key)


# --- a local file set aside at an earlier start (reseau.db.open refuses to open it) ----------


def was_set_aside(database: Path) -> bool:
    """True when Réseau set ``database`` aside at an earlier start (its marker is there) and no
    file took its place: starting with an empty database is then a choice to offer."""
    return backup.read_marker(database) is not None and not database.exists()


def restore_damaged(paths: DataPaths, source: Path, wait: BusyWait | None = None) -> Restored:
    """Put the backup ``source`` in place of the damaged (or set aside) local database."""
    return backup.restore_into(paths.database, source, paths.backups, wait)


def start_empty(database: Path) -> None:
    """Forget that ``database`` was set aside: the next open creates an empty database there."""
    backup.clear_marker(database)

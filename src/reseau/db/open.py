"""Open a database for use: check the file, create the engine, migrate to the newest schema.

Safety at open (SQLite): ``quick_check`` first; a damaged file is renamed aside (never
overwritten) and ``DamagedDatabaseError`` names the latest good backup; a file written by a
newer Réseau opens read-only; the schema is backed up before any migration; the files are made
owner-only (0600).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from reseau.core.data_errors import DamagedDatabaseError
from reseau.core.errors import DatabaseOpenError
from reseau.core.files import secure_database_files
from reseau.core.messages import Message, tr
from reseau.db import backup, migrate
from reseau.db.engine import BUSY_TIMEOUT_MS, check_sqlite_file, sqlite_engine, url_engine
from reseau.db.session import Database


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"  # the same place as core.paths.DataPaths.backups


def open_sqlite(path: Path, backups: Path | None = None) -> Database:
    """The database at ``path``, created and migrated as needed (see the module docstring)."""
    folder = backups or backups_folder(path)
    check_sqlite_file(path)
    quick_check(path, folder)
    engine = sqlite_engine(path)
    database = Database(engine)
    try:
        newer = migrate.is_newer_than_app(engine)
    except SQLAlchemyError as exc:
        database.dispose()
        raise DatabaseOpenError(
            tr("Impossible de préparer {where} : {reason}", where=str(path), reason=str(exc))
        ) from exc
    if newer:
        database.dispose()
        return Database(read_only_engine(path), read_only=True)
    if (
        path.stat().st_size > 0
        and migrate.current_revision(engine) is not None
        and migrate.needs_upgrade(engine)
    ):
        backup.create_backup(path, folder, "avant-migration")
    result = _migrated(database, str(path))
    secure_database_files(path)
    return result


def quick_check(path: Path, backups: Path) -> None:
    """Run ``PRAGMA quick_check``; on failure set the file aside and raise ``DamagedDatabaseError``."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            problems = backup.integrity_problems(connection, quick=True)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseOpenError(
                tr("{path} est occupée par un autre programme : {reason}.", path=str(path), reason=str(exc))
            ) from exc
        problems = [str(exc)]
    if not problems:
        return
    aside = set_aside(path)
    good = next(iter(backup.list_backups(backups)), None)
    offer = (
        tr(
            "Dernière sauvegarde saine : {file} (pour la restaurer : reseau restore {path}).",
            file=good.path.name,
            path=str(good.path),
        )
        if good
        else tr("Aucune sauvegarde n'a été trouvée.")
    )
    raise DamagedDatabaseError(
        tr(
            "{path} est endommagée ({problem}). Elle a été mise de côté sous le nom {aside}, "
            "sans être modifiée. {offer}",
            path=str(path),
            problem=problems[0],
            aside=aside.name,
            offer=offer,
        ),
        path,
        aside,
        good.path if good else None,
    )


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.endommagee-<stamp>``; returns the new path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.endommagee-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.endommagee-{stamp}-{counter}")
    for suffix in ("-wal", "-shm"):
        companion = Path(str(path) + suffix)
        if companion.exists():
            companion.rename(Path(str(target) + suffix))
    path.rename(target)
    return target


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def read_only_engine(path: Path) -> Engine:
    """An engine that cannot write: ``mode=ro`` on the file and ``query_only`` on each connection."""
    engine = create_engine(
        f"sqlite:///file:{path}?mode=ro&uri=true",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _read_only_pragmas)
    return engine


def open_url(url: str) -> Database:
    engine = url_engine(url)
    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            tr("Connexion impossible à {where} : {reason}", where=where, reason=_server_reason(exc))
        ) from exc
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            tr("Connexion impossible à {where} : {reason}", where=where, reason=str(exc))
        ) from exc
    if engine.dialect.name != "sqlite":
        try:
            newer = migrate.is_newer_than_app(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise DatabaseOpenError(
                tr("Impossible de préparer {where} : {reason}", where=where, reason=str(exc))
            ) from exc
        if newer:
            # A server has no read-only file mode: each session is made read-only instead.
            engine.dispose()
            ro = create_engine(
                engine.url, pool_pre_ping=True, execution_options={"postgresql_readonly": True}
            )
            return Database(ro, read_only=True)
    return _migrated(Database(engine), where)


def _server_reason(exc: OperationalError) -> str | Message:
    text = str(exc.orig)
    if "password authentication failed" in text or "no password supplied" in text:
        return tr("le serveur refuse l'identifiant ou le mot de passe.")
    if "Connection refused" in text or "could not connect" in text or "timeout" in text.lower():
        return tr("le serveur ne répond pas (arrêté, ou adresse ou port erroné).")
    if "does not exist" in text:
        return f"{text.strip()}"
    return text.strip()


def _migrated(database: Database, where: str) -> Database:
    try:
        if migrate.is_newer_than_app(database.engine):
            database.dispose()
            raise DatabaseOpenError(
                tr(
                    "{where} a été écrite par une version plus récente de Réseau ; "
                    "mettez Réseau à jour pour l'ouvrir.",
                    where=where,
                )
            )
        if migrate.needs_upgrade(database.engine):
            migrate.upgrade(database.engine)
    except SQLAlchemyError as exc:
        database.dispose()
        raise DatabaseOpenError(
            tr("Impossible de préparer {where} : {reason}", where=where, reason=str(exc))
        ) from exc
    return database

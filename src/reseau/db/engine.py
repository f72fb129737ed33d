"""Engine creation: SQLite pragmas (WAL, foreign keys, busy timeout) or a PostgreSQL URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from reseau.core.errors import DatabaseOpenError
from reseau.core.messages import tr

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that exists and is not an SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseOpenError(tr("{path} est un dossier, pas une base de données Réseau.", path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(
            tr("Impossible de lire {path} : {reason}.", path=str(path), reason=str(exc.strerror))
        ) from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            tr(
                "{path} n'est pas une base de données SQLite ; le fichier n'a pas été modifié.",
                path=str(path),
            )
        )


def prepare_folder(path: Path) -> None:
    """Create the database's folder, or say plainly why it cannot be used."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            tr(
                "Impossible de créer le dossier {folder} : {reason}.",
                folder=str(folder),
                reason=str(exc.strerror),
            )
        ) from exc
    probe = folder / ".reseau-write-test"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DatabaseOpenError(
            tr(
                "Le dossier {folder} n'est pas accessible en écriture : {reason}.",
                folder=str(folder),
                reason=str(exc.strerror),
            )
        ) from exc


def sqlite_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path`` (created if absent), pragmas set per connection."""
    check_sqlite_file(path)
    prepare_folder(path)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _set_sqlite_pragmas)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy
        engine.dispose()
        cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
        raise DatabaseOpenError(
            tr("Impossible d'ouvrir {path} : {reason}.", path=str(path), reason=str(cause))
        ) from exc
    return engine


def url_engine(url: str) -> Engine:
    """An engine on a server URL (team mode, PostgreSQL)."""
    if url.startswith("sqlite:///"):
        return sqlite_engine(Path(url.removeprefix("sqlite:///")))
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:
        raise DatabaseOpenError(
            tr("Adresse de base de données invalide : {reason}", reason=str(exc))
        ) from exc

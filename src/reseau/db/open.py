"""Open a database for use: check the file, create the engine, migrate to the newest schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from reseau.core.errors import DatabaseOpenError
from reseau.db import migrate
from reseau.db.engine import sqlite_engine, url_engine
from reseau.db.session import Database


def open_sqlite(path: Path) -> Database:
    """The database at ``path``, created and migrated as needed."""
    engine = sqlite_engine(path)
    return _migrated(Database(engine), str(path))


def open_url(url: str) -> Database:
    engine = url_engine(url)
    where = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseOpenError(f"Connexion impossible à {where} : {exc.orig}") from exc
    return _migrated(Database(engine), where)


def _migrated(database: Database, where: str) -> Database:
    try:
        if migrate.is_newer_than_app(database.engine):
            database.dispose()
            raise DatabaseOpenError(
                f"{where} a été écrite par une version plus récente de Réseau ; "
                "mettez Réseau à jour pour l'ouvrir."
            )
        if migrate.needs_upgrade(database.engine):
            migrate.upgrade(database.engine)
    except SQLAlchemyError as exc:
        database.dispose()
        raise DatabaseOpenError(f"Impossible de préparer {where} : {exc}") from exc
    return database

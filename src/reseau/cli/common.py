"""What every subcommand shares: opening the database named by --db / --database-url."""

from __future__ import annotations

import argparse

from reseau.core.paths import DataPaths, resolve_database
from reseau.core.settings import Settings, SettingsStore, settings_path
from reseau.core.team import database_url
from reseau.db.open import open_sqlite, open_url
from reseau.db.session import Database


def add_database_options(parser: argparse.ArgumentParser, subcommand: bool = True) -> None:
    """--db and --database-url, accepted before and after the subcommand.

    A subcommand's parser must not overwrite with its default what was given before the
    subcommand (`reseau --db X demo`), hence SUPPRESS there.
    """
    default = argparse.SUPPRESS if subcommand else None
    parser.add_argument(
        "--db",
        metavar="FILE",
        default=default,
        help="fichier SQLite (défaut : $RESEAU_DB ou le dossier de données)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="serveur partagé, p. ex. postgresql+psycopg://user@host/reseau (ou $RESEAU_DATABASE_URL)",
    )


def open_database(args: argparse.Namespace) -> Database:
    url = database_url(getattr(args, "database_url", None))
    if url:
        return open_url(url)
    return open_sqlite(resolve_database(getattr(args, "db", None)).database)


def data_paths(args: argparse.Namespace) -> DataPaths | None:
    """The local files (database, backups) of a command, or None in team mode."""
    if database_url(getattr(args, "database_url", None)):
        return None
    return resolve_database(getattr(args, "db", None))


def preferences() -> Settings:
    """The user's Préférences, from the same file the window reads and writes
    (reseau.core.settings: $RESEAU_SETTINGS, else the platformdirs config folder); the defaults
    when it cannot be read (the window says why; the command line keeps working)."""
    return SettingsStore(settings_path()).load().settings

"""What every subcommand shares: opening the database named by --db / --database-url."""

from __future__ import annotations

import argparse

from reseau.core.paths import resolve_database
from reseau.core.team import database_url
from reseau.db.open import open_sqlite, open_url
from reseau.db.session import Database


def add_database_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="FILE", help="fichier SQLite (défaut : $RESEAU_DB ou le dossier de données)"
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="serveur partagé, p. ex. postgresql+psycopg://user@host/reseau (ou $RESEAU_DATABASE_URL)",
    )


def open_database(args: argparse.Namespace) -> Database:
    url = database_url(getattr(args, "database_url", None))
    if url:
        return open_url(url)
    return open_sqlite(resolve_database(getattr(args, "db", None)).database)

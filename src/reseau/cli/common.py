"""What every subcommand shares: opening the database named by --db / --database-url.

--db and --database-url are accepted before and after the subcommand, on every command
(``add_database_options`` on the main parser and on each leaf subparser;
``tests/cli/test_database_options.py`` walks them all). A database another program keeps locked
is waited for visibly on stderr, then refused in one sentence (``busy_wait``).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from reseau.core.data_errors import ReadOnlyError
from reseau.core.paths import DataPaths, resolve_database
from reseau.core.safe_output import is_stdout
from reseau.core.team import database_url
from reseau.core.typography import french
from reseau.db.engine import DEFAULT_BUSY_LIMIT, BusyWait
from reseau.db.open import open_sqlite, open_url
from reseau.db.session import Database

if TYPE_CHECKING:  # imported by preferences(): the agenda's rules, which an export never reads
    from reseau.core.settings import Settings

BUSY_LIMIT_ENV = "RESEAU_BUSY_LIMIT"  # seconds to wait for another program's lock (30)
WAITING = "Base occupée par un autre programme, attente…"


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


def busy_limit() -> float:
    try:
        return max(0.0, float(os.environ.get(BUSY_LIMIT_ENV, "")))
    except ValueError:
        return DEFAULT_BUSY_LIMIT


def busy_wait(where: str = "") -> BusyWait:
    """The CLI's wait for a locked database: « Base occupée… » on stderr once per wait."""

    def say(waiting: bool) -> None:
        if waiting:
            echo(WAITING, file=sys.stderr, flush=True)

    return BusyWait(busy_limit(), say, where)


def open_database(args: argparse.Namespace, write: bool = False) -> Database:
    """The database of the command; ``write``: refused in one sentence when read-only."""
    url = database_url(getattr(args, "database_url", None))
    if url:
        database = open_url(url, busy_wait())
    else:
        path = resolve_database(getattr(args, "db", None)).database
        database = open_sqlite(path, wait=busy_wait(str(path)))
    if write and database.read_only:
        database.dispose()
        raise ReadOnlyError()
    return database


def data_paths(args: argparse.Namespace) -> DataPaths | None:
    """The local files (database, backups) of a command, or None in team mode."""
    if database_url(getattr(args, "database_url", None)):
        return None
    return resolve_database(getattr(args, "db", None))


OUTPUT_HELP = "fichier à écrire ; « - » : la sortie standard"


def echo(*values: object, file: TextIO | None = None, flush: bool = False) -> None:
    """``print`` for the command line's own words: French typography on them
    (``core.typography.french``: no-break spaces before « : » and inside « »). Exported data
    never goes through here."""
    print(
        french(" ".join(str(v) for v in values)), file=file if file is not None else sys.stdout, flush=flush
    )


def report(output: str | os.PathLike[str], text: str) -> None:
    """Print a command's summary line: on stderr when its output (``-o -``) is stdout, so that
    the summary never ends up inside the exported data."""
    echo(text, file=sys.stderr if is_stdout(output) else sys.stdout)


def preferences() -> Settings:
    """The user's Préférences, from the same file the window reads and writes
    (reseau.core.settings: $RESEAU_SETTINGS, else the platformdirs config folder); the defaults
    when it cannot be read (the window says why; the command line keeps working)."""
    from reseau.core.settings import SettingsStore, settings_path

    return SettingsStore(settings_path()).load().settings

"""`reseau backup` and `reseau restore FICHIER`: backups of the local SQLite database.

`reseau restore` never opens (never migrates) the database it replaces: it works on a file that
no longer opens (a failed upgrade, a damaged file, one set aside), and it holds the write lock
from its safety backup to the end of the copy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reseau.cli.common import add_database_options, busy_wait, echo
from reseau.core.data_errors import RestoreError
from reseau.core.paths import resolve_database
from reseau.core.team import database_url
from reseau.db import backup as backup_files
from reseau.db.lock import InstanceLock
from reseau.db.open import open_sqlite
from reseau.services.database import backups


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    make = subparsers.add_parser("backup", help="sauvegarder maintenant la base de données locale")
    add_database_options(make)
    make.add_argument("--list", action="store_true", help="lister les sauvegardes au lieu d'en créer une")
    make.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore", help="restaurer une sauvegarde (la base actuelle est d'abord sauvegardée)"
    )
    add_database_options(restore)
    restore.add_argument("file", metavar="FICHIER", help="la sauvegarde à restaurer")
    restore.set_defaults(handler=run_restore)


def _local(args: argparse.Namespace, command: str) -> Path:
    if database_url(getattr(args, "database_url", None)):
        raise RestoreError(
            f"`reseau {command}` concerne une base locale ; sur un serveur PostgreSQL, utilisez pg_dump."
        )
    return resolve_database(getattr(args, "db", None)).database


def run_backup(args: argparse.Namespace) -> int:
    paths = resolve_database(_local(args, "backup"))
    if args.list:
        for info in backups.list_backups(paths):
            origin = "" if info.database_id else "  (ancienne, base non identifiée)"
            when = f"{info.created_at:%Y-%m-%d %H:%M:%S}"
            echo(f"{when}  {info.reason:<24} {info.size:>10} o  {info.path}{origin}")
        return 0
    database = open_sqlite(paths.database, wait=busy_wait(str(paths.database)))
    try:
        made = backups.backup_now(database, paths)
    finally:
        database.dispose()
    assert made is not None
    echo(f"Sauvegarde créée et vérifiée : {made.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    paths = resolve_database(_local(args, "restore"))
    source = Path(args.file).expanduser().absolute()
    backup_files.check_restorable(source)  # refuse a wrong file before touching anything
    if backups.is_other_database(paths, source):
        echo(
            f"Attention : {source} est la sauvegarde d'une autre base que {paths.database} ; "
            "elle la remplacera quand même, puisque vous l'avez choisie.",
            file=sys.stderr,
        )
    with InstanceLock(paths.database):  # not while a Réseau window has the database open
        restored = backup_files.restore_into(
            paths.database, source, paths.backups, busy_wait(str(paths.database))
        )
    if restored.safety is not None:
        echo(f"Base restaurée depuis {source}. Les données remplacées sont dans {restored.safety.path}")
    elif restored.set_aside is not None:
        echo(f"Base restaurée depuis {source}. Le fichier illisible a été gardé sous {restored.set_aside}")
    else:
        echo(f"Base restaurée depuis {source}.")
    return 0

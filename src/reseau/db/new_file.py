"""A new database file built beside its final name and moved into place whole (issue 19.2).

``reseau import FILE --db new.sqlite3`` into a file that does not exist yet fills it with
everything at once. Written the ordinary way (WAL, ``synchronous = NORMAL``, every index kept up
to date row by row) that costs about twice what SQLite needs. A file that nobody else can see
yet can be written the fast way without risk, as long as the name only ever shows a whole one:

1. :func:`built_aside` creates ``.<name>.import.<pid>.part`` in the same folder, at the head
   schema (``db.head_schema``) with its own database id, the page size set first (8 KiB);
2. the caller imports into it: the rollback journal in memory (a rollback, dry run, « tout ou
   rien », cancel or error, still works), ``synchronous = OFF`` (nothing is promised about the
   ``.part`` until step 3: a crash or a kill only leaves a ``.part`` behind), the foreign keys
   not checked row by row;
3. once the caller's work is over, every foreign key of the file is checked at once (a file
   with a reference to a missing row is not placed), the file is switched to WAL (as every file Réseau opens),
   closed, written through to the disk (``fsync``), then given its final name with a link that
   never replaces a file (another program that created the same name meanwhile keeps its
   file: the import says so and nothing is lost), and the folder is written through too.

A kill at any moment leaves no file under the final name, or the whole file
(``tests/db/test_import_killed.py``). A ``.part`` whose process is gone is removed by the next
:func:`built_aside` for the same name; one whose process still runs is left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from reseau.core.errors import DatabaseOpenError
from reseau.core.files import secure_database_files
from reseau.core.messages import tr
from reseau.db import backup, head_schema
from reseau.db.engine import BusyWait, prepare_folder, sqlite_engine
from reseau.db.open import backups_folder, refuse_if_set_aside
from reseau.db.session import Database

_SUFFIXES = ("", "-journal", "-wal", "-shm")


def part_path(path: Path) -> Path:
    """Where the file for ``path`` is built (hidden, in the same folder: same file system)."""
    return path.with_name(f".{path.name}.import.{os.getpid()}{backup.PART}")


def leftover_parts(path: Path) -> list[Path]:
    """The ``.part`` files (and their journals) of builds for ``path`` whose process is gone."""
    pattern = re.compile(re.escape(f".{path.name}.import.") + r"(\d+)" + re.escape(backup.PART) + r"(-\w+)?$")
    found = []
    for candidate in path.parent.glob(f".{glob_escape(path.name)}.import.*"):
        match = pattern.match(candidate.name)
        if match is not None and not backup.process_alive(int(match.group(1))):
            found.append(candidate)
    return sorted(found)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def remove_leftover_parts(path: Path) -> list[Path]:
    removed = []
    for leftover in leftover_parts(path):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _remove_part(part: Path) -> None:
    for suffix in _SUFFIXES:
        with contextlib.suppress(OSError):
            Path(f"{part}{suffix}").unlink()


@contextmanager
def built_aside(path: Path, wait: BusyWait | None = None, backups: Path | None = None) -> Iterator[Database]:
    """A database for ``path`` (which must not exist) built aside and moved into place when the
    block ends; see the module docstring. An exception in the block removes the ``.part`` and
    leaves no file under ``path``. Refused as ``open_sqlite`` refuses it when ``path`` was set
    aside as damaged (an empty base must not take its place unnoticed)."""
    refuse_if_set_aside(path, backups or backups_folder(path))
    prepare_folder(path)
    remove_leftover_parts(path)
    part = part_path(path)
    _remove_part(part)  # a same-pid leftover (pid reused): never ours, never in use
    database = _create(part, wait or BusyWait(where=str(path)), str(path))
    try:
        yield database
        check_foreign_keys(database, str(path))
        _switch_to_wal(database)
    except BaseException:
        database.dispose()
        _remove_part(part)
        raise
    database.dispose()
    try:
        _write_through(part)
        _move_into_place(part, path)
    finally:
        _remove_part(part)


def _create(part: Path, wait: BusyWait, where: str) -> Database:
    """The ``.part`` at the head schema with a new database id, bulk pragmas on each connection."""
    engine = sqlite_engine(part, wait, bulk=True)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            head_schema.create_at_head(connection)
            connection.exec_driver_sql(
                "INSERT INTO setting (key, value) VALUES (?, ?)",
                (backup.ID_KEY, json.dumps(backup.new_database_id())),
            )
    except SQLAlchemyError as exc:
        engine.dispose()
        _remove_part(part)
        raise DatabaseOpenError(
            tr("Impossible de préparer {where} : {reason}", where=where, reason=str(exc))
        ) from exc
    secure_database_files(part)
    return Database(engine)


def check_foreign_keys(database: Database, where: str) -> None:
    """Every reference of the file leads to a row (``PRAGMA foreign_key_check``): the bulk
    connections do not check them row by row (``engine._set_bulk_pragmas``: 0.3 s of the
    100,000-row import, against 0.06 s for this check). A file that fails is not placed."""
    with database.engine.connect() as connection:
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise DatabaseOpenError(
            tr(
                "Impossible de préparer {where} : {reason}",
                where=where,
                reason=tr(
                    "lignes qui renvoient à une ligne absente : {count} (la première : {table} "
                    "n° {rowid} → {parent}) ; rien n'a été enregistré",
                    count=len(broken),
                    table=str(table),
                    rowid=str(rowid),
                    parent=str(parent),
                ),
            )
        )


def _switch_to_wal(database: Database) -> None:
    """WAL, as every file Réseau opens: written in the header now, so that the first open of
    the final file does not rewrite it (nor run its integrity check for that reason)."""
    with database.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode = WAL").scalar()
    if str(mode).lower() != "wal":
        raise DatabaseOpenError(
            tr("Impossible de préparer {where} : {reason}", where="WAL", reason=str(mode))
        )


def _write_through(part: Path) -> None:
    """The closed ``.part`` written through to the disk before it gets its name, every page in
    the file itself: a ``-wal`` that still held pages (a connection left open somewhere)
    would not follow the file under its new name, so it is checkpointed first, and a file whose
    ``-wal`` cannot be emptied is not placed."""
    connection = sqlite3.connect(part, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()
    wal = Path(f"{part}-wal")
    if wal.exists() and wal.stat().st_size:
        raise DatabaseOpenError(
            tr(
                "Impossible de préparer {where} : {reason}",
                where=str(part),
                reason=tr("le journal d'écriture n'a pas pu être vidé dans le fichier"),
            )
        )
    with part.open("rb+") as handle:
        os.fsync(handle.fileno())


def _move_into_place(part: Path, path: Path) -> None:
    """Give ``part`` the name ``path`` without ever replacing a file that appeared meanwhile: a
    hard link, which fails when the name is taken; where the file system has no hard links
    (FAT, some network shares), a rename that does not replace (Windows) or one made after
    checking that the name is still free."""
    try:
        os.link(part, path)
    except FileExistsError:
        raise _taken(path) from None
    except OSError:
        if os.name == "nt":  # pragma: no cover - Windows: rename never replaces a file there
            try:
                os.rename(part, path)
            except FileExistsError:
                raise _taken(path) from None
        else:
            if path.exists() or path.is_symlink():
                raise _taken(path) from None
            os.replace(part, path)
    _sync_folder(path.parent)


def _taken(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(
        tr(
            "{path} a été créée par un autre programme pendant l'import : elle a été laissée "
            "telle quelle et rien n'y a été importé ; recommencez l'import.",
            path=str(path),
        )
    )


def _sync_folder(folder: Path) -> None:
    """The new name written through (POSIX; Windows cannot open a folder for that)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

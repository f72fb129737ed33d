"""Engine creation: SQLite pragmas (WAL, foreign keys, busy wait) or a PostgreSQL URL.

A database another program holds locked is waited for *visibly*: each SQLite statement that
finds the database busy is retried in short steps, ``BusyWait.on_wait(True)`` is called once
when the wait starts (the CLI prints « Base occupée par un autre programme, attente… », the
window shows it in its status bar) and ``on_wait(False)`` when it ends; after ``limit`` seconds
``DatabaseBusyError`` says so in one sentence. A write refused because the file is read-only
becomes ``ReadOnlyError``. No traceback either way.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event

from reseau.core.data_errors import DatabaseBusyError, ReadOnlyError
from reseau.core.errors import DatabaseOpenError
from reseau.core.messages import tr

SQLITE_HEADER = b"SQLite format 3\x00"
STEP_MS = 250  # one busy step inside SQLite; the wait between steps is said to the user
DEFAULT_BUSY_LIMIT = 30.0  # seconds
BULK_PAGE_SIZE = 8192  # bytes, for a file built at once (``bulk``): fewer, fuller pages
_BUSY, _LOCKED, _READONLY = 5, 6, 8
T = TypeVar("T")


@dataclass(frozen=True)
class BusyWait:
    """How long to wait for another program's lock, and whom to tell while waiting."""

    limit: float = DEFAULT_BUSY_LIMIT
    on_wait: Callable[[bool], None] | None = None
    where: str = ""

    def run(self, action: Callable[[], T]) -> T:
        """``action()``, retried while the database is busy, up to ``limit`` seconds."""
        started: float | None = None
        try:
            while True:
                try:
                    return action()
                except sqlite3.OperationalError as exc:
                    code = error_code(exc)
                    if code == _READONLY:
                        raise ReadOnlyError() from exc
                    if code not in (_BUSY, _LOCKED):
                        raise
                    now = time.monotonic()
                    if started is None:
                        started = now
                        if self.on_wait is not None:
                            self.on_wait(True)
                    if now - started >= self.limit:
                        raise self.busy_error() from exc
        finally:
            if started is not None and self.on_wait is not None:
                self.on_wait(False)

    def busy_error(self) -> DatabaseBusyError:
        return DatabaseBusyError(
            tr(
                "{path} est occupée par un autre programme depuis {seconds} s : l'opération a été "
                "abandonnée et rien n'a été modifié ; fermez l'autre programme, puis recommencez.",
                path=self.where or "La base",
                seconds=round(self.limit),
            )
        )


def error_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of ``exc`` (5 busy, 6 locked, 8 read-only)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc)
    if "locked" in text or "busy" in text:
        return _BUSY
    if "readonly" in text or "read-only" in text:
        return _READONLY
    return None


def connection_class(wait: BusyWait) -> type[sqlite3.Connection]:
    """A sqlite3 connection class whose statements wait visibly (see the module docstring)."""

    class Cursor(sqlite3.Cursor):
        def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
            wait.run(lambda: sqlite3.Cursor.execute(self, sql, parameters))
            return self

        def executemany(self, sql: str, seq_of_parameters: Any, /) -> Cursor:
            rows = list(seq_of_parameters)  # a retry must see the same rows again
            wait.run(lambda: sqlite3.Cursor.executemany(self, sql, rows))
            return self

    class Connection(sqlite3.Connection):
        def cursor(self, factory: Any = Cursor) -> Any:
            return super().cursor(factory)

        def commit(self) -> None:
            wait.run(lambda: sqlite3.Connection.commit(self))

    return Connection


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {STEP_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _set_bulk_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """A file nobody else sees yet, filled at once (``db.new_file``): the rollback journal in
    memory (a rollback still works), no sync until the file is complete, larger pages, the
    foreign keys checked once over the whole file before it is placed
    (``new_file.check_foreign_keys``) rather than row by row."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = OFF")
    cursor.execute(f"PRAGMA busy_timeout = {STEP_MS}")
    cursor.execute(f"PRAGMA page_size = {BULK_PAGE_SIZE}")  # effective only before the first table
    cursor.execute("PRAGMA journal_mode = MEMORY")
    cursor.execute("PRAGMA synchronous = OFF")
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


def sqlite_engine(path: Path, wait: BusyWait | None = None, bulk: bool = False) -> Engine:
    """An engine on the SQLite file ``path`` (created if absent), pragmas set per connection:
    WAL, or with ``bulk`` those of a file that nobody else sees yet (``db.new_file`` only)."""
    check_sqlite_file(path)
    prepare_folder(path)
    waiting = wait or BusyWait()
    if not waiting.where:
        waiting = BusyWait(waiting.limit, waiting.on_wait, str(path))
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={
            "check_same_thread": False,
            "timeout": STEP_MS / 1000,
            "factory": connection_class(waiting),
        },
    )
    event.listen(engine, "connect", _set_bulk_pragmas if bulk else _set_sqlite_pragmas)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
    except DatabaseBusyError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError wrapped by SQLAlchemy
        engine.dispose()
        cause = exc.__cause__ if isinstance(exc.__cause__, sqlite3.Error) else exc
        raise DatabaseOpenError(
            tr("Impossible d'ouvrir {path} : {reason}.", path=str(path), reason=str(cause))
        ) from exc
    return engine


@contextlib.contextmanager
def write_locked(path: Path, wait: BusyWait | None = None) -> Iterator[sqlite3.Connection]:
    """A plain connection to ``path`` that holds the write lock until the block ends.

    ``locking_mode = EXCLUSIVE`` keeps the lock taken by ``BEGIN IMMEDIATE`` after the
    transaction ends, so the caller can back the file up *from* this connection and then copy
    into it with the backup API, with no other writer in between. Taking the lock writes
    nothing: an unchanged file stays byte-identical. Busy: waits visibly, then
    ``DatabaseBusyError``.
    """
    waiting = wait or BusyWait()
    if not waiting.where:
        waiting = BusyWait(waiting.limit, waiting.on_wait, str(path))
    connection = sqlite3.connect(path, timeout=STEP_MS / 1000, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchall()
        waiting.run(lambda: connection.execute("BEGIN IMMEDIATE"))
        connection.execute("COMMIT")
        yield connection
    finally:
        connection.close()


def url_engine(url: str, wait: BusyWait | None = None) -> Engine:
    """An engine on a server URL (team mode, PostgreSQL)."""
    if url.startswith("sqlite:///"):
        return sqlite_engine(Path(url.removeprefix("sqlite:///")), wait)
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:
        raise DatabaseOpenError(
            tr("Adresse de base de données invalide : {reason}", reason=str(exc))
        ) from exc

"""Open a database for use: check the file, create the engine, migrate to the newest schema.

Safety at open (SQLite), each case with one sentence that keeps the file's bytes and offers the
newest good backup *of the same database* (``docs/data-safety.md``):

- a 0-byte file, or one whose header is not SQLite's: refused, left as it is;
- a file that fails ``quick_check`` (damaged, truncated): renamed aside, never overwritten, with
  a marker beside it so that the next start says so instead of starting an empty database;
- a file written by a newer Réseau: opened truly read-only (``mode=ro``, ``immutable`` when it
  has no ``-wal``: no journal-mode change, no ``-wal``/``-shm``), every write refused;
- an older schema: migrated *on a copy* under the write lock, then copied in with the backup
  API after an « avant-migration » backup; a migration that fails leaves the file
  byte-identical, takes no backup, and says so (``UpgradeFailedError``).

The window opens with ``defer_check=True``: ``quick_check`` reads the whole file (0.3 s at
100,000 persons, growing with the file), so it is not run at open but by the window after its
first paint, on the writer thread before any write (``find_damage``). It still runs at open
whenever the open itself may write or the file may be hurt: after a crash (a ``-wal`` or
``-shm`` left beside the file), before an upgrade, on a file not in WAL mode (the first
connection would rewrite its header), without a schema or without its database id.

Another program holding the lock is waited for visibly, up to a limit (``engine.BusyWait``).
The database gets a stable random id (``setting`` row ``database_id``) that names its backups.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from reseau.core.data_errors import DamagedDatabaseError, UpgradeFailedError
from reseau.core.errors import DatabaseOpenError
from reseau.core.files import secure_database_files
from reseau.core.messages import Message, tr
from reseau.db import backup, head_schema, migrate
from reseau.db.backup import ID_KEY, read_only_uri
from reseau.db.engine import (
    SQLITE_HEADER,
    BusyWait,
    check_sqlite_file,
    connection_class,
    sqlite_engine,
    url_engine,
    write_locked,
)
from reseau.db.session import Database


def backups_folder(path: Path) -> Path:
    return path.parent / "backups"  # the same place as core.paths.DataPaths.backups


def open_sqlite(
    path: Path, backups: Path | None = None, wait: BusyWait | None = None, defer_check: bool = False
) -> Database:
    """The database at ``path``, created and migrated as needed (see the module docstring).

    ``defer_check``: skip ``quick_check`` when nothing calls for it at open (the returned
    database is then ``unchecked``: its owner runs ``find_damage`` before its first write)."""
    root = backups or backups_folder(path)
    waiting = wait or BusyWait(where=str(path))
    new = not path.exists()
    with contextlib.suppress(OSError):
        backup.remove_leftovers(root)  # .part files of killed backups, restores, upgrades
    unchecked = False
    if not path.exists():
        refuse_if_set_aside(path, root)
    else:
        check_sqlite_file(path) if path.is_dir() else _check_header(path, root)
        unchecked = defer_check and _may_defer_check(path, root)
        if not unchecked:
            quick_check(path, root)
    if unchecked:  # at the newest schema, nothing to write (``_may_defer_check``)
        try:
            return _engine_database(path, root, waiting, unchecked=True)
        except (DatabaseOpenError, SQLAlchemyError, sqlite3.Error):
            quick_check(path, root)  # unreadable: if damaged, set aside and offer the backup
            raise
    revision = _stored_revision(path)
    if revision is not None and revision not in migrate.known_revisions():
        return Database(read_only_engine(path, waiting), read_only=True)
    if revision is not None and revision != migrate.head_revision():
        _upgrade_on_copy(path, root, waiting)
    return _engine_database(path, root, waiting, new=new)


def _engine_database(
    path: Path, root: Path, waiting: BusyWait, unchecked: bool = False, new: bool = False
) -> Database:
    """The engine on ``path`` at the newest schema (``new``: a file just created, built at head
    in one step), the file's id claimed, its modes 0600."""
    engine = sqlite_engine(path, waiting)
    if new:
        _create_at_head(engine, str(path))
    result = _migrated(Database(engine, unchecked=unchecked), str(path))
    try:
        _claim_id(path, root, engine)
    except SQLAlchemyError as exc:
        result.dispose()
        raise DatabaseOpenError(
            tr("Impossible de préparer {where} : {reason}", where=str(path), reason=str(exc))
        ) from exc
    backup.clear_marker(path)  # a sound file is back under this name: the set-aside is over
    secure_database_files(path)
    return result


def offer(root: Path, ident: str | None, database: Path) -> tuple[Message, Path | None]:
    """The sentence that offers the newest good backup of database ``ident``, and that backup."""
    good = backup.newest_good_backup(root, ident)
    if good is not None:
        return (
            tr(
                "Dernière sauvegarde saine de cette base : {file} (pour la restaurer : "
                "reseau restore {path} --db {database}).",
                file=good.path.name,
                path=str(good.path),
                database=str(database),
            ),
            good.path,
        )
    legacy = backup.legacy_backups(root)
    if legacy:
        return (
            tr(
                "Aucune sauvegarde n'a été trouvée pour cette base ; {count} sauvegarde(s) d'une "
                "version antérieure de Réseau, qui ne disent pas de quelle base elles viennent, "
                "sont dans {folder} (à choisir vous-même : reseau restore FICHIER).",
                count=len(legacy),
                folder=str(root),
            ),
            None,
        )
    return tr("Aucune sauvegarde n'a été trouvée."), None


def refuse_if_set_aside(path: Path, root: Path) -> None:
    marker = backup.read_marker(path)
    if marker is None:
        return
    ident = marker.get("database_id") or backup.id_by_name(root, path.name)
    sentence, good = offer(root, ident, path)
    aside = path.with_name(marker.get("aside", "")) if marker.get("aside") else None
    raise DamagedDatabaseError(
        tr(
            "{path} a été mise de côté le {date}, endommagée, sous le nom {aside} : Réseau ne "
            "crée pas de base vide à sa place. {offer} Pour repartir d'une base vide, "
            "supprimez {marker}.",
            path=str(path),
            date=marker.get("at", "?").replace("T", " "),
            aside=marker.get("aside", "?"),
            offer=sentence,
            marker=str(backup.marker_path(path)),
        ),
        path,
        aside,
        good,
    )


def _check_header(path: Path, root: Path) -> None:
    """A 0-byte file, or one that is not SQLite: refused with the backup offered, bytes kept."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(
            tr("Impossible de lire {path} : {reason}.", path=str(path), reason=str(exc.strerror))
        ) from exc
    if header == SQLITE_HEADER:
        return
    sentence, good = offer(root, backup.identity(path, root), path)
    if not header:
        message = tr(
            "{path} est vide (0 octet) : ce n'est pas une base Réseau utilisable, et Réseau ne "
            "la remplace pas par une base vide ; le fichier a été laissé tel quel. {offer}",
            path=str(path),
            offer=sentence,
        )
    else:
        message = tr(
            "{path} n'est pas une base de données SQLite (en-tête détruit, ou autre fichier) ; "
            "le fichier n'a pas été modifié. {offer}",
            path=str(path),
            offer=sentence,
        )
    raise DamagedDatabaseError(message, path, None, good)


# Bytes 18 and 19 of an SQLite header: the file format versions, 2 in WAL mode.
_WAL_VERSIONS = b"\x02\x02"


def _may_defer_check(path: Path, root: Path) -> bool:
    """True when opening ``path`` writes nothing and nothing says it may be hurt: no ``-wal``
    or ``-shm`` left by a crash (a clean close removes them), already in WAL mode, at the
    newest schema, with its own database id. Otherwise ``quick_check`` runs at open."""
    if Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists():
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    if header[18:20] != _WAL_VERSIONS:
        return False
    try:
        revision = _stored_revision(path)
    except DatabaseOpenError:
        return False
    return revision == migrate.head_revision() and not _needs_id(path, root)


def _needs_id(path: Path, root: Path) -> bool:
    """True when ``_claim_id`` would write: no id yet, or the id of another file's copy."""
    ident = backup.read_database_id(path, frozen=True)
    return ident is None or _copy_of_another(path, root, ident)


def _copy_of_another(path: Path, root: Path, ident: str) -> bool:
    """True when ``ident`` belongs to another file of the same folder (``path`` is its copy):
    the backups folder of ``ident`` names that file, and that file holds the same id."""
    try:
        owner = (root / ident / backup.BASE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    other = path.with_name(owner) if owner else None
    return (
        other is not None
        and owner != path.name
        and other.exists()
        and backup.read_database_id(other, frozen=True) == ident
    )


def find_damage(path: Path) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds in ``path``, read-only (nothing is renamed
    or written; another connection may have the file open); None when it is sound."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(read_only_uri(path, frozen=True), uri=True, timeout=5)
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
    return problems[0] if problems else None


def quick_check(path: Path, backups: Path) -> None:
    """Run ``PRAGMA quick_check``; on failure set the file aside and raise ``DamagedDatabaseError``."""
    problem = find_damage(path)
    if problem is None:
        return
    problems = [problem]
    ident = backup.identity(path, backups, frozen=True)
    aside = set_aside(path, ident)
    sentence, good = offer(backups, ident, path)
    raise DamagedDatabaseError(
        tr(
            "{path} est endommagée ({problem}). Elle a été mise de côté sous le nom {aside}, "
            "sans être modifiée. {offer}",
            path=str(path),
            problem=problems[0],
            aside=aside.name,
            offer=sentence,
        ),
        path,
        aside,
        good,
    )


def set_aside(path: Path, ident: str | None = None) -> Path:
    """Rename ``path`` (and its -wal/-shm) aside and leave a marker (see ``backup.set_aside``)."""
    return backup.set_aside(path, ident)


def _stored_revision(path: Path) -> str | None:
    """The schema revision of the file, read without writing anything (None: new or empty)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(read_only_uri(path, frozen=True), uri=True, timeout=5)
        try:
            has_table = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (migrate.VERSION_TABLE,)
            ).fetchone()
            if has_table is None:
                return None
            row = connection.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseOpenError(
            tr("Impossible de lire {path} : {reason}.", path=str(path), reason=str(exc))
        ) from exc
    return str(row[0]) if row else None


def _upgrade_on_copy(path: Path, root: Path, wait: BusyWait) -> None:
    """Migrate a copy of ``path`` under its write lock; copy it in only when all went well."""
    with write_locked(path, wait) as connection:
        row = connection.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
        old = str(row[0]) if row else "?"
        if old == migrate.head_revision():
            return  # another process upgraded it meanwhile
        ident = backup.identity(path, root) or backup.new_database_id()
        try:
            staged = backup.stage(connection, root, ident)
        except Exception as exc:  # whatever the migration raised: the file is untouched
            sentence, good = offer(root, ident, path)
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
            raise UpgradeFailedError(
                tr(
                    "La mise à jour du schéma de {path} ({old} → {new}) a échoué ({reason}) ; "
                    "le fichier n'a pas été modifié. {offer}",
                    path=str(path),
                    old=old,
                    new=migrate.head_revision(),
                    reason=reason,
                    offer=sentence,
                ),
                path,
                good,
            ) from exc
        try:
            backup.create_backup(path, root, "avant-migration", database_id=ident, source=connection)
            backup.copy_into(staged, connection)
        finally:
            staged.unlink(missing_ok=True)


def _claim_id(path: Path, root: Path, engine: Engine) -> None:
    """Give the database its id if it has none, or a new one if it is a copy of another file
    of the same folder (a copy must not share, nor prune, the other's backups)."""
    with engine.begin() as connection:
        row = connection.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (ID_KEY,)).first()
        ident: str | None = None
        if row is not None:
            with contextlib.suppress(ValueError):
                value = json.loads(row[0])
                ident = value if isinstance(value, str) else None
        if ident is not None and not _copy_of_another(path, root, ident):
            return  # its own id already; a copy of another file gets an id of its own below
        value = json.dumps(backup.new_database_id())
        if row is None:
            connection.exec_driver_sql("INSERT INTO setting (key, value) VALUES (?, ?)", (ID_KEY, value))
        else:
            connection.exec_driver_sql("UPDATE setting SET value = ? WHERE key = ?", (value, ID_KEY))


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def read_only_engine(path: Path, wait: BusyWait | None = None) -> Engine:
    """An engine that cannot write and writes nothing: ``mode=ro`` (``immutable`` when the file
    has no ``-wal``), ``query_only`` on each connection, no journal-mode change; a write attempt
    is ``ReadOnlyError``."""
    uri = read_only_uri(path, frozen=True)
    factory = connection_class(wait or BusyWait(where=str(path)))

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=0.25, factory=factory)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _read_only_pragmas)
    return engine


def open_url(url: str, wait: BusyWait | None = None) -> Database:
    engine = url_engine(url, wait)
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


def _create_at_head(engine: Engine, where: str) -> None:
    """A file that did not exist: built at the head schema in one transaction
    (``db.head_schema``), unless another process created it meanwhile (then it is migrated
    or left as it is by ``_migrated``, as any existing file)."""
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # one transaction, the write lock first
            if connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
                return
            head_schema.create_at_head(connection)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseOpenError(
            tr("Impossible de préparer {where} : {reason}", where=where, reason=str(exc))
        ) from exc


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

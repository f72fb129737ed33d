"""Backups of the SQLite file with SQLite's online backup API, checked, private, pruned.

Backups belong to a *database*, not to a folder: each database holds a stable random id
(``setting`` row ``database_id``), and its backups live in ``backups/<id>/`` beside it, with a
``base.txt`` naming the database file (so that the backups of a file too damaged to be read
are still found). Retention, offers and automatic restores look at one database's folder only.
Backups written by earlier builds (``backups/reseau-*.sqlite3``, no id) are still listed and
restorable; they are never offered automatically.

A backup is written to a temporary name (``.<name>.<pid>.part``), checked with
``PRAGMA integrity_check``, made owner-only (0600), then renamed: a half-written or damaged
backup never carries a final name. A ``.part`` left by a killed process is removed at the next
start and by retention (``part_files`` lists them). Names say when and why:
``reseau-20261125-182500-123456-avant-migration.sqlite3``.

Replacing a database's content (restore, schema upgrade) goes through ``replace_content``: the
write lock is held (``engine.write_locked``) from the safety backup to the end of the copy.

Retention follows Anki: the ``recent`` newest backups, plus the newest of each of the last
``daily`` days, ``weekly`` ISO weeks and ``monthly`` months. No Qt, no sessions: plain sqlite3.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from reseau.core.data_errors import BackupError, RestoreError
from reseau.core.files import secure_database_files, secure_file
from reseau.core.messages import Message, tr
from reseau.db import migrate
from reseau.db.engine import BusyWait, write_locked

PREFIX = "reseau-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^reseau-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
SQLITE_HEADER = b"SQLite format 3\x00"
STARTUP_MAX_AGE = timedelta(hours=24)
ID_KEY = "database_id"
BASE_FILE = "base.txt"  # in backups/<id>/: the name of the database file
_ID = re.compile(r"^[0-9a-f]{32}$")
PART = ".part"
_PART_PID = re.compile(r"\.(\d+)\.part$")
MARKER_SUFFIX = ".mise-de-cote"  # beside a database that was set aside


@dataclass(frozen=True)
class RetentionPolicy:
    recent: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # local time, from the file name
    reason: str
    size: int
    database_id: str | None = None  # None: a backup from an earlier build (no id)


def slug(reason: str) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return text[:40] or "manuelle"


def parse_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match.group(1), STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    ident = path.parent.name if _ID.match(path.parent.name) else None
    return BackupInfo(path, created, match.group(2), size, ident)


def _newest_first(found: Iterable[BackupInfo]) -> list[BackupInfo]:
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def _backups_in(folder: Path) -> list[BackupInfo]:
    """The backups directly in ``folder``, newest first (an absent folder has none)."""
    if not folder.is_dir():
        return []
    return _newest_first(
        info for p in folder.glob(f"{PREFIX}*{SUFFIX}") if (info := parse_name(p)) is not None
    )


def _id_folders(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return [p for p in root.iterdir() if p.is_dir() and _ID.match(p.name)]


def list_backups(root: Path) -> list[BackupInfo]:
    """Every backup under ``root`` (each database's, and those of earlier builds), newest first."""
    found = _backups_in(root)
    for folder in _id_folders(root):
        found += _backups_in(folder)
    return _newest_first(found)


def backups_of(root: Path, ident: str | None) -> list[BackupInfo]:
    """The backups of the database ``ident`` only, newest first."""
    return [] if ident is None else _backups_in(root / ident)


def legacy_backups(root: Path) -> list[BackupInfo]:
    """Backups written by earlier builds, which do not say which database they come from."""
    return _backups_in(root)


# --- identity of a database ------------------------------------------------------------------
def new_database_id() -> str:
    return uuid.uuid4().hex


def read_only_uri(path: Path, frozen: bool = False) -> str:
    """A ``mode=ro`` URI on ``path``.

    ``frozen``: for a file nobody writes (a backup, a file written by a newer Réseau, a file
    being checked at open): with no ``-wal`` beside it, it is opened ``immutable`` so that
    SQLite creates no ``-wal``/``-shm`` either (a WAL-mode file otherwise gets them, even
    read-only) and writes nothing at all.
    """
    uri = path.absolute().as_uri() + "?mode=ro"
    if frozen and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def _id_in(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (ID_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if isinstance(value, str) and _ID.match(value) else None


def read_database_id(path: Path, frozen: bool = False) -> str | None:
    """The id stored in the database ``path``; None if it has none or cannot be read."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(read_only_uri(path, frozen), uri=True)
        try:
            return _id_in(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def write_database_id(connection: sqlite3.Connection, ident: str) -> None:
    """Store ``ident`` in the ``setting`` table (committed by the caller)."""
    value = json.dumps(ident)
    cursor = connection.execute("UPDATE setting SET value = ? WHERE key = ?", (value, ID_KEY))
    if cursor.rowcount == 0:
        connection.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (ID_KEY, value))


def id_by_name(root: Path, name: str) -> str | None:
    """The id whose backups say they belong to the database file ``name`` (newest wins)."""
    found: list[tuple[datetime, str]] = []
    for folder in _id_folders(root):
        try:
            owner = (folder / BASE_FILE).read_text(encoding="utf-8").strip()
        except OSError:
            continue
        if owner == name:
            newest = next(iter(_backups_in(folder)), None)
            found.append((newest.created_at if newest else datetime.min, folder.name))
    return max(found)[1] if found else None


def identity(database: Path, root: Path, frozen: bool = False) -> str | None:
    """The id of ``database``: from the set-aside marker, from the file, or from its backups."""
    marker = read_marker(database)
    if marker is not None and marker.get("database_id"):
        return str(marker["database_id"])
    return read_database_id(database, frozen) or id_by_name(root, database.name)


def newest_good_backup(root: Path, ident: str | None) -> BackupInfo | None:
    """The newest backup of database ``ident`` that passes ``quick_check``."""
    for info in backups_of(root, ident):
        if _sound(info.path, frozen=True):
            return info
    return None


def _sound(path: Path, frozen: bool = False) -> bool:
    """True when ``path`` is a non-empty SQLite file that passes ``quick_check``."""
    try:
        if path.stat().st_size == 0:
            return False
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
        connection = sqlite3.connect(read_only_uri(path, frozen), uri=True)
        try:
            return not integrity_problems(connection, quick=True)
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False


# --- a database set aside --------------------------------------------------------------------
def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def read_marker(database: Path) -> dict[str, str] | None:
    """What the marker left when ``database`` was set aside says (None: no marker)."""
    try:
        data = json.loads(marker_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


def clear_marker(database: Path) -> None:
    marker_path(database).unlink(missing_ok=True)


def set_aside(path: Path, ident: str | None = None) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.endommagee-<stamp>``; returns the new path.

    A marker ``<name>.mise-de-cote`` stays beside it, so that the next start says what happened
    and offers the backup instead of silently starting an empty database.
    """
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
    marker = {"aside": target.name, "at": datetime.now().isoformat(timespec="seconds")}
    if ident:
        marker["database_id"] = ident
    marker_path(path).write_text(json.dumps(marker, ensure_ascii=False), encoding="utf-8")
    secure_file(marker_path(path))
    return target


# --- leftovers of killed copies --------------------------------------------------------------
def part_files(root: Path) -> list[Path]:
    """The temporary ``.part`` files under ``root`` (backups folder and each database's)."""
    if not root.is_dir():
        return []
    found = [p for p in root.glob(f".*{PART}") if p.is_file()]
    for folder in _id_folders(root):
        found += [p for p in folder.glob(f".*{PART}") if p.is_file()]
    return sorted(found)


def process_alive(pid: int) -> bool:
    """True unless process ``pid`` is known to be gone (always True where that cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover - Windows: no cheap liveness test
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_leftover(path: Path, max_age: float = 3600.0) -> bool:
    """A ``.part`` no living process is writing: its writer is gone, or it is old."""
    match = _PART_PID.search(path.name)
    if match is not None and not process_alive(int(match.group(1))):
        return True
    try:
        return time.time() - path.stat().st_mtime > max_age or match is None
    except OSError:
        return False


def remove_leftovers(root: Path) -> list[Path]:
    """Delete the ``.part`` files killed copies left under ``root``; returns what was deleted."""
    removed: list[Path] = []
    for path in part_files(root):
        if is_leftover(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _temporary(folder: Path, name: str) -> Path:
    return folder / f".{name}.{os.getpid()}{PART}"


def integrity_problems(connection: sqlite3.Connection, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) reports; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        # A backup is a single self-contained file: no -wal beside it.
        target.execute("PRAGMA journal_mode = DELETE").fetchall()
        problems = integrity_problems(target)
        if problems:
            raise BackupError(
                tr(
                    "La sauvegarde {file} est endommagée : {problem}",
                    file=target_path.name,
                    problem=problems[0],
                )
            )
    finally:
        target.close()


def create_backup(
    database: Path,
    folder: Path,
    reason: str,
    policy: RetentionPolicy | None = None,
    now: datetime | None = None,
    database_id: str | None = None,
    source: sqlite3.Connection | None = None,
) -> BackupInfo:
    """Back ``database`` up under the backups root ``folder``; raises ``BackupError`` (database
    untouched).

    The backup goes to ``folder/<id>/`` (the database's own id, or ``database_id``); a database
    without an id (an old schema) is backed up in ``folder`` itself. ``source``: a connection
    that already holds the database's write lock (``engine.write_locked``) to read from.
    """
    ident = database_id or (_id_in(source) if source is not None else read_database_id(database))
    target_folder = folder / ident if ident else folder
    stamp = (now or datetime.now()).strftime(STAMP)
    final = target_folder / f"{PREFIX}{stamp}-{slug(reason)}{SUFFIX}"
    temporary = _temporary(target_folder, final.name)
    try:
        for made in (folder, target_folder):
            made.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                made.chmod(0o700)  # the folder's listing (names, dates) is private too
        if ident:
            base = target_folder / BASE_FILE
            if not base.exists() or base.read_text(encoding="utf-8").strip() != database.name:
                base.write_text(database.name + "\n", encoding="utf-8")
        if source is not None:
            _copy(source, temporary)
        else:
            reader = sqlite3.connect(database.absolute().as_uri() + "?mode=ro", uri=True)
            try:
                _copy(reader, temporary)
            finally:
                reader.close()
        secure_file(temporary)
        temporary.replace(final)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise BackupError(
            tr(
                "Sauvegarde impossible dans {folder} : {reason}. La base de données n'a pas été modifiée.",
                folder=str(folder),
                reason=_why(exc),
            )
        ) from exc
    except BackupError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    info = parse_name(final)
    assert info is not None
    if policy is not None:
        prune(target_folder, policy)
    return info


def _why(exc: BaseException) -> str | Message:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    text = str(exc)
    if "full" in text:
        return tr("le disque est plein")
    if "readonly" in text or "read-only" in text:
        return tr("le dossier est en lecture seule")
    if "unable to open" in text:
        return tr("le dossier est inaccessible ou en lecture seule")
    return text


def kept(backups: Iterable[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """The backups the policy keeps (the newest is always kept)."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {b.path for b in ordered[: max(policy.recent, 1)]}
    buckets: list[tuple[int, Callable[[datetime], object]]] = [
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: d.isocalendar()[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    ]
    for count, key in buckets:
        seen: list[object] = []
        for backup in ordered:
            bucket = key(backup.created_at)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(backup.path)
    return keep


def prune(folder: Path, policy: RetentionPolicy) -> list[Path]:
    """Delete the backups the policy no longer keeps, and the ``.part`` leftovers; returns what
    was deleted.

    Retention is per database: each ``<id>/`` folder is pruned on its own, and the backups of
    earlier builds (directly in a backups root) form their own group.
    """
    removed = remove_leftovers(folder)
    groups = [_backups_in(folder)] + [_backups_in(sub) for sub in _id_folders(folder)]
    for backups in groups:
        keep = kept(backups, policy)
        for backup in backups:
            if backup.path not in keep:
                with contextlib.suppress(OSError):
                    backup.path.unlink()
                    removed.append(backup.path)
    return removed


def startup_backup_due(folder: Path, now: datetime | None = None, database_id: str | None = None) -> bool:
    """True when database ``database_id`` has no backup younger than 24 hours (all backups in
    ``folder`` when no id is given)."""
    backups = backups_of(folder, database_id) if database_id else list_backups(folder)
    return not backups or (now or datetime.now()) - backups[0].created_at > STARTUP_MAX_AGE


def check_restorable(path: Path) -> str:
    """The schema revision of ``path`` if it is a sound Réseau database; ``RestoreError`` if not."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RestoreError(
            tr("Impossible de lire {path} : {reason}.", path=str(path), reason=str(exc.strerror))
        ) from exc
    if header != SQLITE_HEADER:
        raise RestoreError(
            tr(
                "{path} n'est pas une base de données Réseau (ce n'est pas un fichier SQLite).",
                path=str(path),
            )
        )
    try:
        connection = sqlite3.connect(read_only_uri(path, frozen=True), uri=True)
        try:
            problems = integrity_problems(connection)
            if problems:
                raise RestoreError(
                    tr(
                        "{path} est endommagé ({problem}) : restauration refusée.",
                        path=str(path),
                        problem=problems[0],
                    )
                )
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "person", "organization"} <= tables:
                raise RestoreError(
                    tr("{path} est une base SQLite, mais pas une base de données Réseau.", path=str(path))
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise RestoreError(
            tr(
                "{path} n'est pas une base de données Réseau lisible : {reason}.",
                path=str(path),
                reason=str(exc),
            )
        ) from exc
    if row is None:
        raise RestoreError(
            tr("{path} n'a pas de version de schéma : ce n'est pas une base Réseau.", path=str(path))
        )
    revision = str(row[0])
    if revision not in migrate.known_revisions():
        raise RestoreError(
            tr(
                "{path} a été écrite par une version plus récente de Réseau ; mettez Réseau à jour.",
                path=str(path),
            )
        )
    return revision


def belongs_to(source: Path, ident: str | None) -> bool:
    """False when ``source`` is known to be another database's backup (ids differ)."""
    other = read_database_id(source)
    return other is None or ident is None or other == ident


def stage(source: Path | sqlite3.Connection, root: Path, ident: str) -> Path:
    """A checked copy of ``source`` at the newest schema, carrying the id ``ident``.

    The copy (a ``.part`` in ``root``) is what a restore or an upgrade then copies into the
    database: the database itself is never migrated in place, so a migration that fails leaves
    it byte-identical. Raises what the migration raised; the copy is then deleted.
    """
    root.mkdir(parents=True, exist_ok=True)
    staged = root / f".restauration-{uuid.uuid4().hex[:8]}.{os.getpid()}{PART}"
    try:
        target = sqlite3.connect(staged)
        try:
            if isinstance(source, sqlite3.Connection):
                source.backup(target)
            else:
                reader = sqlite3.connect(read_only_uri(source, frozen=True), uri=True)
                try:
                    reader.backup(target)
                finally:
                    reader.close()
            target.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            target.close()
        engine = create_engine(f"sqlite:///{staged}", poolclass=NullPool)
        try:
            if migrate.needs_upgrade(engine):
                migrate.upgrade(engine)
        finally:
            engine.dispose()
        connection = sqlite3.connect(staged)
        try:
            write_database_id(connection, ident)
            connection.commit()
            connection.execute("PRAGMA journal_mode = DELETE").fetchall()
            problems = integrity_problems(connection)
        finally:
            connection.close()
        if problems:
            raise RestoreError(
                tr("La copie préparée ne passe pas la vérification : {problem}", problem=problems[0])
            )
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        raise
    return staged


def copy_into(staged: Path, connection: sqlite3.Connection) -> None:
    """Copy ``staged`` over the database of ``connection`` (which holds the write lock)."""
    reader = sqlite3.connect(read_only_uri(staged, frozen=True), uri=True)
    try:
        reader.backup(connection)
    finally:
        reader.close()
    problems = integrity_problems(connection, quick=True)
    if problems:
        raise RestoreError(
            tr("La base restaurée ne passe pas la vérification : {problem}", problem=problems[0])
        )


@dataclass(frozen=True)
class Restored:
    safety: BackupInfo | None  # the replaced data, backed up first (None: it was unreadable)
    set_aside: Path | None  # the replaced file, renamed, when it was damaged


def restore_into(
    database: Path, source: Path, root: Path | None = None, wait: BusyWait | None = None
) -> Restored:
    """Replace the content of ``database`` by the checked Réseau database ``source``.

    ``database`` is never opened through the application (never migrated): the source is
    copied, brought to the newest schema and given the database's id first; then the write lock
    is taken (a bounded, visible wait: ``DatabaseBusyError`` after the limit) and held from the
    safety backup (« avant-restauration ») to the end of the copy, so that no write can fall in
    between. A current file that is damaged (or empty) cannot be backed up: it is set aside
    instead, bytes kept. Connections that stay open see the restored content.
    """
    check_restorable(source)
    backups_root = root or database.parent / "backups"
    ident = identity(database, backups_root) or new_database_id()
    try:
        staged = stage(source, backups_root, ident)
    except OSError as exc:  # the backups folder cannot hold the prepared copy: say where
        where = f"{exc.strerror} ({exc.filename})" if exc.filename else _why(exc)
        raise RestoreError(tr("Restauration impossible : {reason}.", reason=where)) from exc
    except sqlite3.Error as exc:
        raise RestoreError(tr("Restauration impossible : {reason}.", reason=_why(exc))) from exc
    try:
        safety: BackupInfo | None = None
        aside: Path | None = None
        if database.exists() and not _sound(database):
            aside = set_aside(database, ident)
        try:
            with write_locked(database, wait) as connection:
                if aside is None and database.stat().st_size > 0:
                    safety = create_backup(
                        database, backups_root, "avant-restauration", database_id=ident, source=connection
                    )
                copy_into(staged, connection)
        except (OSError, sqlite3.Error) as exc:
            raise RestoreError(tr("Restauration impossible : {reason}.", reason=_why(exc))) from exc
    finally:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
    clear_marker(database)
    secure_database_files(database)
    return Restored(safety, aside)


def remove_partial_backups(folder: Path) -> list[Path]:
    """Delete every hidden ``.part`` file under the backups folder, a live copy's too (they hold
    the data, and no list shows them): an erasure must not leave her in one. Returns them."""
    removed: list[Path] = []
    for partial in part_files(folder):
        with contextlib.suppress(OSError):
            partial.unlink()
            removed.append(partial)
    return removed


def checkpoint(database: Path) -> None:
    """Fold the WAL into the main file and empty it (after an erasure: no old pages remain)."""
    connection = sqlite3.connect(database, timeout=5)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()


def backups_holding(folder: Path, table: str, ident: int, key_column: str, key: str) -> list[BackupInfo]:
    """The backups whose ``table`` still has the row ``ident`` with ``key_column = key``."""
    found: list[BackupInfo] = []
    for backup in list_backups(folder):
        try:
            connection = sqlite3.connect(read_only_uri(backup.path, frozen=True), uri=True)
            try:
                row = connection.execute(
                    f"SELECT 1 FROM {table} WHERE id = ? AND {key_column} = ?", (ident, key)
                ).fetchone()
            finally:
                connection.close()
        except sqlite3.Error:
            continue
        if row is not None:
            found.append(backup)
    return found

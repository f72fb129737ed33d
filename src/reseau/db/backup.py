"""Backups of the SQLite file with SQLite's online backup API, checked, private, pruned.

A backup is written to a temporary name in the backups folder, checked with
``PRAGMA integrity_check``, made owner-only (0600), then renamed: a half-written or damaged
backup never carries a final name. Names say when and why:
``reseau-20261125-182500-123456-avant-migration.sqlite3``.

Retention follows Anki: the ``recent`` newest backups, plus the newest of each of the last
``daily`` days, ``weekly`` ISO weeks and ``monthly`` months. No Qt, no sessions: plain sqlite3.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from reseau.core.data_errors import BackupError, RestoreError
from reseau.core.files import secure_database_files, secure_file
from reseau.core.messages import Message, tr
from reseau.db import migrate

PREFIX = "reseau-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^reseau-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")
SQLITE_HEADER = b"SQLite format 3\x00"
STARTUP_MAX_AGE = timedelta(hours=24)


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
    return BackupInfo(path, created, match.group(2), size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (an absent folder has none)."""
    if not folder.is_dir():
        return []
    found = [info for p in folder.glob(f"{PREFIX}*{SUFFIX}") if (info := parse_name(p)) is not None]
    return sorted(found, key=lambda b: b.created_at, reverse=True)


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
) -> BackupInfo:
    """Back ``database`` up into ``folder``; raises ``BackupError`` (database untouched)."""
    stamp = (now or datetime.now()).strftime(STAMP)
    final = folder / f"{PREFIX}{stamp}-{slug(reason)}{SUFFIX}"
    temporary = folder / f".{final.name}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            folder.chmod(0o700)  # the folder's listing (names, dates) is private too
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            _copy(source, temporary)
        finally:
            source.close()
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
        prune(folder, policy)
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
    """Delete the backups the policy no longer keeps; returns what was deleted."""
    backups = list_backups(folder)
    keep = kept(backups, policy)
    removed: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def startup_backup_due(folder: Path, now: datetime | None = None) -> bool:
    backups = list_backups(folder)
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
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def restore_into(database: Path, source: Path) -> None:
    """Copy the checked Réseau database ``source`` over ``database`` with the backup API.

    The caller has backed ``database`` up first. The backup API takes the database's write lock
    and rewrites it page by page, so connections that stay open see the restored content.
    """
    check_restorable(source)
    try:
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        target = sqlite3.connect(database, timeout=5)
        try:
            reader.backup(target)
            problems = integrity_problems(target, quick=True)
        finally:
            target.close()
            reader.close()
    except (OSError, sqlite3.Error) as exc:
        raise RestoreError(tr("Restauration impossible : {reason}.", reason=_why(exc))) from exc
    if problems:
        raise RestoreError(
            tr("La base restaurée ne passe pas la vérification : {problem}", problem=problems[0])
        )
    secure_database_files(database)


def remove_partial_backups(folder: Path) -> list[Path]:
    """Delete the hidden ``.<name>.part`` files an interrupted backup left (they hold the data
    too, and no list shows them); returns what was deleted."""
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    for partial in folder.glob(f".{PREFIX}*{SUFFIX}.part"):
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
            connection = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
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

"""Errors about the safety of the data: backups, restores, damaged files, locks, read-only mode."""

from __future__ import annotations

from pathlib import Path

from reseau.core.errors import DatabaseOpenError, ReseauError
from reseau.core.messages import Message, tr


class BackupError(ReseauError):
    """A backup could not be written or checked; the database itself was not touched."""


class RestoreError(ReseauError):
    """A file cannot be restored (not a Réseau database, damaged, too new); nothing was changed."""


class DamagedDatabaseError(DatabaseOpenError):
    """The database is damaged (0 bytes, not SQLite, fails ``quick_check``) or was set aside.

    Its bytes are kept: left in place (``set_aside`` None) or renamed aside, never overwritten.
    ``latest_backup`` is the newest good backup *of the same database*, if any.
    """

    def __init__(
        self,
        message: str | Message,
        original: Path,
        set_aside: Path | None,
        latest_backup: Path | None,
    ) -> None:
        super().__init__(message)
        self.original = original
        self.set_aside = set_aside
        self.latest_backup = latest_backup


class UpgradeFailedError(DatabaseOpenError):
    """A schema upgrade failed; the file was left byte-identical (it was migrated on a copy)."""

    def __init__(self, message: str | Message, original: Path, latest_backup: Path | None) -> None:
        super().__init__(message)
        self.original = original
        self.latest_backup = latest_backup


class DatabaseBusyError(DatabaseOpenError):
    """Another program held the database's write lock longer than Réseau waits; nothing changed."""


class InstanceLockedError(DatabaseOpenError):
    """Another Réseau already has this database open."""


class ReadOnlyError(ReseauError):
    """A write was attempted on a database opened read-only."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "La base est ouverte en lecture seule (écrite par une version plus récente de Réseau) : "
                "aucune modification n'est possible."
            )
        )

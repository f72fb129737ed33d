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
    """The database failed ``quick_check``: it was set aside, never overwritten."""

    def __init__(
        self, message: str | Message, original: Path, set_aside: Path, latest_backup: Path | None
    ) -> None:
        super().__init__(message)
        self.original = original
        self.set_aside = set_aside
        self.latest_backup = latest_backup


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

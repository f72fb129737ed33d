"""Named operations of the Sauvegardes dialog."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.core.outcome import Outcome
from reseau.core.paths import DataPaths
from reseau.services.database import backups
from reseau.services.database.backups import BackupInfo, Restored, RetentionPolicy
from reseau.services.database.store import BusyWait
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp


def retention_policy(runner: OpRunner) -> QueryOp[RetentionPolicy]:
    database = runner.database
    return QueryOp(runner, lambda _s: backups.retention_policy(database))


def backup_now(runner: OpRunner, paths: DataPaths | None) -> CommandOp[BackupInfo | None]:
    database = runner.database
    return CommandOp(runner, lambda _s: backups.backup_now(database, paths))


def restore(
    runner: OpRunner, paths: DataPaths | None, source: Path, wait: BusyWait | None = None
) -> CommandOp[Outcome[Restored]]:
    """Replace every row by the backup's (the current data is backed up first, under the same
    write lock); ``wait`` says in the window when another program holds the database."""
    database = runner.database

    def run(_session: Session) -> Outcome[Restored]:
        return Outcome(backups.restore(database, paths, source, wait), Changes.everything())

    return CommandOp(runner, run)


def save_retention_policy(runner: OpRunner, policy: RetentionPolicy) -> CommandOp[Outcome[None]]:
    database = runner.database

    def run(_session: Session) -> Outcome[None]:
        backups.save_retention_policy(database, policy)
        return Outcome(None, Changes(settings=True))

    return CommandOp(runner, run)

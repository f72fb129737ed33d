"""Named operations of the Sauvegardes dialog."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reseau.core.changes import Changes
from reseau.core.errors import ReseauError
from reseau.core.messages import Message
from reseau.core.outcome import Outcome
from reseau.core.paths import DataPaths
from reseau.services.database import backups, store
from reseau.services.database.backups import BackupInfo, Restored, RetentionPolicy
from reseau.services.database.store import BusyWait
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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


@dataclass
class StartupFindings:
    """What the checks after the window's first paint found. Filled on the writer thread; read
    on the GUI thread once the op is delivered, or once the runner has shut down (joined)."""

    damage: ReseauError | None = None  # the file failed quick_check: every write is refused
    backup_problem: Message | str | None = None  # the start-up backup failed (said, not fatal)
    done: bool = False


def startup_checks(
    runner: OpRunner,
    paths: DataPaths | None,
    painted: threading.Event,
    findings: StartupFindings,
    patience: float = 5.0,
) -> CommandOp[StartupFindings]:
    """The integrity check left for later at open, then the start-up backup when one is due.

    Submitted when the window is built, it is the writer thread's first job, so no write can
    start on a file not yet checked; it waits there for the first paint (``painted``, at most
    ``patience`` seconds) so that reading the whole file does not slow the start. A damaged
    file refuses every write behind it and takes no backup."""
    database = runner.database

    def run(_session: Session) -> StartupFindings:
        try:
            findings.damage = store.damage_found(database, paths.database if paths else None)
        except ReseauError as exc:  # busy beyond the wait: unchecked, so no write either
            findings.damage = exc
        if findings.damage is not None:
            runner.refuse_writes(findings.damage)
        elif not database.read_only:
            try:
                backups.startup_backup(database, paths)
            except ReseauError as exc:
                findings.backup_problem = exc.message
        findings.done = True
        return findings

    op = CommandOp(runner, run)
    op.waits_for(painted, patience)  # before its session: the ORM is imported after the paint
    return op

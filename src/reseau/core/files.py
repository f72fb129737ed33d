"""File permissions: personal data is readable by its owner only (0600) on POSIX systems."""

from __future__ import annotations

import os
import stat
from pathlib import Path

OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR  # 0600


def secure_file(path: str | os.PathLike[str]) -> None:
    """Make ``path`` readable and writable by its owner only; a no-op on Windows.

    Called on the database, its -wal/-shm companions, every backup and every export: a laptop
    shared between accounts, or a synced folder, must not expose the contacts to others.
    """
    if os.name != "posix":
        return
    target = Path(path)
    if target.exists():
        os.chmod(target, OWNER_ONLY)


def secure_database_files(database: str | os.PathLike[str]) -> None:
    """``secure_file`` on an SQLite database and its journal files, whichever exist."""
    base = str(database)
    for suffix in ("", "-wal", "-shm", "-journal"):
        secure_file(base + suffix)


def is_owner_only(path: str | os.PathLike[str]) -> bool:
    return os.name != "posix" or stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0


def restrict_new_files() -> int:
    """Make every file and folder this process creates owner-only (umask 077); returns the old mask.

    One rule at the entry point instead of a chmod after every writer: the exports (CSV, XLSX,
    vCard, ICS, PDF reports), attached documents and temporary files are covered too, including
    writers added later. ``secure_file`` still fixes files that existed before.
    """
    if os.name != "posix":
        return 0
    return os.umask(0o077)

"""One Réseau per database: an exclusive lock on ``<database>.lock`` held while the app runs.

An OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) is released by the system
when the process dies, so a crash never leaves a stale lock behind. No Qt here (db layer).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from reseau.core.data_errors import InstanceLockedError
from reseau.core.files import secure_file
from reseau.core.messages import tr
from reseau.db.engine import prepare_folder


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """Held from ``acquire()`` to ``release()``; a second acquirer gets ``InstanceLockedError``."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> InstanceLock:
        prepare_folder(self.database)  # a folder that cannot be made is said plainly
        handle = self.path.open("a+b")
        secure_file(self.path)
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise InstanceLockedError(
                tr(
                    "{database} est déjà ouverte par un autre Réseau (verrou {lock}). "
                    "Fermez l'autre fenêtre, ou ouvrez une autre base.",
                    database=str(self.database),
                    lock=str(self.path),
                )
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

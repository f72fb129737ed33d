"""The Database object: one engine and the session factory that every use case goes through.

``sqlalchemy.orm`` and the mapped classes (``reseau.db.models``) are imported by the first
``begin()``, not with this module: the window opens its file and paints its first frame without
them (0.3 s of the cold start, issue 19.3); its first sessions are opened after the first paint,
on the op runner's threads. One thread imports them, under a lock, while the others wait: two
threads entering those packages at once, by different submodules, can deadlock Python's import
locks (a child's lock is held while its parent package is imported). A service module an op
imports at first use (``ui/ops/_lazy.py``) is imported inside the op's session, so after them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

_FIRST_SESSION = threading.Lock()


@dataclass
class Database:
    """What the services need to work: an engine and a session factory.

    ``begin()`` opens one session in one transaction for one user action: committed when the
    block ends, rolled back if it raises.
    """

    engine: Engine
    # True for a database written by a newer Réseau: opened with a read-only engine.
    read_only: bool = False
    # True when its quick_check was left for later (``open_sqlite(defer_check=True)``): the
    # owner must run ``reseau.db.open.find_damage`` before the first write.
    unchecked: bool = False

    def __post_init__(self) -> None:
        self._factory: sessionmaker[Session] | None = None  # made by the first begin()

    @contextmanager
    def begin(self) -> Iterator[Session]:
        if self._factory is None:
            self._factory = _session_factory(self.engine)
        with self._factory.begin() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def _session_factory(engine: Engine) -> sessionmaker[Session]:
    """The ORM and every mapped class imported (once, by one thread), then a session factory."""
    with _FIRST_SESSION:
        from sqlalchemy.orm import sessionmaker

        import reseau.db.models  # noqa: F401  (the mapped classes, all at once)

        return sessionmaker(engine, expire_on_commit=False)

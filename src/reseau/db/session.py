"""The Database object: one engine and the session factory that every use case goes through.

``sqlalchemy.orm`` is imported by the first ``begin()``, not with this module: the window opens
its file and paints its first frame without it (0.13 s of the cold start, issue 19.3); its
first session is opened after the first paint, in the op runner's threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


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
            # Two threads may both get here: each makes an equal factory, either is kept.
            from sqlalchemy.orm import sessionmaker

            self._factory = sessionmaker(self.engine, expire_on_commit=False)
        with self._factory.begin() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()

"""The Database object: one engine and the session factory that every use case goes through."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
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
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self._factory.begin() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()

"""Optimistic locking in the services: a stale save is a ``ConflictError``, whichever way it shows.

A save whose ``expected_version`` is already behind is refused by the version check each
``update_*`` makes. When the other save commits *between* that check and the flush (two
coordinators on a server, or two windows), the versioned UPDATE matches no row and SQLAlchemy
raises ``StaleDataError``: :func:`stale_is_conflict` turns it into the same ``ConflictError``,
so the UI offers the same choices (see ``reseau.db.aggregates`` for what a version covers).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from reseau.core.errors import ConflictError
from reseau.core.messages import Message


@contextmanager
def stale_is_conflict(what: Message, ident: object, expected_version: int) -> Iterator[None]:
    """Run the writes of a save; a concurrent save that won the race raises ``ConflictError``."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError(what, ident, expected_version) from exc


def is_conflict(error: BaseException) -> bool:
    """A save refused because another one came first: checked (``ConflictError``) or caught at
    the flush (``StaleDataError``, from a service that does not wrap its writes)."""
    return isinstance(error, ConflictError | StaleDataError)

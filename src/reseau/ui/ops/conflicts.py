"""Named operations of the conflict path (« Modification concurrente »), shared by every area:
read the record as someone else saved it, save mine again on their version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from reseau.core.outcome import Outcome
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp

T = TypeVar("T")
D = TypeVar("D")


def read_version(runner: OpRunner, current: Callable[[Session], T]) -> QueryOp[T]:
    """Their version of the record (``current``: the service's ``get_*``)."""
    return QueryOp(runner, current)


def save_on_version(
    runner: OpRunner,
    save: Callable[[Session, D, int], Outcome[Any]],
    mine: D,
    version: int,
    description: str | None,
) -> CommandOp[Any]:
    """« Garder ma version »: ``mine`` saved on ``version`` (the one just read), undoable as
    ``description``."""
    return CommandOp(runner, lambda s: save(s, mine, version), description=description)

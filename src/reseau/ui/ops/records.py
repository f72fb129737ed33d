"""Operations of the shared record lists (reseau.ui.widgets): each subclass says how to read its
rows and its detail and how to delete a row; these run it off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp

T = TypeVar("T")


def load(runner: OpRunner, reader: Callable[[Session], T]) -> QueryOp[T]:
    """The rows, a page of rows or the detail of a record list, read by ``reader``."""
    return QueryOp(runner, reader)


def delete_record(
    runner: OpRunner, delete: Callable[[Session], Any], description: str | None
) -> CommandOp[Any]:
    """Delete the selected row (undoable under ``description``: "Supprimer Richard Massé")."""
    return CommandOp(runner, delete, description=description)

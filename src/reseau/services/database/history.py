"""Undo and redo of the window's actions, for the layers above the services.

An undoable write is run inside ``recording(session, description)``: the rows it writes are
recorded (reseau.db.undo, generic for every table) in an ``UndoRecord``. ``undo`` and ``redo``
write those rows back in one transaction of their own, or raise ``reseau.db.undo.UndoConflictError`` (nothing
written) when a later change touched them.
"""

from __future__ import annotations

from reseau.db.session import Database
from reseau.db.undo import REDO as REDO
from reseau.db.undo import UNDO as UNDO
from reseau.db.undo import Direction as Direction
from reseau.db.undo import UndoRecord as UndoRecord
from reseau.db.undo import apply
from reseau.db.undo import recording as recording


def step(database: Database, record: UndoRecord, direction: Direction) -> UndoRecord:
    """Undo (``UNDO``) or redo (``REDO``) ``record`` in a transaction of its own."""
    with database.begin() as session:
        return apply(session, record, direction)

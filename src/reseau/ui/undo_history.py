"""The application's undo and redo stacks, fed by undoable ``CommandOp``s.

QUndoStack wants commands that undo themselves synchronously on the GUI thread; ours run on the
writer thread and can be refused (a later change), so a small stack of ``UndoRecord``s is kept
here instead. Undo and redo are writes like any other: they go through the runner's writer, then
announce the original action's ``Changes`` so the views refresh.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from reseau.core.changes import Changes
from reseau.ui.error_dialogs import describe
from reseau.ui.ops._lazy import lazy

if TYPE_CHECKING:
    from reseau.services.database import history
    from reseau.services.database.history import Direction, UndoRecord
    from reseau.ui.ops.runner import OpRunner
else:  # it imports the ORM: at the first undoable write, not before the first paint (19.3)
    history = lazy("reseau.services.database.history")

LIMIT = 100  # actions kept; each holds only the images of the rows it touched


@dataclass
class _Entry:
    record: UndoRecord
    changes: Changes


class UndoHistory(QObject):
    """``changed()`` after every push, undo or redo; ``failed(message)`` when one is refused."""

    changed = Signal()
    failed = Signal(str)
    applied = Signal(str, bool)  # description, True for an undo / False for a redo

    def __init__(self, runner: OpRunner) -> None:
        super().__init__(runner)
        self._runner = runner
        self._undo: list[_Entry] = []
        self._redo: list[_Entry] = []
        self._busy = False

    def push(self, record: UndoRecord, changes: Changes) -> None:
        self._undo.append(_Entry(record, changes))
        del self._undo[:-LIMIT]
        self._redo.clear()  # a new action forks history: what was undone cannot come back
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._undo) and not self._busy

    def can_redo(self) -> bool:
        return bool(self._redo) and not self._busy

    def undo_text(self) -> str:
        return self._undo[-1].record.description if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].record.description if self._redo else ""

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.changed.emit()

    def undo(self) -> None:
        if self.can_undo():
            self._run(self._undo, self._redo, history.UNDO)

    def redo(self) -> None:
        if self.can_redo():
            self._run(self._redo, self._undo, history.REDO)

    def _run(self, source: list[_Entry], target: list[_Entry], direction: Direction) -> None:
        entry = source[-1]
        self._busy = True
        self.changed.emit()

        def work() -> None:
            history.step(self._runner.database, entry.record, direction)

        def finished(future: Future[Any]) -> None:
            self._busy = False
            source.remove(entry)
            error = future.exception()
            if error is None:
                target.append(entry)
                self._runner.bus.announce(entry.changes, self)
                self.applied.emit(entry.record.description, direction is history.UNDO)
            else:
                # A refused entry is dropped: it would be refused again, and would hide the rest.
                self.failed.emit(describe(error))
            self.changed.emit()

        self._runner.submit(True, work, finished)

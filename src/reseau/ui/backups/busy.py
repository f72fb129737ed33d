"""The busy signal of the window: another program's lock on the database, said from any thread.

Apart from the Sauvegardes dialog, which uses it too, so that the window's start does not
import the dialog (``reseau.app`` connects it to the status bar)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reseau.services.database.store import DEFAULT_BUSY_LIMIT, BusyWait


class BusySignal(QObject):
    """Carries ``BusyWait.on_wait`` from a worker thread to the GUI thread."""

    waiting = Signal(bool)
    limit = DEFAULT_BUSY_LIMIT  # seconds

    def wait(self) -> BusyWait:
        return BusyWait(self.limit, self.waiting.emit)

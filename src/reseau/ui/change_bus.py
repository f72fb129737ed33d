"""One change channel: every write op announces what it changed; views refresh what concerns them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reseau.core.changes import Changes


class ChangeBus(QObject):
    """``changed(changes, initiator)``: ``initiator`` is the object that asked for the change
    (or None), so that a view can skip reloading what it just saved itself."""

    changed = Signal(object, object)

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        if changes.any():
            self.changed.emit(changes, initiator)

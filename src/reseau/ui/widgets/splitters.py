"""Splitters that start at a useful share and remember where the user left them.

A detail pane squeezed to 230 px wrapped an e-mail mid-address while the list beside it was half
empty (issue 16.4): the panes start at ``share`` of the area (about 40 %) and the position the
user drags to is kept, per splitter, in ``layout.ini`` beside the preferences file
(``SettingsStore.path``; QSettings in INI format, so the JSON preferences stay the user's own
and are never rewritten by a drag). A store without a file (tests, ``SettingsStore.in_memory``)
keeps the positions for this run only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from reseau.core.settings import SettingsStore

LAYOUT_FILE = "layout.ini"
SCALE = 100_000  # the total before the splitter has a size


def layout_settings(store: SettingsStore) -> QSettings | None:
    """The QSettings file beside the preferences file, or None for a store kept in memory."""
    if store.path is None:
        return None
    path: Path = store.path.with_name(LAYOUT_FILE)
    return QSettings(str(path), QSettings.Format.IniFormat)


class SplitterMemory(QObject):
    """Restores ``splitter`` to its saved state (else ``share`` for its last pane) and saves the
    state each time the user moves the handle."""

    def __init__(self, splitter: QSplitter, key: str, store: SettingsStore, share: float) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.key = f"splitters/{key}"
        self.store = store
        self.share = share
        settings = layout_settings(store)
        saved = settings.value(self.key) if settings is not None else None
        self.restored = isinstance(saved, QByteArray) and splitter.restoreState(saved)
        if not self.restored:
            # Before it is laid out, a splitter ignores proportions: set them at its first size.
            splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._on_splitter_splitterMoved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.splitter and self.splitter.width() > 0:
            self.splitter.removeEventFilter(self)
            apply_share(self.splitter, self.share)
        return False

    def _on_splitter_splitterMoved(self, _pos: int, _index: int) -> None:
        settings = layout_settings(self.store)
        if settings is not None:
            settings.setValue(self.key, self.splitter.saveState())


def apply_share(splitter: QSplitter, share: float) -> None:
    """Give the last pane ``share`` of the splitter and the others the rest, equally."""
    count = splitter.count()
    if count < 2:
        return
    vertical = splitter.orientation() == Qt.Orientation.Vertical
    total = (splitter.height() if vertical else splitter.width()) or SCALE
    last = round(share * total)
    first = (total - last) // (count - 1)
    splitter.setSizes([first] * (count - 1) + [last])


def remembered_splitter(
    key: str, store: SettingsStore, panes: list[QWidget], share: float = 0.42, vertical: bool = False
) -> QSplitter:
    """A splitter over ``panes`` whose last pane starts at ``share`` and is remembered as ``key``."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    splitter.setObjectName(f"{key}_splitter")
    splitter.setChildrenCollapsible(False)
    for pane in panes:
        splitter.addWidget(pane)
    SplitterMemory(splitter, key, store, share)
    return splitter

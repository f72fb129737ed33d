"""The global search box of the main window's toolbar, and what opening a result does.

Results come as the user types, without ever blocking the typing: each keystroke restarts a
150 ms timer; when it fires, the search runs off the GUI thread (``QueryOp``) and its answer is
shown only if no newer search was started meanwhile. The results list is a frameless window
that never takes the focus, so typing goes on in the box; Up/Down move in it, Enter opens,
Escape closes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QWidget

from reseau.services.search.hits import HitKind, SearchHit
from reseau.ui.context import AppContext
from reseau.ui.icons import icon
from reseau.ui.navigator import Navigator
from reseau.ui.ops import dashboard as dashboard_ops

DEBOUNCE_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
_ICONS = {
    HitKind.PERSON: "persons.svg",
    HitKind.ORGANIZATION: "organizations.svg",
    HitKind.INTERACTION: "journal.svg",
}


class GlobalSearchBox(QLineEdit):
    """``open_requested(SearchHit)`` when the user picks a result."""

    open_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Rechercher personnes, organisations, journal…"))
        self.setAccessibleName(self.tr("Recherche globale"))
        self.setMinimumWidth(340)
        self.setMaximumWidth(520)
        self._generation = 0
        self._shown_text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.results = QListWidget(self)  # owned by the box, shown as its own floating window
        self.results.setObjectName("global_search_results")
        self.results.setWindowFlags(
            Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.results.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemClicked.connect(self._on_results_itemClicked)
        self.textEdited.connect(self._on_textEdited)
        self.textChanged.connect(self._on_textChanged)

    # --- searching ----------------------------------------------------------------------------
    def _on_textEdited(self, _text: str) -> None:
        self.timer.start()  # restart: search once the user pauses

    def _on_textChanged(self, text: str) -> None:
        if not text.strip():  # cleared (also by the clear button): nothing to show
            self.timer.stop()
            self._generation += 1
            self.results.hide()

    def _on_timer_timeout(self) -> None:
        self.run_search(self.text())

    def run_search(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        lang = self.context.language
        dashboard_ops.search(self.context.runner, text, lang).success(
            lambda hits: self._show_hits(generation, text, hits)
        ).run()

    def _show_hits(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # a newer search was started: this answer is stale
        self._shown_text = text
        self.results.clear()
        for hit in hits:
            text = f"{hit.title}\n{hit.detail}" if hit.detail else hit.title
            item = QListWidgetItem(icon(_ICONS[hit.kind]), text)
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        if not hits:
            empty = QListWidgetItem(self.tr("Aucun résultat pour « %s »") % text.strip())
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)
        self.results.setCurrentRow(0 if hits else -1)
        self._place_results()

    def _place_results(self) -> None:
        rows = min(self.results.count(), 12)
        height = sum(self.results.sizeHintForRow(r) for r in range(rows)) + 2 * self.results.frameWidth() + 2
        self.results.setFixedSize(max(self.width(), 640), height)
        self.results.move(self.mapToGlobal(QPoint(0, self.height())))
        self.results.show()
        self.results.raise_()

    def hits(self) -> list[SearchHit]:
        items = (self.results.item(r) for r in range(self.results.count()))
        return [hit for item in items if isinstance(hit := item.data(HIT_ROLE), SearchHit)]

    # --- choosing -----------------------------------------------------------------------------
    def _on_results_itemClicked(self, item: QListWidgetItem) -> None:
        self._open(item)

    def _open(self, item: QListWidgetItem | None) -> None:
        hit = item.data(HIT_ROLE) if item is not None else None
        if isinstance(hit, SearchHit):
            self.results.hide()
            self.open_requested.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        visible = self.results.isVisible() and self.results.count() > 0
        key = event.key()
        if visible and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        if visible and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.results.currentItem())
            return
        if key == Qt.Key.Key_Escape and self.results.isVisible():
            self.results.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Later, so that a click on a result still lands before the list goes away.
        QTimer.singleShot(200, self._hide_unless_hovered)

    def _hide_unless_hovered(self) -> None:
        if not self.hasFocus() and not self.results.underMouse():
            self.results.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        self.results.hide()
        super().hideEvent(event)


def open_hit(window: QWidget, navigator: Navigator, hit: SearchHit) -> None:
    """Show the area of ``hit`` in the main window and select the record there."""
    opened = {
        HitKind.PERSON: navigator.open_person,
        HitKind.ORGANIZATION: navigator.open_organization,
        HitKind.INTERACTION: navigator.open_journal_entry,
    }[hit.kind](hit.id)
    if not opened:
        # An area that cannot select (none today): show the entry itself.
        QMessageBox.information(window, hit.title, hit.detail)

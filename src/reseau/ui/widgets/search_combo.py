"""Pickers that find a name the way the rest of Réseau searches: any part of it, accents and
case ignored (``reseau.core.normalize.fold``), so that "lefe" finds Lefebvre and "cote" Côté.

``make_searchable(combo)`` turns a filled combo (the tutor, the intern, the host or home
organization, the parent organization, a slot's host) into an editable one with such a
completer. Text that names no item is not kept as a half choice: leaving the field puts back
the current item's name (or the one item the text folds to).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from reseau.core.normalize import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40


class FoldingCompleter(QCompleter):
    """Matches the folded typed text against each item's folded name (FOLDED_ROLE), and puts
    the item's real name, not its folded key, in the field."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def make_searchable(combo: QComboBox, placeholder: str | None = None) -> None:
    """Make ``combo`` (already filled) editable and searchable by any folded part of a name."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for row in range(combo.count()):
        combo.setItemData(row, fold(combo.itemText(row)), FOLDED_ROLE)
    show_whole_names(combo)
    completer = FoldingCompleter(combo.model(), combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    editor = combo.lineEdit()
    if editor is None:
        return
    if placeholder:
        editor.setPlaceholderText(placeholder)
    editor.editingFinished.connect(lambda: settle(combo))


def show_whole_names(combo: QComboBox) -> None:
    """Long names are never cut without a way to read them: each item's tooltip is its whole
    name, the list opens as wide as its longest name (up to the screen), and the field's own
    tooltip follows the current choice (three « Caisse d'allocations familiales de … » read
    alike in a narrow field)."""
    for row in range(combo.count()):
        combo.setItemData(row, combo.itemText(row), Qt.ItemDataRole.ToolTipRole)
    view = combo.view()
    widest = view.sizeHintForColumn(0)
    screen = combo.screen()
    room = screen.availableGeometry().width() - 40 if screen is not None else widest
    view.setMinimumWidth(min(widest + view.verticalScrollBar().sizeHint().width() + 8, room))

    def follow(_index: int) -> None:
        combo.setToolTip(combo.currentText())

    combo.currentIndexChanged.connect(follow)
    follow(combo.currentIndex())


def settle(combo: QComboBox) -> None:
    """The text names an item (exactly or by its folded form, when only one matches): choose
    it; otherwise show the current item's name again rather than a choice that is not one."""
    text = combo.currentText()
    if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text:
        return
    wanted = fold(text)
    rows = [row for row in range(combo.count()) if combo.itemData(row, FOLDED_ROLE) == wanted]
    if not rows and wanted:
        rows = [row for row in range(combo.count()) if wanted in str(combo.itemData(row, FOLDED_ROLE))]
    if len(rows) == 1:
        combo.setCurrentIndex(rows[0])
    elif not text.strip() and combo.currentIndex() >= 0 and combo.itemData(combo.currentIndex()) is None:
        return
    elif combo.currentIndex() >= 0:
        combo.setEditText(combo.itemText(combo.currentIndex()))

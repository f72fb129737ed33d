"""Pickers that find a name the way the rest of Réseau searches: any part of it, accents and
case ignored (``reseau.core.normalize.fold``), so that "lefe" finds Lefebvre and "cote" Côté.

``fill_searchable(combo, items)`` fills a combo (the tutor, the intern, the host or home
organization, the parent organization, a slot's host) with ``(name, data)`` items and makes it
an editable one with such a completer. Text that names no item is not kept as a half choice:
leaving the field puts back the current item's name (or the one item the text folds to).

A picker may list 2,000 organizations and opens on the GUI thread (issue 19.6): the items live
in a ``ChoiceListModel`` (Python lists, no item object per name), their folded keys are
computed once, when the completer first asks for them (the first letter typed), and the width
of the list comes from the font's advance of each character of the names, the widest few
names measured by the list's delegate, never from laying out every row.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter

from reseau.core.normalize import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40
# The list's width: the widest names by the font's metrics, measured by the list's delegate.
WIDTH_SAMPLE = 5
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)
_Index = QModelIndex | QPersistentModelIndex


class ChoiceListModel(QAbstractListModel):
    """The items of a picker: a name (shown, edited, its tooltip) and its data (Qt.UserRole,
    what ``QComboBox.currentData`` gives), and the name's folded form (FOLDED_ROLE)."""

    def __init__(self, items: Iterable[tuple[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        pairs = list(items)
        self.names = [name for name, _data in pairs]
        self.values = [data for _name, data in pairs]
        self._folded: list[str] | None = None

    def folded(self) -> list[str]:
        """Every name folded, computed at the first call (the first search), then kept."""
        if self._folded is None:
            self._folded = [fold(name) for name in self.names]
        return self._folded

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.names)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.names):
            return None
        if role in _TEXT_ROLES:
            return self.names[row]
        if role == Qt.ItemDataRole.UserRole:
            return self.values[row]
        if role == FOLDED_ROLE:
            return self.folded()[row]
        return None

    def row_of(self, value: Any) -> int:
        """The first row whose data is ``value``, else -1 (``findData`` without a call per row)."""
        try:
            return self.values.index(value)
        except ValueError:
            return -1


class FoldingCompleter(QCompleter):
    """Matches the folded typed text against each item's folded name (FOLDED_ROLE), and puts
    the item's real name, not its folded key, in the field."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def fill_searchable(
    combo: QComboBox, items: Iterable[tuple[str, Any]], placeholder: str | None = None
) -> ChoiceListModel:
    """Fill ``combo`` with ``(name, data)`` items; make it editable and searchable by any
    folded part of a name. Returns its model."""
    combo.setEditable(True)  # before the items: an editable combo set up over 2,000 rows re-lays them
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    model = ChoiceListModel(items, combo)
    combo.setModel(model)  # the combo deletes the model it owned
    show_whole_names(combo, model)
    completer = FoldingCompleter(model, combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    editor = combo.lineEdit()
    if editor is not None:
        if placeholder:
            editor.setPlaceholderText(placeholder)
        editor.editingFinished.connect(lambda: settle(combo))
    return model


def select_data(combo: QComboBox, value: Any) -> None:
    """Choose the item whose data is ``value`` (the first item when none is)."""
    model = combo.model()
    row = model.row_of(value) if isinstance(model, ChoiceListModel) else combo.findData(value)
    combo.setCurrentIndex(max(0, row))


def show_whole_names(combo: QComboBox, model: ChoiceListModel) -> None:
    """Long names are never cut without a way to read them: each item's tooltip is its whole
    name (the model's), the list opens as wide as its longest name (up to the screen), and the
    field's own tooltip follows the current choice (three « Caisse d'allocations familiales
    de … » read alike in a narrow field).

    The field itself is sized by the dialog's layout, not by its longest item (Qt would measure
    every name on show); the list's width is the widest of the longest names, measured by the
    list's own delegate (its margins, its icon room)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(20)
    view = combo.view()
    view.setUniformItemSizes(True)  # type: ignore[attr-defined]  # a QListView: one row height
    names = model.names
    # Each name's width estimated from its characters' advances (a few hundred distinct ones,
    # measured once: 2,000 names measured whole took 25 ms), the widest few measured exactly.
    metrics = view.fontMetrics()
    advance = {char: metrics.horizontalAdvance(char) for char in set().union(*names)}
    estimate = [sum(map(advance.__getitem__, name)) for name in names]
    widest_rows = heapq.nlargest(WIDTH_SAMPLE, range(len(names)), key=estimate.__getitem__)
    widest = max((view.sizeHintForIndex(model.index(row, 0)).width() for row in widest_rows), default=0)
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
    model = combo.model()
    folded = model.folded() if isinstance(model, ChoiceListModel) else []
    wanted = fold(text)
    rows = [row for row, key in enumerate(folded) if key == wanted]
    if not rows and wanted:
        rows = [row for row, key in enumerate(folded) if wanted in key]
    if len(rows) == 1:
        combo.setCurrentIndex(rows[0])
    elif not text.strip() and combo.currentIndex() >= 0 and combo.itemData(combo.currentIndex()) is None:
        return
    elif combo.currentIndex() >= 0:
        combo.setEditText(combo.itemText(combo.currentIndex()))

"""Fill, filter and read a list of checkable records (persons, organizations, themes...): a
QListView over a ``CheckListModel``.

Checked items are listed first so that what is linked stays visible in long lists; the country
of a person or an organization is shown as a coloured "FR" or "QC" mark, never colour alone.

A journal entry or a theme lists every organization, 2,000 at scale, in a dialog opened on the
GUI thread (issue 19.6): the records stay in Python lists (no item object per row), the view
draws the visible rows only and is told they are all of one height, and the folded names the
filter compares are computed once, at the first letter typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLineEdit, QListView
from shiboken6 import isValid

from reseau.core.enums import Country
from reseau.core.normalize import fold
from reseau.services.journal.entries import Named

# The two sides of the ocean, the same everywhere in the journal, themes and network.
COUNTRY_COLORS = {Country.FRANCE: "#1f5fbf", Country.QUEBEC: "#c2410c", Country.OTHER: "#666666"}
COUNTRY_MARKS = {Country.FRANCE: "FR", Country.QUEBEC: "QC", Country.OTHER: "—"}
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def item_text(named: Named) -> str:
    if named.country is None:
        return named.name
    return f"{COUNTRY_MARKS[named.country]}  {named.name}"


class CheckListModel(QAbstractListModel):
    """Records (``Named``) with a check box each: the text with its country mark, the whole
    name as tooltip, the record's id (ID_ROLE) and the mark's colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Named] = []
        self.checked: set[int] = set()
        self._folded: list[str] | None = None
        self._brushes = {country: QBrush(QColor(colour)) for country, colour in COUNTRY_COLORS.items()}

    def append(self, items: Sequence[Named], checked: bool) -> None:
        if not items:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(items) - 1)
        self.rows.extend(items)
        if checked:
            self.checked.update(named.id for named in items)
        self._folded = None
        self.endInsertRows()

    def keep_checked_only(self) -> None:
        """Drop the unchecked rows (a new search answer replaces them)."""
        self.beginResetModel()
        self.rows = [named for named in self.rows if named.id in self.checked]
        self._folded = None
        self.endResetModel()

    def folded(self) -> list[str]:
        """The folded text of every row, computed when first asked for (the first filter)."""
        if self._folded is None:
            self._folded = [fold(item_text(named)) for named in self.rows]
        return self._folded

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(named.id for named in self.rows if named.id in self.checked)

    def set_checked(self, ident: int, checked: bool) -> None:
        for row, named in enumerate(self.rows):
            if named.id == ident:
                self.setData(self.index(row), _state(checked), Qt.ItemDataRole.CheckStateRole)

    # --- Qt's model interface -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        named = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_text(named)
        if role == Qt.ItemDataRole.CheckStateRole:
            return _state(named.id in self.checked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return named.name  # long organization names are cut by the list's width
        if role == ID_ROLE:
            return named.id
        if role == Qt.ItemDataRole.ForegroundRole and named.country is not None:
            return self._brushes[named.country]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        ident = self.rows[index.row()].id
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self.checked.add(ident)
        else:
            self.checked.discard(ident)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def model_of(view: QListView) -> CheckListModel:
    model = view.model()
    if not isinstance(model, CheckListModel):
        model = CheckListModel(view)
        view.setModel(model)
        view.setUniformItemSizes(True)  # one row height: the view does not measure each row
        # A long name ends with « … » (its tooltip is whole), never a sideways scroll: the view
        # lays its rows out as wide as the widest, wider than the list in a three-list dialog.
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return model


def fill(view: QListView, items: Sequence[Named], checked: Iterable[int] = ()) -> None:
    wanted = set(checked)
    model = model_of(view)
    model.beginResetModel()
    model.rows, model.checked = [], set()
    model.endResetModel()
    model.append([n for n in items if n.id in wanted], True)
    model.append([n for n in items if n.id not in wanted], False)


def add_unchecked(view: QListView, found: Sequence[Named]) -> None:
    """Append ``found`` unchecked, leaving out those already listed."""
    if not isValid(view):  # an answer that arrives after its dialog was closed
        return
    model = model_of(view)
    present = {named.id for named in model.rows}
    model.append([named for named in found if named.id not in present], False)


def checked_ids(view: QListView) -> tuple[int, ...]:
    return model_of(view).checked_ids()


def set_checked(view: QListView, ident: int, checked: bool = True) -> None:
    model_of(view).set_checked(ident, checked)


def texts(view: QListView) -> list[str]:
    """The rows' texts, in order (what a user reads, hidden rows included)."""
    return [item_text(named) for named in model_of(view).rows]


def connect_filter(edit: QLineEdit, view: QListView) -> None:
    """Hide the items whose folded text lacks a word of the filter; checked items stay shown."""

    def apply(text: str) -> None:
        words = fold(text).split()
        model = model_of(view)
        for row, haystack in enumerate(model.folded()):
            keep = model.rows[row].id in model.checked or all(w in haystack for w in words)
            view.setRowHidden(row, not keep)

    edit.textChanged.connect(apply)


Search = Callable[[str, Callable[[Sequence[Named]], None]], None]


def connect_search(edit: QLineEdit, view: QListView, search: Search) -> None:
    """For lists too long to hold (persons at scale): what the user types is searched in the
    database; the answer replaces the unchecked items, checked items stay. An answer to older
    text (typing fast) is dropped."""
    edit.setPlaceholderText(QCoreApplication.translate("CheckList", "Tapez un nom pour chercher…"))

    def show(text: str, found: Sequence[Named]) -> None:
        if not isValid(edit) or not isValid(view) or edit.text() != text:
            return  # the dialog was closed before the answer came, or the user kept typing
        model_of(view).keep_checked_only()
        add_unchecked(view, found)

    edit.textChanged.connect(lambda text: search(text, lambda found: show(text, found)))

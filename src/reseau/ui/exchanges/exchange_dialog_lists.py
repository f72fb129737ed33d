"""The editable lists of the exchange dialog: participants and organizations (who, in which
role, no pair twice) and objectives (text, assessment chosen in a list, evidence)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reseau.core.enums import Assessment
from reseau.services.exchanges.records import Choice, ObjectiveInput
from reseau.ui.i18n import label
from reseau.ui.widgets.search_combo import fill_searchable

E = TypeVar("E", bound=StrEnum)
CODE_ROLE = Qt.ItemDataRole.UserRole + 10


def fill_enum_combo(
    combo: QComboBox, values: Sequence[StrEnum], lang: str, none_text: str | None = None
) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(label(value, lang), value.value)


def fill_choice_combo(combo: QComboBox, choices: Sequence[Choice], placeholder: str) -> None:
    """An editable combo where typing any part of a name, accents and case ignored, finds it."""
    fill_searchable(combo, [(choice.label, choice.id) for choice in choices], placeholder)
    combo.setCurrentIndex(-1)


class EnterRunsAction(QObject):
    """Return in a combo's text field runs ``action`` (e.g. "Ajouter") instead of reaching the
    dialog's default button, which would save half-typed input and close the dialog."""

    def __init__(self, combo: QComboBox, action: Callable[[], object]) -> None:
        super().__init__(combo)
        self._action = action
        editor = combo.lineEdit()
        if editor is not None:
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            self._action()
            return True
        return super().eventFilter(watched, event)


def chosen_id(combo: QComboBox) -> int | None:
    """The id of the item whose label is typed in the combo (None if it matches none)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    data = combo.itemData(index) if index >= 0 else None
    return int(data) if data is not None else None


def setup_table(
    table: QTableView, model: QAbstractItemModel, stretch: int, widths: Sequence[int] = ()
) -> None:
    """Rows selected whole; column ``stretch`` takes the room left, the others ``widths``."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths):
        if column != stretch:
            table.setColumnWidth(column, width)


class PairList(Generic[E]):
    """(record, role) pairs in a two-column model: a name and a role label."""

    def __init__(self, headers: tuple[str, str], role_type: type[E], lang: str, parent: QObject) -> None:
        self.model = QStandardItemModel(0, 2, parent)
        self.model.setHorizontalHeaderLabels(list(headers))
        self._role_type = role_type
        self._lang = lang

    def contains(self, ident: int, role: E) -> bool:
        return any(pair == (ident, role) for pair in self.pairs())

    def add(self, ident: int, name: str, role: E) -> None:
        name_item = QStandardItem(name)
        name_item.setData(ident, CODE_ROLE)
        name_item.setEditable(False)
        role_item = QStandardItem(label(role, self._lang))
        role_item.setData(role.value, CODE_ROLE)
        role_item.setEditable(False)
        self.model.appendRow([name_item, role_item])

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.model.removeRow(row)

    def first_with(self, role: E) -> int | None:
        return next((ident for ident, r in self.pairs() if r == role), None)

    def set_only(self, role: E, ident: int | None, name: str) -> None:
        """Make ``ident`` the one record with ``role`` (none if ``ident`` is None)."""
        self.remove_rows([row for row, (_i, r) in enumerate(self.pairs()) if r == role])
        if ident is not None:
            self.add(ident, name, role)

    def pairs(self) -> list[tuple[int, E]]:
        return [
            (
                int(self.model.item(row, 0).data(CODE_ROLE)),
                self._role_type(self.model.item(row, 1).data(CODE_ROLE)),
            )
            for row in range(self.model.rowCount())
        ]


class AssessmentDelegate(QStyledItemDelegate):
    """Edits the assessment column with a combo of the assessment labels."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        fill_enum_combo(combo, list(Assessment), self._lang)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CODE_ROLE))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CODE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ObjectiveList:
    """Objectives as rows: code, text, assessment (a code in CODE_ROLE), evidence."""

    def __init__(self, headers: Sequence[str], lang: str, parent: QObject) -> None:
        self.model = QStandardItemModel(0, 4, parent)
        self.model.setHorizontalHeaderLabels(list(headers))
        self._lang = lang

    def add(self, objective: ObjectiveInput) -> int:
        assessment = QStandardItem(label(objective.assessment, self._lang))
        assessment.setData(objective.assessment.value, CODE_ROLE)
        self.model.appendRow(
            [
                QStandardItem(objective.code),
                QStandardItem(objective.text),
                assessment,
                QStandardItem(objective.evidence),
            ]
        )
        return self.model.rowCount() - 1

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.model.removeRow(row)

    def objectives(self) -> list[ObjectiveInput]:
        m = self.model
        return [
            ObjectiveInput(
                text=m.item(row, 1).text().strip(),
                assessment=Assessment(m.item(row, 2).data(CODE_ROLE)),
                evidence=m.item(row, 3).text().strip(),
                code=m.item(row, 0).text().strip(),
            )
            for row in range(m.rowCount())
        ]

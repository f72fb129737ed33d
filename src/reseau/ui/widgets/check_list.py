"""Fill, filter and read a QListWidget of checkable records (persons, organizations, themes...).

Checked items are listed first so that what is linked stays visible in long lists; the country
of a person or an organization is shown as a coloured "FR" or "QC" mark, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem
from shiboken6 import isValid

from reseau.core.enums import Country
from reseau.core.normalize import fold
from reseau.services.journal.entries import Named

# The two sides of the ocean, the same everywhere in the journal, themes and network.
COUNTRY_COLORS = {Country.FRANCE: "#1f5fbf", Country.QUEBEC: "#c2410c", Country.OTHER: "#666666"}
COUNTRY_MARKS = {Country.FRANCE: "FR", Country.QUEBEC: "QC", Country.OTHER: "—"}


def item_text(named: Named) -> str:
    if named.country is None:
        return named.name
    return f"{COUNTRY_MARKS[named.country]}  {named.name}"


_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable


def _add_all(widget: QListWidget, items: Iterable[Named], checked: bool) -> None:
    """Append ``items``, all checked or all not. A journal entry's organizations may be 2,000
    (issue 19.6): what does not change from one item to the next is computed once, and the
    list is told its rows are all of one height (so that it does not measure each to show)."""
    widget.setUniformItemSizes(True)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    flags = QListWidgetItem().flags() | _CHECKABLE
    brushes = {country: QBrush(QColor(colour)) for country, colour in COUNTRY_COLORS.items()}
    ident_role = Qt.ItemDataRole.UserRole
    for named in items:
        item = QListWidgetItem(item_text(named), widget)
        item.setData(ident_role, named.id)
        item.setToolTip(named.name)  # long organization names are cut by the list's width
        item.setFlags(flags)
        item.setCheckState(state)
        if named.country is not None:
            item.setForeground(brushes[named.country])


def fill(widget: QListWidget, items: Sequence[Named], checked: Iterable[int] = ()) -> None:
    wanted = set(checked)
    widget.clear()
    _add_all(widget, [n for n in items if n.id in wanted], True)
    _add_all(widget, [n for n in items if n.id not in wanted], False)


def add_unchecked(widget: QListWidget, found: Sequence[Named]) -> None:
    """Append ``found`` unchecked, leaving out those already listed."""
    if not isValid(widget):  # an answer that arrives after its dialog was closed
        return
    present = {widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())}
    _add_all(widget, [named for named in found if named.id not in present], False)


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, ident: int, checked: bool = True) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == ident:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def connect_filter(edit: QLineEdit, widget: QListWidget) -> None:
    """Hide the items whose folded text lacks a word of the filter; checked items stay shown."""

    def apply(text: str) -> None:
        words = fold(text).split()
        for i in range(widget.count()):
            item = widget.item(i)
            haystack = fold(item.text())
            keep = item.checkState() == Qt.CheckState.Checked or all(w in haystack for w in words)
            item.setHidden(not keep)

    edit.textChanged.connect(apply)


Search = Callable[[str, Callable[[Sequence[Named]], None]], None]


def connect_search(edit: QLineEdit, widget: QListWidget, search: Search) -> None:
    """For lists too long to hold (persons at scale): what the user types is searched in the
    database; the answer replaces the unchecked items, checked items stay. An answer to older
    text (typing fast) is dropped."""
    edit.setPlaceholderText(QCoreApplication.translate("CheckList", "Tapez un nom pour chercher…"))

    def show(text: str, found: Sequence[Named]) -> None:
        if not isValid(edit) or not isValid(widget) or edit.text() != text:
            return  # the dialog was closed before the answer came, or the user kept typing
        for i in reversed(range(widget.count())):
            if widget.item(i).checkState() != Qt.CheckState.Checked:
                widget.takeItem(i)
        add_unchecked(widget, found)

    edit.textChanged.connect(lambda text: search(text, lambda found: show(text, found)))

"""A table model over the ids of a database query, reading its rows a page at a time.

At 100,000 persons, loading every row (and letting a proxy sort and filter them) takes seconds
and hundreds of megabytes. This model holds only the ids, in the order the database sorted
them; the rows of a page are read off the GUI thread (``QueryOp``) the first time the view asks
for one of them, and a bounded number of pages is kept. Until its page arrives a row shows
empty cells. ``set_ids`` starts a new generation: pages of an older query are dropped.

Clicking a header does not sort here: ``sort`` emits ``sort_requested`` and the view queries the
database again in the new order.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from reseau.ui.ops import records as records_ops
from reseau.ui.ops.runner import OpRunner
from reseau.ui.widgets.row_table_model import ID_ROLE, ROW_ROLE, Column

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 40  # 8,000 rows kept: a few screens around every place the user looked at


class LazyRowModel(QAbstractTableModel, Generic[R]):
    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self,
        columns: Sequence[Column[R]],
        runner: OpRunner,
        load_page: Callable[[Any, list[int]], list[R]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._runner = runner
        self._load_page = load_page
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[R | None]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0

    # --- content -----------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], first_rows: Sequence[R] = ()) -> None:
        """Show ``ids``; ``first_rows`` (the rows of the first page, read with the ids) spare a
        round trip for what the user sees first."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._positions = None
        self._pages.clear()
        self._requested.clear()
        if first_rows:
            self._store(0, first_rows)
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def rows(self) -> list[R]:
        """The rows read so far, in table order (not every row of a big table: see ``ids``)."""
        return [row for _, page in sorted(self._pages.items()) for row in page if row is not None]

    def position_of(self, ident: int) -> int | None:
        if self._positions is None:
            self._positions = {i: row for row, i in enumerate(self._ids)}
        return self._positions.get(ident)

    def row_at(self, row: int) -> R | None:
        """The row DTO if its page is loaded (else None, and the page is requested)."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._request(row // PAGE_SIZE)
            return None
        self._pages.move_to_end(row // PAGE_SIZE)
        return page[row % PAGE_SIZE]

    def loaded_pages(self) -> int:
        return len(self._pages)

    def is_loading(self) -> bool:
        return bool(self._requested)

    def _store(self, page: int, rows: Sequence[R]) -> None:
        by_id = {getattr(r, "id", None): r for r in rows}
        start = page * PAGE_SIZE
        self._pages[page] = [by_id.get(i) for i in self._ids[start : start + PAGE_SIZE]]
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation = self._generation
        start = page * PAGE_SIZE
        ids = self._ids[start : start + PAGE_SIZE]
        records_ops.load(self._runner, lambda s: self._load_page(s, ids)).success(
            lambda rows: self._page_loaded(generation, page, rows)
        ).run()

    def _page_loaded(self, generation: int, page: int, rows: list[R]) -> None:
        if generation != self._generation:
            return  # the query changed meanwhile: these rows belong to an old list
        self._requested.discard(page)
        self._store(page, rows)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    # --- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, ROW_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ROW_ROLE:
            return row
        # Long values are elided (in the middle) in narrow columns: the tooltip shows them whole.
        return column.tooltip(row) if column.tooltip else column.display(row) or None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order)

"""A RecordListView for big tables: the database sorts and filters, rows come page by page.

Subclasses implement ``query_ids(session, text, sort, descending)`` (the ids in table order),
``load_page(session, ids)`` (the row DTOs of those ids) and ``sort_keys()`` (the service's sort
name of each column), and ``default_sort()`` when the first column starts descending, besides
what every RecordListView implements. The filter box uses the global-search rules (word
prefixes, accents and case ignored), so "masse" finds "Massé".
Every query carries a generation number: the answer to an older one (typing fast) is dropped.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent

from reseau.ui.ops import records as records_ops
from reseau.ui.widgets.lazy_row_model import PAGE_SIZE, LazyRowModel
from reseau.ui.widgets.record_list_view import RecordListView

R = TypeVar("R")


class LazyRecordListView(RecordListView[R]):
    # --- to implement -------------------------------------------------------------------------
    def query_ids(self, session: Any, text: str, sort: str, descending: bool) -> list[int]:
        raise NotImplementedError

    def load_page(self, session: Any, ids: list[int]) -> list[R]:
        raise NotImplementedError

    def sort_keys(self) -> list[str | None]:
        """Per column, the sort name the service understands (None: not sortable)."""
        raise NotImplementedError

    def default_sort(self) -> tuple[str, bool]:
        """The sort name and direction (descending?) of the first column, before any click."""
        return ("name", False)

    # --- model --------------------------------------------------------------------------------
    def _install_model(self) -> None:
        self._generation = 0
        self._sort: tuple[str, bool] = self.default_sort()
        self._pending_select: int | None = None
        self._loading = False
        self._stale = True  # nothing read yet: the first showEvent queries
        self._sized = False
        self.lazy_model: LazyRowModel[R] = LazyRowModel(
            self.columns(), self.context.runner, self.load_page, self
        )
        # The names of the in-memory views, so code written for them keeps working: the rows
        # shown (filtered, sorted) are the model's rows; there is no separate proxy.
        self.model = self.proxy = self.lazy_model  # type: ignore[assignment]
        self.lazy_model.sort_requested.connect(self._on_lazy_model_sort_requested)
        self.table.setModel(self.lazy_model)
        self.table.setWordWrap(False)  # one line per row: even heights, long text elided
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Sizing columns to their contents must not read thousands of rows: the first 50 only
        # (0, "the visible ones", means all of them while the view is hidden).
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        order = Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(0, order)
        self.table.setSortingEnabled(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_filter_edit_textChanged(self, _text: str) -> None:
        self.refresh()

    def _on_lazy_model_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        key = self.sort_keys()[column] if column < len(self.sort_keys()) else None
        if key is None:
            return
        sort = (key, order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.refresh()

    # --- shared behaviour ---------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Query the ids again (filter, sort), then show the first page; keep or set the
        selection (``select``). An area hidden in a window on screen only notes that it is
        stale and queries when shown: after each save, only the area on screen reads 100,000
        ids. (Before its window is shown, as in tests, a view loads at once.)"""
        if not self.isVisible() and self.window().isVisible():
            self._stale = True
            if select is not None:
                self._pending_select = select
            return
        self._stale = False
        self._generation += 1
        self._loading = True
        generation = self._generation
        text = self.filter_edit.text()
        sort, descending = self._sort

        def load(session: Any) -> tuple[list[int], list[R]]:
            ids = self.query_ids(session, text, sort, descending)
            return ids, self.load_page(session, ids[:PAGE_SIZE])

        records_ops.load(self.context.runner, load).success(
            lambda result: self._show_ids(generation, result, select)
        ).run()

    def _show_ids(self, generation: int, result: tuple[list[int], list[R]], select: int | None) -> None:
        if generation != self._generation:
            return  # a newer query (the user kept typing) is on its way
        ids, first_rows = result
        self._loading = False
        if select is None:  # keep what is selected now (the user may have clicked meanwhile)
            current = self.selected_row()
            select = getattr(current, "id", None) if current is not None else self._pending_select
        self.lazy_model.set_ids(ids, first_rows)
        if not self._sized and first_rows:
            # Sized once, on the first page only: keep room for the longer names further down.
            self.table.resizeColumnsToContents()
            header = self.table.horizontalHeader()
            for column in range(header.count() - 1):
                header.resizeSection(column, max(120, min(header.sectionSize(column), 320)))
            self._sized = True
        self._pending_select = None
        self._loaded = True
        if select is not None:
            self.select_id(select)
        self._update_buttons()
        self.update_empty_state()

    def reload_and_select(self, ident: int) -> None:
        self.refresh(select=ident)

    def select_id(self, ident: int) -> bool:
        row = self.lazy_model.position_of(ident)
        if row is None:
            if self._loading or self._stale:
                self._pending_select = ident  # the query under way may hold it: select it then
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.lazy_model.index(row, 0))
        return True

    def reveal(self, ident: int) -> None:
        """Select ``ident``, clearing the filter if it hides it (from the global search)."""
        if self.select_id(ident):
            return
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.refresh(select=ident)

    def selected_row(self) -> R | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.lazy_model.row_at(indexes[0].row()) if indexes else None

"""The shape shared by the Personnes and Organisations areas: a filter box and a toolbar over
a sortable table, with a detail pane beside it. Subclasses say how to load, show and edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from reseau.core.changes import Changes
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.ops import records as records_ops
from reseau.ui.widgets.conflict_dialog import VersionedSave, resolve_save_failure
from reseau.ui.widgets.empty_state import EmptyAction, EmptyStack
from reseau.ui.widgets.row_table_model import ROW_ROLE, Column, FoldingFilterProxy, RowTableModel
from reseau.ui.widgets.splitters import remembered_splitter

R = TypeVar("R")
MAX_COLUMN_WIDTH = 260  # long organization names are elided; the full text is in the detail


class RecordListView(QWidget, Generic[R]):
    """Subclasses implement ``columns``, ``load_rows``, ``load_detail``, ``render_detail``,
    ``create_record``, ``edit``, ``delete_op``, ``describe`` and ``concerns``."""

    noun = "fiche"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filtrer (sans accents ni majuscules)…"))
        self.filter_edit.setAccessibleName(self.tr("Filtrer la liste"))
        self.new_button = QPushButton(self.tr("&Nouveau…"))
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.delete_button = QPushButton(self.tr("&Supprimer"))
        for name, button in (
            ("new", self.new_button),
            ("edit", self.edit_button),
            ("delete", self.delete_button),
        ):
            button.setObjectName(f"{name}_button")

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setAccessibleName(self.tr("Liste des fiches"))
        self._install_model()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # A long organization name keeps its start and its end (« Caisse… de Bordeaux »); the
        # tooltip shows it whole (RowTableModel, LazyRowModel).
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName(self.tr("Détail de la fiche sélectionnée"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_detail_anchorClicked)

        # The filter has a line of its own: beside five buttons it shrank to « Filtrer (… » and
        # held the detail pane to a third of the area at 1280 px.
        self.toolbar = toolbar = QHBoxLayout()
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addWidget(self.delete_button)
        toolbar.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addLayout(toolbar)
        self.table_stack = EmptyStack(self.table)
        left_layout.addWidget(self.table_stack)
        self.detail.setPlaceholderText(self.detail_hint())
        # The detail pane starts at about 40 % of the area and keeps where the user drags it.
        self.splitter = remembered_splitter(
            f"{type(self).__name__}.detail", context.settings, [left, self.detail], share=0.42
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.filter_edit.textChanged.connect(self._on_filter_edit_textChanged)
        self.new_button.clicked.connect(self.create_record)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        # activated: a double click, and Return on the selected row (keyboard users).
        self.table.activated.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        QShortcut(QKeySequence.StandardKey.New, self, self.create_record)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._on_delete_button_clicked)
        context.bus.changed.connect(self._on_bus_changed)
        self._update_buttons()
        self._loaded = False
        self._select_when_loaded: int | None = None
        self.refresh()

    def add_toolbar_button(self, button: QWidget) -> None:
        """Another area's action on the selected record (journal, privacy...)."""
        self.toolbar.insertWidget(self.toolbar.count() - 1, button)  # before the stretch

    # --- to implement -------------------------------------------------------------------------
    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def load_rows(self, session: Session) -> list[R]:
        raise NotImplementedError

    def load_detail(self, session: Session, row: R) -> Any:
        """What the detail pane shows, read off the GUI thread: the page DTO a service function
        returns (``services.<area>.page``: frozen dataclasses of plain values, no ORM object).
        It only calls that function; the HTML is built by ``render_detail``."""
        raise NotImplementedError

    def render_detail(self, loaded: Any) -> str:
        """HTML for the detail pane, on the GUI thread (``self.tr`` and the UI's language are
        there), from the page ``load_detail`` read, without a session."""
        raise NotImplementedError

    def show_detail(self, row: R) -> None:
        """Read the detail of ``row`` off the GUI thread, then render it here."""
        records_ops.load(self.context.runner, lambda s: self.load_detail(s, row)).success(
            lambda loaded: self.detail.setHtml(self.render_detail(loaded))
        ).run()

    def create_record(self) -> None:
        raise NotImplementedError

    def edit(self, row: R) -> None:
        raise NotImplementedError

    def delete_op(self, row: R) -> Callable[[Session], Any]:
        raise NotImplementedError

    def describe(self, row: R) -> str:
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        raise NotImplementedError

    def on_link(self, url: str) -> None:
        """A link in the detail pane was clicked (``person:12``, ``organization:3``...)."""

    def empty_message(self) -> str:
        """What the list says when there is nothing at all (not a filter without match)."""
        return self.tr("Aucune fiche pour l'instant.")

    def empty_actions(self) -> list[EmptyAction]:
        """The buttons that fill an empty list (the first one creates a record)."""
        return [EmptyAction(self.new_button.text().replace("&", ""), self.create_record, "empty_new")]

    def detail_hint(self) -> str:
        """What the detail pane says while no row is selected."""
        return self.tr("Sélectionnez une ligne de la liste pour en voir le détail ici.")

    # --- empty states -------------------------------------------------------------------------
    def update_empty_state(self) -> None:
        """The table when it has rows; else a sentence and the actions that fill it: a filter
        without match says so and offers to clear it, an empty list offers to create."""
        if self.proxy.rowCount() > 0:
            self.table_stack.show_content()
            return
        text = self.filter_edit.text().strip()
        if text:
            self.table_stack.show_empty(
                self.tr("Aucun résultat pour « %s ».") % text,
                [EmptyAction(self.tr("Effacer le filtre"), self.filter_edit.clear, "empty_clear_filter")],
            )
        elif self._loaded:
            actions = [] if self.context.read_only else self.empty_actions()
            self.table_stack.show_empty(self.empty_message(), actions)

    # --- shared behaviour ---------------------------------------------------------------------
    def _install_model(self) -> None:
        """Give the table its model: all rows in memory, sorted and filtered by a proxy (the
        lazy views of reseau.ui.widgets.lazy_record_list_view replace this)."""
        self.model: RowTableModel[R] = RowTableModel(self.columns(), self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _on_filter_edit_textChanged(self, text: str) -> None:
        self.proxy.set_text(text)
        self.update_empty_state()

    def refresh(self) -> None:
        records_ops.load(self.context.runner, self.load_rows).success(self._show_rows).run()

    def _show_rows(self, rows: list[R]) -> None:
        selected = self.selected_row()
        selected_id = self._select_when_loaded or getattr(selected, "id", None)
        self._select_when_loaded = None
        self._loaded = True
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        if selected_id is not None:
            self.select_id(selected_id)
        self._update_buttons()
        self.update_empty_state()

    def edit_id(self, ident: int) -> None:
        """Open the edit dialog of record ``ident`` (from fresh data)."""
        raise NotImplementedError

    def on_save_failed(self, error: BaseException, record_id: int | None, save: VersionedSave[Any]) -> None:
        """A conflict (someone saved this record meanwhile) asks: keep mine, take theirs (the
        dialog reopens on it) or compare; other errors, and failures of a new record, are shown."""
        ident = record_id

        def reopen() -> None:
            assert ident is not None
            self.reload_and_select(ident)
            self.edit_id(ident)

        resolve_save_failure(
            self,
            self.context.runner,
            error,
            save if ident is not None else None,
            lambda outcome: self.reload_and_select(outcome.value),
            reopen,
        )

    def reload_and_select(self, ident: int) -> None:
        """Reload the rows, then select ``ident`` (after a save)."""

        def show(rows: list[R]) -> None:
            self._show_rows(rows)
            self.select_id(ident)

        records_ops.load(self.context.runner, self.load_rows).success(show).run()

    def select_id(self, ident: int) -> bool:
        """Select ``ident``; asked before the first rows arrive (a link that built the area),
        it is selected when they do."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if getattr(index.data(ROW_ROLE), "id", None) == ident:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        if not self._loaded:
            self._select_when_loaded = ident
        return False

    def selected_row(self) -> R | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _on_table_selectionChanged(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._update_buttons()
        row = self.selected_row()
        if row is None:
            self.detail.clear()
            return
        self.show_detail(row)

    def _on_edit_button_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.edit(row)
            self.table.setFocus()  # back on the list after the dialog, where the user was

    def _on_delete_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Confirmer la suppression"),
            self.tr("Supprimer %s ?\n\nVous pourrez revenir en arrière avec Édition › Annuler (Ctrl+Z).")
            % self.describe(row),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        records_ops.delete_record(
            self.context.runner, self.delete_op(row), self.tr("Supprimer %s") % self.describe(row)
        ).failure(lambda e: show_error(self, self.tr("Suppression impossible"), e)).run()

    def _on_detail_anchorClicked(self, url: Any) -> None:
        self.on_link(url.toString())

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if self.concerns(changes):
            self.refresh()

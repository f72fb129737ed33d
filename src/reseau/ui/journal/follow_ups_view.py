"""The "À relancer" list: overdue, this week and later, each its own table, with done and snooze.

Used by the Journal area and by the Tableau de bord. "Fait" closes an entry's follow-up or
restarts a person's cadence today; "Reporter" pushes it back by one week, two weeks or a month;
"Consigner un échange…" logs an entry with the persons concerned (which restarts a cadence).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseau.core.changes import Changes
from reseau.services.journal.plain import Bucket, DueItem, Source, grouped
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import say
from reseau.ui.ops import journal as journal_ops
from reseau.ui.widgets.after_paint import after_paint as read_after_paint
from reseau.ui.widgets.empty_state import EmptyStack
from reseau.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel

# Rows measured to fit the columns (QHeaderView.resizeContentsPrecision; Qt measures 1,000).
FIT_ROWS = 30
BUCKET_COLORS = {Bucket.OVERDUE: "#b00020", Bucket.THIS_WEEK: "#b45309", Bucket.LATER: "#333333"}


class FollowUpsView(QWidget):
    def __init__(
        self,
        context: AppContext,
        buckets: tuple[Bucket, ...] = tuple(Bucket),
        parent: QWidget | None = None,
        limit: int | None = None,
        lazy: bool = False,
        after_paint: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.buckets = buckets
        self.limit = limit  # at most this many rows per bucket (the Tableau de bord), with counts
        titles = {
            Bucket.OVERDUE: self.tr("En retard"),
            Bucket.THIS_WEEK: self.tr("Cette semaine (7 prochains jours)"),
            Bucket.LATER: self.tr("Plus tard"),
        }
        self.done_button = QPushButton(self.tr("&Fait"))
        self.done_button.setObjectName("done_button")
        self.snooze_button = QPushButton(self.tr("&Reporter"))
        self.snooze_button.setObjectName("snooze_button")
        menu = QMenu(self.snooze_button)
        for days, text in (
            (7, self.tr("d'une semaine")),
            (14, self.tr("de deux semaines")),
            (30, self.tr("d'un mois")),
        ):
            menu.addAction(text, partial(self.snooze, days))
        self.snooze_button.setMenu(menu)
        self.log_button = QPushButton(self.tr("Consi&gner un échange…"))
        self.log_button.setObjectName("log_button")
        toolbar = QHBoxLayout()
        self.summary_label = QLabel()
        toolbar.addWidget(self.summary_label, 1)
        for button in (self.done_button, self.snooze_button, self.log_button):
            toolbar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        self.labels: dict[Bucket, QLabel] = {}
        self.models: dict[Bucket, RowTableModel[DueItem]] = {}
        self.tables: dict[Bucket, QTableView] = {}
        self.stacks: dict[Bucket, EmptyStack] = {}
        self._empty_words = {
            Bucket.OVERDUE: self.tr("Aucune relance en retard."),
            Bucket.THIS_WEEK: self.tr("Aucune relance dans les 7 prochains jours."),
            Bucket.LATER: self.tr("Aucune relance plus tard."),
        }
        for bucket in buckets:
            title = QLabel()
            title.setStyleSheet(f"font-weight: bold; color: {BUCKET_COLORS[bucket]}; margin-top: 6px;")
            title.setProperty("title", titles[bucket])
            model: RowTableModel[DueItem] = RowTableModel(self._columns(), self)
            table = QTableView()
            table.setObjectName(f"table_{bucket.value}")
            table.setAccessibleName(titles[bucket])
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            # Columns fit the rows on screen and the next ones, not each of up to 200 rows per
            # bucket: measuring every cell took 250 to 400 ms of the GUI thread (issue 19.6).
            table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
            table.clicked.connect(lambda _i, b=bucket: self._on_table_clicked(b))
            # An empty table says so in a sentence rather than showing bare headers.
            stack = EmptyStack(table, compact=True)
            layout.addWidget(title)
            layout.addWidget(stack, 1)
            self.labels[bucket], self.models[bucket], self.tables[bucket] = title, model, table
            self.stacks[bucket] = stack
        self._current: Bucket | None = None
        self._stale = lazy  # lazy: a hidden tab, read when first shown
        self._after_paint = after_paint  # ... and painted (the Tableau de bord at start-up)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.log_button.clicked.connect(self._on_log_button_clicked)
        context.bus.changed.connect(self._on_bus_changed)
        self._update_buttons()
        if not lazy:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._after_paint:  # its frame painted first, then read (issue 19.3)
            read_after_paint(self, self._refresh_if_stale)
        elif self._stale:
            self.refresh()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def _columns(self) -> list[Column[DueItem]]:
        return [
            Column(self.tr("Échéance"), lambda i: i.due_on.isoformat(), lambda i: i.due_on.toordinal()),
            Column(self.tr("Qui"), lambda i: i.who),
            Column(self.tr("Motif"), lambda i: say(i.reason), tooltip=lambda i: say(i.reason)),
        ]

    def refresh(self) -> None:
        # Hidden in a window on screen (the Journal's second tab): read when shown.
        if not self.isVisible() and self.window().isVisible():
            self._stale = True
            return
        self._stale = False
        today = date.today()
        limit = self.limit
        if limit is None:
            journal_ops.due_list(self.context.runner, today).success(self.show_items).run()
            return
        buckets = self.buckets
        journal_ops.due_page(self.context.runner, today, buckets, limit).success(
            lambda page: self.show_items(*page)
        ).run()

    def show_items(self, items: list[DueItem], counts: dict[Bucket, int] | None = None) -> None:
        groups = grouped(items)
        totals = counts or {bucket: len(rows) for bucket, rows in groups.items()}
        for bucket in self.buckets:
            self.models[bucket].set_rows(groups[bucket])
            self.tables[bucket].resizeColumnsToContents()
            if groups[bucket]:
                self.stacks[bucket].show_content()
            else:
                self.stacks[bucket].show_empty(self._empty_words[bucket])
            self.labels[bucket].setText(f"{self.labels[bucket].property('title')} ({totals[bucket]})")
        overdue = totals[Bucket.OVERDUE]
        self.summary_label.setText(
            self.tr("%n relance(s) en retard", "", overdue)
            if overdue
            else self.tr("Aucune relance en retard.")
        )
        self._current = None
        self._update_buttons()

    def selected_item(self) -> DueItem | None:
        if self._current is None:
            return None
        indexes = self.tables[self._current].selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _on_table_clicked(self, bucket: Bucket) -> None:
        # One selection across the three tables: clicking in one clears the others.
        self._current = bucket
        for other, table in self.tables.items():
            if other != bucket:
                table.clearSelection()
        self._update_buttons()

    def select(self, source: Source, ident: int) -> bool:
        for bucket, model in self.models.items():
            for row, item in enumerate(model.rows()):
                if item.key == (source, ident):
                    self.tables[bucket].selectRow(row)
                    self._on_table_clicked(bucket)
                    return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected_item() is not None
        for button in (self.done_button, self.snooze_button, self.log_button):
            button.setEnabled(has)

    def _on_done_button_clicked(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        today = date.today()
        journal_ops.mark_done(self.context.runner, item.source, item.ident, today).failure(
            lambda e: show_error(self, self.tr("Relance"), e)
        ).run()

    def snooze(self, days: int) -> None:
        item = self.selected_item()
        if item is None:
            return
        today = date.today()
        until = max(today, item.due_on) + timedelta(days=days)
        journal_ops.snooze(self.context.runner, item.source, item.ident, until, today).failure(
            lambda e: show_error(self, self.tr("Relance"), e)
        ).run()

    def _on_log_button_clicked(self) -> None:
        item = self.selected_item()
        if item is not None:
            # Imported here: the journal entry dialog and its pickers (0.09 s) are not needed to
            # paint the Tableau de bord; the idle warm-up (ui.areas) has usually loaded them.
            from reseau.ui.journal.actions import log_entry

            log_entry(
                self,
                self.context,
                tuple(p.id for p in item.persons),
                tuple(o.id for o in item.organizations) if item.source == Source.ENTRY else (),
            )

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.interactions or changes.persons:
            self.refresh()

"""The Tableau de bord: the overview cards (next mission, late stage reports, coverage gaps, the
network), follow-ups overdue and due this week, and the next 60 days' exchanges. An empty
database shows what fills it instead (demo data, import, a first person)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseau.core.changes import Changes
from reseau.core.settings import agenda_defaults
from reseau.services.dashboard.plain import DUE_LIMIT
from reseau.services.journal.plain import Bucket
from reseau.ui.context import AppContext
from reseau.ui.dashboard.overview import OverviewCards
from reseau.ui.i18n import label
from reseau.ui.journal.follow_ups_view import FollowUpsView
from reseau.ui.ops import dashboard as dashboard_ops
from reseau.ui.widgets.after_paint import after_paint
from reseau.ui.widgets.empty_state import EmptyAction, EmptyState, demo_data, import_contacts
from reseau.ui.widgets.row_table_model import ROW_ROLE, Column, RowTableModel

if TYPE_CHECKING:  # the queries' modules import the models: not before the first paint
    from reseau.services.dashboard.summary import Dashboard, UpcomingExchange


class DashboardView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.follow_ups = FollowUpsView(
            context,
            (Bucket.OVERDUE, Bucket.THIS_WEEK),
            limit=DUE_LIMIT,
            lazy=True,
            after_paint=True,  # read once the board has painted its frame (issue 19.3)
        )
        self.later_label = QLabel()
        self.later_label.setStyleSheet("font-style: italic;")  # legible on light and dark palettes
        lang = context.language
        self.upcoming_model: RowTableModel[UpcomingExchange] = RowTableModel(
            [
                Column(
                    self.tr("Début"), lambda x: x.start_date.isoformat(), lambda x: x.start_date.toordinal()
                ),
                Column(
                    self.tr("Dans"), lambda x: self.tr("%n jour(s)", "", x.days_left), lambda x: x.days_left
                ),
                Column(self.tr("Type"), lambda x: label(x.kind, lang)),
                Column(self.tr("Statut"), lambda x: label(x.status, lang)),
                Column(self.tr("Échange"), lambda x: x.title),
            ],
            self,
        )
        self.upcoming = QTableView()
        self.upcoming.setObjectName("upcoming_table")
        # Named as its heading: the table is visible while the board is being read (after the
        # first paint), before it may hide behind « Aucun échange prévu… ».
        self.upcoming.setAccessibleName(self.tr("Échanges des 60 prochains jours"))
        self.upcoming.setModel(self.upcoming_model)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.verticalHeader().hide()
        self.upcoming.horizontalHeader().setStretchLastSection(True)
        self.upcoming.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.upcoming_empty = QLabel(self.tr("Aucun échange prévu dans les 60 prochains jours."))
        self.upcoming_empty.setStyleSheet("font-style: italic;")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("À relancer"))
        title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        top_layout.addWidget(title)
        top_layout.addWidget(self.follow_ups, 1)
        top_layout.addWidget(self.later_label)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        title2 = QLabel(self.tr("Échanges des 60 prochains jours"))
        title2.setStyleSheet("font-size: 12pt; font-weight: bold;")
        bottom_layout.addWidget(title2)
        bottom_layout.addWidget(self.upcoming_empty)
        bottom_layout.addWidget(self.upcoming, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cards = OverviewCards(context.navigator)
        self.welcome = EmptyState()
        self.welcome.setObjectName("dashboard_welcome")
        self.welcome.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.welcome)
        layout.addWidget(self.cards)
        layout.addWidget(splitter, 1)
        self.upcoming.activated.connect(self._on_upcoming_doubleClicked)  # double click or Return
        context.bus.changed.connect(self._on_bus_changed)
        # Read when first shown: a start that opens on another area (a link, a file to import)
        # does not keep the readers busy with a board nobody sees (issue 19.3). The frame (the
        # day, the cards' « Chargement… ») is painted first, then the board is read.
        self._stale = True
        self.board: Dashboard | None = None  # the last board read (None: not read yet)
        self.heading.setText(self._heading(date.today()))

    def _heading(self, today: date) -> str:
        return self.tr("Aujourd'hui, %s") % today.isoformat()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            after_paint(self, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        today = date.today()
        defaults = agenda_defaults(self.context.settings.current)
        dashboard_ops.dashboard(self.context.runner, today, defaults).success(self.show_dashboard).run()

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        self.heading.setText(self._heading(board.today))
        self.later_label.setText(
            self.tr("%n relance(s) plus tard : voir Journal › À relancer.", "", board.later_count)
            if board.later_count
            else ""
        )
        self.upcoming_model.set_rows(board.upcoming)
        self.upcoming.resizeColumnsToContents()
        self.upcoming_empty.setVisible(not board.upcoming)
        self.upcoming.setVisible(bool(board.upcoming))
        self.cards.show_board(board)
        self.welcome.setVisible(board.empty)
        if board.empty:
            self.welcome.set_state(
                self.tr(
                    "Bienvenue dans Réseau. La base est vide : chargez les données de démonstration "
                    "de la mission 2005 pour découvrir l'outil, importez vos contacts ou ajoutez "
                    "une première personne."
                ),
                [] if self.context.read_only else self._welcome_actions(),
            )

    def _welcome_actions(self) -> list[EmptyAction]:
        return [
            demo_data(self),
            import_contacts(self),
            EmptyAction(self.tr("Ajouter une personne"), self._add_person, "empty_new"),
        ]

    def _add_person(self) -> None:
        """The Personnes area, with its new-person dialog open."""
        if not self.context.navigator.open_area("persons"):
            return
        view = self.window().findChild(QWidget, "area_persons")
        create = getattr(view, "create_record", None)
        if callable(create):
            create()

    def _on_upcoming_doubleClicked(self, index: QModelIndex) -> None:
        exchange: UpcomingExchange = index.data(ROW_ROLE)
        self.context.navigator.open_exchange(exchange.id)

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if (
            changes.interactions
            or changes.persons
            or changes.exchanges
            or changes.organizations
            or changes.themes
            or changes.agenda
            or changes.settings
        ):
            self.refresh()

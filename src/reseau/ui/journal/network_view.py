"""The network tab: filters (theme, period), the drawing, a legend and the PNG/SVG export.

It opens on the last 12 months and draws at most ``network.DEFAULT_MAX_NODES`` nodes, the most
connected, saying so above the drawing when a limit applies: the whole network of 20,000 entries
took 3 s and +490 MB to draw. The period chosen is remembered for the run
(``AppContext.session_choices``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseau.core.changes import Changes
from reseau.core.enums import Country
from reseau.reports.network_picture import THEME_COLOR, Legend, NetworkPicture
from reseau.services.journal import network
from reseau.services.journal.entries import Named
from reseau.services.journal.network import DEFAULT_PERIOD, Network, NetworkFilter, PeriodChoice, period_start
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import format_date, format_number
from reseau.ui.journal.network_scene import draw
from reseau.ui.ops import journal as journal_ops
from reseau.ui.widgets.check_list import COUNTRY_COLORS
from reseau.ui.widgets.date_field import DateField, follow_start
from reseau.ui.widgets.file_progress import run_with_progress


class ZoomView(QGraphicsView):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            return
        super().wheelEvent(event)


# The period chosen in this run: (PeriodChoice, custom start, custom end).
PERIOD_KEY = "network.period"


class NetworkView(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        max_nodes: int | None = network.DEFAULT_MAX_NODES,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.max_nodes = max_nodes
        self.network: Network | None = None
        self.last_export: Path | None = None
        self._stale = False
        self.theme_combo = QComboBox()
        self.theme_combo.setObjectName("theme_combo")
        self.theme_combo.setAccessibleName(self.tr("Thème"))
        self.theme_combo.setMaximumWidth(360)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        for text, choice in (
            (self.tr("12 derniers mois"), PeriodChoice.LAST_12_MONTHS),
            (self.tr("3 dernières années"), PeriodChoice.LAST_3_YEARS),
            (self.tr("Tout"), PeriodChoice.ALL),
            (self.tr("Dates choisies"), PeriodChoice.CUSTOM),
        ):
            self.period_combo.addItem(text, choice)
        now = today()
        self.start_edit, self.end_edit = DateField(optional=True), DateField(optional=True)
        self.start_edit.setValue(date(now.year - 1, 1, 1))
        self.end_edit.setValue(now)
        follow_start(self.start_edit, self.end_edit)
        self.start_edit.setAccessibleName(self.tr("Début de la période"))
        self.end_edit.setAccessibleName(self.tr("Fin de la période"))
        self._restore_period()
        self.png_button = QPushButton(self.tr("Exporter &PNG…"))
        self.svg_button = QPushButton(self.tr("Exporter &SVG…"))
        self.png_button.setObjectName("png_button")
        self.svg_button.setObjectName("svg_button")
        filters = QHBoxLayout()
        theme_label = QLabel(self.tr("T&hème :"))
        theme_label.setBuddy(self.theme_combo)
        filters.addWidget(theme_label)
        filters.addWidget(self.theme_combo, 1)
        period_label = QLabel(self.tr("&Période :"))
        period_label.setBuddy(self.period_combo)
        filters.addWidget(period_label)
        filters.addWidget(self.period_combo)
        filters.addWidget(self.start_edit)
        self.to_label = QLabel(self.tr("au"))
        filters.addWidget(self.to_label)
        filters.addWidget(self.end_edit)
        self._show_custom_dates()
        filters.addStretch()
        filters.addWidget(self.png_button)
        filters.addWidget(self.svg_button)
        legend = QLabel(
            self.tr(
                "<span style='color:%1'>■ France</span> &nbsp; <span style='color:%2'>■ Québec</span> &nbsp; "
                "● personne &nbsp; ■ organisation &nbsp; ◆ échange &nbsp; "
                "<span style='color:%3'>◆ thème</span> &nbsp; — journal &nbsp; ┈ participation &nbsp; "
                "(Ctrl + molette : zoom)"
            )
            .replace("%1", COUNTRY_COLORS[Country.FRANCE])
            .replace("%2", COUNTRY_COLORS[Country.QUEBEC])
            .replace("%3", THEME_COLOR)
        )
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        # Above the drawing, in colour: the user must see that not everything is drawn.
        self.limit_label = QLabel()
        self.limit_label.setObjectName("limit_label")
        self.limit_label.setWordWrap(True)
        self.limit_label.setVisible(False)
        # Where the last picture went (the file path can be long: its own wrapped line).
        self.export_label = QLabel()
        self.export_label.setObjectName("export_label")
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_label.setVisible(False)
        self.scene = QGraphicsScene(self)
        self.view = ZoomView(self.scene)
        self.view.setObjectName("network_graphics")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        legend_row = QHBoxLayout()
        legend_row.addWidget(legend, 1)
        legend_row.addWidget(self.status_label)
        layout.addLayout(legend_row)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.export_label)
        layout.addWidget(self.view, 1)

        self.theme_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.start_edit.dateChanged.connect(self._on_filters_changed)
        self.end_edit.dateChanged.connect(self._on_filters_changed)
        self.png_button.clicked.connect(self._on_png_button_clicked)
        self.svg_button.clicked.connect(self._on_svg_button_clicked)
        context.bus.changed.connect(self._on_bus_changed)
        self._load_themes()

    def _load_themes(self) -> None:
        # The themes only: journal_choices would also read every person and organization.
        journal_ops.theme_choices(self.context.runner).success(self._show_themes).run()

    def _show_themes(self, themes: tuple[Named, ...]) -> None:
        current = self.theme_combo.currentData()
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("Tous les thèmes"), None)
        for theme in themes:
            self.theme_combo.addItem(theme.name, theme.id)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current)))
        self.theme_combo.blockSignals(False)
        self.refresh()

    def period(self) -> PeriodChoice:
        return PeriodChoice(self.period_combo.currentData())

    def _restore_period(self) -> None:
        remembered = self.context.session_choices.get(PERIOD_KEY)
        # A small network opens whole; a large one on its recent months (services.scale).
        default = DEFAULT_PERIOD if self.context.large else PeriodChoice.ALL
        choice, start, end = remembered if isinstance(remembered, tuple) else (default, None, None)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(choice)))
        if isinstance(start, date) and isinstance(end, date):
            self.start_edit.setValue(start)
            self.end_edit.setValue(end)

    def _show_custom_dates(self) -> None:
        custom = self.period() == PeriodChoice.CUSTOM
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(custom)

    def filters(self) -> NetworkFilter:
        theme_id = self.theme_combo.currentData()
        choice = self.period()
        if choice != PeriodChoice.CUSTOM:
            return NetworkFilter(theme_id=theme_id, start=period_start(choice, self.today()))
        # An empty date leaves that side of the period open.
        return NetworkFilter(theme_id=theme_id, start=self.start_edit.value(), end=self.end_edit.value())

    def refresh(self) -> None:
        """Build the network again, or only note that it is stale while the tab is hidden in
        a window on screen: at 20,000 entries the graph takes seconds and hundreds of MB, which
        opening the Journal's entries must not pay."""
        if not self.isVisible() and self.window().isVisible():
            self._stale = True
            return
        self._stale = False
        filters, limit = self.filters(), self.max_nodes
        self.context.session_choices[PERIOD_KEY] = (
            self.period(),
            self.start_edit.value(),
            self.end_edit.value(),
        )
        journal_ops.build_network(self.context.runner, filters, limit).success(self.show_network).run()

    def show_network(self, graph: Network) -> None:
        self.network = graph
        draw(self.scene, graph, (self.tr("France"), self.tr("Échanges"), self.tr("Québec")))
        self.status_label.setText(
            self.tr("%1 nœuds, %2 liens")
            .replace("%1", format_number(len(graph.nodes)))
            .replace("%2", format_number(len(graph.edges)))
        )
        self.limit_label.setText(self.limit_text(graph))
        # The cap hides records: bold and coloured; a preset period only reminds, in grey.
        self.limit_label.setStyleSheet(
            "color: #9a4d00; font-weight: bold;" if graph.capped else "color: #555555;"
        )
        self.limit_label.setVisible(bool(self.limit_label.text()))
        if not graph.nodes:
            self.scene.addText(self.tr("Aucun lien pour ces filtres."))
        self.fit()

    def limit_text(self, graph: Network) -> str:
        """Say that a limit applies: the cap (the most connected nodes only) or the period."""
        if graph.capped:
            return (
                self.tr("%1 personnes sur %2 affichées (les plus reliées) — précisez la période ou le thème")
                .replace("%1", format_number(graph.persons))
                .replace("%2", format_number(graph.total_persons))
            )
        if self.period() == PeriodChoice.LAST_12_MONTHS:
            return self.tr("Période : 12 derniers mois — choisissez « Tout » pour voir tout le réseau")
        if self.period() == PeriodChoice.LAST_3_YEARS:
            return self.tr("Période : 3 dernières années — choisissez « Tout » pour voir tout le réseau")
        return ""

    def fit(self) -> None:
        """Show the whole network, never enlarged past its natural size."""
        self.view.resetTransform()
        rect = self.scene.sceneRect()
        viewport = self.view.viewport().rect()
        if rect.width() > 0 and rect.height() > 0 and viewport.width() > 50:
            factor = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
            self.view.scale(factor, factor)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.fit()

    def _on_filters_changed(self, *_args: object) -> None:
        self.refresh()

    def _on_period_combo_changed(self, _index: int) -> None:
        self._show_custom_dates()
        self.refresh()

    def _ask_path(self, suffix: str, title: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, title, f"reseau.{suffix}", f"{suffix.upper()} (*.{suffix})"
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")

    def _on_png_button_clicked(self) -> None:
        path = self._ask_path("png", self.tr("Exporter le réseau en PNG"))
        if path is not None:
            self.export(path, "png")

    def _on_svg_button_clicked(self) -> None:
        path = self._ask_path("svg", self.tr("Exporter le réseau en SVG"))
        if path is not None:
            self.export(path, "svg")

    def picture(self) -> NetworkPicture:
        """What an exported picture shows: the graph, the filters, the date, the legend."""
        assert self.network is not None
        theme = self.theme_combo.currentText() or self.tr("Tous les thèmes")
        filters = self.filters()
        period = self.period_combo.currentText()
        if filters.start is not None:
            end = filters.end or self.today()
            dates = self.tr("du %1 au %2").replace("%1", format_date(filters.start, long=True))
            dates = dates.replace("%2", format_date(end, long=True))
            period = dates if self.period() == PeriodChoice.CUSTOM else f"{period} ({dates})"
        counts = (
            self.tr("%1 nœuds, %2 liens")
            .replace("%1", format_number(len(self.network.nodes)))
            .replace("%2", format_number(len(self.network.edges)))
        )
        caption = [
            self.tr("Thème : %1").replace("%1", theme),
            self.tr("Période : %1").replace("%1", period),
            self.tr("Produit le %1 ; %2")
            .replace("%1", format_date(self.today(), long=True))
            .replace("%2", counts),
        ]
        if self.network.capped:
            caption.append(self.limit_text(self.network))
        legend = Legend(
            france=self.tr("France"),
            quebec=self.tr("Québec"),
            person=self.tr("personne"),
            organization=self.tr("organisation"),
            exchange=self.tr("échange"),
            theme=self.tr("thème choisi"),
            journal=self.tr("journal"),
            participation=self.tr("participation"),
            affiliation=self.tr("affiliation"),
            theme_link=self.tr("lien direct au thème"),
        )
        columns = (self.tr("France"), self.tr("Échanges"), self.tr("Québec"))
        return NetworkPicture(self.network, self.tr("Réseau France-Québec"), tuple(caption), columns, legend)

    def export(self, path: Path, kind: str) -> None:
        """Write the picture off the GUI thread under a progress dialog, then say where."""
        if self.network is None:
            return

        def written(result: Path) -> None:
            self.last_export = result
            self.export_label.setText(self.tr("Réseau exporté dans %1").replace("%1", str(result)))
            self.export_label.setVisible(True)

        run_with_progress(
            self,
            self.tr("Écriture de « %1 »…").replace("%1", path.name),
            journal_ops.export_network(self.context.runner, self.picture(), path, kind),
            written,
            lambda error: show_error(self, self.tr("Exportation impossible"), error),
        )

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.themes:
            self._load_themes()
        elif changes.interactions or changes.exchanges or changes.persons or changes.organizations:
            self.refresh()

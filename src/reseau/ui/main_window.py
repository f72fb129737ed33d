"""The main window: navigation between the areas, menus, status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from reseau import __version__
from reseau.core.outcome import Outcome
from reseau.ui.areas import Area, all_areas
from reseau.ui.context import AppContext
from reseau.ui.edit_menu import EditActions
from reseau.ui.error_dialogs import show_error
from reseau.ui.icons import icon
from reseau.ui.io import menus as io_menus
from reseau.ui.read_only import apply_read_only, hide_write_buttons
from reseau.ui.style import NAVIGATION_SHEET, carry
from reseau.ui.widgets.fit import fit_to_screen
from reseau.ui.widgets.global_search import GlobalSearchBox, open_hit

if TYPE_CHECKING:
    from reseau.services.demo.load import DemoSummary

# What only a menu action needs (the demonstration loader, the Sauvegardes and Préférences
# dialogs) is imported
# when the action is triggered: the window starts without it (docs/performance.md).


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The default failure path: a failed op without its own handler is said to the user.
        context.runner.tell_user(self)
        context.navigator.attach(self.show_area)
        self.reopen_requested = False  # read by reseau.app when the window has closed
        self.setWindowTitle(self.tr("Réseau — échanges France-Québec"))
        self.setWindowIcon(icon("reseau.svg"))
        self.resize(1280, 800)
        fit_to_screen(self)  # a 1280×720 laptop: the status bar stays above the taskbar
        self.areas: list[Area] = all_areas()
        self.area_widgets: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation entre les sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(210)
        carry(self.navigation, NAVIGATION_SHEET)
        self.stack = QStackedWidget()
        for index, area in enumerate(self.areas):
            item = QListWidgetItem(icon(area.icon), area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(f"{area.title} (Ctrl+{index + 1})")
            self.navigation.addItem(item)
            # An empty page until the area is first shown (see area_widget).
            self.stack.addWidget(QWidget())
        self.navigation.currentRowChanged.connect(self._on_navigation_currentRowChanged)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.search_box = GlobalSearchBox(context, self)
        search_bar = self.addToolBar(self.tr("Recherche"))
        search_bar.setObjectName("search_toolbar")
        search_bar.setMovable(False)
        search_bar.addWidget(self.search_box)
        self.search_box.open_requested.connect(lambda hit: open_hit(self, self.context.navigator, hit))
        QShortcut(QKeySequence("Ctrl+K"), self, self.search_box.setFocus)
        self.statusBar().showMessage(self.tr("Base de données : %s") % location)
        # Issue 4: Réseau opens on the Tableau de bord (what is due, the coming exchanges).
        self.navigation.setCurrentRow(0)
        apply_read_only(self, context)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.demo_action = QAction(self.tr("&Charger les données de démonstration (mission 2005)"), self)
        self.demo_action.setObjectName("demo_action")
        self.demo_action.triggered.connect(self.load_demo)
        file_menu.addAction(self.demo_action)
        self.backups_action = QAction(self.tr("&Sauvegardes…"), self)
        self.backups_action.setObjectName("backups_action")
        self.backups_action.triggered.connect(self._show_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        io_menus.add_file_actions(self, file_menu)  # Importer…, Exporter…, Annuler le dernier import
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        for index, area in enumerate(self.areas):
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self.navigation.setCurrentRow(row))
            view_menu.addAction(action)

        self.edit_actions = EditActions(self, self.context.runner.history, self.edit_preferences, view_menu)
        self.tools_menu = self.menuBar().addMenu(self.tr("&Outils"))
        io_menus.add_tools_actions(self, self.tools_menu)  # Doublons…

        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        about = QAction(self.tr("À &propos de Réseau"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _show_backups(self) -> None:
        from reseau.ui.backups.backups_dialog import BackupsDialog

        BackupsDialog.show_for(self, self.context)

    def edit_preferences(self) -> None:
        from reseau.ui.preferences.actions import edit_preferences  # its dialog and form: when asked

        edit_preferences(self, self.context, reopen=self.reopen)

    def reopen(self) -> None:
        """Close, so that reseau.app builds the window again from the saved preferences."""
        self.reopen_requested = True
        self.close()

    def area_widget(self, key: str) -> QWidget:
        """The widget of area ``key``, built now if it has not been shown yet (not shown)."""
        widget = self.area_widgets.get(key)
        if widget is not None:
            return widget
        row = next(row for row, area in enumerate(self.areas) if area.key == key)
        widget = self.areas[row].build(self.context)
        widget.setObjectName(f"area_{key}")
        self.area_widgets[key] = widget
        placeholder = self.stack.widget(row)
        showing = self.stack.currentIndex() == row
        self.stack.insertWidget(row, widget)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(row)
        hide_write_buttons(widget, self.context)
        return widget

    def _on_navigation_currentRowChanged(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.area_widget(self.areas[row].key)  # areas are built the first time they are shown
        self.stack.setCurrentIndex(row)

    def show_area(self, key: str) -> QWidget:
        for row, area in enumerate(self.areas):
            if area.key == key:
                self.navigation.setCurrentRow(row)
        return self.area_widget(key)

    def load_demo(self) -> None:
        from reseau.ui.ops import demo as demo_ops

        def done(outcome: Outcome[DemoSummary]) -> None:
            s = outcome.value
            self.statusBar().showMessage(
                self.tr(
                    "Démonstration chargée : %1 personnes, %2 organisations, %3 thèmes ; %4 fiches créées."
                )
                .replace("%1", str(s.persons))
                .replace("%2", str(s.organizations))
                .replace("%3", str(s.themes))
                .replace("%4", str(s.created)),
                10000,
            )

        demo_ops.load_demo(self.context.runner).success(done).failure(
            lambda e: show_error(self, self.tr("Chargement de la démonstration"), e)
        ).run()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("À propos de Réseau"),
            self.tr(
                "<h3>Réseau %s</h3><p>L'outil des coordonnateurs des échanges France-Québec "
                "en développement social local.</p>"
            )
            % __version__,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.runner.shutdown()
        super().closeEvent(event)

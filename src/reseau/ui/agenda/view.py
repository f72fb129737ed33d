"""The « Agenda de mission » area: pick a mission, plan its slots on a days × half-days grid,
see the A1–A5 checks and conflicts recomputed after every change, write the briefing document,
export the carnet (PDF), the calendar (ICS) or the spreadsheet (XLSX)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reseau.core.agenda import DEFAULT_TIME_ZONE, HALF_DAY_START, MissionAgenda
from reseau.core.agenda_checks import CheckWarning, rule_title
from reseau.core.changes import Changes
from reseau.core.enums import Activity, HalfDay
from reseau.core.settings import agenda_defaults
from reseau.services.agenda import editing as agenda_edit
from reseau.services.agenda.editing import SlotInput
from reseau.services.agenda.reading import Choice, MissionChoice, SlotChoices
from reseau.ui.agenda.briefing_editor import BriefingEditor
from reseau.ui.agenda.copy_day_dialog import CopyDayDialog
from reseau.ui.agenda.export_actions import export_agenda
from reseau.ui.agenda.grid import AgendaGrid, warning_tip
from reseau.ui.agenda.settings_dialog import AgendaSettingsDialog
from reseau.ui.agenda.slot_dialog import SlotDialog
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import label, say
from reseau.ui.ops import agenda as agenda_ops
from reseau.ui.ops.runner import CommandOp
from reseau.ui.widgets.conflict_dialog import VersionedSave, resolve_save_failure
from reseau.ui.widgets.empty_state import EmptyAction, demo_data
from reseau.ui.widgets.row_table_model import Column, RowTableModel
from reseau.ui.widgets.splitters import remembered_splitter

CONCERNS = Changes(agenda=True, exchanges=True, persons=True, organizations=True, themes=True)


@dataclass(frozen=True)
class Loaded:
    agenda: MissionAgenda
    warnings: list[CheckWarning]


class AgendaView(QWidget):
    last_export: Path | None = None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded: Loaded | None = None
        self._select_when_loaded: int | None = None  # a mission asked for before the list came
        self.mission_combo = QComboBox()
        self.mission_combo.setObjectName("mission_combo")
        self.mission_combo.setAccessibleName(self.tr("Mission"))
        # Long mission titles must not push the buttons off the window.
        self.mission_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mission_combo.setMinimumContentsLength(20)
        self.buttons: dict[str, QPushButton] = {}
        toolbar = QHBoxLayout()
        mission_label = QLabel(self.tr("&Mission :"))
        mission_label.setBuddy(self.mission_combo)
        toolbar.addWidget(mission_label)
        toolbar.addWidget(self.mission_combo, 1)
        for name, text in (
            ("new", self.tr("&Nouveau créneau…")),
            ("edit", self.tr("&Modifier…")),
            ("delete", self.tr("&Supprimer")),
            ("copy_day", self.tr("&Copier une journée…")),
            ("settings", self.tr("&Paramètres…")),
            ("export", self.tr("&Exporter")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}_button")
            self.buttons[name] = button
            toolbar.addWidget(button)
        export_menu = QMenu(self)
        export_menu.addAction(self.tr("Carnet de mission (PDF)…"), lambda: self.export("pdf"))
        export_menu.addAction(self.tr("Calendrier (ICS)…"), lambda: self.export("ics"))
        export_menu.addAction(self.tr("Tableur (XLSX)…"), lambda: self.export("xlsx"))
        self.buttons["export"].setMenu(export_menu)
        # Zoom: the whole mission week in view (columns share the width), or wide cards.
        self.fit_week_button = QPushButton(self.tr("Semaine &entière"))
        self.fit_week_button.setObjectName("fit_week_button")
        self.fit_week_button.setCheckable(True)
        self.fit_week_button.setToolTip(
            self.tr("Toute la mission dans la largeur ; décochez pour des créneaux plus larges.")
        )
        toolbar.insertWidget(2, self.fit_week_button)

        self.grid = AgendaGrid()
        self.fit_week_button.toggled.connect(self.grid.set_fit_week)
        self.fit_week_button.setChecked(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary_label")
        self.checks_model: RowTableModel[CheckWarning] = RowTableModel(self._check_columns(), self)
        self.checks_table = QTableView()
        self.checks_table.setObjectName("checks_table")
        self.checks_table.setAccessibleName(self.tr("Avertissements des vérifications"))
        self.checks_table.setModel(self.checks_model)
        self.checks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks_table.setWordWrap(True)
        self.checks_table.verticalHeader().hide()
        # Rows follow their wrapped text whatever the width the splitter gives the panel.
        self.checks_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.checks_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.checks_table.horizontalHeader().setStretchLastSection(True)
        self.ack_button = QPushButton(self.tr("&Accepter avec une raison…"))
        self.ack_button.setObjectName("ack_button")
        self.unack_button = QPushButton(self.tr("&Retirer l'acceptation"))
        self.unack_button.setObjectName("unack_button")
        checks = QWidget()
        checks_layout = QVBoxLayout(checks)
        checks_layout.addWidget(self.summary)
        checks_layout.addWidget(self.checks_table, 1)
        # The selected warning in full, with why it matters: the report's recommendation.
        self.reason_label = QLabel()
        self.reason_label.setObjectName("reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setStyleSheet("QLabel { background: #f5f7fa; padding: 6px; }")
        self.reason_label.hide()
        checks_layout.addWidget(self.reason_label)
        ack_row = QHBoxLayout()
        ack_row.addWidget(self.ack_button)
        ack_row.addWidget(self.unack_button)
        ack_row.addStretch(1)
        checks_layout.addLayout(ack_row)
        self.briefing = BriefingEditor()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agenda_tabs")
        self.tabs.addTab(checks, self.tr("Vérifications"))
        self.tabs.addTab(self.briefing, self.tr("Document de préparation"))
        # The checks panel starts at 30 % and keeps the width the user gives it.
        splitter = remembered_splitter("AgendaView.checks", context.settings, [self.grid, self.tabs], 0.3)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self.mission_combo.currentIndexChanged.connect(self._on_mission_combo_currentIndexChanged)
        self.buttons["new"].clicked.connect(self._on_new_button_clicked)
        self.buttons["edit"].clicked.connect(self._on_edit_button_clicked)
        self.buttons["delete"].clicked.connect(self._on_delete_button_clicked)
        self.buttons["copy_day"].clicked.connect(self._on_copy_day_button_clicked)
        self.buttons["settings"].clicked.connect(self._on_settings_button_clicked)
        self.grid.slot_moved.connect(self._on_grid_slot_moved)
        self.grid.slot_activated.connect(self.edit_slot)
        self.grid.cell_activated.connect(self._on_grid_cell_activated)
        self.grid.slot_selected.connect(lambda _id: self._update_buttons())
        self.checks_table.doubleClicked.connect(self._on_checks_table_doubleClicked)
        self.checks_table.clicked.connect(self._on_checks_table_doubleClicked)
        self.checks_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ack_button.clicked.connect(self._on_ack_button_clicked)
        self.unack_button.clicked.connect(self._on_unack_button_clicked)
        self.briefing.save_requested.connect(self._on_briefing_save_requested)
        for keys, action in (
            (QKeySequence.StandardKey.Delete, self._on_delete_button_clicked),
            (QKeySequence(Qt.Key.Key_Return), self._on_edit_button_clicked),
            (QKeySequence.StandardKey.New, self._on_new_button_clicked),
        ):
            shortcut = QShortcut(keys, self.grid, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.bus.changed.connect(self._on_bus_changed)
        self._update_buttons()
        self.refresh_missions()

    def _check_columns(self) -> list[Column[CheckWarning]]:
        return [
            Column(self.tr("Règle"), lambda w: say(rule_title(w.rule))),
            Column(
                self.tr("Avertissement"),
                lambda w: (
                    self.tr("✔ %1 — accepté : %2")
                    .replace("%1", say(w.message))
                    .replace("%2", w.acknowledged or "")
                    if w.is_acknowledged
                    else say(w.message)
                ),
                tooltip=warning_tip,
            ),
        ]

    # --- loading -----------------------------------------------------------------------------
    def mission_id(self) -> int | None:
        value = self.mission_combo.currentData()
        return int(value) if value is not None else None

    def select_id(self, mission_id: int) -> bool:
        """Show mission ``mission_id`` (the Tableau de bord's link to its agenda); asked before
        the missions are listed, it is chosen when they are."""
        index = self.mission_combo.findData(mission_id)
        if index < 0:
            self._select_when_loaded = mission_id
            return False
        self.mission_combo.setCurrentIndex(index)
        return True

    def refresh_missions(self) -> None:
        agenda_ops.list_missions(self.context.runner).success(self._show_missions).run()

    def _show_missions(self, missions: list[MissionChoice]) -> None:
        current = self._select_when_loaded or self.mission_id()
        self._select_when_loaded = None
        self.mission_combo.blockSignals(True)
        self.mission_combo.clear()
        for mission in missions:
            self.mission_combo.addItem(say(mission.label), mission.id)
        index = self.mission_combo.findData(current) if current is not None else -1
        self.mission_combo.setCurrentIndex(index if index >= 0 else (0 if missions else -1))
        self.mission_combo.blockSignals(False)
        if not missions:
            self.grid.set_agenda(None, {})
            text = self.tr("Aucune mission : créez un échange de type mission (ou chargez la démonstration).")
            self.summary.setText(text)
            actions = [
                EmptyAction(
                    self.tr("Ouvrir Échanges et stages"),
                    lambda: self.context.navigator.open_area("exchanges"),
                    "empty_exchanges",
                ),
                demo_data(self),
            ]
            self.grid.show_empty(text, [] if self.context.read_only else actions)
        self.refresh()

    def refresh(self) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            self.loaded = None
            self._update_buttons()
            return
        defaults = agenda_defaults(self.context.settings.current)
        agenda_ops.load_checked(self.context.runner, mission_id, defaults).success(
            lambda loaded: self._show(Loaded(*loaded))
        ).run()

    def _show(self, loaded: Loaded) -> None:
        if loaded.agenda.id != self.mission_id():
            return  # the user picked another mission meanwhile
        same_mission = self.loaded is not None and self.loaded.agenda.id == loaded.agenda.id
        self.loaded = loaded
        by_slot: dict[int, list[CheckWarning]] = defaultdict(list)
        for warning in loaded.warnings:
            if warning.slot_id is not None:
                by_slot[warning.slot_id].append(warning)
        self.grid.set_agenda(loaded.agenda, by_slot)
        self.checks_model.set_rows(loaded.warnings)
        self.checks_table.setColumnWidth(0, 150)
        open_count = sum(not w.is_acknowledged for w in loaded.warnings)
        self.summary.setText(
            self.tr("%1 créneau(x) ; %2 avertissement(s) à revoir, %3 accepté(s).")
            .replace("%1", str(len(loaded.agenda.slots)))
            .replace("%2", str(open_count))
            .replace("%3", str(len(loaded.warnings) - open_count))
        )
        if not (same_mission and self.briefing.is_modified()):
            self.briefing.set_html(loaded.agenda.briefing_html)
        self._update_buttons()

    def _on_mission_combo_currentIndexChanged(self, _index: int) -> None:
        if self.loaded is not None and self.briefing.is_modified():
            # Never drop a briefing being written: save it to the mission it belongs to.
            self._on_briefing_save_requested(self.briefing.editor.toHtml())
        self.loaded = None
        self.grid.selected_id = None
        self.refresh()

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.exchanges:
            self.refresh_missions()
        elif any(getattr(changes, k) for k in CONCERNS.__dataclass_fields__ if getattr(CONCERNS, k)):
            self.refresh()

    def _update_buttons(self) -> None:
        has_mission = self.loaded is not None
        has_slot = has_mission and self.grid.selected_slot() is not None
        for name in ("new", "copy_day", "settings", "export"):
            self.buttons[name].setEnabled(has_mission)
        self.buttons["edit"].setEnabled(has_slot)
        self.buttons["delete"].setEnabled(has_slot)
        warning = self.selected_warning()
        self._show_reason(warning)
        self.ack_button.setEnabled(warning is not None and not warning.is_acknowledged)
        self.unack_button.setEnabled(warning is not None and warning.is_acknowledged)

    # --- slots -------------------------------------------------------------------------------
    def _mission_days(self) -> tuple[date, date] | None:
        agenda = self.loaded.agenda if self.loaded else None
        if agenda and agenda.start and agenda.end:
            return agenda.start, agenda.end
        return None

    def _with_choices(self, then: object) -> None:
        mission_id = self.mission_id()
        if mission_id is None:
            return
        op = agenda_ops.slot_choices(self.context.runner, mission_id)
        op.success(lambda choices: then(self._searchable(choices))).run()  # type: ignore[operator]

    def _searchable(self, choices: SlotChoices) -> SlotChoices:
        """``choices`` whose speakers are searched in the database as the user types."""
        if not choices.searched:
            return choices
        runner = self.context.runner

        def search(text: str, show: Callable[[Sequence[Choice]], None]) -> None:
            agenda_ops.person_choices(runner, text).success(show).run()

        return replace(choices, search_persons=search)

    def new_slot(self, day: date | None = None, half_day: HalfDay = HalfDay.MORNING) -> None:
        if self.loaded is None:
            return
        agenda = self.loaded.agenda
        day = day or agenda.start or (agenda.days()[0] if agenda.days() else date.today())
        start = HALF_DAY_START[half_day]
        default = SlotInput(day, start, start.replace(hour=start.hour + 1), Activity.PRESENTATION)

        def ask(choices: SlotChoices) -> None:
            data = SlotDialog.ask(
                self, choices, self._mission_days(), default, mission_zone=agenda.settings.time_zone
            )
            if data is not None:
                self._command(
                    agenda_ops.add_slot(
                        self.context.runner, agenda.id, data, data.title or label(data.activity)
                    ),
                    self.tr("Créneau"),
                )

        self._with_choices(ask)

    def edit_slot(self, slot_id: int) -> None:
        if self.loaded is None:
            return
        slot = next((s for s in self.loaded.agenda.slots if s.id == slot_id), None)
        if slot is None or slot.start is None or slot.end is None:
            return
        current = agenda_edit.slot_input_of(slot)

        def ask(choices: SlotChoices) -> None:
            data = SlotDialog.ask(
                self,
                choices,
                self._mission_days(),
                current,
                editing=True,
                missing_speakers=slot.missing_speakers,
                mission_zone=self.loaded.agenda.settings.time_zone if self.loaded else DEFAULT_TIME_ZONE,
            )
            if data is not None:
                description = self.tr("Modifier le créneau %s") % (data.title or label(data.activity))
                again = VersionedSave(
                    data.title or label(data.activity),
                    data,
                    lambda s: agenda_edit.get_slot(s, slot_id),
                    lambda s, mine, version: agenda_edit.update_slot(s, slot_id, mine, version),
                    description,
                    choices,
                )
                self._command(
                    agenda_ops.update_slot(
                        self.context.runner, slot.id, data, slot.version, data.title or label(data.activity)
                    ),
                    self.tr("Créneau"),
                    again,
                    lambda: self._reload_and_edit(slot_id),
                )

        self._with_choices(ask)

    def _command(
        self,
        op: CommandOp[Any],
        title: str,
        again: VersionedSave[Any] | None = None,
        reopen: Callable[[], None] = lambda: None,
    ) -> None:
        """Run a named operation of reseau.ui.ops.agenda; a failure is shown under ``title``.
        ``again`` and ``reopen``: when someone changed the slot meanwhile, how to save it again
        or reopen it on their version (conflict dialog)."""
        op.failure(
            lambda error: resolve_save_failure(
                self, self.context.runner, error, again, lambda _outcome: None, reopen, title
            )
        ).run()

    def _reload_and_edit(self, slot_id: int) -> None:
        """« Prendre sa version »: show the agenda as it is now, and reopen the slot from it."""
        mission_id = self.mission_id()
        if mission_id is None:
            return

        def shown(loaded: Loaded) -> None:
            self._show(loaded)
            self.edit_slot(slot_id)

        defaults = agenda_defaults(self.context.settings.current)
        agenda_ops.load_checked(self.context.runner, mission_id, defaults).success(
            lambda loaded: shown(Loaded(*loaded))
        ).run()

    def _on_new_button_clicked(self) -> None:
        selected = self.grid.selected_slot()
        self.new_slot(selected.day if selected else None)

    def _on_grid_cell_activated(self, day: date, half_day: HalfDay) -> None:
        self.new_slot(day, half_day)

    def _on_edit_button_clicked(self) -> None:
        selected = self.grid.selected_slot()
        if selected is not None:
            self.edit_slot(selected.id)

    def _on_delete_button_clicked(self) -> None:
        selected = self.grid.selected_slot()
        if selected is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le créneau"),
            self.tr("Supprimer « %1 » ?").replace("%1", selected.title or str(selected.activity)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.grid.selected_id = None
            self._command(
                agenda_ops.delete_slot(
                    self.context.runner, selected.id, selected.title or label(selected.activity)
                ),
                self.tr("Suppression"),
            )

    def _on_grid_slot_moved(self, slot_id: int, day: date, half_day: HalfDay) -> None:
        self._command(
            agenda_ops.move_slot(self.context.runner, slot_id, day, half_day), self.tr("Déplacement")
        )

    def _on_copy_day_button_clicked(self) -> None:
        if self.loaded is None:
            return
        agenda = self.loaded.agenda
        selected = self.grid.selected_slot()
        days = CopyDayDialog.ask(self, agenda.days(), selected.day if selected else agenda.start)
        if days is not None:
            source, target = days
            self._command(
                agenda_ops.copy_day(self.context.runner, agenda.id, source, target), self.tr("Copie")
            )

    def _on_settings_button_clicked(self) -> None:
        if self.loaded is None:
            return
        mission_id = self.loaded.agenda.id
        settings = AgendaSettingsDialog.ask(self, self.loaded.agenda.settings)
        if settings is not None:
            self._command(
                agenda_ops.save_settings(self.context.runner, mission_id, settings), self.tr("Paramètres")
            )

    # --- checks ------------------------------------------------------------------------------
    def _show_reason(self, warning: CheckWarning | None) -> None:
        reason = warning.reason if warning is not None else None
        self.reason_label.setVisible(warning is not None)
        if warning is None:
            return
        why = f"<p><i>{escape(say(reason))}</i></p>" if reason is not None else ""
        self.reason_label.setText(
            f"<p><b>{escape(say(rule_title(warning.rule)))}</b> — {escape(say(warning.message))}</p>{why}"
        )

    def selected_warning(self) -> CheckWarning | None:
        rows = self.checks_table.selectionModel().selectedRows()
        return self.checks_model.row_at(rows[0].row()) if rows else None

    def _on_checks_table_doubleClicked(self, index: object) -> None:
        warning = self.selected_warning()
        if warning is not None and warning.slot_id is not None:
            self.grid.select_slot(warning.slot_id)
        self._update_buttons()

    def _on_ack_button_clicked(self) -> None:
        warning = self.selected_warning()
        if warning is None or self.loaded is None:
            return
        mission_id = self.loaded.agenda.id
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Accepter l'avertissement"),
            self.tr("Pourquoi cet avertissement est-il acceptable ?\n%1").replace("%1", say(warning.message)),
        )
        if ok and reason.strip():
            self._command(
                agenda_ops.acknowledge(self.context.runner, mission_id, warning.rule, warning.key, reason),
                self.tr("Acceptation"),
            )

    def _on_unack_button_clicked(self) -> None:
        warning = self.selected_warning()
        if warning is None or self.loaded is None:
            return
        mission_id = self.loaded.agenda.id
        self._command(
            agenda_ops.unacknowledge(self.context.runner, mission_id, warning.rule, warning.key),
            self.tr("Acceptation"),
        )

    # --- briefing and exports ----------------------------------------------------------------
    def _on_briefing_save_requested(self, html: str) -> None:
        if self.loaded is None:
            return
        mission_id = self.loaded.agenda.id
        agenda_ops.save_briefing(self.context.runner, mission_id, html).success(
            lambda _outcome: self.briefing.mark_saved(html)
        ).failure(lambda error: show_error(self, self.tr("Document de préparation"), error)).run()

    def export(self, kind: str) -> None:
        """Ask where, then write the PDF carnet, the ICS calendar or the XLSX workbook."""
        if self.loaded is None:
            return
        export_agenda(
            self, self.context.runner, self.loaded.agenda, self.loaded.warnings, kind, self._exported
        )

    def _exported(self, path: Path) -> None:
        self.last_export = path
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Exporté : %1").replace("%1", str(path)), 5000)

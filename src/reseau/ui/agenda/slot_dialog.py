"""Create or edit an agenda slot: a pure view, SlotInput in and out.

The half-day is not asked: it follows from the start time (see ``core.agenda.half_day_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QWidget
from shiboken6 import isValid

from reseau.core.agenda import DEFAULT_TIME_ZONE
from reseau.core.enums import Activity
from reseau.core.normalize import fold
from reseau.services.agenda.editing import SlotInput
from reseau.services.agenda.reading import Choice, SlotChoices
from reseau.ui.agenda.zones import ZoneCombo
from reseau.ui.forms.ui_slot_dialog import Ui_SlotDialog
from reseau.ui.i18n import format_date, label
from reseau.ui.widgets.date_field import date_problems
from reseau.ui.widgets.search_combo import fill_searchable, select_data
from reseau.ui.widgets.validation import FieldMarker

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_checklist(widget: QListWidget, choices: Iterable[Choice], checked: Iterable[int]) -> None:
    wanted = set(checked)
    widget.clear()
    widget.setUniformItemSizes(True)  # one row height: the list does not measure each to show
    for choice in choices:
        item = QListWidgetItem(choice.label)
        item.setData(ID_ROLE, choice.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if choice.id in wanted else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_ids(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def set_checked(widget: QListWidget, ids: Iterable[int]) -> None:
    wanted = set(ids)
    for i in range(widget.count()):
        item = widget.item(i)
        state = Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
        item.setCheckState(state)


class SlotDialog(QDialog):
    def __init__(
        self,
        choices: SlotChoices,
        mission_days: tuple[date, date] | None,
        data: SlotInput,
        editing: bool,
        parent: QWidget | None = None,
        missing_speakers: tuple[str, ...] = (),
        mission_zone: str = DEFAULT_TIME_ZONE,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SlotDialog()
        self.ui.setupUi(self)
        # Times are local to the place: a departure from Montréal is in Montréal time.
        self.time_zone = ZoneCombo(data.time_zone, mission_zone)
        self.time_zone.setToolTip(self.tr("Le fuseau horaire des heures de début et de fin."))
        zone_label = QLabel(self.tr("&Fuseau :"))
        zone_label.setBuddy(self.time_zone)
        self.ui.form_layout.insertRow(3, zone_label, self.time_zone)
        QWidget.setTabOrder(self.ui.end, self.time_zone)  # Tab reads the form top to bottom
        QWidget.setTabOrder(self.time_zone, self.ui.activity)
        self.setWindowTitle(self.tr("Modifier le créneau") if editing else self.tr("Nouveau créneau"))
        self.mission_days = mission_days
        self.ui.people_tabs.setMinimumWidth(380)  # names with their organization stay readable
        # The weekday helps place a slot; written in the UI's language (its default locale).
        self.ui.day.setDisplayFormat("dddd d MMMM yyyy")
        self.ui.missing_speakers_label.setVisible(bool(missing_speakers))
        self.ui.missing_speakers_label.setText(
            self.tr(
                "Supprimé(s) des contacts : %1. Choisissez un autre intervenant ; enregistrer retire ce nom."
            ).replace("%1", ", ".join(missing_speakers))
        )
        for activity in Activity:
            self.ui.activity.addItem(label(activity).capitalize(), activity)
        fill_searchable(
            self.ui.host,
            [(self.tr("(aucun)"), None), *((org.label, org.id) for org in choices.organizations)],
            self.tr("Tapez un nom ou un sigle…"),
        )
        fill_checklist(self.ui.speakers, choices.persons, data.speaker_ids)
        # Delegates first; a person already picked but no longer a delegate stays listed.
        extra = [c for c in choices.persons if c.id in data.attendee_ids and c not in choices.delegates]
        fill_checklist(self.ui.attendees, [*choices.delegates, *extra], data.attendee_ids)
        fill_checklist(self.ui.themes, choices.themes, data.theme_ids)
        self.marker = FieldMarker(self.ui.error_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.all_delegates.toggled.connect(self._on_all_delegates_toggled)
        self._search = choices.search_persons  # a big network: speakers come from the database
        self.ui.speakers_filter.textChanged.connect(self._on_speakers_filter_textChanged)
        if self._search is not None:
            self.ui.speakers_filter.setPlaceholderText(self.tr("Tapez un nom pour chercher…"))
            self._search("", lambda found: self._show_found("", found))
        self._fill(data)
        self.result_data: SlotInput | None = None

    def _fill(self, data: SlotInput) -> None:
        ui = self.ui
        ui.day.setValue(data.day)
        ui.start.setTime(QTime(data.start.hour, data.start.minute))
        ui.end.setTime(QTime(data.end.hour, data.end.minute))
        ui.activity.setCurrentIndex(max(0, ui.activity.findData(data.activity)))
        ui.title.setText(data.title)
        ui.place.setText(data.place)
        ui.city.setText(data.city)
        select_data(ui.host, data.host_id)
        ui.notes.setPlainText(data.notes)
        ui.all_delegates.setChecked(data.all_delegates)
        ui.attendees.setEnabled(not data.all_delegates)

    def data(self) -> SlotInput:
        ui = self.ui
        day, start, end = ui.day.value(), ui.start.time(), ui.end.time()
        assert day is not None  # date_problems refused an empty day
        all_delegates = ui.all_delegates.isChecked()
        return SlotInput(
            day=day,
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
            activity=Activity(ui.activity.currentData()),
            title=ui.title.text().strip(),
            place=ui.place.text().strip(),
            city=ui.city.text().strip(),
            host_id=ui.host.currentData(),
            speaker_ids=checked_ids(ui.speakers),
            theme_ids=checked_ids(ui.themes),
            all_delegates=all_delegates,
            attendee_ids=() if all_delegates else checked_ids(ui.attendees),
            notes=ui.notes.toPlainText(),
            time_zone=self.time_zone.zone(),
        )

    def _on_all_delegates_toggled(self, checked: bool) -> None:
        self.ui.attendees.setEnabled(not checked)

    def _on_speakers_filter_textChanged(self, text: str) -> None:
        if self._search is not None:
            self._search(text, lambda found: self._show_found(text, found))
            return
        wanted = fold(text)
        for i in range(self.ui.speakers.count()):
            item = self.ui.speakers.item(i)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _show_found(self, text: str, found: Sequence[Choice]) -> None:
        """Searched speakers replace the unchecked ones; an answer to older text is dropped."""
        if not isValid(self) or self.ui.speakers_filter.text() != text:
            return  # the dialog was closed before the answer came, or the user kept typing
        speakers = self.ui.speakers
        for i in reversed(range(speakers.count())):
            if speakers.item(i).checkState() != Qt.CheckState.Checked:
                speakers.takeItem(i)
        listed = set(checked_ids(speakers))
        for choice in found:
            if choice.id not in listed:
                item = QListWidgetItem(choice.label)
                item.setData(ID_ROLE, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                speakers.addItem(item)

    def _on_button_box_accepted(self) -> None:
        self.marker.clear()
        for field, problem in date_problems(self.ui.day):
            self.marker.mark(field, problem)
            return
        data = self.data()
        if data.end <= data.start:
            self.marker.mark(
                self.ui.end,
                self.tr("Le créneau finit à %1, avant son début à %2.")
                .replace("%1", f"{data.end:%H:%M}")
                .replace("%2", f"{data.start:%H:%M}"),
            )
        if self.mission_days and not self.mission_days[0] <= data.day <= self.mission_days[1]:
            first, last = self.mission_days
            self.marker.mark(
                self.ui.day,
                self.tr("Ce jour est en dehors de la mission (du %1 au %2).")
                .replace("%1", format_date(first))
                .replace("%2", format_date(last)),
            )
        if not data.all_delegates and not data.attendee_ids:
            self.marker.mark(self.ui.attendees, self.tr("Cochez au moins un participant."))
        if self.marker.has_problems():
            return
        self.result_data = data
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: SlotChoices,
        mission_days: tuple[date, date] | None,
        data: SlotInput,
        editing: bool = False,
        missing_speakers: tuple[str, ...] = (),
        mission_zone: str = DEFAULT_TIME_ZONE,
    ) -> SlotInput | None:
        dialog = cls(choices, mission_days, data, editing, parent, missing_speakers, mission_zone)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

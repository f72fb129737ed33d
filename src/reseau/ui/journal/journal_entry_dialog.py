"""Log or edit a journal entry: a pure view, EntryInput in, EntryRequest out.

Bad input is caught here before anything is saved: an entry naming nobody is marked on the
persons list, and a follow-up date in the past is explained and must be confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from reseau.core.enums import InteractionKind
from reseau.services.journal.entries import EntryInput, JournalChoices, entry_problems
from reseau.ui.forms.ui_journal_entry_dialog import Ui_JournalEntryDialog
from reseau.ui.i18n import label, say
from reseau.ui.widgets import check_list
from reseau.ui.widgets.date_field import date_problems
from reseau.ui.widgets.validation import FieldMarker


@dataclass(frozen=True)
class EntryRequest:
    data: EntryInput
    accept_past_follow_up: bool


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class JournalEntryDialog(QDialog):
    def __init__(
        self,
        choices: JournalChoices,
        data: EntryInput,
        today: date,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalEntryDialog()
        self.ui.setupUi(self)
        self.today = today
        self._original_follow_up = data.follow_up_on if editing else None
        self.setWindowTitle(
            self.tr("Modifier l'entrée du journal") if editing else self.tr("Consigner un échange")
        )
        ui = self.ui
        for kind in InteractionKind:
            ui.kind.addItem(label(kind), kind.value)
        ui.exchange.addItem(self.tr("(aucun)"), None)
        for exchange in choices.exchanges:
            ui.exchange.addItem(exchange.name, exchange.id)
        check_list.fill(ui.persons, choices.persons, data.person_ids)
        check_list.fill(ui.organizations, choices.organizations, data.organization_ids)
        check_list.fill(ui.themes, choices.themes, data.theme_ids)
        if choices.search_persons is not None:  # a big network: persons come from the database
            check_list.connect_search(ui.persons_filter, ui.persons, choices.search_persons)
            choices.search_persons("", lambda found: check_list.add_unchecked(ui.persons, found))
        else:
            check_list.connect_filter(ui.persons_filter, ui.persons)
        for edit, widget in (
            (ui.organizations_filter, ui.organizations),
            (ui.themes_filter, ui.themes),
        ):
            check_list.connect_filter(edit, widget)
        ui.occurred_on.setDate(to_qdate(data.occurred_on))
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(data.kind.value)))
        ui.exchange.setCurrentIndex(max(0, ui.exchange.findData(data.exchange_id)))
        ui.has_follow_up.setChecked(data.follow_up_on is not None)
        ui.follow_up_on.setEnabled(data.follow_up_on is not None)
        ui.follow_up_on.setDate(to_qdate(data.follow_up_on or today))
        ui.summary.setPlainText(data.summary)
        self.marker = FieldMarker(ui.error_label)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.has_follow_up.toggled.connect(self._on_has_follow_up_toggled)
        self.result_request: EntryRequest | None = None

    def _on_has_follow_up_toggled(self, checked: bool) -> None:
        self.ui.follow_up_on.setEnabled(checked)

    def data(self) -> EntryInput:
        ui = self.ui
        return EntryInput(
            occurred_on=from_qdate(ui.occurred_on.date()),
            kind=InteractionKind(ui.kind.currentData()),
            summary=ui.summary.toPlainText().strip(),
            person_ids=check_list.checked_ids(ui.persons),
            organization_ids=check_list.checked_ids(ui.organizations),
            theme_ids=check_list.checked_ids(ui.themes),
            exchange_id=ui.exchange.currentData(),
            follow_up_on=from_qdate(ui.follow_up_on.date()) if ui.has_follow_up.isChecked() else None,
        )

    def _on_button_box_accepted(self) -> None:
        self.marker.clear()
        for field, why in date_problems(self.ui.occurred_on, self.ui.follow_up_on):
            self.marker.mark(field, why)
        if self.marker.has_problems():
            return
        data = self.data()
        # The past follow-up date is asked about below, not marked as an error.
        for problem in entry_problems(data, self.today, accept_past_follow_up=True):
            self.marker.mark(self.ui.persons, say(problem.message))
        if self.marker.has_problems():
            return
        accept_past = False
        past = data.follow_up_on is not None and data.follow_up_on < self.today
        if past and data.follow_up_on != self._original_follow_up:
            answer = QMessageBox.question(
                self,
                self.tr("Date de relance passée"),
                self.tr(
                    "La date de relance (%s) est déjà passée.\n\n"
                    "Si vous enregistrez, la relance apparaîtra aussitôt « En retard » "
                    "dans la liste À relancer. Enregistrer quand même ?"
                )
                % (data.follow_up_on.isoformat() if data.follow_up_on else ""),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.ui.follow_up_on.setFocus()
                return
            accept_past = True
        self.result_request = EntryRequest(data, accept_past)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: JournalChoices,
        data: EntryInput,
        today: date,
        editing: bool = False,
    ) -> EntryRequest | None:
        dialog = cls(choices, data, today, editing, parent)
        return dialog.result_request if dialog.exec() == QDialog.DialogCode.Accepted else None

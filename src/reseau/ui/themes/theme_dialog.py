"""Create or edit a theme: a pure view, ThemeInput in and out.

The title of a built-in theme (T01–T16, P1–P8) is the report's wording and stays read-only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reseau.core.enums import ThemeStatus
from reseau.services.journal.entries import JournalChoices
from reseau.services.themes.records import ThemeInput
from reseau.ui.forms.ui_theme_dialog import Ui_ThemeDialog
from reseau.ui.i18n import label
from reseau.ui.widgets import check_list
from reseau.ui.widgets.validation import FieldMarker


class ThemeDialog(QDialog):
    def __init__(
        self,
        choices: JournalChoices,
        data: ThemeInput | None = None,
        code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ThemeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        if data is None:
            self.setWindowTitle(self.tr("Nouveau thème"))
        else:
            self.setWindowTitle(self.tr("Thème %s") % code if code else self.tr("Modifier le thème"))
        for status in ThemeStatus:
            ui.status.addItem(label(status), status.value)
        ui.owner.addItem(self.tr("(personne)"), None)
        for person in choices.persons:
            ui.owner.addItem(check_list.item_text(person), person.id)
        data = data or ThemeInput(title="")
        ui.title.setText(data.title)
        ui.title.setReadOnly(bool(code))
        if code:
            ui.title.setToolTip(self.tr("Le titre d'un thème du rapport de 2005 ne se modifie pas."))
        ui.status.setCurrentIndex(max(0, ui.status.findData(data.status.value)))
        ui.owner.setCurrentIndex(max(0, ui.owner.findData(data.owner_id)))
        ui.description.setPlainText(data.description)
        ui.notes.setPlainText(data.notes)
        check_list.fill(ui.persons, choices.persons, data.person_ids)
        check_list.fill(ui.organizations, choices.organizations, data.organization_ids)
        check_list.fill(ui.exchanges, choices.exchanges, data.exchange_ids)
        if choices.search_persons is not None:  # a big network: persons come from the database
            check_list.connect_search(ui.persons_filter, ui.persons, choices.search_persons)
            choices.search_persons("", lambda found: check_list.add_unchecked(ui.persons, found))
        else:
            check_list.connect_filter(ui.persons_filter, ui.persons)
        for edit, widget in (
            (ui.organizations_filter, ui.organizations),
            (ui.exchanges_filter, ui.exchanges),
        ):
            check_list.connect_filter(edit, widget)
        self.marker = FieldMarker(ui.error_label)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        self.result_data: ThemeInput | None = None

    def data(self) -> ThemeInput:
        ui = self.ui
        return ThemeInput(
            title=ui.title.text().strip(),
            description=ui.description.toPlainText(),
            status=ThemeStatus(ui.status.currentData()),
            owner_id=ui.owner.currentData(),
            notes=ui.notes.toPlainText(),
            person_ids=check_list.checked_ids(ui.persons),
            organization_ids=check_list.checked_ids(ui.organizations),
            exchange_ids=check_list.checked_ids(ui.exchanges),
        )

    def _on_button_box_accepted(self) -> None:
        self.marker.clear()
        if not self.ui.title.text().strip():
            self.marker.mark(self.ui.title, self.tr("Le titre du thème est obligatoire."))
            return
        self.result_data = self.data()
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, choices: JournalChoices, data: ThemeInput | None = None, code: str = ""
    ) -> ThemeInput | None:
        dialog = cls(choices, data, code, parent)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

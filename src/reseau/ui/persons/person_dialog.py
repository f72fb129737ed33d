"""Create or edit a person: a pure view, PersonInput in and out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from reseau.core.enums import ContactKind, Country
from reseau.services.organizations.records import OrganizationChoice
from reseau.services.persons.records import PersonInput
from reseau.ui.forms.ui_person_dialog import Ui_PersonDialog
from reseau.ui.widgets.contact_fields import ContactListEditor, check_fields, fill_country_combo
from reseau.ui.widgets.search_combo import fill_searchable, select_data
from reseau.ui.widgets.validation import FieldMarker


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class PersonDialog(QDialog):
    def __init__(
        self,
        organizations: Sequence[OrganizationChoice],
        data: PersonInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Modifier la personne") if data else self.tr("Nouvelle personne"))
        fill_country_combo(self.ui.country)
        fill_searchable(
            self.ui.organization,
            [(self.tr("(aucune)"), None), *((choice.label, choice.id) for choice in organizations)],
            self.tr("Tapez un nom ou un sigle…"),
        )
        self._org_country = {c.id: c.country for c in organizations}
        self.contacts = ContactListEditor()
        area = QVBoxLayout(self.ui.contacts_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.contacts)
        self.contacts.set_tab_neighbours(self.ui.department, self.ui.sectors)
        self.marker = FieldMarker(self.ui.error_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.organization.currentIndexChanged.connect(self._on_organization_currentIndexChanged)
        self._country_touched = data is not None
        self.ui.country.activated.connect(self._on_country_activated)
        if data is not None:
            self._fill(data)
        else:  # a new person: a work e-mail and a work phone to type into
            self.contacts.set_contacts((), blank=(ContactKind.EMAIL, ContactKind.PHONE))
        self.result_data: PersonInput | None = None

    def _fill(self, data: PersonInput) -> None:
        ui = self.ui
        ui.first_name.setText(data.first_name)
        ui.last_name.setText(data.last_name)
        ui.title.setText(data.title)
        ui.department.setText(data.department)
        select_data(ui.organization, data.organization_id)
        ui.country.setCurrentIndex(max(0, ui.country.findData(data.country)))
        ui.sectors.setText(", ".join(data.sectors))
        ui.roles.setText(", ".join(data.roles))
        ui.languages.setText(", ".join(data.languages))
        ui.tags.setText(", ".join(data.tags))
        ui.follow_up_days.setValue(data.follow_up_days or 0)
        ui.source.setText(data.source)
        ui.consent_basis.setText(data.consent_basis)
        ui.do_not_contact.setChecked(data.do_not_contact)
        ui.notes.setPlainText(data.notes)
        self.contacts.set_contacts(data.contacts, blank=(ContactKind.EMAIL, ContactKind.PHONE))

    def _on_organization_currentIndexChanged(self, _index: int) -> None:
        # A new person usually shares the country of her organization.
        org_id = self.ui.organization.currentData()
        if not self._country_touched and org_id in self._org_country:
            country = self._org_country[org_id]
            self.ui.country.setCurrentIndex(self.ui.country.findData(country))

    def _on_country_activated(self, _index: int) -> None:
        self._country_touched = True

    def data(self) -> PersonInput:
        ui = self.ui
        return PersonInput(
            last_name=ui.last_name.text().strip(),
            first_name=ui.first_name.text().strip(),
            title=ui.title.text().strip(),
            organization_id=ui.organization.currentData(),
            department=ui.department.text().strip(),
            country=Country(ui.country.currentData()),
            sectors=_split(ui.sectors.text()),
            roles=_split(ui.roles.text()),
            languages=_split(ui.languages.text()),
            notes=ui.notes.toPlainText(),
            source=ui.source.text().strip(),
            consent_basis=ui.consent_basis.text().strip(),
            do_not_contact=ui.do_not_contact.isChecked(),
            follow_up_days=ui.follow_up_days.value() or None,
            contacts=self.contacts.contacts(),
            tags=_split(ui.tags.text()),
        )

    def _on_button_box_accepted(self) -> None:
        country = Country(self.ui.country.currentData())
        required = self.tr("Le nom de famille est obligatoire.")
        if check_fields(self.marker, self.ui.last_name, required, self.contacts, country):
            self.result_data = self.data()
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        organizations: Sequence[OrganizationChoice],
        data: PersonInput | None = None,
    ) -> PersonInput | None:
        dialog = cls(organizations, data, parent)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

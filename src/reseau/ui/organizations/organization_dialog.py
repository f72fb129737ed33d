"""Create or edit an organization: a pure view, OrganizationInput in and out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from reseau.core.enums import ContactKind, Country, OrgLevel
from reseau.services.organizations.records import OrganizationChoice, OrganizationInput
from reseau.ui.forms.ui_organization_dialog import Ui_OrganizationDialog
from reseau.ui.i18n import label
from reseau.ui.widgets.contact_fields import ContactListEditor, check_fields, fill_country_combo
from reseau.ui.widgets.search_combo import fill_searchable, select_data
from reseau.ui.widgets.validation import FieldMarker

# The rows a new organization starts with: its main e-mail, phone and address.
_BLANK = (ContactKind.EMAIL, ContactKind.PHONE, ContactKind.ADDRESS)


class OrganizationDialog(QDialog):
    def __init__(
        self,
        parents: Sequence[OrganizationChoice],
        data: OrganizationInput | None = None,
        own_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganizationDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Modifier l'organisation") if data else self.tr("Nouvelle organisation"))
        fill_country_combo(self.ui.country)
        self.ui.level.addItem(self.tr("(non précisé)"), None)
        for level in OrgLevel:
            self.ui.level.addItem(label(level), level)
        fill_searchable(
            self.ui.parent,
            [(self.tr("(aucune)"), None), *((c.label, c.id) for c in parents if c.id != own_id)],
            self.tr("Tapez un nom ou un sigle…"),
        )
        self.contacts = ContactListEditor()
        area = QVBoxLayout(self.ui.contacts_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.contacts)
        self.contacts.set_tab_neighbours(self.ui.website, self.ui.notes)
        self.marker = FieldMarker(self.ui.error_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        if data is not None:
            self._fill(data)
        else:
            self.contacts.set_contacts((), blank=_BLANK)
        self.result_data: OrganizationInput | None = None

    def _fill(self, data: OrganizationInput) -> None:
        ui = self.ui
        ui.name.setText(data.name)
        ui.acronym.setText(data.acronym)
        ui.country.setCurrentIndex(max(0, ui.country.findData(data.country)))
        ui.level.setCurrentIndex(max(0, ui.level.findData(data.level)))
        ui.sector.setText(data.sector)
        select_data(ui.parent, data.parent_id)
        ui.region.setText(data.region)
        ui.department.setText(data.department)
        ui.city.setText(data.city)
        ui.website.setText(data.website)
        ui.notes.setPlainText(data.notes)
        self.contacts.set_contacts(data.contacts, blank=_BLANK)

    def data(self) -> OrganizationInput:
        ui = self.ui
        level = ui.level.currentData()
        return OrganizationInput(
            name=ui.name.text().strip(),
            acronym=ui.acronym.text().strip(),
            country=Country(ui.country.currentData()),
            level=OrgLevel(level) if level else None,
            sector=ui.sector.text().strip(),
            region=ui.region.text().strip(),
            department=ui.department.text().strip(),
            city=ui.city.text().strip(),
            parent_id=ui.parent.currentData(),
            website=ui.website.text().strip(),
            notes=ui.notes.toPlainText(),
            contacts=self.contacts.contacts(),
        )

    def _on_button_box_accepted(self) -> None:
        country = Country(self.ui.country.currentData())
        required = self.tr("Le nom de l'organisation est obligatoire.")
        if check_fields(self.marker, self.ui.name, required, self.contacts, country):
            self.result_data = self.data()
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        parents: Sequence[OrganizationChoice],
        data: OrganizationInput | None = None,
        own_id: int | None = None,
    ) -> OrganizationInput | None:
        dialog = cls(parents, data, own_id, parent)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import ContactKind, Country
from reseau.services.organizations.records import OrganizationChoice
from reseau.services.persons.records import PersonInput
from reseau.ui.organizations.organization_dialog import OrganizationDialog
from reseau.ui.persons.person_dialog import PersonDialog
from tests.ui.typing import type_text

CHOICES = [
    OrganizationChoice(1, "Caisse nationale des allocations familiales (CNAF)", Country.FRANCE),
    OrganizationChoice(2, "Institut national de santé publique du Québec (INSPQ)", Country.QUEBEC),
]


def _save(qtbot: QtBot, dialog: PersonDialog | OrganizationDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_typed_accented_person_is_returned(qtbot: QtBot) -> None:
    dialog = PersonDialog(CHOICES)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.first_name, "Réal")
    type_text(dialog.ui.last_name, "Boisvert-Éthier")
    type_text(dialog.ui.title, "agent de planification")
    dialog.ui.organization.setCurrentIndex(1)  # CNAF: the country follows the organization
    type_text(dialog.contacts.first_row(ContactKind.EMAIL).value, "real.boisvert@exemple.fr")
    type_text(dialog.contacts.first_row(ContactKind.PHONE).value, "05 56 00 11 22")
    _save(qtbot, dialog)
    result = dialog.result_data
    assert result is not None
    assert (result.first_name, result.last_name) == ("Réal", "Boisvert-Éthier")
    assert result.organization_id == 1
    assert result.country == Country.FRANCE
    kinds = [(c.kind, c.value) for c in result.contacts]
    assert (ContactKind.EMAIL, "real.boisvert@exemple.fr") in kinds
    assert (ContactKind.PHONE, "05 56 00 11 22") in kinds


def test_invalid_email_keeps_the_dialog_open_and_says_which_field(qtbot: QtBot) -> None:
    dialog = PersonDialog(CHOICES)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.last_name, "Massé")
    type_text(dialog.contacts.first_row(ContactKind.EMAIL).value, "richard@")
    type_text(dialog.contacts.first_row(ContactKind.PHONE).value, "12")
    _save(qtbot, dialog)
    assert dialog.result_data is None
    message = dialog.ui.error_label.text()
    assert "Courriel invalide" in message and "Téléphone invalide" in message
    assert "richard@" in dialog.contacts.first_row(ContactKind.EMAIL).value.toolTip()


def test_missing_last_name_is_refused(qtbot: QtBot) -> None:
    dialog = PersonDialog(CHOICES)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.first_name, "Céline")
    _save(qtbot, dialog)
    assert dialog.result_data is None
    assert "obligatoire" in dialog.ui.error_label.text()


def test_editing_fills_every_field(qtbot: QtBot) -> None:
    data = PersonInput(
        last_name="Morel",
        first_name="Michel",
        title="coordination de la mission",
        organization_id=2,
        country=Country.QUEBEC,
        tags=("mission 2005",),
        follow_up_days=90,
    )
    dialog = PersonDialog(CHOICES, data)
    qtbot.addWidget(dialog)
    assert dialog.ui.last_name.text() == "Morel"
    assert dialog.ui.organization.currentData() == 2
    assert dialog.ui.follow_up_days.value() == 90
    _save(qtbot, dialog)
    assert dialog.result_data == data


def test_organization_dialog_excludes_itself_from_parents(qtbot: QtBot) -> None:
    dialog = OrganizationDialog(CHOICES, None, own_id=1)
    qtbot.addWidget(dialog)
    parents = [dialog.ui.parent.itemData(i) for i in range(dialog.ui.parent.count())]
    assert parents == [None, 2]
    type_text(dialog.ui.name, "Caisse d'allocations familiales de la Gironde")
    dialog.ui.parent.setCurrentIndex(1)
    _save(qtbot, dialog)
    assert dialog.result_data is not None
    assert dialog.result_data.parent_id == 2

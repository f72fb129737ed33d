"""Issue 14.4 in the window: the person dialog edits types, extensions, address parts and the
department; the detail pane shows them with their type in the UI's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from pytestqt.qtbot import QtBot

from reseau.core.addresses import PostalAddress
from reseau.core.enums import ContactKind, ContactUsage, Country
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.services.shared.contact_points import ContactInput
from reseau.ui.context import AppContext
from reseau.ui.organizations.organization_dialog import OrganizationDialog
from reseau.ui.persons.person_dialog import PersonDialog
from reseau.ui.persons.view import PersonsView
from reseau.ui.widgets.contact_fields import ContactRow
from tests.ui.typing import type_text

Wait = Callable[[AppContext], None]


def _choose(row: ContactRow, usage: ContactUsage) -> None:
    row.usage.setCurrentIndex(row.usage.findData(usage))


def _save(qtbot: QtBot, dialog: PersonDialog | OrganizationDialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _add(qtbot: QtBot, dialog: PersonDialog | OrganizationDialog, kind: ContactKind) -> ContactRow:
    qtbot.mouseClick(dialog.contacts.add_buttons[kind], Qt.MouseButton.LeftButton)
    return [r for r in dialog.contacts.rows if r.kind == kind][-1]


def test_every_contact_point_gets_a_row_and_comes_back_unchanged(qtbot: QtBot) -> None:
    contacts = (
        *(ContactInput(ContactKind.EMAIL, f"a{i}@exemple.org", usage=ContactUsage.HOME) for i in range(3)),
        ContactInput(ContactKind.PHONE, "+15145550100", "Assistante", ContactUsage.WORK, "2231"),
        ContactInput(ContactKind.WEB, "https://exemple.org"),
        ContactInput(
            ContactKind.ADDRESS,
            "",
            usage=ContactUsage.WORK,
            address=PostalAddress("1 rue X\nbureau 2", "Laval", "Québec", "H7V 3Z4", "Canada"),
        ),
    )
    data = persons.PersonInput(last_name="Roy", department="Culture", contacts=contacts)
    dialog = PersonDialog([], data)
    qtbot.addWidget(dialog)
    assert len(dialog.contacts.rows) == 6  # three e-mails: none dropped
    assert dialog.ui.department.text() == "Culture"
    _save(qtbot, dialog)
    result = dialog.result_data
    assert result is not None
    assert result.department == "Culture"
    back = {(c.kind, c.value): c for c in result.contacts}
    phone = back[ContactKind.PHONE, "+15145550100"]
    assert (phone.usage, phone.extension, phone.label) == (ContactUsage.WORK, "2231", "Assistante")
    (address,) = [c for c in result.contacts if c.kind == ContactKind.ADDRESS]
    assert address.address == PostalAddress("1 rue X\nbureau 2", "Laval", "Québec", "H7V 3Z4", "Canada")
    assert (ContactKind.WEB, "https://exemple.org") in back


def test_a_row_can_be_removed(qtbot: QtBot) -> None:
    data = persons.PersonInput(last_name="Roy", contacts=(ContactInput(ContactKind.EMAIL, "a@exemple.org"),))
    dialog = PersonDialog([], data)
    qtbot.addWidget(dialog)
    email = dialog.contacts.first_row(ContactKind.EMAIL)
    (remove,) = email.findChildren(QToolButton)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)
    assert dialog.result_data is not None
    assert all(c.kind != ContactKind.EMAIL for c in dialog.result_data.contacts)


def test_edit_a_person_in_the_window_and_see_the_types(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
) -> None:
    with database.begin() as s:
        person_id = persons.add_person(
            s, persons.PersonInput(last_name="Bélanger", country=Country.QUEBEC)
        ).value

    def fake_exec(dialog: PersonDialog) -> int:
        type_text(dialog.ui.department, "Service des loisirs")
        phone = dialog.contacts.first_row(ContactKind.PHONE)
        type_text(phone.value, "418 555-0100")
        type_text(phone.extension, "2231")
        _choose(phone, ContactUsage.WORK)
        cell = _add(qtbot, dialog, ContactKind.PHONE)
        type_text(cell.value, "418 555-0199")
        _choose(cell, ContactUsage.CELL)
        email = dialog.contacts.first_row(ContactKind.EMAIL)
        type_text(email.value, "m.belanger@exemple.qc.ca")
        _choose(email, ContactUsage.HOME)
        address = _add(qtbot, dialog, ContactKind.ADDRESS)
        type_text(address.street, "2 rue Saint-Jean")
        type_text(address.city, "Québec")
        type_text(address.postal_code, "G1R 1N8")
        type_text(address.region, "Québec")
        _choose(address, ContactUsage.WORK)
        _save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fake_exec)
    view = PersonsView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    view.edit_id(person_id)
    wait_ops(context)
    with database.begin() as s:
        detail = persons.get_person(s, person_id)
    assert detail.data.department == "Service des loisirs"
    found = {(c.kind, c.value, c.usage, c.extension) for c in detail.contacts}
    assert (ContactKind.PHONE, "+14185550100", ContactUsage.WORK, "2231") in found
    assert (ContactKind.PHONE, "+14185550199", ContactUsage.CELL, "") in found
    assert (ContactKind.EMAIL, "m.belanger@exemple.qc.ca", ContactUsage.HOME, "") in found
    (address,) = [c for c in detail.contacts if c.kind == ContactKind.ADDRESS]
    assert address.address == PostalAddress("2 rue Saint-Jean", "Québec", "Québec", "G1R 1N8")
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: "poste 2231" in view.detail.toPlainText())
    shown = view.detail.toPlainText()
    assert "téléphone (travail)" in shown and "téléphone (cellulaire)" in shown
    assert "courriel (domicile)" in shown and "Service des loisirs" in shown
    assert "2 rue Saint-Jean\nQuébec (Québec) G1R 1N8" in shown  # the address's lines


def test_the_organization_dialog_types_its_phone(qtbot: QtBot) -> None:
    dialog = OrganizationDialog([])
    qtbot.addWidget(dialog)
    type_text(dialog.ui.name, "CISSS de Laval")
    dialog.ui.country.setCurrentIndex(dialog.ui.country.findData(Country.QUEBEC))
    phone = dialog.contacts.first_row(ContactKind.PHONE)
    type_text(phone.value, "450 555-0100")
    type_text(phone.extension, "12")
    _choose(phone, ContactUsage.FAX)
    _save(qtbot, dialog)
    assert dialog.result_data is not None, dialog.ui.error_label.text()
    (contact,) = dialog.result_data.contacts
    assert (contact.usage, contact.extension) == (ContactUsage.FAX, "12")

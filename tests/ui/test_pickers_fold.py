"""Every picker finds a name as the rest of Réseau searches: any part, accents and case
ignored (the tutor, the parent organization, a slot's host)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import Activity, Country, ExchangeKind
from reseau.db.session import Database
from reseau.services.agenda.editing import SlotInput
from reseau.services.agenda.reading import Choice, SlotChoices
from reseau.services.exchanges import records as ex
from reseau.services.organizations.records import OrganizationChoice
from reseau.services.persons.records import PersonInput, add_person
from reseau.ui.agenda.slot_dialog import SlotDialog
from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
from reseau.ui.organizations.organization_dialog import OrganizationDialog


def _type(qtbot: QtBot, combo: QComboBox, text: str) -> list[str]:
    """Type ``text`` and return what the completer offers; then leave the field."""
    editor = combo.lineEdit()
    assert editor is not None
    editor.clear()
    qtbot.keyClicks(editor, text)
    completer = combo.completer()
    offered = []
    for row in range(completer.completionCount()):
        completer.setCurrentRow(row)
        offered.append(completer.currentCompletion())
    editor.editingFinished.emit()
    return offered


def test_the_tutor_picker_folds_accents_and_case(qtbot: QtBot, database: Database) -> None:
    with database.begin() as s:
        lefebvre = add_person(s, PersonInput(last_name="Lefèbvre", first_name="Marie")).value
        cote = add_person(s, PersonInput(last_name="Côté", first_name="Hélène")).value
        add_person(s, PersonInput(last_name="Tremblay", first_name="Élise"))
        choices = ex.exchange_choices(s)
    dialog = ExchangeDialog(choices, kind=ExchangeKind.STAGE)
    qtbot.addWidget(dialog)
    tutor = dialog.ui.stage_tutor
    assert _type(qtbot, tutor, "Lef") == [tutor.itemText(tutor.findData(lefebvre))]
    assert _type(qtbot, tutor, "lefe") == [tutor.itemText(tutor.findData(lefebvre))]
    assert tutor.currentData() == lefebvre  # the one name the text folds to is chosen
    assert _type(qtbot, tutor, "cote") == [tutor.itemText(tutor.findData(cote))]
    assert tutor.currentData() == cote and "Côté" in tutor.currentText()  # the real name is shown
    assert _type(qtbot, tutor, "helene") and tutor.currentData() == cote


def test_the_parent_organization_list_is_searchable(qtbot: QtBot) -> None:
    parents = [
        OrganizationChoice(1, "Mairie de Lille", Country.FRANCE),
        OrganizationChoice(2, "Régie régionale de la santé", Country.QUEBEC),
    ]
    dialog = OrganizationDialog(parents)
    qtbot.addWidget(dialog)
    parent = dialog.ui.parent
    assert parent.isEditable()
    assert _type(qtbot, parent, "regie") == ["Régie régionale de la santé"]
    assert parent.currentData() == 2
    _type(qtbot, parent, "zzz")  # names nothing: the choice stays, and so does its name
    assert parent.currentData() == 2 and parent.currentText() == "Régie régionale de la santé"


def test_a_slots_host_picker_is_searchable(qtbot: QtBot) -> None:
    day = date(2027, 5, 10)
    choices = SlotChoices(
        (Choice(7, "Caisse d'allocations familiales (CAF)"), Choice(8, "Mairie de Lille")), (), (), ()
    )
    dialog = SlotDialog(
        choices, (day, day), SlotInput(day, time(9), time(10), Activity.PRESENTATION), editing=False
    )
    qtbot.addWidget(dialog)
    assert _type(qtbot, dialog.ui.host, "caf") == ["Caisse d'allocations familiales (CAF)"]
    assert dialog.ui.host.currentData() == 7
    assert Qt.MatchFlag.MatchContains == dialog.ui.host.completer().filterMode()


def test_a_persons_organization_picker_is_searchable_and_shows_whole_names(qtbot: QtBot) -> None:
    from reseau.ui.persons.person_dialog import PersonDialog

    long_names = [
        "Caisse d'allocations familiales de la Gironde, direction de l'action sociale (Bordeaux)",
        "Caisse d'allocations familiales d'Ille-et-Vilaine, direction de l'action sociale (Rennes)",
    ]
    dialog = PersonDialog([OrganizationChoice(i + 1, n, Country.FRANCE) for i, n in enumerate(long_names)])
    qtbot.addWidget(dialog)
    combo = dialog.ui.organization
    assert _type(qtbot, combo, "vilaine") == [long_names[1]]
    assert combo.currentData() == 2
    assert combo.toolTip() == long_names[1]  # the whole name, however narrow the field
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == long_names[0]
    assert combo.view().minimumWidth() >= combo.view().sizeHintForColumn(0)  # the list opens wide
    assert dialog.ui.country.currentData() == Country.FRANCE  # the organization's country followed

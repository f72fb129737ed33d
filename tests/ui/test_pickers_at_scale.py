"""Pickers of 2,000 organizations (issue 19.6): built without a Qt item per name, and still
searched accent-folded, showing whole names, checked first and checkable from the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import Country, InteractionKind
from reseau.services.journal.entries import EntryInput, JournalChoices, Named
from reseau.services.organizations.records import OrganizationChoice
from reseau.ui.journal.journal_entry_dialog import JournalEntryDialog
from reseau.ui.persons.person_dialog import PersonDialog
from reseau.ui.widgets import check_list
from reseau.ui.widgets.search_combo import ChoiceListModel
from tests.ui.test_lazy_tables import type_text

MANY = 2000
LONGEST = "Centre intégré universitaire de santé et de services sociaux de l'Estrie – CHUS (Sherbrooke)"


def _names() -> list[str]:
    names = [f"Organisme communautaire n° {n:04d}" for n in range(MANY - 3)]
    return [*names, "Côté Jeunesse de Lévis", "WWW MMM", LONGEST]


def _offered(qtbot: QtBot, combo: QComboBox, text: str) -> list[str]:
    editor = combo.lineEdit()
    assert editor is not None
    editor.clear()
    type_text(editor, text)
    completer = combo.completer()
    offered = []
    for row in range(completer.completionCount()):
        completer.setCurrentRow(row)
        offered.append(completer.currentCompletion())
    editor.editingFinished.emit()
    return offered


def test_an_organization_picker_of_2000_names_searches_folded_and_shows_whole_names(qtbot: QtBot) -> None:
    names = _names()
    choices = [OrganizationChoice(i + 1, n, Country.QUEBEC) for i, n in enumerate(names)]
    dialog = PersonDialog(choices)
    qtbot.addWidget(dialog)
    combo = dialog.ui.organization
    model = combo.model()
    assert isinstance(model, ChoiceListModel) and model.rowCount() == MANY + 1  # « (aucune) » first
    assert combo.itemData(0) is None and combo.itemText(MANY) == LONGEST
    assert _offered(qtbot, combo, "cote jeu") == ["Côté Jeunesse de Lévis"]
    assert combo.currentData() == MANY - 2 and combo.toolTip() == "Côté Jeunesse de Lévis"
    assert _offered(qtbot, combo, "LEVIS") == ["Côté Jeunesse de Lévis"]
    assert combo.itemData(MANY, Qt.ItemDataRole.ToolTipRole) == LONGEST
    view = combo.view()
    # The list opens as wide as its widest name, measured the way Qt would over every row.
    assert view.minimumWidth() >= view.sizeHintForColumn(0)


def test_an_edited_persons_organization_is_chosen_among_2000(qtbot: QtBot) -> None:
    from reseau.services.persons.records import PersonInput

    names = _names()
    choices = [OrganizationChoice(i + 1, n, Country.FRANCE) for i, n in enumerate(names)]
    dialog = PersonDialog(choices, PersonInput(last_name="Massé", organization_id=MANY))
    qtbot.addWidget(dialog)
    assert dialog.ui.organization.currentText() == LONGEST
    assert dialog.data().organization_id == MANY


def _entry_dialog(qtbot: QtBot, checked: tuple[int, ...]) -> JournalEntryDialog:
    sides = (Country.FRANCE, Country.QUEBEC)
    organizations = tuple(Named(i + 1, n, sides[i % 2]) for i, n in enumerate(_names()))
    choices = JournalChoices((), organizations, (), ())
    day = date(2027, 5, 10)
    data = EntryInput(day, InteractionKind.MEETING, organization_ids=checked)
    dialog = JournalEntryDialog(choices, data, today=day)
    qtbot.addWidget(dialog)
    return dialog


def test_a_check_list_of_2000_organizations_lists_the_checked_first_and_filters_folded(qtbot: QtBot) -> None:
    dialog = _entry_dialog(qtbot, checked=(MANY,))
    listed = dialog.ui.organizations
    texts = check_list.texts(listed)
    assert len(texts) == MANY and texts[0] == f"QC  {LONGEST}"  # checked: first
    assert texts[1] == "FR  Organisme communautaire n° 0000" and texts[2].startswith("QC  ")
    assert check_list.checked_ids(listed) == (MANY,)
    model = listed.model()
    first = model.index(0, 0)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == LONGEST  # the whole name, however narrow
    colour = first.data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == check_list.COUNTRY_COLORS[Country.QUEBEC]
    dialog.show()
    type_text(dialog.ui.organizations_filter, "cote levis")
    shown = [row for row in range(model.rowCount()) if not listed.isRowHidden(row)]
    assert [model.index(row, 0).data() for row in shown] == [f"QC  {LONGEST}", "QC  Côté Jeunesse de Lévis"]
    dialog.ui.organizations_filter.clear()
    assert not any(listed.isRowHidden(row) for row in range(model.rowCount()))


def test_a_row_of_the_check_list_is_checked_from_the_keyboard(qtbot: QtBot) -> None:
    dialog = _entry_dialog(qtbot, checked=())
    dialog.show()
    listed = dialog.ui.organizations
    listed.setFocus()
    listed.setCurrentIndex(listed.model().index(3, 0))
    QTest.keyClick(listed, Qt.Key.Key_Space)
    assert check_list.checked_ids(listed) == (4,)
    QTest.keyClick(listed, Qt.Key.Key_Space)
    assert check_list.checked_ids(listed) == ()
    check_list.set_checked(listed, MANY)
    assert dialog.data().organization_ids == (MANY,)


def test_a_long_name_in_a_check_list_ends_with_an_ellipsis_not_a_sideways_scroll(qtbot: QtBot) -> None:
    """The themes' list of a journal entry had a horizontal scroll bar (its rows laid out as wide
    as the widest name) while the persons' list cut its names: every check list cuts them."""
    dialog = _entry_dialog(qtbot, checked=())
    dialog.resize(760, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    for listed in (dialog.ui.persons, dialog.ui.organizations, dialog.ui.themes):
        bar = listed.horizontalScrollBar()
        assert not bar.isVisible() and bar.maximum() == 0, listed.objectName()
    listed = dialog.ui.organizations
    last = listed.model().index(listed.model().rowCount() - 1, 0)
    listed.scrollTo(last)
    shown = listed.visualRect(last)
    assert shown.left() == 0  # the start of the longest name is where the others start
    assert listed.fontMetrics().horizontalAdvance(last.data()) > listed.viewport().width()
    assert last.data(Qt.ItemDataRole.ToolTipRole) == LONGEST

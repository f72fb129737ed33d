"""Person pickers at scale: the dialogs list the linked persons and search the others as the
user types, instead of loading every person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from reseau.core.enums import InteractionKind
from reseau.db.session import Database
from reseau.services.journal import entries as journal
from reseau.services.journal import pages as journal_pages
from reseau.services.journal.entries import EntryInput
from reseau.ui.context import AppContext
from reseau.ui.journal.actions import searchable
from reseau.ui.journal.journal_entry_dialog import JournalEntryDialog
from reseau.ui.widgets import check_list
from tests.ui.test_lazy_tables import type_text

Wait = Callable[[AppContext], None]


def test_choices_hold_only_the_linked_persons_above_the_limit(
    demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_database.begin() as s:
        everyone = journal.journal_choices(s)
        assert not everyone.searched and len(everyone.persons) > 5
        one = everyone.persons[3]
        monkeypatch.setattr(journal, "PICKER_LIMIT", 5)
        few = journal.journal_choices(s, (one.id,))
        found = journal_pages.person_candidates(s, "masse")
    assert few.searched and few.persons == (one,)
    assert few.organizations == everyone.organizations
    assert found and all("Mass" in n.name for n in found)


def test_entry_dialog_searches_persons_and_keeps_the_checked_ones(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "PICKER_LIMIT", 5)
    with demo_context.runner.database.begin() as s:
        linked = journal_pages.person_candidates(s, "", limit=1)[0]
        choices = searchable(demo_context, journal.journal_choices(s, (linked.id,)))
    assert choices.search_persons is not None
    data = EntryInput(occurred_on=date.today(), kind=InteractionKind.CALL, person_ids=(linked.id,))
    dialog = JournalEntryDialog(choices, data, date.today())
    qtbot.addWidget(dialog)
    wait_ops(demo_context)
    listed = dialog.ui.persons.model().rowCount()
    assert 1 < listed <= 51  # the linked one, then the first names (a page, not everyone)
    type_text(dialog.ui.persons_filter, "massé")
    wait_ops(demo_context)
    names = check_list.texts(dialog.ui.persons)
    assert names[0].endswith(linked.name)  # checked: kept first
    assert len(names) > 1 and all("Massé" in n for n in names[1:])
    assert check_list.checked_ids(dialog.ui.persons) == (linked.id,)
    massé = dialog.ui.persons.model().index(1, 0).data(check_list.ID_ROLE)
    check_list.set_checked(dialog.ui.persons, massé)
    assert dialog.data().person_ids == (linked.id, massé)


def test_slot_dialog_lists_the_missions_people_and_searches_speakers(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import time

    from reseau.core.enums import Activity
    from reseau.services.agenda import reading as agenda
    from reseau.services.agenda.editing import SlotInput
    from reseau.ui.agenda.slot_dialog import SlotDialog, checked_ids
    from reseau.ui.agenda.view import AgendaView

    view = AgendaView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    mission_id = view.mission_id()
    assert mission_id is not None
    with demo_context.runner.database.begin() as s:
        everyone = agenda.slot_choices(s, mission_id)
        monkeypatch.setattr(journal, "PICKER_LIMIT", 5)
        few = agenda.slot_choices(s, mission_id)
    assert not everyone.searched and few.searched
    assert {c.id for c in few.delegates} <= {c.id for c in few.persons} < {c.id for c in everyone.persons}
    choices = view._searchable(few)
    speaker = few.persons[0]
    data = SlotInput(date(2027, 5, 10), time(10), time(11), Activity.PRESENTATION, speaker_ids=(speaker.id,))
    dialog = SlotDialog(choices, None, data, editing=False)
    qtbot.addWidget(dialog)
    wait_ops(demo_context)
    type_text(dialog.ui.speakers_filter, "massé")
    wait_ops(demo_context)
    labels = [dialog.ui.speakers.item(i).text() for i in range(dialog.ui.speakers.count())]
    assert labels[0] == speaker.label  # checked: kept
    assert len(labels) > 1 and all("Massé" in text for text in labels[1:])
    assert checked_ids(dialog.ui.speakers) == (speaker.id,)

"""The three-choice conflict dialog in every edit dialog: exchanges, journal entries, themes,
agenda slots (persons and organizations: test_organization_conflict.py, test_privacy_ui.py).

Each test opens the edit dialog, lets a colleague save the same record while it is open (a
change of a *part*: a participant, a linked person, a speaker), then saves; the conflict dialog
gets both versions, and « Garder ma version » saves mine on the new version, « Prendre sa
version » reopens the dialog on theirs, « Annuler » leaves theirs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reseau.core.enums import Activity, ExchangeKind, InteractionKind, ParticipantRole
from reseau.db.session import Database
from reseau.services.agenda import editing as agenda_edit
from reseau.services.exchanges import records as exchanges
from reseau.services.exchanges.dtos import ExchangeInput, ObjectiveInput, ParticipantInput
from reseau.services.journal import entries as journal
from reseau.services.journal.entries import EntryInput
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput
from reseau.services.themes import records as themes
from reseau.services.themes.records import ThemeInput
from reseau.ui.agenda.slot_dialog import SlotDialog
from reseau.ui.agenda.view import AgendaView
from reseau.ui.context import AppContext
from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
from reseau.ui.exchanges.list_view import ExchangesListView
from reseau.ui.journal import actions as journal_actions
from reseau.ui.journal.journal_entry_dialog import EntryRequest, JournalEntryDialog
from reseau.ui.themes.theme_dialog import ThemeDialog
from reseau.ui.themes.view import ThemesListView
from reseau.ui.widgets.conflict_dialog import ConflictChoice, ConflictDialog, differences

Wait = Callable[[AppContext], None]
DAY = date(2027, 5, 10)


class Asked:
    """Stands for the conflict dialog: records what it was shown, answers ``choice``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice) -> None:
        self.calls: list[tuple[str, Any, Any, Any]] = []

        def ask(
            cls: type, parent: object, what: str, mine: Any = None, theirs: Any = None, names: Any = None
        ) -> ConflictChoice:
            self.calls.append((what, mine, theirs, names))
            return choice

        monkeypatch.setattr(ConflictDialog, "ask", classmethod(ask))


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    with database.begin() as s:
        return {
            "helene": persons.add_person(s, PersonInput(last_name="Massé", first_name="Hélène")).value,
            "anne": persons.add_person(s, PersonInput(last_name="Roy", first_name="Anne")).value,
        }


# --- exchanges ------------------------------------------------------------------------------------


@pytest.fixture
def mission(database: Database, people: dict[str, int]) -> int:
    with database.begin() as s:
        return exchanges.add_exchange(
            s,
            ExchangeInput(
                kind=ExchangeKind.MISSION,
                title="Mission Bretagne 2027",
                participants=(ParticipantInput(people["helene"], ParticipantRole.DELEGATE),),
            ),
        ).value


def _edit_exchange_while_a_colleague_adds_anne(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    mission: int,
    anne: int,
) -> list[ExchangeInput | None]:
    """Open the exchange, let a colleague add Anne as a participant, save an objective."""
    opened: list[ExchangeInput | None] = []

    def ask(
        cls: type, parent: object, choices: object, data: ExchangeInput | None = None, *rest: object
    ) -> Any:
        opened.append(data)
        if len(opened) > 1:
            return None  # the dialog reopened on their version: close it
        assert data is not None
        with database.begin() as s:  # the colleague saves first, while this dialog is open
            theirs = exchanges.get_exchange(s, mission)
            exchanges.update_exchange(
                s,
                mission,
                dataclasses.replace(
                    theirs.data,
                    participants=(
                        *theirs.data.participants,
                        ParticipantInput(anne, ParticipantRole.DELEGATE),
                    ),
                ),
                theirs.version,
            )
        return dataclasses.replace(data, objectives=(ObjectiveInput("Visiter trois centres sociaux"),))

    monkeypatch.setattr(ExchangeDialog, "ask", classmethod(ask))
    view = ExchangesListView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    view.edit_id(mission)
    wait_ops(context)
    return opened


def test_exchange_keep_mine_saves_on_their_version(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    mission: int,
    people: dict[str, int],
) -> None:
    asked = Asked(monkeypatch, ConflictChoice.KEEP_MINE)
    with database.begin() as s:
        first = exchanges.get_exchange(s, mission).version
    _edit_exchange_while_a_colleague_adds_anne(
        qtbot, monkeypatch, context, database, wait_ops, mission, people["anne"]
    )
    ((what, mine, theirs, names),) = asked.calls
    assert what == "Mission Bretagne 2027"
    # Compare: both versions, the participants named from the dialog's choices.
    assert len(theirs.participants) == 2 and len(mine.participants) == 1
    rows = dict((field, (a, b)) for field, a, b in differences(mine, theirs, names))
    assert "Roy" not in rows["Participants"][0] and "Roy" in rows["Participants"][1]
    assert "Visiter trois centres sociaux" in rows["Objectifs"][0]
    with database.begin() as s:
        saved = exchanges.get_exchange(s, mission)
    assert saved.data.objectives == (ObjectiveInput("Visiter trois centres sociaux"),)
    assert len(saved.data.participants) == 1  # mine, kept on purpose
    assert saved.version == first + 2  # the colleague's save, then mine on top of it


def test_exchange_take_theirs_reopens_on_their_version(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    mission: int,
    people: dict[str, int],
) -> None:
    Asked(monkeypatch, ConflictChoice.TAKE_THEIRS)
    opened = _edit_exchange_while_a_colleague_adds_anne(
        qtbot, monkeypatch, context, database, wait_ops, mission, people["anne"]
    )
    assert len(opened) == 2
    reopened = opened[1]
    assert reopened is not None and {p.person_id for p in reopened.participants} == set(people.values())
    assert reopened.objectives == ()
    with database.begin() as s:
        assert exchanges.get_exchange(s, mission).data.objectives == ()  # mine was not saved


def test_exchange_cancel_leaves_theirs(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    mission: int,
    people: dict[str, int],
) -> None:
    Asked(monkeypatch, ConflictChoice.CANCEL)
    opened = _edit_exchange_while_a_colleague_adds_anne(
        qtbot, monkeypatch, context, database, wait_ops, mission, people["anne"]
    )
    assert len(opened) == 1
    with database.begin() as s:
        detail = exchanges.get_exchange(s, mission)
    assert len(detail.data.participants) == 2 and detail.data.objectives == ()


# --- journal entries ------------------------------------------------------------------------------


@pytest.fixture
def entry(database: Database, people: dict[str, int]) -> int:
    with database.begin() as s:
        return journal.add_entry(
            s,
            EntryInput(DAY, InteractionKind.MEETING, "Rencontre au CIUSSS", person_ids=(people["helene"],)),
            today=DAY,
        ).value


@pytest.mark.parametrize("choice", [ConflictChoice.KEEP_MINE, ConflictChoice.TAKE_THEIRS])
def test_journal_entry_conflict(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    entry: int,
    people: dict[str, int],
    choice: ConflictChoice,
) -> None:
    asked = Asked(monkeypatch, choice)
    opened: list[EntryInput] = []

    def ask(
        cls: type, parent: object, choices: object, data: EntryInput, today: date, editing: bool = False
    ) -> Any:
        opened.append(data)
        if len(opened) > 1:
            return None
        with database.begin() as s:  # a colleague links Anne to the entry meanwhile
            row = journal.get_entry(s, entry)
            journal.update_entry(
                s,
                entry,
                dataclasses.replace(row.data, person_ids=(*row.data.person_ids, people["anne"])),
                row.version,
                DAY,
            )
        return EntryRequest(dataclasses.replace(data, summary="Rencontre au CIUSSS, suivi en juin"), False)

    monkeypatch.setattr(JournalEntryDialog, "ask", classmethod(ask))
    saved: list[int] = []
    journal_actions.edit_entry(None, context, entry, saved.append)  # type: ignore[arg-type]
    wait_ops(context)
    ((what, mine, theirs, names),) = asked.calls
    assert what == "Rencontre au CIUSSS, suivi en juin"
    assert mine.person_ids == (people["helene"],) and set(theirs.person_ids) == set(people.values())
    rows = {field: (a, b) for field, a, b in differences(mine, theirs, names)}
    assert set(rows) == {"Résumé", "Personnes"}
    assert (
        "Anne Roy" in rows["Personnes"][1]
        or "Roy Anne" in rows["Personnes"][1]
        or "Roy" in rows["Personnes"][1]
    )
    with database.begin() as s:
        row = journal.get_entry(s, entry)
    if choice == ConflictChoice.KEEP_MINE:
        assert saved == [entry]
        assert row.data.summary == "Rencontre au CIUSSS, suivi en juin"
        assert row.data.person_ids == (people["helene"],)
        assert len(opened) == 1
    else:
        assert saved == []
        assert row.data.summary == "Rencontre au CIUSSS"  # theirs stays
        assert len(opened) == 2 and set(opened[1].person_ids) == set(people.values())


def test_a_new_entry_that_fails_shows_the_error_without_conflict_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, context: AppContext, wait_ops: Wait
) -> None:
    asked = Asked(monkeypatch, ConflictChoice.KEEP_MINE)
    shown: list[str] = []
    monkeypatch.setattr("reseau.ui.widgets.conflict_dialog.show_error", lambda p, t, e: shown.append(str(e)))
    monkeypatch.setattr(
        JournalEntryDialog,
        "ask",
        classmethod(
            lambda cls, *a, **k: EntryRequest(EntryInput(DAY, InteractionKind.MEETING, "Seul"), False)
        ),
    )
    journal_actions.log_entry(None, context)  # type: ignore[arg-type]
    wait_ops(context)
    assert asked.calls == [] and len(shown) == 1  # no person nor organization: a plain error


# --- themes ---------------------------------------------------------------------------------------


def test_theme_keep_mine_after_a_colleague_links_a_person(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    people: dict[str, int],
) -> None:
    with database.begin() as s:
        theme = themes.add_theme(s, ThemeInput(title="Participation citoyenne")).value
    asked = Asked(monkeypatch, ConflictChoice.KEEP_MINE)

    def ask(
        cls: type, parent: object, choices: object, data: ThemeInput | None = None, code: str = ""
    ) -> Any:
        assert data is not None
        with database.begin() as s:
            theirs = themes.get_theme(s, theme)
            themes.update_theme(
                s, theme, dataclasses.replace(theirs.data, person_ids=(people["anne"],)), theirs.version
            )
        return dataclasses.replace(data, description="Suivi trimestriel")

    monkeypatch.setattr(ThemeDialog, "ask", classmethod(ask))
    view = ThemesListView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    view.edit_id(theme)
    wait_ops(context)
    ((_what, mine, theirs, _names),) = asked.calls
    assert theirs.person_ids == (people["anne"],) and mine.person_ids == ()
    with database.begin() as s:
        detail = themes.get_theme(s, theme)
    assert detail.data.description == "Suivi trimestriel" and detail.data.person_ids == ()


# --- agenda slots ---------------------------------------------------------------------------------


def test_slot_keep_mine_after_a_colleague_changes_the_speakers(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    database: Database,
    wait_ops: Wait,
    people: dict[str, int],
) -> None:
    with database.begin() as s:
        mission = exchanges.add_exchange(
            s,
            ExchangeInput(
                kind=ExchangeKind.MISSION, title="Mission Rennes", start_date=DAY, end_date=date(2027, 5, 12)
            ),
        ).value
        slot = agenda_edit.add_slot(
            s, mission, agenda_edit.SlotInput(DAY, time(9), time(10), Activity.PRESENTATION, title="Accueil")
        ).value
    asked = Asked(monkeypatch, ConflictChoice.KEEP_MINE)

    def ask(
        cls: type, parent: object, choices: object, days: object, data: agenda_edit.SlotInput, **_: object
    ) -> Any:
        with database.begin() as s:
            theirs = agenda_edit.get_slot(s, slot)
            agenda_edit.update_slot(
                s, slot, dataclasses.replace(theirs.data, speaker_ids=(people["anne"],)), theirs.version
            )
        return dataclasses.replace(data, place="Hôtel de Rennes Métropole")

    monkeypatch.setattr(SlotDialog, "ask", classmethod(ask))
    view = AgendaView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    assert view.loaded is not None and view.loaded.agenda.id == mission
    view.edit_slot(slot)
    wait_ops(context)
    ((what, mine, theirs, _names),) = asked.calls
    assert what == "Accueil"
    assert theirs.speaker_ids == (people["anne"],) and mine.speaker_ids == ()
    with database.begin() as s:
        now = agenda_edit.get_slot(s, slot)
    assert now.data.place == "Hôtel de Rennes Métropole" and now.data.speaker_ids == ()


# --- the dialog itself ----------------------------------------------------------------------------


def test_compare_shows_both_versions_field_by_field(qtbot: QtBot) -> None:
    mine = EntryInput(DAY, InteractionKind.MEETING, "Rencontre", person_ids=(1,))
    theirs = EntryInput(DAY, InteractionKind.CALL, "Rencontre", person_ids=(1, 2))
    names = {"persons": {1: "Hélène Massé", 2: "Anne Roy"}}
    dialog = ConflictDialog("Rencontre", None, mine, theirs, names)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.comparison.isHidden()
    dialog.compare_button.click()
    assert dialog.comparison.isVisible() and dialog.isVisible()  # comparing does not close it
    table = dialog.comparison
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["Personnes", "Hélène Massé", "Hélène Massé\nAnne Roy"] in cells
    assert len(cells) == 2  # the kind and the persons; the summary is the same
    assert cells[0][0] == "Type" and cells[0][1] != cells[0][2]
    dialog.keep_mine_button.click()
    assert dialog.choice() == ConflictChoice.KEEP_MINE


def test_take_theirs_and_cancel_buttons(qtbot: QtBot) -> None:
    dialog = ConflictDialog("Rencontre")
    qtbot.addWidget(dialog)
    assert dialog.compare_button.isHidden()  # nothing to compare without both versions
    assert dialog.choice() == ConflictChoice.CANCEL
    dialog.take_theirs_button.click()
    assert dialog.choice() == ConflictChoice.TAKE_THEIRS == ConflictChoice.RELOAD
    same = ConflictDialog(
        "Rencontre", None, ExchangeInput(ExchangeKind.MISSION, "A"), ExchangeInput(ExchangeKind.MISSION, "A")
    )
    qtbot.addWidget(same)
    same.show()
    same.compare_button.click()
    assert same.comparison.isHidden() and same.same.isVisible()

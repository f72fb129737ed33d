"""Journal widgets: log an entry from a person's page, the dialog's bad-input guards, À relancer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import Country, InteractionKind
from reseau.services.journal import entries as journal
from reseau.services.journal import follow_ups
from reseau.services.journal.entries import EntryInput
from reseau.services.persons.records import PersonInput, add_person
from reseau.ui.context import AppContext
from reseau.ui.journal.follow_ups_view import FollowUpsView
from reseau.ui.journal.journal_entry_dialog import JournalEntryDialog, to_qdate
from reseau.ui.persons.view import PersonsView

Wait = Callable[[AppContext], None]


def _type(widget: Any, text: str) -> None:
    for ch in text:  # one event per character: keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _add_person(context: AppContext, name: str, cadence: int | None = None) -> int:
    with context.runner.database.begin() as s:
        return add_person(
            s,
            PersonInput(last_name=name, first_name="Claude", country=Country.FRANCE, follow_up_days=cadence),
        ).value


def test_log_an_entry_from_a_persons_page(
    qtbot: QtBot, context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _add_person(context, "Bigot", cadence=90)
    view = PersonsView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    assert view.select_id(pid)
    wait_ops(context)
    assert "Aucun échange consigné" in view.detail.toPlainText()
    seen: dict[str, Any] = {}

    def drive(
        cls: type[JournalEntryDialog],
        parent: Any,
        choices: Any,
        data: EntryInput,
        today: date,
        editing: bool = False,
    ) -> Any:
        dialog = cls(choices, data, today, editing, parent)
        qtbot.addWidget(dialog)
        seen["prechecked"] = journal_checked(dialog)
        dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(InteractionKind.CALL.value))
        _type(dialog.ui.summary, "Appel : thème T15, évaluation à préparer")
        dialog.ui.has_follow_up.setChecked(True)
        dialog.ui.follow_up_on.setDate(to_qdate(today + timedelta(days=14)))
        dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save).click()
        return dialog.result_request

    def journal_checked(dialog: JournalEntryDialog) -> tuple[int, ...]:
        from reseau.ui.widgets.check_list import checked_ids

        return checked_ids(dialog.ui.persons)

    monkeypatch.setattr(JournalEntryDialog, "ask", classmethod(drive))
    view.log_button.click()
    wait_ops(context)
    assert seen["prechecked"] == (pid,)
    with context.runner.database.begin() as s:
        (entry,) = journal.person_timeline(s, pid)
        items = follow_ups.due_list(s, date.today())
    assert entry.summary == "Appel : thème T15, évaluation à préparer"
    assert entry.kind == InteractionKind.CALL
    # The cadence clock restarted today, and the entry's own follow-up is listed.
    cadence = next(i for i in items if i.source == follow_ups.Source.CADENCE)
    assert cadence.due_on == date.today() + timedelta(days=90)
    assert any(i.source == follow_ups.Source.ENTRY for i in items)
    # The person's page shows the new entry in her timeline.
    assert "évaluation à préparer" in view.detail.toPlainText()


def _dialog(qtbot: QtBot, context: AppContext, data: EntryInput) -> JournalEntryDialog:
    with context.runner.database.begin() as s:
        choices = journal.journal_choices(s)
    dialog = JournalEntryDialog(choices, data, date.today())
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_refuses_an_entry_naming_nobody(qtbot: QtBot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context, EntryInput(occurred_on=date.today(), kind=InteractionKind.EMAIL))
    dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save).click()
    assert dialog.result_request is None
    assert "au moins une personne ou une organisation" in dialog.ui.error_label.text()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_dialog_asks_before_saving_a_past_follow_up(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> None:
    pid = _add_person(context, "Bézard")
    past = date.today() - timedelta(days=3)
    data = EntryInput(
        occurred_on=date.today(), kind=InteractionKind.CALL, person_ids=(pid,), follow_up_on=past
    )
    dialog = _dialog(qtbot, context, data)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or answer)
    dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save).click()
    assert asked and past.isoformat() in asked[0] and "En retard" in asked[0]
    if answer == QMessageBox.StandardButton.Yes:
        assert dialog.result_request is not None and dialog.result_request.accept_past_follow_up
    else:
        assert dialog.result_request is None


def test_follow_ups_done_removes_the_item(qtbot: QtBot, context: AppContext, wait_ops: Wait) -> None:
    pid = _add_person(context, "Morel")
    with context.runner.database.begin() as s:
        data = EntryInput(
            occurred_on=date.today(),
            kind=InteractionKind.MEETING,
            person_ids=(pid,),
            follow_up_on=date.today(),
        )
        entry_id = journal.add_entry(s, data, date.today()).value
    view = FollowUpsView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    assert view.models[follow_ups.Bucket.THIS_WEEK].rowCount() == 1
    assert not view.stacks[follow_ups.Bucket.THIS_WEEK].is_empty_shown()
    assert view.stacks[follow_ups.Bucket.OVERDUE].is_empty_shown()  # a sentence, not bare headers
    assert view.select(follow_ups.Source.ENTRY, entry_id)
    view.done_button.click()
    wait_ops(context)
    assert all(m.rowCount() == 0 for m in view.models.values())
    assert all(stack.is_empty_shown() for stack in view.stacks.values())
    assert view.stacks[follow_ups.Bucket.THIS_WEEK].empty.message.text() == (
        "Aucune relance dans les 7 prochains jours."
    )


def test_follow_ups_columns_fit_the_first_rows_without_measuring_every_row(
    qtbot: QtBot, context: AppContext, wait_ops: Wait
) -> None:
    """Issue 19.6: fitting the columns measured each of up to 200 rows per bucket on the GUI
    thread (250-400 ms at 100,000 persons). Now the rows on screen and the next ones, up to
    FIT_ROWS: every row among them still fits its columns, and all the rows are listed."""
    from reseau.ui.journal.follow_ups_view import FIT_ROWS

    pids = [_add_person(context, f"Marchand-Lévesque {'x' * i}") for i in range(FIT_ROWS + 10)]
    with context.runner.database.begin() as s:
        for pid in pids:  # overdue: all in one bucket
            data = EntryInput(
                occurred_on=date.today() - timedelta(days=30),
                kind=InteractionKind.CALL,
                person_ids=(pid,),
                follow_up_on=date.today() - timedelta(days=3),
            )
            journal.add_entry(s, data, date.today() - timedelta(days=30))
    view = FollowUpsView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    table = view.tables[follow_ups.Bucket.OVERDUE]
    model = view.models[follow_ups.Bucket.OVERDUE]
    assert model.rowCount() == len(pids)
    assert table.horizontalHeader().resizeContentsPrecision() == FIT_ROWS
    for column in range(model.columnCount() - 1):  # the last one stretches
        widest = max(table.sizeHintForIndex(model.index(row, column)).width() for row in range(FIT_ROWS))
        assert table.columnWidth(column) >= widest

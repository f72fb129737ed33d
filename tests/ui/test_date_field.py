"""The one date field: typed in the forms people use, empty allowed, calendar and arrows that
start from a sensible day, the end following the start, and text that is not a date kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import ExchangeKind
from reseau.db.session import Database
from reseau.services.exchanges import records as ex
from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
from reseau.ui.widgets.date_field import DateField, follow_start

MARCH_15 = date(2027, 3, 15)


def _field(qtbot: QtBot, optional: bool = True) -> DateField:
    field = DateField(optional=optional)
    qtbot.addWidget(field)
    field.show()
    return field


def _type(qtbot: QtBot, field: DateField, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    field.editor.setFocus()
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, text)
    qtbot.keyClick(field.editor, key)  # Return, or Tab in a dialog (Return would save it)
    if key == Qt.Key.Key_Tab:
        # The test platform activates no window, so Qt sends no focus events: send the one a
        # desktop sends when Tab leaves the field.
        QApplication.sendEvent(field.editor, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


@pytest.mark.parametrize("text", ["2027-03-15", "15/03/2027", "15 mars 2027", "20270315", "March 15, 2027"])
def test_typing_a_date_in_the_usual_forms(qtbot: QtBot, text: str) -> None:
    field = _field(qtbot)
    changes: list[object] = []
    field.valueChanged.connect(changes.append)
    _type(qtbot, field, text)
    assert field.value() == MARCH_15
    assert field.text() == "2027-03-15"  # written back in the display format
    assert changes == [MARCH_15]
    assert field.problem() is None


def test_empty_is_a_value_and_no_placeholder_is_typed_into(qtbot: QtBot) -> None:
    field = _field(qtbot)
    assert field.value() is None and field.text() == ""
    assert field.editor.placeholderText() == "(aucune date)"
    _type(qtbot, field, "20270315")
    assert field.value() == MARCH_15
    field.editor.clear()
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    assert field.value() is None and field.problem() is None


def test_a_required_field_says_it_is_empty(qtbot: QtBot) -> None:
    field = _field(qtbot, optional=False)
    field.commit_text()
    assert field.problem() is not None and "2027-03-15" in (field.problem() or "")


def test_text_that_is_not_a_date_is_kept_and_explained(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.setValue(MARCH_15)
    _type(qtbot, field, "31/02/2027")
    assert field.text() == "31/02/2027"  # not lost
    assert field.value() == MARCH_15  # nor half-read
    assert "31/02/2027" in (field.problem() or "")
    assert field.editor.toolTip() == field.problem()


def test_arrows_start_from_today_or_the_related_date_never_1900(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.editor.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_Up)
    assert field.value() == date.today()
    qtbot.keyClick(field.editor, Qt.Key.Key_Up)
    assert field.value() == date.today() + timedelta(days=1)
    qtbot.keyClick(field.editor, Qt.Key.Key_Down)
    qtbot.keyClick(field.editor, Qt.Key.Key_Down)
    assert field.value() == date.today() - timedelta(days=1)
    related = _field(qtbot)
    related.set_related(lambda: MARCH_15)
    related.editor.setFocus()
    qtbot.keyClick(related.editor, Qt.Key.Key_Up)
    assert related.value() == MARCH_15
    qtbot.keyClick(related.editor, Qt.Key.Key_PageUp)
    assert related.value() == date(2027, 4, 15)


def test_the_calendar_opens_on_the_date_the_related_date_or_today(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.button.click()
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate().toPython() == date.today()
    field.calendar.hide()
    field.set_related(lambda: MARCH_15)
    field.editor.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_F4)
    assert field.calendar.selectedDate().toPython() == MARCH_15
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(2))
    assert not field.calendar.isVisible()
    assert field.value() == date(2027, 3, 17)
    qtbot.keyClick(field.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.selectedDate().toPython() == date(2027, 3, 17)


def test_the_end_follows_the_start_only_when_empty_or_earlier(qtbot: QtBot) -> None:
    start, end = _field(qtbot), _field(qtbot)
    follow_start(start, end)
    _type(qtbot, start, "15/03/2027")
    assert end.value() == MARCH_15  # was empty
    end.setValue(date(2027, 5, 31))
    _type(qtbot, start, "2027-04-01")
    assert end.value() == date(2027, 5, 31)  # later: left alone
    _type(qtbot, start, "2027-06-10")
    assert end.value() == date(2027, 6, 10)  # earlier: follows
    start.setValue(None)
    assert end.value() == date(2027, 6, 10)


def test_exchange_dialog_reads_typed_dates_and_refuses_bad_ones(qtbot: QtBot, database: Database) -> None:
    with database.begin() as s:
        choices = ex.exchange_choices(s)
    dialog = ExchangeDialog(choices, kind=ExchangeKind.STAGE)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.title.setText("Stage à Lille")
    assert ui.start_date.value() is None and ui.report_due.value() is None
    _type(qtbot, ui.start_date, "15 mars 2027", Qt.Key.Key_Tab)
    assert ui.end_date.value() == MARCH_15
    ui.end_date.button.click()
    assert ui.end_date.calendar.selectedDate().toPython() == MARCH_15
    ui.end_date.calendar.hide()
    ui.tabs.setCurrentIndex(5)
    _type(qtbot, ui.report_due, "le 15 juillet", Qt.Key.Key_Tab)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is None
    assert "le 15 juillet" in ui.error_label.text() and ui.report_due.text() == "le 15 juillet"
    _type(qtbot, ui.report_due, "15/07/2027", Qt.Key.Key_Tab)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is not None
    assert (dialog.result_data.start_date, dialog.result_data.end_date) == (MARCH_15, MARCH_15)
    assert dialog.result_data.report_due == date(2027, 7, 15)


def test_the_text_field_is_named_by_its_label_or_its_own_name(qtbot: QtBot, database: Database) -> None:
    with database.begin() as s:
        choices = ex.exchange_choices(s)
    dialog = ExchangeDialog(choices, kind=ExchangeKind.STAGE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.start_date.editor.accessibleName() == "Début"
    assert dialog.ui.end_date.editor.accessibleName() == "Fin"  # not "au", not empty
    named = _field(qtbot)
    named.setAccessibleName("Fin de la période")
    assert named.editor.accessibleName() == "Fin de la période"

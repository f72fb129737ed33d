"""English mode: the sentences of the services, core and db layers reach the screen in English."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reseau import app
from reseau.core.data_errors import DamagedDatabaseError
from reseau.core.enums import ContactKind, Country, InteractionKind
from reseau.core.errors import ConflictError
from reseau.db.lock import InstanceLock
from reseau.db.models import Person
from reseau.db.open import open_sqlite, quick_check
from reseau.db.session import Database
from reseau.db.undo import UNDO, UndoConflictError, apply, recording
from reseau.services.journal import entries as journal
from reseau.services.journal import follow_ups
from reseau.services.journal.entries import EntryInput
from reseau.services.persons import records as persons
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import describe
from reseau.ui.i18n import say
from reseau.ui.journal.follow_ups_view import FollowUpsView
from reseau.ui.persons.person_dialog import PersonDialog
from tests.ui.typing import type_text

pytestmark = pytest.mark.usefixtures("english")


def test_person_dialog_says_an_invalid_email_in_english(qtbot: QtBot) -> None:
    dialog = PersonDialog([])
    qtbot.addWidget(dialog)
    type_text(dialog.ui.last_name, "Massé")
    type_text(dialog.contacts.first_row(ContactKind.EMAIL).value, "richard@")
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result_data is None
    text = dialog.ui.error_label.text()
    assert "Invalid email" in text and "is not a valid address" in text, text
    assert "Courriel" not in text


def test_a_conflict_on_a_person_is_described_in_english(database: Database) -> None:
    with database.begin() as session:
        pid = persons.add_person(session, persons.PersonInput(last_name="Bigot")).value
    with database.begin() as session, pytest.raises(ConflictError) as caught:
        persons.update_person(session, pid, 99, persons.PersonInput(last_name="Bigot"))
    text = describe(caught.value)
    assert text.startswith("Person #") and "changed by someone else" in text, text
    assert "Personne" in str(caught.value)  # the CLI and the logs keep the French


def test_an_undo_conflict_is_described_in_english(database: Database) -> None:
    with database.begin() as session, recording(session, "Add Massé") as recorder:
        persons.add_person(session, persons.PersonInput(last_name="Massé"))
        record = recorder.finish()
    with database.begin() as session:
        session.scalars(select(Person)).one().title = "Directeur"
    with database.begin() as session, pytest.raises(UndoConflictError) as caught:
        apply(session, record, UNDO)
    text = describe(caught.value)
    assert text.startswith("Cannot undo “Add Massé”: person #") and "Nothing was changed." in text, text


def test_follow_up_reasons_are_shown_in_english(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    with context.runner.database.begin() as s:
        pid = persons.add_person(
            s, persons.PersonInput(last_name="Morel", country=Country.FRANCE, follow_up_days=30)
        ).value
        journal.add_entry(
            s,
            EntryInput(
                occurred_on=date.today(),
                kind=InteractionKind.MEETING,
                person_ids=(pid,),
                follow_up_on=date.today(),
                summary="Budget",
            ),
            date.today(),
        )
    view = FollowUpsView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    model = view.models[follow_ups.Bucket.THIS_WEEK]
    reasons = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any(r.startswith("Follow-up of “") and r.endswith(": Budget") for r in reasons), reasons


def test_start_up_refusal_is_shown_in_english(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "50")
    monkeypatch.delenv("RESEAU_DATABASE_URL", raising=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    # run_gui installs the preferred language itself: English, from a preferences file.
    prefs = tmp_path / "settings.json"
    prefs.write_text('{"language": "en"}', encoding="utf-8")
    monkeypatch.setattr(app, "settings_path", lambda: prefs)
    path = tmp_path / "reseau.sqlite3"
    with InstanceLock(path):
        assert app.run_gui(argparse.Namespace(db=str(path), database_url=None)) == 2
    assert "is already open in another Réseau" in shown[0], shown


def test_damaged_database_offer_is_in_english(tmp_path: Path) -> None:
    path = tmp_path / "reseau.sqlite3"
    opened = open_sqlite(path)
    with opened.begin() as session:
        persons.add_person(session, persons.PersonInput(last_name="Sauvée"))
    opened.dispose()
    path.write_bytes(path.read_bytes()[:4096] + b"\xa5" * 40_000)
    with pytest.raises(DamagedDatabaseError) as caught:
        quick_check(path, tmp_path / "backups")
    text = say(caught.value.message)
    assert "is damaged" in text and "It was set aside, unchanged" in text and "No backup was found." in text

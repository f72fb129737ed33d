"""The UI says the core's messages in its own language, with dates in the locale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseau.core.enums import ParticipantRole
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import tr
from reseau.ui.error_dialogs import describe
from reseau.ui.i18n import format_date, say


def test_french_by_default() -> None:
    assert say(NotFoundError(tr("Personne"), 3).message) == "Fiche introuvable\u00a0: Personne n° 3."


@pytest.mark.usefixtures("english")
def test_errors_are_described_in_english() -> None:
    conflict = ConflictError("Échange", 4, 2, 3)
    text = describe(conflict)
    assert text.startswith("Échange #4: the record was changed by someone else")
    assert "version 2 expected, 3 found" in text
    problems = ValidationError(
        [FieldProblem("x", tr("Fiche introuvable : {what} n° {ident}.", what="A", ident=1))]
    )
    assert describe(problems) == "• Record not found: A #1."


@pytest.mark.usefixtures("english")
def test_values_follow_the_ui_language_and_locale() -> None:
    message = tr(
        "Fiche introuvable : {what} n° {ident}.", what=ParticipantRole.DELEGATE, ident=date(2027, 5, 10)
    )
    assert say(message) == f"Record not found: delegate #{format_date(date(2027, 5, 10))}."
    assert "2027" in format_date(date(2027, 5, 10))


def test_a_file_error_says_which_file_and_why(tmp_path: Path) -> None:
    try:
        (tmp_path / "absent" / "x.csv").read_text()
    except OSError as error:
        text = describe(error)
    assert "absent" in text and "x.csv" in text and "lu ou écrit" in text


@pytest.mark.usefixtures("english")
def test_read_only_notice_is_translated(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    from reseau.ui.read_only import NOTICE

    english = QCoreApplication.translate("ReadOnly", NOTICE)
    assert english != NOTICE and "read-only" in english


def test_a_moment_is_said_with_its_date_and_time() -> None:
    from datetime import datetime

    text = say(tr("Fiche introuvable : {what} n° {ident}.", what="A", ident=datetime(2027, 5, 10, 14, 5)))
    assert format_date(date(2027, 5, 10)) in text and "14" in text and "05" in text


@pytest.mark.usefixtures("english")
def test_the_note_reseau_writes_on_a_new_exchange_is_said_in_english() -> None:
    from reseau.services.exchanges.records import CREATION_NOTE
    from reseau.ui.exchanges.detail import _note

    assert _note(CREATION_NOTE.text) == "Record created"
    assert _note("Reporté à l'automne") == "Reporté à l'automne"  # what the user wrote stays

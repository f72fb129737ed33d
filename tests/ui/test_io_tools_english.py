"""Import, export and duplicates in English: the problems of a file speak the UI's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseau.core.enums import ContactKind
from reseau.core.typography import french
from reseau.io.contacts_file import load_contacts, open_contacts
from reseau.io.records import NotAContactsFile, RowProblem
from reseau.services.persons.records import ContactInput, PersonInput, add_person
from reseau.ui.context import AppContext
from reseau.ui.io.duplicates_dialog import DuplicatesDialog
from reseau.ui.io.export_dialog import ExportDialog
from reseau.ui.io.import_wizard import PAGE_RESULT, ImportWizard


def _report_rows(wizard: ImportWizard) -> list[tuple[str, str, str]]:
    model = wizard.result_page.model
    return [
        tuple(str(model.index(row, column).data()) for column in range(3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


@pytest.mark.usefixtures("english")
def test_bad_email_on_line_3_is_reported_in_english_with_line_and_field(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Last Name,E-mail Address\nRéal,Boisvert,real@example.org\nAnne,Grenier,pas-une-adresse\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage().format_label.text() == "Outlook (English)"  # type: ignore[attr-defined]
    while wizard.currentId() != PAGE_RESULT:
        wizard.next()
        wait_ops(context)
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    assert _report_rows(wizard) == [
        ("3", "warning", "e-mail field: “pas-une-adresse” is invalid: kept in the notes")
    ]
    assert "2 created" in wizard.result_page.status.text()
    # The service keeps what and where as values: the line, the field's code, the value.
    report = wizard.result_page.report
    assert report is not None and report.lines[0].message is not None
    assert report.lines[0].message.values == {"field": ContactKind.EMAIL, "value": "pas-une-adresse"}
    assert str(report.lines[0].message) == french(
        "champ courriel : « pas-une-adresse » invalide : gardé dans les notes"
    )


@pytest.mark.usefixtures("english")
def test_dry_run_reason_and_rejected_row_in_english(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("First Name,Last Name\nAnne,Roy\nA,B,C,D\n", encoding="utf-8")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    while wizard.currentId() != PAGE_RESULT - 1:
        wizard.next()
        wait_ops(context)
    wizard.policy_page.dry_run.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    assert wizard.result_page.status.text().startswith("Dry run: nothing was saved.")
    assert _report_rows(wizard) == [("3", "rejected", "4 columns instead of 2 (shifted row?)")]


@pytest.mark.usefixtures("english")
def test_unreadable_file_is_explained_in_english(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "classeur.csv"
    path.write_bytes(
        b"PK\x03\x04" + b"[Content_Types].xml xl/workbook.xml" + bytes(range(256)) * 8
    )  # an .xlsx
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == 0
    text = wizard.file_page.error_label.text()
    assert "classeur.csv: unreadable Excel workbook (.xlsx)" in text
    assert "save it as CSV from the spreadsheet" in text
    assert "illisible" not in text
    missing = tmp_path / "absent.csv"
    wizard.file_page.path_edit.setText(str(missing))
    wizard.next()
    assert f"file not found: {missing}" in wizard.file_page.error_label.text()


def test_problems_stay_french_for_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"   \n")
    with pytest.raises(NotAContactsFile) as caught:
        open_contacts(path)
    assert str(caught.value) == french("vide.csv : le fichier est vide")  # French spaces
    assert caught.value.message.values["file"] == "vide.csv"
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("a,b\n1,2\n1,2,3\n", encoding="utf-8")
    problem = load_contacts(ragged)[-1]
    assert isinstance(problem, RowProblem) and problem.line == 3
    assert str(problem.message) == french("3 colonnes au lieu de 2 (ligne décalée ?)")


@pytest.mark.usefixtures("english")
def test_export_formats_and_duplicate_reasons_in_english(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    wait_ops(context)
    formats = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert formats[0] == "CSV (spreadsheet, mail merge)" and "Participant list (PDF)" in formats
    with context.runner.database.begin() as session:
        for first in ("Anne", "Anne"):
            add_person(
                session,
                PersonInput(
                    first_name=first,
                    last_name="Roy",
                    contacts=(ContactInput(ContactKind.EMAIL, "anne.roy@example.org"),),
                ),
            )
    duplicates = DuplicatesDialog(context)
    qtbot.addWidget(duplicates)
    wait_ops(context)
    assert duplicates.model.rowCount() == 1
    assert duplicates.model.index(0, 4).data() == "same person"
    assert duplicates.model.index(0, 5).data() == "same e-mail, same name and same e-mail domain"


@pytest.mark.usefixtures("english")
def test_address_parts_are_named_in_english(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text("First Name,Last Name,Business City\nAnne,Roy,Lyon\n", encoding="utf-8")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wait_ops(context)
    city = wizard.currentPage().combos[2]  # type: ignore[attr-defined]
    assert city.currentData() == "adr.work.city"
    assert "city" in city.currentText() and "ville" not in city.currentText()

"""The import wizard, the export dialog and the duplicates tool, driven like a user would."""

from __future__ import annotations

import os
import re
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from reseau.core.enums import ContactKind
from reseau.db.models import Organization, Person
from reseau.services.persons.records import ContactInput, PersonInput, add_person
from reseau.ui.context import AppContext
from reseau.ui.io.duplicates_dialog import DuplicatesDialog, MergeChoice, MergeDialog
from reseau.ui.io.export_dialog import ExportDialog
from reseau.ui.io.import_wizard import PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, ImportWizard

SHOTS = os.environ.get("RESEAU_SCREENSHOTS")  # a folder: save what the tests show, to look at


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _persons(context: AppContext) -> int:
    with context.runner.database.begin() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def test_import_wizard_csv(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Prénom;Nom;Société;Adresse de messagerie;Téléphone (bureau);Code interne\n"
        "Réal;Boisvert;Agence de la santé;real@example.org;819 555-0100;A1\n"
        "Anne-Marie;Grenier;DSP Mauricie;amg@example.org;;B2\n"
        "Trop;De;Cellules;x@example.org;;C3;en trop\n".encode("cp1252")
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    _shot(wizard, "wizard_1_file")
    wizard.next()
    assert wizard.source is not None and wizard.source.csv is not None
    assert wizard.source.csv.encoding == "cp1252" and wizard.source.csv.delimiter == ";"
    _shot(wizard, "wizard_2_detected")
    page = wizard.currentPage()
    assert "Réal" in page.sample_label.text()  # type: ignore[attr-defined]
    # Read as UTF-8 by mistake, then back: the choice is the user's.
    page.encoding_label.setCurrentIndex(page.encoding_label.findData("utf-8"))  # type: ignore[attr-defined]
    page._on_encoding_activated(0)  # type: ignore[attr-defined]
    assert wizard.source.csv.encoding == "utf-8" and "\ufffd" in page.sample_label.text()  # type: ignore[attr-defined,union-attr]
    page.encoding_label.setCurrentIndex(page.encoding_label.findData("cp1252"))  # type: ignore[attr-defined]
    page._on_encoding_activated(0)  # type: ignore[attr-defined]
    assert "Réal" in page.sample_label.text()  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    wait_ops(context)
    _shot(wizard, "wizard_3_mapping")
    wizard.next()
    _shot(wizard, "wizard_4_preview")
    wizard.next()
    _shot(wizard, "wizard_5_policy")
    wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    _shot(wizard, "wizard_6_result")
    report = wizard.result_page.report
    assert report is not None and report.applied
    assert (report.created, report.rejected) == (2, 1)
    assert "Import terminé" in wizard.result_page.status.text()
    assert wizard.result_page.model.rowCount() == 1  # the rejected line 4
    assert _persons(context) == 2


def test_import_wizard_vcard_skips_mapping(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "c.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mass\xc3\xa9;Richard;;;\r\nEND:VCARD\r\n")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.page(PAGE_PREVIEW).model.rowCount() == 1  # type: ignore[attr-defined]
    wizard.next()
    wizard.policy_page.dry_run.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    assert not wizard.result_page.report.applied  # type: ignore[union-attr]
    assert _persons(context) == 0


def test_export_dialog_csv_and_copy(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    dialog = ExportDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(demo_context)
    assert dialog.organization.count() > 1
    _shot(dialog, "export_dialog")
    out = tmp_path / "x.csv"
    dialog.path.setText(str(out))
    dialog.export_button.click()
    wait_ops(demo_context)
    assert out.exists() and "exportées" in dialog.status.text()
    # Written by position (issue 19.5): the very bytes of the export through ExportPerson.
    from reseau.services.io.export_contacts import select_persons, write_export

    with demo_context.runner.database.begin() as session:
        persons = select_persons(session, dialog.selection())
    write_export(persons, "csv", tmp_path / "through_persons.csv", dialog.delimiter.currentData())
    assert out.read_bytes() == (tmp_path / "through_persons.csv").read_bytes()
    assert f"{len(persons)} personnes exportées" in dialog.status.text()
    dialog.copy_button.click()
    wait_ops(demo_context)
    assert "adresses copiées" in dialog.status.text()


def test_export_dialog_xlsx_by_position_off_the_gui_thread(
    qtbot: QtBot,
    demo_context: AppContext,
    wait_ops: Callable[[AppContext], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An XLSX from the dialog is written by position (issue 19.5), in a worker thread, and
    holds what the export through ExportPerson writes (the creation time aside)."""
    from reseau.services.io import export_rows
    from reseau.services.io.export_contacts import select_persons, write_export

    threads: list[threading.Thread] = []
    by_position = export_rows.write_xlsx_rows

    def watched_write(*args: object, **kwargs: object) -> int:
        threads.append(threading.current_thread())
        return by_position(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_rows, "write_xlsx_rows", watched_write)
    out = tmp_path / "liste.xlsx"
    dialog = _exported_from_the_dialog(qtbot, demo_context, wait_ops, "xlsx", out)
    assert threads and threads[0] is not threading.main_thread()
    with demo_context.runner.database.begin() as session:
        persons = select_persons(session, dialog.selection())
    old = tmp_path / "through_persons.xlsx"
    write_export(persons, "xlsx", old)
    assert _xlsx_parts(out) == _xlsx_parts(old)
    assert f"{len(persons)} personnes exportées" in dialog.status.text()


def test_export_dialog_vcard_by_position(
    qtbot: QtBot,
    demo_context: AppContext,
    wait_ops: Callable[[AppContext], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A vCard 3.0 from the dialog is built by position (issue 19.5), in a worker thread: the
    very bytes of the export through ExportPerson."""
    from reseau.services.io import export_vcards
    from reseau.services.io.export_contacts import select_persons, write_export

    threads: list[threading.Thread] = []
    by_position = export_vcards.select_cards

    def watched_select(*args: object) -> list[list[str]]:
        threads.append(threading.current_thread())
        return by_position(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(export_vcards, "select_cards", watched_select)
    out = tmp_path / "carnet.vcf"
    dialog = _exported_from_the_dialog(qtbot, demo_context, wait_ops, "vcf3", out)
    with demo_context.runner.database.begin() as session:
        persons = select_persons(session, dialog.selection())
    write_export(persons, "vcf3", tmp_path / "through_persons.vcf")
    assert out.read_bytes() == (tmp_path / "through_persons.vcf").read_bytes()
    assert b"VERSION:3.0" in out.read_bytes()
    assert threads and threads[0] is not threading.main_thread()
    assert f"{len(persons)} personnes exportées" in dialog.status.text()


def _exported_from_the_dialog(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], fmt: str, out: Path
) -> ExportDialog:
    """The Export dialog opened, ``fmt`` chosen, ``out`` typed, « Exporter » clicked, done."""
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(context)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(out))
    dialog.export_button.click()
    wait_ops(context)
    return dialog


def _xlsx_parts(path: Path) -> list[tuple[str, bytes]]:
    times = re.compile(rb"<dcterms:(created|modified) [^>]*>[^<]*</dcterms:\1>")
    with zipfile.ZipFile(path) as package:
        return [(name, times.sub(b"", package.read(name))) for name in package.namelist()]


def test_duplicates_dialog_merge(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    with demo_context.runner.database.begin() as session:
        add_person(
            session,
            PersonInput(
                last_name="Saint-Amand",
                first_name="Denis",
                title="Directeur général",
                contacts=(ContactInput(ContactKind.EMAIL, "dsa@aqesss.qc.ca"),),
            ),
        )
    before = _persons(demo_context)
    dialog = DuplicatesDialog(demo_context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(demo_context)
    assert dialog.model.rowCount() >= 1
    _shot(dialog, "duplicates_dialog")
    pair = dialog.current()
    assert pair is not None
    merge = MergeDialog(pair)
    qtbot.addWidget(merge)
    merge.show()
    _shot(merge, "merge_dialog")
    choice = merge.choice()
    assert choice.keep_id == pair.a.id
    monkeypatch.setattr(
        MergeDialog, "ask", classmethod(lambda cls, p, parent=None: MergeChoice(p.a.id, p.b.id, frozenset()))
    )
    dialog.merge_button.click()
    wait_ops(demo_context)
    assert _persons(demo_context) == before - 1


def test_import_job_cancel_leaves_database_as_it_was(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    from reseau.io.contacts_file import open_contacts
    from reseau.services.io.import_contacts import ImportOptions
    from reseau.ui.io.import_worker import ImportJob

    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("First Name,Last Name\n")
        for i in range(30_000):
            out.write(f"Anne{i},Roy{i}\n")
    job = ImportJob(context)
    reports: list[object] = []
    job.finished.connect(reports.append)
    job.start(open_contacts(path), None, ImportOptions())
    job.cancel()  # checked every 250 rows: long before the 30,000th
    qtbot.waitUntil(lambda: bool(reports), timeout=20_000)
    wait_ops(context)
    report = reports[0]
    assert not report.applied and "annulé" in str(report.reason)  # type: ignore[attr-defined]
    assert _persons(context) == 0


def test_menus_reach_the_tools(qtbot: QtBot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from reseau.ui.main_window import MainWindow

    window = MainWindow(context, "test")
    qtbot.addWidget(window)
    opened: list[str] = []
    run = classmethod(lambda cls, c, p=None, f=None: opened.append("import"))
    monkeypatch.setattr(ImportWizard, "run", run)
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, c, p=None: opened.append("export")))
    monkeypatch.setattr(
        DuplicatesDialog, "ask", classmethod(lambda cls, c, p=None: opened.append("doublons"))
    )
    for name in ("import_action", "export_action", "duplicates_action"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        action.trigger()
    assert opened == ["import", "export", "doublons"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Outils" in titles


def test_import_wizard_vcard_company_card_becomes_an_organization(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "evolution.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=WORK,VOICE:+1 418 641-6010\r\nFN:Ville de Québec\r\n"
        "N:;;;;\r\nORG:Ville de Québec;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tremblay;Julie;;;\r\nORG:Ville de Québec\r\nEND:VCARD\r\n".encode()
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    preview = wizard.page(PAGE_PREVIEW).model  # type: ignore[attr-defined]
    assert preview.data(preview.index(0, 1)) == "Ville de Québec (organisation)"
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    report = wizard.result_page.report
    assert report is not None and (report.created, report.organizations_created) == (1, 1)
    assert "1 créées" in wizard.result_page.status.text()
    assert "1 organisation(s) créée(s)." in wizard.result_page.status.text()
    assert _persons(context) == 1
    with context.runner.database.begin() as session:
        assert session.scalars(select(Organization.name)).all() == ["Ville de Québec"]


def test_import_wizard_vcard_8bit_guess_shown_and_changed(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "nokia.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Koń;Józef\r\nTEL;CELL:+48 603 000 111\r\nEND:VCARD\r\n".encode(
            "iso8859_2"
        )
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.currentPage()
    combo = page.encoding_label  # type: ignore[attr-defined]
    # "Koń" or "Koñ": the bytes alone cannot tell; the guess is shown with the other reading.
    assert combo.isEnabled()
    guessed = combo.currentData()
    assert guessed in ("cp1252", "cp1250", "iso8859_2")
    assert "sans certitude" in page.warning_label.text()  # type: ignore[attr-defined]
    assert "Koñ" in page.sample_label.text() + page.warning_label.text()  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("iso8859_2"))
    page._on_encoding_activated(0)  # type: ignore[attr-defined]
    assert wizard.source is not None and wizard.source.eight_bit == "iso8859_2"
    assert page.sample_label.text() == "Koń Józef"  # type: ignore[attr-defined]
    assert page.warning_label.text() == ""  # type: ignore[attr-defined]
    wizard.next()
    preview = wizard.page(PAGE_PREVIEW).model  # type: ignore[attr-defined]
    assert preview.data(preview.index(0, 1)) == "Józef Koń"
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    with context.runner.database.begin() as session:
        assert session.execute(select(Person.first_name, Person.last_name)).one() == ("Józef", "Koń")


def test_import_wizard_country_evidence_and_columns(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    from reseau.core.enums import Country
    from reseau.ui.io.import_wizard import PAGE_FILE

    calendar = tmp_path / "agenda.ics"
    calendar.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    path = tmp_path / "excel.csv"
    path.write_bytes(
        (
            "Prénom;Nom;Organisme;Courriel;Téléphone;Ville;Code interne\r\n"
            "Jeanne;Dupuis;CAF;jeanne@caf.fr;05 56 00 11 22;Bordeaux;A1\r\n"
            "Ana;Silva;X;ana@example.org;;Lisbonne;B2\r\n"
        ).encode("cp1252")
    )
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(calendar))
    wizard.next()
    assert wizard.currentId() == PAGE_FILE  # refused, and said what it is
    assert "calendrier" in wizard.file_page.error_label.text()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    wait_ops(context)
    mapping = wizard.currentPage()
    combos = dict(zip(wizard.source.csv.headers, mapping.combos, strict=True))  # type: ignore[union-attr,attr-defined]
    assert combos["Organisme"].currentData() == "organization"
    assert combos["Code interne"].currentData() == "keep"  # unknown: kept in the notes
    assert "Code interne" in mapping.fates_label.text()  # type: ignore[attr-defined]
    # The user ignores « Code interne » and keeps « Ville » in the notes.
    combos["Code interne"].setCurrentIndex(combos["Code interne"].findData(""))
    combos["Code interne"].activated.emit(0)
    assert "ignorée à votre demande" in mapping.fates_label.text()  # type: ignore[attr-defined]
    # A preset chosen by hand reads the columns again.
    preset = mapping.preset  # type: ignore[attr-defined]
    assert preset.currentData() == "generic"
    preset.setCurrentIndex(preset.findData("outlook_fr"))
    preset.activated.emit(preset.currentIndex())
    assert wizard.preset == "outlook_fr"
    combos = dict(zip(wizard.source.csv.headers, mapping.combos, strict=True))  # type: ignore[union-attr,attr-defined]
    combos["Code interne"].setCurrentIndex(combos["Code interne"].findData(""))
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    preview = wizard.currentPage()
    model = preview.model  # type: ignore[attr-defined]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    country_col, why_col = headers.index("Pays"), headers.index("Pourquoi")

    def cell(row: int, column: int) -> str:
        return str(model.data(model.index(row, column)))

    assert (cell(0, country_col), cell(0, why_col)) == ("France", "domaine .fr")
    assert (cell(1, country_col), cell(1, why_col)) == ("Québec", "aucun indice\u00a0: pays par défaut")
    # The default country is the user's choice: Ana (no evidence) follows it, Jeanne does not.
    combo = preview.country  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("OTHER"))
    combo.activated.emit(combo.currentIndex())
    assert wizard.default_country == Country.OTHER
    assert (cell(0, country_col), cell(1, country_col)) == ("France", "Autre")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    report = wizard.result_page.report
    assert report is not None and report.created == 2 and report.defaulted == 1
    details = wizard.result_page.details.text()
    assert "France\u00a0: 1 (domaine du courriel\u00a0: 1)" in details
    assert "1 sans indice de pays, classées Autre" in details
    assert "«\u00a0Code interne\u00a0»\u00a0: ignorée à votre demande" in details
    assert "Ville" not in details  # an address part now: the city of her address
    with context.runner.database.begin() as session:
        persons = {p.last_name: p for p in session.scalars(select(Person))}
        jeanne = persons["Dupuis"]
        assert (jeanne.country, persons["Silva"].country) == (Country.FRANCE, Country.OTHER)
        assert [c.value for c in jeanne.contact_points if c.kind == ContactKind.PHONE] == ["+33556001122"]
        assert jeanne.notes == ""  # « Code interne » ignored as asked
        assert [c.address["city"] for c in jeanne.contact_points if c.kind == ContactKind.ADDRESS] == [
            "Bordeaux"
        ]


def test_import_wizard_reads_an_excel_workbook(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "liste.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "Courriel", "Remarques"])
    sheet.append(["Jeanne", "Dupuis", "jeanne@caf.fr", "vue à Lyon"])
    workbook.save(path)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    detected = wizard.currentPage()
    assert not detected.encoding_label.isEnabled()  # type: ignore[attr-defined]  # no text encoding
    assert "Jeanne" in detected.sample_label.text()  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    wait_ops(context)
    wizard.next()
    model = wizard.page(PAGE_PREVIEW).model  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    assert "domaine .fr" in [str(model.data(model.index(0, c))) for c in range(model.columnCount())]

"""The Agenda de mission area on the demo database: the grid, drag and drop, the checks panel,
the slot dialog, acknowledgements, the briefing editor and the exports."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from reseau.core.agenda_checks import A1, A3, TRAVEL
from reseau.core.enums import Activity, HalfDay
from reseau.db.session import Database
from reseau.services.agenda.editing import SlotInput
from reseau.ui.agenda.grid import slot_mime
from reseau.ui.agenda.slot_dialog import SlotDialog
from reseau.ui.agenda.view import AgendaView
from reseau.ui.context import AppContext

pytestmark = pytest.mark.filterwarnings("ignore:Function.*is marked as deprecated:DeprecationWarning")

Wait = Callable[[AppContext], None]
MONDAY, TUESDAY = date(2027, 5, 10), date(2027, 5, 11)


@pytest.fixture
def view(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> AgendaView:
    widget = AgendaView(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.show()
    wait_ops(demo_context)
    assert widget.loaded is not None and "brouillon" in widget.loaded.agenda.title
    return widget


def _slot_id(view: AgendaView, title: str) -> int:
    assert view.loaded is not None
    return next(s.id for s in view.loaded.agenda.slots if s.title == title)


def _drop(view: AgendaView, slot_id: int, day: date, half: HalfDay) -> None:
    """What a mouse drag ends with: the drag-enter then the drop of the slot's mime data."""
    cell = view.grid.cells[(day, half)]
    mime = slot_mime(slot_id)
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(cell, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(cell, drop)


def _rules(view: AgendaView) -> list[tuple[str, str]]:
    return [(w.rule, w.key) for w in view.checks_model.rows()]


def test_grid_shows_days_half_days_and_warning_cards(view: AgendaView) -> None:
    days = {day for day, _half in view.grid.cells}
    assert date(2027, 5, 9) in days and date(2027, 5, 13) in days  # the out-of-dates flight too
    assert len(view.grid.cards) == 20
    flight = view.grid.cards[_slot_id(view, "Vol Montréal → Paris")]
    assert "en dehors des dates" in flight.toolTip()
    assert "16 avertissement(s) à revoir" in view.summary.text()


def test_drag_a_slot_and_see_the_warning_appear_then_go(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait
) -> None:
    travel = _slot_id(view, "Train Paris → Rennes")
    assert (TRAVEL, f"{_slot_id(view, 'Le développement social local')}:"
            f"{_slot_id(view, 'Échanges avec les élus')}") in _rules(view)  # fmt: skip
    before = {k for r, k in _rules(view) if r == TRAVEL}
    # Move the Tuesday train to Monday morning, where the delegation is at a presentation.
    _drop(view, travel, MONDAY, HalfDay.MORNING)
    wait_ops(demo_context)
    moved = next(s for s in view.loaded.agenda.slots if s.id == travel)  # type: ignore[union-attr]
    # Same half-day on another day: the times are kept.
    assert (moved.day, moved.half_day, moved.start) == (MONDAY, HalfDay.MORNING, time(8, 0))
    overlaps = [w for w in view.checks_model.rows() if w.slot_id == travel and w.rule == "chevauchement"]
    assert overlaps, "the train now overlaps Monday's presentation"
    assert "⚠" in view.grid.cards[travel].findChild(type(view.summary)).text()
    # Drop it back: the overlap disappears again.
    _drop(view, travel, TUESDAY, HalfDay.MORNING)
    wait_ops(demo_context)
    assert not [w for w in view.checks_model.rows() if w.slot_id == travel]
    assert {k for r, k in _rules(view) if r == TRAVEL} == before


def test_dropping_on_the_same_cell_does_nothing(view: AgendaView, qtbot: QtBot) -> None:
    slot_id = _slot_id(view, "Questions")
    with qtbot.assertNotEmitted(view.grid.slot_moved):
        _drop(view, slot_id, MONDAY, HalfDay.MORNING)


def test_checks_panel_jumps_to_the_slot(view: AgendaView) -> None:
    row = next(i for i, w in enumerate(view.checks_model.rows()) if w.rule == A3)
    view.checks_table.selectRow(row)
    view.checks_table.clicked.emit(view.checks_model.index(row, 0))
    warning = view.checks_model.row_at(row)
    assert view.grid.selected_id == warning.slot_id
    assert view.buttons["edit"].isEnabled()


def test_acknowledge_with_a_reason(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = next(i for i, w in enumerate(view.checks_model.rows()) if w.rule == A1)
    view.checks_table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Envoyé par courriel le 1er mai", True))
    view.ack_button.click()
    wait_ops(demo_context)
    a1 = next(w for w in view.checks_model.rows() if w.rule == A1)
    assert a1.acknowledged == "Envoyé par courriel le 1er mai"
    assert "1 accepté(s)" in view.summary.text()


def test_new_slot_through_the_dialog(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[SlotInput] = []

    def fake_ask(
        _parent: object,
        _choices: object,
        days: object,
        data: SlotInput,
        editing: bool = False,
        mission_zone: str = "",
    ) -> SlotInput:
        asked.append(data)
        return SlotInput(TUESDAY, time(18, 0), time(19, 0), Activity.DEBRIEF, "Bilan du mardi", city="Rennes")

    monkeypatch.setattr(SlotDialog, "ask", fake_ask)
    view.grid.cell_activated.emit(TUESDAY, HalfDay.EVENING)
    wait_ops(demo_context)
    assert asked[0].day == TUESDAY and asked[0].start == time(19, 0)
    assert "Bilan du mardi" in {s.title for s in view.loaded.agenda.slots}  # type: ignore[union-attr]
    assert not [w for w in view.checks_model.rows() if w.rule == "A5"]  # Tuesday has its debrief


def test_slot_dialog_refuses_end_before_start(qtbot: QtBot, view: AgendaView) -> None:
    from reseau.services.agenda.reading import SlotChoices

    choices = SlotChoices((), (), (), ())
    data = SlotInput(MONDAY, time(10), time(11), Activity.PRESENTATION)
    dialog = SlotDialog(choices, (MONDAY, date(2027, 5, 13)), data, editing=False)
    qtbot.addWidget(dialog)
    dialog.ui.end.setTime(dialog.ui.start.time().addSecs(-3600))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is None
    assert "avant son début" in dialog.ui.error_label.text()
    dialog.ui.end.setTime(dialog.ui.start.time().addSecs(3600))
    dialog.ui.day.setDate(dialog.ui.day.date().addDays(30))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert "en dehors de la mission" in dialog.ui.error_label.text()
    dialog.ui.day.setDate(dialog.ui.day.date().addDays(-30))
    dialog.ui.title.setText("Accueil")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is not None and dialog.result_data.title == "Accueil"


def test_briefing_template_alone_does_not_clear_a1_and_never_replaces_text(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait
) -> None:
    assert A1 in {w.rule for w in view.checks_model.rows()}
    view.tabs.setCurrentWidget(view.briefing)
    view.briefing.outline_button.click()
    assert view.briefing.save_button.isEnabled()
    view.briefing.save_button.click()
    wait_ops(demo_context)
    # The untouched plan is saved but does not pass for a briefing.
    a1 = [w for w in view.checks_model.rows() if w.rule == A1]
    assert a1 and "ne contient que le plan A1" in str(a1[0].message)
    assert "organisation politique" in view.loaded.agenda.briefing_html  # type: ignore[union-attr]
    assert not view.briefing.save_button.isEnabled()
    # The user's own text, selected, then « Insérer le plan » again: the text stays, the plan follows.
    editor = view.briefing.editor
    editor.setPlainText("Les CCAS relèvent des communes.")
    editor.selectAll()
    view.briefing.outline_button.click()
    text = editor.toPlainText()
    assert text.startswith("Les CCAS relèvent des communes.") and "Les grandes politiques sociales" in text
    view.briefing.save_button.click()
    wait_ops(demo_context)
    assert A1 not in {w.rule for w in view.checks_model.rows()}
    assert "Les CCAS relèvent des communes." in view.loaded.agenda.briefing_html  # type: ignore[union-attr]


def test_typing_while_the_save_runs_stays_unsaved(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait
) -> None:
    editor = view.briefing.editor
    editor.setPlainText("Première version.")
    view.briefing.save_button.click()  # the save runs on the writer thread...
    editor.setPlainText("Première version. Et la suite.")  # ...while the user keeps writing
    editor.document().setModified(True)
    wait_ops(demo_context)
    assert view.briefing.is_modified() and "Et la suite." in editor.toPlainText()


def test_warning_says_why_in_the_side_panel_and_tooltips(view: AgendaView) -> None:
    row = next(i for i, w in enumerate(view.checks_model.rows()) if w.rule == A3)
    view.checks_table.selectRow(row)
    view._update_buttons()
    words = "Limiter les visites à un lieu par demi-journée"
    assert view.reason_label.isVisible() and words in view.reason_label.text()
    model = view.checks_model
    assert words in str(model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole))
    warning = model.row_at(row)
    assert warning.slot_id is not None and words in view.grid.cards[warning.slot_id].toolTip()
    travel = next(w for w in model.rows() if w.rule == TRAVEL)
    assert "Règle de Réseau" in view.grid.cards[travel.slot_id].toolTip()  # type: ignore[index]


def test_flight_shows_montreal_time(view: AgendaView) -> None:
    flight = view.grid.cards[_slot_id(view, "Vol Montréal → Paris")]
    assert flight.zone_note == "18 h 00 heure de Montréal"
    assert "heure de Montréal" in flight.toolTip()


def test_moving_the_paris_visit_to_the_rennes_evening_is_a_travel_conflict(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait
) -> None:
    visit = _slot_id(view, "Visite d'une MDS")
    assert not [w for w in view.checks_model.rows() if w.rule == TRAVEL and w.slot_id == visit]
    _drop(view, visit, TUESDAY, HalfDay.EVENING)
    wait_ops(demo_context)
    found = [w for w in view.checks_model.rows() if w.rule == TRAVEL and w.slot_id == visit]
    assert len(found) == 1 and "à Rennes, puis" in str(found[0].message)
    assert "⚠" in view.grid.cards[visit].findChild(type(view.summary)).text()


def test_slot_dialog_time_zone(qtbot: QtBot) -> None:
    from reseau.services.agenda.reading import SlotChoices

    data = SlotInput(MONDAY, time(18), time(19), Activity.TRAVEL, time_zone="America/Toronto")
    dialog = SlotDialog(SlotChoices((), (), (), ()), None, data, editing=True)
    qtbot.addWidget(dialog)
    assert dialog.time_zone.zone() == "America/Toronto"
    assert "Montréal" in dialog.time_zone.currentText()
    dialog.time_zone.setCurrentIndex(dialog.time_zone.findData(""))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is not None and dialog.result_data.time_zone == ""


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_export_pdf_carnet_from_the_view(
    view: AgendaView,
    demo_context: AppContext,
    wait_ops: Wait,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "carnet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export("pdf")
    # Written off the GUI thread, under a progress dialog: the window is not frozen meanwhile.
    assert view.last_export is None
    wait_ops(demo_context)
    assert view.last_export == tmp_path / "carnet.pdf"
    text = _pdf_text(view.last_export)
    for expected in (
        "Carnet de mission",
        "Programme jour par jour",
        "Lun. 10 mai 2027",
        "La protection sociale en France",
        "Organisations hôtes",
        "Agence régionale de santé de Bretagne",
        "Thèmes",
        "Document de préparation",
        "Hélène Carrère",  # the speaker's saved name, without the internal remark
        "Points à revoir (16)",
        # Each point says why, in the 2005 report's words.
        "Rapport de 2005 (A3) : « Limiter les visites à un lieu par demi-journée",
    ):
        assert expected in text, expected
    # No internal remark beside the speaker's name (the « Points à revoir » page may say why a
    # deleted speaker is a warning: that page is the coordinators' list of what to fix).
    assert "Carrère (supprimé des contacts)" not in text


def test_cli_pdf_export(qapp: QApplication, demo_context: AppContext, tmp_path: Path) -> None:
    from reseau.cli.main import main

    database = demo_context.runner.database
    target = tmp_path / "carnet.pdf"
    args = ["--db", str(database.engine.url.database), "agenda", "export", "brouillon", "--format", "pdf"]
    assert main([*args, "-o", str(target)]) == 0
    text = _pdf_text(target)
    assert "Mission 2027" in text and "Vol Montréal → Paris" in text


def test_settings_dialog_changes_the_checks(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from reseau.core.agenda import CheckSettings
    from reseau.ui.agenda.settings_dialog import AgendaSettingsDialog

    dialog = AgendaSettingsDialog(CheckSettings())
    qtbot.addWidget(dialog)
    dialog.sectors.setText(" ; ")
    dialog._on_button_box_accepted()
    assert dialog.result_data is None and "au moins un secteur" in dialog.error_label.text()
    dialog.sectors.setText("santé; logement")
    dialog.ratio.setValue(0.5)
    dialog.debrief_days.setValue(2)
    dialog.known_times.setPlainText("Paris – Rennes 1 h 30\nRennes Bordeaux")
    dialog._on_button_box_accepted()
    assert dialog.result_data is None
    assert "Trajet 2 (\u00ab\u00a0Rennes Bordeaux\u00a0\u00bb)" in dialog.error_label.text()
    assert dialog.known_times.toPlainText().endswith("Rennes Bordeaux")  # nothing typed is lost
    dialog.known_times.setPlainText("Paris – Rennes 1 h 30\nRennes – Bordeaux 2 h 10")
    dialog._on_button_box_accepted()
    from reseau.core.travel import KnownTime

    known = (KnownTime("Paris", "Rennes", 90), KnownTime("Rennes", "Bordeaux", 130))
    assert dialog.result_data == CheckSettings(0.5, ("santé", "logement"), 2, "Europe/Paris", known)

    monkeypatch.setattr(AgendaSettingsDialog, "ask", lambda *_a: dialog.result_data)
    view.buttons["settings"].click()
    wait_ops(demo_context)
    keys = {w.key for w in view.checks_model.rows()}
    assert "sector:logement" in keys and "sector:emploi" not in keys
    assert not [k for k in keys if k.startswith("debrief:")]  # one debrief per 2 days is met


def test_copy_a_day(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reseau.ui.agenda.copy_day_dialog import CopyDayDialog

    monkeypatch.setattr(CopyDayDialog, "ask", lambda *_a: (date(2027, 5, 13), TUESDAY))
    view.buttons["copy_day"].click()
    wait_ops(demo_context)
    tuesday = [s for s in view.loaded.agenda.slots if s.day == TUESDAY]  # type: ignore[union-attr]
    assert len(tuesday) == 4 + 5  # 13 May has five slots now (a lunch, a visit added)
    assert not [w for w in view.checks_model.rows() if w.key == "debrief:2027-05-11"]


def test_switching_mission_saves_the_briefing_being_written(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait
) -> None:
    draft_id = view.mission_id()
    view.briefing.editor.setHtml("<p>Les communes françaises</p>")
    view.briefing.editor.document().setModified(True)
    view.mission_combo.setCurrentIndex(1)  # the 2005 mission
    wait_ops(demo_context)
    assert view.mission_id() != draft_id
    view.mission_combo.setCurrentIndex(view.mission_combo.findData(draft_id))
    wait_ops(demo_context)
    assert "Les communes françaises" in view.loaded.agenda.briefing_html  # type: ignore[union-attr]


def test_delete_key_on_the_grid(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    slot_id = _slot_id(view, "Vol Montréal → Paris")
    view.grid.select_slot(slot_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(view.grid.cards[slot_id], Qt.Key.Key_Delete)
    wait_ops(demo_context)
    assert slot_id not in view.grid.cards
    assert not [w for w in view.checks_model.rows() if w.rule == "hors-dates"]


def test_person_and_organization_detail_panes_list_their_slots(demo_database: object) -> None:
    from sqlalchemy import select

    from reseau.db.models import Organization, Person
    from reseau.db.session import Database
    from reseau.services.organizations.page import organization_page
    from reseau.services.persons.page import person_page
    from reseau.ui.widgets.detail_sections import ORGANIZATION_SECTIONS, PERSON_SECTIONS

    assert isinstance(demo_database, Database)
    with demo_database.begin() as session:
        bigot = session.scalars(select(Person).where(Person.last_name == "Bigot")).one()
        massé = session.scalars(select(Person).where(Person.last_name == "Massé")).one()
        bordeaux = session.scalars(
            select(Organization).where(Organization.name == "Mairie de Bordeaux")
        ).one()
        today = date.today()
        speaker, attendee = person_page(session, bigot.id, today), person_page(session, massé.id, today)
        host = organization_page(session, bordeaux.id)
    # Rendered from the pages, without a session (on the GUI thread in the views).
    speaker_html = "".join(section(speaker, "fr") for section in PERSON_SECTIONS)
    attendee_html = "".join(section(attendee, "fr") for section in PERSON_SECTIONS)
    host_html = "".join(section(host, "fr") for section in ORGANIZATION_SECTIONS)
    assert "Agenda de mission" in speaker_html and "La protection sociale en France" in speaker_html
    assert "(intervenant)" in speaker_html
    assert "Entretien avec la DGAS" in attendee_html and "(participant)" in attendee_html
    assert "La politique de la ville" in host_html and "(hôte)" in host_html


def test_dropping_on_a_day_outside_the_mission_says_why(
    view: AgendaView, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    slot_id = _slot_id(view, "Questions")
    _drop(view, slot_id, date(2027, 5, 9), HalfDay.MORNING)
    wait_ops(demo_context)
    assert shown and "2027 est en dehors de la mission" in shown[0]
    moved = next(s for s in view.loaded.agenda.slots if s.id == slot_id)  # type: ignore[union-attr]
    assert moved.day == MONDAY  # nothing half-saved


def _shown(view: AgendaView, rule: str) -> tuple[str, str]:
    row = next(i for i, w in enumerate(view.checks_model.rows()) if w.rule == rule and w.day)
    model = view.checks_model
    return str(model.data(model.index(row, 0))), str(model.data(model.index(row, 1)))


def test_checks_panel_speaks_english(english: None, view: AgendaView) -> None:
    title, text = _shown(view, A3)
    assert title == "A3 · one place per half-day"
    # An English-locale date and the half-day in English, no French left in the sentence.
    from reseau.ui.i18n import format_date

    assert format_date(MONDAY) in text and "afternoon" in text.lower() and "places visited" in text
    assert "lieux" not in text and "mai" not in text
    a2_title, a2_text = _shown(view, "A2")
    assert a2_title == "A2 · discussion time"
    assert "min of discussion for" in a2_text and "échanges" not in a2_text
    assert a2_text.startswith(format_date(MONDAY) + ":")


def test_grid_day_headers_and_tooltips_in_english(english: None, view: AgendaView) -> None:
    flight = view.grid.cards[_slot_id(view, "Vol Montréal → Paris")]
    assert "falls outside the mission's dates" in flight.toolTip()
    view.grab().save("/tmp/agenda-en.png")


def test_carnet_pdf_in_english(english: None, view: AgendaView, tmp_path: Path) -> None:
    from reseau.reports.carnet import write_carnet
    from tests.reports.pdf_text import pdf_text

    assert view.loaded is not None
    write_carnet(view.loaded.agenda, tmp_path / "carnet.pdf", view.checks_model.rows())
    html = pdf_text(tmp_path / "carnet.pdf")
    assert "Mission handbook" in html and "Day-by-day programme" in html and "Contents" in html
    assert "Points to review" in html and "May 10, 2027" in html
    assert "Carnet de mission" not in html and "Programme jour par jour" not in html


def test_carnet_pdf_in_french_without_translator(view: AgendaView, tmp_path: Path) -> None:
    from reseau.reports.carnet import write_carnet
    from tests.reports.pdf_text import pdf_text

    assert view.loaded is not None
    write_carnet(view.loaded.agenda, tmp_path / "carnet.pdf", view.checks_model.rows())
    html = pdf_text(tmp_path / "carnet.pdf")
    assert "Carnet de mission" in html and "10 mai 2027" in html and "page 2 sur" in html


def test_delegate_file_and_mission_review_pdf_in_english(
    english: None, view: AgendaView, demo_database: Database, tmp_path: Path
) -> None:
    from reseau.reports.mission_pdf import delegate_pdf, write_mission_review
    from reseau.services.indicators.mission_review import delegate_briefs, mission_review
    from tests.reports.pdf_text import pdf_text

    assert view.loaded is not None
    mission_id = view.loaded.agenda.id
    with demo_database.begin() as session:
        review = mission_review(session, mission_id)
        briefs = delegate_briefs(session, mission_id)
    html = pdf_text(write_mission_review(review, tmp_path / "review.pdf"))
    assert "Mission review" in html and "Bilan de mission" not in html
    assert "May 10, 2027" in html  # the agenda table's dates in the English locale
    first = pdf_text(delegate_pdf(briefs[0], tmp_path / "file.pdf"))
    assert "Your programme" in first and "Votre programme" not in first


def test_settings_dialog_writes_the_ratio_in_the_ui_language(qtbot: QtBot, english: None) -> None:
    """1.50 in English, not the French 1,50 the spin box was once fixed to."""
    from reseau.core.agenda import CheckSettings
    from reseau.ui.agenda.settings_dialog import AgendaSettingsDialog

    dialog = AgendaSettingsDialog(CheckSettings(exchange_ratio=1.5))
    qtbot.addWidget(dialog)
    assert dialog.ratio.text() == "1.50"

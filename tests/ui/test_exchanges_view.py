"""The "Échanges et stages" area with the demo data and on a fresh database: list, filters,
detail, creating a stage through the dialog, changing a status, timeline, attachments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from reseau.core.enums import ExchangeKind, ExchangeStatus, OrgRole, ParticipantRole
from reseau.core.paths import DataPaths
from reseau.db.session import Database
from reseau.services.exchanges import records as ex
from reseau.services.exchanges.stages import StageSituation
from reseau.services.organizations.records import OrganizationInput, add_organization
from reseau.services.persons.records import PersonInput, add_person
from reseau.ui.context import AppContext
from reseau.ui.exchanges import list_view as exchanges_list_view
from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
from reseau.ui.exchanges.exchange_status_dialog import ExchangeStatusDialog, StatusChoice
from reseau.ui.exchanges.view import ExchangesView
from reseau.ui.persons.view import PersonsView
from reseau.ui.widgets.row_table_model import ROW_ROLE

Wait = Callable[[AppContext], None]


def type_text(widget: QWidget, text: str) -> None:
    # qtbot.keyClicks aborts on non-ASCII text: one key event per character.
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def _view(qtbot: QtBot, context: AppContext, wait_ops: Wait) -> ExchangesView:
    view = ExchangesView(context)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    wait_ops(context)
    return view


def _titles(view: ExchangesView) -> list[str]:
    proxy = view.list_view.proxy
    return [proxy.index(r, 0).data(ROW_ROLE).title for r in range(proxy.rowCount())]


# The demo data is typeset (core.typography): no-break spaces.
MISSION_2005 = "Mission exploratoire\u00a0: «\u00a0Le développement social local en France\u00a0»"
DRAFT_2027 = "Mission 2027 : développement social local (Paris, Rennes, Bordeaux) — brouillon"


def _select(view: ExchangesView, kind: ExchangeKind, wait_ops: Wait) -> ex.ExchangeRow:
    # The demo holds two missions: the 2005 one is the one with participants and objectives.
    row = next(
        r
        for r in view.list_view.model.rows()
        if r.kind == kind and (kind != ExchangeKind.MISSION or r.title == MISSION_2005)
    )
    view.list_view.select_id(row.id)
    wait_ops(view.context)
    return row


def test_demo_mission_and_boisvert_stage_are_shown(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    assert sorted(_titles(view)) == [
        DRAFT_2027,  # the agenda's draft for the next mission
        MISSION_2005,
        "Stage de Réal Boisvert en France",
    ]
    _select(view, ExchangeKind.MISSION, wait_ops)
    text = view.list_view.detail.toPlainText()
    assert "délégué (20)" in text
    for code in ("O1", "O2", "O3", "O4"):
        assert code in text
    for words in ("pleinement atteint", "partiellement atteint", "grandement atteint", "pertinence validée"):
        assert words in text
    assert "Historique des statuts" in text
    assert "2005-06-01 — confirmé" in text and "2006-04-01 — bilan fait" in text
    view.tabs.setCurrentWidget(view.stages_view)  # the tab is built, then reads, when first shown
    wait_ops(demo_context)
    stages = view.stages_view.model.rows()
    assert [r.intern for r in stages] == ["Réal Boisvert"]
    assert view.stages_view.table.model().rowCount() == 1


def test_filters_by_kind_year_status_and_organization(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    bar = view.list_view.filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData(ExchangeKind.STAGE.value))
    assert _titles(view) == ["Stage de Réal Boisvert en France"]
    assert view.list_view.count_label.text() == "1 sur 3 échanges"
    bar.kind.setCurrentIndex(0)
    bar.year.setCurrentIndex(bar.year.findData(2005))
    assert _titles(view) == [MISSION_2005]
    bar.year.setCurrentIndex(0)
    bar.status.setCurrentIndex(bar.status.findData(ExchangeStatus.DONE.value))
    assert _titles(view) == ["Stage de Réal Boisvert en France"]
    bar.status.setCurrentIndex(0)
    inspq = bar.organization.findText("INSPQ")
    assert inspq > 0
    bar.organization.setCurrentIndex(inspq)
    assert len(_titles(view)) == 1
    bar.organization.setCurrentIndex(0)
    theme = bar.theme.findText("T01", Qt.MatchFlag.MatchStartsWith)
    bar.theme.setCurrentIndex(theme)
    assert len(_titles(view)) == 1
    bar.theme.setCurrentIndex(0)
    view.list_view.filter_edit.setText("boisvert")
    assert _titles(view) == ["Stage de Réal Boisvert en France"]


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    with database.begin() as s:
        return {
            "intern": add_person(s, PersonInput(last_name="Tremblay", first_name="Élise")).value,
            "tutor": add_person(s, PersonInput(last_name="Dupont", first_name="Marc")).value,
            "home": add_organization(s, OrganizationInput(name="CISSS de Laval")).value,
            "host": add_organization(s, OrganizationInput(name="Mairie de Lille")).value,
        }


def _pick(combo: object, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text, Qt.MatchFlag.MatchStartsWith))  # type: ignore[attr-defined]


def _fill_stage(dialog: ExchangeDialog) -> None:
    ui = dialog.ui
    assert ui.kind.currentData() == ExchangeKind.STAGE.value
    type_text(ui.title, "Stage d'Élise à Lille")
    ui.start_date.setDate(QDate(2027, 3, 1))
    ui.end_date.setDate(QDate(2027, 5, 31))
    _pick(ui.participant_person, "Élise Tremblay")
    assert ui.participant_role.currentData() == ParticipantRole.INTERN.value  # stages default to it
    ui.add_participant.click()
    _pick(ui.participant_person, "Marc Dupont")
    ui.participant_role.setCurrentIndex(ui.participant_role.findData(ParticipantRole.TUTOR.value))
    ui.add_participant.click()
    _pick(ui.organization_choice, "CISSS de Laval")
    ui.add_organization.click()
    _pick(ui.organization_choice, "Mairie de Lille")
    ui.organization_role.setCurrentIndex(ui.organization_role.findData(OrgRole.HOST.value))
    ui.add_organization.click()
    type_text(ui.learning_goals, "Animation de quartier")
    ui.agreement_status.setCurrentIndex(2)  # envoyée
    ui.report_due.setDate(QDate(2027, 7, 15))


def test_create_a_stage_through_the_dialog(
    qtbot: QtBot, context: AppContext, wait_ops: Wait, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, context, wait_ops)
    opened: list[ExchangeDialog] = []

    def ask(parent, choices, data=None, kind=ExchangeKind.MISSION, lang="fr"):  # type: ignore[no-untyped-def]
        dialog = ExchangeDialog(choices, data, kind, lang, parent)
        opened.append(dialog)
        _fill_stage(dialog)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result_data

    monkeypatch.setattr(ExchangeDialog, "ask", ask)
    view.list_view.new_stage_button.click()
    wait_ops(context)
    assert opened and opened[0].result() == 1
    assert _titles(view) == ["Stage d'Élise à Lille"]
    row = view.list_view.selected_row()
    assert row is not None and row.kind == ExchangeKind.STAGE
    with context.runner.database.begin() as s:
        d = ex.get_exchange(s, row.id)
    assert [(p.name, p.role) for p in d.participants] == [
        ("Élise Tremblay", ParticipantRole.INTERN),
        ("Marc Dupont", ParticipantRole.TUTOR),
    ]
    assert d.data.report_due == date(2027, 7, 15) and d.data.learning_goals == "Animation de quartier"
    view.tabs.setCurrentWidget(view.stages_view)  # built, then read, when first shown
    wait_ops(context)
    assert [r.intern for r in view.stages_view.model.rows()] == ["Élise Tremblay"]


def test_dialog_refuses_a_participant_twice_and_dates_out_of_order(
    qtbot: QtBot, database: Database, people: dict[str, int]
) -> None:
    with database.begin() as s:
        choices = ex.exchange_choices(s)
    dialog = ExchangeDialog(choices, kind=ExchangeKind.STAGE)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    _pick(ui.participant_person, "Élise Tremblay")
    ui.add_participant.click()
    _pick(ui.participant_person, "Élise Tremblay")
    ui.add_participant.click()
    assert dialog.participants.model.rowCount() == 1
    assert "Élise Tremblay est déjà « stagiaire »" in ui.error_label.text()
    type_text(ui.title, "Stage")
    ui.start_date.setDate(QDate(2027, 3, 1))
    ui.end_date.setDate(QDate(2027, 2, 1))
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result_data is None
    assert "La date de fin (2027-02-01) précède la date de début (2027-03-01)." in ui.error_label.text()


def test_change_status_appends_to_the_history(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    row = _select(view, ExchangeKind.STAGE, wait_ops)
    today = date.today()
    monkeypatch.setattr(
        ExchangeStatusDialog,
        "ask",
        lambda *a, **k: StatusChoice(ExchangeStatus.ASSESSED, today, "Rapport reçu"),
    )
    view.list_view.status_button.click()
    wait_ops(demo_context)
    assert view.list_view.selected_row().status == ExchangeStatus.ASSESSED  # type: ignore[union-attr]
    text = view.list_view.detail.toPlainText()
    assert f"{today:%Y-%m-%d} — bilan fait : Rapport reçu" in text
    with demo_context.runner.database.begin() as s:
        history = ex.get_exchange(s, row.id).history
    assert [h.status for h in history] == [ExchangeStatus.DONE, ExchangeStatus.ASSESSED]


def test_status_dialog_proposes_the_next_step(qtbot: QtBot) -> None:
    dialog = ExchangeStatusDialog("Stage", ExchangeStatus.PLANNED)
    qtbot.addWidget(dialog)
    assert dialog.data().status == ExchangeStatus.CONFIRMED


def test_timeline_bar_click_opens_the_exchange(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait
) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    view.tabs.setCurrentIndex(1)  # the timeline is built when first shown, then reads
    wait_ops(demo_context)
    page = view.timeline_page
    page.previous_button.click()
    assert page.timeline.first_year == date.today().year - 1
    page.show_years(2005)
    assert page.years_label.text() == "<b>2005 – 2006</b>"
    assert page.timeline.shown_count() == 1
    assert "1 échange(s) sans date" in page.undated_label.text()
    bar = page.timeline.bars[0]
    QTest.mouseClick(page.timeline, Qt.MouseButton.LeftButton, pos=bar.rect.center().toPoint())
    wait_ops(demo_context)
    assert view.tabs.currentWidget() is view.list_view
    assert view.list_view.selected_row().kind == ExchangeKind.MISSION  # type: ignore[union-attr]
    assert page.timeline.bar_at(QPointF(1, 1)) is None


def test_attachments_need_a_local_folder(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    _select(view, ExchangeKind.MISSION, wait_ops)
    assert not view.list_view.attach_button.isEnabled()
    assert "mode équipe" in view.list_view.detail.toPlainText()


def test_attach_and_open_a_document(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = replace(demo_context, paths=DataPaths(tmp_path / "data" / "reseau.sqlite3"))
    view = _view(qtbot, context, wait_ops)
    row = _select(view, ExchangeKind.MISSION, wait_ops)
    assert view.list_view.attach_button.isEnabled()
    source = tmp_path / "Rapport de mission.pdf"
    source.write_bytes(b"%PDF rapport")
    view.list_view.attach(row.id, source)
    wait_ops(context)
    assert "Rapport de mission.pdf" in view.list_view.detail.toPlainText()
    copies = list((tmp_path / "data" / "attachments").iterdir())
    assert len(copies) == 1 and copies[0].suffix == ".pdf"
    opened: list[Path] = []
    monkeypatch.setattr(exchanges_list_view, "open_file", lambda path: opened.append(path) or True)
    with context.runner.database.begin() as s:
        attachment = ex.get_exchange(s, row.id).attachments[0]
    source.unlink()
    view.list_view.on_link(f"attachment:{attachment.id}")
    wait_ops(context)
    assert opened == [copies[0]]
    monkeypatch.setattr(
        exchanges_list_view.QMessageBox,
        "question",
        lambda *_a, **_k: exchanges_list_view.QMessageBox.StandardButton.Yes,
    )
    view.list_view.on_link(f"attachment-remove:{attachment.id}")
    wait_ops(context)
    assert "Aucun document joint." in view.list_view.detail.toPlainText()
    assert not copies[0].exists()


def test_person_pane_lists_the_exchanges(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    view = PersonsView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    view.filter_edit.setText("boisvert")
    wait_ops(demo_context)  # the Personnes table filters in the database, off the GUI thread
    view.table.selectRow(0)
    wait_ops(demo_context)
    text = view.detail.toPlainText()
    assert "Échanges et stages" in text
    assert "Stage de Réal Boisvert en France (stage ; stagiaire ; réalisé)" in text
    assert "Mission exploratoire" in text


def test_stage_tab_sets_intern_tutor_and_organizations(
    qtbot: QtBot, database: Database, people: dict[str, int]
) -> None:
    with database.begin() as s:
        choices = ex.exchange_choices(s)
    dialog = ExchangeDialog(choices, kind=ExchangeKind.STAGE)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    type_text(ui.title, "Stage à Lille")
    _pick(ui.stage_intern, "Élise Tremblay")
    _pick(ui.stage_tutor, "Marc Dupont")
    _pick(ui.stage_host, "Mairie de Lille")
    _pick(ui.stage_intern, "Marc Dupont")  # a second choice replaces the first
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    data = dialog.result_data
    assert data is not None
    assert set(data.participants) == {
        ex.ParticipantInput(people["tutor"], ParticipantRole.INTERN),
        ex.ParticipantInput(people["tutor"], ParticipantRole.TUTOR),
    }
    assert data.organizations == (ex.OrganizationLink(people["host"], OrgRole.HOST),)
    # Removing the intern in the Participants tab empties the stage tab's combo.
    pairs = dialog.participants.pairs()
    ui.participants_table.selectRow(pairs.index((people["tutor"], ParticipantRole.INTERN)))
    ui.remove_participant.click()
    assert ui.stage_tutor.currentText() == "Marc Dupont"
    assert ui.stage_intern.currentIndex() == -1


def test_missing_file_gives_a_clear_message(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = replace(demo_context, paths=DataPaths(tmp_path / "data" / "reseau.sqlite3"))
    view = _view(qtbot, context, wait_ops)
    row = _select(view, ExchangeKind.MISSION, wait_ops)
    shown: list[str] = []
    monkeypatch.setattr(
        exchanges_list_view, "show_error", lambda _parent, title, error: shown.append(f"{title}: {error}")
    )
    view.list_view.attach(row.id, tmp_path / "parti.pdf")
    wait_ops(context)
    assert len(shown) == 1
    assert "Document non joint" in shown[0] and "parti.pdf" in shown[0] and "introuvable" in shown[0]
    assert "Aucun document joint." in view.list_view.detail.toPlainText()


def test_enter_in_the_person_field_adds_instead_of_saving(
    qtbot: QtBot, database: Database, people: dict[str, int]
) -> None:
    with database.begin() as s:
        choices = ex.exchange_choices(s)
    dialog = ExchangeDialog(choices)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentIndex(1)
    editor = dialog.ui.participant_person.lineEdit()
    type_text(editor, "Marc Dupont")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_data is None
    assert dialog.participants.pairs() == [(people["tutor"], ParticipantRole.DELEGATE)]


def test_stages_tab_shows_in_progress_coming_and_overdue(
    qtbot: QtBot, context: AppContext, wait_ops: Wait, people: dict[str, int]
) -> None:
    today = date.today()

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    intern = ex.ParticipantInput(people["intern"], ParticipantRole.INTERN)
    stages = {
        "En cours": (day(-10), day(10), None),
        "À venir": (day(30), day(60), None),
        "Rapport en retard": (day(-90), day(-30), day(-1)),
    }
    with context.runner.database.begin() as s:
        for title, (start, end, due) in stages.items():
            ex.add_exchange(
                s,
                ex.ExchangeInput(
                    kind=ExchangeKind.STAGE,
                    title=title,
                    start_date=start,
                    end_date=end,
                    report_due=due,
                    participants=(intern,),
                ),
            )
    view = _view(qtbot, context, wait_ops)
    stages_view = view.stages_view
    wait_ops(context)
    summary = stages_view.summary.text()
    for words in ("<b>1</b> rapport en retard", "<b>1</b> en cours", "<b>1</b> à venir"):
        assert words in summary
    table = stages_view.table.model()

    def titles() -> list[str]:
        return [table.index(r, 0).data(ROW_ROLE).title for r in range(table.rowCount())]

    assert titles()[0] == "Rapport en retard"  # what needs chasing comes first
    combo = stages_view.situation
    combo.setCurrentIndex(combo.findData(StageSituation.COMING.value))
    assert titles() == ["À venir"]
    combo.setCurrentIndex(combo.findData(StageSituation.IN_PROGRESS.value))
    assert titles() == ["En cours"]
    stages_view.table.activated.emit(table.index(0, 0))
    wait_ops(context)
    assert view.tabs.currentWidget() is view.list_view
    assert view.list_view.selected_row().title == "En cours"  # type: ignore[union-attr]


def test_new_exchange_button_opens_the_dialog(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(qtbot, demo_context, wait_ops)
    asked: list[object] = []
    monkeypatch.setattr(ExchangeDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(a) or None))
    qtbot.mouseClick(view.list_view.new_button, Qt.MouseButton.LeftButton)
    wait_ops(demo_context)
    assert len(asked) == 1

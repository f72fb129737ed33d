"""Personnes › Vie privée: export (JSON + PDF, owner-only), erase (with confirmation, backup,
the list of backups that still hold her), retention review; conflict dialog; read-only mode."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from reseau.core.data_errors import ReadOnlyError
from reseau.core.errors import ConflictError
from reseau.core.files import is_owner_only
from reseau.core.paths import DataPaths
from reseau.db.backup import list_backups
from reseau.db.models import ErasureRecord, Person
from reseau.db.session import Database
from reseau.services.persons.records import PersonInput, add_person, get_person, update_person
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow
from reseau.ui.ops.runner import CommandOp, OpRunner
from reseau.ui.persons.person_dialog import PersonDialog
from reseau.ui.persons.view import PersonsView
from reseau.ui.privacy.actions import PrivacyActions
from reseau.ui.privacy.retention_dialog import RetentionDialog
from reseau.ui.widgets.conflict_dialog import ConflictChoice, ConflictDialog

SHOTS = Path("/tmp/reseau-issue7-shots")


@pytest.fixture
def local_context(demo_database: Database, tmp_path: Path) -> Iterator[AppContext]:
    bus = ChangeBus()
    runner = OpRunner(demo_database, bus)
    path = Path(str(demo_database.engine.url.database))
    yield AppContext(runner=runner, bus=bus, paths=DataPaths(path))
    runner.shutdown()


def _view(qtbot: QtBot, context: AppContext, wait: Callable[[AppContext], None]) -> PersonsView:
    view = PersonsView(context)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    wait(context)
    view.table.selectRow(0)
    wait(context)
    return view


def test_export_writes_private_json_and_pdf(
    qtbot: QtBot, local_context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    view = _view(qtbot, local_context, wait_ops)
    row = view.selected_row()
    assert row is not None
    target = tmp_path / "export" / "donnees.json"
    target.parent.mkdir()
    view.privacy.export(row.id, target)
    wait_ops(local_context)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["personne"]["nom"] == row.last_name
    pdf = target.with_suffix(".pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert row.last_name in text and "Provenance des données" in text
    assert is_owner_only(target) and is_owner_only(pdf)
    assert view.privacy.last_export == (target, pdf)


def test_erase_with_confirmation_backup_and_report(
    qtbot: QtBot,
    local_context: AppContext,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, local_context, wait_ops)
    row = view.selected_row()
    assert row is not None
    monkeypatch.setattr(PrivacyActions, "confirm_erase", lambda self, name: False)
    view.privacy.ask_erase()
    wait_ops(local_context)
    with demo_database.begin() as session:
        assert session.get(Person, row.id) is not None  # cancelled

    monkeypatch.setattr(PrivacyActions, "confirm_erase", lambda self, name: True)
    view.privacy.ask_erase()
    wait_ops(local_context)
    with demo_database.begin() as session:
        assert session.get(Person, row.id) is None
        assert session.scalars(select(ErasureRecord.reference)).one() == view.privacy.last_erasure.reference  # type: ignore[union-attr]
    saved = list_backups(local_context.paths.backups)  # type: ignore[union-attr]
    assert [b.reason for b in saved] == ["avant-effacement"]
    assert [b.path for b in view.privacy.last_holding] == [saved[0].path]  # she is still in it
    box = view.findChild(object, "erasure_box")
    assert box is not None and saved[0].path.name in box.text()
    SHOTS.mkdir(exist_ok=True)
    box.grab().save(str(SHOTS / "erasure_report.png"))
    box.findChild(object, "delete_backups_button").click()
    assert list_backups(local_context.paths.backups) == []  # type: ignore[union-attr]
    assert row.id not in {r.id for r in view.model.rows()}


def test_privacy_menu_and_retention_review(
    qtbot: QtBot, local_context: AppContext, wait_ops: Callable[[AppContext], None]
) -> None:
    window = MainWindow(local_context, "test")
    qtbot.addWidget(window)
    wait_ops(local_context)
    view = window.show_area("persons")
    assert isinstance(view, PersonsView)
    view.table.selectRow(0)
    wait_ops(local_context)
    button = view.findChild(object, "privacy_button")
    assert button is not None and [a.objectName() for a in button.menu().actions()] == [
        "export_person_action",
        "erase_person_action",
        "retention_review_action",
    ]
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "persons_with_privacy_button.png"))
    with local_context.runner.database.begin() as session:  # three records untouched since 2015
        session.execute(text("UPDATE person SET created_at = '2015-03-01 10:00:00' WHERE id IN (1, 2, 3)"))
        session.execute(text("DELETE FROM interaction"))  # no journal: only the dates above count
    dialog = RetentionDialog(local_context, view)
    qtbot.addWidget(dialog)
    wait_ops(local_context)
    assert dialog.years.value() == 3
    assert dialog.model.rowCount() == 3
    assert "3 personne" in dialog.count_label.text()
    dialog.years.setValue(20)
    wait_ops(local_context)
    assert dialog.model.rowCount() == 0
    dialog.years.setValue(5)
    wait_ops(local_context)
    assert dialog.model.rowCount() == 3
    dialog.table.selectRow(0)
    dialog.show_button.click()
    assert dialog.chosen_id == dialog.model.row_at(0).id
    dialog.grab().save(str(SHOTS / "retention_dialog.png"))


def test_conflict_dialog_on_save_offers_reload_overwrite_cancel(
    qtbot: QtBot,
    local_context: AppContext,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, local_context, wait_ops)
    row = view.selected_row()
    assert row is not None
    with demo_database.begin() as session:
        stale = get_person(session, row.id)
    with demo_database.begin() as session:  # a colleague saves meanwhile
        update_person(session, row.id, PersonInput(last_name=row.last_name, title="Collègue"), stale.version)
    asked: list[str] = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, p, what, *rest: asked.append(what) or ConflictChoice.OVERWRITE),
    )
    mine = PersonInput(last_name=row.last_name, title="Moi")
    CommandOp(local_context.runner, lambda s: update_person(s, row.id, mine, stale.version)).failure(
        lambda e: view._on_save_failed(e, row.id, mine)
    ).run()
    wait_ops(local_context)
    assert asked == [row.last_name]  # the name as the user typed it (no first name here)
    with demo_database.begin() as session:
        assert get_person(session, row.id).data.title == "Moi"  # overwritten on purpose

    reopened: list[PersonInput | None] = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, p, what, *rest: ConflictChoice.RELOAD))
    monkeypatch.setattr(
        PersonDialog, "ask", classmethod(lambda cls, p, choices, data=None: reopened.append(data))
    )
    view._on_save_failed(ConflictError("Personne", row.id, 1, 2), row.id, mine)
    wait_ops(local_context)
    assert reopened and reopened[0] is not None and reopened[0].title == "Moi"  # their latest version


def test_conflict_dialog_looks_right(qtbot: QtBot) -> None:
    dialog = ConflictDialog("Hélène Massé")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ConflictChoice.CANCEL
    dialog.show()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "conflict_dialog.png"))
    dialog.overwrite_button.click()
    assert dialog.choice() == ConflictChoice.OVERWRITE


def test_read_only_window_refuses_writes(
    qtbot: QtBot, demo_database: Database, wait_ops: Callable[[AppContext], None]
) -> None:
    demo_database.read_only = True
    bus = ChangeBus()
    runner = OpRunner(demo_database, bus)
    context = AppContext(runner=runner, bus=bus, paths=None, read_only=True)
    window = MainWindow(context, "test")
    qtbot.addWidget(window)
    wait_ops(context)
    assert not window.demo_action.isEnabled()
    view = window.show_area("persons")
    assert not view.findChild(object, "new_button").isEnabled()
    failures: list[BaseException] = []
    CommandOp(runner, lambda s: add_person(s, PersonInput(last_name="X"))).failure(failures.append).run()
    assert isinstance(failures[0], ReadOnlyError)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "read_only_window.png"))
    runner.shutdown()

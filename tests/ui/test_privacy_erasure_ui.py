"""Personnes › Vie privée › Effacer: the report lists the records that still mention her and
the interrupted backups it deleted; the file is vacuumed (same service as the command line)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reseau.core.paths import DataPaths
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.ops.runner import OpRunner
from reseau.ui.persons.view import PersonsView
from reseau.ui.privacy.actions import PrivacyActions


@pytest.fixture
def local_context(demo_database: Database) -> Iterator[AppContext]:
    bus = ChangeBus()
    runner = OpRunner(demo_database, bus)
    path = Path(str(demo_database.engine.url.database))
    yield AppContext(runner=runner, bus=bus, paths=DataPaths(path))
    runner.shutdown()


def test_erasure_report_lists_mentions_and_removed_partial_backups(
    qtbot: QtBot,
    local_context: AppContext,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = PersonsView(local_context)
    qtbot.addWidget(view)
    wait_ops(local_context)
    view.table.selectRow(0)
    wait_ops(local_context)
    row = view.selected_row()
    assert row is not None
    with demo_database.begin() as session:
        her = session.get(Person, row.id)
        assert her is not None
        full_name = f"{her.first_name} {her.last_name}"
        other = session.scalars(select(Person).where(Person.id != row.id).order_by(Person.id)).first()
        assert other is not None
        other.notes = f"Rencontré·e avec {full_name} à Rimouski"
        other_id, other_name = other.id, f"{other.first_name} {other.last_name}".strip()
    backups = local_context.paths.backups  # type: ignore[union-attr]
    backups.mkdir(parents=True, exist_ok=True)
    partial = backups / ".reseau-20260101-000000-000000-manuelle.sqlite3.part"
    partial.write_bytes(Path(str(demo_database.engine.url.database)).read_bytes())
    monkeypatch.setattr(PrivacyActions, "confirm_erase", lambda self, name: True)
    view.privacy.ask_erase()
    wait_ops(local_context)
    report = view.privacy.last_report
    assert report is not None and report.removed_partials == (partial,) and not partial.exists()
    assert [(m.table, m.row_id) for m in report.result.mentions] == [("person", other_id)]
    box = view.findChild(object, "erasure_box")
    assert box is not None
    text = box.text()
    assert "la mentionnent encore" in text and f"Fiche de personne n° {other_id} ({other_name})" in text
    assert "Sauvegardes interrompues supprimées : 1" in text
    assert full_name not in text  # the report names the others' records, never her
    assert str(other_id) in box.detailedText()

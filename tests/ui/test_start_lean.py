"""The cold start (issue 19.3): what the window imports, and the probe the benchmark reads.

Each test runs in a fresh interpreter (the pytest process has imported everything long ago):
building the window on the Tableau de bord, then showing Personnes, must not import what only
an action or another area needs; and the probe prints one line at the first paint, then quits.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseau.db.open import open_sqlite
from reseau.services.persons.records import PersonInput, add_person
from reseau.ui import areas
from tests.app_process import app_env

ROOT = Path(__file__).resolve().parents[2]

# Imported when the action or the area that needs them is used, never by the start.
DEFERRED = [
    "matplotlib",  # the PDFs' charts and fonts (the Indicateurs paint theirs with QPainter)
    "reportlab",  # PDFs
    "openpyxl",  # XLSX import/export
    "icalendar",  # agenda export
    "phonenumbers",  # reading or showing a phone number
    "email_validator",  # reading an e-mail address
    "alembic",  # only when a file must be upgraded
    "reseau.ui.io.import_wizard",
    "reseau.ui.io.export_dialog",
    "reseau.services.io.import_run",  # the import pipeline and every file reader
    "reseau.ui.backups.backups_dialog",
    "reseau.ui.preferences.preferences_dialog",
    "reseau.services.demo.load",
    "reseau.reports.typeset",
    "reseau.ui.indicators.view",
    "reseau.ui.journal.view",
    "reseau.ui.agenda.view",
    "reseau.ui.exchanges.view",
    "sqlalchemy.dialects.postgresql",  # a team server's search only
]

WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reseau.app import build_window
from reseau.services.database.store import is_empty, open_sqlite
database = open_sqlite(Path(sys.argv[1]), defer_check=True)
window = build_window(database, None, sys.argv[1])
is_empty(database)
window.show()
from reseau.db.models import Person
configured = Person.__mapper__.configured  # the first paint is not behind the ORM's set-up
app.processEvents()
after_window = sorted(sys.modules)
window.show_area("persons")
app.processEvents()
after_persons = sorted(sys.modules)
from reseau.ui import areas
areas.warm_up().join()
print(json.dumps({
    "window": after_window,
    "persons": after_persons,
    "warm": sorted(sys.modules),
    "built": sorted(window.area_widgets),
    "configured before the first paint": configured,
}))
window.close()
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return app_env(tmp_path)


def _database(db_path: Path) -> Path:
    database = open_sqlite(db_path)
    with database.begin() as session:
        add_person(session, PersonInput(first_name="Hélène", last_name="Massé"))
    database.dispose()
    return db_path


def test_the_window_and_personnes_start_without_what_they_do_not_use(db_path: Path, tmp_path: Path) -> None:
    import json

    done = subprocess.run(
        [sys.executable, "-c", WINDOW, str(_database(db_path))],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    for when in ("window", "persons"):
        loaded = set(modules[when])
        assert "reseau.ui.dashboard.view" in loaded  # the test sees what the start imported
        assert [name for name in DEFERRED if name in loaded] == [], when
    assert "reseau.ui.persons.view" not in modules["window"]  # built when first shown
    # The journal entry dialog: the Tableau de bord's « Consigner » imports it when clicked.
    assert "reseau.ui.journal.actions" not in modules["window"]
    assert "reseau.ui.persons.view" in modules["persons"]
    # The warm-up after the start-up checks imports every area's module, builds nothing.
    assert set(areas.VIEW_MODULES) <= set(modules["warm"])
    # The Indicateurs paint their charts with QPainter: matplotlib waits for a PDF (issue 19.5).
    assert "matplotlib" not in modules["warm"]
    assert modules["built"] == ["dashboard", "persons"]
    assert modules["configured before the first paint"] is False


def test_a_module_that_fails_to_warm_up_is_left_to_its_area(caplog: pytest.LogCaptureFixture) -> None:
    areas.warm_up(("reseau.ui.no_such_view", "json")).join()
    assert "reseau.ui.no_such_view" in caplog.text


def test_the_start_probe_says_the_first_paint_of_personnes_rows_then_quits(
    db_path: Path, tmp_path: Path
) -> None:
    env = {**_env(tmp_path), "RESEAU_START_PROBE": "persons"}
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "reseau", "--db", str(_database(db_path))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith("reseau-start-probe")]
    assert len(lines) == 1, done.stdout + done.stderr
    _prefix, what, said, peak = lines[0]
    assert what == "persons" and started < float(said) < time.time() and int(peak) > 0


def test_without_the_variable_there_is_no_probe(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    from reseau.ui import startup_probe

    monkeypatch.delenv(startup_probe.ENV, raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert startup_probe.install(window) is None
    monkeypatch.setenv(startup_probe.ENV, "window")
    assert startup_probe.install(window) is not None


def test_the_tableau_de_bord_reads_when_first_shown(qtbot: QtBot, db_path: Path) -> None:
    from reseau.app import build_window

    database = open_sqlite(_database(db_path))
    try:
        window = build_window(database, None, "test")
        qtbot.addWidget(window)
        window.show_area("persons")  # a start that opens elsewhere (a link, a file to import)
        window.show()
        persons = window.area_widgets["persons"]
        qtbot.waitUntil(lambda: persons.lazy_model.rowCount() == 1)  # type: ignore[attr-defined]
        qtbot.waitUntil(window.context.runner.is_idle)
        board = window.area_widgets["dashboard"]
        assert board.board is None  # type: ignore[attr-defined]  # not read: never shown
        window.show_area("dashboard")
        qtbot.waitUntil(lambda: board.board is not None)  # type: ignore[attr-defined]
        qtbot.waitUntil(window.context.runner.is_idle)
        window.close()
    finally:
        database.dispose()

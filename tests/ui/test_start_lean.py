"""The cold start (issue 19.3): what the window imports, and the probe the benchmark reads.

Each test runs in a fresh interpreter (the pytest process has imported everything long ago):
building the window on the Tableau de bord, then showing Personnes, must not import what only
an action or another area needs; the Tableau de bord paints its frame before the ORM and the
models are imported (by any thread); and the probe prints one line at the first paint, then
quits.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reseau.db.open import open_sqlite
from reseau.db.session import Database
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

# Imported after the window's first paint (by the first read, on the op runner's threads): the
# frame of the Tableau de bord needs none of them (0.3 s of the cold start at 100,000 persons).
AFTER_FIRST_PAINT = [
    "sqlalchemy.orm",
    "reseau.db.models",
    "reseau.services.database.history",  # undo: the first undoable write
    "reseau.services.database.settings",  # the backups' retention: the start-up backup
    "reseau.services.dashboard.summary",
    "reseau.services.journal.follow_ups",
    "reseau.services.search.global_search",
]

# The start as a user runs it (``reseau --db FILE``, the start-up checks, their backup), with
# the modules loaded at the moment the Tableau de bord first paints, from any thread.
FIRST_PAINT = """
import json, sys
from reseau.ui import startup_probe
said = {}
first = startup_probe.StartProbe.eventFilter
def watch(self, watched, event):
    answer = first(self, watched, event)
    if self.said is not None and not said:
        said["modules"] = sorted(sys.modules)
    return answer
startup_probe.StartProbe.eventFilter = watch
from reseau.cli.main import main
code = main(["--db", sys.argv[1]])
print(json.dumps({"code": code, "at first paint": said.get("modules"), "at the end": sorted(sys.modules)}))
"""

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


def _said(script: str, db_path: Path, env: dict[str, str]) -> Any:
    """Run ``script`` in a Python of its own on the test's database; what it printed last, as JSON."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(_database(db_path))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_and_personnes_start_without_what_they_do_not_use(db_path: Path, tmp_path: Path) -> None:
    modules = _said(WINDOW, db_path, _env(tmp_path))
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


def test_the_tableau_de_bord_paints_its_frame_before_the_orm_and_the_models(
    db_path: Path, tmp_path: Path
) -> None:
    said = _said(FIRST_PAINT, db_path, {**_env(tmp_path), "RESEAU_START_PROBE": "window"})
    assert said["code"] == 0
    at_paint, at_end = set(said["at first paint"]), set(said["at the end"])
    assert {"reseau.ui.dashboard.view", "reseau.services.database.store"} <= at_paint
    assert [name for name in AFTER_FIRST_PAINT if name in at_paint] == []
    # ... and they do come, after it: the start-up checks and the board's first read.
    assert {"sqlalchemy.orm", "reseau.db.models", "reseau.services.dashboard.summary"} <= at_end


def test_an_op_that_waits_for_the_paint_opens_no_session_before_it(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start-up checks' op waits for the first paint before its session (opening one
    imports the ORM, on the writer thread, while the GUI thread paints)."""
    from reseau.ui.change_bus import ChangeBus
    from reseau.ui.ops.runner import OpRunner, QueryOp

    opened: list[float] = []
    begin = database.begin
    monkeypatch.setattr(database, "begin", lambda: opened.append(time.time()) or begin())
    painted = threading.Event()
    runner = OpRunner(database, ChangeBus())
    answers: list[int] = []
    QueryOp(runner, lambda _session: 7).waits_for(painted, 30).success(answers.append).run()
    time.sleep(0.2)
    assert opened == [] and answers == []
    set_at = time.time()
    painted.set()
    qtbot.waitUntil(lambda: answers == [7])
    assert len(opened) == 1 and opened[0] >= set_at
    runner.shutdown()


# Threads opening their first sessions together, then importing services at first use (as the
# ops do after the first paint): the first begin() has imported the ORM and every model, whole,
# before any op's code runs, so no two threads race into those packages by their submodules.
FIRST_SESSIONS = """
import importlib, json, sys, threading
from pathlib import Path
from reseau.db.open import open_sqlite
database = open_sqlite(Path(sys.argv[1]))
before = [name for name in ("sqlalchemy.orm", "reseau.db.models") if name in sys.modules]
services = ["reseau.services.journal.follow_ups", "reseau.services.dashboard.summary",
            "reseau.services.search.global_search", "reseau.services.shared.versions",
            "reseau.services.journal.network", "reseau.services.database.settings"]
start = threading.Barrier(len(services))
inside, errors = [], []
def op(name):
    start.wait()
    try:
        with database.begin() as session:
            models = sys.modules.get("reseau.db.models")
            inside.append(models is not None and not models.__spec__._initializing)
            importlib.import_module(name)
    except BaseException as error:
        errors.append(repr(error))
threads = [threading.Thread(target=op, args=(name,)) for name in services]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(json.dumps({"before": before, "inside": inside, "errors": errors}))
"""


def test_first_sessions_import_the_orm_and_the_models_whole_before_any_op_runs(
    db_path: Path, tmp_path: Path
) -> None:
    said = _said(FIRST_SESSIONS, db_path, _env(tmp_path))
    assert said["before"] == []  # opening the file imports neither
    assert said["errors"] == []
    assert said["inside"] == [True] * 6


def test_a_lazy_module_imports_at_its_first_use() -> None:
    from reseau.ui.ops._lazy import lazy

    name = "reseau.services.dashboard.plain"
    sys.modules.pop(name, None)
    plain = lazy(name)
    assert name not in sys.modules and name in repr(plain)
    assert plain.DUE_LIMIT == 200
    assert name in sys.modules
    with pytest.raises(AttributeError):
        _ = plain.no_such_name


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

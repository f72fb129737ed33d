"""The integrity check after the first paint (issue 19.3): it is the writer's first job, so a
write asked for meanwhile waits for it; a damaged file refuses every write, takes no backup,
closes the window and is set aside and offered at the next open, as at open before."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from reseau import app
from reseau.core.data_errors import DamagedDatabaseError
from reseau.core.paths import DataPaths
from reseau.db.models import Person
from reseau.db.open import open_sqlite
from reseau.services.database import backups, store
from reseau.services.persons.records import PersonInput
from reseau.ui.change_bus import ChangeBus
from reseau.ui.ops import backups as backup_ops
from reseau.ui.ops import persons as person_ops
from reseau.ui.ops.runner import OpRunner


def _opened_once(path: Path) -> Path:
    """As a previous start leaves the file: id claimed, WAL mode, closed cleanly."""
    open_sqlite(path).dispose()
    return path


def _persons(path: Path) -> int:
    database = open_sqlite(path)
    try:
        with database.begin() as session:
            return int(session.scalar(select(func.count(Person.id))) or 0)
    finally:
        database.dispose()


def test_a_write_asked_before_the_check_is_refused_when_the_file_is_damaged(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_sqlite(_opened_once(db_path), defer_check=True)
    assert database.unchecked
    monkeypatch.setattr(store, "find_damage", lambda _path: "*** in database main *** Page 12: corrupt")
    taken: list[str] = []
    monkeypatch.setattr(backups, "startup_backup", lambda *_a: taken.append("backup"))
    runner = OpRunner(database, ChangeBus())
    painted = threading.Event()
    findings = backup_ops.StartupFindings()
    backup_ops.startup_checks(runner, DataPaths(db_path), painted, findings).run()
    errors: list[BaseException] = []
    saved: list[object] = []
    person_ops.add_person(runner, PersonInput(last_name="Pas écrite")).success(saved.append).failure(
        errors.append
    ).run()
    painted.set()  # the first paint
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    runner.shutdown()
    database.dispose()
    assert saved == [] and len(errors) == 1 and isinstance(errors[0], DamagedDatabaseError)
    assert "rien n'y sera écrit" in str(errors[0])
    assert isinstance(findings.damage, DamagedDatabaseError) and taken == []  # no backup of it
    assert _persons(db_path) == 0


def test_on_a_sound_file_the_check_then_the_backup_then_the_write(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_sqlite(_opened_once(db_path), defer_check=True)
    order: list[str] = []
    real = store.find_damage

    def checked(path: Path) -> str | None:
        order.append("check")
        return real(path)

    monkeypatch.setattr(store, "find_damage", checked)
    monkeypatch.setattr(backups, "startup_backup", lambda *_a: order.append("backup"))
    window = app.build_window(database, DataPaths(db_path), str(db_path))
    qtbot.addWidget(window)
    checks = app._StartupChecks(window, database, DataPaths(db_path))
    person_ops.add_person(window.context.runner, PersonInput(last_name="Écrite")).success(
        lambda _o: order.append("write")
    ).run()
    qtbot.wait(50)
    assert order == []  # nothing read before the first paint
    window.show()
    qtbot.waitUntil(lambda: "write" in order and checks.delivered, timeout=10_000)
    assert order == ["check", "backup", "write"]
    assert checks.findings.damage is None and not database.unchecked
    window.close()
    database.dispose()
    assert _persons(db_path) == 1


def test_damage_found_after_the_first_paint_closes_the_window_and_checks_at_the_next_open(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _opened_once(db_path)
    _start_in_french(monkeypatch, tmp_path)
    deferred = _recorded_opens(monkeypatch)
    answers = iter(["Page 7: btreeInitPage() returns error code 11"])
    monkeypatch.setattr(store, "find_damage", lambda _path: next(answers, None))
    assert app.run_gui(argparse.Namespace(db=str(db_path), database_url=None)) == 0
    # First round deferred, its check found damage; the second checked at open (the real
    # quick_check, which finds this file sound) and ran to the end.
    assert deferred == [True, False]
    assert db_path.exists()


def _start_in_french(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``run_gui`` in French with preferences of its own, quitting 50 ms after it is shown,
    on the file it is given (no database URL inherited)."""
    prefs = tmp_path / "settings.json"
    prefs.write_text('{"language": "fr"}', encoding="utf-8")
    monkeypatch.setattr(app, "settings_path", lambda: prefs)
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "50")
    monkeypatch.delenv("RESEAU_DATABASE_URL", raising=False)


def _recorded_opens(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each ``open_sqlite`` of the app goes through, its ``defer_check`` recorded in order."""
    deferred: list[bool] = []
    real_open = app.open_sqlite

    def opening(path: Path, wait: object = None, defer_check: bool = False) -> object:
        deferred.append(defer_check)
        return real_open(path, wait=wait, defer_check=defer_check)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "open_sqlite", opening)
    return deferred


def _failing_read(runner: OpRunner) -> None:
    from reseau.ui.ops.runner import QueryOp

    def read(_session: object) -> None:
        raise RuntimeError("database disk image is malformed")

    QueryOp(runner, read).run()  # no failure of its own: the window's handler says it


@pytest.mark.parametrize("damaged", [False, True])
def test_failures_while_the_check_runs_are_held_then_said_or_dropped(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, damaged: bool
) -> None:
    database = open_sqlite(_opened_once(db_path), defer_check=True)
    release = threading.Event()

    def slow_check(_path: Path) -> str | None:
        release.wait(10)
        return "Page 3: corrupt" if damaged else None

    monkeypatch.setattr(store, "find_damage", slow_check)
    monkeypatch.setattr(backups, "startup_backup", lambda *_a: None)
    window = app.build_window(database, DataPaths(db_path), str(db_path))
    qtbot.addWidget(window)
    shown: list[BaseException] = []
    window.context.runner.failure_handler = shown.append  # what the window would say
    checks = app._StartupChecks(window, database, DataPaths(db_path))
    window.show()
    _failing_read(window.context.runner)
    qtbot.wait(300)
    assert shown == []  # held while the check runs
    release.set()
    qtbot.waitUntil(lambda: checks.delivered, timeout=10_000)
    if damaged:
        assert shown == [] and not window.isVisible()  # the set-aside offer says it instead
    else:
        assert [str(e) for e in shown] == ["database disk image is malformed"]
        assert window.isVisible()
        window.close()
    database.dispose()


def test_a_newer_schema_opens_read_only_without_check_nor_backup_and_quits(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import hashlib
    import sqlite3

    _opened_once(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    _start_in_french(monkeypatch, tmp_path)
    noticed: list[object] = []
    monkeypatch.setattr(app, "show_read_only_notice", noticed.append)
    checked: list[Path] = []
    monkeypatch.setattr(store, "find_damage", checked.append)
    assert app.run_gui(argparse.Namespace(db=str(db_path), database_url=None)) == 0
    assert len(noticed) == 1 and checked == []
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert not list(db_path.parent.glob("backups/**/*.sqlite3"))  # no start-up backup


def test_a_file_unreadable_before_its_check_is_checked_at_once_by_a_second_open(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3

    _opened_once(db_path)
    _start_in_french(monkeypatch, tmp_path)
    deferred = _recorded_opens(monkeypatch)
    failures = [sqlite3.DatabaseError("database disk image is malformed")]
    real_empty = app.is_empty

    def reading(database: object) -> bool:
        if failures:
            raise failures.pop()
        return real_empty(database)  # type: ignore[arg-type]

    monkeypatch.setattr(app, "is_empty", reading)
    assert app.run_gui(argparse.Namespace(db=str(db_path), database_url=None)) == 0
    assert deferred == [True, False]  # the second open checked (sound here) and went on
    # Checked at open and still unreadable: not a damage Réseau knows, the error is raised.
    failures.append(sqlite3.DatabaseError("disk I/O error"))
    deferred.clear()
    monkeypatch.setattr(app, "is_empty", lambda _db: (_ for _ in ()).throw(failures[0]))
    with pytest.raises(sqlite3.DatabaseError, match="disk I/O error"):
        app.run_gui(argparse.Namespace(db=str(db_path), database_url=None))
    assert deferred == [True, False]

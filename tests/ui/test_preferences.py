"""Préférences: the dialog, saving, a broken file, and the app starting with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reseau.core.changes import Changes
from reseau.core.settings import AgendaSettings, Settings, SettingsStore
from reseau.ui.context import AppContext
from reseau.ui.i18n import format_date, format_number
from reseau.ui.main_window import MainWindow
from reseau.ui.preferences.actions import edit_preferences
from reseau.ui.preferences.preferences_dialog import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]


def test_dialog_round_trips_every_value(qtbot: QtBot) -> None:
    chosen = Settings(
        language="en",
        database_path="/tmp/x.sqlite3",
        agenda=AgendaSettings(exchange_ratio=1.5, required_sectors=("santé", "logement")),
    )
    dialog = PreferencesDialog(chosen)
    qtbot.addWidget(dialog)
    assert dialog.settings() == chosen
    dialog.ui.follow_up_default_days.setValue(30)
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_data is not None and dialog.result_data.follow_up.default_days == 30
    assert not dialog.ui.open_backups.isEnabled()  # no way to open them without a window


def test_agenda_defaults_reach_missions_without_their_own(qtbot: QtBot, database) -> None:  # type: ignore[no-untyped-def]
    from reseau.core.agenda import CheckSettings
    from reseau.core.settings import agenda_defaults
    from reseau.services.agenda.reading import settings_of

    chosen = agenda_defaults(Settings(agenda=AgendaSettings(exchange_ratio=1.5, debrief_every_days=2)))
    with database.begin() as session:
        assert settings_of(session, 999, chosen) == CheckSettings(1.5, ("santé", "éducation", "emploi"), 2)
        assert settings_of(session, 999) == CheckSettings()  # nothing left behind by the call


def test_backups_button_opens_the_backups_dialog(qtbot: QtBot, context: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reseau.ui.backups.backups_dialog import BackupsDialog

    window = MainWindow(context, "x")
    qtbot.addWidget(window)
    opened: list[object] = []
    monkeypatch.setattr(BackupsDialog, "show_for", classmethod(lambda cls, p, c: opened.append(c)))

    def ask(cls, parent, settings, message="", open_backups=None):  # type: ignore[no-untyped-def]
        open_backups()
        return None

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(ask))
    window.edit_actions.preferences_action.trigger()
    assert opened == [context]


def test_a_server_address_without_scheme_is_refused_with_a_message(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentIndex(2)
    dialog.ui.server_url.setText("serveur/reseau")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result_data is None and "postgresql" in dialog.ui.message_label.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.general_tab


def test_saving_writes_the_file_and_tells_the_views(
    qtbot: QtBot, database, tmp_path: Path, monkeypatch, wait_ops: Callable[[AppContext], None]
) -> None:  # type: ignore[no-untyped-def]
    from reseau.ui.change_bus import ChangeBus
    from reseau.ui.ops.runner import OpRunner

    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    assert not store.load().readable
    bus = ChangeBus()
    context = AppContext(runner=OpRunner(database, bus), bus=bus, paths=None, settings=store)
    window = MainWindow(context, "x")
    qtbot.addWidget(window)
    seen: list[str] = []
    monkeypatch.setattr(
        PreferencesDialog,
        "ask",
        classmethod(
            lambda cls, parent, settings, message="", _backups=None: (
                seen.append(message) or Settings(language="en")
            )
        ),
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)  # later
    with qtbot.waitSignal(bus.changed) as blocker:
        window.edit_actions.preferences_action.trigger()
    assert blocker.args[0] == Changes(settings=True)
    assert "illisibles" in seen[0]  # the dialog says why the file was not used
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"
    assert store.current.language == "en"
    context.runner.shutdown()


def test_cancelling_leaves_an_unreadable_file_untouched(
    qtbot: QtBot, context: AppContext, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    store = SettingsStore(path)
    store.load()
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert not edit_preferences(None, AppContext(context.runner, context.bus, None, settings=store))  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "{not json"


def test_dates_and_numbers_use_the_default_locale() -> None:
    from datetime import date

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Canada))
    try:
        assert format_number(1234.5, 1).replace("\u00a0", " ").replace("\u202f", " ") == "1 234,5"
        assert "mai" in format_date(date(2005, 5, 2), long=True)
    finally:
        QLocale.setDefault(QLocale.c())


def test_app_starts_with_a_broken_preferences_file_and_does_not_overwrite_it(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text('{"language": "en",,}', encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RESEAU_QUIT_AFTER_MS": "300",
        "RESEAU_SETTINGS": str(settings),
        "PYTHONPATH": str(ROOT / "src"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "reseau", "--db", str(tmp_path / "x.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert settings.read_text(encoding="utf-8") == '{"language": "en",,}'
    assert (tmp_path / "x.sqlite3").exists()


def test_a_new_language_reopens_the_window_in_it_at_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch, compiled_translations: Path
) -> None:  # type: ignore[no-untyped-def]
    """Préférences → English → « Rouvrir maintenant »: the same process shows an English window
    on the same database, which was closed (and its lock released) in between."""
    import argparse

    from reseau import app

    settings = tmp_path / "settings.json"
    settings.write_text('{"language": "fr"}', encoding="utf-8")
    monkeypatch.setenv("RESEAU_SETTINGS", str(settings))
    monkeypatch.setenv(app.QUIT_AFTER_ENV, "400")
    monkeypatch.delenv("RESEAU_DATABASE_URL", raising=False)
    asked: list[str] = []

    def choose_english(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.button(QMessageBox.StandardButton.Yes).text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", choose_english)
    monkeypatch.setattr(
        PreferencesDialog, "ask", classmethod(lambda cls, parent, current, *a, **k: Settings(language="en"))
    )
    titles: list[str] = []
    built = app.build_window

    def build_and_watch(*args, **kwargs):  # type: ignore[no-untyped-def]
        window = built(*args, **kwargs)
        titles.append(window.windowTitle())
        if len(titles) == 1:
            QTimer.singleShot(0, window.edit_preferences)  # before the quit timer
        return window

    monkeypatch.setattr(app, "build_window", build_and_watch)
    code = app.run_gui(argparse.Namespace(db=str(tmp_path / "x.sqlite3"), database_url=None))
    assert code == 0
    assert asked == ["Rouvrir maintenant"]
    assert titles == ["Réseau — échanges France-Québec", "Réseau — France–Quebec exchanges"]

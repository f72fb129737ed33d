"""The window and `reseau agenda check` read the same Préférences file and pass the same
thresholds to the same service: the same database gives the same warnings (issue 17)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reseau.cli.main import main
from reseau.core.agenda_checks import rule_title
from reseau.core.settings import AgendaSettings, Settings, SettingsStore
from reseau.db.session import Database
from reseau.ui.agenda.view import AgendaView
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.ops.runner import OpRunner

pytestmark = pytest.mark.filterwarnings("ignore:Function.*is marked as deprecated:DeprecationWarning")

STRICT = Settings(
    agenda=AgendaSettings(exchange_ratio=3.0, required_sectors=("santé", "logement", "culture"))
)


@pytest.fixture
def preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "preferences.json"
    SettingsStore(path).save(STRICT)
    monkeypatch.setenv("RESEAU_SETTINGS", str(path))
    return path


@pytest.fixture
def window_context(demo_database: Database, preferences: Path) -> Iterator[AppContext]:
    store = SettingsStore(preferences)
    store.load()  # as reseau.app does at start-up
    bus = ChangeBus()
    runner = OpRunner(demo_database, bus)
    yield AppContext(runner=runner, bus=bus, paths=None, settings=store)
    runner.shutdown()


def _cli_lines(database: Database, capsys: pytest.CaptureFixture[str]) -> list[str]:
    main(["--db", str(database.engine.url.database), "agenda", "check", "brouillon"])
    lines = capsys.readouterr().out.splitlines()[:-1]  # the last line is the count
    return [line for line in lines if not line.startswith("    ")]  # indented: why (the report's words)


def test_cli_and_window_give_the_same_warnings(
    qtbot: QtBot,
    demo_database: Database,
    window_context: AppContext,
    wait_ops: Callable[[AppContext], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    view = AgendaView(window_context)
    qtbot.addWidget(view)
    view.show()
    wait_ops(window_context)
    assert view.loaded is not None and "brouillon" in view.loaded.agenda.title
    assert view.loaded.agenda.settings.exchange_ratio == 3.0  # the Préférences reached the window
    window = sorted(f"{rule_title(w.rule)} — {w.message}" for w in view.loaded.warnings)

    cli = sorted(_cli_lines(demo_database, capsys))
    assert cli == window
    assert len(window) > 16  # stricter than the built-in thresholds (16 warnings)


def test_cli_follows_the_preferences_file(
    demo_database: Database, preferences: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    strict = _cli_lines(demo_database, capsys)
    preferences.unlink()
    built_in = _cli_lines(demo_database, capsys)
    assert len(built_in) == 16
    assert len(strict) > len(built_in)

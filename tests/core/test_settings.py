"""Preferences file: defaults, validation per value, unreadable file kept until saved."""

from __future__ import annotations

import json
from pathlib import Path

from reseau.core.settings import Settings, SettingsStore, parse, settings_path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = SettingsStore(tmp_path / "settings.json").load()
    assert loaded.settings == Settings() and loaded.problems == () and loaded.readable


def test_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "en", "future_key": {"a": 1}}), encoding="utf-8")
    store = SettingsStore(path)
    assert store.load().settings.language == "en"
    changed = Settings(language="fr", server_url="postgresql+psycopg://h/db")
    store.save(changed)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["future_key"] == {"a": 1} and data["format"] == 1
    assert SettingsStore(path).load().settings == changed


def test_bad_values_are_ignored_one_by_one_with_a_message(tmp_path: Path) -> None:
    settings, problems = parse(
        {
            "language": "de",
            "follow_up": {"default_days": "soon", "due_soon_days": 3},
            "agenda": {"exchange_ratio": 1.5, "required_sectors": ["santé"]},
            "agenda_x": 4,
            "follow_up_extra": {"a": 1},
        }
    )
    assert settings.language == "system"
    assert settings.follow_up.default_days == 90 and settings.follow_up.due_soon_days == 3
    assert settings.agenda.exchange_ratio == 1.5 and settings.agenda.required_sectors == ("santé",)
    assert any("language" in str(p) for p in problems)
    assert any("follow_up.default_days" in str(p) for p in problems)
    assert settings.agenda.debrief_every_days == 1


def test_unreadable_file_falls_back_and_is_not_overwritten_until_saved(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "en",,}', encoding="utf-8")
    store = SettingsStore(path)
    loaded = store.load()
    assert not loaded.readable and loaded.settings == Settings()
    assert "illisibles" in str(loaded.problems[0]) and "ligne 1" in str(loaded.problems[0])
    assert path.read_text(encoding="utf-8") == '{"language": "en",,}'
    store.save(Settings(language="en"))
    assert SettingsStore(path).load().settings.language == "en"


def test_environment_variable_chooses_the_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RESEAU_SETTINGS", str(tmp_path / "x.json"))
    assert settings_path() == tmp_path / "x.json"

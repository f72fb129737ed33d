from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import pytest

from reseau.core import enums
from reseau.core.changes import Changes
from reseau.core.labels import FRENCH, label
from reseau.core.paths import ENV_DB, default_data_folder, resolve_database

ALL_ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_french_words(enum: type[StrEnum]) -> None:
    missing = [member for member in enum if member not in FRENCH]
    assert missing == []
    assert all(label(member, "fr") for member in enum)


def test_english_falls_back_to_readable_code() -> None:
    assert label(enums.Activity.SITE_VISIT, "en") == "site visit"
    assert label(enums.Assessment.FULLY, "en") == "fully met"


def test_changes_combine() -> None:
    merged = Changes(persons=True) | Changes(themes=True)
    assert merged.persons and merged.themes and not merged.exchanges
    assert not Changes().any()
    assert Changes.everything().agenda


def test_cli_db_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DB, str(tmp_path / "env.sqlite3"))
    assert resolve_database(tmp_path / "cli.sqlite3").database == tmp_path / "cli.sqlite3"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_DB, str(tmp_path / "env.sqlite3"))
    assert resolve_database(None).database == tmp_path / "env.sqlite3"


def test_default_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DB, raising=False)
    paths = resolve_database(None)
    assert paths.folder == default_data_folder()
    assert paths.backups == paths.folder / "backups"

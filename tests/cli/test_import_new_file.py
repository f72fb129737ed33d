"""``reseau import FILE --db NEW``: a new file is built aside and moved into place whole
(``db.new_file``); what a user sees of it is the same as before: the file, its rows, the
summary, and for an import that writes nothing, an empty file at the newest schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reseau.cli.main import main
from reseau.db import new_file
from reseau.db.open import open_sqlite

pytestmark = pytest.mark.sqlite_only

ROWS = "Prénom;Nom;Courriel\nHélène;Côté;helene@clsc.qc.ca\nÉric;Roy;eric@caf.fr\n;;pas un courriel\n"


def _schema(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
    finally:
        connection.close()


def _persons(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT first_name, last_name FROM person ORDER BY id").fetchall()
    finally:
        connection.close()


def test_import_into_a_new_file_builds_it_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text(ROWS, encoding="utf-8")
    target = tmp_path / "bases" / "nouvelle.sqlite3"
    built: list[Path] = []
    real = new_file.built_aside

    def spy(path: Path, *args: object, **kwargs: object) -> object:
        built.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("reseau.cli.import_command.built_aside", spy)
    assert main(["import", str(source), "--db", str(target)]) == 1  # one row rejected
    assert built == [target]
    out = capsys.readouterr().out
    assert "2 créées" in out and "1 rejetée" in out
    assert _persons(target) == [("Hélène", "Côté"), ("Éric", "Roy")]
    assert sorted(p.name for p in target.parent.iterdir()) == ["nouvelle.sqlite3"]
    # Every index and trigger dropped for the load is back, as in a file opened the usual way.
    usual = tmp_path / "usual.sqlite3"
    open_sqlite(usual).dispose()
    assert _schema(target) == _schema(usual)
    assert any(name == "ix_contact_point_person_id" for _, name, _ in _schema(target))
    # A second import into the now existing file is an ordinary one: duplicates skipped.
    built.clear()
    assert main(["import", str(source), "--db", str(target)]) == 1
    assert built == []
    assert "2 ignorées" in capsys.readouterr().out
    assert len(_persons(target)) == 2


def test_all_or_nothing_into_a_new_file_leaves_an_empty_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text(ROWS, encoding="utf-8")
    target = tmp_path / "nouvelle.sqlite3"
    assert main(["import", str(source), "--db", str(target), "--all-or-nothing"]) == 1
    out = capsys.readouterr().out
    assert "Tout ou rien" in out and "rien n'a été importé" in out
    assert _persons(target) == []  # rolled back inside the .part, then placed: as before
    assert not list(tmp_path.glob(".*.part*"))

"""`reseau backup` and `reseau restore FICHIER` from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reseau.cli.main import main
from reseau.db.backup import list_backups
from reseau.db.lock import InstanceLock


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT last_name FROM person ORDER BY 1")]
    finally:
        connection.close()


def _add(path: Path, name: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO person (last_name, name_key, country, sectors, roles, languages) "
        "VALUES (?, ?, 'QC', '[]', '[]', '[]')",
        (name, name.lower()),
    )
    connection.commit()
    connection.close()


def test_backup_list_and_restore(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add(db_path, "Avant")
    assert main(["backup", "--db", str(db_path)]) == 0
    made = list_backups(db_path.parent / "backups")
    assert len(made) == 1 and "vérifiée" in capsys.readouterr().out
    assert main(["backup", "--list", "--db", str(db_path)]) == 0
    assert made[0].path.name in capsys.readouterr().out
    _add(db_path, "Après")
    assert main(["restore", str(made[0].path), "--db", str(db_path)]) == 0
    assert "remplacées" in capsys.readouterr().out
    assert _names(db_path) == ["Avant"]
    reasons = sorted(b.reason for b in list_backups(db_path.parent / "backups"))
    assert reasons == ["avant-restauration", "manuelle"]


def test_restore_refuses_a_wrong_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, "Garde")
    wrong = tmp_path / "liste.csv"
    wrong.write_text("Nom;Prénom\nMassé;Hélène\n", encoding="utf-8")
    assert main(["restore", str(wrong), "--db", str(db_path)]) == 2
    assert "n'est pas une base de données Réseau" in capsys.readouterr().err
    assert _names(db_path) == ["Garde"]
    assert list_backups(db_path.parent / "backups") == []


def test_restore_refused_while_the_app_is_open(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(db_path)]) == 0
    made = list_backups(db_path.parent / "backups")[0]
    with InstanceLock(db_path):
        assert main(["restore", str(made.path), "--db", str(db_path)]) == 2
    assert "déjà ouverte" in capsys.readouterr().err


def test_backup_in_team_mode_points_to_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--database-url", "postgresql+psycopg://x@127.0.0.1:1/r"]) == 2
    assert "pg_dump" in capsys.readouterr().err

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reseau import __version__
from reseau.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Réseau {__version__}"


def test_demo_prints_one_line_and_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "sub" / "reseau.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    first = capsys.readouterr().out.strip().splitlines()
    assert len(first) == 1 and "23 personnes" in first[0]
    assert main(["demo", "--db", str(db)]) == 0
    assert "0 fiches créées" in capsys.readouterr().out


def test_demo_uses_the_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("RESEAU_DB", str(db))
    assert main(["demo"]) == 0
    assert db.exists()


def test_a_file_that_is_not_a_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "contacts.csv"
    bogus.write_text("nom;prénom\nMassé;Richard\n", encoding="utf-8")
    before = bogus.read_bytes()
    assert main(["demo", "--db", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert "n'est pas une base de données SQLite" in err and "Traceback" not in err
    assert bogus.read_bytes() == before


def test_module_entry_point_runs_without_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reseau", "demo", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Démonstration" in result.stdout


@pytest.mark.parametrize("before", [True, False])
def test_db_option_before_or_after_the_subcommand(
    tmp_path: Path, before: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "chosen.sqlite3"
    argv = ["--db", str(db), "demo"] if before else ["demo", "--db", str(db)]
    assert main(argv) == 0
    assert db.exists()

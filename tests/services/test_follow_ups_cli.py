"""`reseau relances` prints the grouped due list of a database for a given day."""

from __future__ import annotations

from pathlib import Path

import pytest

from reseau.cli.main import main


def test_relances_command(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A subcommand's own --db default would hide a --db given before it: the environment
    # variable makes sure that nothing here can reach the user's default database.
    monkeypatch.setenv("RESEAU_DB", str(db_path))
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["relances", "--db", str(db_path), "--date", "2006-04-10"]) == 0
    out = capsys.readouterr().out
    assert "En retard (0)" in out and "Plus tard" in out
    # By 2030 every cadence of the demo is overdue.
    assert main(["relances", "--db", str(db_path), "--date", "2030-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Claude Bigot" in out and "Relances\u00a0: " in out

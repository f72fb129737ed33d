"""The command line's French output carries the no-break spaces (core.typography)."""

from __future__ import annotations

import pytest

from reseau.cli.main import main
from reseau.core.typography import plain_space_problems
from reseau.db.session import Database


def test_agenda_check_output_has_no_plain_space_before_a_colon_or_inside_guillemets(
    demo_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_database.engine.url.database)
    assert main(["--db", db, "agenda", "check", "brouillon"]) == 1
    out = capsys.readouterr().out
    assert len(out.splitlines()) >= 14 and " : " not in out and "\u00a0:" in out
    assert plain_space_problems(out) == []


def test_error_lines_too(capsys: pytest.CaptureFixture[str], demo_database: Database) -> None:
    db = str(demo_database.engine.url.database)
    assert main(["--db", db, "agenda", "check", "gaspésie"]) == 2
    err = capsys.readouterr().err
    assert "introuvable" in err and plain_space_problems(err) == []

"""`reseau agenda check|export` on the demo database (the PDF is tested in tests/ui)."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from reseau.cli.main import main
from reseau.core.typography import french
from reseau.db.session import Database
from reseau.services.agenda.editing import acknowledge
from reseau.services.agenda.reading import find_mission


def _db(database: Database) -> str:
    return str(database.engine.url.database)


def test_check_lists_warnings_and_fails(demo_database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _db(demo_database), "agenda", "check", "brouillon"]) == 1
    out = capsys.readouterr().out
    assert "A3 · un lieu par demi-journée" in out
    assert "16 avertissement(s) à revoir" in out
    # Each warning says why, in the 2005 report's words: the line after A3's warning.
    lines = out.splitlines()
    a3 = next(i for i, line in enumerate(lines) if line.startswith("A3 · "))
    assert lines[a3 + 1] == "    " + french(
        "Rapport de 2005 (A3) : « Limiter les visites à un lieu par demi-journée, de façon à "
        "permettre les échanges avec les intervenants et les citoyens. »"
    )
    assert "Conflit · trajet — La délégation" in out and french("Règle de Réseau :") in out


def test_check_passes_on_the_2005_mission_with_database_after(
    demo_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # The 2005 mission has no slots: only the briefing (A1) is missing; accept it, and it passes.
    db = _db(demo_database)
    code = main(["agenda", "check", "exploratoire", "--db", db])
    out = capsys.readouterr().out
    assert code == 1 and "A1 · document de préparation" in out and "1 avertissement(s) à revoir" in out
    with demo_database.begin() as session:
        mission_id = find_mission(session, "exploratoire")
        acknowledge(session, mission_id, "A1", "briefing", "Rapport de 2005 : document remis sur place")
    assert main(["agenda", "check", str(mission_id), "--db", db]) == 0
    assert "[accepté\u00a0: Rapport de 2005" in capsys.readouterr().out


def test_unknown_or_ambiguous_mission(demo_database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", _db(demo_database), "agenda", "check", "gaspésie"]) == 2
    assert "introuvable" in capsys.readouterr().err
    assert main(["--db", _db(demo_database), "agenda", "check", "mission"]) == 2
    assert "plusieurs missions" in capsys.readouterr().err


def test_export_ics_and_xlsx(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics, xlsx = tmp_path / "m.ics", tmp_path / "m.xlsx"
    db = _db(demo_database)
    assert main(["--db", db, "agenda", "export", "brouillon", "--format", "ics", "-o", str(ics)]) == 0
    assert main(["--db", db, "agenda", "export", "brouillon", "--format", "xlsx", "-o", str(xlsx)]) == 0
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 20
    assert load_workbook(xlsx)["Agenda"].max_row == 21
    assert "20 événement(s), chacun à son fuseau horaire" in capsys.readouterr().out


def test_export_to_a_missing_folder_says_where(demo_database: Database, tmp_path: Path) -> None:
    target = tmp_path / "absent" / "m.ics"
    args = ["--db", _db(demo_database), "agenda", "export", "brouillon", "--format", "ics", "-o", str(target)]
    assert main(args) == 2

"""`reseau privacy export|erase`, and `-o -` (standard output) on the exporting commands."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from reseau.cli.main import main
from reseau.core.enums import ContactKind
from reseau.db.backup import list_backups
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.shared.contact_points import ContactInput


def _people(database: Database) -> tuple[str, int]:
    with database.begin() as session:
        her = add_person(
            session,
            PersonInput(
                last_name="Zwirnbaum",
                first_name="Philomène",
                contacts=(ContactInput(ContactKind.EMAIL, "philomene@exemple.qc.ca"),),
            ),
        ).value
        add_person(session, PersonInput(last_name="Roy", first_name="Jean"))
        add_person(session, PersonInput(last_name="Roy", first_name="Lise"))
    db = str(database.engine.url.database)
    database.dispose()
    return db, her


def _exists(database: Database, person_id: int) -> bool:
    with database.begin() as session:
        return session.get(Person, person_id) is not None


def test_export_by_name_to_a_private_file(database: Database, tmp_path: Path) -> None:
    db, her = _people(database)
    target = tmp_path / "philomene.json"
    assert main(["privacy", "export", "philomene zwirnbaum", "-o", str(target), "--db", db]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["personne"]["identifiant"] == her
    assert data["coordonnees"][0]["valeur"] == "philomene@exemple.qc.ca"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_to_standard_output(database: Database, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    db, her = _people(database)
    assert main(["privacy", "export", str(her), "-o", "-", "--db", db]) == 0
    captured = capsysbinary.readouterr()
    assert json.loads(captured.out.decode("utf-8"))["personne"]["nom"] == "Zwirnbaum"
    assert "exportées dans -".encode() in captured.err  # the summary stays out of the data


def test_a_name_for_several_persons_lists_them_and_stops(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _her = _people(database)
    target = tmp_path / "roy.json"
    assert main(["privacy", "export", "Roy", "-o", str(target), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "désigne 2 personnes" in err and "Jean Roy" in err and "Lise Roy" in err
    assert not target.exists()
    assert main(["privacy", "erase", "roy", "--yes", "--db", db]) == 2
    assert "désigne 2 personnes" in capsys.readouterr().err
    assert main(["privacy", "erase", "Nobody", "--yes", "--db", db]) == 2
    assert "aucune personne ne correspond à « Nobody »" in capsys.readouterr().err


def test_erase_without_yes_and_without_a_terminal_refuses(
    database: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, her = _people(database)
    monkeypatch.setattr("sys.stdin", io.StringIO("oui\n"))  # not a TTY
    assert main(["privacy", "erase", str(her), "--db", db]) == 2
    assert "pas de terminal pour confirmer" in capsys.readouterr().err
    assert _exists(database, her)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_erase_asks_on_a_terminal(
    database: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, her = _people(database)
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "non")
    assert main(["privacy", "erase", str(her), "--db", db]) == 1
    assert "rien n'a changé" in capsys.readouterr().out and _exists(database, her)
    questions: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: questions.append(prompt) or "oui")
    assert main(["privacy", "erase", str(her), "--db", db]) == 0
    assert "Philomène Zwirnbaum" in questions[0]
    assert not _exists(database, her)


def test_erase_with_yes_backs_up_erases_and_reports(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _her = _people(database)
    folder = Path(db).parent / "backups"
    assert main(["privacy", "erase", "Zwirnbaum", "--yes", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Référence de l'effacement" in out
    made = [b for b in list_backups(folder) if b.reason == "avant-effacement"]
    assert len(made) == 1 and str(made[0].path) in out  # the backup still holds her: listed
    with database.begin() as session:
        assert session.scalars(select(Person.last_name).order_by(Person.id)).all() == ["Roy", "Roy"]
    assert b"philomene@exemple" not in Path(db).read_bytes()


def test_export_contacts_to_standard_output(
    database: Database, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    db, _her = _people(database)
    assert main(["export", "contacts", "--format", "csv", "-o", "-", "--db", db]) == 0
    captured = capsysbinary.readouterr()
    assert b"Zwirnbaum" in captured.out and b"personnes export" not in captured.out
    assert "3 personnes exportées".encode() in captured.err


def test_agenda_and_report_to_standard_output(
    demo_database: Database, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    db = str(demo_database.engine.url.database)
    assert main(["--db", db, "agenda", "export", "brouillon", "--format", "ics", "-o", "-"]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"BEGIN:VCALENDAR") and b"VEVENT" in captured.out
    assert "événement(s)".encode() in captured.err
    assert main(["--db", db, "agenda", "export", "brouillon", "--format", "xlsx", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"PK")  # a ZIP: the workbook
    assert main(["--db", db, "report", "annual", "--year", "2005", "-o", "-"]) == 0
    captured = capsysbinary.readouterr()
    assert captured.out.startswith(b"%PDF") and b"Bilan annuel 2005" in captured.err
    assert main(["--db", db, "report", "delegates", "1", "-o", "-"]) == 2
    assert b"-o attend un dossier" in capsysbinary.readouterr().out

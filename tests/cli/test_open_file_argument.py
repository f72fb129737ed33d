"""`reseau FILE` (the desktop entry's ``Exec=reseau %f``): a database file opens as the
database, a contacts file in the import wizard; anything else is still the parser's error."""

from __future__ import annotations

import argparse

import pytest

from reseau.cli import main as cli_main


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[argparse.Namespace]:
    calls: list[argparse.Namespace] = []
    import reseau.app

    monkeypatch.setattr(reseau.app, "run_gui", lambda args: calls.append(args) or 0)
    return calls


@pytest.mark.parametrize("name", ["contacts.vcf", "Export Outlook.CSV", "carnet.xlsx"])
def test_a_contacts_file_opens_the_import_wizard(name: str, started: list[argparse.Namespace]) -> None:
    assert cli_main.main([name]) == 0
    assert started[0].open_contacts == name and started[0].db is None


@pytest.mark.parametrize("name", ["reseau.sqlite3", "equipe.db"])
def test_a_database_file_opens_as_the_database(name: str, started: list[argparse.Namespace]) -> None:
    assert cli_main.main([name]) == 0
    assert started[0].db == name and started[0].open_contacts is None


def test_no_argument_still_starts_the_window(started: list[argparse.Namespace]) -> None:
    assert cli_main.main([]) == 0 and started[0].open_contacts is None


@pytest.mark.parametrize("argv", [["notes.txt"], ["a.vcf", "b.vcf"], ["--nope"]])
def test_other_arguments_are_the_parsers_error(
    argv: list[str], started: list[argparse.Namespace], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli_main.main(argv)
    assert exit_info.value.code == 2 and started == []
    assert "reseau" in capsys.readouterr().err


def test_a_subcommand_is_not_a_file(started: list[argparse.Namespace]) -> None:
    assert cli_main._gui_arguments(["demo"]) is None
    assert cli_main._gui_arguments(["import", "contacts.vcf"]) is None

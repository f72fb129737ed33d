"""Subcommands are imported lazily (issue 19.2): ``reseau import`` imports the import command's
module only, not the GUI, reportlab, openpyxl, matplotlib nor the agenda; ``reseau --help`` and
``reseau COMMAND --help`` still describe every command and every option."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reseau.cli.main import COMMANDS, build_parser

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "reportlab", "openpyxl", "matplotlib", "alembic", "reseau.ui", "reseau.services.agenda")


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:  # type: ignore[type-arg]
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _helps(parser: argparse.ArgumentParser) -> dict[str, str]:
    return {str(a.dest): str(a.help) for a in _subparsers(parser)._choices_actions}


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {o for a in parser._actions for o in a.option_strings} | {
        str(a.metavar or a.dest) for a in parser._actions if not a.option_strings
    }


def test_the_table_says_what_each_module_registers() -> None:
    """Names and help lines of ``COMMANDS`` are exactly what the modules register."""
    for module in sorted({m for m, _ in COMMANDS.values()}):
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers(dest="command")
        importlib.import_module(f"reseau.cli.{module}").register(subparsers)
        expected = {name: help_text for name, (m, help_text) in COMMANDS.items() if m == module}
        assert _helps(parser) == expected, module


def test_a_lazy_parser_lists_every_command_with_its_help() -> None:
    full, lazy = build_parser(), build_parser(only="import")
    assert list(_helps(lazy)) == list(_helps(full)) == list(COMMANDS)
    assert _helps(lazy) == _helps(full)
    # The command asked for is the full one: every option, the same as in the full parser.
    lazy_import = _subparsers(lazy).choices["import"]
    full_import = _subparsers(full).choices["import"]
    assert _options(lazy_import) == _options(full_import)
    assert {"--dry-run", "--policy", "--country", "--encoding", "--db", "--mapping"} <= _options(lazy_import)


def _run(args: list[str], tmp_path: Path) -> tuple[str, list[str]]:
    """``reseau ARGS`` in a fresh process: its output and the heavy modules it imported."""
    script = (
        "import json, sys\nfrom reseau.cli.main import main\n"
        "try:\n    code = main(sys.argv[1:])\nexcept SystemExit as exit:\n    code = exit.code\n"
        f"heavy = sorted({{m.split('.')[0] if not m.startswith('reseau') else m for m in sys.modules "
        f"if m.startswith({HEAVY!r})}})\n"
        "print('HEAVY=' + json.dumps(heavy))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HOME": str(tmp_path)}
    env["RESEAU_SETTINGS"] = str(tmp_path / "settings.json")
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    out, _, heavy = done.stdout.rpartition("HEAVY=")
    return out + done.stderr, json.loads(heavy)


def test_reseau_help_lists_every_command_without_importing_them(tmp_path: Path) -> None:
    out, heavy = _run(["--help"], tmp_path)
    for name, (_, help_text) in COMMANDS.items():
        assert name in out and help_text.split(" ")[0] in out, name
    assert heavy == []


def test_reseau_import_help_lists_every_option_and_imports_no_heavy_module(tmp_path: Path) -> None:
    out, heavy = _run(["import", "--help"], tmp_path)
    for option in _options(_subparsers(build_parser()).choices["import"]):
        if option.startswith("-"):
            assert option in out, option
    assert heavy == []


@pytest.mark.parametrize("suffix", ["csv", "vcf"])
def test_an_import_imports_no_heavy_module(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"contacts.{suffix}"
    if suffix == "csv":
        source.write_text("Prénom;Nom;Courriel\nMarie;Tremblay;marie@exemple.qc.ca\n", encoding="utf-8")
    else:
        source.write_text(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tremblay;Marie\r\nFN:Marie Tremblay\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
    out, heavy = _run(["import", str(source), "--db", str(tmp_path / "new.sqlite3")], tmp_path)
    assert "1 créées" in out.replace("\u00a0", " ")
    assert heavy == []


def test_other_commands_still_run_through_the_lazy_parser(tmp_path: Path) -> None:
    out, _ = _run(["--db", str(tmp_path / "x.sqlite3"), "backup", "--list"], tmp_path)
    assert "Traceback" not in out
    out, _ = _run(["nimporte"], tmp_path)
    assert "invalid choice" in out or "choix" in out

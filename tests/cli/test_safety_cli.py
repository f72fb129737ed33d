"""Issue 15 (items 8, 9, 10) from the command line: a locked database is waited for visibly then
refused in one sentence; a newer-schema file refuses writes in one sentence; --db and
--database-url are accepted before and after every subcommand."""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reseau.cli.common import BUSY_LIMIT_ENV, WAITING
from reseau.cli.main import build_parser, main
from reseau.db import backup


@pytest.fixture
def locked(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Another program (a second sqlite3 connection) holds the database with BEGIN EXCLUSIVE."""
    monkeypatch.setenv(BUSY_LIMIT_ENV, "1")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield db_path
    holder.execute("ROLLBACK")
    holder.close()


def _contacts(tmp_path: Path) -> Path:
    source = tmp_path / "contacts.csv"
    source.write_text("Prénom;Nom;Courriel\nHélène;Massé;helene@example.org\n", encoding="utf-8")
    return source


@pytest.mark.parametrize("command", ["import", "generate", "demo", "restore"])
def test_a_locked_database_is_waited_for_then_refused_in_one_sentence(
    locked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    old = backup.create_backup(locked, tmp_path / "saved", "manuelle")
    argv = {
        "import": ["import", str(_contacts(tmp_path))],
        "generate": ["generate", "--persons", "3", "--organizations", "1", "--entries", "1"],
        "demo": ["demo"],
        "restore": ["restore", str(old.path)],
    }[command]
    digest = hashlib.sha256(locked.read_bytes()).hexdigest()
    assert main([*argv, "--db", str(locked)]) == 2
    err = capsys.readouterr().err
    assert WAITING in err
    assert "occupée par un autre programme depuis 1 s" in err
    assert "Traceback" not in err and "OperationalError" not in err
    assert hashlib.sha256(locked.read_bytes()).hexdigest() == digest


def test_writes_to_a_newer_schema_are_refused_in_one_sentence(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for argv in (["import", str(_contacts(tmp_path))], ["generate", "--persons", "1"], ["demo"]):
        assert main([*argv, "--db", str(db_path)]) == 2
        err = capsys.readouterr().err
        assert "lecture seule" in err and "Traceback" not in err
    assert main(["relances", "--db", str(db_path)]) == 0  # reading still works
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()


def test_a_damaged_file_is_refused_by_the_cli_with_its_backup_named(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backup.create_backup(db_path, db_path.parent / "backups", "manuelle")
    db_path.write_bytes(b"")
    assert main(["relances", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "vide (0 octet)" in err and good.path.name in err
    assert db_path.read_bytes() == b""


# --- 10. --db and --database-url anywhere ----------------------------------------------------
Leaf = tuple[list[str], argparse.ArgumentParser]


def _leaves(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[Leaf]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, [*path, name])


def _required(parser: argparse.ArgumentParser) -> list[str]:
    """Values for a leaf's required arguments, so that it parses."""
    argv: list[str] = []
    for action in parser._actions:
        value = action.choices[0] if action.choices else "2005"  # type: ignore[index]
        if not action.option_strings and action.nargs != 0:
            argv.append(str(value))
        elif action.required:
            argv += [action.option_strings[0], str(value)]
    return argv


def test_every_subcommand_accepts_the_database_options_before_and_after() -> None:
    parser = build_parser()
    leaves = list(_leaves(parser, []))
    assert len(leaves) >= 12  # import, export, report annual/mission/delegates, agenda check/export…
    for path, leaf in leaves:
        rest = _required(leaf)
        for where in ("before", "after"):
            for option, attribute in (("--db", "db"), ("--database-url", "database_url")):
                given = [option, "X.sqlite3"]
                argv = [*given, *path, *rest] if where == "before" else [*path, *rest, *given]
                args = parser.parse_args(argv)
                assert getattr(args, attribute) == "X.sqlite3", (path, where, option)

"""A ``reseau import`` killed (SIGKILL) at any moment leaves the database as it was or with the
whole import: never half of it, never without the triggers or indexes the bulk load drops for
its duration (issue 19.2: they are dropped inside the import's transaction).

Into a file that does not exist yet (built aside, ``db.new_file``): no file under its name, or
the whole import; the ``.part`` a kill leaves is removed by the next import into that name."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reseau.core.enums import Country
from reseau.db.models import Person
from reseau.db.open import open_sqlite

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

ROOT = Path(__file__).resolve().parents[2]
ROWS = 20_000


def _file(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write("Prénom;Nom;Courriel;Téléphone;Organisme;Ville\n")
        for i in range(ROWS):
            out.write(
                f"Marie;Tremblay-{i};m{i}@cisss.qc.ca;418 555-{i % 10_000:04d};CLSC {i % 50};Rimouski\n"
            )
    return path


def _state(path: Path) -> tuple[list[tuple[str, str, str]], int, int, str]:
    connection = sqlite3.connect(path)
    try:
        schema = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        persons = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        documents = connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        return schema, persons, documents, check
    finally:
        connection.close()


@pytest.mark.parametrize("with_data", [False, True])
def test_a_killed_import_leaves_all_or_nothing(tmp_path: Path, with_data: bool) -> None:
    source = _file(tmp_path / "contacts.csv")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HOME": str(tmp_path)}
    outcomes = set()
    for delay in (0.4, 1.0, 2.0, 4.0):
        target = tmp_path / f"base-{delay}.sqlite3"
        database = open_sqlite(target)
        if with_data:  # a person: no bulk index drop, a backup first
            with database.begin() as session:
                session.add(Person(last_name="Déjà", name_key="deja", country=Country.QUEBEC))
        database.dispose()
        schema, persons, documents, _ = _state(target)
        child = subprocess.Popen(
            [sys.executable, "-m", "reseau", "import", str(source), "--db", str(target)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        finished = child.poll() is not None
        if not finished:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        after_schema, after_persons, after_documents, check = _state(target)
        assert check == "ok"
        assert after_schema == schema  # every trigger and index, exactly as before
        if after_persons == persons:
            assert after_documents == documents
            outcomes.add("nothing")
        else:
            assert after_persons == persons + ROWS
            assert after_documents == documents + ROWS + 50  # the persons and their 50 organizations
            outcomes.add("all")
    assert "nothing" in outcomes  # at least one kill landed inside the import


def test_a_killed_import_into_a_new_file_leaves_no_file_or_the_whole(tmp_path: Path) -> None:
    source = _file(tmp_path / "contacts.csv")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HOME": str(tmp_path)}
    outcomes = set()
    folder = tmp_path / "bases"
    folder.mkdir()
    for delay in (0.3, 0.8, 1.5, 2.5, 4.0, 6.0):
        target = folder / f"base-{delay}.sqlite3"
        child = subprocess.Popen(
            [sys.executable, "-m", "reseau", "import", str(source), "--db", str(target)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if not target.exists():
            outcomes.add("nothing")
            continue
        _, persons, documents, check = _state(target)
        assert check == "ok"
        assert persons == ROWS
        assert documents == ROWS + 50
        assert not Path(f"{target}-wal").exists()  # closed cleanly before it got its name
        with target.open("rb") as handle:
            assert handle.read(20)[18:20] == b"\x02\x02"  # in WAL mode, as every file Réseau opens
        outcomes.add("all")
    assert "nothing" in outcomes
    # The kills left .part files behind; the next import into one of those names removes them.
    leftovers = sorted(p.name for p in folder.glob(".*.part*"))
    assert leftovers, "a kill should have left a .part behind"
    for name in {n.split(".import.")[0].lstrip(".") for n in leftovers}:
        target = folder / name
        if target.exists():
            continue
        done = subprocess.run(
            [sys.executable, "-m", "reseau", "import", str(source), "--db", str(target)],
            env=env,
            capture_output=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert _state(target)[1] == ROWS
        assert not list(folder.glob(f".{name}.import.*"))

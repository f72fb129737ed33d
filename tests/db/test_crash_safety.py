"""Crash safety: a process importing 100,000 rows in one transaction is killed with SIGKILL at
random moments, 20 times. Each time the file passes integrity_check and holds all of the batch
or none of it (and every earlier batch is still whole)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.process
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # crash_child, importable by the fork server too
import crash_child

ROWS = 100_000
RUNS = 20
TIMEOUT = 120

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and forkserver are POSIX")


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    # Imports happen once in the fork server; each child is a fresh fork of it.
    context.set_forkserver_preload(["sqlalchemy", "reseau.db.engine", "crash_child"])
    return context


def _start(
    context: multiprocessing.context.ForkServerContext, path: Path, tag: str
) -> tuple[multiprocessing.process.BaseProcess, Connection]:
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=crash_child.run, args=(str(path), tag, ROWS, sender))
    child.start()
    sender.close()
    return child, receiver


def _next(receiver: Connection) -> str:
    assert receiver.poll(TIMEOUT), "the child said nothing"
    return str(receiver.recv())


def _counts(path: Path) -> tuple[list[str], dict[str, int]]:
    connection = sqlite3.connect(path)
    try:
        problems = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        counts = dict(connection.execute("SELECT notes, count(*) FROM person GROUP BY notes").fetchall())
    finally:
        connection.close()
    return problems, counts


@pytest.mark.slow
def test_sigkill_during_a_bulk_import_never_leaves_half_a_batch(db_path: Path) -> None:
    context = _context()
    # One uninterrupted run: proves the import works, and measures how long the insert takes.
    child, receiver = _start(context, db_path, "batch-full")
    assert _next(receiver) == "begin"
    began = time.monotonic()
    assert _next(receiver) == "commit"
    insert_seconds = time.monotonic() - began
    print(f"insert of {ROWS} rows: {insert_seconds:.2f} s")
    child.join(TIMEOUT)
    assert child.exitcode == 0
    committed = {"batch-full"}

    seed = int(os.environ.get("RESEAU_CRASH_SEED", random.randrange(1_000_000)))
    chance = random.Random(seed)
    rolled_back = 0
    for run in range(RUNS):
        tag = f"batch-{run}"
        child, receiver = _start(context, db_path, tag)
        assert _next(receiver) == "begin", f"seed {seed}, run {run}: child did not start"
        # Mostly inside the transaction, sometimes around or after the commit.
        time.sleep(chance.uniform(0, insert_seconds * 1.1))
        child.kill()  # SIGKILL
        child.join(TIMEOUT)
        assert child.exitcode is not None
        receiver.close()
        problems, counts = _counts(db_path)
        assert problems == ["ok"], f"seed {seed}, run {run}: {problems}"
        got = counts.get(tag, 0)
        assert got in (0, ROWS), f"seed {seed}, run {run}: {got} rows of {ROWS} (half a batch)"
        if got:
            committed.add(tag)
        else:
            rolled_back += 1
        assert {t: counts.get(t) for t in committed} == dict.fromkeys(committed, ROWS)
    assert rolled_back > 0, f"seed {seed}: no kill landed inside a transaction"


RESTORE = """
import sys
from pathlib import Path
from reseau.db import backup
backup.restore_into(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
"""


def _fill(path: Path, tag: str, count: int) -> None:
    connection = sqlite3.connect(path)
    connection.executemany(crash_child.INSERT, [("P", f"N {i}", f"n {i}", tag) for i in range(count)])
    connection.commit()
    connection.close()


@pytest.mark.slow
def test_sigkill_during_a_restore_leaves_old_or_new_data(db_path: Path, tmp_path: Path) -> None:
    """A restore killed at random moments (staging, safety backup, copy): the database is
    sound and holds either its own data or the backup's, never a mix; leftovers go at the next
    open."""
    from reseau.db import backup
    from reseau.db.open import open_sqlite

    root = tmp_path / "backups"
    _fill(db_path, "ancienne", 30_000)
    source = backup.create_backup(db_path, root, "manuelle").path
    _fill(db_path, "actuelle", 30_000)
    before = _counts(db_path)[1]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")}
    pristine, measured = tmp_path / "pristine.sqlite3", tmp_path / "measured.sqlite3"
    shutil.copy(db_path, pristine)
    shutil.copy(db_path, measured)
    began = time.monotonic()
    subprocess.run(
        [sys.executable, "-c", RESTORE, str(measured), str(source), str(tmp_path / "measured-backups")],
        env=env,
        check=True,
        timeout=TIMEOUT,
    )
    full = time.monotonic() - began
    seed = int(os.environ.get("RESEAU_CRASH_SEED", random.randrange(1_000_000)))
    chance = random.Random(seed)
    for run in range(10):
        child = subprocess.Popen(
            [sys.executable, "-c", RESTORE, str(db_path), str(source), str(root)], env=env
        )
        time.sleep(chance.uniform(0.1, full))
        child.kill()
        child.wait(TIMEOUT)
        problems, counts = _counts(db_path)
        assert problems == ["ok"], f"seed {seed}, run {run}: {problems}"
        assert counts in (before, {"ancienne": 30_000}), f"seed {seed}, run {run}: {counts}"
        for info in backup.list_backups(root):
            assert backup.check_restorable(info.path)
        if counts != before:  # it was restored: start again from the current data
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            shutil.copy(pristine, db_path)
    open_sqlite(db_path).dispose()
    assert backup.part_files(root) == []  # what killed restores left was removed at this open

"""Crash safety: a process importing rows in one transaction is killed with SIGKILL at each
defined point of the write (crash_child.POINTS: the transaction begun, pages spilled into the
WAL, every row written before COMMIT, just after COMMIT). Each time the file passes
integrity_check and holds all of the batch or none of it, as the point says, and every earlier
batch is still whole. The child waits at each point, so where it dies is certain."""

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

ROWS = 20_000  # with crash_child's 50-page cache, far more than fits: the WAL gets pages early
TIMEOUT = 60

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and forkserver are POSIX")


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    # Imports happen once in the fork server; each child is a fresh fork of it.
    context.set_forkserver_preload(["sqlalchemy", "reseau.db.engine", "crash_child"])
    return context


def _start(
    context: multiprocessing.context.ForkServerContext, path: Path, tag: str
) -> tuple[multiprocessing.process.BaseProcess, Connection]:
    parent_end, child_end = context.Pipe(duplex=True)
    child = context.Process(target=crash_child.run, args=(str(path), tag, ROWS, child_end))
    child.start()
    child_end.close()
    return child, parent_end


def _next(channel: Connection) -> str:
    assert channel.poll(TIMEOUT), "the child said nothing"
    return str(channel.recv())


def _run_until(
    context: multiprocessing.context.ForkServerContext, path: Path, tag: str, kill_at: str | None
) -> None:
    """Run a child through the points; SIGKILL it while it waits at ``kill_at`` (None: to the end)."""
    child, channel = _start(context, path, tag)
    for point in crash_child.POINTS:
        assert _next(channel) == point
        if point == kill_at:
            if point == crash_child.SPILLED:
                wal = path.with_name(path.name + "-wal")
                assert wal.exists() and wal.stat().st_size > 100 * 4096, "no page reached the WAL yet"
            child.kill()  # SIGKILL, while the child waits at this very point
            break
        channel.send("go")
    else:
        assert _next(channel) == "closed"
    child.join(TIMEOUT)
    channel.close()
    assert child.exitcode == (-9 if kill_at else 0)


def _counts(path: Path) -> tuple[list[str], dict[str, int]]:
    connection = sqlite3.connect(path)
    try:
        problems = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        counts = dict(connection.execute("SELECT notes, count(*) FROM person GROUP BY notes").fetchall())
    finally:
        connection.close()
    return problems, counts


# What a kill at each point must leave of the batch being written.
EXPECTED = {
    crash_child.BEGUN: 0,
    crash_child.SPILLED: 0,
    crash_child.WRITTEN: 0,
    crash_child.COMMITTED: ROWS,
}


def test_sigkill_at_each_point_of_a_bulk_import_never_leaves_half_a_batch(db_path: Path) -> None:
    context = _context()
    _run_until(context, db_path, "batch-full", None)  # proves the import works uninterrupted
    committed = {"batch-full"}
    for point in crash_child.POINTS:
        tag = f"batch-{point}"
        _run_until(context, db_path, tag, point)
        problems, counts = _counts(db_path)
        assert problems == ["ok"], f"killed when {point}: {problems}"
        assert counts.get(tag, 0) == EXPECTED[point], (
            f"killed when {point}: {counts.get(tag, 0)} rows of {ROWS}"
        )
        if EXPECTED[point]:
            committed.add(tag)
        assert {t: counts.get(t) for t in committed} == dict.fromkeys(committed, ROWS)


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

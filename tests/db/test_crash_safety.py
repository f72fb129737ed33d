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
import sqlite3
import sys
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

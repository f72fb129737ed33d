"""Crash safety: a process importing 100,000 rows in one transaction is killed with SIGKILL at
random moments, 20 times. Each time the file passes integrity_check and holds all of the batch
or none of it (and every earlier batch is still whole)."""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import multiprocessing.process
import os
import random
import sqlite3
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

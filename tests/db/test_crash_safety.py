"""Crash safety: a process importing 100,000 rows in one transaction is killed with SIGKILL at
random moments, 20 times. Each time the file passes integrity_check and holds all of the batch
or none of it (and every earlier batch is still whole)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("crash_child.py")
SRC = Path(__file__).resolve().parents[2] / "src"
ROWS = 100_000
RUNS = 20

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _start(path: Path, tag: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(path), tag, str(ROWS)], stdout=subprocess.PIPE, text=True, env=env
    )


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
    # One uninterrupted run: proves the import works, and measures how long the insert takes.
    child = _start(db_path, "batch-full")
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "begin"
    began = time.monotonic()
    assert child.stdout.readline().strip() == "commit"
    insert_seconds = time.monotonic() - began
    assert child.wait(timeout=60) == 0
    committed = {"batch-full"}

    seed = int(os.environ.get("RESEAU_CRASH_SEED", random.randrange(1_000_000)))
    chance = random.Random(seed)
    rolled_back = 0
    for run in range(RUNS):
        tag = f"batch-{run}"
        child = _start(db_path, tag)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "begin", f"seed {seed}, run {run}: child did not start"
        # Mostly inside the transaction, sometimes around or after the commit.
        time.sleep(chance.uniform(0, insert_seconds * 1.1))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
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

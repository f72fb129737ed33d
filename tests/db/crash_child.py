"""Child of test_crash_safety: insert N persons in ONE transaction through the app's engine.

``run`` is started in a fresh process (multiprocessing "forkserver": imports done once, no
threads inherited). At each point of ``POINTS`` it tells the parent where it is and waits for
"go": the parent kills it there with SIGKILL, or lets it go on. Killing a process that is
blocked at a known point makes the test deterministic (no sleep, no chance).
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from reseau.db.engine import sqlite_engine

INSERT = (
    "INSERT INTO person (first_name, last_name, name_key, country, sectors, roles, languages, notes) "
    "VALUES (?, ?, ?, 'QC', '[]', '[]', '[]', ?)"
)

# Where the parent may kill the child, in order.
BEGUN = "begun"  # the transaction has written its first row
SPILLED = "spilled"  # half the rows written, more than the page cache holds: pages are in the WAL
WRITTEN = "written"  # every row written, COMMIT not yet sent
COMMITTED = "committed"  # COMMIT returned, the engine not yet closed (no checkpoint)
POINTS = (BEGUN, SPILLED, WRITTEN, COMMITTED)


def _at(point: str, channel: Connection) -> None:
    channel.send(point)
    if channel.recv() != "go":
        raise SystemExit(1)


def run(path: str, tag: str, count: int, channel: Connection) -> None:
    rows = [("Prénom", f"Nom {i}", f"nom {i} prenom", tag) for i in range(count)]
    half = count // 2
    engine = sqlite_engine(Path(path))  # WAL, synchronous=NORMAL, foreign keys, busy timeout
    with engine.begin() as connection:
        # A small page cache, so that the uncommitted pages spill into the WAL file before the
        # commit: the case a crash must survive without leaving half a batch.
        connection.exec_driver_sql("PRAGMA cache_size = 50")
        connection.exec_driver_sql(INSERT, rows[:1])
        _at(BEGUN, channel)
        connection.exec_driver_sql(INSERT, rows[1:half])
        _at(SPILLED, channel)
        connection.exec_driver_sql(INSERT, rows[half:])
        _at(WRITTEN, channel)
    _at(COMMITTED, channel)
    engine.dispose()
    channel.send("closed")

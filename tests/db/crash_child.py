"""Child of test_crash_safety: insert N persons in ONE transaction through the app's engine.

``run`` is started in a fresh process (multiprocessing "forkserver": imports done once, no
threads inherited) and killed with SIGKILL by the test. It sends ``begin`` once the transaction
has started writing and ``commit`` once it is committed.
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from reseau.db.engine import sqlite_engine

INSERT = (
    "INSERT INTO person (first_name, last_name, name_key, country, sectors, roles, languages, notes) "
    "VALUES (?, ?, ?, 'QC', '[]', '[]', '[]', ?)"
)


def run(path: str, tag: str, count: int, channel: Connection) -> None:
    rows = [("Prénom", f"Nom {i}", f"nom {i} prenom", tag) for i in range(count)]
    engine = sqlite_engine(Path(path))  # WAL, synchronous=NORMAL, foreign keys, busy timeout
    with engine.begin() as connection:
        connection.exec_driver_sql(INSERT, rows[:1])
        channel.send("begin")
        connection.exec_driver_sql(INSERT, rows[1:])
    channel.send("commit")
    engine.dispose()

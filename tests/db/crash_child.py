"""Child process of test_crash_safety: insert N persons in ONE transaction, then report.

Prints ``begin`` when the transaction has started writing, ``commit`` once it is committed.
Usage: python crash_child.py DB_PATH BATCH_TAG COUNT
"""

from __future__ import annotations

import sys
from pathlib import Path

from reseau.db.open import open_sqlite

INSERT = (
    "INSERT INTO person (first_name, last_name, name_key, country, sectors, roles, languages, notes) "
    "VALUES (?, ?, ?, 'QC', '[]', '[]', '[]', ?)"
)


def main(path: str, tag: str, count: int) -> None:
    database = open_sqlite(Path(path))
    rows = [("Prénom", f"Nom {i}", f"nom {i} prenom", tag) for i in range(count)]
    # The app's engine (WAL, synchronous=NORMAL, foreign keys): one transaction, executemany.
    with database.engine.begin() as connection:
        connection.exec_driver_sql(INSERT, rows[:1])
        print("begin", flush=True)
        connection.exec_driver_sql(INSERT, rows[1:])
    print("commit", flush=True)
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))

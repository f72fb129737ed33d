"""The fast whole-process import (issue 19.2) writes exactly the rows the old path wrote.

The same mixed file is imported twice:

* the new way, as a user runs it: ``reseau import FILE --db new.sqlite3`` (a file created at
  head in one step, the search documents computed in Python, the random-order indexes built
  after the rows, the FTS5 bulk buffer, the CSV reader's address cache);
* the old way: into a file migrated step by step, with those four things switched off (the
  search triggers left in place index every row as they did before bulk loading existed,
  every index kept up to date row by row, the addresses read without the cache).

Every row of every table is then compared (column by column, by name: a migrated table
orders its columns differently), and the search index's content too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from reseau.cli.main import main
from reseau.db import migrate
from reseau.db.engine import sqlite_engine
from reseau.db.open import open_sqlite
from reseau.io import csv_read
from reseau.io.contacts_file import open_contacts, read_contacts
from reseau.services.io import bulk_insert, import_contacts
from reseau.services.io.import_contacts import ImportOptions, import_records

pytestmark = pytest.mark.sqlite_only

HEADER = "Prénom;Nom;Courriel;Téléphone;Organisme;Fonction;Ville;Pays;Remarques\n"
ROWS = [
    "Hélène;Côté-Massé;helene@clsc-rimouski.qc.ca;(418) 555-0142;CLSC de Rimouski;Organisatrice;Rimouski;;",
    "Éric;Lefèvre;eric@caf.fr;05 56 00 11 22;CCAS de Bordeaux;Directeur;Bordeaux;France;Vu en 2005",
    "Marie;Tremblay;marie@cdc.qc.ca;418 555-0100;CDC;;Québec;;",
    "Marie;Tremblay;marie.t@autre.qc.ca;418 555-0100;Autre organisme;;Québec;;homonyme, standard partagé",
    "Helene;Cote Masse;helene@clsc-rimouski.qc.ca;;;;;;la même, sans accents",
    ";;;;Organisme seul;;;;",
    "Zoé;Sans-Courriel;pas un courriel;12;;;Lyon;France;",
    "Réal;Gagnon;real@exemple.qc.ca;514 555-0199 poste 22;CLSC de Rimouski;;Rimouski;Canada;",
    ";;;;;;;;",
]


@pytest.fixture
def mixed_file(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text(HEADER + "\n".join(ROWS * 3) + "\n", encoding="utf-8")
    return path


@contextmanager
def _triggers_kept(session: Session) -> Iterator[list[bulk_insert.Document]]:
    yield []  # the INSERT triggers stay: each row indexed by them, as before bulk loading


def _old_way(monkeypatch: pytest.MonkeyPatch, path: Path, source: Path) -> None:
    engine = sqlite_engine(path)
    migrate.upgrade(engine)  # the file migrated step by step
    engine.dispose()
    with monkeypatch.context() as patch:
        patch.setattr(import_contacts, "person_index_paused", _triggers_kept)
        patch.setattr(import_contacts, "indexes_built_after", lambda session: nullcontext())
        patch.setattr(import_contacts, "bulk_index_settings", lambda session: nullcontext())
        patch.setattr(csv_read, "_cached_addresses", lambda r, g, p, c: csv_read._addresses(r, g, p))
        database = open_sqlite(path)
        contacts = open_contacts(source)
        with database.begin() as session:
            import_records(
                session, read_contacts(contacts), ImportOptions(), str(source), contacts.format_label
            )
        database.dispose()


# Written at the moment, or drawn at random per file: not the import's doing.
VARYING = {"created_at", "updated_at", "at", "started_at", "finished_at", "imported_at"}


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search_index%' AND name NOT IN ('alembic_version', 'setting')"
            )
        ]
        rows = {}
        for table in tables:
            names = sorted(
                row[1] for row in connection.execute(f'PRAGMA table_info("{table}")') if row[1] not in VARYING
            )
            columns = ", ".join(f'"{n}"' for n in names)
            rows[table] = [
                tuple(names),
                *connection.execute(f'SELECT {columns} FROM "{table}" ORDER BY rowid'),
            ]
        rows["search_index"] = connection.execute(
            "SELECT rowid, name, other, context FROM search_index ORDER BY rowid"
        ).fetchall()
        return rows
    finally:
        connection.close()


def test_the_new_way_writes_the_rows_of_the_old_way(
    monkeypatch: pytest.MonkeyPatch, mixed_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new, old = tmp_path / "new" / "new.sqlite3", tmp_path / "old" / "old.sqlite3"
    new.parent.mkdir()
    old.parent.mkdir()
    assert main(["import", str(mixed_file), "--db", str(new)]) == 0
    assert "créées" in capsys.readouterr().out
    _old_way(monkeypatch, old, mixed_file)
    written, expected = _rows(new), _rows(old)
    assert set(written) == set(expected)
    assert len(expected["person"]) > 5 and len(expected["contact_point"]) > 10
    # One document per person and per organization (row 0 of each table is its column names).
    assert len(expected["search_index"]) == len(expected["person"]) - 1 + len(expected["organization"]) - 1
    for table, rows in expected.items():
        assert written[table] == rows, table

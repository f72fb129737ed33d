"""PostgreSQL's search (migration 0016): it finds what SQLite's FTS5 finds, on the same
generated data, and an erased person's words leave its files.

The same persons, organizations and journal entries (``services.demo.generate``, one seed) go
into a SQLite file and a PostgreSQL database; every query, typed as users type it, must match
the same ids of each kind on both, and ``search()`` must give the same groups in the same order
(names first, then other fields, then journal entries). Skipped without RESEAU_TEST_PG_URL.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from reseau.core.enums import ContactKind
from reseau.db.models import Organization, Person
from reseau.db.open import open_sqlite
from reseau.db.purge import purge_freed_data
from reseau.db.session import Database
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.demo.generate import generate
from reseau.services.io.import_contacts import ImportOptions, import_records
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput
from reseau.services.privacy import rights as privacy
from reseau.services.search import global_search as search
from reseau.services.search.global_search import HitKind
from reseau.services.shared.contact_points import ContactInput
from tests.pg_backend import pg_database, pg_url

pytestmark = pytest.mark.skipif(pg_url() is None, reason="RESEAU_TEST_PG_URL is unset")

FIXED = [
    "masse",
    "MASSÉ",
    "st-am",
    "clsc rim",
    "rimou",
    "securite alim",
    "sante m",
    "de",
    "m",
    "l'ecole",
    "Œuvre",
    "exemple.qc",
    "jean-",
    "(6)",
    "tremblay NOT masse",
    '"a" OR b',
    "x" * 30,
    "é",
]


def _queries(database: Database, count: int = 120) -> list[str]:
    rng = random.Random(19)
    with database.begin() as session:
        names = session.execute(select(Person.first_name, Person.last_name, Person.id)).all()
        orgs = list(session.scalars(select(Organization.name)))
    result = list(FIXED)
    while len(result) < count:
        first, last, ident = rng.choice(names)
        result.append(
            rng.choice(
                [
                    last[: rng.randint(1, 8)],
                    f"{first[: rng.randint(1, 5)]} {last[: rng.randint(2, 5)]}",
                    rng.choice(rng.choice(orgs).split())[:5],
                    f"{search.words(first)[0].lower()[:4]}.{search.words(last)[0].lower()[:3]}",
                    f"{last.lower()}{ident}"[-6:],
                ]
            )
        )
    return result


def _fill(database: Database) -> None:
    with database.begin() as session:  # first: generate() takes ids after the highest one
        persons.add_person(session, PersonInput(last_name="Cœur-Vaillant", first_name="Zoé", notes="L'ÉCOLE"))
        persons.add_person(session, PersonInput(last_name="Massé", first_name="Richard", title="Œuvre"))
    with database.begin() as session:
        generate(session, 600, 20, 150, seed=7)


@pytest.fixture
def both(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_template: Path
) -> Iterator[tuple[Database, Database]]:
    path = tmp_path / "lite.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    lite = open_sqlite(path)
    server = pg_database(request)
    pg = next(server)
    try:
        _fill(lite)
        _fill(pg)
        yield lite, pg
    finally:
        lite.dispose()
        server.close()


def test_the_same_ids_match_on_both(both: tuple[Database, Database]) -> None:
    lite, pg = both
    for typed in _queries(lite):
        for kind in HitKind:
            found = []
            for database in (lite, pg):
                with database.begin() as session:
                    query = search.matching_ids(session, kind, typed)
                    found.append(None if query is None else sorted(search.id_list(session, query)))
            assert found[0] == found[1], (typed, kind)


def test_one_difference_a_ligature_typed_as_two_letters(both: tuple[Database, Database]) -> None:
    """``unaccent`` spells « œ » as « oe » (so « coeur » finds Cœur on PostgreSQL); FTS5's
    unicode61 keeps « œ » a letter of its own. « cœur » and « Cœur » find her on both."""
    lite, pg = both
    for database, expected in ((lite, []), (pg, ["Zoé Cœur-Vaillant"])):
        with database.begin() as session:
            assert [h.title for h in search.search(session, "coeur")] == expected
            assert [h.title for h in search.search(session, "cœur")] == ["Zoé Cœur-Vaillant"]


def test_search_gives_the_same_groups_on_both(both: tuple[Database, Database]) -> None:
    """The same groups, in the same order: persons and organizations by name, then by another
    field, then journal entries. Inside a group SQLite reads in id order and PostgreSQL in the
    table's order, so the groups are compared whole (a limit above every count) as sets, and at
    the default limit of 8 by their kinds and sizes."""
    lite, pg = both
    checked = 0
    for typed in _queries(lite):
        groups, kinds = [], []
        for database in (lite, pg):
            with database.begin() as session:
                found = search._found(session, typed, 10_000)
                groups.append([sorted(ids) for ids in vars(found).values()])
                kinds.append([h.kind for h in search.search(session, typed)])
        assert groups[0] == groups[1], typed
        assert kinds[0] == kinds[1], typed
        checked += bool(kinds[0])
    assert checked > 60  # most queries find something: the comparison is not of empty lists


def test_an_erased_person_leaves_no_word_in_the_search_index_files(database: Database) -> None:
    """Her document goes with her (the triggers), and the purge after an erasure rewrites
    ``search_document`` (VACUUM FULL), so her folded name is in none of its files any more."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only: the SQLite index is checked by test_privacy")
    with database.begin() as session:
        ident = persons.add_person(
            session,
            PersonInput(
                last_name="Zénaïde-Quillfeather",
                first_name="Hélène",
                contacts=(ContactInput(ContactKind.EMAIL, "helene.zq@example.org"),),
            ),
        ).value
    marker = b"quillfeather"

    def index_bytes() -> bytes:
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("CHECKPOINT")  # the buffers written to the files
            folder = connection.exec_driver_sql("SHOW data_directory").scalar_one()
            file = connection.exec_driver_sql("SELECT pg_relation_filepath('search_document')").scalar_one()
        segments = [Path(folder) / file, *Path(folder).glob(f"{file}.*")]  # 1 GB segments
        return b"".join(p.read_bytes() for p in segments if p.exists())

    try:
        assert marker in index_bytes()
    except (OSError, DBAPIError):
        pytest.skip("the server's data folder is not readable from here")
    with database.begin() as session:
        privacy.erase_person(session, ident)
    with database.begin() as session:
        assert search.search(session, "quillf") == []
    assert marker in index_bytes()  # a dead row until the purge
    purge_freed_data(database)
    assert marker not in index_bytes()


def test_two_writers_refreshing_one_document_do_not_collide(database: Database) -> None:
    """Two transactions refresh the same person's document (one coordinator saves her, another
    her e-mail): the second waits for the first, finds the document already written back, and
    replaces it instead of failing on the primary key."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only: SQLite has one writer at a time")
    with database.begin() as session:
        ident = persons.add_person(session, PersonInput(last_name="Massé", first_name="Richard")).value
    refresh = text("SELECT search_refresh(1, ARRAY[:id]::bigint[])")
    errors: list[BaseException] = []
    with database.engine.connect() as first, database.engine.connect() as second:
        first.execute(refresh, {"id": ident})
        pid = second.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()

        def run_second() -> None:
            try:
                second.execute(refresh, {"id": ident})
                second.commit()
            except BaseException as exc:
                errors.append(exc)

        worker = threading.Thread(target=run_second)
        worker.start()
        for _ in range(500):  # until the second one waits on the first one's lock
            waiting = first.execute(
                text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
            ).scalar()
            if waiting == "Lock":
                break
            time.sleep(0.01)
        assert waiting == "Lock"
        first.commit()
        worker.join(30)
    assert errors == []
    with database.begin() as session:
        assert [h.title for h in search.search(session, "masse")] == ["Richard Massé"]


def _documents(database: Database) -> list[tuple[object, ...]]:
    with database.begin() as session:
        rows = session.execute(
            text("SELECT kind, id, name::text, document::text FROM search_document ORDER BY kind, id")
        )
        return [tuple(r) for r in rows]


def test_imported_and_generated_records_are_indexed_like_a_rebuild(database: Database) -> None:
    """What the statement triggers index during an import (one statement per chunk) and a
    generation (multi-row INSERTs) is exactly what ``rebuild_index`` computes from scratch."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only: tests/services/test_import_search.py checks SQLite's")
    records: list[ContactRecord | RowProblem] = [
        ContactRecord(
            line=2,
            first_name="Hélène",
            last_name="Côté-Massé",
            title="Organisatrice communautaire",
            organization="CLSC de Rimouski",
            emails=["helene.cote@clsc-rimouski.qc.ca", "h.cote@exemple.fr"],
            phones=["418 555-0142"],
        ),
        *(
            ContactRecord(
                line=3 + i, first_name=f"Zoé{i}", last_name="Lévesque", emails=[f"zoe{i}@cisss.qc.ca"]
            )
            for i in range(5)
        ),
    ]
    with database.begin() as session:
        assert import_records(session, iter(records), ImportOptions(), "t.csv", "csv").value.created == 6
    with database.begin() as session:
        generate(session, 300, 20, 50)
    indexed = _documents(database)
    assert [kind for kind, *_ in indexed].count(1) == 306
    with database.begin() as session:
        assert search.rebuild_index(session) == 306 + 21 + 50  # the import made the CLSC
    assert _documents(database) == indexed
    with database.begin() as session:
        assert "Hélène Côté-Massé" in [h.title for h in search.search(session, "masse helene")]
        assert "Hélène Côté-Massé" in [h.title for h in search.search(session, "h.cote")]
        assert "Hélène Côté-Massé" in [h.title for h in search.search(session, "rimouski organisatrice")]

"""Migrations 0008 (SQLite FTS5) and 0016 (PostgreSQL tsvector) go down and up again, and
index what is already in the database."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from reseau.db import migrate
from reseau.db.open import open_url
from reseau.db.session import Database
from reseau.services.persons import records as persons
from reseau.services.persons.records import PersonInput
from reseau.services.search import global_search as search


def test_downgrade_then_upgrade_reindexes(demo_database: Database) -> None:
    with demo_database.begin() as session:
        before = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
    assert before > 0
    config = migrate.alembic_config(demo_database.engine)
    with demo_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008-1")  # below the index; 0009 (trigger pause) goes too
    with demo_database.engine.connect() as connection:
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert not {n for n in names if n.startswith("search_")}
    migrate.upgrade(demo_database.engine)
    with demo_database.begin() as session:
        assert session.execute(text("SELECT count(*) FROM search_index")).scalar_one() == before
        assert any(h.title == "Richard Massé" for h in search.search(session, "masse"))


def _search_objects(database: Database) -> set[str]:
    """What migration 0016 creates on PostgreSQL (tables, views, functions, triggers)."""
    query = """
        SELECT relname FROM pg_class WHERE relname LIKE 'search\\_%' AND relkind IN ('r', 'v', 'i')
        UNION SELECT proname FROM pg_proc WHERE proname LIKE 'search\\_%'
        UNION SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search\\_%'"""
    with database.engine.connect() as connection:
        return {row[0] for row in connection.execute(text(query))}


def test_0016_down_and_up_on_both_backends(database: Database) -> None:
    """PostgreSQL: the downgrade drops the whole index, the upgrade rebuilds it from the
    records already there. SQLite: 0016 changes nothing, the FTS5 index stays."""
    with database.begin() as session:
        persons.add_person(session, PersonInput(last_name="Massé", first_name="Richard"))
    before = set() if database.is_sqlite else _search_objects(database)
    assert database.is_sqlite or {"search_document", "search_fold", "search_person_ai"} <= before
    config = migrate.alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
    if not database.is_sqlite:
        assert _search_objects(database) == set()
    migrate.upgrade(database.engine)
    if not database.is_sqlite:
        assert _search_objects(database) == before
    with database.begin() as session:
        assert [h.title for h in search.search(session, "masse")] == ["Richard Massé"]


def _recipe() -> str:
    """The SQL block of docs/team-server.md that switches a database to ``unaccent``."""
    doc = (Path(__file__).parents[2] / "docs" / "team-server.md").read_text(encoding="utf-8")
    start = doc.index("    CREATE EXTENSION unaccent;")
    return doc[start : doc.index("SELECT search_rebuild();", start) + len("SELECT search_rebuild();")]


def test_without_the_unaccent_extension_search_still_folds_accents(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    """A team server where Réseau's role may not create extensions: the migration says so in
    its log, folds with translate(), and search finds Massé from « masse » all the same. The
    recipe of docs/team-server.md, run later by a superuser, switches it to unaccent."""
    if database.is_sqlite:
        pytest.skip("PostgreSQL only")
    url = database.engine.url
    name, role = f"reseau_noext_{uuid.uuid4().hex[:8]}", f"reseau_noext_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    superuser = create_engine(url.set(database=name), isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:  # tables in public, but no CREATE on the database
        connection.exec_driver_sql(f"ALTER SCHEMA public OWNER TO {role}")
    restricted = None
    try:
        with caplog.at_level(logging.INFO, logger="alembic.runtime.migration"):
            restricted = open_url(url.set(database=name, username=role).render_as_string(hide_password=False))
        assert "l'extension unaccent n'a pas pu être créée" in caplog.text
        assert "accents retirés avec translate()" in caplog.text
        with restricted.begin() as session:
            persons.add_person(
                session, PersonInput(last_name="Massé", first_name="Élodie", notes="Cœur de l'ÉCOLE")
            )
        with restricted.begin() as session:
            assert [h.title for h in search.search(session, "masse elo")] == ["Élodie Massé"]
            assert [h.title for h in search.search(session, "ecole")] == ["Élodie Massé"]
            assert search.search(session, "coeur") == []  # translate() keeps « œ » as it is
            assert search.rebuild_index(session) == 1
        with superuser.connect() as connection:
            installed = connection.exec_driver_sql("SELECT extname FROM pg_extension").scalars().all()
            assert "unaccent" not in installed
            connection.exec_driver_sql(_recipe())
        with restricted.begin() as session:
            assert [h.title for h in search.search(session, "coeur")] == ["Élodie Massé"]
            assert [h.title for h in search.search(session, "masse")] == ["Élodie Massé"]
    finally:
        if restricted is not None:
            restricted.dispose()
        superuser.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        admin.dispose()

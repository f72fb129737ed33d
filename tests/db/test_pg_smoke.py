"""The `database` fixture works on both backends (PostgreSQL when RESEAU_TEST_PG_URL is set)."""

from sqlalchemy import func, select

from reseau.db import migrate
from reseau.db.models import Person
from reseau.db.session import Database
from reseau.services.demo import load_demo


def test_migrated_to_head_and_demo_loads(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.begin() as session:
        summary = load_demo(session).value
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == summary.persons

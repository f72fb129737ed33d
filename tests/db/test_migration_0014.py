"""Migration 0014: the types the dialogs wrote as labels become types; a downgrade gives them back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from reseau.db import migrate
from reseau.db.session import Database
from reseau.services.persons import records as persons


def test_labels_become_types_and_come_back(database: Database) -> None:
    config = migrate.alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO person (last_name, name_key, country, sectors, roles, languages) "
                "VALUES ('Roy', 'roy', 'QC', '[]', '[]', '[]')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO contact_point (person_id, kind, label, value, normalized) VALUES "
                "(1, 'phone', 'mobile', '+15145550100', '+15145550100'), "
                "(1, 'email', 'travail', 'a@exemple.org', 'a@exemple.org'), "
                "(1, 'address', 'siège', '1 rue X', '1 rue x')"
            )
        )
    migrate.upgrade(database.engine, "head")
    query = text("SELECT label, usage, extension FROM contact_point ORDER BY id")
    with database.engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(query)]
    assert rows == [("mobile", "cell", ""), ("travail", "work", ""), ("siège", None, "")]
    with database.begin() as session:  # a label that only repeats the type is not shown
        contacts = persons.get_person(session, 1).data.contacts
    assert [(c.label, c.usage) for c in contacts] == [("", "cell"), ("", "work"), ("siège", None)]
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE contact_point SET extension = '22' WHERE id = 2"))
        config.attributes["connection"] = connection
        command.downgrade(config, "0011")
    with database.engine.connect() as connection:
        labels = [r[0] for r in connection.execute(text("SELECT label FROM contact_point ORDER BY id"))]
    assert labels == ["mobile", "travail poste 22", "siège"]
    migrate.upgrade(database.engine, "head")

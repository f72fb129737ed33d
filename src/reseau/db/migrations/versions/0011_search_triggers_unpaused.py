"""The two search INSERT triggers lose migration 0009's pause test, and its table goes.

Migration 0009 let a bulk import pause these triggers with a row in ``search_index_pause``.
The importer now drops them for the duration of its inserts and recreates them from their
stored SQL (``services.bulk_insert.person_index_paused``), because a paused trigger still ran
its ``WHEN NOT EXISTS (...)`` test for every row. Nothing writes the table any more, and every
ordinary insert of a person or an e-mail paid for that test: both go. (SQLite only, as 0008.)
"""

from __future__ import annotations

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BASE = 10**12  # must match migration 0008
PAUSED = "NOT EXISTS (SELECT 1 FROM search_index_pause)"


def _person_ai(when: str) -> str:
    return (
        f"CREATE TRIGGER search_person_ai AFTER INSERT ON person FOR EACH ROW{when} BEGIN "
        "INSERT INTO search_index(rowid, name, other, context) "
        "SELECT doc, name, other, context FROM search_person_doc WHERE id = NEW.id; END"
    )


def _contact_ai(when: str) -> str:
    body = (
        f"DELETE FROM search_index WHERE rowid = NEW.person_id + {BASE};"
        "INSERT INTO search_index(rowid, name, other, context) "
        "SELECT doc, name, other, context FROM search_person_doc WHERE id = NEW.person_id;"
        f"DELETE FROM search_index WHERE rowid = NEW.organization_id + {2 * BASE};"
        "INSERT INTO search_index(rowid, name, other, context) "
        "SELECT doc, name, other, context FROM search_organization_doc WHERE id = NEW.organization_id;"
    )
    return (
        f"CREATE TRIGGER search_contact_ai AFTER INSERT ON contact_point FOR EACH ROW{when} BEGIN {body} END"
    )


# ``op`` is imported where it is used: reseau.db.head_schema reads the triggers below
# (HEAD_TRIGGERS) without importing Alembic.
HEAD_TRIGGERS = {
    "search_person_ai": _person_ai(""),
    "search_contact_ai": _contact_ai(" WHEN NEW.kind = 'email'"),
}


def _replace_triggers(person_ai: str, contact_ai: str) -> None:
    from alembic import op

    op.execute("DROP TRIGGER IF EXISTS search_person_ai")
    op.execute("DROP TRIGGER IF EXISTS search_contact_ai")
    op.execute(person_ai)
    op.execute(contact_ai)


def upgrade() -> None:
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        return
    _replace_triggers(HEAD_TRIGGERS["search_person_ai"], HEAD_TRIGGERS["search_contact_ai"])
    op.execute("DROP TABLE IF EXISTS search_index_pause")


def downgrade() -> None:
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_index_pause (id INTEGER PRIMARY KEY)")
    _replace_triggers(_person_ai(f" WHEN {PAUSED}"), _contact_ai(f" WHEN NEW.kind = 'email' AND {PAUSED}"))

"""Let a bulk import pause two search triggers inside its own transaction (SQLite only).

Indexing 100,000 imported persons row by row costs more than the rest of the import: the
person trigger writes a document, then each e-mail's trigger deletes and rewrites it. The
importer instead fills the index for a whole chunk with one ``INSERT ... SELECT`` from
``search_person_doc``. To do so it puts a row in ``search_index_pause`` for the duration of
its own inserts and removes it before going on; the two INSERT triggers on ``person`` and
``contact_point`` do nothing while that row exists.

The row lives only inside the importer's transaction: SQLite serialises writers and readers
never see uncommitted rows, so every other writer still has its triggers, and a crash or a
rollback removes the row with the rest of the import. Update and delete triggers are
untouched. (The table's name starts with ``search_index`` so autogenerate leaves it alone.)
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
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


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_index_pause (id INTEGER PRIMARY KEY)")
    op.execute("DROP TRIGGER IF EXISTS search_person_ai")
    op.execute("DROP TRIGGER IF EXISTS search_contact_ai")
    op.execute(_person_ai(f" WHEN {PAUSED}"))
    op.execute(_contact_ai(f" WHEN NEW.kind = 'email' AND {PAUSED}"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS search_person_ai")
    op.execute("DROP TRIGGER IF EXISTS search_contact_ai")
    op.execute(_person_ai(""))
    op.execute(_contact_ai(" WHEN NEW.kind = 'email'"))
    op.execute("DROP TABLE IF EXISTS search_index_pause")

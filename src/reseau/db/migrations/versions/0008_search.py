"""Global search: an FTS5 index over persons, organizations and journal entries, kept in sync
by triggers on every write (SQLite only).

The index ``search_index`` is a regular FTS5 table whose rowid encodes the record:
``kind * 10**12 + id`` (kind 1 person, 2 organization, 3 interaction), so a trigger replaces one
document by rowid without scanning, and a search limited to one kind is a rowid range, which
FTS5 reads directly. Columns: ``name`` (names, acronym), ``other`` (function, e-mails,
notes, journal summary) and ``context`` (a person's organization), weighted in that order.
What a document holds is said once, in the views ``search_*_doc``; the triggers copy from them.

PostgreSQL has no FTS5: the search service falls back to LIKE on the folded ``name_key``
columns and lower() on the others (see docs/performance.md), so nothing is created there.
"""

from __future__ import annotations

revision = "0008"
down_revision = "0006"  # main's head when issue 9 merged main; was "0001"
branch_labels = None
depends_on = None

PERSON, ORGANIZATION, INTERACTION = 1, 2, 3
BASE = 10**12  # must match reseau.services.search.global_search.KIND_BASE

VIEWS = {
    "search_person_doc": f"""
        SELECT p.id AS id, p.id + {PERSON * BASE} AS doc,
               p.first_name || ' ' || p.last_name AS name,
               coalesce(p.title, '') || ' ' || coalesce((
                   SELECT group_concat(c.value, ' ') FROM contact_point c
                   WHERE c.person_id = p.id AND c.kind = 'email'), '') || ' ' || p.notes AS other,
               coalesce((SELECT o.name || ' ' || coalesce(o.acronym, '') FROM organization o
                         WHERE o.id = p.organization_id), '') AS context
        FROM person p""",
    "search_organization_doc": f"""
        SELECT o.id AS id, o.id + {ORGANIZATION * BASE} AS doc,
               o.name || ' ' || coalesce(o.acronym, '') AS name,
               coalesce(o.sector, '') || ' ' || coalesce(o.city, '') || ' ' || coalesce((
                   SELECT group_concat(c.value, ' ') FROM contact_point c
                   WHERE c.organization_id = o.id AND c.kind = 'email'), '') || ' ' || o.notes AS other,
               '' AS context
        FROM organization o""",
    "search_interaction_doc": f"""
        SELECT i.id AS id, i.id + {INTERACTION * BASE} AS doc, '' AS name, i.summary AS other,
               '' AS context
        FROM interaction i""",
}


def _put(view: str, where: str) -> str:
    return (
        f"INSERT INTO search_index(rowid, name, other, context) "
        f"SELECT doc, name, other, context FROM {view} WHERE {where};"
    )


def _drop(kind: int, ident: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = {ident} + {kind * BASE};"


def _refresh_person(ident: str) -> str:
    return _drop(PERSON, ident) + _put("search_person_doc", f"id = {ident}")


def _refresh_organization(ident: str) -> str:
    return _drop(ORGANIZATION, ident) + _put("search_organization_doc", f"id = {ident}")


def _trigger(name: str, event: str, body: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER {name} AFTER {event} FOR EACH ROW{condition} BEGIN {body} END"


TRIGGERS = {
    "search_person_ai": ("INSERT ON person", _put("search_person_doc", "id = NEW.id"), ""),
    "search_person_au": ("UPDATE ON person", _drop(PERSON, "OLD.id") + _refresh_person("NEW.id"), ""),
    "search_person_ad": ("DELETE ON person", _drop(PERSON, "OLD.id"), ""),
    "search_organization_ai": ("INSERT ON organization", _put("search_organization_doc", "id = NEW.id"), ""),
    "search_organization_au": (
        "UPDATE ON organization",
        _drop(ORGANIZATION, "OLD.id") + _refresh_organization("NEW.id"),
        "",
    ),
    # A person's document holds its organization's name: rename -> refresh the members.
    "search_organization_au_members": (
        "UPDATE OF name, acronym ON organization",
        "DELETE FROM search_index WHERE rowid IN "
        f"(SELECT id + {PERSON * BASE} FROM person WHERE organization_id = NEW.id);"
        + _put("search_person_doc", "id IN (SELECT id FROM person WHERE organization_id = NEW.id)"),
        "OLD.name IS NOT NEW.name OR OLD.acronym IS NOT NEW.acronym",
    ),
    "search_organization_ad": ("DELETE ON organization", _drop(ORGANIZATION, "OLD.id"), ""),
    # Only e-mails are indexed, so other contact points leave the index alone.
    "search_contact_ai": (
        "INSERT ON contact_point",
        _refresh_person("NEW.person_id") + _refresh_organization("NEW.organization_id"),
        "NEW.kind = 'email'",
    ),
    "search_contact_au": (
        "UPDATE ON contact_point",
        _refresh_person("OLD.person_id")
        + _refresh_organization("OLD.organization_id")
        + _refresh_person("NEW.person_id")
        + _refresh_organization("NEW.organization_id"),
        "OLD.kind = 'email' OR NEW.kind = 'email'",
    ),
    "search_contact_ad": (
        "DELETE ON contact_point",
        _refresh_person("OLD.person_id") + _refresh_organization("OLD.organization_id"),
        "OLD.kind = 'email'",
    ),
    "search_interaction_ai": ("INSERT ON interaction", _put("search_interaction_doc", "id = NEW.id"), ""),
    "search_interaction_au": (
        "UPDATE ON interaction",
        _drop(INTERACTION, "OLD.id")
        + _drop(INTERACTION, "NEW.id")
        + _put("search_interaction_doc", "id = NEW.id"),
        "",
    ),
    "search_interaction_ad": ("DELETE ON interaction", _drop(INTERACTION, "OLD.id"), ""),
}


# ``op`` is imported in upgrade/downgrade, not here: a new file is created at head without Alembic
# (reseau.db.head_schema), reading FTS_TABLE, VIEWS and TRIGGERS from this module.
FTS_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "name, other, context, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


def upgrade() -> None:
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(FTS_TABLE)
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")
    for name, (event, body, when) in TRIGGERS.items():
        op.execute(_trigger(name, event, body, when))
    for view in VIEWS:
        op.execute(_put(view, "1"))


def downgrade() -> None:
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")

"""Global search on PostgreSQL: a ``tsvector`` index kept in sync by triggers (PostgreSQL only).

Until now the search fell back to LIKE scans on PostgreSQL (130 ms median at 100,000 persons).
This migration gives PostgreSQL what FTS5 gives SQLite (migration 0008), with the same rules:

- ``search_fold(text)``: lower case, accents removed, every space, punctuation or control
  character a word separator — like FTS5's ``unicode61 remove_diacritics 2`` tokenizer. Accents
  go with the ``unaccent`` extension when it can be had; else with ``translate()`` over the
  Latin letters (the same letters, without the ligatures æ/œ/ß that ``unaccent`` spells out).
- Views ``search_person_doc``, ``search_organization_doc``, ``search_interaction_doc`` say what
  a document holds, column by column as on SQLite: ``name`` (names, acronym), ``other``
  (function, e-mails, notes, journal summary), ``context`` (a person's organization).
- Table ``search_document(kind, id, name, document)``: kind 1 person, 2 organization, 3
  interaction; ``document`` is the ``tsvector`` of the three folded columns, weighted A, B and
  C (``search_vector``), ``name`` the one of the name alone (``search_name``: "names first"
  reads it, and a weight filter on ``document`` would recheck every candidate row). One GIN
  index per kind and column (partial indexes), so a search of one kind reads only its own.
- ``search_query(words, name_only)``: the ``tsquery`` of the user's words, folded by the same
  function as the documents: every word a phrase of its tokens, the last one a prefix
  (``'st' <-> 'am':*``), all words required; on ``document`` a phrase of several tokens must
  stay inside one column (one weight), as in FTS5.
- Statement-level triggers with transition tables on person, organization (and its members
  when its name or acronym changes), contact_point (e-mails) and interaction call
  ``search_refresh(kind, ids)``: one statement for a whole bulk insert or COPY.
- ``search_rebuild()`` refills the table from the views and analyzes it
  (``services.search.rebuild_index``).

``unaccent`` needs the right to create an extension (it is a trusted extension since
PostgreSQL 13: the database owner or a role with CREATE on the database may). When it cannot be
created, the migration logs a warning and folds with ``translate()``; search keeps working.
The table is not in the models: ``env_filters.include_name`` keeps autogenerate away from it.
"""

from __future__ import annotations

import logging
import unicodedata

from alembic import op
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

LOG = logging.getLogger("alembic.runtime.migration")
# A marker on search_fold: this migration installed unaccent, so its downgrade removes it.
CREATED_UNACCENT = "reseau 0016: unaccent created by this migration"


def _latin_folds() -> tuple[str, str]:
    """The Latin letters with diacritics and their bare letter, for translate()."""
    accented, plain = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if char.isalpha() and len(base) == 1 and base.isascii() and base != char:
            accented.append(char)
            plain.append(base)
    return "".join(accented), "".join(plain)


# Separators: everything that is not a letter or a digit. [:punct:] is ASCII-only in a "C"
# database, so the typographic marks of French text are listed as well.
SEPARATORS = "[[:space:][:punct:][:cntrl:]«»‹›‘’‚“”„–—…·•\u00a0\u202f]+"


def _fold_sql(unaccent_schema: str | None) -> str:
    if unaccent_schema:
        bare = f"{unaccent_schema}.unaccent('{unaccent_schema}.unaccent'::regdictionary, coalesce(t, ''))"
    else:
        accented, plain = _latin_folds()
        bare = f"translate(coalesce(t, ''), '{accented}', '{plain}')"
    return (
        "CREATE FUNCTION search_fold(t text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$ "
        f"SELECT btrim(regexp_replace(lower({bare}), '{SEPARATORS}', ' ', 'g')) $$"
    )


NAME = """
CREATE FUNCTION search_name(name text) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('pg_catalog.simple', search_fold(name))
$$"""
VECTOR = """
CREATE FUNCTION search_vector(name text, other text, context text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('pg_catalog.simple', search_fold(name)), 'A')
        || setweight(to_tsvector('pg_catalog.simple', search_fold(other)), 'B')
        || setweight(to_tsvector('pg_catalog.simple', search_fold(context)), 'C')
$$"""

# Each word: its tokens as the documents' parser cuts them (to_tsvector, in position order),
# quoted, the last one a prefix; a phrase of several tokens inside one column (weights A, B or
# C), as FTS5 does. NULL (matches nothing) when a word has no token.
QUERY = r"""
CREATE FUNCTION search_query(words text[], name_only boolean) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    word text;
    tokens text[];
    weight text;
    phrases text[];
    terms text[] := '{}';
BEGIN
    FOREACH word IN ARRAY coalesce(words, '{}') LOOP
        SELECT array_agg('''' || replace(replace(u.lexeme, '\', '\\'), '''', '''''') || '''' ORDER BY p.pos)
          INTO tokens
          FROM unnest(to_tsvector('pg_catalog.simple', search_fold(word))) AS u(lexeme, positions, weights),
               unnest(u.positions) AS p(pos);
        IF tokens IS NULL THEN
            RETURN NULL;
        END IF;
        phrases := '{}';
        FOREACH weight IN ARRAY CASE WHEN name_only OR cardinality(tokens) = 1 THEN ARRAY['']
                                     ELSE ARRAY['A', 'B', 'C'] END LOOP
            phrases := phrases || (
                SELECT string_agg(t || CASE WHEN i = cardinality(tokens) THEN ':*' || weight
                                            WHEN weight = '' THEN '' ELSE ':' || weight END,
                                  ' <-> ' ORDER BY i)
                  FROM unnest(tokens) WITH ORDINALITY AS u(t, i));
        END LOOP;
        terms := terms || ('(' || array_to_string(phrases, ') | (') || ')');
    END LOOP;
    IF cardinality(terms) = 0 THEN
        RETURN NULL;
    END IF;
    RETURN array_to_string(terms, ' & ')::tsquery;
END
$$"""

VIEWS = {
    "search_person_doc": """
        SELECT p.id AS id,
               p.first_name || ' ' || p.last_name AS name,
               coalesce(p.title, '') || ' ' || coalesce((
                   SELECT string_agg(c.value, ' ' ORDER BY c.id) FROM contact_point c
                   WHERE c.person_id = p.id AND c.kind = 'email'), '') || ' ' || coalesce(p.notes, '')
                   AS other,
               coalesce((SELECT o.name || ' ' || coalesce(o.acronym, '') FROM organization o
                         WHERE o.id = p.organization_id), '') AS context
        FROM person p""",
    "search_organization_doc": """
        SELECT o.id AS id,
               o.name || ' ' || coalesce(o.acronym, '') AS name,
               coalesce(o.sector, '') || ' ' || coalesce(o.city, '') || ' ' || coalesce((
                   SELECT string_agg(c.value, ' ' ORDER BY c.id) FROM contact_point c
                   WHERE c.organization_id = o.id AND c.kind = 'email'), '') || ' ' || coalesce(o.notes, '')
                   AS other,
               '' AS context
        FROM organization o""",
    "search_interaction_doc": """
        SELECT i.id AS id, '' AS name, coalesce(i.summary, '') AS other, '' AS context
        FROM interaction i""",
}

# Two writers that refresh the same document (two coordinators, one the person and one her
# e-mail) may both have deleted it: the second insert takes the place of the first.
UPSERT = "ON CONFLICT (kind, id) DO UPDATE SET name = EXCLUDED.name, document = EXCLUDED.document"
REFRESH = """
CREATE FUNCTION search_refresh(doc_kind integer, ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM search_document WHERE kind = doc_kind AND id = ANY(ids);
    IF doc_kind = 1 THEN
        INSERT INTO search_document (kind, id, name, document)
        SELECT 1, d.id, search_name(d.name), search_vector(d.name, d.other, d.context)
          FROM search_person_doc d WHERE d.id = ANY(ids)
        {UPSERT};
    ELSIF doc_kind = 2 THEN
        INSERT INTO search_document (kind, id, name, document)
        SELECT 2, d.id, search_name(d.name), search_vector(d.name, d.other, d.context)
          FROM search_organization_doc d WHERE d.id = ANY(ids)
        {UPSERT};
    ELSE
        INSERT INTO search_document (kind, id, name, document)
        SELECT 3, d.id, search_name(d.name), search_vector(d.name, d.other, d.context)
          FROM search_interaction_doc d WHERE d.id = ANY(ids)
        {UPSERT};
    END IF;
END
$$""".replace("{UPSERT}", UPSERT)

REBUILD = """
CREATE FUNCTION search_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_document;
    INSERT INTO search_document (kind, id, name, document)
    SELECT kind, id, search_name(name), search_vector(name, other, context)
      FROM (SELECT 1 AS kind, * FROM search_person_doc
            UNION ALL SELECT 2, * FROM search_organization_doc
            UNION ALL SELECT 3, * FROM search_interaction_doc) AS documents;
    -- Fresh lexeme statistics: the planner reads them to choose between index and scan.
    ANALYZE search_document;
    RETURN (SELECT count(*) FROM search_document);
END
$$"""


def _trigger_function(name: str, on_insert: str, on_update: str, on_delete: str) -> str:
    return f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {on_insert}
    ELSIF TG_OP = 'UPDATE' THEN
        {on_update}
    ELSE
        {on_delete}
    END IF;
    RETURN NULL;
END
$$"""


def _ids(kind: int, rows: str, column: str = "id", where: str = "") -> str:
    condition = f" WHERE {where}" if where else ""
    return f"PERFORM search_refresh({kind}, ARRAY(SELECT {column} FROM {rows}{condition}));"


def _emails(rows: str) -> str:
    return _ids(1, rows, "person_id", "kind = 'email' AND person_id IS NOT NULL") + _ids(
        2, rows, "organization_id", "kind = 'email' AND organization_id IS NOT NULL"
    )


# A person's document holds its organization's name: a rename refreshes the members.
_MEMBERS = (
    "PERFORM search_refresh(1, ARRAY(SELECT p.id FROM person p JOIN new_rows n ON p.organization_id = n.id "
    "JOIN old_rows o ON o.id = n.id WHERE o.name IS DISTINCT FROM n.name "
    "OR o.acronym IS DISTINCT FROM n.acronym));"
)

TRIGGER_FUNCTIONS = {
    # table: (function, on insert, on update, on delete)
    "person": ("search_person_changed", _ids(1, "new_rows"), _ids(1, "new_rows"), _ids(1, "old_rows")),
    "organization": (
        "search_organization_changed",
        _ids(2, "new_rows"),
        _ids(2, "new_rows") + _MEMBERS,
        _ids(2, "old_rows"),
    ),
    "contact_point": (
        "search_contact_changed",
        _emails("new_rows"),
        _emails("old_rows") + _emails("new_rows"),
        _emails("old_rows"),
    ),
    "interaction": (
        "search_interaction_changed",
        _ids(3, "new_rows"),
        _ids(3, "new_rows"),
        _ids(3, "old_rows"),
    ),
}
TRANSITIONS = {
    "INSERT": ("ai", "NEW TABLE AS new_rows"),
    "UPDATE": ("au", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    "DELETE": ("ad", "OLD TABLE AS old_rows"),
}
FUNCTIONS = (
    "search_person_changed()",
    "search_organization_changed()",
    "search_contact_changed()",
    "search_interaction_changed()",
    "search_rebuild()",
    "search_refresh(integer, bigint[])",
    "search_query(text[], boolean)",
    "search_vector(text, text, text)",
    "search_name(text)",
    "search_fold(text)",
)


def _unaccent_schema() -> tuple[str | None, bool]:
    """The schema of the ``unaccent`` extension, creating it if allowed; and whether we did."""
    bind = op.get_bind()
    find = text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'")
    schema = bind.execute(find).scalar()
    if schema:
        return str(schema), False
    try:
        with bind.begin_nested():
            bind.execute(text("CREATE EXTENSION unaccent"))
    except DBAPIError as exc:
        LOG.warning(
            "Recherche PostgreSQL : l'extension unaccent n'a pas pu être créée (%s). Les accents "
            "sont retirés avec translate() sur les lettres latines : la recherche fonctionne et "
            "reste aussi rapide, mais les ligatures (æ, œ, ß) ne s'écrivent pas « ae », « oe », "
            "« ss ». Pour l'avoir : CREATE EXTENSION unaccent par un superutilisateur ou le "
            "propriétaire de la base, puis la recette de docs/team-server.md.",
            str(exc.orig).strip().splitlines()[0] if exc.orig else exc,
        )
        return None, False
    return str(bind.execute(find).scalar()), True


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema, created = _unaccent_schema()
    op.execute(_fold_sql(schema))
    if created:
        op.execute(f"COMMENT ON FUNCTION search_fold(text) IS '{CREATED_UNACCENT}'")
    op.execute(NAME)
    op.execute(VECTOR)
    op.execute(QUERY)
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")
    op.execute(
        "CREATE TABLE search_document (kind smallint NOT NULL, id bigint NOT NULL, "
        "name tsvector NOT NULL, document tsvector NOT NULL, PRIMARY KEY (kind, id))"
    )
    for kind, name in ((1, "person"), (2, "organization"), (3, "interaction")):
        op.execute(
            f"CREATE INDEX search_document_{name} ON search_document USING gin (document) WHERE kind = {kind}"
        )
    for kind, name in ((1, "person"), (2, "organization")):
        op.execute(f"CREATE INDEX search_name_{name} ON search_document USING gin (name) WHERE kind = {kind}")
    op.execute(REFRESH)
    op.execute(REBUILD)
    for table, (function, on_insert, on_update, on_delete) in TRIGGER_FUNCTIONS.items():
        op.execute(_trigger_function(function, on_insert, on_update, on_delete))
        for event, (suffix, transition) in TRANSITIONS.items():
            op.execute(
                f"CREATE TRIGGER search_{table}_{suffix} AFTER {event} ON {table} "
                f"REFERENCING {transition} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
            )
    op.execute("SELECT search_rebuild()")
    LOG.info(
        "Recherche PostgreSQL : index search_document créé (accents retirés avec %s).",
        "unaccent" if schema else "translate()",
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    created = bind.execute(
        text("SELECT obj_description('search_fold(text)'::regprocedure, 'pg_proc') = :marker"),
        {"marker": CREATED_UNACCENT},
    ).scalar()
    for table in TRIGGER_FUNCTIONS:
        for suffix, _transition in TRANSITIONS.values():
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix} ON {table}")
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_document")
    for signature in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    if created:
        op.execute("DROP EXTENSION IF EXISTS unaccent")

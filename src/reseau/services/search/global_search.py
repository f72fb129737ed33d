"""Global search: accent- and case-insensitive word-prefix matching over persons,
organizations and journal entries.

On SQLite it reads the FTS5 table ``search_index`` that the triggers of migration 0008 keep in
sync on every write (tokenizer ``unicode61 remove_diacritics 2``, prefix indexes for 1 to 3
letters). Its rowid is ``kind * KIND_BASE + id``, so one kind is a rowid range.

Every word the user types becomes a quoted prefix term (``"masse"*``), with quotes doubled:
FTS5 operators typed by the user (``*``, ``-``, ``NEAR``, ``OR``, parentheses, quotes) are thus
read as text, never as syntax. Words without a letter or digit are dropped, since they would
match nothing.

On PostgreSQL (no FTS5) the same functions read the table ``search_document`` of migration
0016, kept in sync by triggers: two ``tsvector`` per record (the name; name, other and context
weighted A, B and C) under GIN indexes, queried with a ``tsquery`` of word prefixes built by the SQL
function ``search_query`` with the same folding as the documents (``unaccent`` when the server
has it); see docs/team-server.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Select,
    Text,
    bindparam,
    cast,
    column,
    false,
    func,
    literal,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import Session

from reseau.core.enums import Country, InteractionKind
from reseau.core.labels import label
from reseau.core.normalize import display_name
from reseau.db.models import Interaction, Organization, Person

# Named here too; the window takes them from hits, which imports no model (issue 19.3).
from reseau.services.search.hits import HitKind as HitKind
from reseau.services.search.hits import SearchHit as SearchHit

KIND_BASE = 10**12  # must match migration 0008


_CODES = {HitKind.PERSON: 1, HitKind.ORGANIZATION: 2, HitKind.INTERACTION: 3}
_FTS = table("search_index", column("rowid"), column("search_index"))
_DOC = table("search_document", column("kind"), column("id"), column("name"), column("document"))


def words(text: str) -> list[str]:
    """The user's words that can match something (at least one letter or digit).

    Control characters separate words: a NUL would end the query string inside SQLite's FTS5
    parser and leave a quote open (found by the hypothesis test)."""
    clean = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    return [w for w in clean.split() if any(c.isalnum() for c in w)]


def fts_query(text: str, name_only: bool = False) -> str:
    """The FTS5 query for ``text``: every word a quoted prefix term, all required.

    ``""`` when nothing can match. ``name_only`` limits the match to the ``name`` column.
    """
    terms = " ".join('"' + w.replace('"', '""') + '"*' for w in words(text))
    if not terms:
        return ""
    return f"{{name}} : ({terms})" if name_only else terms


def uses_fts(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _fts_ids(kind: HitKind, query: str) -> Select[Any]:
    low = _CODES[kind] * KIND_BASE
    rowid = _FTS.c.rowid
    return select((rowid - low).label("id")).where(
        _FTS.c.search_index.op("MATCH")(query), rowid.between(low, low + KIND_BASE - 1)
    )


def id_list(session: Session, query: Select[Any]) -> list[int]:
    """The integers of a one-column SELECT, read with the driver's cursor.

    For 100,000 ids this takes half the time of a SQLAlchemy result, whose per-row processing
    the table of ids does not need (it is what the Personnes table waits for first).
    """
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params: Any = compiled.params
    if compiled.positiontup is not None:
        params = [params[name] for name in compiled.positiontup]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def _tsqueries(session: Session, text: str) -> tuple[str | None, str | None]:
    """PostgreSQL: the ``tsquery`` of ``text`` for any column and for the name only, built by
    the SQL function ``search_query`` with the same folding as the documents (migration 0016);
    None when a word has nothing the server counts as a token (then nothing matches)."""
    found = bindparam("words", words(text), type_=ARRAY(Text))
    row = session.execute(select(func.search_query(found, False), func.search_query(found, True))).one()
    return row[0], row[1]


def _matches(kind: HitKind, name_only: bool, tsquery: str | None) -> ColumnElement[bool]:
    """The documents of ``kind`` that match ``tsquery``, in any column or in the name only.

    A person in any column: the tsquery is written in the statement (``literal_execute``), so
    the planner reads its words in the lexeme statistics. For a prefix that most persons have
    (« de ») it then scans the table until LIMIT rows match (0.05 ms) instead of building the
    GIN bitmap of all 94,000 (12 ms); for a rare one it takes the index. Everywhere else the
    statistics mislead (they are the whole table's, mostly persons', and the names' include the
    organizations'): a scan there crossed 100,000 rows for nothing (50 to 115 ms). So the
    tsquery stays out of the planner's sight (a sub-select) and the GIN index of the kind is
    always read.
    """
    if tsquery is None:
        return false()
    # Here, not at the top: importing SQLAlchemy's PostgreSQL dialect took 0.16 s of every
    # start of the window, on SQLite too (issue 19.3).
    from sqlalchemy.dialects.postgresql import TSQUERY

    vector = _DOC.c.name if name_only else _DOC.c.document
    if kind == HitKind.PERSON and not name_only:
        inline = bindparam(None, tsquery, type_=Text, literal_execute=True)
        matched: ColumnElement[bool] = vector.op("@@")(cast(inline, TSQUERY))
    else:
        hidden = select(cast(bindparam(None, tsquery, type_=Text), TSQUERY)).scalar_subquery()
        matched = vector.op("@@")(hidden)
    return matched


def _document_ids(session: Session, kind: HitKind, text: str, name_only: bool = False) -> Select[Any]:
    """PostgreSQL: the ids of ``kind`` whose ``search_document`` matches every word of ``text``."""
    any_column, name = _tsqueries(session, text)
    tsquery = name if name_only else any_column
    return select(_DOC.c.id).where(_DOC.c.kind == _CODES[kind], _matches(kind, name_only, tsquery))


def matching_ids(session: Session, kind: HitKind, text: str) -> Select[Any] | None:
    """A SELECT of the ids of ``kind`` matching ``text`` (for ``Model.id.in_(...)``), or None
    when ``text`` holds no word, meaning "no filter"."""
    if not words(text):
        return None
    return _kind_ids(session, kind, text)


def _kind_ids(session: Session, kind: HitKind, text: str, name_only: bool = False) -> Select[Any]:
    if uses_fts(session):
        return _fts_ids(kind, fts_query(text, name_only))
    return _document_ids(session, kind, text, name_only)


@dataclass(frozen=True)
class _Found:
    """The ids of one search, in the order of the results."""

    persons: list[int]
    organizations: list[int]
    more_persons: list[int]
    more_organizations: list[int]
    interactions: list[int]


def _ids(session: Session, kind: HitKind, text: str, limit: int, name_only: bool = False) -> list[int]:
    return list(session.scalars(_kind_ids(session, kind, text, name_only).limit(limit)))


# (group, kind, name only): what search() reads, in the order of its results.
_GROUPS = (
    ("persons", HitKind.PERSON, True),
    ("organizations", HitKind.ORGANIZATION, True),
    ("more_persons", HitKind.PERSON, False),
    ("more_organizations", HitKind.ORGANIZATION, False),
    ("interactions", HitKind.INTERACTION, False),
)


def _document_groups(session: Session, text: str, limit: int) -> dict[str, list[int]]:
    """PostgreSQL: the five groups of ids in one statement (UNION ALL), after the one that
    builds the two tsqueries: two round trips instead of five."""
    any_column, name = _tsqueries(session, text)
    branches = []
    for number, (_group, kind, name_only) in enumerate(_GROUPS):
        tsquery = name if name_only else any_column
        branch = (
            select(literal(number).label("g"), _DOC.c.id)
            .where(_DOC.c.kind == _CODES[kind], _matches(kind, name_only, tsquery))
            .limit(limit)
            .subquery()
        )
        branches.append(select(branch.c.g, branch.c.id))
    groups: dict[str, list[int]] = {group: [] for group, _kind, _name in _GROUPS}
    for number, ident in session.execute(union_all(*branches)):
        groups[_GROUPS[number][0]].append(ident)
    return groups


def _found(session: Session, text: str, limit: int) -> _Found:
    """Name matches first, then up to ``limit`` in all of the matches of a kind, minus those.
    (As many rows are read of "any column" as ``limit``, then the name matches are dropped.)"""
    if uses_fts(session):
        groups = {group: _ids(session, kind, text, limit, name_only) for group, kind, name_only in _GROUPS}
    else:
        groups = _document_groups(session, text, limit)
    persons, organizations = groups["persons"], groups["organizations"]
    seen_persons, seen_organizations = set(persons), set(organizations)
    return _Found(
        persons,
        organizations,
        [i for i in groups["more_persons"] if i not in seen_persons][: limit - len(persons)],
        [i for i in groups["more_organizations"] if i not in seen_organizations][
            : limit - len(organizations)
        ],
        groups["interactions"],
    )


def _person_hits(session: Session, ids: Sequence[int]) -> list[SearchHit]:
    if not ids:
        return []
    query = (
        select(Person.id, Person.first_name, Person.last_name, Person.title, Organization.name)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Person.id.in_(ids))
    )
    rows = {r[0]: r for r in session.execute(query)}
    return [
        SearchHit(HitKind.PERSON, i, display_name(r[1], r[2]), " · ".join(p for p in (r[3], r[4]) if p))
        for i in ids
        if (r := rows.get(i))
    ]


def _organization_hits(session: Session, ids: Sequence[int], lang: str) -> list[SearchHit]:
    if not ids:
        return []
    query = select(
        Organization.id, Organization.name, Organization.acronym, Organization.city, Organization.country
    ).where(Organization.id.in_(ids))
    rows = {r[0]: r for r in session.execute(query)}
    hits = []
    for i in ids:
        if (r := rows.get(i)) is None:
            continue
        title = f"{r[1]} ({r[2]})" if r[2] else r[1]
        detail = " · ".join(p for p in (r[3], label(Country(r[4]), lang)) if p)
        hits.append(SearchHit(HitKind.ORGANIZATION, i, title, detail))
    return hits


def _interaction_hits(session: Session, ids: Sequence[int], lang: str) -> list[SearchHit]:
    if not ids:
        return []
    query = select(Interaction.id, Interaction.occurred_on, Interaction.kind, Interaction.summary).where(
        Interaction.id.in_(ids)
    )
    rows = {r[0]: r for r in session.execute(query)}
    hits = []
    for i in ids:
        if (r := rows.get(i)) is None:
            continue
        summary = " ".join(r[3].split())
        summary = summary if len(summary) <= 110 else summary[:109] + "…"
        title = f"{r[1].isoformat()} — {label(InteractionKind(r[2]), lang)}"
        hits.append(SearchHit(HitKind.INTERACTION, i, title, summary))
    return hits


def search(session: Session, text: str, limit: int = 8, lang: str = "fr") -> list[SearchHit]:
    """Up to ``limit`` persons, organizations and journal entries matching every word of
    ``text`` as a word prefix, accents and case ignored: first the persons and organizations
    whose name matches, then those matched by another field, then journal entries."""
    if not words(text):
        return []
    found = _found(session, text, limit)
    persons = _person_hits(session, found.persons + found.more_persons)
    organizations = _organization_hits(session, found.organizations + found.more_organizations, lang)
    named_persons, named_organizations = set(found.persons), set(found.organizations)
    return [
        *(h for h in persons if h.id in named_persons),
        *(h for h in organizations if h.id in named_organizations),
        *(h for h in persons if h.id not in named_persons),
        *(h for h in organizations if h.id not in named_organizations),
        *_interaction_hits(session, found.interactions, lang),
    ]


def rebuild_index(session: Session) -> int:
    """Rebuild the search index from the tables (after a restore, or if it is ever in doubt);
    returns the number of documents. PostgreSQL: ``search_rebuild()`` of migration 0016."""
    connection = session.connection()
    if not uses_fts(session):
        return int(connection.exec_driver_sql("SELECT search_rebuild()").scalar_one())
    connection.exec_driver_sql("DELETE FROM search_index")
    for view in ("search_person_doc", "search_organization_doc", "search_interaction_doc"):
        connection.exec_driver_sql(
            "INSERT INTO search_index(rowid, name, other, context) "
            f"SELECT doc, name, other, context FROM {view}"
        )
    return int(connection.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one())

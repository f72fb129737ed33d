"""Global search: accent- and case-insensitive word-prefix matching over persons,
organizations and journal entries.

On SQLite it reads the FTS5 table ``search_index`` that the triggers of migration 0008 keep in
sync on every write (tokenizer ``unicode61 remove_diacritics 2``, prefix indexes for 1 to 3
letters). Its rowid is ``kind * KIND_BASE + id``, so one kind is a rowid range.

Every word the user types becomes a quoted prefix term (``"masse"*``), with quotes doubled:
FTS5 operators typed by the user (``*``, ``-``, ``NEAR``, ``OR``, parentheses, quotes) are thus
read as text, never as syntax. Words without a letter or digit are dropped, since they would
match nothing.

On PostgreSQL (no FTS5) the same functions fall back to LIKE: word prefixes of the folded
``name_key`` columns, and substrings of the other fields lowered and stripped of French accents
with translate() (no need for the unaccent extension); see docs/performance.md.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, exists, false, func, or_, select, table
from sqlalchemy.orm import Session

from reseau.core.enums import ContactKind, Country, InteractionKind
from reseau.core.labels import label
from reseau.core.normalize import display_name, fold
from reseau.db.models import ContactPoint, Interaction, Organization, Person

KIND_BASE = 10**12  # must match migration 0008


class HitKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    INTERACTION = "interaction"


_CODES = {HitKind.PERSON: 1, HitKind.ORGANIZATION: 2, HitKind.INTERACTION: 3}
_MODELS: dict[HitKind, Any] = {
    HitKind.PERSON: Person,
    HitKind.ORGANIZATION: Organization,
    HitKind.INTERACTION: Interaction,
}
_FTS = table("search_index", column("rowid"), column("search_index"))


@dataclass(frozen=True)
class SearchHit:
    """One line of the search results: what it is, its id, and two lines of text."""

    kind: HitKind
    id: int
    title: str
    detail: str


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


def _word_prefix(key: Any, word: str) -> ColumnElement[bool]:
    """``key`` (a folded, space-separated column) has a word starting with ``word``."""
    return or_(key.like(f"{word}%"), key.like(f"% {word}%"))


# PostgreSQL's translate() folds the accents of French without the unaccent extension.
_ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿæœ"
_PLAIN = "aaaaaaceeeeiiiinooooouuuuyyao"


def _contains(value: Any, word: str, fold_accents: bool) -> ColumnElement[bool]:
    lowered = func.lower(func.coalesce(value, ""))
    if fold_accents:
        lowered = func.translate(lowered, _ACCENTED, _PLAIN)
    return lowered.like(f"%{word}%")


def _email_like(owner: Any, word: str) -> ColumnElement[bool]:
    return exists().where(
        owner, ContactPoint.kind == ContactKind.EMAIL, ContactPoint.normalized.like(f"%{word}%")
    )


def _fallback_condition(kind: HitKind, folded: list[str], fold_accents: bool) -> ColumnElement[bool]:
    """PostgreSQL: every folded word must start a word of a key column or appear in a field."""
    parts: list[ColumnElement[bool]] = []
    for w in folded:
        if kind == HitKind.PERSON:
            org = select(Organization.name_key).where(Organization.id == Person.organization_id)
            parts.append(
                or_(
                    _word_prefix(Person.name_key, w),
                    _contains(Person.title, w, fold_accents),
                    _contains(Person.notes, w, fold_accents),
                    _email_like(ContactPoint.person_id == Person.id, w),
                    _word_prefix(org.scalar_subquery(), w),
                )
            )
        elif kind == HitKind.ORGANIZATION:
            parts.append(
                or_(
                    _word_prefix(Organization.name_key, w),
                    _contains(Organization.acronym, w, fold_accents),
                    _contains(Organization.sector, w, fold_accents),
                    _contains(Organization.city, w, fold_accents),
                    _contains(Organization.notes, w, fold_accents),
                    _email_like(ContactPoint.organization_id == Organization.id, w),
                )
            )
        else:
            parts.append(_contains(Interaction.summary, w, fold_accents))
    return and_(*parts)


def matching_ids(session: Session, kind: HitKind, text: str) -> Select[Any] | None:
    """A SELECT of the ids of ``kind`` matching ``text`` (for ``Model.id.in_(...)``), or None
    when ``text`` holds no word, meaning "no filter"."""
    if not words(text):
        return None
    if uses_fts(session):
        return _fts_ids(kind, fts_query(text))
    model = _MODELS[kind]
    folded = fold(" ".join(words(text))).split()
    if not folded:
        return select(model.id).where(false())
    postgresql = session.get_bind().dialect.name == "postgresql"
    return select(model.id).where(_fallback_condition(kind, folded, postgresql))


def _ids(session: Session, kind: HitKind, text: str, limit: int, exclude: Sequence[int] = ()) -> list[int]:
    """Up to ``limit`` ids of ``kind`` matching ``text`` and not in ``exclude``."""
    if not uses_fts(session):
        sub = matching_ids(session, kind, text)
        return [] if sub is None else list(session.scalars(sub.limit(limit + len(exclude))))
    seen = set(exclude)
    found = session.scalars(_fts_ids(kind, fts_query(text)).limit(limit + len(seen)))
    return [i for i in found if i not in seen][:limit]


def _name_ids(session: Session, kind: HitKind, text: str, limit: int) -> list[int]:
    """Up to ``limit`` ids whose name matches (SQLite; the fallback has no columns to tell)."""
    if not uses_fts(session):
        return []
    return list(session.scalars(_fts_ids(kind, fts_query(text, name_only=True)).limit(limit)))


def _person_hits(session: Session, ids: Sequence[int]) -> list[SearchHit]:
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
    persons = _name_ids(session, HitKind.PERSON, text, limit)
    orgs = _name_ids(session, HitKind.ORGANIZATION, text, limit)
    more_persons = (
        _ids(session, HitKind.PERSON, text, limit - len(persons), persons) if len(persons) < limit else []
    )
    more_orgs = (
        _ids(session, HitKind.ORGANIZATION, text, limit - len(orgs), orgs) if len(orgs) < limit else []
    )
    return [
        *_person_hits(session, persons),
        *_organization_hits(session, orgs, lang),
        *_person_hits(session, more_persons),
        *_organization_hits(session, more_orgs, lang),
        *_interaction_hits(session, _ids(session, HitKind.INTERACTION, text, limit), lang),
    ]


def rebuild_index(session: Session) -> int:
    """Rebuild the SQLite index from the tables (after a restore, or if it is ever in doubt);
    returns the number of documents. Does nothing on PostgreSQL."""
    if not uses_fts(session):
        return 0
    connection = session.connection()
    connection.exec_driver_sql("DELETE FROM search_index")
    for view in ("search_person_doc", "search_organization_doc", "search_interaction_doc"):
        connection.exec_driver_sql(
            "INSERT INTO search_index(rowid, name, other, context) "
            f"SELECT doc, name, other, context FROM {view}"
        )
    return int(connection.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one())

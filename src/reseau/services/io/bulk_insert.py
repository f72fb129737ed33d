"""Bulk inserts for imports: one executemany per table, ids known in advance on SQLite.

On SQLite the values go straight to the driver (``exec_driver_sql``): SQLAlchemy's per-value
processing costs more than SQLite itself in a bulk insert. Other databases use Core inserts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import cast

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from reseau.db.models import Base


def table_of(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def insert_ids(session: Session, table: Table, rows: list[dict[str, object]]) -> list[int]:
    """Insert ``rows`` and return their new ids, in order, with one executemany.

    SQLite cannot promise the order of RETURNING rows, so SQLAlchemy would insert one row at
    a time; instead the ids are assigned here. This is safe: the batch row was written first,
    so this transaction holds SQLite's write lock and nobody else inserts meanwhile.
    """
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        return list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows))
    ids = _new_ids(session, table, len(rows))
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    insert_rows(session, table, rows)
    return ids


def _new_ids(session: Session, table: Table, count: int) -> list[int]:
    """The next ``count`` ids of ``table`` (SQLite: this transaction holds the write lock)."""
    start = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
    return list(range(start, start + count))


def insert_rows(session: Session, table: Table, rows: list[dict[str, object]]) -> None:
    """executemany ``rows`` (all with the same keys) into ``table``.

    On SQLite the values go straight to the driver: SQLAlchemy's per-value processing (JSON,
    dates) is what costs most in a bulk insert. Values the driver cannot take go through the
    column type's own bind processor (once for a column holding one value throughout, like
    the timestamps), so the stored text is exactly what the ORM would have written.
    """
    if not rows:
        return
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        session.execute(insert(table), rows)
        return
    names = list(rows[0])
    processors = []
    for name in names:
        processor = table.c[name].type._cached_bind_processor(bind.dialect)
        processors.append(processor)
    data = list(zip(*(_column(rows, name, processors[i]) for i, name in enumerate(names)), strict=True))
    columns = ", ".join('"' + n + '"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    session.connection().exec_driver_sql(sql, data)


def insert_tuples(
    session: Session, table: Table, names: Sequence[str], rows: list[tuple[object, ...]]
) -> None:
    """executemany ``rows``, tuples in the order of ``names``, with values the driver takes
    as they are (str, int, None; a JSON or timestamp value prepared once with :func:`prepared`).

    The fast path of the import: no dict per row, no per-column pass (about 0.3 s of the
    100,000-row import went into building and taking apart row dicts).
    """
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    columns = ", ".join('"' + n + '"' for n in names)
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    session.connection().exec_driver_sql(sql, rows)


def insert_tuples_ids(
    session: Session, table: Table, names: Sequence[str], rows: list[tuple[object, ...]]
) -> list[int]:
    """:func:`insert_tuples` that returns the new ids, in order (see :func:`insert_ids`)."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        dicts = [dict(zip(names, row, strict=True)) for row in rows]
        return list(session.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), dicts))
    ids = _new_ids(session, table, len(rows))
    insert_tuples(session, table, ["id", *names], [(i, *row) for i, row in zip(ids, rows, strict=True)])
    return ids


def prepared(session: Session, table: Table, name: str, value: object) -> object:
    """``value`` as the driver must receive it for column ``name`` (JSON text, timestamp text on
    SQLite; unchanged elsewhere, where the Core insert processes it)."""
    bind = session.get_bind()
    if value is None or bind.dialect.name != "sqlite":
        return value
    processor = table.c[name].type._cached_bind_processor(bind.dialect)
    return processor(value) if processor is not None else value


def bind_processor(session: Session, table: Table, name: str) -> Callable[[object], object]:
    """What :func:`prepared` does to a value of column ``name``, as one function to call per
    value (the column type's processor is looked up once)."""
    bind = session.get_bind()
    processor = (
        table.c[name].type._cached_bind_processor(bind.dialect) if bind.dialect.name == "sqlite" else None
    )
    if processor is None:
        return _same
    return processor


def _same(value: object) -> object:
    return value


def _column(
    rows: list[dict[str, object]], name: str, processor: Callable[[object], object] | None
) -> list[object]:
    """One column's values, ready for the driver; a constant column is processed once."""
    values = [row[name] for row in rows]
    if processor is None:
        return values
    first = values[0]
    if all(v is first or v == first for v in values):
        return [None if first is None else processor(first)] * len(values)
    return [None if v is None else processor(v) for v in values]


# The per-row search triggers fired by inserting persons and their contact points.
_INSERT_TRIGGERS = ("search_person_ai", "search_contact_ai")
# The one fired by inserting an organization.
_ORGANIZATION_TRIGGERS = ("search_organization_ai",)
PERSON_DOC = 10**12  # a person's document rowid: PERSON_DOC + id (migration 0008's kind × BASE)
ORGANIZATION_DOC = 2 * 10**12  # an organization's: ORGANIZATION_DOC + id
# A document of the search index: (rowid, name, other, context), as the search_*_doc views say.
Document = tuple[int, str, str, str]


def person_document(
    person_id: int,
    first_name: str,
    last_name: str,
    title: str | None,
    emails: list[str],
    notes: str,
    context: str,
) -> Document:
    """A new person's document, exactly as the view ``search_person_doc`` (migration 0008) writes
    it: ``context`` is the organization's ``name || ' ' || coalesce(acronym, '')`` or "".
    ``tests/services/test_import_search_index.py`` compares the two on mixed imports."""
    return (
        PERSON_DOC + person_id,
        f"{first_name} {last_name}",
        f"{title or ''} {' '.join(emails)} {notes}",
        context,
    )


def new_organization_document(organization_id: int, name: str) -> Document:
    """The document of an organization the import has just created from a person's row (a name
    and nothing else: no acronym, sector, city, notes nor contact point yet), exactly as the view
    ``search_organization_doc`` writes it (``tests/services/test_import_search.py`` compares)."""
    return (ORGANIZATION_DOC + organization_id, f"{name} ", "   ", "")


@contextmanager
def person_index_paused(session: Session) -> Iterator[list[Document]]:
    """Insert persons and their contact points without the row-by-row search triggers.

    Yields a list: put the new persons' documents in it (:func:`person_document`). Inside the
    block the INSERT triggers of ``person`` and ``contact_point`` are dropped; afterwards they
    are created again from their own stored SQL, and the documents are written with one
    executemany, in rowid order. The documents are computed in Python from the rows the
    importer has in memory: reading them back through the view (one correlated sub-query per
    person for its e-mails, one for its organization) cost more than FTS5's own work.
    Dropping, not pausing (migration 0009 paused them with a row that their ``WHEN`` tested,
    removed by 0011): a trigger that is merely told to do nothing still runs its ``WHEN`` test
    as a sub-program for every row. DDL is transactional in SQLite: other connections never
    see the triggers missing, and an exception rolls the drop back with everything else.
    """
    with _index_paused(session, _INSERT_TRIGGERS) as documents:
        yield documents


@contextmanager
def organization_index_paused(session: Session) -> Iterator[list[Document]]:
    """:func:`person_index_paused` for the organizations the import creates from its rows
    (:func:`new_organization_document`): their trigger's view reads each new organization's
    e-mails by ``contact_point.organization_id``, which needs that index during the load,
    and without the trigger the index can be built after the rows (:func:`indexes_built_after`)."""
    with _index_paused(session, _ORGANIZATION_TRIGGERS) as documents:
        yield documents


@contextmanager
def _index_paused(session: Session, triggers: tuple[str, ...]) -> Iterator[list[Document]]:
    documents: list[Document] = []
    if session.get_bind().dialect.name != "sqlite":  # no FTS5 index there (migration 0008)
        yield documents
        return
    connection = session.connection()
    with _dropped_meanwhile(connection, "trigger", triggers):
        yield documents
    if documents:
        documents.sort()
        connection.exec_driver_sql(
            "INSERT INTO search_index(rowid, name, other, context) VALUES (?, ?, ?, ?)", documents
        )


@contextmanager
def bulk_index_settings(session: Session) -> Iterator[None]:
    """FTS5 settings for a bulk load, set back afterwards: a 16 MB buffer of pending terms
    instead of 1 MB ('hashsize'), so that 100,000 documents make a few large segments rather
    than a hundred small ones that FTS5 keeps merging. 16 MB rather than 64: the 101,000
    documents of the 100,000-row benchmark replayed into the search index (bare sqlite3, the
    least CPU of 5 runs each) took 1.4–1.6 s with 16 MB, 1.7–1.8 s with 64 MB (whose one large
    flush alone took 0.3 s), 1.9 s with FTS5's 1 MB. In the import's transaction: a rollback
    sets it back. SQLite only."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO search_index(search_index, rank) VALUES ('hashsize', ?)", (16 << 20,)
    )
    try:
        yield
    finally:
        connection.exec_driver_sql(
            "INSERT INTO search_index(search_index, rank) VALUES ('hashsize', ?)", (1 << 20,)
        )


# Secondary indexes whose keys arrive in random order (a name, an e-mail, an organization per
# person): on an empty table, building them once after the rows (a sort) costs less than keeping
# them up to date row by row.
_RANDOM_ORDER_INDEXES = ("ix_person_name_key", "ix_person_organization_id", "ix_contact_point_normalized")
# Into a database without persons nor organizations (a new file), every secondary index of the
# two tables the import fills. ``ix_contact_point_organization_id`` is read by the search
# triggers of organizations (their view reads an organization's e-mails by it): the
# organizations created from persons' rows are indexed without their trigger
# (:func:`organization_index_paused`), and a company card, whose organization and contact
# points go through those triggers, asks for the index first (:meth:`BuiltAfter.need`).
# Without it each such write scanned every contact point written so far: 100,000 people of
# 10,000 organizations once took 120 s instead of 15. Its keys are NULL for a person's points,
# yet keeping it up to date cost about a sixth of writing the 300,000 contact points.
_FILLED_TABLES = ("person", "contact_point")
ORGANIZATION_EMAILS_INDEX = "ix_contact_point_organization_id"


class BuiltAfter:
    """The indexes dropped for a load (:func:`indexes_built_after`), created again at its end,
    or earlier when a write needs one (:meth:`need`)."""

    def __init__(self, connection: Connection | None, stored: dict[str, str]) -> None:
        self._connection = connection
        self._stored = stored

    def need(self, name: str) -> None:
        """Index ``name`` back now (from its stored SQL) if it was dropped; then kept up to
        date row by row until the end of the load."""
        sql = self._stored.pop(name, None)
        if sql is not None and self._connection is not None:
            self._connection.exec_driver_sql(sql)


@contextmanager
def indexes_built_after(session: Session) -> Iterator[BuiltAfter]:
    """During an import into a database without persons, drop the indexes of
    ``_RANDOM_ORDER_INDEXES`` (without organizations either: every secondary index of
    ``_FILLED_TABLES``) and create them again from their stored SQL at the end (or when
    :meth:`BuiltAfter.need` asks for one). In the import's transaction: an error or a kill
    rolls the drop back with everything else, and no other connection ever sees them missing.
    Left as they are when the database has persons (the rebuild would cost more than it saves)
    and on other databases."""
    if session.get_bind().dialect.name != "sqlite":
        yield BuiltAfter(None, {})
        return
    connection = session.connection()
    has_persons, has_organizations = connection.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM person), EXISTS (SELECT 1 FROM organization)"
    ).one()
    if has_persons:
        yield BuiltAfter(None, {})
        return
    names = _RANDOM_ORDER_INDEXES
    if not has_organizations:
        marks = ", ".join("?" * len(_FILLED_TABLES))
        names = tuple(
            name
            for (name,) in connection.exec_driver_sql(
                f"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({marks}) ORDER BY name",
                _FILLED_TABLES,
            )
        )
    with _dropped_meanwhile(connection, "index", names) as stored:
        yield BuiltAfter(connection, stored)


@contextmanager
def _dropped_meanwhile(connection: Connection, kind: str, names: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """The SQLite ``kind`` objects (trigger, index) called ``names`` dropped for the block, then
    created again from the SQL that ``sqlite_master`` stored for them. Yields that SQL by name:
    an object the block takes out of it (created again earlier) is not created again at the end.
    Not in a ``finally``: on an exception the caller's transaction rolls the drop back (DDL is
    transactional).

    Only inside a transaction already begun: the sqlite3 driver begins one at the first write,
    so a DROP run before any write would be committed at once, and a rollback would leave the
    objects missing. The importer writes its batch row first; anything else is refused."""
    if not getattr(connection.connection.dbapi_connection, "in_transaction", False):
        raise RuntimeError(f"{kind}s dropped outside a transaction: write in it first")
    marks = ", ".join("?" * len(names))
    stored: dict[str, str] = dict(
        connection.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = ? AND name IN ({marks})", (kind, *names)
        ).all()
    )
    for name in stored:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    yield stored
    for sql in stored.values():
        connection.exec_driver_sql(sql)

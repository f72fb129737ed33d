"""Generic undo/redo of a unit of work, for every table, without per-area code.

While a write runs inside ``recording(session, description)``, every INSERT, UPDATE and DELETE
that reaches the database through SQLAlchemy (ORM flushes, link-table rows of many-to-many
relationships, bulk ``session.execute(update(...))`` of a service) is seen by an engine-wide
``before_execute`` / ``after_execute`` listener. It notes the image of each touched row *before*
its first change (``None`` for a row the unit inserts); rows that the database itself changes
through ``ON DELETE CASCADE`` / ``SET NULL`` foreign keys are found from the metadata and noted
too. When the service returns, ``finish()`` reads the image *after* of every touched row: the
``UndoRecord`` is the list of (table, primary key, before, after).

``apply(session, record, UNDO)`` writes the before images back in a new transaction (inserts
parents first, deletes children first); ``REDO`` writes the after images. Before writing it
checks that every row is still exactly as the record left it: a later change (by this user or a
colleague on the server) refuses the undo with ``UndoConflictError`` instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Connection,
    Delete,
    Engine,
    Insert,
    Table,
    Update,
    and_,
    delete,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from reseau.core.errors import ReseauError
from reseau.core.messages import Message, tr
from reseau.db.base import Base

Key = tuple[Any, ...]
Image = dict[str, Any]


class Direction(StrEnum):
    UNDO = "undo"
    REDO = "redo"


UNDO = Direction.UNDO
REDO = Direction.REDO

# Words for the conflict message; a table not listed is named by its SQL name.
_TABLE_WORDS = {
    "person": tr("la personne n° {ident}"),
    "organization": tr("l'organisation n° {ident}"),
    "exchange": tr("l'échange n° {ident}"),
    "agenda_slot": tr("le créneau d'agenda n° {ident}"),
    "interaction": tr("l'entrée de journal n° {ident}"),
    "theme": tr("le thème n° {ident}"),
    "contact_point": tr("une coordonnée (n° {ident})"),
    "tag": tr("une étiquette (n° {ident})"),
}


class UndoConflictError(ReseauError):
    """The rows changed since the action: undoing it would overwrite a later change."""


@dataclass
class RowChange:
    """One row touched by the unit of work: its images before and after (None = absent)."""

    table: str
    key: Key
    before: Image | None
    after: Image | None


@dataclass
class UndoRecord:
    description: str
    changes: list[RowChange] = field(default_factory=list)
    complete: bool = True  # False when a statement's rows could not be identified

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)


class _Recorder:
    def __init__(self, session: Session, description: str) -> None:
        self.session = session
        self.description = description
        self.before: dict[tuple[str, Key], Image | None] = {}
        self.complete = True
        self.busy = False  # our own SELECTs must not be recorded

    # --- capture ------------------------------------------------------------------------------
    def note_rows(self, conn: Connection, table: Table, rows: Sequence[Mapping[Any, Any]]) -> None:
        for row in rows:
            self.before.setdefault((table.name, _key(table, row)), dict(row))

    def before_write(self, conn: Connection, stmt: Update | Delete, param_sets: list[dict[str, Any]]) -> None:
        table = stmt.table
        if not isinstance(table, Table):
            self.complete = False
            return
        query = select(table)
        if stmt.whereclause is not None:
            query = query.where(stmt.whereclause)
        for params in param_sets:
            rows = conn.execute(query, params).mappings().all()
            self.note_rows(conn, table, rows)
            if isinstance(stmt, Delete):
                self._note_cascades(conn, table, rows)

    def _note_cascades(self, conn: Connection, table: Table, rows: Sequence[Mapping[Any, Any]]) -> None:
        """Rows the database will delete or set to NULL itself (foreign keys ON DELETE)."""
        if not rows:
            return
        for child in table.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table or (fk.ondelete or "").upper() not in {"CASCADE", "SET NULL"}:
                    continue
                values = [row[fk.column.name] for row in rows]
                found = conn.execute(select(child).where(fk.parent.in_(values))).mappings().all()
                fresh = [r for r in found if (child.name, _key(child, r)) not in self.before]
                self.note_rows(conn, child, found)
                if (fk.ondelete or "").upper() == "CASCADE":
                    self._note_cascades(conn, child, fresh)

    def after_insert(self, table: Table, param_sets: list[dict[str, Any]], result: Any) -> None:
        pk_names = [c.name for c in table.primary_key.columns]
        keys: list[Key] = []
        if param_sets and all(all(p.get(n) is not None for n in pk_names) for p in param_sets):
            keys = [tuple(p[n] for n in pk_names) for p in param_sets]
        else:
            try:
                keys = [tuple(row) for row in result.inserted_primary_key_rows]
            except Exception:  # a dialect or statement that cannot tell: refuse to undo it
                keys = []
            if len(keys) != max(1, len(param_sets)) or any(None in k for k in keys):
                self.complete = False
                return
        for key in keys:
            self.before.setdefault((table.name, key), None)

    # --- result -------------------------------------------------------------------------------
    def finish(self) -> UndoRecord:
        self.session.flush()
        conn = self.session.connection()
        record = UndoRecord(self.description, complete=self.complete)
        self.busy = True
        try:
            for (name, key), before in self.before.items():
                after = _read(conn, _table(name), key)
                if after != before:
                    record.changes.append(RowChange(name, key, before, after))
        finally:
            self.busy = False
        return record


_current: ContextVar[_Recorder | None] = ContextVar("reseau_undo_recorder", default=None)


def _param_sets(multiparams: Any, params: Any) -> list[dict[str, Any]]:
    if multiparams:
        return [dict(p) for p in multiparams]
    return [dict(params or {})]


@event.listens_for(Engine, "before_execute")
def _before_execute(conn: Connection, clause: Any, multiparams: Any, params: Any, _options: Any) -> None:
    recorder = _current.get()
    if recorder is None or recorder.busy or not isinstance(clause, Update | Delete):
        return
    recorder.busy = True
    try:
        recorder.before_write(conn, clause, _param_sets(multiparams, params))
    finally:
        recorder.busy = False


@event.listens_for(Engine, "after_execute")
def _after_execute(
    conn: Connection, clause: Any, multiparams: Any, params: Any, _options: Any, result: Any
) -> None:
    recorder = _current.get()
    if recorder is None or recorder.busy or not isinstance(clause, Insert):
        return
    if isinstance(clause.table, Table):
        recorder.after_insert(clause.table, _param_sets(multiparams, params), result)
    else:
        recorder.complete = False


@contextmanager
def recording(session: Session, description: str) -> Iterator[_Recorder]:
    """Record the rows written through ``session`` in the block; call ``finish()`` at its end."""
    recorder = _Recorder(session, description)
    token = _current.set(recorder)
    try:
        yield recorder
    finally:
        _current.reset(token)


# --- applying ---------------------------------------------------------------------------------
def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _key(table: Table, row: Mapping[Any, Any]) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _where(table: Table, key: Key) -> Any:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))


def _read(conn: Connection, table: Table, key: Key) -> Image | None:
    row = conn.execute(select(table).where(_where(table, key))).mappings().first()
    return dict(row) if row is not None else None


def _what(change: RowChange) -> Message:
    ident = change.key[0] if len(change.key) == 1 else "/".join(str(k) for k in change.key)
    words = _TABLE_WORDS.get(change.table)
    if words is None:
        return tr("une ligne de « {table} » (n° {ident})", table=change.table, ident=ident)
    return Message(words.text, (("ident", ident),))


def _new_dependent(conn: Connection, change: RowChange, known: set[tuple[str, Key]]) -> RowChange | None:
    table = _table(change.table)
    row = change.after if change.after is not None else change.before
    assert row is not None
    for child in table.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            for found in conn.execute(select(child).where(fk.parent == row[fk.column.name])).mappings():
                key = _key(child, found)
                if (child.name, key) not in known:
                    return RowChange(child.name, key, None, dict(found))
    return None


Images = dict[tuple[str, Key], Image | None]


def _check_unchanged(record: UndoRecord, current: Images, undo: bool) -> None:
    """Every row is as the record left it, else ``UndoConflictError``."""
    for change in record.changes:
        expected = change.after if undo else change.before
        if current[(change.table, change.key)] != expected:
            changed = (
                tr("Impossible d'annuler « {action} » : {what} a changé depuis. Rien n'a été changé.")
                if undo
                else tr("Impossible de rétablir « {action} » : {what} a changé depuis. Rien n'a été changé.")
            )
            raise UndoConflictError(
                Message(changed.text, (("action", record.description), ("what", _what(change))))
            )


def _check_no_new_dependents(conn: Connection, record: UndoRecord, current: Images, undo: bool) -> None:
    """Deleting a row must not take along rows added since (a database cascade would)."""
    for change in record.changes:
        gone = (change.before if undo else change.after) is None
        if not gone or current[(change.table, change.key)] is None:
            continue
        blocker = _new_dependent(conn, change, set(current))
        if blocker is None:
            continue
        blocked = (
            tr(
                "Impossible d'annuler « {action} » : des données ajoutées depuis ({added}) "
                "dépendent de {what}. Rien n'a été changé."
            )
            if undo
            else tr(
                "Impossible de rétablir « {action} » : des données ajoutées depuis ({added}) "
                "dépendent de {what}. Rien n'a été changé."
            )
        )
        raise UndoConflictError(
            Message(
                blocked.text,
                (("action", record.description), ("added", _what(blocker)), ("what", _what(change))),
            )
        )


def _write_images(conn: Connection, record: UndoRecord, current: Images, undo: bool) -> None:
    """Parents first for inserts, then updates, then deletes children first: foreign keys hold."""
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    changes = sorted(record.changes, key=lambda c: order.get(c.table, 0))
    targets = [(c, c.before if undo else c.after) for c in changes]
    for change, target in targets:
        if target is not None and current[(change.table, change.key)] is None:
            conn.execute(insert(_table(change.table)).values(**target))
    for change, target in targets:
        if target is not None and current[(change.table, change.key)] is not None:
            # The exact image, version included: the row is as it was, so an earlier record
            # on the stack still finds what it left, and an editor that read it then is right.
            table = _table(change.table)
            conn.execute(update(table).where(_where(table, change.key)).values(**target))
    for change, target in reversed(targets):
        if target is None and current[(change.table, change.key)] is not None:
            table = _table(change.table)
            conn.execute(delete(table).where(_where(table, change.key)))


def apply(session: Session, record: UndoRecord, direction: Direction) -> UndoRecord:
    """Undo (or redo) ``record`` in ``session``'s transaction; update its images; return it.

    Raises ``UndoConflictError`` (nothing written) when a row is no longer as the record left it.
    """
    if not record.complete:
        raise UndoConflictError(
            tr("« {action} » ne peut pas être annulé automatiquement.", action=record.description)
        )
    conn = session.connection()
    undo = direction is Direction.UNDO
    current: Images = {(c.table, c.key): _read(conn, _table(c.table), c.key) for c in record.changes}
    _check_unchanged(record, current, undo)
    _check_no_new_dependents(conn, record, current, undo)
    _write_images(conn, record, current, undo)
    # The images now in the database are what the next undo or redo must find.
    for change in record.changes:
        image = _read(conn, _table(change.table), change.key)
        if undo:
            change.before = image
        else:
            change.after = image
    session.expire_all()
    return record

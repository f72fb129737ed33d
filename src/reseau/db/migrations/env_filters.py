"""What Alembic's autogenerate must leave alone (used by env.py and by the schema test)."""

from __future__ import annotations

from typing import Any


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Leave out the search indexes, made by hand, not by the models, so that autogenerate
    never proposes to drop them: SQLite's FTS5 table and its shadow tables (migration 0008),
    PostgreSQL's ``search_document`` table and its GIN indexes (migration 0016)."""
    return not (type_ == "table" and (name or "").startswith(("search_index", "search_document")))

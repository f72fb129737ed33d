"""What Alembic's autogenerate must leave alone (used by env.py and by the schema test)."""

from __future__ import annotations

from typing import Any


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Leave out the search index of migration 0008 (an FTS5 table and its shadow tables,
    made by hand, not by the models), so autogenerate never proposes to drop it."""
    return not (type_ == "table" and (name or "").startswith("search_index"))

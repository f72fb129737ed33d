"""How big the network is, in the one way the views need: is it large enough that the heavy
views (Journal › Réseau, Indicateurs) should open on a recent period rather than everything?

A small network (the 2005 demo, a coordinator's first year) opens on everything, instantly and
without hiding anything; a large one opens on a recent period, which keeps those views under a
third of a second at 100,000 persons (docs/performance.md). The count stops at the threshold,
so asking costs the same at 100,000 persons as at 5,000.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, column, func, select, table

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LARGE_AT = 5_000  # persons or journal entries


def _count_up_to(session: Session | Connection, name: str, limit: int) -> int:
    bounded = select(column("id")).select_from(table(name)).limit(limit).subquery()
    return int(session.scalar(select(func.count()).select_from(bounded)) or 0)


def is_large(session: Session | Connection, threshold: int = LARGE_AT) -> bool:
    # The tables by name, not the models: the window asks before its first paint, on a bare
    # connection, and imports neither the ORM nor the models before it (issue 19.3).
    return (
        _count_up_to(session, "person", threshold) >= threshold
        or _count_up_to(session, "interaction", threshold) >= threshold
    )

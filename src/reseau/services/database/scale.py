"""How big the network is, in the one way the views need: is it large enough that the heavy
views (Journal › Réseau, Indicateurs) should open on a recent period rather than everything?

A small network (the 2005 demo, a coordinator's first year) opens on everything, instantly and
without hiding anything; a large one opens on a recent period, which keeps those views under a
third of a second at 100,000 persons (docs/performance.md). The count stops at the threshold,
so asking costs the same at 100,000 persons as at 5,000.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.db.models import Interaction, Person

LARGE_AT = 5_000  # persons or journal entries


def _count_up_to(session: Session, column: object, limit: int) -> int:
    bounded = select(column).limit(limit).subquery()  # type: ignore[call-overload]
    return int(session.scalar(select(func.count()).select_from(bounded)) or 0)


def is_large(session: Session, threshold: int = LARGE_AT) -> bool:
    # The tables' columns, not the mapped classes': the window asks before its first paint,
    # and an ORM query would configure every mapper first (0.1 s of the cold start).
    return (
        _count_up_to(session, Person.__table__.c.id, threshold) >= threshold
        or _count_up_to(session, Interaction.__table__.c.id, threshold) >= threshold
    )

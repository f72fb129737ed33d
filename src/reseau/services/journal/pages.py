"""The Journal's entries table at scale: the database sorts and filters, rows come by pages.

Same contract as ``persons.person_ids`` / ``person_rows`` (used by the lazy table of
``ui.widgets.lazy_record_list_view``): ``entry_ids`` returns the ids of the entries matching the
filter, in table order, and ``entry_rows`` the row DTOs of one page of them. Holding every
entry as a DTO cost 270 MB and 9 s at 20,000 entries and 100,000 persons.

The filter follows the global-search rules (word prefixes, accents and case ignored): an entry
matches when its summary matches, or one of its persons or organizations does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.db.models import Interaction, Person
from reseau.db.models.links import interaction_organizations, interaction_persons
from reseau.services.journal.entries import EntryRow, Named, entry_query, entry_row, person_named
from reseau.services.search.global_search import HitKind, id_list, matching_ids

# The sort name of each sortable column of the entries table.
ENTRY_SORTS: dict[str, Any] = {
    "date": Interaction.occurred_on,
    "kind": Interaction.kind,
    "follow_up": func.coalesce(Interaction.follow_up_on, ""),
    "summary": func.lower(Interaction.summary),
}


def entry_ids(session: Session, text: str = "", sort: str = "date", descending: bool = True) -> list[int]:
    """The ids of the entries matching ``text``, in table order (newest first by default)."""
    key = ENTRY_SORTS[sort]
    query = select(Interaction.id).order_by(
        key.desc() if descending else key, Interaction.id.desc() if descending else Interaction.id
    )
    entries = matching_ids(session, HitKind.INTERACTION, text)
    if entries is not None:
        people = matching_ids(session, HitKind.PERSON, text)
        organizations = matching_ids(session, HitKind.ORGANIZATION, text)
        assert people is not None and organizations is not None  # same words, same answer
        query = query.where(
            Interaction.id.in_(entries)
            | Interaction.id.in_(
                select(interaction_persons.c.interaction_id).where(
                    interaction_persons.c.person_id.in_(people)
                )
            )
            | Interaction.id.in_(
                select(interaction_organizations.c.interaction_id).where(
                    interaction_organizations.c.organization_id.in_(organizations)
                )
            )
        )
    return id_list(session, query)


def entry_rows(session: Session, ids: Sequence[int]) -> list[EntryRow]:
    """The rows of ``ids``, in that order (entries deleted meanwhile are left out)."""
    rows = {e.id: entry_row(e) for e in session.scalars(entry_query().where(Interaction.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def person_candidates(session: Session, text: str, limit: int = 50) -> list[Named]:
    """Up to ``limit`` persons matching ``text`` (global-search rules), in name order: what a
    person picker offers at scale while the user types."""
    query = select(Person).order_by(Person.name_key, Person.id).limit(limit)
    matching = matching_ids(session, HitKind.PERSON, text)
    if matching is not None:
        query = query.where(Person.id.in_(matching))
    return [person_named(p) for p in session.scalars(query)]

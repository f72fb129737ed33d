"""Who is linked to a theme: the one query behind the Thèmes coverage and the network's theme
filter, so that both count the same persons and organizations.

Two kinds of link: direct (the person's or organization's own themes, ``person_theme`` and
``organization_theme``) and through the journal (named in an entry about the theme).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from reseau.db.models.links import (
    interaction_organizations,
    interaction_persons,
    interaction_themes,
    organization_themes,
    person_themes,
)


@dataclass
class ThemeLinks:
    """Ids of the persons and organizations linked to one theme."""

    persons: set[int] = field(default_factory=set)
    organizations: set[int] = field(default_factory=set)


def _direct(session: Session, table: Table, column: str, theme_id: int | None) -> list[tuple[int, int]]:
    query = select(table.c.theme_id, table.c[column])
    if theme_id is not None:
        query = query.where(table.c.theme_id == theme_id)
    return [(t, o) for t, o in session.execute(query)]


def _through_entries(
    session: Session, via: Table, column: str, theme_id: int | None
) -> list[tuple[int, int]]:
    query = select(interaction_themes.c.theme_id, via.c[column]).join(
        via, via.c.interaction_id == interaction_themes.c.interaction_id
    )
    if theme_id is not None:
        query = query.where(interaction_themes.c.theme_id == theme_id)
    return [(t, o) for t, o in session.execute(query.distinct())]


def direct_links(session: Session, theme_id: int | None = None) -> dict[int, ThemeLinks]:
    """theme id → persons and organizations linked to it directly (all themes, or one)."""
    found: dict[int, ThemeLinks] = defaultdict(ThemeLinks)
    for t, person in _direct(session, person_themes, "person_id", theme_id):
        found[t].persons.add(person)
    for t, org in _direct(session, organization_themes, "organization_id", theme_id):
        found[t].organizations.add(org)
    return dict(found)


def theme_links(session: Session, theme_id: int | None = None) -> dict[int, ThemeLinks]:
    """theme id → persons and organizations linked directly or named in a journal entry about
    the theme (any date). Plain SQL over the link tables: loading thousands of entries as
    objects took over a second."""
    found: dict[int, ThemeLinks] = defaultdict(ThemeLinks, direct_links(session, theme_id))
    for t, person in _through_entries(session, interaction_persons, "person_id", theme_id):
        found[t].persons.add(person)
    for t, org in _through_entries(session, interaction_organizations, "organization_id", theme_id):
        found[t].organizations.add(org)
    return dict(found)

"""The records an export's filters name on the command line (`reseau export --organization
NAME --theme CODE`): the ids to filter on, or a message that says which name matches nothing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.db.models import Organization, Theme


def organization_ids(session: Session, name: str) -> list[int]:
    """The organizations called ``name`` or with that acronym."""
    found = list(
        session.scalars(
            select(Organization.id).where((Organization.name == name) | (Organization.acronym == name))
        )
    )
    if not found:
        raise ReseauError(tr("organisation « {name} » introuvable", name=name))
    return found


def theme_ids(session: Session, code: str) -> list[int]:
    """The themes with that code (T01, P3) or that title."""
    found = list(session.scalars(select(Theme.id).where((Theme.code == code) | (Theme.title == code))))
    if not found:
        raise ReseauError(tr("thème « {code} » introuvable", code=code))
    return found

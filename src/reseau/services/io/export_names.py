"""The records an export's filters name on the command line (`reseau export --organization
NAME --theme CODE`): the ids to filter on, or a message that says which name matches nothing."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.db.models import Organization, Theme

# Table columns: no mapper configuration for a command that needs none (see export_contacts).
_ORGANIZATION, _THEME = Organization.__table__.c, Theme.__table__.c


def organization_ids(session: Session, name: str) -> list[int]:
    """The organizations called ``name`` or with that acronym."""
    found = list(
        session.scalars(
            select(_ORGANIZATION.id).where((_ORGANIZATION.name == name) | (_ORGANIZATION.acronym == name))
        )
    )
    if not found:
        raise ReseauError(tr("organisation « {name} » introuvable", name=name))
    return found


def theme_ids(session: Session, code: str) -> list[int]:
    """The themes with that code (T01, P3) or that title."""
    found = list(session.scalars(select(_THEME.id).where((_THEME.code == code) | (_THEME.title == code))))
    if not found:
        raise ReseauError(tr("thème « {code} » introuvable", code=code))
    return found

"""The journal: every exchange a coordinator has with people, and the follow-ups it opens."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reseau.core.enums import FollowUpState, InteractionKind
from reseau.db.base import Audited, Base
from reseau.db.models.links import (
    interaction_organizations,
    interaction_persons,
    interaction_themes,
)

if TYPE_CHECKING:
    from reseau.db.models.exchanges import Exchange
    from reseau.db.models.people import Organization, Person
    from reseau.db.models.themes import Theme


class Interaction(Audited, Base):
    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[InteractionKind] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    exchange_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange.id", ondelete="SET NULL"), index=True
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_state: Mapped[FollowUpState] = mapped_column(String(8), default=FollowUpState.NONE)

    exchange: Mapped[Exchange | None] = relationship()
    persons: Mapped[list[Person]] = relationship(secondary=interaction_persons)
    organizations: Mapped[list[Organization]] = relationship(secondary=interaction_organizations)
    themes: Mapped[list[Theme]] = relationship(secondary=interaction_themes)

"""Follow-up themes: the 2005 report's sixteen themes, its recommendations P1–P8, the user's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reseau.core.enums import ThemeKind, ThemeStatus
from reseau.db.base import Audited, Base

if TYPE_CHECKING:
    from reseau.db.models.people import Organization, Person


class Theme(Audited, Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "T01".."T16", "P1".."P8" for built-in themes; None for the user's own.
    code: Mapped[str | None] = mapped_column(String(10), unique=True)
    kind: Mapped[ThemeKind] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[ThemeStatus] = mapped_column(String(16), default=ThemeStatus.TO_START)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    persons: Mapped[list[Person]] = relationship(secondary="person_theme", back_populates="themes")
    organizations: Mapped[list[Organization]] = relationship(
        secondary="organization_theme", back_populates="themes"
    )

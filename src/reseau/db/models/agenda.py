"""Mission agenda: slots by day and half-day, and acknowledged check warnings."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reseau.core.enums import Activity, HalfDay
from reseau.db.base import Audited, Base
from reseau.db.models.links import slot_attendees, slot_speakers, slot_themes

if TYPE_CHECKING:
    from reseau.db.models.exchanges import Exchange
    from reseau.db.models.people import Organization, Person
    from reseau.db.models.themes import Theme


class AgendaSlot(Audited, Base):
    __tablename__ = "agenda_slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    half_day: Mapped[HalfDay] = mapped_column(String(16))
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    activity: Mapped[Activity] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    place: Mapped[str] = mapped_column(String(300), default="", server_default="")
    city: Mapped[str] = mapped_column(String(120), default="", server_default="")
    host_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    # True: every delegate of the mission attends; False: only ``attendees``.
    all_delegates: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The speakers when the slot was last saved, as [{"id": 12, "name": "Hélène Carrère"}]: a
    # speaker deleted from the contacts vanishes from ``speakers`` (the link cascades), and the
    # checks still name them; the id keeps a renamed speaker from looking deleted.
    saved_speakers: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, server_default="[]")
    # The zone the slot's times are in ("America/Toronto" for a departure from Montréal);
    # "": the mission's (agenda_settings.time_zone).
    time_zone: Mapped[str] = mapped_column(String(64), default="", server_default="")

    exchange: Mapped[Exchange] = relationship(back_populates="slots")
    host_organization: Mapped[Organization | None] = relationship()
    speakers: Mapped[list[Person]] = relationship(secondary=slot_speakers)
    attendees: Mapped[list[Person]] = relationship(secondary=slot_attendees)
    themes: Mapped[list[Theme]] = relationship(secondary=slot_themes)


class AgendaCheckAck(Audited, Base):
    """A check warning the user acknowledged, with the reason; ``key`` names the instance."""

    __tablename__ = "agenda_check_ack"
    __table_args__ = (UniqueConstraint("exchange_id", "rule", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)

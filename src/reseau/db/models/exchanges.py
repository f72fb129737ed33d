"""Exchanges (missions, stages, visits, seminars, content exchanges) and what hangs off them."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reseau.core.enums import (
    AgreementStatus,
    Assessment,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    OrgRole,
    ParticipantRole,
)
from reseau.db.base import Audited, Base, utcnow
from reseau.db.models.links import exchange_themes

if TYPE_CHECKING:
    from reseau.db.models.agenda import AgendaSlot
    from reseau.db.models.people import Organization, Person
    from reseau.db.models.themes import Theme


class Exchange(Audited, Base):
    __tablename__ = "exchange"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ExchangeKind] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ExchangeStatus] = mapped_column(String(16), default=ExchangeStatus.IDEA)
    direction: Mapped[Direction | None] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    outcome: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Mission briefing document (rich text, HTML) — agenda rule A1.
    briefing_html: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Stage (internship) specifics; empty for other kinds.
    learning_goals: Mapped[str] = mapped_column(Text, default="", server_default="")
    agreement_status: Mapped[AgreementStatus | None] = mapped_column(String(16))
    report_due: Mapped[date | None] = mapped_column(Date)

    objectives: Mapped[list[ExchangeObjective]] = relationship(
        back_populates="exchange",
        cascade="all, delete-orphan",
        order_by="ExchangeObjective.position",
    )
    participants: Mapped[list[ExchangeParticipant]] = relationship(
        back_populates="exchange", cascade="all, delete-orphan"
    )
    organizations: Mapped[list[ExchangeOrganization]] = relationship(
        back_populates="exchange", cascade="all, delete-orphan"
    )
    status_history: Mapped[list[ExchangeStatusChange]] = relationship(
        back_populates="exchange",
        cascade="all, delete-orphan",
        order_by="ExchangeStatusChange.changed_at",
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="exchange", cascade="all, delete-orphan"
    )
    themes: Mapped[list[Theme]] = relationship(secondary=exchange_themes)
    slots: Mapped[list[AgendaSlot]] = relationship(back_populates="exchange", cascade="all, delete-orphan")


class ExchangeObjective(Audited, Base):
    __tablename__ = "exchange_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    text: Mapped[str] = mapped_column(Text)
    assessment: Mapped[Assessment] = mapped_column(String(24), default=Assessment.TO_ASSESS)
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    exchange: Mapped[Exchange] = relationship(back_populates="objectives")


class ExchangeParticipant(Audited, Base):
    __tablename__ = "exchange_participant"
    __table_args__ = (UniqueConstraint("exchange_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(String(16))

    exchange: Mapped[Exchange] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()


class ExchangeOrganization(Audited, Base):
    __tablename__ = "exchange_organization"
    __table_args__ = (UniqueConstraint("exchange_id", "organization_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[OrgRole] = mapped_column(String(16))

    exchange: Mapped[Exchange] = relationship(back_populates="organizations")
    organization: Mapped[Organization] = relationship()


class ExchangeStatusChange(Audited, Base):
    __tablename__ = "exchange_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    status: Mapped[ExchangeStatus] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    exchange: Mapped[Exchange] = relationship(back_populates="status_history")


class Attachment(Audited, Base):
    """A document copied into the data folder; ``stored_name`` is relative to attachments/."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    exchange_id: Mapped[int | None] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)

    exchange: Mapped[Exchange | None] = relationship(back_populates="attachments")

"""Erasure records (Law 25 / GDPR accountability) and the application's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from reseau.db.base import Audited, Base, utcnow


class ErasureRecord(Audited, Base):
    """That a person was erased, when, and how many rows it touched: never who."""

    __tablename__ = "erasure_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A random identifier the coordinator can quote to the person (uuid4 hex).
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    rows_touched: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Setting(Audited, Base):
    """One application setting shared by everyone using the database (a JSON-encoded value)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null", server_default="null")

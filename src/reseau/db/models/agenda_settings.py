"""Per-mission thresholds of the agenda checks (A2 ratio, A4 sectors, A5 debrief frequency),
the mission's time zone and the travel times the coordinator knows.

A mission without a row uses the defaults of :class:`reseau.core.agenda.CheckSettings`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from reseau.db.base import Audited, Base


class AgendaSettings(Audited, Base):
    __tablename__ = "agenda_settings"

    exchange_id: Mapped[int] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), primary_key=True)
    # A2: exchange/question time must be >= ratio x presentation time.
    exchange_ratio: Mapped[float] = mapped_column(Float, default=1.0, server_default="1.0")
    # A4: sectors separated by ";" (stored as typed; matched accent-insensitively).
    required_sectors: Mapped[str] = mapped_column(
        String(500), default="santé;éducation;emploi", server_default="santé;éducation;emploi"
    )
    # A5: at least one participants-only debrief every N mission days.
    debrief_every_days: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The zone of the slots that name none (migration 0015).
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Paris", server_default="Europe/Paris")
    # [{"first": "Paris", "second": "Rennes", "minutes": 90, "mode": "train"}]; NULL: Réseau's
    # defaults (reseau.core.travel.DEFAULT_KNOWN_TIMES).
    known_times: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)

"""Per-person follow-up clock: when the cadence was last marked done or snoozed.

A person's cadence (``Person.follow_up_days``) restarts at the latest journal entry with her;
this row lets the "À relancer" list also restart it without an entry ("fait") or push it back
("reporter"). It lives in its own table so that the person table stays the foundation's.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from reseau.db.base import Audited, Base


class PersonFollowUp(Audited, Base):
    __tablename__ = "person_follow_up"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    # The clock restarts at max(last journal entry, done_on).
    done_on: Mapped[date | None] = mapped_column(Date)
    # Not due before this day, whatever the cadence says.
    snoozed_until: Mapped[date | None] = mapped_column(Date)

"""Import batches (to undo an import as a whole), saved column mappings, "not a duplicate" pairs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reseau.db.base import Audited, Base


class ImportBatch(Audited, Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(500))
    file_format: Mapped[str] = mapped_column(String(40))
    policy: Mapped[str] = mapped_column(String(16))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    items: Mapped[list[ImportBatchItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", passive_deletes=True
    )


class ImportBatchItem(Base):
    """One record the batch created or changed, or a run of consecutive records it created
    (``entity_id`` to ``last_entity_id``); ``before`` holds an updated person's old state.

    Items are written once by bulk insert and never edited, so no optimistic locking; the
    audit columns every table carries are filled by the database.
    """

    __tablename__ = "import_batch_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(16))  # "person" | "organization"
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    # A run of records created together: entity_id..last_entity_id (migration 0010).
    last_entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))  # "created" | "updated"
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    batch: Mapped[ImportBatch] = relationship(back_populates="items")


class ImportMapping(Audited, Base):
    """A column mapping the user saved by name: header -> field."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    columns: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class NotDuplicate(Audited, Base):
    """Two persons the user said are different people; stored with the smaller id first."""

    __tablename__ = "not_duplicate"
    __table_args__ = (CheckConstraint("person_a_id < person_b_id", name="ordered"),)

    person_a_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    person_b_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)

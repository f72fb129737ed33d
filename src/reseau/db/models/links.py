"""Many-to-many link tables. Like every table they carry created_at, updated_at and version."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, Table, func

from reseau.db.base import Base


def link_table(name: str, left: str, right: str) -> Table:
    """A link table ``name`` between ``left`` and ``right`` (table names), cascading deletes."""
    return Table(
        name,
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True),
        Column("created_at", DateTime(timezone=True), server_default=func.current_timestamp()),
        Column("updated_at", DateTime(timezone=True), server_default=func.current_timestamp()),
        Column("version", Integer, nullable=False, server_default="1"),
    )


person_tags = link_table("person_tag", "person", "tag")
organization_tags = link_table("organization_tag", "organization", "tag")
person_themes = link_table("person_theme", "person", "theme")
organization_themes = link_table("organization_theme", "organization", "theme")
exchange_themes = link_table("exchange_theme", "exchange", "theme")
interaction_persons = link_table("interaction_person", "interaction", "person")
interaction_organizations = link_table("interaction_organization", "interaction", "organization")
interaction_themes = link_table("interaction_theme", "interaction", "theme")
slot_speakers = link_table("agenda_slot_speaker", "agenda_slot", "person")
slot_attendees = link_table("agenda_slot_attendee", "agenda_slot", "person")
slot_themes = link_table("agenda_slot_theme", "agenda_slot", "theme")

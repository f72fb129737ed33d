"""Organizations, persons, their contact points and tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from reseau.core.enums import ContactKind, ContactUsage, Country, OrgLevel
from reseau.db.base import Audited, Base
from reseau.db.models.links import organization_tags, person_tags

if TYPE_CHECKING:
    from reseau.db.models.themes import Theme


class Organization(Audited, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Accent- and case-folded name (core.normalize.fold) for sorting and duplicate matching.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    acronym: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[Country] = mapped_column(String(8), index=True)
    level: Mapped[OrgLevel | None] = mapped_column(String(16))
    sector: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    department: Mapped[str | None] = mapped_column(String(120))
    city: Mapped[str | None] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    website: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    parent: Mapped[Organization | None] = relationship(
        remote_side="Organization.id", back_populates="children"
    )
    children: Mapped[list[Organization]] = relationship(back_populates="parent")
    persons: Mapped[list[Person]] = relationship(back_populates="organization")
    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=organization_tags)
    themes: Mapped[list[Theme]] = relationship(secondary="organization_theme", back_populates="organizations")


class Person(Audited, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(120))
    # "last first", folded: the sort and match key (Massé and Masse sort and match together).
    name_key: Mapped[str] = mapped_column(String(250), index=True)
    title: Mapped[str | None] = mapped_column(String(200))
    # The service or department within the organization (vCard ORG's second component).
    department: Mapped[str | None] = mapped_column(String(200))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    country: Mapped[Country] = mapped_column(String(8), index=True)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Law 25 / GDPR: where the data came from and why it is kept.
    source: Mapped[str] = mapped_column(String(300), default="", server_default="")
    consent_basis: Mapped[str] = mapped_column(String(300), default="", server_default="")
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    follow_up_days: Mapped[int | None] = mapped_column(Integer)

    organization: Mapped[Organization | None] = relationship(back_populates="persons")
    contact_points: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="ContactPoint.id"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tags)
    themes: Mapped[list[Theme]] = relationship(secondary="person_theme", back_populates="persons")


class ContactPoint(Audited, Base):
    """An e-mail, phone, address or web link of a person or of an organization."""

    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ContactKind] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # As entered (an address may span lines); ``normalized`` holds E.164 or the folded e-mail.
    value: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(String(320), default="", server_default="", index=True)
    # What it is for (ContactUsage: work, home, cell, fax, other); NULL when the source said nothing.
    usage: Mapped[ContactUsage | None] = mapped_column(String(16))
    # A phone's extension ("poste 2231"): kept apart, E.164 has no room for it.
    extension: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # An address's parts (core.addresses.PostalAddress.to_json); ``value`` is their text form.
    address: Mapped[dict[str, str] | None] = mapped_column(JSON)

    person: Mapped[Person | None] = relationship(back_populates="contact_points")
    organization: Mapped[Organization | None] = relationship(back_populates="contact_points")


class Tag(Audited, Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)

"""All ORM models, imported here so that ``Base.metadata`` knows every table."""

from reseau.db.base import Base
from reseau.db.models.agenda import AgendaCheckAck, AgendaSlot
from reseau.db.models.agenda_settings import AgendaSettings
from reseau.db.models.exchanges import (
    Attachment,
    Exchange,
    ExchangeObjective,
    ExchangeOrganization,
    ExchangeParticipant,
    ExchangeStatusChange,
)
from reseau.db.models.follow_ups import PersonFollowUp
from reseau.db.models.imports import ImportBatch, ImportBatchItem, ImportMapping, NotDuplicate
from reseau.db.models.journal import Interaction
from reseau.db.models.people import ContactPoint, Organization, Person, Tag
from reseau.db.models.privacy import ErasureRecord, Setting
from reseau.db.models.themes import Theme

# Every session bumps a record's version when its parts change (after the models: it maps them).
from reseau.db import aggregates  # noqa: F401  isort: skip

__all__ = [
    "AgendaCheckAck",
    "AgendaSettings",
    "AgendaSlot",
    "Attachment",
    "Base",
    "ContactPoint",
    "ErasureRecord",
    "Exchange",
    "ExchangeObjective",
    "ExchangeOrganization",
    "ExchangeParticipant",
    "ExchangeStatusChange",
    "ImportBatch",
    "ImportBatchItem",
    "ImportMapping",
    "Interaction",
    "NotDuplicate",
    "Organization",
    "Person",
    "PersonFollowUp",
    "Setting",
    "Tag",
    "Theme",
]

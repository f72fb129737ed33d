"""All ORM models, imported here so that ``Base.metadata`` knows every table."""

from reseau.db.base import Base
from reseau.db.models.agenda import AgendaCheckAck, AgendaSlot
from reseau.db.models.exchanges import (
    Attachment,
    Exchange,
    ExchangeObjective,
    ExchangeOrganization,
    ExchangeParticipant,
    ExchangeStatusChange,
)
from reseau.db.models.imports import ImportBatch, ImportBatchItem, ImportMapping, NotDuplicate
from reseau.db.models.journal import Interaction
from reseau.db.models.people import ContactPoint, Organization, Person, Tag
from reseau.db.models.themes import Theme

__all__ = [
    "AgendaCheckAck",
    "AgendaSlot",
    "Attachment",
    "Base",
    "ContactPoint",
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
    "Tag",
    "Theme",
]

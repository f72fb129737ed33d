"""The codes the whole application speaks in.

Every enum is a ``StrEnum`` whose value is the stable code stored in the database and written in
exports. What the user reads comes from :mod:`reseau.core.labels` (French) or the UI's
translations, never from these values.
"""

from __future__ import annotations

from enum import StrEnum


class Country(StrEnum):
    FRANCE = "FR"
    QUEBEC = "QC"
    OTHER = "OTHER"


class OrgLevel(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    DEPARTMENTAL = "departmental"
    LOCAL = "local"


class PersonRole(StrEnum):
    """What a person does in the network (ARCHITECTURE.md: élu, gestionnaire, ...)."""

    ELECTED = "elected"
    MANAGER = "manager"
    PRACTITIONER = "practitioner"
    RESEARCHER = "researcher"
    CITIZEN = "citizen"
    CIVIL_SERVANT = "civil_servant"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    WEB = "web"


class ContactUsage(StrEnum):
    """What a phone, e-mail or address is for (vCard's TYPE); None where the source said nothing."""

    WORK = "work"
    HOME = "home"
    CELL = "cell"  # phones only
    FAX = "fax"  # phones only
    OTHER = "other"


class ThemeKind(StrEnum):
    FOLLOW_UP = "follow_up"  # the 16 follow-up themes of the 2005 report
    RECOMMENDATION = "recommendation"  # prospective recommendations P1–P8
    USER = "user"


class ThemeStatus(StrEnum):
    TO_START = "to_start"
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class ExchangeKind(StrEnum):
    MISSION = "mission"
    STAGE = "stage"
    VISIT = "visit"
    SEMINAR = "seminar"
    CONTENT = "content"


class ExchangeStatus(StrEnum):
    IDEA = "idea"
    PROPOSED = "proposed"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    ASSESSED = "assessed"
    CANCELLED = "cancelled"


class Direction(StrEnum):
    QC_TO_FR = "qc_to_fr"
    FR_TO_QC = "fr_to_qc"
    BOTH = "both"


class ParticipantRole(StrEnum):
    DELEGATE = "delegate"
    COORDINATOR = "coordinator"
    HOST = "host"
    SPEAKER = "speaker"
    INTERN = "intern"
    TUTOR = "tutor"


class OrgRole(StrEnum):
    """How an organization takes part in an exchange."""

    HOME = "home"
    HOST = "host"


class Assessment(StrEnum):
    FULLY = "fully"
    LARGELY = "largely"
    PARTIALLY = "partially"
    NOT_MET = "not_met"
    RELEVANCE_CONFIRMED = "relevance_confirmed"
    TO_ASSESS = "to_assess"


class AgreementStatus(StrEnum):
    TO_DRAFT = "to_draft"
    SENT = "sent"
    SIGNED = "signed"


class HalfDay(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Activity(StrEnum):
    PRESENTATION = "presentation"
    DISCUSSION = "discussion"
    SITE_VISIT = "site_visit"
    DEBRIEF = "debrief"
    TRAVEL = "travel"
    MEAL = "meal"
    FREE = "free"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    EMAIL = "email"
    CALL = "call"
    VISIT = "visit"
    PRESENTATION = "presentation"
    SEMINAR = "seminar"


class FollowUpState(StrEnum):
    NONE = "none"
    OPEN = "open"
    DONE = "done"

"""The data transfer objects of the exchanges use cases: what the dialogs edit and what the
list, the timeline and the detail pane show (frozen, never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reseau.core.enums import (
    AgreementStatus,
    Assessment,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    OrgRole,
    ParticipantRole,
)


@dataclass(frozen=True)
class ParticipantInput:
    person_id: int
    role: ParticipantRole


@dataclass(frozen=True)
class OrganizationLink:
    organization_id: int
    role: OrgRole


@dataclass(frozen=True)
class ObjectiveInput:
    text: str
    assessment: Assessment = Assessment.TO_ASSESS
    evidence: str = ""
    code: str = ""


@dataclass(frozen=True)
class ExchangeInput:
    """What the exchange dialog edits."""

    kind: ExchangeKind
    title: str
    status: ExchangeStatus = ExchangeStatus.IDEA
    start_date: date | None = None
    end_date: date | None = None
    direction: Direction | None = None
    description: str = ""
    outcome: str = ""
    participants: tuple[ParticipantInput, ...] = ()
    organizations: tuple[OrganizationLink, ...] = ()
    objectives: tuple[ObjectiveInput, ...] = ()
    theme_ids: tuple[int, ...] = ()
    learning_goals: str = ""
    agreement_status: AgreementStatus | None = None
    report_due: date | None = None


@dataclass(frozen=True)
class ExchangeRow:
    """One line of the exchanges list; also what the timeline and the filters need."""

    id: int
    kind: ExchangeKind
    title: str
    status: ExchangeStatus
    start_date: date | None
    end_date: date | None
    direction: Direction | None
    organizations: tuple[tuple[int, str, OrgRole], ...]
    themes: tuple[tuple[int, str], ...]
    participant_count: int
    version: int

    @property
    def years(self) -> tuple[int, ...]:
        if self.start_date is None:
            return ()
        end = self.end_date or self.start_date
        return tuple(range(self.start_date.year, end.year + 1))

    @property
    def organization_names(self) -> str:
        return ", ".join(name for _id, name, _role in self.organizations)


@dataclass(frozen=True)
class NamedParticipant:
    person_id: int
    name: str
    role: ParticipantRole


@dataclass(frozen=True)
class NamedOrganization:
    organization_id: int
    name: str
    role: OrgRole


@dataclass(frozen=True)
class StatusStep:
    status: ExchangeStatus
    changed_at: datetime
    note: str


@dataclass(frozen=True)
class AttachmentView:
    id: int
    original_name: str
    stored_name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ExchangeDetail:
    id: int
    version: int
    data: ExchangeInput
    participants: tuple[NamedParticipant, ...]
    organizations: tuple[NamedOrganization, ...]
    theme_titles: tuple[str, ...]
    history: tuple[StatusStep, ...]
    attachments: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class ExchangeChoices:
    """What the dialog offers in its combo boxes."""

    persons: tuple[Choice, ...]
    organizations: tuple[Choice, ...]
    themes: tuple[Choice, ...]

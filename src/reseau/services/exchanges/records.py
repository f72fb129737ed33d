"""Use cases on exchanges (missions, stages, visits, seminars, content exchanges).

One call is one transaction: an exchange is saved with its participants, organizations,
objectives and themes, or not at all. Every status change appends a dated
:class:`ExchangeStatusChange`, so the history of an exchange is never rewritten.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import (
    AgreementStatus,
    Assessment,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    OrgRole,
    ParticipantRole,
)
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.models import (
    Exchange,
    ExchangeObjective,
    ExchangeOrganization,
    ExchangeParticipant,
    ExchangeStatusChange,
    Organization,
    Person,
    Theme,
)
from reseau.services.exchanges.dtos import (
    AttachmentView,
    Choice,
    ExchangeChoices,
    ExchangeDetail,
    ExchangeInput,
    ExchangeRow,
    NamedOrganization,
    NamedParticipant,
    ObjectiveInput,
    OrganizationLink,
    ParticipantInput,
    StatusStep,
)
from reseau.services.shared.versions import stale_is_conflict

CHANGED = Changes(exchanges=True)

__all__ = [
    "CHANGED",
    "CREATION_NOTE",
    "AttachmentView",
    "Choice",
    "ExchangeChoices",
    "ExchangeDetail",
    "ExchangeInput",
    "ExchangeRow",
    "NamedOrganization",
    "NamedParticipant",
    "ObjectiveInput",
    "OrganizationLink",
    "ParticipantInput",
    "StatusStep",
    "add_exchange",
    "change_status",
    "delete_exchange",
    "exchange_choices",
    "get_exchange",
    "list_exchanges",
    "update_exchange",
]

# Stored, in French, as the note of an exchange's first status; the UI says it in its language.
CREATION_NOTE = tr("Création de la fiche")


def _org_label(org: Organization) -> str:
    return f"{org.name} ({org.acronym})" if org.acronym else org.name


def _row(x: Exchange, participant_count: int) -> ExchangeRow:
    return ExchangeRow(
        id=x.id,
        kind=ExchangeKind(x.kind),
        title=x.title,
        status=ExchangeStatus(x.status),
        start_date=x.start_date,
        end_date=x.end_date,
        direction=Direction(x.direction) if x.direction else None,
        organizations=tuple(
            (link.organization_id, link.organization.acronym or link.organization.name, OrgRole(link.role))
            for link in sorted(x.organizations, key=lambda o: (o.role != OrgRole.HOME, o.id or 0))
        ),
        themes=tuple((t.id, f"{t.code} {t.title}" if t.code else t.title) for t in x.themes),
        participant_count=participant_count,
        version=x.version,
    )


def list_exchanges(session: Session, kind: ExchangeKind | None = None) -> list[ExchangeRow]:
    # Counted in SQL: loading every participant row of every exchange dominated the time.
    counts: dict[int, int] = {
        exchange_id: count
        for exchange_id, count in session.execute(
            select(
                ExchangeParticipant.exchange_id, func.count(distinct(ExchangeParticipant.person_id))
            ).group_by(ExchangeParticipant.exchange_id)
        ).all()
    }
    query = (
        select(Exchange)
        .options(
            selectinload(Exchange.organizations).selectinload(ExchangeOrganization.organization),
            selectinload(Exchange.themes),
        )
        .order_by(Exchange.start_date.desc(), Exchange.id)
    )
    if kind is not None:
        query = query.where(Exchange.kind == kind)
    return [_row(x, counts.get(x.id, 0)) for x in session.scalars(query)]


def exchange_choices(session: Session) -> ExchangeChoices:
    persons = session.scalars(
        select(Person).options(selectinload(Person.organization)).order_by(Person.name_key)
    )
    orgs = session.scalars(select(Organization).order_by(Organization.name_key))
    themes = session.scalars(select(Theme).order_by(Theme.position, Theme.title))
    return ExchangeChoices(
        persons=tuple(
            Choice(
                p.id,
                display_name(p.first_name, p.last_name)
                + (f" — {p.organization.acronym or p.organization.name}" if p.organization else ""),
            )
            for p in persons
        ),
        organizations=tuple(Choice(o.id, _org_label(o)) for o in orgs),
        themes=tuple(Choice(t.id, f"{t.code} — {t.title}" if t.code else t.title) for t in themes),
    )


def _get(session: Session, exchange_id: int) -> Exchange:
    exchange = session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFoundError(tr("Échange"), exchange_id)
    return exchange


def get_exchange(session: Session, exchange_id: int) -> ExchangeDetail:
    x = _get(session, exchange_id)
    participants = sorted(
        x.participants,
        key=lambda p: (list(ParticipantRole).index(ParticipantRole(p.role)), p.person.name_key),
    )
    data = ExchangeInput(
        kind=ExchangeKind(x.kind),
        title=x.title,
        status=ExchangeStatus(x.status),
        start_date=x.start_date,
        end_date=x.end_date,
        direction=Direction(x.direction) if x.direction else None,
        description=x.description,
        outcome=x.outcome,
        participants=tuple(ParticipantInput(p.person_id, ParticipantRole(p.role)) for p in participants),
        organizations=tuple(OrganizationLink(o.organization_id, OrgRole(o.role)) for o in x.organizations),
        objectives=tuple(
            ObjectiveInput(o.text, Assessment(o.assessment), o.evidence, o.code) for o in x.objectives
        ),
        theme_ids=tuple(t.id for t in x.themes),
        learning_goals=x.learning_goals,
        agreement_status=AgreementStatus(x.agreement_status) if x.agreement_status else None,
        report_due=x.report_due,
    )
    history = sorted(x.status_history, key=lambda h: (_aware(h.changed_at), h.id))
    return ExchangeDetail(
        id=x.id,
        version=x.version,
        data=data,
        participants=tuple(
            NamedParticipant(
                p.person_id, display_name(p.person.first_name, p.person.last_name), ParticipantRole(p.role)
            )
            for p in participants
        ),
        organizations=tuple(
            NamedOrganization(o.organization_id, _org_label(o.organization), OrgRole(o.role))
            for o in x.organizations
        ),
        theme_titles=tuple(f"{t.code} — {t.title}" if t.code else t.title for t in x.themes),
        history=tuple(StatusStep(ExchangeStatus(h.status), _aware(h.changed_at), h.note) for h in history),
        attachments=tuple(
            AttachmentView(a.id, a.original_name, a.stored_name, a.sha256, a.size)
            for a in sorted(x.attachments, key=lambda a: a.id)
        ),
    )


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; every stored moment is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _validated(session: Session, data: ExchangeInput) -> None:
    problems: list[FieldProblem] = []
    if not data.title.strip():
        problems.append(FieldProblem("title", tr("Le titre est obligatoire.")))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(
            FieldProblem(
                "end_date",
                tr(
                    "La date de fin ({end}) précède la date de début ({start}).",
                    end=data.end_date,
                    start=data.start_date,
                ),
            )
        )
    if data.end_date and not data.start_date:
        problems.append(FieldProblem("start_date", tr("Une date de fin demande une date de début.")))
    seen_people: set[tuple[int, ParticipantRole]] = set()
    for p in data.participants:
        person = session.get(Person, p.person_id)
        if person is None:
            problems.append(
                FieldProblem(
                    "participants", tr("La personne n° {person_id} n'existe plus.", person_id=p.person_id)
                )
            )
        elif (p.person_id, p.role) in seen_people:
            name = display_name(person.first_name, person.last_name)
            problems.append(
                FieldProblem(
                    "participants", tr("{name} figure deux fois comme « {role} ».", name=name, role=p.role)
                )
            )
        seen_people.add((p.person_id, p.role))
    seen_orgs: set[tuple[int, OrgRole]] = set()
    for o in data.organizations:
        org = session.get(Organization, o.organization_id)
        if org is None:
            problems.append(
                FieldProblem(
                    "organizations",
                    tr(
                        "L'organisation n° {organization_id} n'existe plus.",
                        organization_id=o.organization_id,
                    ),
                )
            )
        elif (o.organization_id, o.role) in seen_orgs:
            problems.append(
                FieldProblem("organizations", tr("{name} figure deux fois avec le même rôle.", name=org.name))
            )
        seen_orgs.add((o.organization_id, o.role))
    for number, objective in enumerate(data.objectives, start=1):
        if not objective.text.strip():
            problems.append(
                FieldProblem("objectives", tr("L'objectif n° {number} n'a pas de texte.", number=number))
            )
    for theme_id in data.theme_ids:
        if session.get(Theme, theme_id) is None:
            problems.append(
                FieldProblem("themes", tr("Le thème n° {theme_id} n'existe plus.", theme_id=theme_id))
            )
    if problems:
        raise ValidationError(problems)


def _apply(session: Session, x: Exchange, data: ExchangeInput) -> None:
    x.kind = data.kind
    x.title = data.title.strip()
    x.start_date = data.start_date
    x.end_date = data.end_date
    x.direction = data.direction
    x.description = data.description
    x.outcome = data.outcome
    x.learning_goals = data.learning_goals
    x.agreement_status = data.agreement_status
    x.report_due = data.report_due
    # Keep the rows whose (person, role) stays: replacing them would insert the new row before
    # deleting the old one and trip the unique constraint.
    wanted_p = {(p.person_id, p.role) for p in data.participants}
    kept_p = [p for p in x.participants if (p.person_id, p.role) in wanted_p]
    have_p = {(p.person_id, p.role) for p in kept_p}
    x.participants = kept_p + [
        ExchangeParticipant(person_id=p.person_id, role=p.role)
        for p in data.participants
        if (p.person_id, p.role) not in have_p
    ]
    wanted_o = {(o.organization_id, o.role) for o in data.organizations}
    kept_o = [o for o in x.organizations if (o.organization_id, o.role) in wanted_o]
    have_o = {(o.organization_id, o.role) for o in kept_o}
    x.organizations = kept_o + [
        ExchangeOrganization(organization_id=o.organization_id, role=o.role)
        for o in data.organizations
        if (o.organization_id, o.role) not in have_o
    ]
    x.objectives = [
        ExchangeObjective(
            code=o.code.strip(), text=o.text.strip(), assessment=o.assessment, evidence=o.evidence, position=i
        )
        for i, o in enumerate(data.objectives)
    ]
    x.themes = [t for t in (session.get(Theme, i) for i in dict.fromkeys(data.theme_ids)) if t is not None]


def add_exchange(session: Session, data: ExchangeInput) -> Outcome[int]:
    _validated(session, data)
    x = Exchange(status=data.status)
    _apply(session, x, data)
    x.status_history = [ExchangeStatusChange(status=data.status, note=CREATION_NOTE.text)]
    session.add(x)
    session.flush()
    return Outcome(x.id, CHANGED)


def update_exchange(
    session: Session, exchange_id: int, data: ExchangeInput, expected_version: int
) -> Outcome[int]:
    x = _get(session, exchange_id)
    if x.version != expected_version:
        raise ConflictError(tr("Échange"), exchange_id, expected_version, x.version)
    _validated(session, data)
    with stale_is_conflict(tr("Échange"), exchange_id, expected_version):
        _apply(session, x, data)
        if data.status != x.status:
            x.status = data.status
            x.status_history.append(ExchangeStatusChange(status=data.status))
        session.flush()
    return Outcome(x.id, CHANGED)


def change_status(
    session: Session,
    exchange_id: int,
    status: ExchangeStatus,
    note: str = "",
    when: date | None = None,
) -> Outcome[int]:
    """Set the status and append it to the history (dated ``when``, today by default)."""
    x = _get(session, exchange_id)
    today = datetime.now(UTC)
    if when is not None and when > today.date():
        raise ValidationError(
            [FieldProblem("when", tr("La date du changement de statut est dans le futur."))]
        )
    moment = (
        today
        if when is None or when == today.date()
        else datetime(when.year, when.month, when.day, tzinfo=UTC)
    )
    x.status = status
    x.status_history.append(ExchangeStatusChange(status=status, changed_at=moment, note=note.strip()))
    session.flush()
    return Outcome(x.id, CHANGED)


def delete_exchange(session: Session, exchange_id: int) -> Outcome[None]:
    session.delete(_get(session, exchange_id))
    session.flush()
    return Outcome(None, CHANGED | Changes(agenda=True))

"""The "À relancer" list: follow-ups set on journal entries and persons' cadences, grouped.

A person with a cadence (``Person.follow_up_days``, e.g. 90) is due ``cadence`` days after the
clock's last restart: her latest journal entry, or the day her follow-up was marked done here,
whichever is later. A person with a cadence and no entry yet is due today. A snooze pushes the
due day back; persons marked "ne pas contacter" are never listed. Every function takes ``today``
so that tests run on a fixed clock.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import FollowUpState, InteractionKind
from reseau.core.errors import FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.models import Interaction, Person, PersonFollowUp
from reseau.db.models.links import interaction_persons
from reseau.services.journal.entries import organization_named, person_named

# The values the window shows before its first paint live in plain (no models); named here too.
from reseau.services.journal.plain import Bucket as Bucket
from reseau.services.journal.plain import DueItem as DueItem
from reseau.services.journal.plain import Source as Source
from reseau.services.journal.plain import grouped as grouped

CHANGED = Changes(interactions=True)
WEEK = 7


def bucket_for(due_on: date, today: date) -> Bucket:
    if due_on < today:
        return Bucket.OVERDUE
    if due_on < today + timedelta(days=WEEK):
        return Bucket.THIS_WEEK
    return Bucket.LATER


def last_contacts(session: Session, only_cadenced: bool = False) -> dict[int, date]:
    """Person id → date of her latest journal entry (only persons with a cadence if asked:
    reading every person's latest entry costs 0.13 s at 20,000 entries)."""
    query = (
        select(interaction_persons.c.person_id, func.max(Interaction.occurred_on))
        .join(Interaction, Interaction.id == interaction_persons.c.interaction_id)
        .group_by(interaction_persons.c.person_id)
    )
    if only_cadenced:
        query = query.where(interaction_persons.c.person_id.in_(_cadenced_ids()))
    return {pid: day for pid, day in session.execute(query)}


def _cadenced_ids() -> Select[int]:
    return select(Person.id).where(
        Person.follow_up_days.is_not(None), Person.follow_up_days > 0, Person.do_not_contact.is_(False)
    )


def cadence_due(
    cadence_days: int,
    last_contact: date | None,
    done_on: date | None,
    snoozed_until: date | None,
    today: date,
) -> date:
    """When a person with ``cadence_days`` is next due (the clock rule of this module)."""
    anchors = [d for d in (last_contact, done_on) if d is not None]
    due = max(anchors) + timedelta(days=cadence_days) if anchors else today
    if snoozed_until is not None and snoozed_until > due:
        due = snoozed_until
    return due


def _open_entries(start: date | None, before: date | None) -> list[ColumnElement[bool]]:
    """The conditions of open entry follow-ups due in [start, before) (ix_interaction_follow_up_on)."""
    conditions = [Interaction.follow_up_state == FollowUpState.OPEN, Interaction.follow_up_on.is_not(None)]
    if start is not None:
        conditions.append(Interaction.follow_up_on >= start)
    if before is not None:
        conditions.append(Interaction.follow_up_on < before)
    return conditions


def _entry_items(
    session: Session,
    today: date,
    start: date | None = None,
    before: date | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    query = (
        select(Interaction)
        .where(*_open_entries(start, before))
        .order_by(Interaction.follow_up_on, Interaction.id)
        .limit(limit)
        .options(selectinload(Interaction.persons), selectinload(Interaction.organizations))
    )
    items = []
    for entry in session.scalars(query):
        assert entry.follow_up_on is not None
        kind = InteractionKind(entry.kind)
        summary = entry.summary.splitlines()[0] if entry.summary else ""
        items.append(
            DueItem(
                source=Source.ENTRY,
                ident=entry.id,
                due_on=entry.follow_up_on,
                bucket=bucket_for(entry.follow_up_on, today),
                persons=tuple(person_named(p) for p in entry.persons),
                organizations=tuple(organization_named(o) for o in entry.organizations),
                reason=(
                    tr(
                        "Suite de « {kind} » du {day} : {summary}",
                        kind=kind,
                        day=entry.occurred_on,
                        summary=summary,
                    )
                    if summary
                    else tr("Suite de « {kind} » du {day}", kind=kind, day=entry.occurred_on)
                ),
                last_contact=entry.occurred_on,
            )
        )
    return items


def _cadence_items(session: Session, today: date, person_id: int | None = None) -> list[DueItem]:
    last = last_contacts(session, only_cadenced=True)
    states = {s.person_id: s for s in session.scalars(select(PersonFollowUp))}
    query = select(Person).where(Person.id.in_(_cadenced_ids())).options(selectinload(Person.organization))
    if person_id is not None:
        query = query.where(Person.id == person_id)
    items = []
    for person in session.scalars(query):
        assert person.follow_up_days is not None
        state = states.get(person.id)
        contact = last.get(person.id)
        due = cadence_due(
            person.follow_up_days,
            contact,
            state.done_on if state else None,
            state.snoozed_until if state else None,
            today,
        )
        reason = (
            tr(
                "Relance tous les {days} jours ; dernier échange le {day}",
                days=person.follow_up_days,
                day=contact,
            )
            if contact
            else tr("Relance tous les {days} jours ; aucun échange consigné", days=person.follow_up_days)
        )
        items.append(
            DueItem(
                source=Source.CADENCE,
                ident=person.id,
                due_on=due,
                bucket=bucket_for(due, today),
                persons=(person_named(person),),
                organizations=(organization_named(person.organization),) if person.organization else (),
                reason=reason,
                last_contact=contact,
            )
        )
    return items


def due_list(
    session: Session,
    today: date,
    start: date | None = None,
    before: date | None = None,
    limit: int | None = None,
) -> list[DueItem]:
    """Every open follow-up due in [start, before) (all by default), oldest due first, at most
    ``limit`` of them: the Tableau de bord reads a bounded page, not thousands of entries."""
    items = _entry_items(session, today, start, before, limit) + [
        item
        for item in _cadence_items(session, today)
        if (start is None or item.due_on >= start) and (before is None or item.due_on < before)
    ]
    return sorted(items, key=lambda i: (i.due_on, i.source.value, i.who))[:limit]


def bucket_bounds(bucket: Bucket, today: date) -> tuple[date | None, date | None]:
    """The [start, before) due days of a bucket."""
    week = today + timedelta(days=WEEK)
    return {Bucket.OVERDUE: (None, today), Bucket.THIS_WEEK: (today, week), Bucket.LATER: (week, None)}[
        bucket
    ]


def due_counts(session: Session, today: date) -> dict[Bucket, int]:
    """How many follow-ups each bucket holds, counted by the database for journal entries."""
    counts = dict.fromkeys(Bucket, 0)
    for bucket in Bucket:
        start, before = bucket_bounds(bucket, today)
        counts[bucket] = (
            session.scalar(select(func.count()).select_from(Interaction).where(*_open_entries(start, before)))
            or 0
        )
    for item in _cadence_items(session, today):
        counts[item.bucket] += 1
    return counts


def due_page(session: Session, today: date, buckets: tuple[Bucket, ...], limit: int) -> list[DueItem]:
    """At most ``limit`` follow-ups of each of ``buckets``, oldest due first."""
    items: list[DueItem] = []
    for bucket in buckets:
        items += due_list(session, today, *bucket_bounds(bucket, today), limit=limit)
    return items


def _state(session: Session, person_id: int) -> PersonFollowUp:
    if session.get(Person, person_id) is None:
        raise NotFoundError(tr("Personne"), person_id)
    state = session.get(PersonFollowUp, person_id)
    if state is None:
        state = PersonFollowUp(person_id=person_id)
        session.add(state)
    return state


def mark_done(session: Session, source: Source, ident: int, today: date) -> Outcome[None]:
    """An entry's follow-up is closed; a cadence restarts today."""
    if source == Source.ENTRY:
        entry = session.get(Interaction, ident)
        if entry is None:
            raise NotFoundError(tr("Entrée du journal"), ident)
        entry.follow_up_state = FollowUpState.DONE
    else:
        state = _state(session, ident)
        state.done_on = today
        state.snoozed_until = None
    session.flush()
    return Outcome(None, CHANGED | Changes(persons=source == Source.CADENCE))


def snooze(session: Session, source: Source, ident: int, until: date, today: date) -> Outcome[None]:
    """Not due before ``until`` (which must be after today)."""
    if until <= today:
        raise ValidationError(
            [FieldProblem("until", tr("Reportez la relance à une date postérieure à aujourd'hui."))]
        )
    if source == Source.ENTRY:
        entry = session.get(Interaction, ident)
        if entry is None:
            raise NotFoundError(tr("Entrée du journal"), ident)
        entry.follow_up_on = until
        entry.follow_up_state = FollowUpState.OPEN
    else:
        _state(session, ident).snoozed_until = until
    session.flush()
    return Outcome(None, CHANGED)


def person_follow_up_line(session: Session, person_id: int, today: date) -> Message | None:
    """One sentence for a person's page: when she is next due, if she has a cadence."""
    person = session.get(Person, person_id)
    if person is None or not person.follow_up_days:
        return None
    for item in _cadence_items(session, today, person_id):
        if item.ident == person_id:
            name = display_name(person.first_name, person.last_name)
            return tr("{name} : prochaine relance le {day}", name=name, day=item.due_on)
    return None

"""The journal: log, edit, delete and list entries (rencontre, courriel, appel...), timelines.

An entry must name at least one person or one organization, otherwise it is rejected with a
message on the ``persons`` field. A follow-up date in the past is refused unless the caller says
the user accepted it (``accept_past_follow_up``): the dialog asks first, because such a follow-up
lands straight in the overdue group of the "À relancer" list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import Country, FollowUpState, InteractionKind
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import Message, tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.models import Exchange, Interaction, Organization, Person, Theme
from reseau.services.journal.plain import Named as Named  # where the window takes it from
from reseau.services.shared.versions import stale_is_conflict

CHANGED = Changes(interactions=True)
PICKER_LIMIT = 300  # above this many persons, pickers list the linked ones and search the rest


@dataclass(frozen=True)
class EntryInput:
    occurred_on: date
    kind: InteractionKind
    summary: str = ""
    person_ids: tuple[int, ...] = ()
    organization_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    exchange_id: int | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class EntryRow:
    id: int
    occurred_on: date
    kind: InteractionKind
    summary: str
    persons: tuple[Named, ...]
    organizations: tuple[Named, ...]
    themes: tuple[Named, ...]
    exchange: Named | None
    follow_up_on: date | None
    follow_up_state: FollowUpState
    version: int

    @property
    def who(self) -> str:
        return ", ".join(n.name for n in (*self.persons, *self.organizations))

    @property
    def data(self) -> EntryInput:
        return EntryInput(
            occurred_on=self.occurred_on,
            kind=self.kind,
            summary=self.summary,
            person_ids=tuple(p.id for p in self.persons),
            organization_ids=tuple(o.id for o in self.organizations),
            theme_ids=tuple(t.id for t in self.themes),
            exchange_id=self.exchange.id if self.exchange else None,
            follow_up_on=self.follow_up_on,
        )


@dataclass(frozen=True)
class JournalChoices:
    """What the entry dialog offers."""

    persons: tuple[Named, ...]
    organizations: tuple[Named, ...]
    themes: tuple[Named, ...]
    exchanges: tuple[Named, ...]
    searched: bool = False  # persons holds the linked ones only: search the others
    # Set by the UI when searched: search(text, show) finds candidates and calls show(found).
    search_persons: Callable[[str, Callable[[Sequence[Named]], None]], None] | None = None


def person_named(person: Person) -> Named:
    return Named(person.id, display_name(person.first_name, person.last_name), Country(person.country))


def organization_named(org: Organization) -> Named:
    name = f"{org.name} ({org.acronym})" if org.acronym else org.name
    return Named(org.id, name, Country(org.country))


def theme_named(theme: Theme) -> Named:
    return Named(theme.id, f"{theme.code} — {theme.title}" if theme.code else theme.title)


def exchange_named(exchange: Exchange) -> Named:
    year = f" ({exchange.start_date.year})" if exchange.start_date else ""
    return Named(exchange.id, exchange.title + year)


def entry_row(entry: Interaction) -> EntryRow:
    return EntryRow(
        id=entry.id,
        occurred_on=entry.occurred_on,
        kind=InteractionKind(entry.kind),
        summary=entry.summary,
        persons=tuple(sorted((person_named(p) for p in entry.persons), key=lambda n: n.name)),
        organizations=tuple(
            sorted((organization_named(o) for o in entry.organizations), key=lambda n: n.name)
        ),
        themes=tuple(theme_named(t) for t in sorted(entry.themes, key=lambda t: t.position)),
        exchange=exchange_named(entry.exchange) if entry.exchange else None,
        follow_up_on=entry.follow_up_on,
        follow_up_state=FollowUpState(entry.follow_up_state),
        version=entry.version,
    )


def entry_query() -> Select[Interaction]:
    return (
        select(Interaction)
        .options(
            selectinload(Interaction.persons),
            selectinload(Interaction.organizations),
            selectinload(Interaction.themes),
            selectinload(Interaction.exchange),
        )
        .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
    )


def list_entries(session: Session) -> list[EntryRow]:
    return [entry_row(e) for e in session.scalars(entry_query())]


def get_entry(session: Session, entry_id: int) -> EntryRow:
    entry = session.get(Interaction, entry_id)
    if entry is None:
        raise NotFoundError(tr("Entrée du journal"), entry_id)
    return entry_row(entry)


def person_timeline(session: Session, person_id: int) -> list[EntryRow]:
    """The person's entries, newest first."""
    query = entry_query().where(Interaction.persons.any(Person.id == person_id))
    return [entry_row(e) for e in session.scalars(query)]


def organization_timeline(session: Session, organization_id: int) -> list[EntryRow]:
    """Entries naming the organization or one of its people, newest first."""
    query = entry_query().where(
        Interaction.organizations.any(Organization.id == organization_id)
        | Interaction.persons.any(Person.organization_id == organization_id)
    )
    return [entry_row(e) for e in session.scalars(query)]


def journal_choices(session: Session, person_ids: Iterable[int] = ()) -> JournalChoices:
    """What the entry and theme dialogs offer. Above PICKER_LIMIT persons, only the persons of
    ``person_ids`` (those already linked) are listed: the dialog searches the others as the
    user types (``searched`` is then True). 100,000 persons in a check list took 390 MB."""
    query = select(Person).order_by(Person.name_key)
    searched = len(session.scalars(select(Person.id).limit(PICKER_LIMIT + 1)).all()) > PICKER_LIMIT
    if searched:
        query = query.where(Person.id.in_(set(person_ids)))
    persons = session.scalars(query)
    orgs = session.scalars(select(Organization).order_by(Organization.name_key))
    themes = session.scalars(select(Theme).order_by(Theme.position, Theme.id))
    exchanges = session.scalars(select(Exchange).order_by(Exchange.start_date.desc(), Exchange.title))
    return JournalChoices(
        persons=tuple(person_named(p) for p in persons),
        organizations=tuple(organization_named(o) for o in orgs),
        themes=tuple(theme_named(t) for t in themes),
        exchanges=tuple(exchange_named(x) for x in exchanges),
        searched=searched,
    )


def theme_choices(session: Session) -> tuple[Named, ...]:
    """The themes, in their order (for filters that need no person or organization)."""
    return tuple(theme_named(t) for t in session.scalars(select(Theme).order_by(Theme.position, Theme.id)))


def entry_problems(data: EntryInput, today: date, accept_past_follow_up: bool = False) -> list[FieldProblem]:
    """What is wrong with ``data`` before any database work (the dialog shows the same)."""
    problems: list[FieldProblem] = []
    if not data.person_ids and not data.organization_ids:
        problems.append(
            FieldProblem(
                "persons", tr("Indiquez au moins une personne ou une organisation pour cette entrée.")
            )
        )
    if data.follow_up_on is not None and data.follow_up_on < today and not accept_past_follow_up:
        problems.append(
            FieldProblem(
                "follow_up_on",
                tr(
                    "La date de relance ({day}) est passée : la relance serait aussitôt en retard.",
                    day=data.follow_up_on,
                ),
            )
        )
    return problems


M = TypeVar("M", Person, Organization, Theme)


def _load(session: Session, model: type[M], ids: tuple[int, ...], field: str, message: Message) -> list[M]:
    found: list[M] = list(session.scalars(select(model).where(model.id.in_(ids)))) if ids else []
    if len(found) != len(set(ids)):
        raise ValidationError([FieldProblem(field, message)])
    return found


def _apply(session: Session, entry: Interaction, data: EntryInput) -> None:
    entry.occurred_on = data.occurred_on
    entry.kind = data.kind
    entry.summary = data.summary.strip()
    entry.persons = _load(
        session, Person, data.person_ids, "persons", tr("Une personne choisie n'existe plus.")
    )
    entry.organizations = _load(
        session,
        Organization,
        data.organization_ids,
        "organizations",
        tr("Une organisation choisie n'existe plus."),
    )
    entry.themes = _load(session, Theme, data.theme_ids, "themes", tr("Un thème choisi n'existe plus."))
    if data.exchange_id is not None and session.get(Exchange, data.exchange_id) is None:
        raise ValidationError([FieldProblem("exchange", tr("L'échange choisi n'existe plus."))])
    entry.exchange_id = data.exchange_id
    if data.follow_up_on != entry.follow_up_on or entry.follow_up_state is None:
        entry.follow_up_state = FollowUpState.OPEN if data.follow_up_on else FollowUpState.NONE
    entry.follow_up_on = data.follow_up_on


def add_entry(
    session: Session, data: EntryInput, today: date, accept_past_follow_up: bool = False
) -> Outcome[int]:
    """Log an entry. Logging restarts the cadence clock of every person named (see follow_ups)."""
    problems = entry_problems(data, today, accept_past_follow_up)
    if problems:
        raise ValidationError(problems)
    entry = Interaction(follow_up_state=FollowUpState.NONE)
    entry.follow_up_on = None
    _apply(session, entry, data)
    session.add(entry)
    session.flush()
    return Outcome(entry.id, CHANGED)


def update_entry(
    session: Session,
    entry_id: int,
    data: EntryInput,
    expected_version: int,
    today: date,
    accept_past_follow_up: bool = False,
) -> Outcome[int]:
    entry = session.get(Interaction, entry_id)
    if entry is None:
        raise NotFoundError(tr("Entrée du journal"), entry_id)
    if entry.version != expected_version:
        raise ConflictError(tr("Entrée du journal"), entry_id, expected_version, entry.version)
    # An unchanged past follow-up date on an old entry is not news: only a new one is checked.
    unchanged = data.follow_up_on == entry.follow_up_on
    problems = entry_problems(data, today, accept_past_follow_up or unchanged)
    if problems:
        raise ValidationError(problems)
    with stale_is_conflict(tr("Entrée du journal"), entry_id, expected_version):
        _apply(session, entry, data)
        session.flush()
    return Outcome(entry.id, CHANGED)


def delete_entry(session: Session, entry_id: int) -> Outcome[None]:
    entry = session.get(Interaction, entry_id)
    if entry is None:
        raise NotFoundError(tr("Entrée du journal"), entry_id)
    session.delete(entry)
    session.flush()
    return Outcome(None, CHANGED)


def new_entry_for(
    person_ids: tuple[int, ...] = (), organization_ids: tuple[int, ...] = (), *, today: date
) -> EntryInput:
    """The blank entry the "Consigner un échange…" action opens with."""
    return replace(
        EntryInput(occurred_on=today, kind=InteractionKind.MEETING),
        person_ids=person_ids,
        organization_ids=organization_ids,
    )

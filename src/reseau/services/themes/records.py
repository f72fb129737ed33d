"""Follow-up themes: the built-in T01–T16 and P1–P8, the user's own; their links.

A theme links persons, organizations and exchanges directly (edited here) and journal entries
(edited from the journal). Deleting a theme only removes its links, never the linked records:
:func:`theme_links` tells the UI what will be unlinked so that the user confirms first, and the
built-in themes cannot be deleted at all (close them instead: they are the 2005 report's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.changes import Changes
from reseau.core.enums import ThemeKind, ThemeStatus
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ReseauError, ValidationError
from reseau.core.messages import tr
from reseau.core.normalize import display_name
from reseau.core.outcome import Outcome
from reseau.db.models import Exchange, Interaction, Organization, Person, Theme
from reseau.services.journal.entries import (
    Named,
    exchange_named,
    organization_named,
    person_named,
)
from reseau.services.shared.versions import stale_is_conflict

CHANGED = Changes(themes=True)


class BuiltInThemeError(ReseauError):
    """A built-in theme of the 2005 report cannot be deleted."""


@dataclass(frozen=True)
class ThemeRow:
    id: int
    code: str
    kind: ThemeKind
    title: str
    status: ThemeStatus
    owner_name: str
    persons: int
    organizations: int
    exchanges: int
    entries: int
    version: int

    @property
    def built_in(self) -> bool:
        return self.kind != ThemeKind.USER


@dataclass(frozen=True)
class ThemeInput:
    title: str
    description: str = ""
    status: ThemeStatus = ThemeStatus.TO_START
    owner_id: int | None = None
    notes: str = ""
    person_ids: tuple[int, ...] = ()
    organization_ids: tuple[int, ...] = ()
    exchange_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EntryRef:
    id: int
    occurred_on: date
    text: str


@dataclass(frozen=True)
class ThemeDetail:
    id: int
    code: str
    kind: ThemeKind
    version: int
    data: ThemeInput
    owner_name: str
    persons: tuple[Named, ...]
    organizations: tuple[Named, ...]
    exchanges: tuple[Named, ...]
    entries: tuple[EntryRef, ...]

    @property
    def built_in(self) -> bool:
        return self.kind != ThemeKind.USER


@dataclass(frozen=True)
class ThemeLinks:
    """What a theme is linked to: listed to the user before a deletion."""

    title: str
    built_in: bool
    persons: tuple[str, ...]
    organizations: tuple[str, ...]
    exchanges: tuple[str, ...]
    entries: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.persons) + len(self.organizations) + len(self.exchanges) + len(self.entries)


def _theme(session: Session, theme_id: int) -> Theme:
    theme = session.get(Theme, theme_id)
    if theme is None:
        raise NotFoundError(tr("Thème"), theme_id)
    return theme


def _exchanges_of(session: Session, theme_id: int) -> list[Exchange]:
    return list(session.scalars(select(Exchange).where(Exchange.themes.any(Theme.id == theme_id))))


def _entries_of(session: Session, theme_id: int) -> list[Interaction]:
    query = (
        select(Interaction)
        .where(Interaction.themes.any(Theme.id == theme_id))
        .order_by(Interaction.occurred_on.desc())
    )
    return list(session.scalars(query))


def list_themes(session: Session) -> list[ThemeRow]:
    query = (
        select(Theme)
        .options(selectinload(Theme.owner), selectinload(Theme.persons), selectinload(Theme.organizations))
        .order_by(Theme.position, Theme.id)
    )
    rows = []
    for t in session.scalars(query):
        rows.append(
            ThemeRow(
                id=t.id,
                code=t.code or "",
                kind=ThemeKind(t.kind),
                title=t.title,
                status=ThemeStatus(t.status),
                owner_name=display_name(t.owner.first_name, t.owner.last_name) if t.owner else "",
                persons=len(t.persons),
                organizations=len(t.organizations),
                exchanges=len(_exchanges_of(session, t.id)),
                entries=len(_entries_of(session, t.id)),
                version=t.version,
            )
        )
    return rows


def get_theme(session: Session, theme_id: int) -> ThemeDetail:
    t = _theme(session, theme_id)
    exchanges = _exchanges_of(session, theme_id)
    data = ThemeInput(
        title=t.title,
        description=t.description,
        status=ThemeStatus(t.status),
        owner_id=t.owner_id,
        notes=t.notes,
        person_ids=tuple(p.id for p in t.persons),
        organization_ids=tuple(o.id for o in t.organizations),
        exchange_ids=tuple(x.id for x in exchanges),
    )
    return ThemeDetail(
        id=t.id,
        code=t.code or "",
        kind=ThemeKind(t.kind),
        version=t.version,
        data=data,
        owner_name=display_name(t.owner.first_name, t.owner.last_name) if t.owner else "",
        persons=tuple(sorted((person_named(p) for p in t.persons), key=lambda n: n.name)),
        organizations=tuple(sorted((organization_named(o) for o in t.organizations), key=lambda n: n.name)),
        exchanges=tuple(exchange_named(x) for x in exchanges),
        entries=tuple(
            EntryRef(e.id, e.occurred_on, (e.summary.splitlines() or [""])[0])
            for e in _entries_of(session, theme_id)
        ),
    )


def _validated(session: Session, data: ThemeInput) -> None:
    problems = []
    if not data.title.strip():
        problems.append(FieldProblem("title", tr("Le titre du thème est obligatoire.")))
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        problems.append(FieldProblem("owner_id", tr("La personne responsable n'existe plus.")))
    if problems:
        raise ValidationError(problems)


def _apply(session: Session, theme: Theme, data: ThemeInput) -> None:
    theme.title = data.title.strip()
    theme.description = data.description
    theme.status = data.status
    theme.owner_id = data.owner_id
    theme.notes = data.notes
    theme.persons = list(session.scalars(select(Person).where(Person.id.in_(data.person_ids))))
    theme.organizations = list(
        session.scalars(select(Organization).where(Organization.id.in_(data.organization_ids)))
    )
    # Exchange.themes is the owning side of exchange_theme: update it from the exchanges.
    wanted = set(data.exchange_ids)
    for exchange in _exchanges_of(session, theme.id) if theme.id else []:
        if exchange.id not in wanted:
            exchange.themes.remove(theme)
    for exchange in session.scalars(select(Exchange).where(Exchange.id.in_(wanted))):
        if theme not in exchange.themes:
            exchange.themes.append(theme)


def add_theme(session: Session, data: ThemeInput) -> Outcome[int]:
    _validated(session, data)
    last = session.scalar(select(Theme.position).order_by(Theme.position.desc()).limit(1))
    theme = Theme(kind=ThemeKind.USER, title=data.title.strip(), position=(last or 0) + 1)
    session.add(theme)
    session.flush()
    _apply(session, theme, data)
    session.flush()
    return Outcome(theme.id, CHANGED | Changes(exchanges=bool(data.exchange_ids)))


def update_theme(session: Session, theme_id: int, data: ThemeInput, expected_version: int) -> Outcome[int]:
    theme = _theme(session, theme_id)
    if theme.version != expected_version:
        raise ConflictError(tr("Thème"), theme_id, expected_version, theme.version)
    _validated(session, data)
    with stale_is_conflict(tr("Thème"), theme_id, expected_version):
        _apply(session, theme, data)
        session.flush()
    return Outcome(theme.id, CHANGED | Changes(exchanges=True, persons=True, organizations=True))


def theme_links(session: Session, theme_id: int) -> ThemeLinks:
    t = _theme(session, theme_id)
    return ThemeLinks(
        title=t.title,
        built_in=t.kind != ThemeKind.USER,
        persons=tuple(sorted(person_named(p).name for p in t.persons)),
        organizations=tuple(sorted(organization_named(o).name for o in t.organizations)),
        exchanges=tuple(exchange_named(x).name for x in _exchanges_of(session, theme_id)),
        entries=tuple(
            f"{e.occurred_on.isoformat()} {e.summary[:60]}".strip() for e in _entries_of(session, theme_id)
        ),
    )


def delete_theme(session: Session, theme_id: int) -> Outcome[ThemeLinks]:
    """Delete a user theme; its links go (the persons, organizations, exchanges and entries stay).

    Returns what was unlinked, so that the UI can say it afterwards too."""
    links = theme_links(session, theme_id)
    if links.built_in:
        raise BuiltInThemeError(
            tr(
                "« {title} » est un thème du rapport de 2005 : il ne peut pas être supprimé. "
                "Passez son statut à « clos » pour le retirer du suivi.",
                title=links.title,
            )
        )
    session.delete(_theme(session, theme_id))
    session.flush()
    return Outcome(
        links, CHANGED | Changes(exchanges=True, interactions=True, persons=True, organizations=True)
    )

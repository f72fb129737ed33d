"""Theme coverage: who works on each theme on each side of the ocean, and where a side is empty.

A person or an organization covers a theme when it is linked to the theme directly or appears
in a journal entry about the theme (any date). Entries are counted over the last 12 months
(365 days up to ``today`` included). A theme that is not closed and has nobody (no person and no
organization) on the French side or on the Québec side is a gap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import Country, ThemeStatus
from reseau.db.models import Interaction, Theme
from reseau.services.journal import Named, organization_named, person_named

YEAR = timedelta(days=365)


class Cell(StrEnum):
    """The columns of the coverage table a click can open."""

    FR_PERSONS = "fr_persons"
    QC_PERSONS = "qc_persons"
    FR_ORGANIZATIONS = "fr_organizations"
    QC_ORGANIZATIONS = "qc_organizations"
    ENTRIES = "entries"


@dataclass(frozen=True)
class CoverageRow:
    theme_id: int
    code: str
    title: str
    status: ThemeStatus
    fr_persons: tuple[Named, ...]
    qc_persons: tuple[Named, ...]
    fr_organizations: tuple[Named, ...]
    qc_organizations: tuple[Named, ...]
    entries: tuple[Named, ...]  # last 12 months; name = "date — kind: summary"

    @property
    def gap_fr(self) -> bool:
        return self.status != ThemeStatus.CLOSED and not self.fr_persons and not self.fr_organizations

    @property
    def gap_qc(self) -> bool:
        return self.status != ThemeStatus.CLOSED and not self.qc_persons and not self.qc_organizations

    @property
    def gap(self) -> bool:
        return self.gap_fr or self.gap_qc

    def cell(self, which: Cell) -> tuple[Named, ...]:
        return tuple(getattr(self, which.value))


def _split(named: dict[int, Named]) -> tuple[tuple[Named, ...], tuple[Named, ...]]:
    ordered = sorted(named.values(), key=lambda n: n.name)
    return (
        tuple(n for n in ordered if n.country == Country.FRANCE),
        tuple(n for n in ordered if n.country == Country.QUEBEC),
    )


def coverage(session: Session, today: date) -> list[CoverageRow]:
    themes = list(
        session.scalars(
            select(Theme)
            .options(selectinload(Theme.persons), selectinload(Theme.organizations))
            .order_by(Theme.position, Theme.id)
        )
    )
    entries = list(
        session.scalars(
            select(Interaction).options(
                selectinload(Interaction.themes),
                selectinload(Interaction.persons),
                selectinload(Interaction.organizations),
            )
        )
    )
    since = today - YEAR
    rows = []
    for theme in themes:
        persons = {p.id: person_named(p) for p in theme.persons}
        orgs = {o.id: organization_named(o) for o in theme.organizations}
        recent: list[Interaction] = []
        for entry in entries:
            if theme not in entry.themes:
                continue
            persons.update({p.id: person_named(p) for p in entry.persons})
            orgs.update({o.id: organization_named(o) for o in entry.organizations})
            if since < entry.occurred_on <= today:
                recent.append(entry)
        fr_p, qc_p = _split(persons)
        fr_o, qc_o = _split(orgs)
        recent.sort(key=lambda e: e.occurred_on, reverse=True)
        rows.append(
            CoverageRow(
                theme_id=theme.id,
                code=theme.code or "",
                title=theme.title,
                status=ThemeStatus(theme.status),
                fr_persons=fr_p,
                qc_persons=qc_p,
                fr_organizations=fr_o,
                qc_organizations=qc_o,
                entries=tuple(Named(e.id, f"{e.occurred_on.isoformat()} — {e.summary[:80]}") for e in recent),
            )
        )
    return rows

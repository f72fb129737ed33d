"""Theme coverage: who works on each theme on each side of the ocean, and where a side is empty.

A person or an organization covers a theme when it is linked to the theme directly or appears
in a journal entry about the theme (any date). Entries are counted over the last 12 months
(365 days up to ``today`` included). A theme that is not closed and has nobody (no person and no
organization) on the French side or on the Québec side is a gap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.enums import Country, ThemeStatus
from reseau.db.models import Interaction, Organization, Person, Theme
from reseau.db.models.links import interaction_themes
from reseau.services.journal.entries import Named, organization_named, person_named
from reseau.services.themes.links import theme_links

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
    themes = list(session.scalars(select(Theme).order_by(Theme.position, Theme.id)))
    links = theme_links(session)  # the network's theme filter reads the same links
    person_ids = {t: link.persons for t, link in links.items()}
    org_ids = {t: link.organizations for t, link in links.items()}
    wanted_persons = set().union(*person_ids.values()) if person_ids else set()
    wanted_orgs = set().union(*org_ids.values()) if org_ids else set()
    persons = {
        p.id: person_named(p) for p in session.scalars(select(Person).where(Person.id.in_(wanted_persons)))
    }
    orgs = {
        o.id: organization_named(o)
        for o in session.scalars(select(Organization).where(Organization.id.in_(wanted_orgs)))
    }
    recent: dict[int, list[Named]] = defaultdict(list)
    since = today - YEAR
    query = (
        select(interaction_themes.c.theme_id, Interaction.id, Interaction.occurred_on, Interaction.summary)
        .join(Interaction, Interaction.id == interaction_themes.c.interaction_id)
        .where(Interaction.occurred_on > since, Interaction.occurred_on <= today)
        .order_by(Interaction.occurred_on.desc(), Interaction.id.desc())
    )
    for theme_id, entry_id, occurred_on, summary in session.execute(query):
        recent[theme_id].append(Named(entry_id, f"{occurred_on.isoformat()} — {summary[:80]}"))
    rows = []
    for theme in themes:
        fr_p, qc_p = _split({i: persons[i] for i in person_ids.get(theme.id, ())})
        fr_o, qc_o = _split({i: orgs[i] for i in org_ids.get(theme.id, ())})
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
                entries=tuple(recent.get(theme.id, ())),
            )
        )
    return rows

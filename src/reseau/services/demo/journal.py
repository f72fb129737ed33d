"""Demo journal: the 2005 mission's meetings, the post-mission debrief, theme links, follow-ups.

The mission entries come from the report (visits in Paris, Rennes, Bordeaux and Pessac; the
debrief that produced recommendations P5 and P7). Three recent entries, dated relative to the
day the demo is loaded, make the "À relancer" list and the coverage of the last 12 months show
something: one follow-up overdue, one this week, one later. Loading twice creates nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.core.enums import FollowUpState, InteractionKind, ThemeStatus
from reseau.db.models import Interaction
from reseau.services.demo.base import DemoData, DemoIndex

K = InteractionKind
# (date or days before today, kind, persons, organizations, themes, summary, follow-up in days)
_ENTRIES: tuple[
    tuple[date | int, InteractionKind, tuple[str, ...], tuple[str, ...], tuple[str, ...], str, int | None],
    ...,
] = (
    (
        date(2005, 9, 5),
        K.PRESENTATION,
        ("Claude Bigot", "Michel Morel", "Richard Massé"),
        ("CNAF", "ÉN3S"),
        ("T01", "T03", "T04"),
        "Présentation de la CNAF : les prestations familiales et l'action sociale des CAF.",
        None,
    ),
    (
        date(2005, 9, 6),
        K.VISIT,
        ("Réal Boisvert", "France Fradette"),
        ("Fédération des CAF de Bretagne", "Caisse d'allocations familiales d'Ille-et-Vilaine"),
        ("T10", "T11", "T12"),
        "Rennes : concertation entre CAF, Conseil général (CDAS) et milieu associatif.",
        None,
    ),
    (
        date(2005, 9, 8),
        K.VISIT,
        ("Alice Herskovitch", "Nancy Lebeuf"),
        ("Mairie de Bordeaux",),
        ("T08", "T13"),
        "Bordeaux : les comités consultatifs de la municipalité et la participation citoyenne.",
        None,
    ),
    (
        date(2005, 9, 9),
        K.VISIT,
        ("Denis St-Amand", "Louise Massicotte"),
        ("Ville de Pessac", "Caisse d'allocations familiales de la Gironde"),
        ("T06", "T11", "T13"),
        "Pessac : contrats avec les associations et les partenaires ; logement social (HLM).",
        None,
    ),
    (
        date(2006, 4, 1),
        K.MEETING,
        ("Michel Morel", "Réal Morin", "Richard Massé"),
        ("INSPQ",),
        ("P5", "P7", "T15"),
        "Rencontre post-mission : chantier urgent sur les indicateurs de développement social.",
        None,
    ),
    (
        75,
        K.CALL,
        ("Réal Boisvert", "Claude Bigot"),
        (),
        ("T15", "T16"),
        "Appel : indicateurs et évaluation des interventions, pistes de travail commun.",
        70,
    ),
    (
        30,
        K.EMAIL,
        ("Jean-Marie Bézard", "Michel Morel"),
        ("ÉN3S",),
        ("P3", "T14"),
        "Courriel : projet d'échange de contenus sur la recherche en soutien aux familles.",
        33,
    ),
    (
        10,
        K.MEETING,
        ("Gilles Meunier", "Marguerite Blais"),
        ("Ministère de la Famille, des Aînés et de la Condition féminine",),
        ("T02",),
        "Rencontre : services de garde, comparer les CPE avec l'accueil du jeune enfant en France.",
        45,
    ),
)

_PERSON_THEMES = {
    "Claude Bigot": ("T09", "T16"),
    "Gérard Lescot": ("T06",),
    "Pierre Berger": ("T05",),
    "Marguerite Blais": ("T01", "T02"),
    "Réal Morin": ("T15",),
}
_ORG_THEMES = {"CNAF": ("T01", "T03", "T09"), "Caisse d'allocations familiales de la Gironde": ("T06",)}
_CADENCES = {"Claude Bigot": 60, "Jean-Marie Bézard": 180, "Michel Morel": 60}
_OWNED = {"T15": "Réal Morin", "T06": "Gérard Lescot", "P7": "Michel Morel"}


def _add_entries(session: Session, index: DemoIndex, today: date) -> int:
    created = 0
    for when, kind, persons, orgs, themes, summary, follow_up in _ENTRIES:
        if session.scalar(select(Interaction).where(Interaction.summary == summary)) is not None:
            continue
        occurred = when if isinstance(when, date) else today - timedelta(days=when)
        entry = Interaction(
            occurred_on=occurred,
            kind=kind,
            summary=summary,
            follow_up_on=occurred + timedelta(days=follow_up) if follow_up else None,
            follow_up_state=FollowUpState.OPEN if follow_up else FollowUpState.NONE,
            exchange=index.exchanges.get("mission-2005") if occurred.year == 2005 else None,
        )
        # Strict lookups: a misspelt name fails the demo test instead of vanishing silently.
        entry.persons = [index.persons[p] for p in persons]
        entry.organizations = [index.organizations[o] for o in orgs]
        entry.themes = [index.themes[t] for t in themes]
        session.add(entry)
        created += 1
    return created


def _link_themes_and_cadences(index: DemoIndex) -> None:
    for name, codes in _PERSON_THEMES.items():
        person = index.persons[name]
        person.themes.extend(index.themes[c] for c in codes if index.themes[c] not in person.themes)
    for name, codes in _ORG_THEMES.items():
        org = index.organizations[name]
        org.themes.extend(index.themes[c] for c in codes if index.themes[c] not in org.themes)
    for name, days in _CADENCES.items():
        person = index.persons[name]
        if person.follow_up_days is None:
            person.follow_up_days = days
    for code, name in _OWNED.items():
        theme = index.themes[code]
        if theme.owner_id is None:
            theme.owner = index.persons[name]
            theme.status = ThemeStatus.ACTIVE


def load_journal_demo(session: Session, data: DemoData, index: DemoIndex, today: date | None = None) -> int:
    created = _add_entries(session, index, today or date.today())
    _link_themes_and_cadences(index)
    session.flush()
    return created

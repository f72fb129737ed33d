"""A PDF participant list grouped by country or organization, like the one opening the 2005 report.

Plain data in (:class:`Participant`), a PDF out through :mod:`reseau.reports.typeset` (no Qt
needed but for the words' translation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reseau.core.enums import Country
from reseau.core.labels import label
from reseau.core.normalize import display_name, fold
from reseau.reports.typeset import Running, Story, write_story
from reseau.reports.words import language, page_words, typeset
from reseau.services.io.export_contacts import ExportedPerson


@dataclass(frozen=True)
class Participant:
    name: str
    sort_key: str
    title: str
    organization: str
    country: str  # as shown: "France", "Québec"
    email: str
    phone: str


def tr(text: str) -> str:
    """Fixed text in the UI's language; French on the command line (no translator)."""
    return typeset(QCoreApplication.translate("ParticipantsPdf", text))


def default_title() -> str:
    return tr("Liste des participants")


def _group_key(participant: Participant, by: str) -> str:
    return participant.country if by == "country" else (participant.organization or tr("Sans organisation"))


def participants_story(participants: Iterable[Participant], by: str, title: str) -> Story:
    if by not in ("country", "organization"):
        raise ValueError(f"regroupement inconnu : {by}")
    people = sorted(participants, key=lambda p: (_group_key(p, by).casefold(), p.sort_key))
    story = Story()
    groups = [(g, list(m)) for g, m in groupby(people, key=lambda p: _group_key(p, by))]
    count = (
        tr("%1 participant(s), %2 groupe(s)").replace("%1", str(len(people))).replace("%2", str(len(groups)))
    )
    story.cover(tr("Liste des participants"), title, [count])
    for group, members in groups:
        story.heading(f"{group} ({len(members)})", 2, contents=False)
        for person in members:  # one entry is never split by a page break (a card)
            lines = [x for x in (person.title, person.organization if by == "country" else "") if x]
            contact = " · ".join(v for v in (person.email, person.phone) if v)
            story.card(person.name, [*lines, contact] if contact else lines)
    return story


def write_participants_pdf(
    participants: Sequence[Participant],
    path: Path,
    by: str = "country",
    title: str | None = None,
) -> int:
    """Write the list to ``path`` (A4); returns the number of participants."""
    title = title if title is not None else default_title()
    write_story(path, participants_story(participants, by, title), title, Running(title, "", page_words()))
    return len(participants)


def participants_from(exported: Iterable[ExportedPerson]) -> list[Participant]:
    """The export service's plain records as PDF participants (first e-mail and phone)."""
    result = []
    for item in exported:
        p = item.person
        result.append(
            Participant(
                name=display_name(p.first_name, p.last_name),
                sort_key=fold(f"{p.last_name} {p.first_name}"),
                title=p.title,
                organization=p.organization,
                country=label(Country(p.country), language()) if p.country in set(Country) else p.country,
                email=p.emails[0] if p.emails else "",
                phone=p.phones[0] if p.phones else "",
            )
        )
    return result

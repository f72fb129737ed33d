"""A PDF participant list grouped by country or organization, like the one opening the 2005 report.

Plain data in (:class:`Participant`), QTextDocument + QPdfWriter out. Only QtGui is used, so the
command line can print it with the "offscreen" platform and no window.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reseau.core.enums import Country
from reseau.core.labels import label
from reseau.core.normalize import display_name, fold
from reseau.reports.pdf import render_pdf
from reseau.reports.words import language, typeset
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


def participants_html(participants: Iterable[Participant], by: str, title: str) -> str:
    if by not in ("country", "organization"):
        raise ValueError(f"regroupement inconnu : {by}")
    people = sorted(participants, key=lambda p: (_group_key(p, by).casefold(), p.sort_key))
    parts = [
        "<html><body style='font-family: sans-serif; font-size: 10pt'>",
        f"<h1 style='font-size: 16pt'>{html.escape(title)}</h1>",
    ]
    for group, members in groupby(people, key=lambda p: _group_key(p, by)):
        parts.append(f"<h2 style='font-size: 12pt; margin-top: 14px'>{html.escape(group)}</h2>")
        for person in members:
            lines = [f"<b>{html.escape(person.name)}</b>"]
            if person.title:
                lines.append(html.escape(person.title))
            if by == "country" and person.organization:
                lines.append(html.escape(person.organization))
            contact = " · ".join(html.escape(v) for v in (person.email, person.phone) if v)
            if contact:
                lines.append(contact)
            parts.append("<p style='margin: 0 0 8px 0'>" + "<br/>".join(lines) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_participants_pdf(
    participants: Sequence[Participant],
    path: Path,
    by: str = "country",
    title: str | None = None,
) -> int:
    """Write the list to ``path`` (A4); returns the number of participants."""
    title = title if title is not None else default_title()
    render_pdf(path, title, participants_html(participants, by, title))
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

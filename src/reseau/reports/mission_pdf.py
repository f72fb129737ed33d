"""The mission review ("Bilan de mission") and the delegates' personal files, as PDF.

The review takes the shape of the 2005 report's "retour sur les objectifs"; each delegate's file
holds the delegate's own programme, whom they will meet and how to reach them, and the briefing.
"""

from __future__ import annotations

import re
from pathlib import Path

from reseau.core.normalize import fold
from reseau.reports.pdf import PAGE_BREAK, bullets, empty, esc, grid, paragraphs, write_pdf
from reseau.services.mission_review import DelegateBrief, MissionReview, SlotLine


def _slot_rows(slots: tuple[SlotLine, ...]) -> list[tuple[str, ...]]:
    return [
        (
            f"{s.day:%d/%m/%Y}",
            s.half_day + (f" {s.times}" if s.times else ""),
            s.activity,
            s.title or "—",
            s.place or "—",
            s.host or "—",
            ", ".join(s.speakers) or "—",
        )
        for s in slots
    ]


SLOT_HEADERS = ("Jour", "Moment", "Activité", "Titre", "Lieu", "Hôte", "Intervenants")
SLOT_WIDTHS = (13, 13, 12, 21, 14, 14, 13)


def mission_html(review: MissionReview) -> str:
    meta = " · ".join(p for p in (review.dates, review.direction) if p)
    parts = [
        f"<h1>Bilan de mission</h1><h2>{esc(review.title)}</h2>",
        f'<p class="meta">{esc(meta)}</p>',
        paragraphs(review.description),
        "<h2>Retour sur les objectifs de la mission</h2>",
    ]
    if not review.objectives:
        parts.append(empty("Aucun objectif n'a été enregistré pour cette mission."))
    for o in review.objectives:
        parts.append(f"<h3>{esc(o.code + ' — ' if o.code else '')}{esc(o.text)}</h3>")
        parts.append(f"<p><b>Évaluation :</b> {esc(o.assessment)}</p>")
        parts.append(f"<p><b>Éléments probants :</b> {esc(o.evidence or 'non documentés')}</p>")
    if review.outcome:
        parts.append("<h3>Résultats d'ensemble</h3>" + paragraphs(review.outcome))
    parts.append("<h2>Personnes et organisations rencontrées</h2>")
    if not review.met:
        parts.append(empty("Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes)."))
    for group in review.met:
        parts.append(f"<h3>{esc(group.city)}</h3>")
        if group.organizations:
            parts.append("<p><b>Organisations :</b></p>" + bullets(group.organizations))
        if group.persons:
            parts.append("<p><b>Personnes :</b></p>" + bullets(group.persons))
    parts.append("<h2>L'agenda tel qu'il s'est déroulé</h2>")
    if review.slots:
        parts.append(grid(SLOT_HEADERS, _slot_rows(review.slots), SLOT_WIDTHS))
    else:
        parts.append(empty("L'agenda de cette mission est vide."))
    parts.append("<h2>Suivis ouverts depuis la mission</h2>")
    if review.follow_ups:
        parts.append(
            grid(
                ("Date", "Type", "Résumé", "Personnes", "Relance le", "État"),
                (
                    (
                        f"{f.occurred_on:%d/%m/%Y}",
                        f.kind,
                        f.summary,
                        ", ".join(f.persons) or "—",
                        f"{f.follow_up_on:%d/%m/%Y}" if f.follow_up_on else "—",
                        f.state,
                    )
                    for f in review.follow_ups
                ),
                (13, 11, 32, 18, 13, 13),
            )
        )
    else:
        parts.append(empty("Aucun suivi n'a été ouvert depuis la mission."))
    return "".join(parts)


def write_mission_review(review: MissionReview, path: Path) -> Path:
    return write_pdf(path, f"Bilan de mission — {review.title}", mission_html(review))


def delegate_html(brief: DelegateBrief) -> str:
    parts = [
        f"<h1>{esc(brief.name)}</h1>",
        f"<h2>{esc(brief.mission_title)}</h2>",
        f'<p class="meta">{esc(brief.mission_dates)}'
        + (f" · {esc(brief.organization)}" if brief.organization else "")
        + "</p>",
        "<h2>Votre programme</h2>",
    ]
    if brief.slots:
        parts.append(grid(SLOT_HEADERS, _slot_rows(brief.slots), SLOT_WIDTHS))
    else:
        parts.append(empty("Aucune activité du programme ne vous est encore attribuée."))
    parts.append("<h2>Les hôtes et conférenciers que vous rencontrerez</h2>")
    if not brief.contacts:
        parts.append(empty("Aucun hôte ni conférencier n'est encore inscrit à vos activités."))
    for card in brief.contacts:
        lines = [card.role.capitalize() + (f" — {card.organization}" if card.organization else "")]
        lines += list(card.details) or ["coordonnées non enregistrées"]
        parts.append(f"<p><b>{esc(card.name)}</b><br/>" + "<br/>".join(esc(x) for x in lines) + "</p>")
    if brief.briefing_html.strip():
        # The briefing is the coordinators' own rich text (agenda rule A1): shown as written.
        parts.append(PAGE_BREAK + "<h2>Document de préparation</h2>" + brief.briefing_html)
    else:
        parts.append("<h2>Document de préparation</h2>")
        parts.append(empty("Le document de préparation n'est pas encore rédigé."))
    return "".join(parts)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "document"


def write_delegate_files(briefs: tuple[DelegateBrief, ...], folder: Path) -> list[Path]:
    """One PDF per delegate in ``folder``, named after the mission and the delegate."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for brief in briefs:
        path = folder / f"{slug(brief.mission_title)}-{slug(brief.name)}.pdf"
        written.append(write_pdf(path, f"{brief.mission_title} — {brief.name}", delegate_html(brief)))
    return written

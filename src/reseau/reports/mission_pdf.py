"""The mission review ("Bilan de mission") and the delegates' personal files, as PDF.

The review takes the shape of the 2005 report's "retour sur les objectifs"; each delegate's file
holds the delegate's own programme, whom they will meet and how to reach them, and the briefing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reseau.core.labels import label
from reseau.core.normalize import fold
from reseau.reports.pdf import PAGE_BREAK, bullets, empty, esc, grid, paragraphs, write_pdf
from reseau.reports.words import language, report_day, say, typeset
from reseau.services.indicators.mission_review import DelegateBrief, MissionReview, SlotLine

# The fixed text, listed literally for lupdate; ``_t`` translates it when the page is written,
# so the PDF follows the UI's language (French in the CLI, which installs no translator).
_SOURCES = (
    QT_TRANSLATE_NOOP("MissionPdf", "Jour"),
    QT_TRANSLATE_NOOP("MissionPdf", "Moment"),
    QT_TRANSLATE_NOOP("MissionPdf", "Activité"),
    QT_TRANSLATE_NOOP("MissionPdf", "Titre"),
    QT_TRANSLATE_NOOP("MissionPdf", "Lieu"),
    QT_TRANSLATE_NOOP("MissionPdf", "Hôte"),
    QT_TRANSLATE_NOOP("MissionPdf", "Intervenants"),
    QT_TRANSLATE_NOOP("MissionPdf", "Bilan de mission"),
    QT_TRANSLATE_NOOP("MissionPdf", "Retour sur les objectifs de la mission"),
    QT_TRANSLATE_NOOP("MissionPdf", "Aucun objectif n'a été enregistré pour cette mission."),
    QT_TRANSLATE_NOOP("MissionPdf", "Évaluation :"),
    QT_TRANSLATE_NOOP("MissionPdf", "Éléments probants :"),
    QT_TRANSLATE_NOOP("MissionPdf", "non documentés"),
    QT_TRANSLATE_NOOP("MissionPdf", "Résultats d'ensemble"),
    QT_TRANSLATE_NOOP("MissionPdf", "Personnes et organisations rencontrées"),
    QT_TRANSLATE_NOOP(
        "MissionPdf", "Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes)."
    ),
    QT_TRANSLATE_NOOP("MissionPdf", "Organisations :"),
    QT_TRANSLATE_NOOP("MissionPdf", "Personnes :"),
    QT_TRANSLATE_NOOP("MissionPdf", "L'agenda tel qu'il s'est déroulé"),
    QT_TRANSLATE_NOOP("MissionPdf", "L'agenda de cette mission est vide."),
    QT_TRANSLATE_NOOP("MissionPdf", "Suivis ouverts depuis la mission"),
    QT_TRANSLATE_NOOP("MissionPdf", "Date"),
    QT_TRANSLATE_NOOP("MissionPdf", "Type"),
    QT_TRANSLATE_NOOP("MissionPdf", "Résumé"),
    QT_TRANSLATE_NOOP("MissionPdf", "Personnes"),
    QT_TRANSLATE_NOOP("MissionPdf", "Relance le"),
    QT_TRANSLATE_NOOP("MissionPdf", "État"),
    QT_TRANSLATE_NOOP("MissionPdf", "Aucun suivi n'a été ouvert depuis la mission."),
    QT_TRANSLATE_NOOP("MissionPdf", "Bilan de mission — %1"),
    QT_TRANSLATE_NOOP("MissionPdf", "Votre programme"),
    QT_TRANSLATE_NOOP("MissionPdf", "Aucune activité du programme ne vous est encore attribuée."),
    QT_TRANSLATE_NOOP("MissionPdf", "Les hôtes et conférenciers que vous rencontrerez"),
    QT_TRANSLATE_NOOP("MissionPdf", "Aucun hôte ni conférencier n'est encore inscrit à vos activités."),
    QT_TRANSLATE_NOOP("MissionPdf", "coordonnées non enregistrées"),
    QT_TRANSLATE_NOOP("MissionPdf", "Document de préparation"),
    QT_TRANSLATE_NOOP("MissionPdf", "Le document de préparation n'est pas encore rédigé."),
    QT_TRANSLATE_NOOP("MissionPdf", "Ville non précisée"),
)


def _t(text: str) -> str:
    return typeset(QCoreApplication.translate("MissionPdf", text))


def _slot_rows(slots: tuple[SlotLine, ...]) -> list[tuple[str, ...]]:
    return [
        (
            report_day(s.day, weekday=False),
            label(s.half_day, language()) + (f" {s.times}" if s.times else ""),
            label(s.activity, language()),
            s.title or "—",
            s.place or "—",
            s.host or "—",
            ", ".join(s.speakers) or "—",
        )
        for s in slots
    ]


SLOT_HEADERS = ("Jour", "Moment", "Activité", "Titre", "Lieu", "Hôte", "Intervenants")  # through _t
SLOT_WIDTHS = (12, 14, 14, 19, 14, 13, 14)  # "presentation" fits its cell


def _objectives_html(review: MissionReview) -> list[str]:
    parts = [f"<h2>{_t('Retour sur les objectifs de la mission')}</h2>"]
    if not review.objectives:
        parts.append(empty(_t("Aucun objectif n'a été enregistré pour cette mission.")))
    for o in review.objectives:
        parts.append(f"<h3>{esc(o.code + ' — ' if o.code else '')}{esc(o.text)}</h3>")
        parts.append(f"<p><b>{_t('Évaluation :')}</b> {esc(label(o.assessment, language()))}</p>")
        parts.append(f"<p><b>{_t('Éléments probants :')}</b> {esc(o.evidence or _t('non documentés'))}</p>")
    if review.outcome:
        parts.append("<h3>" + _t("Résultats d'ensemble") + "</h3>" + paragraphs(review.outcome))
    return parts


def _met_html(review: MissionReview) -> list[str]:
    parts = [f"<h2>{_t('Personnes et organisations rencontrées')}</h2>"]
    if not review.met:
        parts.append(
            empty(_t("Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes)."))
        )
    for group in review.met:
        parts.append(f"<h3>{esc(group.city or _t('Ville non précisée'))}</h3>")
        if group.organizations:
            parts.append(f"<p><b>{_t('Organisations :')}</b></p>" + bullets(group.organizations))
        if group.persons:
            parts.append(f"<p><b>{_t('Personnes :')}</b></p>" + bullets(group.persons))
    return parts


def _follow_ups_html(review: MissionReview) -> list[str]:
    parts = [f"<h2>{_t('Suivis ouverts depuis la mission')}</h2>"]
    if not review.follow_ups:
        return [*parts, empty(_t("Aucun suivi n'a été ouvert depuis la mission."))]
    rows = (
        (
            report_day(f.occurred_on, weekday=False),
            label(f.kind, language()),
            f.summary,
            ", ".join(f.persons) or "—",
            report_day(f.follow_up_on, weekday=False) if f.follow_up_on else "—",
            label(f.state, language()),
        )
        for f in review.follow_ups
    )
    headers = [_t(h) for h in ("Date", "Type", "Résumé", "Personnes", "Relance le", "État")]
    return [*parts, grid(headers, rows, (13, 11, 32, 18, 13, 13))]


def mission_html(review: MissionReview) -> str:
    # The service gives dates and codes; their words follow the report's language and locale.
    direction = label(review.direction, language()) if review.direction else ""
    meta = " · ".join(p for p in (say(review.dates), direction) if p)
    parts = [
        f"<h1>{_t('Bilan de mission')}</h1><h2>{esc(review.title)}</h2>",
        f'<p class="meta">{esc(meta)}</p>',
        paragraphs(review.description),
        *_objectives_html(review),
        *_met_html(review),
        "<h2>" + _t("L'agenda tel qu'il s'est déroulé") + "</h2>",
    ]
    if review.slots:
        parts.append(grid([_t(h) for h in SLOT_HEADERS], _slot_rows(review.slots), SLOT_WIDTHS))
    else:
        parts.append(empty(_t("L'agenda de cette mission est vide.")))
    parts += _follow_ups_html(review)
    return "".join(parts)


def write_mission_review(review: MissionReview, path: Path) -> Path:
    return write_pdf(path, _t("Bilan de mission — %1").replace("%1", review.title), mission_html(review))


def delegate_html(brief: DelegateBrief) -> str:
    parts = [
        f"<h1>{esc(brief.name)}</h1>",
        f"<h2>{esc(brief.mission_title)}</h2>",
        f'<p class="meta">{esc(say(brief.mission_dates))}'
        + (f" · {esc(brief.organization)}" if brief.organization else "")
        + "</p>",
        f"<h2>{_t('Votre programme')}</h2>",
    ]
    if brief.slots:
        parts.append(grid([_t(h) for h in SLOT_HEADERS], _slot_rows(brief.slots), SLOT_WIDTHS))
    else:
        parts.append(empty(_t("Aucune activité du programme ne vous est encore attribuée.")))
    parts.append(f"<h2>{_t('Les hôtes et conférenciers que vous rencontrerez')}</h2>")
    if not brief.contacts:
        parts.append(empty(_t("Aucun hôte ni conférencier n'est encore inscrit à vos activités.")))
    for card in brief.contacts:
        lines = [
            label(card.role, language()).capitalize()
            + (f" — {card.organization}" if card.organization else "")
        ]
        lines += [say(d) for d in card.details] or [_t("coordonnées non enregistrées")]
        parts.append(f"<p><b>{esc(card.name)}</b><br/>" + "<br/>".join(esc(x) for x in lines) + "</p>")
    if brief.briefing_html.strip():
        # The briefing is the coordinators' own rich text (agenda rule A1): shown as written.
        parts.append(PAGE_BREAK + f"<h2>{_t('Document de préparation')}</h2>" + brief.briefing_html)
    else:
        parts.append(f"<h2>{_t('Document de préparation')}</h2>")
        parts.append(empty(_t("Le document de préparation n'est pas encore rédigé.")))
    return "".join(parts)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "document"


def write_delegate_files(
    briefs: tuple[DelegateBrief, ...], folder: Path, progress: Callable[[int, int], None] | None = None
) -> list[Path]:
    """One PDF per delegate in ``folder``, named after the mission and the delegate;
    ``progress(done, total)`` after each."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for brief in briefs:
        path = folder / f"{slug(brief.mission_title)}-{slug(brief.name)}.pdf"
        written.append(write_pdf(path, f"{brief.mission_title} — {brief.name}", delegate_html(brief)))
        if progress is not None:
            progress(len(written), len(briefs))
    return written

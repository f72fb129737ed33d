"""The mission review ("Bilan de mission") and the delegates' personal files, as PDF.

The review takes the shape of the 2005 report's "retour sur les objectifs"; each delegate's file
holds the delegate's own programme, whom they will meet and how to reach them, and the briefing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reseau.core.labels import label
from reseau.reports.typeset import Markup, Running, Story, esc, labelled, write_story
from reseau.reports.words import language, page_words, report_day, say, slug, typeset
from reseau.services.indicators.mission_review import DelegateBrief, MissionReview, SlotLine

# The fixed text, listed literally for lupdate; ``_t`` translates it when the page is written,
# so the PDF follows the UI's language (French in the CLI, which installs no translator).
_SOURCES = (
    QT_TRANSLATE_NOOP("MissionPdf", "Quand"),
    QT_TRANSLATE_NOOP("MissionPdf", "Activité et lieu"),
    QT_TRANSLATE_NOOP("MissionPdf", "Hôte et intervenants"),
    QT_TRANSLATE_NOOP("MissionPdf", "Hôte : %1"),
    QT_TRANSLATE_NOOP("MissionPdf", "Intervenants : %1"),
    QT_TRANSLATE_NOOP("MissionPdf", "Sommaire"),
    QT_TRANSLATE_NOOP("MissionPdf", "Délégation (%1) :"),
    QT_TRANSLATE_NOOP("MissionPdf", "Bilan de mission"),
    QT_TRANSLATE_NOOP("MissionPdf", "Retour sur les objectifs de la mission"),
    QT_TRANSLATE_NOOP("MissionPdf", "Aucun objectif n'a été enregistré pour cette mission."),
    QT_TRANSLATE_NOOP("MissionPdf", "Évaluation : %1"),
    QT_TRANSLATE_NOOP("MissionPdf", "Éléments probants : %1"),
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
    QT_TRANSLATE_NOOP("MissionPdf", "Date et type"),
    QT_TRANSLATE_NOOP("MissionPdf", "Résumé"),
    QT_TRANSLATE_NOOP("MissionPdf", "Personnes"),
    QT_TRANSLATE_NOOP("MissionPdf", "Relance et état"),
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


def _slot_rows(slots: tuple[SlotLine, ...]) -> list[tuple[Markup, Markup, Markup]]:
    """Three wide columns (when, what and where, whom), so that no word is broken in a cell."""
    rows = []
    for s in slots:
        when = esc(report_day(s.day, weekday=False)) + "<br/>" + esc(label(s.half_day, language()))
        if s.times:
            when += f"<br/>{esc(s.times)}"
        what = f"<b>{esc(s.title or label(s.activity, language()))}</b>"
        if s.title:
            what += f"<br/><i>{esc(label(s.activity, language()))}</i>"
        if s.place:
            what += f"<br/>{esc(s.place)}"
        whom = []
        if s.host:
            whom.append(labelled(_t("Hôte : %1"), esc(s.host)))
        if s.speakers:
            whom.append(labelled(_t("Intervenants : %1"), esc(", ".join(s.speakers))))
        rows.append((Markup(when), Markup(what), Markup("<br/>".join(whom) or "—")))
    return rows


SLOT_HEADERS = ("Quand", "Activité et lieu", "Hôte et intervenants")  # through _t
SLOT_WIDTHS = (0.2, 0.45, 0.35)


def _slot_table(story: Story, slots: tuple[SlotLine, ...]) -> None:
    story.table([_t(h) for h in SLOT_HEADERS], _slot_rows(slots), SLOT_WIDTHS)


def _objectives(story: Story, review: MissionReview) -> None:
    story.heading(_t("Retour sur les objectifs de la mission"), 1)
    if not review.objectives:
        story.paragraph(_t("Aucun objectif n'a été enregistré pour cette mission."), "empty")
    for o in review.objectives:
        story.heading((o.code + " — " if o.code else "") + o.text, 3)
        story.paragraph(labelled(_t("Évaluation : %1"), esc(label(o.assessment, language()))))
        story.paragraph(labelled(_t("Éléments probants : %1"), esc(o.evidence or _t("non documentés"))))
    if review.outcome:
        story.heading(_t("Résultats d'ensemble"), 2)
        story.paragraphs(review.outcome)


def _met(story: Story, review: MissionReview) -> None:
    story.heading(_t("Personnes et organisations rencontrées"), 1)
    if not review.met:
        story.paragraph(
            _t("Aucune personne ni organisation rencontrée n'est enregistrée (agenda, hôtes)."), "empty"
        )
    for group in review.met:
        story.heading(group.city or _t("Ville non précisée"), 2)
        if group.organizations:
            story.paragraph(Markup(f"<b>{esc(_t('Organisations :'))}</b>"))
            story.bullets(group.organizations)
        if group.persons:
            story.paragraph(Markup(f"<b>{esc(_t('Personnes :'))}</b>"))
            story.bullets(group.persons)


def _follow_ups(story: Story, review: MissionReview) -> None:
    story.heading(_t("Suivis ouverts depuis la mission"), 1)
    if not review.follow_ups:
        story.paragraph(_t("Aucun suivi n'a été ouvert depuis la mission."), "empty")
        return
    rows = [
        (
            report_day(f.occurred_on, weekday=False) + "\n" + label(f.kind, language()),
            f.summary,
            ", ".join(f.persons) or "—",
            (report_day(f.follow_up_on, weekday=False) if f.follow_up_on else "—")
            + "\n"
            + label(f.state, language()),
        )
        for f in review.follow_ups
    ]
    headers = [_t(h) for h in ("Date et type", "Résumé", "Personnes", "Relance et état")]
    story.table(headers, rows, (0.18, 0.4, 0.24, 0.18))


def mission_story(review: MissionReview) -> Story:
    # The service gives dates and codes; their words follow the report's language and locale.
    direction = label(review.direction, language()) if review.direction else ""
    story = Story()
    story.cover(_t("Bilan de mission"), review.title, [p for p in (say(review.dates), direction) if p])
    story.paragraphs(review.description, "meta")
    if review.delegation:
        # One paragraph: a delegation of twenty, as in 2005, leaves the contents on the cover.
        lead = esc(_t("Délégation (%1) :").replace("%1", str(len(review.delegation))))
        story.paragraph(Markup(f"<b>{lead}</b> " + esc(" ; ".join(review.delegation))))
    story.contents(_t("Sommaire"))
    story.start_body()
    _objectives(story, review)
    _met(story, review)
    story.heading(_t("L'agenda tel qu'il s'est déroulé"), 1)
    if review.slots:
        _slot_table(story, review.slots)
    else:
        story.paragraph(_t("L'agenda de cette mission est vide."), "empty")
    _follow_ups(story, review)
    return story


def write_mission_review(review: MissionReview, path: Path) -> Path:
    title = _t("Bilan de mission — %1").replace("%1", review.title)
    write_story(path, mission_story(review), title, Running(title, say(review.dates), page_words()))
    return path


def delegate_story(brief: DelegateBrief) -> Story:
    story = Story()
    facts = [say(brief.mission_dates), brief.organization]
    story.cover(brief.mission_title, brief.name, [f for f in facts if f])
    story.heading(_t("Votre programme"), 1)
    if brief.slots:
        _slot_table(story, brief.slots)
    else:
        story.paragraph(_t("Aucune activité du programme ne vous est encore attribuée."), "empty")
    story.heading(_t("Les hôtes et conférenciers que vous rencontrerez"), 1)
    if not brief.contacts:
        story.paragraph(_t("Aucun hôte ni conférencier n'est encore inscrit à vos activités."), "empty")
    for card in brief.contacts:
        lines: list[str | Markup] = [
            label(card.role, language()).capitalize()
            + (f" — {card.organization}" if card.organization else "")
        ]
        lines += [say(d) for d in card.details] or [
            Markup(f"<i>{esc(_t('coordonnées non enregistrées'))}</i>")
        ]
        story.card(card.name, lines)
    story.heading(_t("Document de préparation"), 1)
    if brief.briefing_html.strip():
        # The briefing is the coordinators' own rich text (agenda rule A1): shown as written.
        story.rich_html(brief.briefing_html)
    else:
        story.paragraph(_t("Le document de préparation n'est pas encore rédigé."), "empty")
    return story


def delegate_pdf(brief: DelegateBrief, path: Path) -> Path:
    title = f"{brief.mission_title} — {brief.name}"
    write_story(path, delegate_story(brief), title, Running(title, say(brief.mission_dates), page_words()))
    return path


def write_delegate_files(
    briefs: tuple[DelegateBrief, ...], folder: Path, progress: Callable[[int, int], None] | None = None
) -> list[Path]:
    """One PDF per delegate in ``folder``, named after the mission and the delegate;
    ``progress(done, total)`` after each."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for brief in briefs:
        path = folder / f"{slug(brief.mission_title, 50)}-{slug(brief.name)}.pdf"
        written.append(delegate_pdf(brief, path))
        if progress is not None:
            progress(len(written), len(briefs))
    return written

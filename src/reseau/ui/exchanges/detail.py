"""The HTML of an exchange's detail pane: dates, who and which organizations, objectives with
their assessment and evidence, stage specifics, documents, and the dated status history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from reseau.core.enums import Assessment, ExchangeKind, ParticipantRole
from reseau.services.exchanges.records import CREATION_NOTE, ExchangeDetail
from reseau.ui.i18n import label, say, spaced
from reseau.ui.widgets import html

Tr = Callable[[str], str]

ASSESSMENT_COLOURS: dict[Assessment, str] = {
    Assessment.FULLY: "#1b7a2f",
    Assessment.LARGELY: "#4f8f1f",
    Assessment.PARTIALLY: "#b26a00",
    Assessment.NOT_MET: "#b00020",
    Assessment.RELEVANCE_CONFIRMED: "#1f5fa8",
    Assessment.TO_ASSESS: "#666666",
}


def dates_text(start: date | None, end: date | None, tr: Tr) -> str:
    if start is None:
        return tr("dates à fixer")
    if end is None or end == start:
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d} → {end:%Y-%m-%d}"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} Ko"
    return f"{size / 1024 / 1024:.1f} Mo"


def _participants(d: ExchangeDetail, lang: str, tr: Tr) -> str:
    by_role: dict[ParticipantRole, list[str]] = {}
    for p in d.participants:
        by_role.setdefault(p.role, []).append(html.link(f"person:{p.person_id}", p.name))
    if not by_role:
        return html.section(tr("Participants"), [], tr("Personne pour l'instant."))
    parts = [f"<h3>{escape(tr('Participants'))} ({len({p.person_id for p in d.participants})})</h3>"]
    for role, names in by_role.items():
        colon = spaced(" : ", lang)
        parts.append(f"<p><b>{escape(label(role, lang))}</b> ({len(names)}){colon}{', '.join(names)}</p>")
    return "".join(parts)


def _objectives(d: ExchangeDetail, lang: str, tr: Tr) -> str:
    if not d.data.objectives:
        return ""
    items = []
    for o in d.data.objectives:
        colour = ASSESSMENT_COLOURS[o.assessment]
        code = f"<b>{escape(o.code)}</b> " if o.code else ""
        evidence = (
            f"<br><i>{escape(tr('Preuves'))}{spaced(' : ', lang)}{escape(o.evidence)}</i>"
            if o.evidence
            else ""
        )
        items.append(
            f"{code}{escape(o.text)}<br><span style='color:{colour}'>"
            f"<b>{escape(label(o.assessment, lang))}</b></span>{evidence}"
        )
    return html.section(tr("Objectifs et bilan"), items)


def detail_html(d: ExchangeDetail, lang: str, tr: Tr, attachments_available: bool) -> str:
    data = d.data
    orgs = [
        (label(o.role, lang), html.link(f"organization:{o.organization_id}", o.name)) for o in d.organizations
    ]
    org_rows = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{escape(role)}</td><td>{link}</td></tr>"
        for role, link in sorted(orgs, key=lambda pair: pair[0], reverse=True)
    )
    parts = [
        html.heading(data.title, label(data.kind, lang)),
        html.fields(
            [
                (tr("Statut"), label(data.status, lang)),
                (tr("Dates"), dates_text(data.start_date, data.end_date, tr)),
                (tr("Sens"), label(data.direction, lang) if data.direction else ""),
            ]
        ),
        f"<table>{org_rows}</table>" if org_rows else "",
        f"<p>{escape(data.description)}</p>" if data.description else "",
    ]
    if data.kind == ExchangeKind.STAGE:
        stage = html.fields(
            [
                (tr("Objectifs d'apprentissage"), data.learning_goals),
                (tr("Convention"), label(data.agreement_status, lang) if data.agreement_status else ""),
                (tr("Rapport attendu le"), f"{data.report_due:%Y-%m-%d}" if data.report_due else ""),
            ]
        )
        parts.append(f"<h3>{escape(tr('Stage'))}</h3>{stage}" if stage else "")
    parts += [
        _participants(d, lang, tr),
        _objectives(d, lang, tr),
        f"<h3>{escape(tr('Retombées'))}</h3><p>{escape(data.outcome)}</p>" if data.outcome else "",
    ]
    documents = [
        html.link(f"attachment:{a.id}", a.original_name)
        + f" <span style='color:#777'>({_size(a.size)})</span> "
        + (html.link(f"attachment-remove:{a.id}", tr("retirer")) if attachments_available else "")
        for a in d.attachments
    ]
    empty = (
        tr("Aucun document joint.")
        if attachments_available
        else tr("Les documents joints demandent un dossier de données local (indisponible en mode équipe).")
    )
    parts.append(html.section(tr("Documents joints"), documents, empty))
    history = [
        f"{h.changed_at.astimezone():%Y-%m-%d} — <b>{escape(label(h.status, lang))}</b>"
        + (f"{spaced(' : ', lang)}{escape(_note(h.note))}" if h.note else "")
        for h in d.history
    ]
    parts.append(html.section(tr("Historique des statuts"), history, tr("Aucun changement enregistré.")))
    parts.append(html.section(tr("Thèmes"), [escape(t) for t in d.theme_titles]))
    return "".join(parts)


def _note(note: str) -> str:
    """A status note as written, except the one Réseau writes itself, said in the UI's language."""
    return say(CREATION_NOTE) if note == CREATION_NOTE.text else note

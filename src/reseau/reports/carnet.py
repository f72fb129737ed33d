"""The « carnet de mission »: cover, agenda day by day, host organizations and their contacts,
themes, briefing text, and the open check warnings; as HTML for :mod:`reseau.reports.pdf`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reseau.core.agenda import MissionAgenda, SlotView
from reseau.core.agenda_checks import CheckWarning, rule_title
from reseau.core.labels import label
from reseau.reports.pdf import render_pdf
from reseau.reports.words import language, report_day, typeset
from reseau.reports.words import say as report_say

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)
_BREAK = '<p style="page-break-before: always"></p>'
_STYLE = """
<style>
h1 { font-size: 22pt; color: #1f3a5f; }
h2 { font-size: 15pt; color: #1f3a5f; margin-top: 14px; }
h3 { font-size: 12pt; color: #333333; margin-top: 10px; }
table.agenda { border-collapse: collapse; }
table.agenda td, table.agenda th {
  border: 1px solid #999999; padding: 3px; vertical-align: top; font-size: 9pt;
}
th { background-color: #dce6f1; }
.muted { color: #555555; }
</style>
"""


# The fixed text, listed literally so that lupdate finds it (``_t`` receives it as a variable).
_SOURCES = (
    QT_TRANSLATE_NOOP("Carnet", "du %1 au %2"),
    QT_TRANSLATE_NOOP("Carnet", "Carnet de mission"),
    QT_TRANSLATE_NOOP("Carnet", "Délégation (%1)"),
    QT_TRANSLATE_NOOP("Carnet", "%1 (supprimé des contacts)"),
    QT_TRANSLATE_NOOP("Carnet", "Hôte : %1"),
    QT_TRANSLATE_NOOP("Carnet", "Intervenants : %1"),
    QT_TRANSLATE_NOOP("Carnet", "Participants : %1"),
    QT_TRANSLATE_NOOP("Carnet", "Thèmes : %1"),
    QT_TRANSLATE_NOOP("Carnet", "Programme jour par jour"),
    QT_TRANSLATE_NOOP("Carnet", "Journée libre : rien de prévu."),
    QT_TRANSLATE_NOOP("Carnet", "Heure"),
    QT_TRANSLATE_NOOP("Carnet", "Activité"),
    QT_TRANSLATE_NOOP("Carnet", "Lieu"),
    QT_TRANSLATE_NOOP("Carnet", "Détails"),
    QT_TRANSLATE_NOOP("Carnet", "Organisations hôtes"),
    QT_TRANSLATE_NOOP("Carnet", "Aucune organisation hôte au programme."),
    QT_TRANSLATE_NOOP("Carnet", "pas de coordonnées"),
    QT_TRANSLATE_NOOP("Carnet", "Aucun thème."),
    QT_TRANSLATE_NOOP("Carnet", "Thèmes"),
    QT_TRANSLATE_NOOP("Carnet", "Points à revoir (%1)"),
    QT_TRANSLATE_NOOP("Carnet", "Document de préparation"),
    QT_TRANSLATE_NOOP("Carnet", "Le document de préparation reste à rédiger."),
    QT_TRANSLATE_NOOP("Carnet", "Carnet de mission — %1"),
)


def _e(text: str) -> str:
    return escape(text, quote=False)


def _t(text: str) -> str:
    """Fixed text of the carnet in the UI's language (French in the CLI: no translator)."""
    return typeset(QCoreApplication.translate("Carnet", text))


def briefing_body(html: str) -> str:
    """The inside of the briefing's <body> (QTextEdit saves a whole document)."""
    match = _BODY.search(html)
    return match.group(1) if match else html


def _cover(agenda: MissionAgenda) -> str:
    dates = ""
    if agenda.start and agenda.end:
        dates = (
            _t("du %1 au %2").replace("%1", report_day(agenda.start)).replace("%2", report_day(agenda.end))
        )
    delegates = "".join(
        f"<li>{_e(p.name)}{' — ' + _e(p.organization) if p.organization else ''}</li>"
        for p in agenda.delegates
    )
    return (
        f"<h1>{_t('Carnet de mission')}</h1><h2>{_e(agenda.title)}</h2>"
        f"<p>{_e(dates)}</p><p class='muted'>{_e(agenda.description)}</p>"
        + (
            f"<h3>{_t('Délégation (%1)').replace('%1', str(len(agenda.delegates)))}</h3><ul>{delegates}</ul>"
            if delegates
            else ""
        )
    )


def _slot_row(slot: SlotView) -> str:
    lang = language()
    when = f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot.start and slot.end else label(slot.half_day, lang)
    activity = label(slot.activity, lang)
    what = f"<b>{_e(slot.title or activity)}</b><br/><i>{_e(activity)}</i>"
    where = ", ".join(_e(p) for p in (slot.place, slot.city) if p)
    who = [p.name for p in slot.speakers] + [
        _t("%1 (supprimé des contacts)").replace("%1", n) for n in slot.missing_speakers
    ]
    details = []
    if slot.host:
        details.append(_t("Hôte : %1").replace("%1", _e(slot.host.name)))
    if who:
        details.append(_t("Intervenants : %1").replace("%1", _e(", ".join(who))))
    if not slot.all_delegates:
        details.append(
            _t("Participants : %1").replace("%1", _e(", ".join(p.name for p in slot.attendees) or "—"))
        )
    if slot.themes:
        details.append(_t("Thèmes : %1").replace("%1", _e(", ".join(t.code or t.title for t in slot.themes))))
    return f"<tr><td>{when}</td><td>{what}</td><td>{where}</td><td>{'<br/>'.join(details)}</td></tr>"


def _agenda(agenda: MissionAgenda) -> str:
    parts = [f"<h2>{_t('Programme jour par jour')}</h2>"]
    for day in agenda.days():
        slots = [s for s in agenda.slots if s.day == day]
        parts.append(f"<h3>{_e(report_day(day))}</h3>")
        if not slots:
            parts.append(f"<p class='muted'>{_t('Journée libre : rien de prévu.')}</p>")
            continue
        parts.append(
            "<table class='agenda' width='100%' cellspacing='0'>"
            f"<tr><th width='17%'>{_t('Heure')}</th><th width='29%'>{_t('Activité')}</th>"
            f"<th width='20%'>{_t('Lieu')}</th><th>{_t('Détails')}</th></tr>"
            + "".join(_slot_row(s) for s in slots)
            + "</table>"
        )
    return "".join(parts)


def _hosts(agenda: MissionAgenda) -> str:
    hosts = agenda.hosts()
    if not hosts:
        return (
            f"<h2>{_t('Organisations hôtes')}</h2>"
            f"<p class='muted'>{_t('Aucune organisation hôte au programme.')}</p>"
        )
    items = []
    for host in hosts:
        facts = ", ".join(_e(f) for f in (host.sector, host.city) if f)
        none = f"<span class='muted'>{_t('pas de coordonnées')}</span>"
        contacts = "<br/>".join(_e(report_say(c)) for c in host.contacts) or none
        items.append(f"<h3>{_e(host.name)}</h3><p>{facts}</p><p>{contacts}</p>")
    return f"<h2>{_t('Organisations hôtes')}</h2>" + "".join(items)


def _themes(agenda: MissionAgenda) -> str:
    themes = agenda.slot_themes()
    listed = "".join(f"<li>{_e(t.label)}</li>" for t in themes)
    none = f"<p class='muted'>{_t('Aucun thème.')}</p>"
    return f"<h2>{_t('Thèmes')}</h2>" + (f"<ul>{listed}</ul>" if listed else none)


def _warnings(warnings: Sequence[CheckWarning]) -> str:
    open_ones = [w for w in warnings if not w.is_acknowledged]
    if not open_ones:
        return ""
    items = "".join(
        f"<li><b>{_e(report_say(rule_title(w.rule)))}</b> : {_e(report_say(w.message))}</li>"
        for w in open_ones
    )
    return f"<h2>{_t('Points à revoir (%1)').replace('%1', str(len(open_ones)))}</h2><ul>{items}</ul>"


def carnet_html(agenda: MissionAgenda, warnings: Sequence[CheckWarning] = ()) -> str:
    briefing = briefing_body(agenda.briefing_html).strip()
    briefing_part = f"<h2>{_t('Document de préparation')}</h2>" + (
        briefing or f"<p class='muted'>{_t('Le document de préparation reste à rédiger.')}</p>"
    )
    sections = [_cover(agenda), _agenda(agenda), _hosts(agenda) + _themes(agenda), briefing_part]
    if warnings:
        sections.append(_warnings(warnings))
    return f"<html><head>{_STYLE}</head><body>" + _BREAK.join(s for s in sections if s) + "</body></html>"


def write_carnet(agenda: MissionAgenda, path: Path, warnings: Sequence[CheckWarning] = ()) -> int:
    """Write the briefing pack PDF; returns its page count."""
    title = _t("Carnet de mission — %1").replace("%1", agenda.title)
    return render_pdf(path, title, carnet_html(agenda, warnings))

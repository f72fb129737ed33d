"""The « carnet de mission »: a cover (mission, dates, delegation, contents), the agenda day by
day, the host organizations with how to reach them, the themes, the briefing text and the open
check warnings; typeset by :mod:`reseau.reports.typeset`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reseau.core.agenda import HostRef, MissionAgenda, PersonRef, SlotView
from reseau.core.agenda_checks import CheckWarning, rule_title
from reseau.core.labels import label
from reseau.reports.typeset import Markup, Running, Story, esc, labelled, write_story
from reseau.reports.words import language, page_words, report_day, typeset
from reseau.reports.words import say as report_say

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.IGNORECASE | re.DOTALL)


# The fixed text, listed literally so that lupdate finds it (``_t`` receives it as a variable).
_SOURCES = (
    QT_TRANSLATE_NOOP("Carnet", "du %1 au %2"),
    QT_TRANSLATE_NOOP("Carnet", "Carnet de mission"),
    QT_TRANSLATE_NOOP("Carnet", "Délégation (%1)"),
    QT_TRANSLATE_NOOP("Carnet", "Sommaire"),
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


def _t(text: str) -> str:
    """Fixed text of the carnet in the UI's language (French in the CLI: no translator)."""
    return typeset(QCoreApplication.translate("Carnet", text))


def briefing_body(html: str) -> str:
    """The inside of the briefing's <body> (QTextEdit saves a whole document)."""
    match = _BODY.search(html)
    return match.group(1) if match else html


def _span(agenda: MissionAgenda) -> str:
    """From the first day of the programme to its last (a slot may fall before the mission's
    official start: the cover says when the delegation is actually busy)."""
    days = agenda.days()
    if not days:
        return ""
    return _t("du %1 au %2").replace("%1", report_day(days[0])).replace("%2", report_day(days[-1]))


def _person_line(person: PersonRef) -> Markup:
    head = f"<b>{esc(person.name)}</b>" + (f" — {esc(person.organization)}" if person.organization else "")
    contacts = " · ".join(esc(report_say(c)) for c in person.contacts)
    return Markup(head + (f"<br/>{contacts}" if contacts else ""))


def _cover(story: Story, agenda: MissionAgenda) -> None:
    lines = [line for line in (_span(agenda), agenda.description) if line]
    story.cover(_t("Carnet de mission"), agenda.title, lines)
    if agenda.delegates:
        story.heading(_t("Délégation (%1)").replace("%1", str(len(agenda.delegates))), 2, contents=False)
        story.bullets(_person_line(p) for p in agenda.delegates)
    story.contents(_t("Sommaire"))
    story.start_body()


def _slot_row(slot: SlotView) -> tuple[Markup, Markup, Markup]:
    lang = language()
    when = f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot.start and slot.end else label(slot.half_day, lang)
    activity = label(slot.activity, lang)
    what = f"<b>{esc(slot.title or activity)}</b>" + (f"<br/><i>{esc(activity)}</i>" if slot.title else "")
    where = ", ".join(esc(p) for p in (slot.place, slot.city) if p)
    if where:
        what += f"<br/>{where}"
    # Speakers whose record was deleted keep the name saved with the slot; no internal remark.
    who = [p.name for p in slot.speakers] + list(slot.missing_speakers)
    details = []
    if slot.host:
        details.append(labelled(_t("Hôte : %1"), esc(slot.host.name)))
    if who:
        details.append(labelled(_t("Intervenants : %1"), esc(", ".join(who))))
    if not slot.all_delegates:
        details.append(
            labelled(_t("Participants : %1"), esc(", ".join(p.name for p in slot.attendees) or "—"))
        )
    if slot.themes:
        details.append(labelled(_t("Thèmes : %1"), esc(" ; ".join(t.title for t in slot.themes))))
    return Markup(esc(when)), Markup(what), Markup("<br/>".join(details))


def _agenda(story: Story, agenda: MissionAgenda) -> None:
    story.heading(_t("Programme jour par jour"), 1)
    headers = (_t("Heure"), _t("Activité"), _t("Détails"))
    for day in agenda.days():
        slots = [s for s in agenda.slots if s.day == day]
        story.heading(report_day(day), 2)
        if not slots:
            story.paragraph(_t("Journée libre : rien de prévu."), "meta")
            continue
        story.table(headers, [_slot_row(s) for s in slots], (0.14, 0.43, 0.43))


def _host_people(agenda: MissionAgenda, host: HostRef) -> list[PersonRef]:
    """The speakers of the programme who work for ``host``: whom to ask for on the day."""
    seen: dict[int, PersonRef] = {}
    for slot in agenda.slots:
        for person in slot.speakers:
            if person.organization == host.name:
                seen.setdefault(person.id, person)
    return sorted(seen.values(), key=lambda p: p.name.casefold())


def _hosts(story: Story, agenda: MissionAgenda) -> None:
    story.heading(_t("Organisations hôtes"), 1)
    hosts = agenda.hosts()
    if not hosts:
        story.paragraph(_t("Aucune organisation hôte au programme."), "meta")
    for host in hosts:
        lines: list[str | Markup] = [", ".join(f for f in (host.sector, host.city) if f)]
        lines += [report_say(c) for c in host.contacts]
        people = _host_people(agenda, host)
        lines += [_person_line(p) for p in people]
        if not host.contacts and not any(p.contacts for p in people):
            lines.append(Markup(f"<i>{esc(_t('pas de coordonnées'))}</i>"))
        story.card(host.name, [x for x in lines if x])


def _themes(story: Story, agenda: MissionAgenda) -> None:
    story.heading(_t("Thèmes"), 1)
    themes = agenda.slot_themes()
    if themes:
        story.bullets(t.title for t in themes)
    else:
        story.paragraph(_t("Aucun thème."), "meta")


def _warnings(story: Story, warnings: Sequence[CheckWarning]) -> None:
    open_ones = [w for w in warnings if not w.is_acknowledged]
    if not open_ones:
        return
    story.heading(_t("Points à revoir (%1)").replace("%1", str(len(open_ones))), 1)
    story.bullets(
        Markup(
            f"<b>{esc(report_say(rule_title(w.rule)))}</b> : {esc(report_say(w.message))}"
            + (f"<br/><i>{esc(report_say(w.reason))}</i>" if w.reason is not None else "")  # why: the report
        )
        for w in open_ones
    )


def carnet_story(agenda: MissionAgenda, warnings: Sequence[CheckWarning] = ()) -> Story:
    story = Story()
    _cover(story, agenda)
    _agenda(story, agenda)
    _hosts(story, agenda)
    _themes(story, agenda)
    story.heading(_t("Document de préparation"), 1)
    briefing = briefing_body(agenda.briefing_html).strip()
    if briefing:
        story.rich_html(briefing)
    else:
        story.paragraph(_t("Le document de préparation reste à rédiger."), "meta")
    _warnings(story, warnings)
    return story


def write_carnet(agenda: MissionAgenda, path: Path, warnings: Sequence[CheckWarning] = ()) -> int:
    """Write the briefing pack PDF; returns its page count."""
    title = _t("Carnet de mission — %1").replace("%1", agenda.title)
    running = Running(agenda.title, _span(agenda), page_words())
    return write_story(path, carnet_story(agenda, warnings), title, running)

"""The « Agenda de mission » sections of the person and organization detail panes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from reseau.services.agenda.reading import PlannedSlot, slots_of_organization, slots_of_person
from reseau.ui.agenda.grid import day_heading
from reseau.ui.i18n import say
from reseau.ui.widgets import html


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaSections", text)


def _items(slots: list[PlannedSlot]) -> list[str]:
    return [
        f"{escape(day_heading(s.day))} — {escape(say(s.words))} ({escape(say(s.role))})"
        f" · <i>{escape(s.mission_title)}</i>"
        for s in slots
    ]


def person_agenda_section(session: Session, person_id: int, _lang: str) -> str:
    return html.section(tr("Agenda de mission"), _items(slots_of_person(session, person_id)))


def organization_agenda_section(session: Session, organization_id: int, _lang: str) -> str:
    return html.section(tr("Agenda de mission"), _items(slots_of_organization(session, organization_id)))

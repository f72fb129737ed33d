"""The « Agenda de mission » sections of the person and organization detail panes."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from reseau.services.agenda.reading import PlannedSlot
from reseau.ui.agenda.grid import day_heading
from reseau.ui.i18n import say
from reseau.ui.widgets import html


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaSections", text)


def _items(slots: Sequence[PlannedSlot]) -> list[str]:
    return [
        f"{escape(day_heading(s.day))} — {escape(say(s.words))} ({escape(say(s.role))})"
        f" · <i>{escape(s.mission_title)}</i>"
        for s in slots
    ]


def agenda_section(slots: Sequence[PlannedSlot]) -> str:
    """The slots of a person's or an organization's page (reseau.services.persons.page)."""
    return html.section(tr("Agenda de mission"), _items(slots))

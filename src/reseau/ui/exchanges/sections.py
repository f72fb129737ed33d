"""Detail-pane sections for persons and organizations: the exchanges they took part in.

Registered in :mod:`reseau.ui.widgets.detail_sections`; they render part of the page DTO
(reseau.services.persons.page, organizations.page) on the GUI thread, without a session."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from reseau.core.enums import OrgRole, ParticipantRole
from reseau.services.exchanges.links import TakenPart
from reseau.ui.i18n import label, spaced
from reseau.ui.widgets import html


def _items(
    parts: Sequence[TakenPart], role_type: type[ParticipantRole] | type[OrgRole], lang: str
) -> list[str]:
    items = []
    sep = spaced(" ; ", lang)
    for p in parts:
        year = f"{p.start_date.year} — " if p.start_date else ""
        roles = ", ".join(label(role_type(r), lang) for r in p.roles)
        items.append(
            f"{escape(year)}{html.link(f'exchange:{p.exchange_id}', p.title)} "
            f"<span style='color:#555'>({escape(label(p.kind, lang))}{sep}{escape(roles)}{sep}"
            f"{escape(label(p.status, lang))})</span>"
        )
    return items


def _title() -> str:
    return QCoreApplication.translate("ExchangeSections", "Échanges et stages")


def person_exchanges_section(parts: Sequence[TakenPart], lang: str) -> str:
    return html.section(_title(), _items(parts, ParticipantRole, lang))


def organization_exchanges_section(parts: Sequence[TakenPart], lang: str) -> str:
    return html.section(_title(), _items(parts, OrgRole, lang))

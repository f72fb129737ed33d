"""The areas of the main window, in navigation order: the one place that lists them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseau.ui.context import AppContext
from reseau.ui.views.agenda_view import AgendaView
from reseau.ui.views.dashboard_view import DashboardView
from reseau.ui.views.exchanges_view import ExchangesView
from reseau.ui.views.indicators_view import IndicatorsView
from reseau.ui.views.journal_view import JournalView
from reseau.ui.views.organizations_view import OrganizationsView
from reseau.ui.views.persons_view import PersonsView
from reseau.ui.views.themes_view import ThemesView
from reseau.ui.widgets.empty_state import EmptyState


def tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str  # file name under resources/icons
    build: Callable[[AppContext], QWidget]


def _empty(title: str, text: str) -> Callable[[AppContext], QWidget]:
    return lambda _context: EmptyState(title, text)


def all_areas() -> list[Area]:
    return [
        Area(
            "dashboard",
            tr("Tableau de bord"),
            "dashboard.svg",
            DashboardView,
        ),
        Area("persons", tr("Personnes"), "persons.svg", PersonsView),
        Area("organizations", tr("Organisations"), "organizations.svg", OrganizationsView),
        Area(
            "exchanges",
            tr("Échanges et stages"),
            "exchanges.svg",
            ExchangesView,
        ),
        Area(
            "themes",
            tr("Thèmes"),
            "themes.svg",
            ThemesView,
        ),
        Area(
            "journal",
            tr("Journal"),
            "journal.svg",
            JournalView,
        ),
        Area(
            "agenda",
            tr("Agenda de mission"),
            "agenda.svg",
            AgendaView,
        ),
        Area("indicators", tr("Indicateurs"), "indicators.svg", IndicatorsView),
    ]

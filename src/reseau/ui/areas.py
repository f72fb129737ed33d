"""The areas of the main window, in navigation order: the one place that lists them.

Each area's view module is imported inside its factory, the first time the area is shown:
importing every area's UI at start-up cost about 150 MB and 0.7 s (matplotlib for the
Indicateurs alone), see docs/performance.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseau.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str  # file name under resources/icons
    build: Callable[[AppContext], QWidget]


def _dashboard(context: AppContext) -> QWidget:
    from reseau.ui.dashboard.view import DashboardView

    return DashboardView(context)


def _persons(context: AppContext) -> QWidget:
    from reseau.ui.persons.view import PersonsView

    return PersonsView(context)


def _organizations(context: AppContext) -> QWidget:
    from reseau.ui.organizations.view import OrganizationsView

    return OrganizationsView(context)


def _exchanges(context: AppContext) -> QWidget:
    from reseau.ui.exchanges.view import ExchangesView

    return ExchangesView(context)


def _themes(context: AppContext) -> QWidget:
    from reseau.ui.themes.view import ThemesView

    return ThemesView(context)


def _journal(context: AppContext) -> QWidget:
    from reseau.ui.journal.view import JournalView

    return JournalView(context)


def _agenda(context: AppContext) -> QWidget:
    from reseau.ui.agenda.view import AgendaView

    return AgendaView(context)


def _indicators(context: AppContext) -> QWidget:
    from reseau.ui.indicators.view import IndicatorsView  # matplotlib comes with it

    return IndicatorsView(context)


def all_areas() -> list[Area]:
    return [
        Area(
            "dashboard",
            tr("Tableau de bord"),
            "dashboard.svg",
            _dashboard,
        ),
        Area("persons", tr("Personnes"), "persons.svg", _persons),
        Area("organizations", tr("Organisations"), "organizations.svg", _organizations),
        Area(
            "exchanges",
            tr("Échanges et stages"),
            "exchanges.svg",
            _exchanges,
        ),
        Area(
            "themes",
            tr("Thèmes"),
            "themes.svg",
            _themes,
        ),
        Area(
            "journal",
            tr("Journal"),
            "journal.svg",
            _journal,
        ),
        Area(
            "agenda",
            tr("Agenda de mission"),
            "agenda.svg",
            _agenda,
        ),
        Area("indicators", tr("Indicateurs"), "indicators.svg", _indicators),
    ]

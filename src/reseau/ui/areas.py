"""The areas of the main window, in navigation order: the one place that lists them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseau.ui.context import AppContext
from reseau.ui.views.agenda_view import AgendaView
from reseau.ui.views.indicators_view import IndicatorsView
from reseau.ui.views.organizations_view import OrganizationsView
from reseau.ui.views.persons_view import PersonsView
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
            _empty(
                tr("Tableau de bord"),
                tr("Ici s'afficheront les relances dues et les échanges des 60 prochains jours."),
            ),
        ),
        Area("persons", tr("Personnes"), "persons.svg", PersonsView),
        Area("organizations", tr("Organisations"), "organizations.svg", OrganizationsView),
        Area(
            "exchanges",
            tr("Échanges et stages"),
            "exchanges.svg",
            _empty(
                tr("Échanges et stages"),
                tr("Missions, stages, visites et séminaires : de l'idée au bilan."),
            ),
        ),
        Area(
            "themes",
            tr("Thèmes"),
            "themes.svg",
            _empty(
                tr("Thèmes"),
                tr("Les seize thèmes de suivi et les recommandations du rapport de 2005."),
            ),
        ),
        Area(
            "journal",
            tr("Journal"),
            "journal.svg",
            _empty(tr("Journal"), tr("Le journal des échanges avec vos contacts.")),
        ),
        Area(
            "agenda",
            tr("Agenda de mission"),
            "agenda.svg",
            AgendaView,
        ),
        Area("indicators", tr("Indicateurs"), "indicators.svg", IndicatorsView),
    ]

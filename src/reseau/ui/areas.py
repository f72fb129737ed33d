"""The areas of the main window, in navigation order: the one place that lists them.

Each area's view module is imported inside its factory, the first time the area is shown:
importing every area's UI at start-up cost about 150 MB and 0.7 s, see docs/performance.md.
(matplotlib is no longer among them: the Indicateurs paint their charts with QPainter, and the
PDF reports import it off the GUI thread when they are made.)
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseau.ui.context import AppContext
from reseau.ui.style import DASHBOARD_SHEET, carry

log = logging.getLogger(__name__)

# The view modules the factories below import, slowest first (the Indicateurs brought matplotlib,
# 1.5 s at the first open on a 2-core laptop, until their charts were painted with QPainter).
VIEW_MODULES = (
    "reseau.ui.indicators.view",
    "reseau.ui.journal.view",
    "reseau.ui.exchanges.view",
    "reseau.ui.agenda.view",
    "reseau.ui.themes.view",
    "reseau.ui.organizations.view",
    "reseau.ui.persons.view",
    # Imported at the first phone number shown (core.normalize.format_phone): selecting the
    # first person of Personnes imported it on the GUI thread, 115 ms (issue 19.6).
    "phonenumbers",
)


def warm_up(modules: tuple[str, ...] = VIEW_MODULES) -> threading.Thread:
    """Import the areas' view modules on a thread of their own, once the window is up and its
    start-up checks have answered: the first open of an area then builds its widgets only,
    instead of importing for up to 1.5 s on the GUI thread (issue 19.6). Nothing is built
    here (widgets are the GUI thread's); a module that fails to import is left for the area's
    factory, which says why when the area is opened."""

    def run() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the factory imports it again and reports it
                log.exception("warm-up import of %s failed", name)

    # A daemon: quitting right after the start does not wait for imports nobody will use.
    thread = threading.Thread(target=run, name="reseau-warm-up", daemon=True)
    thread.start()
    return thread


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

    view = DashboardView(context)
    carry(view, DASHBOARD_SHEET)  # its cards, heading and welcome (ui.style)
    return view


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
    from reseau.ui.indicators.view import IndicatorsView

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

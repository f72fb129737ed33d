"""The Tableau de bord's four cards: next mission, late stage reports, coverage gaps, network.

Each card is a titled panel of rich text whose links go through the Navigator (``exchange:12``,
``agenda:12``, ``theme:3``, ``area:persons``): a card is a way into its area, not a dead end.
It renders the ``Dashboard`` DTO the view received; it never reads the database.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from reseau.core.enums import Country
from reseau.ui.i18n import spaced
from reseau.ui.navigator import Navigator
from reseau.ui.widgets import html

if TYPE_CHECKING:  # the queries' modules import the models: not before the first paint
    from reseau.services.dashboard.overview import CoverageGap, LateReport, NetworkSize, NextMission
    from reseau.services.dashboard.summary import Dashboard

MAX_LISTED = 5  # lines per card; the rest is one link to the area


class Card(QFrame):
    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("card_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setObjectName(f"{name}_body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)


class OverviewCards(QWidget):
    """The four cards side by side (two by two when the area is narrow)."""

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.mission = Card("mission", self.tr("Prochaine mission"))
        self.reports = Card("reports", self.tr("Rapports de stage en retard"))
        self.gaps = Card("gaps", self.tr("Thèmes sans vis-à-vis"))
        self.network = Card("network", self.tr("Le réseau"))
        self.cards = (self.mission, self.reports, self.gaps, self.network)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for index, card in enumerate(self.cards):
            card.body.setText(self._muted(self.tr("Chargement…")))  # until the board is read
            self.grid.addWidget(card, 0, index)
            card.body.linkActivated.connect(self._on_link)

    def _on_link(self, url: str) -> None:
        self.navigator.open_link(url)

    def show_board(self, board: Dashboard) -> None:
        self.mission.body.setText(self.mission_html(board.next_mission))
        self.reports.body.setText(self.reports_html(board.late_reports))
        self.gaps.body.setText(self.gaps_html(board.coverage_gaps))
        self.network.body.setText(self.network_html(board.network))

    # --- the cards' text ----------------------------------------------------------------------
    def mission_html(self, mission: NextMission | None) -> str:
        if mission is None:
            return (
                self._muted(self.tr("Aucune mission à venir. Créez-en une dans Échanges et stages."))
                + f"<p>{html.link('area:exchanges', self.tr('Ouvrir Échanges et stages'))}</p>"
            )
        when = mission.start_date.isoformat()
        if mission.end_date and mission.end_date != mission.start_date:
            when = self.tr("du %1 au %2").replace("%1", when).replace("%2", mission.end_date.isoformat())
        countdown = (
            self.tr("en cours")
            if mission.days_left == 0
            else self.tr("J-%1").replace("%1", str(mission.days_left))
        )
        lines = [
            f"<b>{html.link(f'exchange:{mission.id}', mission.title)}</b>",
            escape(f"{when} — {countdown}"),
        ]
        if mission.place:
            lines.append(escape(mission.place))
        agenda = (
            self.tr("Avertissements à l'agenda : %1").replace("%1", str(mission.open_warnings))
            if mission.open_warnings
            else self.tr("Agenda sans avertissement")
        )
        lines.append(
            html.link(f"agenda:{mission.id}", agenda)
            + escape(" · " + self.tr("créneaux : %1").replace("%1", str(mission.slots)))
        )
        return "<br>".join(lines)

    def reports_html(self, reports: tuple[LateReport, ...]) -> str:
        if not reports:
            return self._muted(self.tr("Aucun rapport de stage en retard."))
        items = [
            html.link(f"exchange:{r.id}", r.title)
            + escape(
                " — "
                + (f"{r.intern}, " if r.intern else "")
                + self.tr("retard : %1 j").replace("%1", str(r.days_late))
            )
            for r in reports[:MAX_LISTED]
        ]
        return self._list(items, len(reports), "area:exchanges")

    def gaps_html(self, gaps: tuple[CoverageGap, ...]) -> str:
        if not gaps:
            return self._muted(self.tr("Chaque thème ouvert a quelqu'un en France et au Québec."))
        items = []
        for gap in gaps[:MAX_LISTED]:
            missing = (
                self.tr("personne des deux côtés")
                if gap.missing_fr and gap.missing_qc
                else self.tr("personne en France")
                if gap.missing_fr
                else self.tr("personne au Québec")
            )
            name = f"{gap.code} — {gap.title}" if gap.code else gap.title
            items.append(html.link(f"theme:{gap.theme_id}", name) + escape(spaced(f" : {missing}")))
        return self._list(items, len(gaps), "area:themes")

    def network_html(self, size: NetworkSize) -> str:
        def sides(counts: dict[Country, int]) -> str:
            parts = [
                self.tr("%1 au Québec").replace("%1", str(counts[Country.QUEBEC])),
                self.tr("%1 en France").replace("%1", str(counts[Country.FRANCE])),
            ]
            if counts[Country.OTHER]:
                parts.append(self.tr("%1 ailleurs").replace("%1", str(counts[Country.OTHER])))
            return escape(", ".join(parts))

        persons = html.link("area:persons", self.tr("Personnes : %1").replace("%1", str(size.total_persons)))
        organizations = html.link(
            "area:organizations", self.tr("Organisations : %1").replace("%1", str(size.total_organizations))
        )
        return f"{persons}<br>{sides(size.persons)}<br><br>{organizations}<br>{sides(size.organizations)}"

    def _list(self, items: list[str], total: int, area: str) -> str:
        body = "<br>".join(f"• {item}" for item in items)
        if total > len(items):
            more = self.tr("Voir les %1").replace("%1", str(total))
            body += f"<br>{html.link(area, more)}"
        return body

    @staticmethod
    def _muted(text: str) -> str:
        return f"<i>{escape(text)}</i>"

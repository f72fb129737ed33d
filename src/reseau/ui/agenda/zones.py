"""The time-zone picker of the agenda (the mission's zone, a slot's own zone)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from reseau.core.agenda import zone_place

# The zones a France–Québec mission meets; Montréal's zone in the tz database is America/Toronto.
ZONES = ("Europe/Paris", "America/Toronto", "America/Halifax")


class ZoneCombo(QComboBox):
    """A zone name per item (data); ``mission_zone`` adds a first item « the mission's » ("")."""

    def __init__(self, current: str, mission_zone: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_zone")
        if mission_zone is not None:
            self.addItem(
                self.tr("Celui de la mission (%1)").replace("%1", zone_place(mission_zone)),
                "",
            )
        words = {
            "Europe/Paris": self.tr("Paris (Europe/Paris)"),
            "America/Toronto": self.tr("Montréal (America/Toronto)"),
            "America/Halifax": self.tr("Îles-de-la-Madeleine (America/Halifax)"),
        }
        for zone in ZONES:
            self.addItem(words[zone], zone)
        if current and self.findData(current) < 0:  # a zone typed elsewhere stays as it is
            self.addItem(f"{zone_place(current)} ({current})", current)
        self.setCurrentIndex(max(0, self.findData(current)))

    def zone(self) -> str:
        return str(self.currentData() or "")

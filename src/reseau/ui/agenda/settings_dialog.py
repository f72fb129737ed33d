"""The thresholds of the agenda checks for one mission: A2 ratio, A4 sectors, A5 frequency,
the mission's time zone and the travel times the coordinator knows."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reseau.core.agenda import CheckSettings
from reseau.core.travel import known_times_text, parse_known_times
from reseau.ui.agenda.zones import ZoneCombo
from reseau.ui.i18n import say
from reseau.ui.widgets.validation import FieldMarker


class AgendaSettingsDialog(QDialog):
    def __init__(self, settings: CheckSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paramètres des vérifications"))
        self.ratio = QDoubleSpinBox()
        self.ratio.setObjectName("ratio")
        self.ratio.setRange(0.1, 10.0)
        self.ratio.setSingleStep(0.25)
        self.ratio.setDecimals(2)
        self.ratio.setLocale(QLocale())  # the UI's language: 1,50 in French, 1.50 in English
        self.ratio.setValue(settings.exchange_ratio)
        self.sectors = QLineEdit("; ".join(settings.required_sectors))
        self.sectors.setObjectName("sectors")
        self.sectors.setMinimumWidth(280)
        self.debrief_days = QSpinBox()
        self.debrief_days.setObjectName("debrief_days")
        self.debrief_days.setRange(1, 30)
        self.debrief_days.setSuffix(self.tr(" jour(s)"))
        self.debrief_days.setValue(settings.debrief_every_days)
        self.time_zone = ZoneCombo(settings.time_zone)
        self.known_times = QPlainTextEdit(known_times_text(settings.known_times))
        self.known_times.setObjectName("known_times")
        self.known_times.setMaximumHeight(110)
        self.known_times.setToolTip(
            self.tr(
                "Un trajet par ligne : « Paris – Rennes 1 h 30 » (train par défaut ; ajoutez voiture, "
                "avion ou à pied). Durée du trajet seul : Réseau ajoute le temps pour rejoindre les gares."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("A2 · temps d'échange ≥ présentations ×"), self.ratio)
        form.addRow(self.tr("A4 · secteurs à rencontrer (séparés par ;)"), self.sectors)
        form.addRow(self.tr("A5 · une rencontre entre participants tous les"), self.debrief_days)
        form.addRow(self.tr("Fuseau horaire de la mission"), self.time_zone)
        form.addRow(self.tr("Temps de trajet connus"), self.known_times)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.marker = FieldMarker(self.error_label)
        Button = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(Button.Save | Button.Cancel)
        buttons.setObjectName("button_box")
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        buttons.accepted.connect(self._on_button_box_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.result_data: CheckSettings | None = None

    def data(self) -> CheckSettings:
        sectors = tuple(s.strip() for s in self.sectors.text().split(";") if s.strip())
        known = parse_known_times(self.known_times.toPlainText()).times
        return CheckSettings(
            self.ratio.value(), sectors, self.debrief_days.value(), self.time_zone.zone(), known
        )

    def _on_button_box_accepted(self) -> None:
        self.marker.clear()
        if not self.data().required_sectors:
            self.marker.mark(self.sectors, self.tr("Indiquez au moins un secteur, p. ex. santé; emploi."))
        problems = parse_known_times(self.known_times.toPlainText()).problems
        if problems:  # nothing typed is dropped: the dialog stays open on the line to fix
            self.marker.mark(self.known_times, "\n".join(say(p) for p in problems))
        if self.marker.has_problems():
            return
        self.result_data = self.data()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, settings: CheckSettings) -> CheckSettings | None:
        dialog = cls(settings, parent)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

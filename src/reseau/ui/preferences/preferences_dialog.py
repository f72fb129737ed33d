"""Préférences: a pure view, Settings in and out (the caller saves them through SettingsStore)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from reseau.core.settings import AgendaSettings, FollowUpSettings, Settings
from reseau.ui.forms.ui_preferences_dialog import Ui_PreferencesDialog


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        message: str = "",
        parent: QWidget | None = None,
        open_backups: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Préférences"))
        # The language names are written in their own language, as everywhere.
        self.ui.language.addItem(self.tr("Selon la langue du système"), "system")
        self.ui.language.addItem("Français", "fr")
        self.ui.language.addItem("English", "en")
        box = self.ui.button_box
        box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        box.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(self.tr("Valeurs par &défaut"))
        box.accepted.connect(self._on_button_box_accepted)
        box.rejected.connect(self.reject)
        box.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._fill(Settings(language=self.settings().language))
        )
        self.ui.database_path_browse.clicked.connect(self._on_database_path_browse_clicked)
        # Backup retention lives in the database (Fichier › Sauvegardes): one place to set it.
        self.ui.open_backups.setEnabled(open_backups is not None)
        if open_backups is not None:
            self.ui.open_backups.clicked.connect(open_backups)
        self.ui.message_label.setText(message)
        self.ui.message_label.setVisible(bool(message))
        self._fill(settings)
        self.result_data: Settings | None = None

    def _fill(self, s: Settings) -> None:
        ui = self.ui
        ui.language.setCurrentIndex(max(0, ui.language.findData(s.language)))
        ui.database_path.setText(s.database_path)
        ui.server_url.setText(s.server_url)
        ui.follow_up_default_days.setValue(s.follow_up.default_days)
        ui.follow_up_due_soon_days.setValue(s.follow_up.due_soon_days)
        ui.follow_up_horizon_days.setValue(s.follow_up.horizon_days)
        ui.agenda_exchange_ratio.setValue(s.agenda.exchange_ratio)
        ui.agenda_required_sectors.setText(", ".join(s.agenda.required_sectors))
        ui.agenda_debrief_every_days.setValue(s.agenda.debrief_every_days)

    def settings(self) -> Settings:
        ui = self.ui
        return Settings(
            language=str(ui.language.currentData()),
            database_path=ui.database_path.text().strip(),
            server_url=ui.server_url.text().strip(),
            follow_up=FollowUpSettings(
                default_days=ui.follow_up_default_days.value(),
                due_soon_days=ui.follow_up_due_soon_days.value(),
                horizon_days=ui.follow_up_horizon_days.value(),
            ),
            agenda=AgendaSettings(
                exchange_ratio=round(ui.agenda_exchange_ratio.value(), 2),
                required_sectors=_split(ui.agenda_required_sectors.text()),
                debrief_every_days=ui.agenda_debrief_every_days.value(),
            ),
        )

    def _on_database_path_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Fichier de base de données"),
            self.ui.database_path.text(),
            self.tr("Base de données Réseau (*.sqlite3 *.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.database_path.setText(path)

    def _on_button_box_accepted(self) -> None:
        url = self.ui.server_url.text().strip()
        if url and "://" not in url:
            self.ui.message_label.setText(
                self.tr(
                    "Adresse du serveur : une adresse comme postgresql+psycopg://serveur/reseau est attendue."
                )
            )
            self.ui.message_label.show()
            self.ui.tabs.setCurrentWidget(self.ui.general_tab)
            self.ui.server_url.setFocus()
            return
        self.result_data = self.settings()
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: Settings,
        message: str = "",
        open_backups: Callable[[], None] | None = None,
    ) -> Settings | None:
        dialog = cls(settings, message, parent, open_backups)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

"""Change the status of an exchange: the new status, the date it happened, why (optional)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from reseau.core.enums import ExchangeStatus
from reseau.ui.exchanges.exchange_dialog_lists import fill_enum_combo
from reseau.ui.forms.ui_exchange_status_dialog import Ui_ExchangeStatusDialog
from reseau.ui.i18n import label
from reseau.ui.widgets.date_field import date_problems
from reseau.ui.widgets.validation import FieldMarker


@dataclass(frozen=True)
class StatusChoice:
    status: ExchangeStatus
    when: date
    note: str


class ExchangeStatusDialog(QDialog):
    def __init__(
        self, title: str, current: ExchangeStatus, lang: str = "fr", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExchangeStatusDialog()
        self.ui.setupUi(self)
        self._current = current
        self.setWindowTitle(self.tr("Changer le statut"))
        self.ui.exchange_label.setText(
            self.tr("<b>%1</b><br>Statut actuel : %2")
            .replace("%1", title)
            .replace("%2", label(current, lang))
        )
        fill_enum_combo(self.ui.status, list(ExchangeStatus), lang)
        order = list(ExchangeStatus)
        # Offer the next step by default: that is what the user changes it to most often.
        if current == ExchangeStatus.CANCELLED:
            following = ExchangeStatus.IDEA  # revived
        else:
            following = order[min(order.index(current) + 1, order.index(ExchangeStatus.ASSESSED))]
        self.ui.status.setCurrentIndex(self.ui.status.findData(following.value))
        self.ui.when.setMaximumDate(QDate.currentDate())
        self.ui.when.setDate(QDate.currentDate())
        self.marker = FieldMarker(self.ui.error_label)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.result_data: StatusChoice | None = None

    def data(self) -> StatusChoice:
        when = self.ui.when.date()
        return StatusChoice(
            ExchangeStatus(self.ui.status.currentData()),
            date(when.year(), when.month(), when.day()),
            self.ui.note.toPlainText().strip(),
        )

    def _on_button_box_accepted(self) -> None:
        self.marker.clear()
        for field, problem in date_problems(self.ui.when):
            self.marker.mark(field, problem)
            return
        choice = self.data()
        if choice.status == self._current and not choice.note:
            self.marker.mark(
                self.ui.status, self.tr("Choisissez un autre statut, ou notez pourquoi vous le confirmez.")
            )
            return
        self.result_data = choice
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, current: ExchangeStatus, lang: str = "fr"
    ) -> StatusChoice | None:
        dialog = cls(title, current, lang, parent)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

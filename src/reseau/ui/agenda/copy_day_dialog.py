"""Pick the day to copy and the day to copy it to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from reseau.ui.agenda.grid import day_heading


class CopyDayDialog(QDialog):
    def __init__(self, days: Sequence[date], source: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copier une journée"))
        self.source = QComboBox()
        self.source.setObjectName("source")
        self.target = QComboBox()
        self.target.setObjectName("target")
        for combo in (self.source, self.target):
            for day in days:
                combo.addItem(day_heading(day), day)
        if source is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(source)))
        self.target.setCurrentIndex(min(len(days) - 1, self.source.currentIndex() + 1))
        form = QFormLayout()
        form.addRow(self.tr("Copier les créneaux du"), self.source)
        form.addRow(self.tr("vers le"), self.target)
        Button = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(Button.Ok | Button.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Copier"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def days(self) -> tuple[date, date]:
        return self.source.currentData(), self.target.currentData()

    @classmethod
    def ask(
        cls, parent: QWidget | None, days: Sequence[date], source: date | None
    ) -> tuple[date, date] | None:
        dialog = cls(days, source, parent)
        return dialog.days() if dialog.exec() == QDialog.DialogCode.Accepted else None

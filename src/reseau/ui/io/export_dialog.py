"""Export a selection of persons (CSV, XLSX, vCard, PDF) or copy their e-mail addresses.

The selection and the file are made off the GUI thread; the PDF is laid out by Qt on the GUI
thread from the plain rows the query returned.
"""

from __future__ import annotations

import locale
import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reseau.core.enums import Country
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.io.csv_write import default_delimiter
from reseau.services.io.export_contacts import (
    ExportCancelled,
    ExportChoices,
    ExportedPerson,
    ExportFilter,
)
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import label, say
from reseau.ui.ops import io as io_ops
from reseau.ui.ops import reports as report_ops

FORMATS = (
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (tableur, publipostage)"), "csv"),
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Classeur Excel (.xlsx)"), "xlsx"),
    ("vcf", QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0 (carnet d'adresses)"), "vcf"),
    ("vcf3", QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 (anciens carnets)"), "vcf"),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "Liste des participants (PDF)"), "pdf"),
)


class _Progress(QObject):
    """Carries the writer's progress from the worker thread to the GUI thread."""

    rows = Signal(int)


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Exporter des contacts"))
        self.resize(560, 0)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("format")
        for code, text, _ in FORMATS:
            self.format.addItem(self.tr(text), code)
        self.countries: dict[Country, QCheckBox] = {}
        country_row = QHBoxLayout()
        for country in Country:
            box = QCheckBox(label(country))
            box.setObjectName(f"country_{country.value}")
            self.countries[country] = box
            country_row.addWidget(box)
        country_row.addStretch(1)
        self.organization = self._combo("organization")
        self.theme = self._combo("theme")
        self.exchange = self._combo("exchange")
        self.tag = self._combo("tag")
        self.sector = self._combo("sector")
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiter")
        self.delimiter.addItem(self.tr("point-virgule ( ; ) — Excel en français"), ";")
        self.delimiter.addItem(self.tr("virgule ( , )"), ",")
        self.delimiter.addItem(self.tr("tabulation"), "\t")
        # Excel separates CSV fields with ";" wherever the decimal separator is a comma.
        if QLocale.system().decimalPoint() != "," and default_delimiter(locale.getlocale()[0] or "fr") == ",":
            self.delimiter.setCurrentIndex(1)
        self.group_by = QComboBox()
        self.group_by.setObjectName("group_by")
        self.group_by.addItem(self.tr("pays"), "country")
        self.group_by.addItem(self.tr("organisation"), "organization")
        self.include_dnc = QCheckBox(self.tr("Inclure les personnes qui ne veulent pas être contactées"))
        self.include_dnc.setObjectName("include_do_not_contact")
        form.addRow(self.tr("&Format :"), self.format)
        form.addRow(self.tr("Pays :"), country_row)
        form.addRow(self.tr("&Organisation :"), self.organization)
        form.addRow(self.tr("&Thème :"), self.theme)
        form.addRow(self.tr("É&change (participants) :"), self.exchange)
        form.addRow(self.tr("É&tiquette :"), self.tag)
        form.addRow(self.tr("&Secteur :"), self.sector)
        form.addRow(self.tr("Sé&parateur CSV :"), self.delimiter)
        form.addRow(self.tr("&Regrouper le PDF par :"), self.group_by)
        form.addRow(self.include_dnc)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Fichier :"), path_row)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("&Arrêter"))
        self.stop_button.setObjectName("stop_button")
        self.stop_button.hide()
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self._cancel = threading.Event()
        self._signals = _Progress(self)
        self._signals.rows.connect(self._on_rows, Qt.ConnectionType.QueuedConnection)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("Copier les adresses &courriel"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copy_emails_button")
        self.export_button = buttons.addButton(self.tr("E&xporter"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        buttons.addButton(self.tr("&Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop_button)
        layout.addLayout(running)
        layout.addWidget(buttons)
        self._on_format_changed()
        io_ops.choices(context.runner).success(self._fill_choices).run()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(toutes)") if name != "exchange" else self.tr("(tous)"), None)
        combo.setMaximumWidth(420)
        return combo

    def _fill_choices(self, choices: ExportChoices) -> None:
        for ident, text in choices.organizations:
            self.organization.addItem(text, ident)
        for ident, text in choices.themes:
            self.theme.addItem(text, ident)
        for ident, text in choices.exchanges:
            self.exchange.addItem(text, ident)
        for name in choices.tags:
            self.tag.addItem(name, name)
        for name in choices.sectors:
            self.sector.addItem(name, name)

    def _on_format_changed(self) -> None:
        fmt = self.format.currentData()
        self.delimiter.setEnabled(fmt == "csv")
        self.group_by.setEnabled(fmt == "pdf")
        self.include_dnc.setChecked(fmt == "pdf")  # a printed list is no mailing
        current = self.path.text().strip()
        if current:
            extension = next(ext for code, _, ext in FORMATS if code == fmt)
            self.path.setText(str(Path(current).with_suffix(f".{extension}")))

    def _on_browse_clicked(self) -> None:
        extension = next(ext for code, _, ext in FORMATS if code == self.format.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter vers"), f"contacts.{extension}", f"*.{extension}"
        )
        if path:
            self.path.setText(path)

    def selection(self, for_emails: bool = False) -> ExportFilter:
        def chosen(combo: QComboBox) -> tuple[int, ...]:
            value = combo.currentData()
            return (value,) if value is not None else ()

        return ExportFilter(
            countries=tuple(c for c, box in self.countries.items() if box.isChecked()),
            sector=self.sector.currentData() or "",
            organization_ids=chosen(self.organization),
            theme_ids=chosen(self.theme),
            exchange_id=self.exchange.currentData(),
            tag=self.tag.currentData() or "",
            include_do_not_contact=self.include_dnc.isChecked() and not for_emails,
        )

    def _on_export_button_clicked(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choisissez d'abord le fichier à écrire."))
            return
        path, fmt, flt = Path(text), self.format.currentData(), self.selection()
        delimiter = self.delimiter.currentData()
        by = self.group_by.currentData()
        self._running(True)
        self.status.setText(self.tr("Export en cours…"))
        self._cancel.clear()
        cancel, signals = self._cancel, self._signals

        def done(written: tuple[int, list[ExportedPerson]]) -> None:
            count, persons = written
            if fmt == "pdf":  # laid out off the GUI thread too
                report_ops.participants_pdf(self.context.runner, persons, path, by).success(
                    lambda _path: exported(count)
                ).failure(failed).run()
                return
            exported(count)

        def exported(count: int) -> None:
            self._running(False)
            self.status.setText(
                self.tr("%1 personnes exportées dans %2.").replace("%1", str(count)).replace("%2", str(path))
            )

        def failed(error: BaseException) -> None:
            self._running(False)
            if isinstance(error, ExportCancelled):
                self.status.setText(say(error.message))
                return
            self.status.clear()
            show_error(self, self.tr("Export"), error)

        io_ops.export_persons(
            self.context.runner, flt, fmt, path, delimiter, signals.rows.emit, cancel.is_set
        ).success(done).failure(failed).run()

    def _running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)

    def _on_rows(self, rows: int) -> None:
        self.status.setText(self.tr("Export en cours… %s personnes écrites") % rows)

    def _on_stop_button_clicked(self) -> None:
        self.stop_button.setEnabled(False)
        self._cancel.set()

    def _on_copy_button_clicked(self) -> None:
        flt = self.selection(for_emails=True)

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            count = text.count("@")
            self.status.setText(
                self.tr(
                    "%s adresses copiées (sans les personnes à ne pas contacter) : "
                    "collez-les dans le champ À ou Cci."
                )
                % count
            )

        io_ops.email_list(self.context.runner, flt).success(copied).run()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> None:
        cls(context, parent).exec()

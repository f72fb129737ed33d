"""The import wizard: file, what was detected, columns, preview, duplicates, then the report.

Pages are built in code: the mapping page has one row per column of the file, known only at
run time. The import itself runs on the writer thread (:class:`ImportJob`) with a progress
count and a cancel button; nothing is written until it finishes.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reseau.core.messages import as_message
from reseau.core.normalize import display_name
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.io.contacts_file import ContactsFile, mapping_for, open_contacts, read_contacts, reinspect
from reseau.io.csv_formats import FIELDS
from reseau.io.records import ContactRecord, NotAContactsFile, RowProblem
from reseau.services.io.import_contacts import (
    ImportReport,
)
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import describe
from reseau.ui.i18n import say
from reseau.ui.io.import_run_pages import PolicyPage, ResultPage
from reseau.ui.ops import io as io_ops
from reseau.ui.widgets.row_table_model import Column, RowTableModel

PAGE_FILE, PAGE_DETECTED, PAGE_MAPPING, PAGE_PREVIEW, PAGE_POLICY, PAGE_RESULT = range(6)
PREVIEW = 20
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("DetectedPage", "UTF-8 avec BOM"),
    "utf-16": "UTF-16 (BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "cp1252": QT_TRANSLATE_NOOP("DetectedPage", "Windows-1252 (Excel français)"),
}
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("DetectedPage", "virgule ( , )"),
    ";": QT_TRANSLATE_NOOP("DetectedPage", "point-virgule ( ; )"),
    "\t": QT_TRANSLATE_NOOP("DetectedPage", "tabulation"),
}

# Outlook splits addresses into parts (csv_formats.ADDRESS_PARTS): their names in the mapping.
ADDRESS_PART_NAMES = {
    "street": QT_TRANSLATE_NOOP("MappingPage", "rue"),
    "street2": QT_TRANSLATE_NOOP("MappingPage", "rue, 2e ligne"),
    "street3": QT_TRANSLATE_NOOP("MappingPage", "rue, 3e ligne"),
    "pobox": QT_TRANSLATE_NOOP("MappingPage", "case postale"),
    "city": QT_TRANSLATE_NOOP("MappingPage", "ville"),
    "region": QT_TRANSLATE_NOOP("MappingPage", "province ou région"),
    "postal": QT_TRANSLATE_NOOP("MappingPage", "code postal"),
    "country": QT_TRANSLATE_NOOP("MappingPage", "pays"),
}


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(
            self.tr("Un fichier CSV (Excel, Outlook, Google Contacts, Thunderbird, Réseau) ou vCard (.vcf).")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.setObjectName("browse_button")
        browse.clicked.connect(self._on_browse_button_clicked)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer des contacts"),
            "",
            self.tr("Contacts (*.csv *.txt *.vcf *.vcard);;Tous (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wiz.source = open_contacts(Path(self.path_edit.text().strip()))
        except (NotAContactsFile, OSError) as exc:
            self.error_label.setText(self.tr("Ce fichier ne peut pas être importé : %s") % _problem(exc))
            return False
        self.error_label.clear()
        return True


class DetectedPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Ce que Réseau a reconnu"))
        self.form = QFormLayout(self)
        self.format_label = QLabel()
        self.encoding_label = QComboBox()
        self.encoding_label.setObjectName("encoding")
        for code, name in ENCODING_NAMES.items():
            self.encoding_label.addItem(self.tr(name), code)
        self.delimiter_label = QComboBox()
        self.delimiter_label.setObjectName("delimiter")
        for code, name in DELIMITER_NAMES.items():
            self.delimiter_label.addItem(self.tr(name), code)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("sample")
        self.sample_label.setWordWrap(True)
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("mojibake_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a5a00")
        self.form.addRow(self.tr("Format :"), self.format_label)
        self.form.addRow(self.tr("Encodage :"), self.encoding_label)
        self.form.addRow(self.tr("Séparateur :"), self.delimiter_label)
        self.form.addRow(self.tr("Colonnes :"), self.columns_label)
        self.form.addRow(self.tr("Première fiche :"), self.sample_label)
        self.form.addRow(self.warning_label)
        self.encoding_label.activated.connect(self._on_encoding_activated)
        self.delimiter_label.activated.connect(self._on_encoding_activated)

    def initializePage(self) -> None:
        source = self.wiz.source
        assert source is not None
        self.format_label.setText(say(source.format_name))
        info = source.csv
        is_csv = info is not None
        self.encoding_label.setEnabled(is_csv)
        self.delimiter_label.setEnabled(is_csv)
        if info is None:
            self.encoding_label.setCurrentIndex(self.encoding_label.findData("utf-8"))
            self.columns_label.setText(
                self.tr("fiches vCard (chacune selon son CHARSET) : nom, organisation, fonction, courriels…")
            )
            self.sample_label.clear()
            self.warning_label.clear()
            return
        self.encoding_label.setCurrentIndex(max(self.encoding_label.findData(info.encoding), 0))
        self.delimiter_label.setCurrentIndex(max(self.delimiter_label.findData(info.delimiter), 0))
        first = info.preview[0] if info.preview else ()
        self.sample_label.setText(" | ".join(cell for cell in first[:6] if cell.strip())[:200])
        known = sum(1 for f in mapping_for(info, None) if f)
        self.columns_label.setText(
            self.tr("%1 colonnes, dont %2 reconnues")
            .replace("%1", str(len(info.headers)))
            .replace("%2", str(known))
        )
        self.warning_label.setText(
            self.tr(
                "⚠ L'aperçu contient des caractères du genre « Ã© » : le fichier semble avoir été "
                "converti deux fois. Vérifiez les accents dans l'aperçu avant d'importer."
            )
            if info.mojibake
            else ""
        )

    def _on_encoding_activated(self, _index: int) -> None:
        source = self.wiz.source
        if source is None or source.csv is None:
            return
        try:
            self.wiz.source = reinspect(
                source, self.encoding_label.currentData(), self.delimiter_label.currentData()
            )
        except (NotAContactsFile, OSError, UnicodeError) as exc:
            self.warning_label.setText(self.tr("Lecture impossible ainsi : %s") % _problem(exc))
            return
        self.initializePage()

    def nextId(self) -> int:
        source = self.wiz.source
        return PAGE_MAPPING if source is not None and source.csv is not None else PAGE_PREVIEW


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(self.tr("Pour chaque colonne du fichier, le champ de Réseau qu'elle remplit."))
        self.saved = QComboBox()
        self.saved.setObjectName("saved_mappings")
        self.save_name = QLineEdit()
        self.save_name.setObjectName("mapping_name")
        self.save_name.setPlaceholderText(self.tr("Nom de la correspondance"))
        save = QPushButton(self.tr("&Enregistrer"))
        save.setObjectName("save_mapping_button")
        save.clicked.connect(self._on_save_mapping_button_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Correspondance enregistrée :")))
        top.addWidget(self.saved, 1)
        top.addWidget(self.save_name, 1)
        top.addWidget(save)
        self.grid_host = QWidget()
        self.grid = QFormLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.combos: list[QComboBox] = []
        self.saved.activated.connect(self._on_saved_activated)

    def initializePage(self) -> None:
        info = self.wiz.source.csv if self.wiz.source else None
        assert info is not None
        while self.grid.rowCount():
            self.grid.removeRow(0)
        self.combos = []
        defaults = mapping_for(info, self.wiz.columns)
        for header, field in zip(info.headers, defaults, strict=True):
            combo = QComboBox()
            combo.addItem(self.tr("(ignorer)"), "")
            for code, name in FIELDS.items():
                combo.addItem(say(name), code)
            if field and field.startswith("adr."):
                part = field.split(".")[-1]
                part_name = self.tr(ADDRESS_PART_NAMES[part]) if part in ADDRESS_PART_NAMES else part
                combo.addItem(self.tr("Adresse (partie : %s)") % part_name, field)
            combo.setCurrentIndex(max(combo.findData(field or ""), 0))
            self.grid.addRow(header or self.tr("(sans titre)"), combo)
            self.combos.append(combo)
        io_ops.mapping_names(self.wiz.context.runner).success(self._fill_saved).run()

    def _fill_saved(self, names: list[str]) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("(selon les en-têtes)"), "")
        for name in names:
            self.saved.addItem(name, name)

    def _on_saved_activated(self, index: int) -> None:
        name = self.saved.itemData(index)
        if not name:
            self.wiz.columns = None
            self.initializePage()
            return

        def loaded(columns: dict[str, str]) -> None:
            self.wiz.columns = columns
            self.initializePage()
            self.saved.setCurrentIndex(self.saved.findData(name))

        io_ops.load_mapping(self.wiz.context.runner, name).success(loaded).run()

    def current_columns(self) -> dict[str, str]:
        info = self.wiz.source.csv if self.wiz.source else None
        assert info is not None
        return {h: c.currentData() or "" for h, c in zip(info.headers, self.combos, strict=True)}

    def _on_save_mapping_button_clicked(self) -> None:
        name = self.save_name.text().strip()
        if not name:
            self.save_name.setFocus()
            return
        columns = self.current_columns()
        io_ops.save_mapping(self.wiz.context.runner, name, columns).success(
            lambda _: self.save_name.setPlaceholderText(self.tr("« %s » enregistrée") % name)
        ).run()
        self.save_name.clear()

    def validatePage(self) -> bool:
        self.wiz.columns = self.current_columns()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Aperçu des premières fiches"))
        self.model: RowTableModel[ContactRecord | RowProblem] = RowTableModel(
            [
                Column(self.tr("Ligne"), lambda r: str(r.line)),
                Column(self.tr("Nom"), _preview_name),
                Column(self.tr("Fonction"), lambda r: getattr(r, "title", "")),
                Column(self.tr("Organisation"), lambda r: getattr(r, "organization", "")),
                Column(self.tr("Courriel"), lambda r: ", ".join(getattr(r, "emails", []))),
                Column(self.tr("Téléphone"), lambda r: ", ".join(getattr(r, "phones", []))),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("preview_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        source = self.wiz.source
        assert source is not None
        try:
            rows = list(islice(read_contacts(source, self.wiz.columns), PREVIEW))
        except (NotAContactsFile, OSError) as exc:
            why = exc.message if isinstance(exc, NotAContactsFile) else as_message(describe(exc))
            rows = [RowProblem(0, why)]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()


def _preview_name(record: ContactRecord | RowProblem) -> str:
    if isinstance(record, RowProblem):
        return "⚠ " + say(record.message)
    return display_name(record.first_name, record.last_name) or record.full_name


def _problem(error: BaseException) -> str:
    """Why a file cannot be read, in the UI's language (an OS error names the file and the
    system's reason)."""
    return describe(error)


class ImportWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: ContactsFile | None = None
        self.columns: dict[str, str] | None = None
        self.setWindowTitle(self.tr("Importer des contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(760, 540)
        self.file_page = FilePage(self)
        self.policy_page = PolicyPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_DETECTED, DetectedPage(self))
        self.setPage(PAGE_MAPPING, MappingPage(self))
        self.setPage(PAGE_PREVIEW, PreviewPage(self))
        self.setPage(PAGE_POLICY, self.policy_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Annuler"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)

    def reject(self) -> None:
        # Closing during an import cancels it (the transaction rolls back).
        if self.currentId() == PAGE_RESULT and self.result_page.report is None:
            self.result_page.job.cancel()
        super().reject()

    @classmethod
    def run(cls, context: AppContext, parent: QWidget | None = None) -> ImportReport | None:
        wizard = cls(context, parent)
        wizard.exec()
        return wizard.result_page.report

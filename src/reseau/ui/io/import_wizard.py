"""The import wizard: file, what was detected, columns, preview, duplicates, then the report.

Pages are built in code: the mapping page has one row per column of the file, known only at
run time. The import itself runs on the writer thread (:class:`ImportJob`) with a progress
count and a cancel button; nothing is written until it finishes.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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

from reseau.core.enums import Country
from reseau.core.labels import label
from reseau.core.messages import as_message
from reseau.core.normalize import display_name
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.io.contacts_file import (
    ContactsFile,
    column_report,
    mapping_for,
    open_contacts,
    read_contacts,
    reinspect,
    vcard_eight_bit_text,
)
from reseau.io.csv_formats import FIELDS, FORMAT_NAMES, KEEP, PRESETS, field_name
from reseau.io.records import ContactRecord, NotAContactsFile, OrganizationRecord, RowProblem
from reseau.io.vcard_read import EIGHT_BIT
from reseau.io.vcard_read import ENCODING_NAMES as VCARD_ENCODINGS
from reseau.services.io.import_contacts import (
    ImportReport,
)
from reseau.services.io.import_plan import guess_country
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
    "type": QT_TRANSLATE_NOOP("MappingPage", "type"),
    "formatted": QT_TRANSLATE_NOOP("MappingPage", "adresse entière"),
}


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(
            self.tr(
                "Un fichier CSV (Excel, Outlook, Google Contacts, Thunderbird, Réseau), "
                "un classeur Excel (.xlsx) ou vCard (.vcf)."
            )
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
            self.tr("Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;Tous (*)"),
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
        is_csv = info is not None and source.kind == "csv"  # a workbook has no encoding to choose
        self.encoding_label.setEnabled(is_csv)
        self.delimiter_label.setEnabled(is_csv)
        if info is None:
            self.columns_label.setText(
                self.tr("fiches vCard (chacune selon son CHARSET) : nom, organisation, fonction, courriels…")
            )
            self._show_vcard_text(source)
            return
        self.encoding_label.setCurrentIndex(max(self.encoding_label.findData(info.encoding), 0))
        self.delimiter_label.setCurrentIndex(max(self.delimiter_label.findData(info.delimiter), 0))
        first = info.preview[0] if info.preview else ()
        self.sample_label.setText(" | ".join(cell for cell in first[:6] if cell.strip())[:200])
        known = sum(1 for f in mapping_for(info, None) if f and f != KEEP)
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

    def _show_vcard_text(self, source: ContactsFile) -> None:
        """A vCard's 8-bit text without CHARSET: the guessed encoding, the evidence, a choice."""
        self.warning_label.clear()
        try:
            text = vcard_eight_bit_text(source)
        except (NotAContactsFile, OSError) as exc:
            text = None
            self.warning_label.setText(self.tr("Lecture impossible ainsi : %s") % _problem(exc))
        self.encoding_label.setEnabled(text is not None)
        if text is None:
            self.encoding_label.setCurrentIndex(self.encoding_label.findData("utf-8"))
            self.sample_label.clear()
            return
        for code in EIGHT_BIT:
            if self.encoding_label.findData(code) < 0:
                self.encoding_label.addItem(VCARD_ENCODINGS.get(code, code), code)
        chosen = source.eight_bit or text.guess.encoding
        self.encoding_label.setCurrentIndex(max(self.encoding_label.findData(chosen), 0))
        self.sample_label.setText(text.reading(chosen))
        if source.eight_bit is None and not text.guess.sure:
            self.warning_label.setText(
                self.tr(
                    "⚠ Texte sans CHARSET en 8 bits : encodage deviné sans certitude (en %1, ce serait "
                    "« %2 »). Choisissez l'encodage qui donne les bons accents."
                )
                .replace("%1", VCARD_ENCODINGS.get(text.guess.other, text.guess.other))
                .replace("%2", text.reading(text.guess.other))
            )

    def _on_encoding_activated(self, _index: int) -> None:
        source = self.wiz.source
        if source is not None and source.csv is None:
            code = self.encoding_label.currentData()
            if code in EIGHT_BIT:
                self.wiz.source = replace(source, eight_bit=code)
            self.initializePage()
            return
        if source is None or source.csv is None or source.kind != "csv":
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
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        self.preset.setToolTip(
            self.tr(
                "Le programme qui a écrit le fichier : "
                "il décide du sens de quelques en-têtes et des colonnes sans information."
            )
        )
        for code in PRESETS:
            self.preset.addItem(say(FORMAT_NAMES[code]), code)
        self.preset.activated.connect(self._on_preset_activated)
        self.fates_label = QLabel()
        self.fates_label.setObjectName("column_fates")
        self.fates_label.setWordWrap(True)
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
        preset_row = QHBoxLayout()
        preset_row.addWidget(QLabel(self.tr("Programme (préréglage) :")))
        preset_row.addWidget(self.preset, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(preset_row)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.fates_label)
        self.combos: list[QComboBox] = []
        self.saved.activated.connect(self._on_saved_activated)

    def initializePage(self) -> None:
        info = self.wiz.source.csv if self.wiz.source else None
        assert info is not None
        while self.grid.rowCount():
            self.grid.removeRow(0)
        self.combos = []
        preset = self.wiz.preset or info.format_code
        self.preset.setCurrentIndex(max(self.preset.findData(preset), 0))
        defaults = mapping_for(info, self.wiz.columns, preset)
        for header, field in zip(info.headers, defaults, strict=True):
            combo = QComboBox()
            combo.addItem(self.tr("(ignorer)"), "")
            for code, name in FIELDS.items():
                combo.addItem(say(name), code)
            if field and field.startswith("adr."):
                part = field.split(".")[-1]
                part_name = self.tr(ADDRESS_PART_NAMES[part]) if part in ADDRESS_PART_NAMES else part
                combo.addItem(self.tr("Adresse (partie : %s)") % part_name, field)
            elif field and field not in FIELDS:  # Google's numbered pairs: "E-mail 2 - Type"
                combo.addItem(say(field_name(field)), field)
            combo.setCurrentIndex(max(combo.findData(field or ""), 0))
            combo.activated.connect(self._show_fates)
            self.grid.addRow(header or self.tr("(sans titre)"), combo)
            self.combos.append(combo)
        self._show_fates()
        io_ops.mapping_names(self.wiz.context.runner).success(self._fill_saved).run()

    def _on_preset_activated(self, _index: int) -> None:
        """A program chosen by hand: the columns are read again as that program writes them."""
        self.wiz.preset = self.preset.currentData()
        self.wiz.columns = None
        self.initializePage()

    def _show_fates(self, *_: object) -> None:
        """The columns that feed no field, and what becomes of them, under the grid."""
        source = self.wiz.source
        if source is None:
            return
        fates = column_report(source, self.current_columns(), self.wiz.preset)
        self.fates_label.setText(
            self.tr("Colonnes non reconnues : %s").replace("%s", " ; ".join(say(f.message) for f in fates))
            if fates
            else self.tr("Toutes les colonnes remplissent un champ de Réseau.")
        )

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


COUNTRY_CHOICES = (Country.QUEBEC, Country.FRANCE, Country.OTHER)


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
                Column(self.tr("Pays"), self._country),
                Column(self.tr("Pourquoi"), self._why),
            ]
        )
        self.country = QComboBox()
        self.country.setObjectName("default_country")
        for country in COUNTRY_CHOICES:
            self.country.addItem(label(country), country.value)
        self.country.setToolTip(
            self.tr(
                "Le pays de chaque fiche vient de ses indices (colonne Pays, indicatif +33 ou +1, "
                "code postal, domaine .fr ou .qc.ca) ; ce choix vaut pour les fiches sans indice."
            )
        )
        self.country.activated.connect(self._on_country_activated)
        self.table = QTableView()
        self.table.setObjectName("preview_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pays des fiches sans indice :")))
        top.addWidget(self.country)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _guess(self, record: ContactRecord | RowProblem) -> tuple[str, str]:
        if isinstance(record, RowProblem):
            return "", ""
        guess = guess_country(record, self.wiz.default_country)
        return label(guess.country), say(guess.evidence)

    def _country(self, record: ContactRecord | RowProblem) -> str:
        return self._guess(record)[0]

    def _why(self, record: ContactRecord | RowProblem) -> str:
        return self._guess(record)[1]

    def _on_country_activated(self, _index: int) -> None:
        self.wiz.default_country = Country(self.country.currentData())
        self.model.set_rows(self.model.rows())
        self.table.resizeColumnsToContents()

    def initializePage(self) -> None:
        self.country.setCurrentIndex(max(self.country.findData(self.wiz.default_country.value), 0))
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
    if isinstance(record, OrganizationRecord):  # a company card: imported as an organization
        label = QCoreApplication.translate("PreviewPage", "%1 (organisation)")
        return label.replace("%1", record.organization)
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
        self.preset: str | None = None  # chosen by hand on the mapping page; None: detected
        self.default_country = Country.QUEBEC  # for rows without evidence of their country
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
    def run(
        cls, context: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> ImportReport | None:
        wizard = cls(context, parent)
        if path is not None:
            wizard.file_page.path_edit.setText(str(path))
        wizard.exec()
        return wizard.result_page.report

"""The import wizard's last two pages: the duplicate policy, then the run and its report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from reseau.core.messages import as_message
from reseau.io.contacts_file import column_report
from reseau.services.io.import_contacts import (
    STATUS_LABELS,
    DuplicatePolicy,
    ImportLine,
    ImportOptions,
    ImportReport,
)
from reseau.ui.error_dialogs import describe
from reseau.ui.i18n import say
from reseau.ui.io.import_worker import ImportJob
from reseau.ui.widgets.row_table_model import Column, RowTableModel

if TYPE_CHECKING:
    from reseau.ui.io.import_wizard import ImportWizard


class PolicyPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Doublons"))
        self.setSubTitle(
            self.tr(
                "Une ligne est la même personne qu'une fiche si elle a le même courriel, ou le même nom "
                "avec la même organisation, le même téléphone ou le même domaine de courriel. Un nom "
                "seul ou un téléphone seul (un standard) ne suffit pas : la ligne est créée et signalée "
                "comme doublon possible, à vérifier dans Outils › Doublons."
            )
        )
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        choices = (
            (DuplicatePolicy.SKIP, self.tr("&Ignorer la ligne : la fiche existante reste telle quelle")),
            (DuplicatePolicy.FILL, self.tr("&Compléter les champs vides de la fiche existante")),
            (DuplicatePolicy.UPDATE, self.tr("&Remplacer par les valeurs du fichier")),
            (DuplicatePolicy.CREATE, self.tr("Créer &quand même une nouvelle fiche")),
        )
        for index, (policy, text) in enumerate(choices):
            button = QRadioButton(text)
            button.setObjectName(f"policy_{policy.value}")
            button.setChecked(index == 0)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.policies = [p for p, _ in choices]
        layout.addSpacing(12)
        self.all_or_nothing = QCheckBox(self.tr("&Tout ou rien : n'importer rien si une ligne est rejetée"))
        self.all_or_nothing.setObjectName("all_or_nothing")
        self.dry_run = QCheckBox(self.tr("&Essai à blanc : tout vérifier sans rien enregistrer"))
        self.dry_run.setObjectName("dry_run")
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.dry_run)
        layout.addStretch(1)

    def options(self) -> ImportOptions:
        return ImportOptions(
            policy=self.policies[self.group.checkedId()],
            all_or_nothing=self.all_or_nothing.isChecked(),
            dry_run=self.dry_run.isChecked(),
            default_country=self.wiz.default_country,
        )


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setObjectName("result_summary")
        self.status.setWordWrap(True)
        # How many persons were filed under each country and on what evidence, then what
        # became of the columns that feed no field.
        self.details = QLabel()
        self.details.setObjectName("result_details")
        self.details.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # rows are streamed: the total is unknown
        self.cancel_button = QPushButton(self.tr("&Arrêter l'import"))
        self.cancel_button.setObjectName("cancel_import_button")
        self.cancel_button.clicked.connect(self._on_cancel_import_button_clicked)
        self.model: RowTableModel[ImportLine] = RowTableModel(
            [
                Column(self.tr("Ligne"), lambda r: str(r.line), lambda r: r.line),
                Column(self.tr("Résultat"), lambda r: say(STATUS_LABELS[r.status])),
                Column(self.tr("Détail"), lambda r: say(r.message) if r.message else ""),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("report_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.report: ImportReport | None = None
        self.job = ImportJob(wizard.context, self)
        self.job.progress.connect(self._on_job_progress)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)

    def initializePage(self) -> None:
        self.report = None
        self.details.clear()
        self.model.set_rows([])
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Import en cours…"))
        assert self.wiz.source is not None
        self.job.start(self.wiz.source, self.wiz.columns, self.wiz.policy_page.options())

    def isComplete(self) -> bool:
        return self.report is not None

    def _on_cancel_import_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Arrêt demandé : annulation de ce qui a été lu…"))
        self.job.cancel()

    def _on_job_progress(self, rows: int) -> None:
        self.status.setText(self.tr("Import en cours… %s lignes lues") % rows)

    def _done(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()

    def _on_job_finished(self, report: ImportReport) -> None:
        self.report = report
        summary = (
            self.tr("%1 créées, %2 mises à jour, %3 ignorées, %4 rejetées.")
            .replace("%1", str(report.created))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.skipped))
            .replace("%4", str(report.rejected))
        )
        if report.organizations_created:  # company cards of a vCard file
            summary += " " + self.tr("%n organisation(s) créée(s).", "", report.organizations_created)
        if report.applied:
            text = self.tr("Import terminé (n° %1) : ").replace("%1", str(report.batch_id)) + summary
            text += self.tr(" Fichier > Annuler le dernier import le défait en entier.")
        else:
            reason = say(report.reason) + ". " if report.reason else ""
            text = reason + self.tr("Résultat prévu : ") + summary
        if report.created_lines:
            text += "\n" + self.tr("Lignes créées : %s") % report.created_text()
        if report.possible:
            text += "\n" + self.tr(
                "Doublons possibles (même nom seulement ou même téléphone seulement) : %1, "
                "créés à part et listés ci-dessous, à vérifier dans Outils › Doublons."
            ).replace("%1", str(report.possible))
        self.status.setText(text)
        details = [self.tr("Pays des fiches créées, d'après :")] if report.country_lines() else []
        details += ["  " + say(line) for line in report.country_lines()]
        assert self.wiz.source is not None
        fates = column_report(self.wiz.source, self.wiz.columns, self.wiz.preset)
        if fates:
            details.append(self.tr("Colonnes non reconnues :"))
            details += ["  " + say(fate.message) for fate in fates]
        self.details.setText("\n".join(details))
        self.model.set_rows(list(report.lines))
        self.table.resizeColumnsToContents()
        self._done()

    def _on_job_failed(self, error: BaseException) -> None:
        self.report = ImportReport("", 0, 0, 0, 0, (), applied=False, reason=as_message(describe(error)))
        self.status.setText(self.tr("L'import a échoué ; rien n'a été enregistré : %s") % describe(error))
        self._done()

"""Create or edit an exchange (mission, stage, visit...): a pure view, ExchangeInput in and out.

The lists of people, organizations and themes to choose from come in as an ExchangeChoices DTO;
the dialog checks what it can see (title, dates in order, no pair twice) and the service checks
again when saving.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from reseau.core.enums import (
    AgreementStatus,
    Direction,
    ExchangeKind,
    ExchangeStatus,
    OrgRole,
    ParticipantRole,
)
from reseau.services.exchanges.records import (
    ExchangeChoices,
    ExchangeInput,
    ObjectiveInput,
    OrganizationLink,
    ParticipantInput,
)
from reseau.ui.exchanges.exchange_dialog_lists import (
    CODE_ROLE,
    AssessmentDelegate,
    EnterRunsAction,
    ObjectiveList,
    PairList,
    chosen_id,
    fill_choice_combo,
    fill_enum_combo,
    setup_table,
)
from reseau.ui.forms.ui_exchange_dialog import Ui_ExchangeDialog
from reseau.ui.i18n import label
from reseau.ui.widgets.date_field import date_problems, follow_start
from reseau.ui.widgets.validation import FieldMarker

STAGE_TAB = 5


class ExchangeDialog(QDialog):
    def __init__(
        self,
        choices: ExchangeChoices,
        data: ExchangeInput | None = None,
        kind: ExchangeKind = ExchangeKind.MISSION,
        lang: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExchangeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._lang = lang
        self._names = {c.id: c.label for c in choices.persons}
        self._org_names = {c.id: c.label for c in choices.organizations}
        self.setWindowTitle(self.tr("Modifier l'échange") if data else self.tr("Nouvel échange"))
        fill_enum_combo(ui.kind, list(ExchangeKind), lang)
        fill_enum_combo(ui.status, list(ExchangeStatus), lang)
        fill_enum_combo(ui.direction, list(Direction), lang, self.tr("(non précisé)"))
        fill_enum_combo(ui.participant_role, list(ParticipantRole), lang)
        fill_enum_combo(ui.organization_role, list(OrgRole), lang)
        fill_enum_combo(ui.agreement_status, list(AgreementStatus), lang, self.tr("(sans objet)"))
        fill_choice_combo(ui.participant_person, choices.persons, self.tr("Tapez un nom…"))
        fill_choice_combo(ui.organization_choice, choices.organizations, self.tr("Tapez un nom ou un sigle…"))
        # The stage tab's shortcuts: each sets the one person or organization with that role.
        self._stage_people = {ParticipantRole.INTERN: ui.stage_intern, ParticipantRole.TUTOR: ui.stage_tutor}
        self._stage_orgs = {OrgRole.HOME: ui.stage_home, OrgRole.HOST: ui.stage_host}
        for combo in self._stage_people.values():
            fill_choice_combo(combo, choices.persons, self.tr("Tapez un nom…"))
        for combo in self._stage_orgs.values():
            fill_choice_combo(combo, choices.organizations, self.tr("Tapez un nom ou un sigle…"))
        for edit in (ui.start_date, ui.end_date, ui.report_due):
            edit.setOptional(True)
        follow_start(ui.start_date, ui.end_date)
        # Names a screen reader says for the controls that have no label of their own.
        for widget, name in (
            (ui.participant_person, self.tr("Personne à ajouter")),
            (ui.organization_choice, self.tr("Organisation à ajouter")),
            (ui.participants_table, self.tr("Participants de l'échange")),
            (ui.organizations_table, self.tr("Organisations de l'échange")),
            (ui.objectives_table, self.tr("Objectifs de l'échange")),
            (ui.themes_list, self.tr("Thèmes de l'échange")),
        ):
            widget.setAccessibleName(name)
        ui.report_due.set_related(ui.end_date.value)

        self.participants: PairList[ParticipantRole] = PairList(
            (self.tr("Personne"), self.tr("Rôle")), ParticipantRole, lang, self
        )
        setup_table(ui.participants_table, self.participants.model, 0, (0, 160))
        self.organizations: PairList[OrgRole] = PairList(
            (self.tr("Organisation"), self.tr("Rôle")), OrgRole, lang, self
        )
        setup_table(ui.organizations_table, self.organizations.model, 0, (0, 190))
        self.objectives = ObjectiveList(
            (self.tr("Code"), self.tr("Objectif"), self.tr("Évaluation"), self.tr("Preuves")), lang, self
        )
        setup_table(ui.objectives_table, self.objectives.model, 1, (50, 0, 150, 220))
        ui.objectives_table.setItemDelegateForColumn(2, AssessmentDelegate(lang, self))
        ui.objectives_table.setWordWrap(True)
        # Row heights follow the wrapped text, once the columns have their real widths.
        ui.objectives_table.horizontalHeader().sectionResized.connect(
            ui.objectives_table.resizeRowsToContents
        )
        self.objectives.model.dataChanged.connect(ui.objectives_table.resizeRowsToContents)
        self.themes = QStandardItemModel(self)
        for choice in choices.themes:
            item = QStandardItem(choice.label)
            item.setData(choice.id, CODE_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.themes.appendRow(item)
        ui.themes_list.setModel(self.themes)

        self.marker = FieldMarker(ui.error_label)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuler"))
        ui.button_box.accepted.connect(self._on_button_box_accepted)
        ui.button_box.rejected.connect(self.reject)
        ui.add_participant.clicked.connect(self._on_add_participant_clicked)
        ui.remove_participant.clicked.connect(self._on_remove_participant_clicked)
        ui.add_organization.clicked.connect(self._on_add_organization_clicked)
        ui.remove_organization.clicked.connect(self._on_remove_organization_clicked)
        ui.add_objective.clicked.connect(self._on_add_objective_clicked)
        ui.remove_objective.clicked.connect(self._on_remove_objective_clicked)
        ui.kind.currentIndexChanged.connect(self._on_kind_currentIndexChanged)
        self.participants.model.rowsInserted.connect(self._update_count)
        self.participants.model.rowsRemoved.connect(self._update_count)
        for role, combo in self._stage_people.items():
            combo.currentIndexChanged.connect(lambda _i, r=role: self._on_stage_person_changed(r))
        for org_role, combo in self._stage_orgs.items():
            combo.currentIndexChanged.connect(lambda _i, r=org_role: self._on_stage_organization_changed(r))
        EnterRunsAction(ui.participant_person, ui.add_participant.click)
        EnterRunsAction(ui.organization_choice, ui.add_organization.click)
        for combo in (*self._stage_people.values(), *self._stage_orgs.values()):
            EnterRunsAction(combo, lambda: None)
        for model in (self.participants.model, self.organizations.model):
            model.rowsInserted.connect(self._sync_stage_combos)
            model.rowsRemoved.connect(self._sync_stage_combos)

        ui.kind.setCurrentIndex(max(0, ui.kind.findData((data.kind if data else kind).value)))
        if data is not None:
            self._fill(data)
        self._on_kind_currentIndexChanged(ui.kind.currentIndex())
        self._update_count()
        self.result_data: ExchangeInput | None = None

    def _fill(self, data: ExchangeInput) -> None:
        ui = self.ui
        ui.title.setText(data.title)
        ui.status.setCurrentIndex(max(0, ui.status.findData(data.status.value)))
        ui.start_date.setValue(data.start_date)
        ui.end_date.setValue(data.end_date)
        ui.direction.setCurrentIndex(
            max(0, ui.direction.findData(data.direction.value if data.direction else None))
        )
        ui.description.setPlainText(data.description)
        ui.outcome.setPlainText(data.outcome)
        for p in data.participants:
            self.participants.add(p.person_id, self._names.get(p.person_id, "?"), p.role)
        for o in data.organizations:
            self.organizations.add(o.organization_id, self._org_names.get(o.organization_id, "?"), o.role)
        for objective in data.objectives:
            self.objectives.add(objective)
        wanted = set(data.theme_ids)
        for row in range(self.themes.rowCount()):
            item = self.themes.item(row)
            if item.data(CODE_ROLE) in wanted:
                item.setCheckState(Qt.CheckState.Checked)
        ui.learning_goals.setPlainText(data.learning_goals)
        ui.agreement_status.setCurrentIndex(
            max(
                0,
                ui.agreement_status.findData(data.agreement_status.value if data.agreement_status else None),
            )
        )
        ui.report_due.setValue(data.report_due)

    # --- lists --------------------------------------------------------------------------------
    def _on_add_participant_clicked(self) -> None:
        self.marker.clear()
        person_id = chosen_id(self.ui.participant_person)
        if person_id is None:
            self.marker.mark(self.ui.participant_person, self.tr("Choisissez une personne de la liste."))
            return
        role = ParticipantRole(self.ui.participant_role.currentData())
        name = self._names[person_id]
        if self.participants.contains(person_id, role):
            self.marker.mark(
                self.ui.participant_person,
                self.tr("%1 est déjà « %2 » de cet échange.")
                .replace("%1", name)
                .replace("%2", label(role, self._lang)),
            )
            return
        self.participants.add(person_id, name, role)
        self.ui.participant_person.setCurrentIndex(-1)

    def _on_remove_participant_clicked(self) -> None:
        self.participants.remove_rows(
            [i.row() for i in self.ui.participants_table.selectionModel().selectedRows()]
        )

    def _on_add_organization_clicked(self) -> None:
        self.marker.clear()
        org_id = chosen_id(self.ui.organization_choice)
        if org_id is None:
            self.marker.mark(self.ui.organization_choice, self.tr("Choisissez une organisation de la liste."))
            return
        role = OrgRole(self.ui.organization_role.currentData())
        if self.organizations.contains(org_id, role):
            self.marker.mark(
                self.ui.organization_choice, self.tr("Cette organisation y est déjà avec ce rôle.")
            )
            return
        self.organizations.add(org_id, self._org_names[org_id], role)
        self.ui.organization_choice.setCurrentIndex(-1)

    def _on_remove_organization_clicked(self) -> None:
        self.organizations.remove_rows(
            [i.row() for i in self.ui.organizations_table.selectionModel().selectedRows()]
        )

    def _on_add_objective_clicked(self) -> None:
        row = self.objectives.add(ObjectiveInput(text=""))
        index = self.objectives.model.index(row, 1)
        self.ui.objectives_table.setCurrentIndex(index)
        self.ui.objectives_table.edit(index)

    def _on_remove_objective_clicked(self) -> None:
        self.objectives.remove_rows(
            [i.row() for i in self.ui.objectives_table.selectionModel().selectedRows()]
        )

    def _on_stage_person_changed(self, role: ParticipantRole) -> None:
        ident = chosen_id(self._stage_people[role])
        if ident is not None and self.participants.first_with(role) != ident:
            self.participants.set_only(role, ident, self._names[ident])

    def _on_stage_organization_changed(self, role: OrgRole) -> None:
        ident = chosen_id(self._stage_orgs[role])
        if ident is not None and self.organizations.first_with(role) != ident:
            self.organizations.set_only(role, ident, self._org_names[ident])

    def _sync_stage_combos(self, *_args: object) -> None:
        # The lists are the truth; the stage combos show the first record of their role.
        pairs: list[tuple[QComboBox, int | None]] = [
            (combo, self.participants.first_with(role)) for role, combo in self._stage_people.items()
        ] + [(combo, self.organizations.first_with(role)) for role, combo in self._stage_orgs.items()]
        for combo, ident in pairs:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(ident) if ident is not None else -1)
            combo.blockSignals(False)

    def _update_count(self, *_args: object) -> None:
        count = len({ident for ident, _role in self.participants.pairs()})
        self.ui.participant_count.setText(self.tr("%n personne(s)", "", count))

    def _on_kind_currentIndexChanged(self, _index: int) -> None:
        is_stage = self.ui.kind.currentData() == ExchangeKind.STAGE.value
        self.ui.tabs.setTabEnabled(STAGE_TAB, is_stage)
        if is_stage and self.ui.participant_role.currentData() == ParticipantRole.DELEGATE.value:
            self.ui.participant_role.setCurrentIndex(
                self.ui.participant_role.findData(ParticipantRole.INTERN.value)
            )

    # --- result -------------------------------------------------------------------------------
    def data(self) -> ExchangeInput:
        ui = self.ui
        kind = ExchangeKind(ui.kind.currentData())
        is_stage = kind == ExchangeKind.STAGE
        direction = ui.direction.currentData()
        agreement = ui.agreement_status.currentData()
        return ExchangeInput(
            kind=kind,
            title=ui.title.text().strip(),
            status=ExchangeStatus(ui.status.currentData()),
            start_date=ui.start_date.value(),
            end_date=ui.end_date.value(),
            direction=Direction(direction) if direction else None,
            description=ui.description.toPlainText(),
            outcome=ui.outcome.toPlainText(),
            participants=tuple(ParticipantInput(i, r) for i, r in self.participants.pairs()),
            organizations=tuple(OrganizationLink(i, r) for i, r in self.organizations.pairs()),
            objectives=tuple(self.objectives.objectives()),
            theme_ids=tuple(
                int(self.themes.item(row).data(CODE_ROLE))
                for row in range(self.themes.rowCount())
                if self.themes.item(row).checkState() == Qt.CheckState.Checked
            ),
            learning_goals=ui.learning_goals.toPlainText() if is_stage else "",
            agreement_status=AgreementStatus(agreement) if agreement and is_stage else None,
            report_due=ui.report_due.value() if is_stage else None,
        )

    def _on_button_box_accepted(self) -> None:
        self.marker.clear()
        ui = self.ui
        for field, problem in date_problems(ui.start_date, ui.end_date, ui.report_due):
            ui.tabs.setCurrentIndex(STAGE_TAB if field is ui.report_due else 0)
            self.marker.mark(field, problem)
        if not ui.title.text().strip():
            ui.tabs.setCurrentIndex(0)
            self.marker.mark(ui.title, self.tr("Le titre est obligatoire."))
        start, end = ui.start_date.value(), ui.end_date.value()
        if start and end and end < start:
            ui.tabs.setCurrentIndex(0)
            self.marker.mark(
                ui.end_date,
                self.tr("La date de fin (%1) précède la date de début (%2).")
                .replace("%1", end.isoformat())
                .replace("%2", start.isoformat()),
            )
        if end and not start:
            self.marker.mark(ui.start_date, self.tr("Une date de fin demande une date de début."))
        for number, objective in enumerate(self.objectives.objectives(), start=1):
            if not objective.text:
                ui.tabs.setCurrentIndex(3)
                self.marker.mark(ui.objectives_table, self.tr("L'objectif n° %s n'a pas de texte.") % number)
        if self.marker.has_problems():
            return
        self.result_data = self.data()
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: ExchangeChoices,
        data: ExchangeInput | None = None,
        kind: ExchangeKind = ExchangeKind.MISSION,
        lang: str = "fr",
    ) -> ExchangeInput | None:
        dialog = cls(choices, data, kind, lang, parent)
        return dialog.result_data if dialog.exec() == QDialog.DialogCode.Accepted else None

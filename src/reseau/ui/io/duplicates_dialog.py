"""Outils > Doublons : the pairs the identity rule finds (the same person, or possible duplicates
to review), by name and organization with the evidence; a side-by-side merge; "not a duplicate"."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reseau.core.changes import Changes
from reseau.core.enums import Country
from reseau.core.translate import QT_TRANSLATE_NOOP
from reseau.services.persons.duplicates import (
    REASON_LABELS,
    DuplicatePair,
    PersonBrief,
)
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import label, say
from reseau.ui.ops import io as io_ops
from reseau.ui.widgets.empty_state import EmptyStack
from reseau.ui.widgets.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class MergeChoice:
    keep_id: int
    drop_id: int
    take_from_drop: frozenset[str]


def _country(code: str) -> str:
    return label(Country(code)) if code in set(Country) else code


FIELD_ROWS = (
    ("first_name", QT_TRANSLATE_NOOP("MergeDialog", "Prénom"), lambda p: p.first_name),
    ("last_name", QT_TRANSLATE_NOOP("MergeDialog", "Nom"), lambda p: p.last_name),
    ("title", QT_TRANSLATE_NOOP("MergeDialog", "Fonction"), lambda p: p.title),
    ("organization", QT_TRANSLATE_NOOP("MergeDialog", "Organisation"), lambda p: p.organization),
    ("country", QT_TRANSLATE_NOOP("MergeDialog", "Pays"), lambda p: _country(p.country)),
    ("notes", QT_TRANSLATE_NOOP("MergeDialog", "Notes"), lambda p: p.notes),
    ("source", QT_TRANSLATE_NOOP("MergeDialog", "Provenance"), lambda p: p.source),
    ("consent_basis", QT_TRANSLATE_NOOP("MergeDialog", "Base du consentement"), lambda p: p.consent_basis),
)


class MergeDialog(QDialog):
    """Two persons side by side; for each field, the value to keep. Contacts and links are united."""

    def __init__(self, pair: DuplicatePair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair = pair
        self.setWindowTitle(self.tr("Fusionner deux fiches"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for column, person in ((1, pair.a), (2, pair.b)):
            head = QLabel(f"<b>{html.escape(_describe(person))}</b>")
            head.setObjectName(f"person_{'a' if column == 1 else 'b'}")
            grid.addWidget(head, 0, column)
        why = QLabel(_evidence_text(pair))
        why.setObjectName("evidence")
        grid.addWidget(why, 0, 0)
        self.groups: dict[str, QButtonGroup] = {}
        row = 1
        for name, text, value in FIELD_ROWS:
            left, right = value(pair.a), value(pair.b)
            grid.addWidget(QLabel(self.tr(text)), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            for column, shown in ((1, left), (2, right)):
                radio = QRadioButton(shown.replace("\n", " ⏎ ")[:80] or self.tr("(vide)"))
                radio.setObjectName(f"{name}_{'a' if column == 1 else 'b'}")
                group.addButton(radio, column)
                grid.addWidget(radio, row, column)
            # By default keep a value rather than an empty one.
            group.button(2 if (not left and right) else 1).setChecked(True)
            if left == right:
                for button in group.buttons():
                    button.setEnabled(False)
            self.groups[name] = group
            row += 1
        grid.addWidget(QLabel(self.tr("Courriels")), row, 0)
        grid.addWidget(QLabel(", ".join(pair.a.emails) or "—"), row, 1)
        grid.addWidget(QLabel(", ".join(pair.b.emails) or "—"), row, 2)
        grid.addWidget(QLabel(self.tr("Téléphones")), row + 1, 0)
        grid.addWidget(QLabel(", ".join(pair.a.phones) or "—"), row + 1, 1)
        grid.addWidget(QLabel(", ".join(pair.b.phones) or "—"), row + 1, 2)
        note = QLabel(
            self.tr(
                "Les courriels, téléphones, adresses, étiquettes et thèmes des deux fiches sont réunis ; "
                "les participations aux échanges, le journal et l'agenda passent à la fiche de « %1 » "
                "(la première colonne). L'autre fiche est supprimée."
            ).replace("%1", pair.a.name)
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        merge = buttons.addButton(self.tr("&Fusionner"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("merge_button")
        buttons.addButton(self.tr("&Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choice(self) -> MergeChoice:
        take = frozenset(name for name, group in self.groups.items() if group.checkedId() == 2)
        return MergeChoice(self.pair.a.id, self.pair.b.id, take)

    @classmethod
    def ask(cls, pair: DuplicatePair, parent: QWidget | None = None) -> MergeChoice | None:
        dialog = cls(pair, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _describe(person: PersonBrief) -> str:
    """Name and organization (else the first e-mail): what tells two homonyms apart."""
    extra = person.organization or (person.emails[0] if person.emails else "")
    return f"{person.name} ({extra})" if extra else person.name


def _evidence_text(pair: DuplicatePair) -> str:
    return ", ".join(say(REASON_LABELS[e]) for e in pair.evidence)


def _verdict(pair: DuplicatePair) -> str:
    if pair.same_person:
        return QCoreApplication.translate("DuplicatesDialog", "même personne")
    return QCoreApplication.translate("DuplicatesDialog", "à vérifier")


class DuplicatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Doublons"))
        self.resize(1000, 480)
        self.model: RowTableModel[DuplicatePair] = RowTableModel(
            [
                Column(self.tr("Personne"), lambda p: p.a.name),
                Column(self.tr("Organisation"), lambda p: p.a.organization),
                Column(self.tr("Doublon"), lambda p: p.b.name),
                Column(self.tr("Organisation"), lambda p: p.b.organization),
                Column(self.tr("Verdict"), _verdict),
                Column(self.tr("Pourquoi"), _evidence_text),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("pairs_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.explanation = QLabel(
            self.tr(
                "Même personne : même courriel, ou même nom avec la même organisation, le même "
                "téléphone ou le même domaine de courriel. À vérifier : seulement le même nom, ou "
                "seulement le même téléphone (un standard partagé) ; l'import les crée à part."
            )
        )
        self.explanation.setWordWrap(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._on_merge_button_clicked)  # double click or Return
        self.status = QLabel()
        self.status.setObjectName("status")
        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("&Fusionner…"))
        self.merge_button.setObjectName("merge_button")
        self.apart_button = QPushButton(self.tr("&Pas un doublon"))
        self.apart_button.setObjectName("not_duplicate_button")
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apart_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("F&ermer"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.apart_button.clicked.connect(self._on_apart_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        self.table_stack = EmptyStack(self.table)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        context.bus.changed.connect(self._on_bus_changed)
        self.refresh()

    def refresh(self) -> None:
        io_ops.duplicates(self.context.runner).success(self._show).run()

    def done(self, result: int) -> None:
        # The dialog outlives its exec() (owned by the window): stop listening once closed.
        self.context.bus.changed.disconnect(self._on_bus_changed)
        super().done(result)

    def _show(self, pairs: list[DuplicatePair]) -> None:
        self.model.set_rows(pairs)
        if pairs:
            self.table.selectRow(0)
        sure = sum(1 for p in pairs if p.same_person)
        self.status.setText(
            self.tr("Même personne : %1 ; à vérifier : %2")
            .replace("%1", str(sure))
            .replace("%2", str(len(pairs) - sure))
            if pairs
            else self.tr("Aucun doublon.")
        )
        self.merge_button.setEnabled(bool(pairs))
        self.apart_button.setEnabled(bool(pairs))
        if pairs:
            self.table_stack.show_content()
        else:
            self.table_stack.show_empty(
                self.tr(
                    "Aucun doublon : aucune paire de fiches ne partage un courriel, ni un nom avec "
                    "la même organisation, le même téléphone ou le même domaine de courriel."
                )
            )

    def _on_bus_changed(self, changes: Changes, *_: object) -> None:
        if changes.persons:
            self.refresh()

    def current(self) -> DuplicatePair | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_merge_button_clicked(self) -> None:
        pair = self.current()
        if pair is None:
            return
        choice = MergeDialog.ask(pair, self)
        if choice is None:
            return

        io_ops.merge(
            self.context.runner, choice.keep_id, choice.drop_id, choice.take_from_drop, self.context.paths
        ).failure(lambda e: show_error(self, self.tr("Fusion"), e)).run()

    def _on_apart_button_clicked(self) -> None:
        pair = self.current()
        if pair is None:
            return
        io_ops.not_duplicates(self.context.runner, pair.a.id, pair.b.id).failure(
            lambda e: show_error(self, self.tr("Doublons"), e)
        ).run()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> None:
        cls(context, parent).exec()

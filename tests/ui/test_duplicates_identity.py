"""The import wizard reports possible duplicates; Outils › Doublons then lists the same pairs by
name and organization, with the evidence and the verdict; the merge dialog names the persons
(not « Fiche n° 12 »)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from reseau.db.models import Person
from reseau.ui.context import AppContext
from reseau.ui.io.duplicates_dialog import DuplicatesDialog, MergeDialog
from reseau.ui.io.import_wizard import PAGE_RESULT, ImportWizard

HOMONYMS = (
    "Prénom;Nom;Organisation;Courriel;Téléphone\n"
    "Marie;Tremblay;CISSS de la Capitale-Nationale;marie.tremblay@cisss.qc.ca;418 555-0100\n"
    "Marie;Tremblay;CAF de la Gironde;marie.tremblay@caf.fr;\n"
    "Julie;Roy;CISSS de la Capitale-Nationale;julie.roy@cisss.qc.ca;418 555-0100\n"
    "Éric;St-Amand;DSP Mauricie;eric@dsp.qc.ca;\n"
    "Eric;Saint Amand;;ERIC@dsp.qc.ca;\n"
)


def _cells(dialog: DuplicatesDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_doublons_lists_what_the_import_listed_by_name_and_organization(
    qtbot: QtBot, context: AppContext, wait_ops: Callable[[AppContext], None], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(HOMONYMS, encoding="utf-8")
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()  # what was recognised
    wizard.next()  # columns
    wait_ops(context)
    wizard.next()  # preview
    wizard.next()  # duplicates: the rule is explained where the policy is chosen
    assert "même domaine de courriel" in wizard.policy_page.subTitle()
    wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.report is not None, timeout=10_000)
    wait_ops(context)
    report = wizard.result_page.report
    assert report is not None and (report.created, report.skipped, report.possible) == (4, 1, 2)
    assert "Doublons possibles (même nom seulement ou même téléphone seulement)\u00a0: 2" in (
        wizard.result_page.status.text()
    )
    model = wizard.result_page.model
    shown = [[str(model.index(r, c).data()) for c in range(3)] for r in range(model.rowCount())]
    possible = "doublon possible"
    assert [row[:2] for row in shown] == [["3", possible], ["4", possible], ["6", "ignorée"]]
    assert "avec la ligne 2 («\u00a0Marie Tremblay\u00a0»)\u00a0: même nom seulement" in shown[0][2]
    assert "même téléphone seulement" in shown[1][2] and "même courriel" in shown[2][2]
    with context.runner.database.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 4

    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(context)
    rows = _cells(dialog)
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Personne", "Organisation", "Doublon", "Organisation", "Verdict", "Pourquoi",
    ]  # fmt: skip
    assert rows == [
        [
            "Marie Tremblay", "CISSS de la Capitale-Nationale", "Marie Tremblay", "CAF de la Gironde",
            "à vérifier", "même nom seulement",
        ],
        [
            "Marie Tremblay", "CISSS de la Capitale-Nationale", "Julie Roy", "CISSS de la Capitale-Nationale",
            "à vérifier", "même téléphone seulement",
        ],
    ]  # fmt: skip
    assert "à vérifier\u00a0: 2" in dialog.status.text()
    assert not any("Fiche n°" in cell for row in rows for cell in row)

    dialog.table.selectRow(0)
    pair = dialog.current()
    assert pair is not None and not pair.same_person
    merge = MergeDialog(pair)
    qtbot.addWidget(merge)
    heads = [merge.findChild(QLabel, name).text() for name in ("person_a", "person_b", "evidence")]
    assert heads == [
        "<b>Marie Tremblay (CISSS de la Capitale-Nationale)</b>",
        "<b>Marie Tremblay (CAF de la Gironde)</b>",
        "même nom seulement",
    ]

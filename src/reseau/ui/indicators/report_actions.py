"""The PDF reports from the GUI: ask what and where, read the figures and write the PDF off the
GUI thread (a progress dialog meanwhile), then say where it was written.

``export_delegate_files`` is the one action the agenda area can call for its mission too.
The ``ask_*`` functions are module-level so that tests replace them (no modal dialog left open).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from reseau.reports.words import slug
from reseau.services.indicators.annual_report import AnnualReport
from reseau.services.indicators.mission_review import (
    DelegateBrief,
    MissionChoice,
    MissionReview,
)
from reseau.ui.context import AppContext
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import say
from reseau.ui.ops import indicators as indicator_ops
from reseau.ui.ops import reports as report_ops
from reseau.ui.ops.runner import FileOp
from reseau.ui.widgets.file_progress import run_with_progress

Report = Callable[[str], None]  # shows a one-line result to the user
T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


def ask_year(parent: QWidget, default: int) -> int | None:
    year, ok = QInputDialog.getInt(parent, tr("Bilan annuel"), tr("Année du bilan :"), default, 1950, 2200)
    return year if ok else None


def ask_mission(parent: QWidget, missions: tuple[MissionChoice, ...]) -> MissionChoice | None:
    names = [f"{m.title} ({say(m.dates)})" for m in missions]
    chosen, ok = QInputDialog.getItem(parent, tr("Choisir une mission"), tr("Mission :"), names, 0, False)
    return missions[names.index(chosen)] if ok and chosen in names else None


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Enregistrer le PDF"), suggested, tr("PDF (*.pdf)"))
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def ask_folder(parent: QWidget) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, tr("Dossier des fiches des délégués"))
    return Path(path) if path else None


def _written(parent: QWidget, report: Report, title: str, op: FileOp[T], message: Callable[[T], str]) -> None:
    """Write off the GUI thread (Qt's text layout and fonts, ~0.1 s a page) under a progress
    dialog; then say where the file went (``message``), or why it could not be written."""
    run_with_progress(
        parent,
        tr("Écriture de « %1 »…").replace("%1", title),
        op,
        lambda result: report(message(result)),
        lambda error: show_error(parent, title, error),
    )


def annual(parent: QWidget, context: AppContext, default_year: int, today: date, report: Report) -> None:
    year = ask_year(parent, default_year)
    if year is None:
        return
    path = ask_pdf_path(parent, f"bilan-annuel-{year}.pdf")
    if path is None:
        return

    def write(data: AnnualReport) -> None:
        _written(
            parent,
            report,
            tr("Bilan annuel"),
            report_ops.annual_pdf(context.runner, data, path),
            lambda written: (
                tr("Bilan annuel %1 écrit dans %2").replace("%1", str(year)).replace("%2", str(written))
            ),
        )

    indicator_ops.annual(context.runner, year, today, context.language).success(write).failure(
        lambda e: show_error(parent, tr("Bilan annuel"), e)
    ).run()


def _with_mission(
    parent: QWidget, context: AppContext, report: Report, then: Callable[[MissionChoice], None]
) -> None:
    def chosen(missions: tuple[MissionChoice, ...]) -> None:
        if not missions:
            report(tr("Aucune mission n'est enregistrée : il n'y a pas de bilan de mission à produire."))
            return
        mission = ask_mission(parent, missions)
        if mission is not None:
            then(mission)

    indicator_ops.missions(context.runner).success(chosen).run()


def mission(parent: QWidget, context: AppContext, report: Report) -> None:
    def review(choice: MissionChoice) -> None:
        path = ask_pdf_path(parent, f"bilan-{slug(choice.title)}.pdf")
        if path is None:
            return

        def write(data: MissionReview) -> None:
            _written(
                parent,
                report,
                tr("Bilan de mission"),
                report_ops.mission_pdf(context.runner, data, path),
                lambda written: tr("Bilan de mission écrit dans %1").replace("%1", str(written)),
            )

        indicator_ops.review(context.runner, choice.id).success(write).failure(
            lambda e: show_error(parent, tr("Bilan de mission"), e)
        ).run()

    _with_mission(parent, context, report, review)


def delegates(parent: QWidget, context: AppContext, report: Report) -> None:
    def files(choice: MissionChoice) -> None:
        folder = ask_folder(parent)
        if folder is not None:
            export_delegate_files(parent, context, choice.id, folder, report)

    _with_mission(parent, context, report, files)


def export_delegate_files(
    parent: QWidget, context: AppContext, mission_id: int, folder: Path, report: Report
) -> None:
    """One personal PDF per delegate of the mission, written into ``folder`` in one action."""

    def write(briefs: tuple[DelegateBrief, ...]) -> None:
        if not briefs:
            report(tr("Cette mission n'a aucun délégué : aucune fiche écrite."))
            return
        _written(
            parent,
            report,
            tr("Fiches des délégués"),
            report_ops.delegate_pdfs(context.runner, briefs, folder),
            lambda written: (
                tr("%1 fiche(s) de délégué écrite(s) dans %2")
                .replace("%1", str(len(written)))
                .replace("%2", str(folder))
            ),
        )

    indicator_ops.briefs(context.runner, mission_id).success(write).failure(
        lambda e: show_error(parent, tr("Fiches des délégués"), e)
    ).run()

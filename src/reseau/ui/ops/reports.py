"""Named operations that write PDF files: laid out and written off the GUI thread
(FileOp: ReportLab and matplotlib's Agg canvas, no widget, no session)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reseau.ui.ops.runner import FileOp, OpRunner

if TYPE_CHECKING:  # the reports load matplotlib, the export service openpyxl: when used only
    from reseau.core.agenda import MissionAgenda
    from reseau.core.agenda_checks import CheckWarning
    from reseau.services.indicators.annual_report import AnnualReport
    from reseau.services.indicators.mission_review import DelegateBrief, MissionReview
    from reseau.services.io.export_contacts import ExportedPerson


def annual_pdf(runner: OpRunner, data: AnnualReport, path: Path) -> FileOp[Path]:
    """Charts included, off the GUI thread: each chart is its own matplotlib ``Figure`` on an
    Agg canvas (the object API keeps no pyplot state shared with the Indicateurs view)."""
    from reseau.reports.annual_pdf import write_annual_report

    return FileOp(runner, lambda progress: write_annual_report(data, path, progress))


def mission_pdf(runner: OpRunner, data: MissionReview, path: Path) -> FileOp[Path]:
    from reseau.reports.mission_pdf import write_mission_review

    return FileOp(runner, lambda _progress: write_mission_review(data, path))


def delegate_pdfs(runner: OpRunner, briefs: tuple[DelegateBrief, ...], folder: Path) -> FileOp[list[Path]]:
    """One PDF per delegate, with progress after each."""
    from reseau.reports.mission_pdf import write_delegate_files

    return FileOp(runner, lambda progress: write_delegate_files(briefs, folder, progress))


def carnet_pdf(
    runner: OpRunner, agenda: MissionAgenda, path: Path, warnings: Sequence[CheckWarning]
) -> FileOp[Path]:
    def write(_progress: object) -> Path:
        from reseau.reports.carnet import write_carnet

        write_carnet(agenda, path, warnings)
        return path

    return FileOp(runner, write)


def participants_pdf(runner: OpRunner, persons: list[ExportedPerson], path: Path, by: str) -> FileOp[Path]:
    """The participants list of an export, grouped ``by``."""

    def write(_progress: object) -> Path:
        from reseau.reports.participants_pdf import participants_from, write_participants_pdf

        write_participants_pdf(participants_from(persons), path, by)
        return path

    return FileOp(runner, write)

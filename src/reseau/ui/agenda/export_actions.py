"""Export a mission agenda from the GUI: ask for the file, then write PDF, ICS or XLSX."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from reseau.core.agenda import MissionAgenda
from reseau.core.agenda_checks import CheckWarning
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import say, ui_language
from reseau.ui.ops import reports as report_ops
from reseau.ui.ops.runner import OpRunner
from reseau.ui.widgets.file_progress import run_with_progress


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaExport", text)


def export_agenda(
    parent: QWidget,
    runner: OpRunner,
    agenda: MissionAgenda,
    warnings: Sequence[CheckWarning],
    kind: str,
    written: Callable[[Path], None],
) -> None:
    """Ask where, write, then ``written(path)``; nothing when the user cancelled, a message
    when the file could not be written. The PDF carnet is laid out off the GUI thread (a
    progress dialog meanwhile); the ICS and XLSX files take no time."""
    filters = {
        "pdf": tr("Carnet PDF (*.pdf)"),
        "ics": tr("Calendrier (*.ics)"),
        "xlsx": tr("Classeur Excel (*.xlsx)"),
    }
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Exporter l'agenda"), f"agenda-mission-{agenda.id}.{kind}", filters[kind]
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    try:
        if kind == "ics":
            from reseau.io.agenda_ics import write_ics

            write_ics(agenda, path, say, ui_language())
        elif kind == "xlsx":
            from reseau.io.agenda_xlsx import write_xlsx

            write_xlsx(agenda, path, warnings, say, ui_language())
        else:
            run_with_progress(
                parent,
                tr("Écriture du carnet de mission…"),
                report_ops.carnet_pdf(runner, agenda, path, warnings),
                written,
                lambda error: show_error(parent, tr("Export"), error),
            )
            return
    except OSError as error:
        show_error(parent, tr("Export"), error)
        return
    written(path)

"""Export a mission agenda from the GUI: ask for the file, then write PDF, ICS or XLSX."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from reseau.core.agenda import MissionAgenda
from reseau.core.agenda_checks import CheckWarning
from reseau.ui.error_dialogs import show_error
from reseau.ui.i18n import say, ui_language


def tr(text: str) -> str:
    return QCoreApplication.translate("AgendaExport", text)


def export_agenda(
    parent: QWidget, agenda: MissionAgenda, warnings: Sequence[CheckWarning], kind: str
) -> Path | None:
    """The written file, or None when the user cancelled or the file could not be written."""
    filters = {
        "pdf": tr("Carnet PDF (*.pdf)"),
        "ics": tr("Calendrier (*.ics)"),
        "xlsx": tr("Classeur Excel (*.xlsx)"),
    }
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("Exporter l'agenda"), f"agenda-mission-{agenda.id}.{kind}", filters[kind]
    )
    if not name:
        return None
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
            from reseau.reports.carnet import write_carnet  # Qt's text engine: on the GUI thread

            write_carnet(agenda, path, warnings)
    except OSError as error:
        show_error(parent, tr("Export"), error)
        return None
    return path

"""A mission agenda as an Excel workbook (openpyxl): one row per slot, then the check warnings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reseau.core.agenda import MissionAgenda
from reseau.core.agenda_checks import CheckWarning, rule_title
from reseau.core.labels import label
from reseau.core.messages import Message, tr
from reseau.core.safe_output import open_output

# Messages, not words: the GUI passes its ``say`` so the file follows the UI's language; the
# command line keeps ``str`` (French).
HEADERS = (
    tr("Jour"),
    tr("Demi-journée"),
    tr("Début"),
    tr("Fin"),
    tr("Activité"),
    tr("Titre"),
    tr("Lieu"),
    tr("Ville"),
    tr("Hôte"),
    tr("Intervenants"),
    tr("Thèmes"),
    tr("Participants"),
    tr("Notes"),
    tr("Fuseau horaire"),
)
WIDTHS = (12, 12, 7, 7, 22, 36, 30, 14, 36, 30, 30, 30, 30, 18)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")


def write_xlsx(
    agenda: MissionAgenda,
    path: Path,
    warnings: Sequence[CheckWarning] = (),
    say: Callable[[Message], str] = str,
    lang: str = "fr",
) -> int:
    """Write the agenda (sheet « Agenda ») and the warnings (sheet « Vérifications »); returns
    the number of slot rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = say(tr("Agenda"))
    sheet.append([say(h) for h in HEADERS])
    for slot in agenda.slots:
        attendees = (
            say(tr("toute la délégation"))
            if slot.all_delegates
            else ", ".join(p.name for p in slot.attendees)
        )
        sheet.append(
            (
                slot.day,
                label(slot.half_day, lang),
                slot.start,
                slot.end,
                label(slot.activity, lang),
                slot.title,
                slot.place,
                slot.city,
                slot.host.name if slot.host else "",
                ", ".join([p.name for p in slot.speakers] + list(slot.missing_speakers)),
                ", ".join(t.label for t in slot.themes),
                attendees,
                slot.notes,
                agenda.zone_of(slot),  # the times are local to it
            )
        )
    for row in sheet.iter_rows(min_row=2):
        row[0].number_format = "DD/MM/YYYY"
        row[2].number_format = row[3].number_format = "HH:MM"
    _style(sheet, WIDTHS)

    checks = book.create_sheet(say(tr("Vérifications")))
    titles = (tr("Règle"), tr("Message"), tr("Accepté"), tr("Raison"), tr("Pourquoi"))
    checks.append([say(h) for h in titles])
    for warning in warnings:
        checks.append(
            (
                say(rule_title(warning.rule)),
                say(warning.message),
                say(tr("{accepted}", accepted=warning.is_acknowledged)),
                warning.acknowledged or "",
                say(warning.reason) if warning.reason is not None else "",  # the report's words
            )
        )
    _style(checks, (28, 90, 9, 40, 90))
    book.properties.title = agenda.title
    with open_output(path, seekable=True) as out:  # a symlink, a pipe or "-" stay what they are
        book.save(out)
    return len(agenda.slots)


def _style(sheet: Worksheet, widths: Sequence[int]) -> None:
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"

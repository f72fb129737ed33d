"""Every main dialog of Réseau, built from the data of a database: for the screenshots
(scripts/screenshots.py) and for the test that each one fits a 1280×720 screen (issue 16.4).

The choices the dialogs offer are read in one session here, as the views read them through
their ops; the dialogs themselves are pure views and receive plain values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtWidgets import QWidget

from reseau.core.agenda import CheckSettings
from reseau.core.enums import Activity, ExchangeKind, ExchangeStatus, InteractionKind
from reseau.services.agenda.editing import SlotInput
from reseau.services.agenda.reading import SlotChoices, list_missions, slot_choices
from reseau.services.database.store import Database
from reseau.services.exchanges.dtos import ExchangeChoices
from reseau.services.exchanges.records import exchange_choices
from reseau.services.journal.entries import EntryInput, JournalChoices, journal_choices
from reseau.services.organizations.records import OrganizationChoice, organization_choices
from reseau.ui.context import AppContext


@dataclass(frozen=True)
class Choices:
    organizations: list[OrganizationChoice]
    exchanges: ExchangeChoices
    journal: JournalChoices
    slots: SlotChoices
    mission_days: tuple[date, date] | None


def read_choices(database: Database) -> Choices:
    with database.begin() as session:
        missions = list_missions(session)
        mission = missions[-1] if missions else None
        return Choices(
            organization_choices(session),
            exchange_choices(session),
            journal_choices(session),
            slot_choices(session, mission.id) if mission else SlotChoices((), (), (), ()),
            (mission.start, mission.end) if mission and mission.start and mission.end else None,
        )


def dialogs(context: AppContext, choices: Choices) -> dict[str, Callable[[QWidget | None], QWidget]]:
    """name → a factory of the dialog (not shown), with ``parent``."""
    from reseau.ui.agenda.copy_day_dialog import CopyDayDialog
    from reseau.ui.agenda.settings_dialog import AgendaSettingsDialog
    from reseau.ui.agenda.slot_dialog import SlotDialog
    from reseau.ui.backups.backups_dialog import BackupsDialog
    from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
    from reseau.ui.exchanges.exchange_status_dialog import ExchangeStatusDialog
    from reseau.ui.io.duplicates_dialog import DuplicatesDialog
    from reseau.ui.io.export_dialog import ExportDialog
    from reseau.ui.io.import_wizard import ImportWizard
    from reseau.ui.journal.journal_entry_dialog import JournalEntryDialog
    from reseau.ui.organizations.organization_dialog import OrganizationDialog
    from reseau.ui.persons.person_dialog import PersonDialog
    from reseau.ui.preferences.preferences_dialog import PreferencesDialog
    from reseau.ui.privacy.retention_dialog import RetentionDialog
    from reseau.ui.themes.theme_dialog import ThemeDialog

    lang = context.language
    today = date.today()
    first = choices.mission_days[0] if choices.mission_days else today
    days = [first]
    slot = SlotInput(first, time(9), time(10, 30), Activity.PRESENTATION)
    entry = EntryInput(occurred_on=today, kind=InteractionKind.MEETING)
    return {
        "dialog-person": lambda p: PersonDialog(choices.organizations, None, p),
        "dialog-organization": lambda p: OrganizationDialog(choices.organizations, None, None, p),
        "dialog-exchange": lambda p: ExchangeDialog(choices.exchanges, None, ExchangeKind.MISSION, lang, p),
        "dialog-stage": lambda p: ExchangeDialog(choices.exchanges, None, ExchangeKind.STAGE, lang, p),
        "dialog-exchange-status": lambda p: ExchangeStatusDialog(
            "Mission 2027", ExchangeStatus.PLANNED, lang, p
        ),
        "dialog-theme": lambda p: ThemeDialog(choices.journal, None, "", p),
        "dialog-journal-entry": lambda p: JournalEntryDialog(choices.journal, entry, today, False, p),
        "dialog-slot": lambda p: SlotDialog(choices.slots, choices.mission_days, slot, False, p),
        "dialog-copy-day": lambda p: CopyDayDialog(days, first, p),
        "dialog-agenda-settings": lambda p: AgendaSettingsDialog(CheckSettings(), p),
        "dialog-preferences": lambda p: PreferencesDialog(context.settings.current, "", p),
        "dialog-backups": lambda p: BackupsDialog(context, p),
        "dialog-retention": lambda p: RetentionDialog(context, p),
        "dialog-import": lambda p: ImportWizard(context, p),
        "dialog-export": lambda p: ExportDialog(context, p),
        "dialog-duplicates": lambda p: DuplicatesDialog(context, p),
    }

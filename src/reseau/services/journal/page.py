"""Everything the journal entry pane shows, read in one session: the view renders it without one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from reseau.services.journal.entries import EntryRow, get_entry


@dataclass(frozen=True)
class JournalEntryPage:
    # The entry with the names (and countries) of its persons, organizations, themes and
    # exchange, and its follow-up date and state.
    entry: EntryRow


def journal_entry_page(session: Session, entry_id: int) -> JournalEntryPage:
    return JournalEntryPage(entry=get_entry(session, entry_id))

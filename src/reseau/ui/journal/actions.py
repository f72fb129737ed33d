"""The "Consigner un échange…" action, shared by the Journal, a person's page and the À relancer
list: load the choices, open the entry dialog, save through a CommandOp."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reseau.core.outcome import Outcome
from reseau.services.journal import entries as journal
from reseau.services.journal.entries import EntryInput, JournalChoices
from reseau.ui.context import AppContext
from reseau.ui.journal.journal_entry_dialog import JournalEntryDialog
from reseau.ui.ops import journal as journal_ops
from reseau.ui.widgets.conflict_dialog import VersionedSave, resolve_save_failure


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalActions", text)


def log_entry(
    parent: QWidget,
    context: AppContext,
    person_ids: tuple[int, ...] = (),
    organization_ids: tuple[int, ...] = (),
    on_saved: Callable[[int], Any] | None = None,
) -> None:
    """Open a blank entry for these persons and organizations, dated today."""
    today = date.today()
    data = journal.new_entry_for(person_ids, organization_ids, today=today)
    _open(parent, context, data, today, None, None, on_saved)


def edit_entry(
    parent: QWidget, context: AppContext, entry_id: int, on_saved: Callable[[int], Any] | None = None
) -> None:
    def opened(row: journal.EntryRow) -> None:
        _open(parent, context, row.data, date.today(), entry_id, row.version, on_saved)

    journal_ops.get_entry(context.runner, entry_id).success(opened).run()


def _open(
    parent: QWidget,
    context: AppContext,
    data: EntryInput,
    today: date,
    entry_id: int | None,
    version: int | None,
    on_saved: Callable[[int], Any] | None,
) -> None:
    def with_choices(choices: JournalChoices) -> None:
        request = JournalEntryDialog.ask(parent, choices, data, today, editing=entry_id is not None)
        if request is None:
            return
        if entry_id is None:
            op = journal_ops.add_entry(context.runner, request.data, today, request.accept_past_follow_up)
        else:
            assert version is not None
            op = journal_ops.update_entry(
                context.runner, entry_id, request.data, version, today, request.accept_past_follow_up
            )
        ident = entry_id or 0
        again = VersionedSave(
            (request.data.summary.splitlines() or [""])[0][:60] or request.data.occurred_on.isoformat(),
            request.data,
            lambda s: journal.get_entry(s, ident),
            lambda s, mine, current: journal.update_entry(
                s, ident, mine, current, today, request.accept_past_follow_up
            ),
            tr("Modifier l'entrée du journal"),
            choices,
        )

        def saved(outcome: Outcome[int]) -> None:
            if on_saved:
                on_saved(outcome.value)

        op.success(saved).failure(
            lambda e: resolve_save_failure(
                parent,
                context.runner,
                e,
                again if entry_id is not None else None,
                saved,
                lambda: edit_entry(parent, context, ident, on_saved),
            )
        ).initiator(parent).run()

    linked = data.person_ids
    journal_ops.journal_choices(context.runner, linked).success(
        lambda choices: with_choices(searchable(context, choices))
    ).run()


def searchable(context: AppContext, choices: JournalChoices) -> JournalChoices:
    """``choices`` whose persons are searched in the database as the user types (big networks)."""
    if not choices.searched:
        return choices

    def search(text: str, show: Callable[[Sequence[journal.Named]], None]) -> None:
        journal_ops.person_candidates(context.runner, text).success(show).run()

    return replace(choices, search_persons=search)

"""Named operations of the Outils area: import, export, duplicates, saved column mappings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from reseau.core.outcome import Outcome
from reseau.core.paths import DataPaths
from reseau.io.contacts_file import ContactsFile
from reseau.services.database.backups import backup_before
from reseau.services.io import import_run, import_undo
from reseau.services.io.import_contacts import ImportOptions, ImportReport
from reseau.services.io.import_undo import BatchRow
from reseau.services.persons.duplicates import (
    DuplicatePair,
    find_duplicates,
    mark_not_duplicate,
    merge_persons,
)
from reseau.ui.ops.runner import CommandOp, OpRunner, QueryOp

if TYPE_CHECKING:  # the export service loads openpyxl: not on the start path (docs/performance.md)
    from reseau.services.io.export_contacts import ExportChoices, ExportedPerson, ExportFilter


def run_import(
    runner: OpRunner,
    source: ContactsFile,
    columns: Mapping[str, str] | None,
    options: ImportOptions,
    paths: DataPaths | None,
    progress: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> CommandOp[Outcome[ImportReport]]:
    """The import run of services.io.import_run (a backup, then the file in one transaction)."""
    database = runner.database
    return CommandOp(
        runner,
        lambda s: import_run.run_import(database, paths, s, source, columns, options, progress, cancelled),
    )


def list_batches(runner: OpRunner) -> QueryOp[list[BatchRow]]:
    return QueryOp(runner, import_undo.list_batches)


def undo_import(runner: OpRunner, batch_id: int) -> CommandOp[Outcome[int]]:
    return CommandOp(runner, lambda s: import_undo.undo_batch(s, batch_id))


def mapping_names(runner: OpRunner) -> QueryOp[list[str]]:
    return QueryOp(runner, import_undo.mapping_names)


def load_mapping(runner: OpRunner, name: str) -> QueryOp[dict[str, str]]:
    return QueryOp(runner, lambda s: import_undo.load_mapping(s, name))


def save_mapping(runner: OpRunner, name: str, columns: dict[str, str]) -> CommandOp[Outcome[int]]:
    return CommandOp(runner, lambda s: import_undo.save_mapping(s, name, columns))


def choices(runner: OpRunner) -> QueryOp[ExportChoices]:
    from reseau.services.io.export_contacts import export_choices

    return QueryOp(runner, export_choices)


def export_persons(
    runner: OpRunner,
    flt: ExportFilter,
    fmt: str,
    path: Path,
    delimiter: str,
    rows: Callable[[int], None],
    cancelled: Callable[[], bool],
) -> QueryOp[tuple[int, list[ExportedPerson]]]:
    """Select the persons and write them (CSV, vCard, XLSX): (how many, []); for "pdf" only
    select them: (how many, the persons). CSV, XLSX and vCard are written by position, from the
    rows as read (``services.io.export_rows`` and ``export_vcards``, as ``reseau export
    contacts`` does)."""
    from reseau.services.io.export_contacts import select_persons
    from reseau.services.io.export_rows import select_rows, write_csv_rows, write_xlsx_rows

    def work(session: Session) -> tuple[int, list[ExportedPerson]]:
        if fmt == "csv":
            return write_csv_rows(select_rows(session, flt), path, delimiter, rows, cancelled), []
        if fmt == "xlsx":
            return write_xlsx_rows(select_rows(session, flt), path, rows, cancelled), []
        if fmt != "pdf":
            from reseau.services.io.export_vcards import select_cards, write_cards_to

            return write_cards_to(select_cards(session, flt, fmt), path, rows, cancelled), []
        persons = select_persons(session, flt)
        return len(persons), persons

    return QueryOp(runner, work)


def email_list(runner: OpRunner, flt: ExportFilter) -> QueryOp[str]:
    from reseau.services.io.export_contacts import email_addresses, select_persons

    return QueryOp(runner, lambda s: email_addresses(select_persons(s, flt)))


def duplicates(runner: OpRunner) -> QueryOp[list[DuplicatePair]]:
    return QueryOp(runner, find_duplicates)


def merge(
    runner: OpRunner, keep_id: int, drop_id: int, take_from_drop: frozenset[str], paths: DataPaths | None
) -> CommandOp[Outcome[int]]:
    """Back up, then merge ``drop_id`` into ``keep_id``."""

    def work(session: Session) -> Outcome[int]:
        backup_before(runner.database, paths, "fusion")
        return merge_persons(session, keep_id, drop_id, take_from_drop)

    return CommandOp(runner, work)


def not_duplicates(runner: OpRunner, first_id: int, second_id: int) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: mark_not_duplicate(s, first_id, second_id))

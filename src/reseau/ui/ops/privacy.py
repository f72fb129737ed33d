"""Named operations of the privacy actions: one person's export, erasure, retention review."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from reseau.core.outcome import Outcome
from reseau.core.paths import DataPaths
from reseau.services.database import backups
from reseau.services.database.settings import RETENTION_YEARS, set_setting
from reseau.services.privacy import erasure
from reseau.services.privacy import rights as privacy
from reseau.services.privacy.erasure import ErasureReport
from reseau.services.privacy.rights import ErasureResult, PersonExport, RetentionRow
from reseau.ui.ops.runner import CommandOp, FileOp, OpRunner, QueryOp


def export_person(runner: OpRunner, person_id: int) -> QueryOp[PersonExport]:
    return QueryOp(runner, lambda s: privacy.export_person(s, person_id))


def erase_person(
    runner: OpRunner, person_id: int, paths: DataPaths | None
) -> CommandOp[Outcome[ErasureResult]]:
    """Back up (a BackupError: nothing erased), then erase the person."""
    database = runner.database

    def run(session: Session) -> Outcome[ErasureResult]:
        backups.backup_before(database, paths, "effacement")
        return privacy.erase_person(session, person_id)

    return CommandOp(runner, run)


def finish_erasure(
    runner: OpRunner, result: ErasureResult, paths: DataPaths | None
) -> CommandOp[ErasureReport]:
    """After the erasure's commit: VACUUM and an empty WAL (SQLite) or VACUUM FULL
    (PostgreSQL), no partial backup left; the report lists the backups that still hold her."""
    database = runner.database
    return CommandOp(runner, lambda _session: erasure.finish_erasure(database, paths, result))


def retention_years(runner: OpRunner) -> QueryOp[int]:
    return QueryOp(runner, privacy.retention_years)


def retention_review(runner: OpRunner, years: int) -> QueryOp[list[RetentionRow]]:
    return QueryOp(runner, lambda s: privacy.retention_review(s, years))


def save_retention_years(runner: OpRunner, years: int) -> CommandOp[Outcome[None]]:
    return CommandOp(runner, lambda s: set_setting(s, RETENTION_YEARS, years))


def write_person_files(
    runner: OpRunner, export: PersonExport, json_path: Path, pdf_path: Path
) -> FileOp[tuple[Path, Path]]:
    """The person's data as JSON and as a PDF beside it, both owner-only, off the GUI thread."""

    def write(_progress: object) -> tuple[Path, Path]:
        # ReportLab and matplotlib's fonts (0.8 s): imported when a person is exported, not
        # when Personnes opens.
        from reseau.io.person_export import write_person_json
        from reseau.reports.person_report import write_person_pdf

        write_person_json(export.data, json_path)
        write_person_pdf(export.data, export.name, pdf_path)
        return json_path, pdf_path

    return FileOp(runner, write)

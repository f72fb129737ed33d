"""One import run, the same for the window (ui.ops.io.run_import) and `reseau import`: a backup
first (unless a dry run), then the whole file in the caller's transaction."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from reseau.core.outcome import Outcome
from reseau.core.paths import DataPaths
from reseau.db.session import Database
from reseau.io.contacts_file import ContactsFile, read_contacts
from reseau.services.database.backups import backup_before
from reseau.services.io.import_contacts import (
    CancelFn,
    ImportOptions,
    ImportReport,
    ProgressFn,
    import_records,
)


def run_import(
    database: Database,
    paths: DataPaths | None,
    session: Session,
    source: ContactsFile,
    columns: Mapping[str, str] | None,
    options: ImportOptions,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    separate_process: bool = False,
) -> Outcome[ImportReport]:
    """Back up (on its own connection, before anything is written), then import ``source``
    read with ``columns`` (None: by its headers) in ``session``'s transaction; ``separate_process``
    as for ``import_records`` (the command line asks for it, the window does not)."""
    if not options.dry_run:
        backup_before(database, paths, "import")
    return import_records(
        session,
        read_contacts(source, columns),
        options,
        str(source.path),
        source.format_label,
        progress=progress,
        cancelled=cancelled,
        separate_process=separate_process,
    )

"""Run an import on the writer thread with progress and cancellation, reported on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy.orm import Session

from reseau.core.outcome import Outcome
from reseau.io.contacts_file import ContactsFile, read_contacts
from reseau.services.database.backups import backup_before
from reseau.services.io.import_contacts import ImportAborted, ImportOptions, ImportReport, import_records
from reseau.ui.context import AppContext
from reseau.ui.ops.runner import CommandOp


class ImportJob(QObject):
    """One import: ``progress(rows)`` while it runs, then ``finished(report)`` or ``failed(error)``.

    A cancelled, dry-run or all-or-nothing-refused import arrives as ``finished`` with a report
    whose ``applied`` is False: the transaction was rolled back.
    """

    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._cancel = threading.Event()
        # Emitted from the writer thread: queued to the GUI thread.
        self._progress_from_worker.connect(self.progress.emit, Qt.ConnectionType.QueuedConnection)

    _progress_from_worker = Signal(int)

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, source: ContactsFile, columns: Mapping[str, str] | None, options: ImportOptions) -> None:
        self._cancel.clear()

        def work(session: Session) -> Outcome[ImportReport]:
            if not options.dry_run:  # before anything is written, on its own connection
                backup_before(self.context.runner.database, self.context.paths, "import")
            return import_records(
                session,
                read_contacts(source, columns),
                options,
                str(source.path),
                source.format_label,
                progress=self._progress_from_worker.emit,
                cancelled=self._cancel.is_set,
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportAborted):
                self.finished.emit(error.report)
            else:
                self.failed.emit(error)

        done: Callable[[Outcome[ImportReport]], None] = lambda outcome: self.finished.emit(outcome.value)  # noqa: E731
        CommandOp(self.context.runner, work).success(done).failure(failed).run()

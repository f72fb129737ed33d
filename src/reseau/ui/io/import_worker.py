"""Run an import on the writer thread with progress and cancellation, reported on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt, Signal

from reseau.core.outcome import Outcome
from reseau.io.contacts_file import ContactsFile
from reseau.services.io.import_contacts import ImportAborted, ImportOptions, ImportReport
from reseau.ui.context import AppContext
from reseau.ui.ops import io as io_ops


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

        def failed(error: BaseException) -> None:
            if isinstance(error, ImportAborted):
                self.finished.emit(error.report)
            else:
                self.failed.emit(error)

        done: Callable[[Outcome[ImportReport]], None] = lambda outcome: self.finished.emit(outcome.value)  # noqa: E731
        io_ops.run_import(
            self.context.runner,
            source,
            columns,
            options,
            self.context.paths,
            self._progress_from_worker.emit,
            self._cancel.is_set,
        ).success(done).failure(failed).run()

"""Run a service call off the GUI thread, with its own session, and report back on the GUI thread.

``CommandOp`` writes: it runs on the single writer thread (SQLite has one writer), in one
transaction, and announces the ``Changes`` of its ``Outcome`` on the change bus. ``QueryOp``
reads: it runs on a small reader pool. Both call ``success`` or ``failure`` on the GUI thread.

    ops.persons.add_person(runner, data).success(on_saved).run()

Views never build a ``CommandOp`` or ``QueryOp`` themselves: each area has its named operations
in ``reseau.ui.ops.<area>`` (``persons.update_person(runner, ...) -> CommandOp``), which carry
the undo description; ``tests/test_architecture.py`` fails on an op built anywhere else.

An op without its own ``failure`` goes to the runner's ``failure_handler``: the main window sets
it (``tell_user``) so that the user reads a sentence, never a traceback on stderr.

A ``CommandOp`` given a ``description`` ("Modifier Richard Massé") is undoable: the rows it writes
are recorded (services.database.history, generic for every table) and pushed on ``runner.history`` once the
transaction has committed; the Édition menu offers to undo it under that name.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QWidget

from reseau.core.changes import Changes
from reseau.core.outcome import Outcome
from reseau.services.database.store import Database
from reseau.ui.change_bus import ChangeBus
from reseau.ui.ops._lazy import lazy
from reseau.ui.undo_history import UndoHistory

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from reseau.services.database import history
    from reseau.services.database.history import UndoRecord
else:  # the ORM comes with it: imported by the first undoable write, after the first paint
    history = lazy("reseau.services.database.history")

T = TypeVar("T")


class OpRunner(QObject):
    """Owns the executors and the change bus; one per application."""

    # Emitted from a worker thread; the queued connection delivers it on the GUI thread.
    _finished = Signal(object)
    _progress = Signal(object, int, int)  # (FileOp, done, total)

    def __init__(self, database: Database, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.bus = bus
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reseau-writer")
        self._readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="reseau-reader")
        # Files written with QtGui (PDF): one at a time, off the GUI thread, no session.
        self._files = _FilesThread(self)
        # Future -> callback: also keeps each op alive until its result is delivered.
        self._pending: dict[Future[Any], Callable[[Future[Any]], None]] = {}
        self._closed = False
        # Set on the writer thread (by the start-up check that found the file damaged): every
        # write that comes after it on that thread is refused with this error.
        self._refusal: BaseException | None = None
        self.failure_handler: Callable[[BaseException], None] | None = None
        self.history = UndoHistory(self)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    def tell_user(self, parent: QWidget) -> None:
        """The default failure path: a failed op without its own ``failure`` is said in a
        sentence over ``parent`` (reseau.ui.error_dialogs.report_failure)."""
        from reseau.ui.error_dialogs import report_failure

        self.failure_handler = lambda error: report_failure(parent, error)

    def submit(
        self, write: bool, fn: Callable[[], Any], finished: Callable[[Future[Any]], None], files: bool = False
    ) -> None:
        if self._closed:
            return
        if files:
            future: Future[Any] = self._files.submit(fn)
        else:
            future = (self._writer if write else self._readers).submit(fn)
        self._pending[future] = finished
        future.add_done_callback(self._finished.emit)

    def _deliver(self, future: Future[Any]) -> None:
        callback = self._pending.pop(future, None)
        if callback is not None and not self._closed:
            callback(future)

    def _deliver_progress(self, op: FileOp[Any], done: int, total: int) -> None:
        if not self._closed:
            op._report(done, total)

    def refuse_writes(self, error: BaseException) -> None:
        """Refuse every write not yet started, with ``error``. Called from a write (on the
        writer thread): the writes queued behind it are refused, none runs."""
        self._refusal = error

    def is_idle(self) -> bool:
        return not self._pending

    def shutdown(self) -> None:
        """Finish the writes under way (a save is never dropped), then stop delivering results."""
        self._closed = True
        self._writer.shutdown(wait=True)
        self._files.shutdown()  # waits: a file half written would be worse than a late close
        self._readers.shutdown(wait=True, cancel_futures=True)


class _FilesThread(QThread):
    """A QThread, not a pool thread: QtGui's paint devices (QImage, QSvgGenerator for the
    network pictures) and fonts may start timers, which need the event dispatcher a QThread
    has (a plain Python thread has none, and Qt complains)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[Callable[[], Any], Future[Any]] | None] = queue.Queue()

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobs.put((fn, future))
        if not self.isRunning():
            self.start()
        return future

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as error:  # delivered to the op's failure on the GUI thread
                future.set_exception(error)

    def shutdown(self) -> None:
        if self.isRunning():
            self._jobs.put(None)
            self.wait()


class _Op(Generic[T]):
    write = False

    def __init__(self, runner: OpRunner, fn: Callable[[Session], T]) -> None:
        self._runner = runner
        self._fn = fn
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._initiator: object | None = None
        self._gate: tuple[threading.Event, float] | None = None

    def success(self, callback: Callable[[T], Any]) -> _Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> _Op[T]:
        self._failure = callback
        return self

    def initiator(self, who: object) -> _Op[T]:
        self._initiator = who
        return self

    def waits_for(self, event: threading.Event, patience: float) -> Self:
        """On its thread, the op waits for ``event`` (at most ``patience`` seconds) before it
        opens its session: the start-up checks' op is the writer's first job from before the
        window's first paint, and opening a session imports the ORM, which would compete with
        that paint for the interpreter (issue 19.3)."""
        self._gate = (event, patience)
        return self

    def _pass_gate(self) -> None:
        if self._gate is not None:
            event, patience = self._gate
            self._gate = None
            event.wait(patience)

    def _call(self) -> T:
        self._pass_gate()
        with self._runner.database.begin() as session:
            return self._fn(session)

    def _finished(self, future: Future[T]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            handler = self._failure or self._runner.failure_handler
            if handler is None:
                raise error  # no window to tell (a test): let pytest-qt see it
            handler(error)
            return
        result = future.result()
        if self.write:
            changes = result.changes if isinstance(result, Outcome) else result
            if isinstance(changes, Changes):
                self._runner.bus.announce(changes, self._initiator)
        if self._success is not None:
            self._success(result)

    def run(self) -> None:
        if self.write and self._runner.database.read_only:
            from reseau.core.data_errors import ReadOnlyError

            refused: Future[T] = Future()
            refused.set_exception(ReadOnlyError())
            self._finished(refused)
            return
        self._runner.submit(self.write, self._call, self._finished)


class QueryOp(_Op[T]):
    """A read: runs on the reader pool."""


class CommandOp(_Op[T]):
    """A write: runs on the single writer thread and announces its changes.

    With a ``description`` the write is recorded and can be undone from the Édition menu.
    """

    write = True

    def __init__(self, runner: OpRunner, fn: Callable[[Session], T], description: str | None = None) -> None:
        super().__init__(runner, fn)
        self.description = description
        self._record: UndoRecord | None = None

    def _call(self) -> T:
        self._pass_gate()
        if self._runner._refusal is not None:
            raise self._runner._refusal
        if self.description is None:
            return super()._call()
        database = self._runner.database
        with database.begin() as session, history.recording(session, self.description) as recorder:
            result = self._fn(session)
            # Read on the GUI thread only after the future is done (and the commit succeeded).
            self._record = recorder.finish()
            return result

    def _finished(self, future: Future[T]) -> None:
        if not future.cancelled() and future.exception() is None and self._record:
            result = future.result()
            changes = result.changes if isinstance(result, Outcome) else result
            self._runner.history.push(
                self._record, changes if isinstance(changes, Changes) else Changes.everything()
            )
        super()._finished(future)


Progress = Callable[[int, int], None]  # (done, total); total 0: unknown


class FileOp(Generic[T]):
    """Work on files without a session: a PDF typeset with ReportLab, a picture painted with
    QtGui (QPainter works outside the GUI thread; widgets never do). Runs on the runner's files
    thread, one at a time; ``fn(progress)`` may call ``progress(done, total)``, delivered on
    the GUI thread to the ``progress`` callback (a progress dialog)."""

    def __init__(self, runner: OpRunner, fn: Callable[[Progress], T]) -> None:
        self._runner = runner
        self._fn = fn
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._on_progress: Progress | None = None

    def success(self, callback: Callable[[T], Any]) -> FileOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> FileOp[T]:
        self._failure = callback
        return self

    def progress(self, callback: Progress) -> FileOp[T]:
        self._on_progress = callback
        return self

    def _report(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _call(self) -> T:
        return self._fn(lambda done, total: self._runner._progress.emit(self, done, total))

    def _finished(self, future: Future[T]) -> None:
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            handler = self._failure or self._runner.failure_handler
            if handler is None:
                raise error
            handler(error)
            return
        if self._success is not None:
            self._success(future.result())

    def run(self) -> None:
        self._runner.submit(False, self._call, self._finished, files=True)

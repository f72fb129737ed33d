"""Plan the next rows of an import on a worker thread, only while the importer lets it run.

Reading and planning rows (CSV cells, e-mail checks, phone normalisation, name keys) is pure
Python. :class:`Planner` does it on a worker thread, but only while its *gate* is open: the
importer opens it while it waits for planned rows. Until issue 19.2 it also opened it around
one long statement per chunk that filled the FTS5 search index from a view (SQLite, without the
GIL); the documents are now computed in Python and written with ``executemany``, which takes
and releases the GIL once per row, so there is no such statement left and the gate stays shut
while the importer writes. Everywhere else the worker is parked, so it never fights the
importer for the GIL: an earlier version that let it run freely made the import slower.

The worker touches no session, no database and none of the importer's match indexes: matching
and writing stay on the caller's thread, in the caller's transaction. An error on the worker is
raised again on the caller's thread; leaving the ``with`` block stops the worker and waits for it.

:class:`ProcessPlanner` does the same reading and planning in a second process (issue 19.2),
where it runs truly at the same time as the importer's matching and writing: two cores instead
of one GIL. It is a fork of the importing process, so it reads the very record iterator and
plans with the very function the importer gave it; it sends its rows through a pipe, a pickled
chunk at a time, each plan as plain values (``import_plan.plan_values``), a plain row by its
line number only. It touches no database either: its pages of the importer's memory are copies,
and it leaves by ``os._exit`` (no finaliser, no connection closed). Only where a fork is safe:
a POSIX system other than macOS, and a process with no other thread (``reseau import``, not the
window, whose Qt threads a fork would copy in whatever state they are); elsewhere the thread.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Protocol

from reseau.core.errors import ReseauError
from reseau.core.messages import Message, tr
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.io.import_plan import Plan, RowPlanner, SentRow, plan_from_values, plan_values

# A planned row: the record (a plain row by its line number only, from the process), its plan
# (None: rejected, the reason first in the messages) and its warnings.
Planned = tuple[ContactRecord | RowProblem | int, Plan | None, list[Message]]
PlanFn = Callable[[ContactRecord], tuple[Plan | None, list[Message]]]

ROWS_PER_HANDOVER = 250  # the importer's progress step
ROWS_AHEAD = 4_000  # planned rows waiting at most: the memory stays bounded on huge files


@dataclass(frozen=True)
class _Failed:
    error: BaseException


class _Done:
    pass


_DONE = _Done()


class Planner:
    """Planned rows, in order, from a worker thread that runs only while the gate is open."""

    def __init__(self, records: Iterable[ContactRecord | RowProblem], plan: PlanFn) -> None:
        self._records = records
        self._plan = plan
        self._handover: queue.Queue[list[Planned] | _Failed | _Done] = queue.Queue(
            maxsize=ROWS_AHEAD // ROWS_PER_HANDOVER
        )
        self._gate = threading.Event()
        self._stop = threading.Event()
        self._worker = threading.Thread(target=self._work, name="import-planner", daemon=True)

    def start(self) -> None:
        self._worker.start()

    def stop(self) -> None:
        """Stop the worker (between two rows) and wait for it."""
        self._stop.set()
        self._gate.set()  # wake it if it is parked
        self._worker.join()

    @contextmanager
    def open_gate(self) -> Iterator[None]:
        """Let the worker plan while the caller is in a call that releases the GIL."""
        self._gate.set()
        try:
            yield
        finally:
            self._gate.clear()

    def chunks(self) -> Iterator[list[Planned]]:
        while True:
            try:
                item = self._handover.get_nowait()
            except queue.Empty:
                with self.open_gate():  # nothing planned yet: let the worker run while we wait
                    item = self._handover.get()
            if isinstance(item, _Done):
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item

    # --- the worker ---------------------------------------------------------------------------
    def _put(self, item: list[Planned] | _Failed | _Done) -> bool:
        while not self._stop.is_set():
            try:
                self._handover.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def _work(self) -> None:
        gate, stop = self._gate, self._stop
        try:
            chunk: list[Planned] = []
            for record in self._records:
                if not gate.is_set():
                    while not gate.wait(0.05):
                        if stop.is_set():
                            return
                if stop.is_set():  # the caller left: plan nothing more
                    return
                if isinstance(record, RowProblem):
                    chunk.append((record, None, []))
                else:
                    made, messages = self._plan(record)
                    chunk.append((record, made, messages))
                if len(chunk) >= ROWS_PER_HANDOVER:
                    if not self._put(chunk):
                        return
                    chunk = []
            if chunk and not self._put(chunk):
                return
            self._put(_DONE)
        except BaseException as error:  # handed to the caller's thread, raised there
            self._put(_Failed(error))


class PlannedRows(Protocol):
    def chunks(self) -> Iterator[list[Planned]]: ...


def fork_is_safe() -> bool:
    """A fork copies only the calling thread: safe where nothing else runs (see the module)."""
    return (
        sys.platform != "darwin"
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


@contextmanager
def planner(
    records: Iterable[ContactRecord | RowProblem], plan: PlanFn, separate_process: bool = False
) -> Iterator[PlannedRows]:
    """Started planned rows, stopped when the block is left (even by an error): from a second
    process if ``separate_process`` and :func:`fork_is_safe`, else from a worker thread."""
    if separate_process and fork_is_safe():
        with process_planner(records, plan) as rows:
            yield rows
        return
    running = Planner(records, plan)
    running.start()
    try:
        yield running
    finally:
        running.stop()


# --- the planner process -----------------------------------------------------------------------
ROWS_PER_MESSAGE = 500  # rows per pickled chunk; the pipe's buffer bounds what waits in it


class PlanningStopped(ReseauError):
    """The planner process ended without saying it was done (killed, out of memory)."""


def _planned_rows(records: Iterable[ContactRecord | RowProblem], plan: PlanFn) -> Iterator[list[SentRow]]:
    # The importer's RowPlanner builds each plan as plain values at once.
    rows = plan.planned(records) if isinstance(plan, RowPlanner) else _one_by_one(records, plan)
    chunk: list[SentRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= ROWS_PER_MESSAGE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _one_by_one(records: Iterable[ContactRecord | RowProblem], plan: PlanFn) -> Iterator[SentRow]:
    for record in records:
        if isinstance(record, RowProblem):
            yield record, None, []
        else:
            made, messages = plan(record)
            # A plain row by its line (all the importer reads of it); a company card whole.
            sent = record.line if type(record) is ContactRecord else record
            yield sent, None if made is None else plan_values(made), messages


def _plan_in_child(
    records: Iterable[ContactRecord | RowProblem], plan: PlanFn, out: Connection, importer_end: Connection
) -> None:
    """The planner process: every chunk, then ``None`` (done) or the error that stopped it."""
    importer_end.close()  # else a write would wait for this very process if the importer died
    try:
        for chunk in _planned_rows(records, plan):
            out.send_bytes(pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))
        out.send_bytes(pickle.dumps(None))
    except (BrokenPipeError, ConnectionResetError):
        return  # the importer is gone or stopped reading: nothing to tell anyone
    except BaseException as error:  # raised again in the importer
        try:
            message = pickle.dumps(_Failed(error))
        except Exception:  # an error that cannot be pickled: its text, as the same kind of error
            message = pickle.dumps(_Failed(RuntimeError(f"{type(error).__name__}: {error}")))
        try:
            out.send_bytes(message)
        except OSError:
            return
    finally:
        out.close()


class ProcessPlanner:
    """Planned rows, in order, read from the planner process's pipe."""

    def __init__(self, source: Connection) -> None:
        self._source = source

    def chunks(self) -> Iterator[list[Planned]]:
        while True:
            try:
                blob = self._source.recv_bytes()
            except EOFError:
                raise PlanningStopped(
                    tr("la lecture du fichier s'est arrêtée avant la fin : rien n'a été importé")
                ) from None
            item = pickle.loads(blob)
            if item is None:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield [(record, None if made is None else plan_from_values(made), m) for record, made, m in item]


@contextmanager
def process_planner(records: Iterable[ContactRecord | RowProblem], plan: PlanFn) -> Iterator[ProcessPlanner]:
    """A forked planner process; stopped (if still running) and waited for when the block is left."""
    context = multiprocessing.get_context("fork")
    source, out = context.Pipe(duplex=False)
    child = context.Process(
        target=_plan_in_child, args=(records, plan, out, source), name="import-planner", daemon=True
    )
    child.start()
    out.close()  # the child's end: its exit is then the pipe's end here
    try:
        yield ProcessPlanner(source)
    finally:
        source.close()  # a child still writing gets a broken pipe and leaves
        child.join(timeout=5)
        if child.is_alive():
            child.terminate()
            child.join()

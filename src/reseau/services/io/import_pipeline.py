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
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from reseau.core.messages import Message
from reseau.io.records import ContactRecord, RowProblem
from reseau.services.io.import_plan import Plan

Planned = tuple[ContactRecord | RowProblem, Plan | None, list[Message]]
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


@contextmanager
def planner(records: Iterable[ContactRecord | RowProblem], plan: PlanFn) -> Iterator[Planner]:
    """A started :class:`Planner`, stopped and joined when the block is left (even by an error)."""
    running = Planner(records, plan)
    running.start()
    try:
        yield running
    finally:
        running.stop()

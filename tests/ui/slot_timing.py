"""Time what the GUI thread does, and list every piece of work over a threshold (issue 19.6).

    with SlotTimer(qtbot) as timer:
        with timer.step("open Personnes"):
            qtbot.mouseClick(...)
        ...
    assert timer.slow(0.1) == []      # or print them (the benchmark)

Three sources, all on the GUI thread:

- every event Qt delivers (an event filter on the QApplication: mouse and key events, timers,
  paint, queued signal-slot calls...): an event's time runs until the next event starts, or the
  event loop goes to sleep (``QAbstractEventDispatcher.aboutToBlock``), or the step ends. A
  handler that sends events of its own is split at each of them: its Python work between two
  sends is what is measured, which is where a slow slot spends its time. An event sent by a
  step's own call says so (``during step: …``): the Python work of the call that follows it
  is counted to it too, and the step's whole time is listed as well;
- every result an op delivers (``OpRunner._deliver``, the slot that runs the view's
  ``success``/``failure`` callback), timed whole, with the callback's name;
- every step of the walk (``step(name)``): the test's own direct calls (a click sent with
  QTest runs its handlers inside the call), timed whole.

``slow(threshold)`` lists each piece over the threshold with what it was: the event type and
receiver (class, object name and the view it belongs to), the op callback, or the step.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, QThread
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from reseau.ui.ops.runner import OpRunner


@dataclass(frozen=True)
class Slow:
    what: str
    seconds: float

    def __str__(self) -> str:
        return f"{self.seconds * 1000:7.1f} ms  {self.what}"


def _describe(receiver: QObject, event_type: QEvent.Type) -> str:
    name = getattr(event_type, "name", str(event_type))
    who = type(receiver).__name__
    if receiver.objectName():
        who += f" '{receiver.objectName()}'"
    owner = receiver.parent()
    while owner is not None and not (isinstance(owner, QWidget) and owner.objectName().startswith("area_")):
        owner = owner.parent()
    if owner is not None:
        who += f" in {owner.objectName()}"
    return f"{name} → {who}"


def _callback_name(callback: Callable[..., Any]) -> str:
    op = getattr(callback, "__self__", None)
    target = getattr(op, "_success", None) or getattr(op, "_failure", None)
    named = target or callback
    module = str(getattr(named, "__module__", "") or "").removeprefix("reseau.")
    qualname = str(getattr(named, "__qualname__", repr(named)))
    return f"{module}.{qualname}" if module else qualname


DESCRIBED_FROM = 0.001  # seconds: a piece this long is named with its receiver's view


class _Gone:
    """A receiver that cannot be referred to weakly: named by its class only."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self) -> None:
        return None


class _Unnamed(NamedTuple):
    """An event as noted: named when its piece is known to be long, or when read."""

    receiver: Any  # a weak reference to the receiver, or a _Gone
    event_type: QEvent.Type
    step: str | None

    def named(self, full: bool = False) -> str:
        watched = self.receiver()
        if watched is not None and full and isValid(watched):
            what = _describe(watched, self.event_type)
        else:
            who = type(watched).__name__ if watched is not None else getattr(self.receiver, "name", "QObject")
            what = f"{getattr(self.event_type, 'name', str(self.event_type))} → {who}"
        if self.step is not None:  # sent by the step's own call: its time may be the step's
            what += f" (during step: {self.step})"
        return what

    def __str__(self) -> str:
        return self.named()


class SlotTimer(QObject):
    """Records, between ``start()`` and ``stop()`` (or as a context manager), what the GUI thread
    spent its time on."""

    def __init__(self) -> None:
        super().__init__()
        self._events: list[tuple[float, str | _Unnamed]] = []  # (start, what), in order
        self._cuts: list[float] = []  # the loop went to sleep, or a step ended
        self._whole: list[Slow] = []  # op deliveries and steps, timed whole
        self._restore: Callable[[], None] | None = None
        self._gui = QThread.currentThread()
        self._gui_ident = threading.get_ident()
        self._step: str | None = None  # the step under way

    # --- recording ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the walk (1,700 to build one dialog): it only notes the time
        # and a weak reference, and names an event in full (``_describe``: its receiver's view,
        # up the parents) once its piece turns out to take DESCRIBED_FROM or more. Naming every
        # event as it came cost 26 µs each, 45 ms of the 75 a dialog's opening measured.
        if threading.get_ident() == self._gui_ident:
            now = time.perf_counter()
            self._name_last(now)
            try:
                receiver: Any = weakref.ref(watched)
            except TypeError:
                receiver = _Gone(type(watched).__name__)
            self._events.append((now, _Unnamed(receiver, event.type(), self._step)))
        return False

    def _name_last(self, now: float) -> None:
        """The last event's piece ends at ``now``: named in full if it took DESCRIBED_FROM or more."""
        if self._events:
            started, what = self._events[-1]
            if isinstance(what, _Unnamed) and now - started >= DESCRIBED_FROM:
                self._events[-1] = (started, what.named(full=True))

    def _asleep(self) -> None:
        now = time.perf_counter()
        self._name_last(now)
        self._cuts.append(now)

    def start(self) -> SlotTimer:
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication first (the qtbot fixture)"
        app.installEventFilter(self)
        dispatcher = QAbstractEventDispatcher.instance(self._gui)
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._asleep)
        original = OpRunner._deliver
        whole = self._whole

        def timed(runner: OpRunner, future: Any) -> None:
            callback = runner._pending.get(future)
            started = time.perf_counter()
            try:
                original(runner, future)
            finally:
                if callback is not None:
                    what = f"op result → {_callback_name(callback)}"
                    whole.append(Slow(what, time.perf_counter() - started))

        OpRunner._deliver = timed  # type: ignore[method-assign]

        def restore() -> None:
            OpRunner._deliver = original  # type: ignore[method-assign]
            app.removeEventFilter(self)
            if dispatcher is not None:
                dispatcher.aboutToBlock.disconnect(self._asleep)

        self._restore = restore
        return self

    def stop(self) -> None:
        self._asleep()
        if self._restore is not None:
            self._restore()
            self._restore = None

    def __enter__(self) -> SlotTimer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def cut(self) -> None:
        """The test's own code runs from here: the event before it has ended."""
        self._asleep()

    def wait_until(self, qtbot: Any, condition: Callable[[], bool], timeout: int = 60_000) -> None:
        """``qtbot.waitUntil``, then a cut (the event loop left without going to sleep)."""
        qtbot.waitUntil(condition, timeout=timeout)
        self.cut()

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """A step of the walk, timed whole (the handlers a direct call runs are inside it)."""
        self._asleep()
        started = self._cuts[-1]
        self._step = name
        try:
            yield
        finally:
            self._step = None
            self._asleep()
            ended = self._cuts[-1]
            self._whole.append(Slow(f"step: {name}", ended - started))

    # --- reading ------------------------------------------------------------------------------
    def pieces(self) -> list[Slow]:
        """Every event with its time, then every op delivery and step."""
        cuts = sorted(self._cuts)
        found: list[Slow] = []
        cut = 0
        for index, (started, what) in enumerate(self._events):
            while cut < len(cuts) and cuts[cut] <= started:
                cut += 1
            ends = [cuts[cut]] if cut < len(cuts) else []
            if index + 1 < len(self._events):
                ends.append(self._events[index + 1][0])
            if ends:
                found.append(Slow(str(what), min(ends) - started))
        return found + list(self._whole)

    def slow(self, threshold: float = 0.1) -> list[Slow]:
        """Every piece over ``threshold`` seconds, slowest first."""
        over = [piece for piece in self.pieces() if piece.seconds > threshold]
        return sorted(over, key=lambda piece: -piece.seconds)

    def report(self, threshold: float = 0.1) -> str:
        lines = [str(piece) for piece in self.slow(threshold)]
        return "\n".join(lines) or f"nothing over {threshold * 1000:.0f} ms"


def walk_main_areas(
    qtbot: Any, window: Any, timer: SlotTimer, text: str = "ma", opened_dialogs: list[str] | None = None
) -> list[str]:
    """What a user does first in each area of ``window`` (a MainWindow): open it, select the
    first row (its detail pane loads), open that record's dialog (« Modifier… ») and cancel it,
    type ``text`` in its filter and clear it; then type in the global search. Every direct call
    is a step; every wait lets the ops deliver. Returns the keys of the areas opened (for the
    caller to check the walk went everywhere); the dialogs shown go to ``opened_dialogs``."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QTableView

    runner = window.context.runner
    shown = opened_dialogs if opened_dialogs is not None else []

    def shown_then_cancelled(dialog: QDialog) -> int:
        # A modal dialog's exec() would wait for a user: it is shown, painted, then cancelled.
        dialog.show()
        QCoreApplication.processEvents()
        shown.append(type(dialog).__name__)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected.value)

    def open_editor(view: QWidget, key: str) -> None:
        button = view.findChild(QPushButton, "edit_button")
        if button is None or not button.isEnabled() or not button.isVisible():
            return
        original = QDialog.exec
        QDialog.exec = shown_then_cancelled  # type: ignore[method-assign, assignment]
        try:
            with timer.step(f"« Modifier… » in {key}"):
                button.click()
            idle()
        finally:
            QDialog.exec = original  # type: ignore[method-assign]

    def idle() -> None:
        timer.wait_until(qtbot, runner.is_idle)
        qtbot.wait(20)  # the follow-up ops a callback submits, and the paints
        timer.wait_until(qtbot, runner.is_idle)

    opened: list[str] = []
    for row, area in enumerate(window.areas):
        with timer.step(f"open {area.key}"):
            window.navigation.setCurrentRow(row)  # what a click on the navigation runs
        idle()
        opened.append(area.key)
        view = window.area_widgets[area.key]
        table = view.findChild(QTableView, "table")
        model = table.model() if table is not None else None
        if table is not None and model is not None and model.rowCount() > 0:
            with timer.step(f"select the first row of {area.key}"):
                table.selectRow(0)
            idle()
            open_editor(view, area.key)
        box = view.findChild(QLineEdit, "filter_edit")
        if box is not None and box.isVisible():
            for char in text:
                with timer.step(f"type « {char} » in the filter of {area.key}"):
                    QTest.keyClick(box, char)
            idle()
            with timer.step(f"clear the filter of {area.key}"):
                box.clear()
            idle()
    search = window.search_box
    for char in text:
        with timer.step(f"type « {char} » in the global search"):
            QTest.keyClick(search, char)
    idle()
    qtbot.wait(400)  # the search box waits for a pause in the typing
    idle()
    with timer.step("clear the global search"):
        search.clear()
    idle()
    return opened

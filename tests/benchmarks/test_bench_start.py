"""Cold start, whole process, as a user starts Réseau (``python -m reseau --db FILE``),
offscreen, on a copy of the generated database (issue 19.3):

- to the window shown with its default area (the Tableau de bord) painted;
- to the first rows of Personnes painted;
- the peak resident size (VmHWM) at that moment;

each timed from just before the exec to the timestamp the start-up probe prints
(``reseau.ui.startup_probe``, ``RESEAU_START_PROBE``), against its floor in the same run: a bare
PySide6 QMainWindow + QTableView process painting its first rows from a bare sqlite3 query.
Starts alternate (floor, window, persons) so that a load from another process hits all three.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from tests.app_process import app_env
from tests.benchmarks.bench_figures import report

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("RESEAU_BENCH_START_ROUNDS", "5"))

# The floor: the plainest process that paints a table's first rows from the same file.
FLOOR = """
import sqlite3, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

def peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0

app = QApplication([])
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute(
    "SELECT last_name, first_name, title, country FROM person ORDER BY name_key LIMIT 100"
).fetchall()
model = QStandardItemModel(0, 4)
for row in rows:
    model.appendRow([QStandardItem(str(value or "")) for value in row])
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)

class Probe(QObject):
    said = False
    def eventFilter(self, watched, event):
        if not self.said and event.type() == QEvent.Type.Paint and model.rowCount():
            self.said = True
            print(f"reseau-start-probe floor {time.time():.6f} {peak_kb()}", flush=True)
            QTimer.singleShot(0, window.close)
        return False

probe = Probe()
table.viewport().installEventFilter(probe)
window.show()
app.exec()
"""


def _start(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds from the exec to the probe's line, peak kB) of one fresh process."""
    started = time.time()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=180, check=False)
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith("reseau-start-probe ")]
    assert lines, f"no probe line (exit {done.returncode}): {done.stdout[-2000:]} {done.stderr[-2000:]}"
    _prefix, _what, said, peak = lines[-1]
    return float(said) - started, int(peak)


@pytest.fixture(scope="module")
def start_env(tmp_path_factory: pytest.TempPathFactory, big_db_path: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the big database (starts write its backups beside it) and an environment of
    its own: French, offscreen, no user preferences."""
    folder = tmp_path_factory.mktemp("cold-start")
    path = folder / "reseau.sqlite3"
    shutil.copy(big_db_path, path)
    env = app_env(folder)
    # An installed Réseau has its bytecode compiled (pip does it): the first start writes it,
    # in a folder of the test's own, and the measured starts read it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return path, env


def test_cold_start_to_window_and_to_persons_rows(
    benchmark: BenchmarkFixture, start_env: tuple[Path, dict[str, str]]
) -> None:
    path, env = start_env
    reseau = [sys.executable, "-m", "reseau", "--db", str(path)]
    window_env = {**env, "RESEAU_START_PROBE": "window"}
    persons_env = {**env, "RESEAU_START_PROBE": "persons"}
    _start(reseau, persons_env)  # warm-up: the file in the page cache, the day's start-up backup
    _start(reseau, window_env)  # ... and the bytecode of every module either start imports
    floors: list[float] = []
    windows: list[float] = []
    persons: list[float] = []
    peaks: list[int] = []
    floor_peaks: list[int] = []

    def one_round() -> None:
        seconds, peak = _start([sys.executable, "-c", FLOOR, str(path)], env)
        floors.append(seconds)
        floor_peaks.append(peak)
        windows.append(_start(reseau, window_env)[0])
        seconds, peak = _start(reseau, persons_env)
        persons.append(seconds)
        peaks.append(peak)

    benchmark.pedantic(one_round, rounds=ROUNDS, iterations=1)
    floor = statistics.median(floors) * 1000
    window_ms, persons_ms = statistics.median(windows) * 1000, statistics.median(persons) * 1000
    report("cold start to the window (Tableau de bord) painted", window_ms, floor, target="< 1500 ms")
    report("cold start to Personnes' first rows painted", persons_ms, floor, target="< 1500 ms")
    report(
        "peak memory at cold start, Personnes painted",
        max(peaks) / 1024,
        max(floor_peaks) / 1024,
        unit="MB",
        target="< 300 MB",
    )
    assert max(peaks) > 0 and min(persons) > 0

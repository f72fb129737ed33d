"""A whole run of the window (start, the start-up checks after the first paint, quit), and peak
memory with 100,000 persons in the view, each in a fresh process, against a bare PySide6 window.

The cold start's targets (< 1.5 s to the window painted, to Personnes' rows painted) are
``test_bench_start.py``'s, timed at the first paint by the start probe. The run here ends when
the process exits: after the deferred integrity check (``PRAGMA quick_check`` reads the whole
file) and the day's backup, which run once the window is painted, so it has no target."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from pytest_benchmark.fixture import BenchmarkFixture

from tests.benchmarks.bench_figures import report

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}

# The peak resident size in kB. Not getrusage's ru_maxrss: Linux carries it over fork + exec,
# so a child started by a big pytest process would report the parent's size.
PEAK = """
def peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""

BARE_WINDOW = (
    PEAK
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QTableView()); window.show()
QTimer.singleShot(1, app.quit)
app.exec()
print(peak_kb())
"""
)

# The whole application: window shown, Personnes filled, then scrolled to the end (every page
# on the way may be loaded), then the peak resident size in kB.
FULL_VIEW = (
    PEAK
    + """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reseau.app import build_window
from reseau.db.open import open_sqlite
database = open_sqlite(Path(sys.argv[1]))
window = build_window(database, None, sys.argv[1])
window.show()
view = window.show_area("persons")
deadline = time.monotonic() + 60
while view.lazy_model.rowCount() == 0 and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.005)
rows = view.lazy_model.rowCount()
bar = view.table.verticalScrollBar()
for step in range(0, 101, 5):
    bar.setValue(bar.maximum() * step // 100)
    app.processEvents()
    while view.lazy_model.is_loading() and time.monotonic() < deadline:
        app.processEvents(); time.sleep(0.002)
window.close()
print(rows, peak_kb())
"""
)


def run(args: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(args, env=ENV, capture_output=True, text=True, timeout=180, check=True)
    return time.perf_counter() - started, done.stdout


def test_cold_start(benchmark: BenchmarkFixture, big_db_path: Path) -> None:
    env_quit = {**ENV, "RESEAU_QUIT_AFTER_MS": "1"}

    def start() -> None:
        subprocess.run(
            [sys.executable, "-m", "reseau", "--db", str(big_db_path)],
            env=env_quit,
            capture_output=True,
            timeout=120,
            check=True,
        )

    benchmark.pedantic(start, rounds=3, iterations=1, warmup_rounds=1)
    floor = min(run([sys.executable, "-c", BARE_WINDOW])[0] for _ in range(3))
    report(
        "start, start-up checks, quit (process exit)",
        benchmark.stats.stats.median * 1000,
        floor * 1000,
    )


def test_peak_memory(benchmark: BenchmarkFixture, big_db_path: Path) -> None:
    results: list[str] = []

    def measure() -> None:
        results.append(run([sys.executable, "-c", FULL_VIEW, str(big_db_path)])[1])

    benchmark.pedantic(measure, rounds=1, iterations=1)
    rows, peak_kb = (int(x) for x in results[-1].split())
    floor_kb = int(run([sys.executable, "-c", BARE_WINDOW])[1])
    assert rows > 0
    report(
        f"peak memory, {rows} persons in the view (scrolled)",
        peak_kb / 1024,
        floor_kb / 1024,
        unit="MB",
        target="< 300 MB",
    )

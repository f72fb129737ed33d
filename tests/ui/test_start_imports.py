"""The start path stays light: building the main window on a database at head imports neither
Alembic nor matplotlib nor openpyxl, and builds the Tableau de bord only (docs/performance.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reseau.db.session import Database

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reseau.cli.main import _gui_arguments
assert _gui_arguments(["--db", sys.argv[1]]) is not None
from reseau.app import build_window
from reseau.db.open import open_sqlite
window = build_window(open_sqlite(Path(sys.argv[1])), None, sys.argv[1])
window.show()
app.processEvents()
heavy = [m for m in ("alembic", "matplotlib", "openpyxl", "reseau.cli.export_command") if m in sys.modules]
print(",".join(heavy) or "none", ",".join(window.area_widgets))
window.close()
"""


def test_start_path_imports_no_heavy_module(database: Database) -> None:
    path = database.engine.url.database
    assert path is not None
    database.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, path], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["none", "dashboard"]

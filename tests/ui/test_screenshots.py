"""scripts/screenshots.py writes one PNG per area of the main window (and the dialogs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_one_screenshot_per_area(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(ROOT / "src"))
    from reseau.ui.areas import all_areas

    for area in all_areas():
        image = QImage(str(tmp_path / f"{area.key}.png"))
        assert not image.isNull() and image.width() >= 1000, area.key
    assert (tmp_path / "dialog-preferences.png").exists()

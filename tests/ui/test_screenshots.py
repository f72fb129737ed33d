"""scripts/screenshots.py writes one PNG per area of the main window, per other tab, per dialog
and for the first start, on a 1280×720 screen, and fails when a window does not fit it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_screenshots_at_1280x720_fit_and_cover_every_area(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "RESEAU_SETTINGS": str(tmp_path / "s.json")}
    command = [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path / "shots")]
    done = subprocess.run(
        [*command, "--sizes", "1280x720", "--languages", "fr"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr  # every window fits (the script lists those that do not)
    assert "does not fit" not in done.stderr
    sys.path.insert(0, str(ROOT / "src"))
    from reseau.ui.areas import all_areas

    folder = tmp_path / "shots" / "fr" / "1280x720"
    for area in all_areas():
        image = QImage(str(folder / f"{area.key}.png"))
        assert not image.isNull(), area.key
        assert (image.width(), image.height()) == (1280 - 16, 720 - 48), (
            area.key
        )  # the screen, less the frame
    for name in ("dialog-person", "dialog-preferences", "dialog-slot", "dashboard-empty", "exchanges-2"):
        assert not QImage(str(folder / f"{name}.png")).isNull(), name

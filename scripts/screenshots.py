"""Regenerate the README's screenshots: every area of the main window, in French, on the demo data.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs offscreen on a temporary database; the PNGs are what a user sees at 1280×800.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from reseau.app import build_window
from reseau.core.paths import DataPaths
from reseau.db.open import open_sqlite
from reseau.services.demo import load_demo

ROOT = Path(__file__).resolve().parent.parent


def settle(app: QApplication, window: object, rounds: int = 40) -> None:
    """Let the ops deliver their results and the widgets lay out."""
    runner = window.context.runner  # type: ignore[attr-defined]
    for _ in range(rounds):
        app.processEvents()
        if runner.is_idle():
            app.processEvents()
        QApplication.instance().thread().msleep(15)  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reseau.sqlite3"
        database = open_sqlite(path)
        with database.begin() as session:
            load_demo(session)
        window = build_window(database, DataPaths(path), str(path))
        window.resize(1280, 800)
        window.show()
        settle(app, window)
        for row, area in enumerate(window.areas):
            window.navigation.setCurrentRow(row)
            view = window.area_widgets[area.key]
            if hasattr(view, "table") and view.proxy.rowCount():
                view.table.selectRow(0)
            settle(app, window)
            target = args.out / f"{area.key}.png"
            window.grab().save(str(target))
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
        window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

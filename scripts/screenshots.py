"""Regenerate docs/screenshots/*.png: each area of the main window, in French, on the demo data.

Runs offscreen on a temporary database loaded with the 2005 mission; one PNG per entry of
``MainWindow.areas`` (so a new area gets its screenshot without touching this script), plus the
dialogs listed in ``DIALOGS``. The README shows them.

    python scripts/screenshots.py [--out docs/screenshots] [--language fr|en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from reseau.core.paths import DataPaths  # noqa: E402
from reseau.db.open import open_sqlite  # noqa: E402
from reseau.services.demo.load import load_demo  # noqa: E402


def _wait(app: QApplication, runner: object, seconds: float = 10.0) -> None:
    """Let the ops finish and the views paint (no timer: poll until idle)."""
    deadline = time.monotonic() + seconds
    for _ in range(3):
        while not runner.is_idle() and time.monotonic() < deadline:  # type: ignore[attr-defined]
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()


def _dialogs() -> dict[str, Callable[[], QDialog]]:
    from reseau.core.settings import Settings
    from reseau.ui.organizations.organization_dialog import OrganizationDialog
    from reseau.ui.persons.person_dialog import PersonDialog
    from reseau.ui.preferences.preferences_dialog import PreferencesDialog

    return {
        "dialog-person": lambda: PersonDialog([]),
        "dialog-organization": lambda: OrganizationDialog([]),
        "dialog-preferences": lambda: PreferencesDialog(Settings()),
    }


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"cannot write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("fr", "en"), default="fr")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(["reseau-screenshots"])
    assert isinstance(app, QApplication)
    from reseau.app import build_window
    from reseau.ui.i18n import Translators

    sys.path.insert(0, str(ROOT / "packaging"))
    import build_translations

    build_translations.build()
    translators = Translators()
    translators.install(args.language)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reseau.sqlite3"
        database = open_sqlite(path)
        with database.begin() as session:
            load_demo(session)
        window = build_window(database, DataPaths(path), "reseau.sqlite3", language=args.language)
        window.resize(1280, 800)
        window.show()
        runner = window.context.runner
        _wait(app, runner)
        for area in window.areas:
            view = window.show_area(area.key)
            _wait(app, runner)
            table = getattr(view, "table", None)
            if table is not None and table.model() is not None and table.model().rowCount() > 1:
                table.selectRow(1)  # fill the detail pane: it is half of the area
                _wait(app, runner)
            _save(window, args.out / f"{area.key}.png")
        for name, factory in _dialogs().items():
            dialog = factory()
            dialog.show()
            app.processEvents()
            _save(dialog, args.out / f"{name}.png")
            dialog.deleteLater()
        window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Regenerate docs/screenshots: every area and main dialog, at 1280×720 and 1920×1080, in French
and in English, on the demo data (and the first start, on an empty database).

Each size and language runs in a process of its own, offscreen, on a virtual screen of that size
(the offscreen platform's ``configfile``), so that the windows meet the screen a user has: the
main window fills the screen's available area, the dialogs open at their own size. One PNG per
entry of ``MainWindow.areas`` (a new area gets its screenshot without touching this script) and
per dialog of ``reseau.ui.gallery``, per other tab of an area, and the first start on an empty
database, at 1280×720; the areas alone at 1920×1080 (a dialog does not grow with the screen);
three areas on a dark desktop palette with ``--dark``. PNGs are written with a 256-colour
palette (Pillow), a fifth of the bytes.

Every window is also checked: its size and its minimum size must fit the screen (less the
window manager's frame); a window that does not is listed and the exit status is 1.

    python scripts/screenshots.py [--out docs/screenshots] [--sizes 1280x720,1920x1080]
                                  [--languages fr,en]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is loaded by the child processes only
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1280x720", "1920x1080")
LANGUAGES = ("fr", "en")
DIALOGS_AT = "1280x720"


def _screen_config(size: str, folder: Path) -> Path:
    width, height = (int(v) for v in size.split("x"))
    screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
    path = folder / f"screen-{size}.json"
    path.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--dark", action="store_true", help="also the main areas on a dark desktop palette")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "LANGUAGE"), help=argparse.SUPPRESS)
    parser.add_argument("--dark-one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return _shoot(args.out, *args.one, dark=args.dark_one)
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes.split(","):
            config = _screen_config(size, Path(folder))
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "PYTHONPATH": str(ROOT / "src"),
            }
            for language in args.languages.split(","):
                command = [sys.executable, __file__, "--out", str(args.out), "--one", size, language]
                failed |= subprocess.run(command, env=env, check=False).returncode
            if args.dark and size == DIALOGS_AT:
                command = [
                    sys.executable,
                    __file__,
                    "--out",
                    str(args.out),
                    "--one",
                    size,
                    "fr",
                    "--dark-one",
                ]
                failed |= subprocess.run(command, env=env, check=False).returncode
    return 1 if failed else 0


# --- one size, one language (a process of its own) ------------------------------------------------


def _wait(app: object, runner: object, seconds: float = 15.0) -> None:
    """Let the ops finish and the views paint (no timer: poll until idle)."""
    deadline = time.monotonic() + seconds
    for _ in range(3):
        while not runner.is_idle() and time.monotonic() < deadline:  # type: ignore[attr-defined]
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.01)
        app.processEvents()  # type: ignore[attr-defined]


def _save(widget: QWidget, path: Path) -> None:
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def _check(name: str, widget: QWidget, problems: list[str]) -> None:
    from reseau.ui.widgets.fit import room

    limit = room(widget)
    for what, size in (("size", widget.size()), ("minimum", widget.minimumSizeHint())):
        if size.width() > limit.width() or size.height() > limit.height():
            wanted = f"{size.width()}×{size.height()}"
            problems.append(f"{name}: {what} {wanted} > {limit.width()}×{limit.height()}")


DARK_AREAS = ("dashboard", "persons", "agenda")


def _dark_palette() -> QPalette:
    """What a dark desktop (GNOME, Windows, macOS dark mode) gives the application."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#35373b"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.ToolTipBase, "#35373b"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Mid, "#55585d"),
        (roles.Dark, "#18191b"),
        (roles.Light, "#45484d"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#7a7a7a"))
    return palette


def _shoot(out: Path, size: str, language: str, dark: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["reseau-screenshots"])
    sys.path.insert(0, str(ROOT / "packaging"))
    import build_translations

    from reseau.app import build_window
    from reseau.core.paths import DataPaths
    from reseau.db.open import open_sqlite
    from reseau.ui.i18n import Translators
    from reseau.ui.widgets.fit import room

    build_translations.build()
    Translators().install(language)
    target = out / language / size
    if dark:
        app.setStyle("Fusion")  # the platform style of a dark Linux desktop
        app.setPalette(_dark_palette())
        target = out / "dark"
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["RESEAU_SETTINGS"] = str(Path(folder) / "settings.json")  # never the user's own
        path = Path(folder) / "reseau.sqlite3"
        database = open_sqlite(path)
        window = build_window(database, DataPaths(path), "reseau.sqlite3", language=language)
        window.resize(room(window))
        window.show()
        runner = window.context.runner
        _wait(app, runner)
        _check("main window", window, problems)
        full = size == DIALOGS_AT and not dark  # the larger screen: the areas only, fewer bytes
        for key in ("dashboard", "persons") if full else ():  # the first start: an empty database
            window.show_area(key)
            _wait(app, runner)
            _save(window, target / f"{key}-empty.png")
        window.demo_action.trigger()
        _wait(app, runner, 60)
        _shoot_areas(app, window, target, problems, full, dark)
        if not dark:
            _shoot_dialogs(app, window, database, target, problems, size == DIALOGS_AT)
        window.close()
        database.dispose()
    for problem in problems:
        print(f"does not fit {size} ({language}): {problem}", file=sys.stderr)
    return 1 if problems else 0


def _shoot_areas(app: Any, window: Any, target: Path, problems: list[str], full: bool, dark: bool) -> None:
    """Each area of the demo (a row selected: the detail pane is half of it), and on the larger
    screen the other tabs of each area (timeline, network…)."""
    from PySide6.QtWidgets import QTabWidget

    runner = window.context.runner
    for area in window.areas:
        if dark and area.key not in DARK_AREAS:
            continue
        view = window.show_area(area.key)
        _wait(app, runner)
        table = getattr(view, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount() > 1:
            table.selectRow(1)
            _wait(app, runner)
        _check(area.key, window, problems)
        _save(window, target / f"{area.key}.png")
        tabs = getattr(view, "tabs", None)
        if isinstance(tabs, QTabWidget) and area.key != "agenda" and full:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                _wait(app, runner)
                _save(window, target / f"{area.key}-{index + 1}.png")
            tabs.setCurrentIndex(0)


def _shoot_dialogs(
    app: Any, window: Any, database: Any, target: Path, problems: list[str], save: bool
) -> None:
    """Every main dialog (reseau.ui.gallery), checked against the screen, saved when ``save``."""
    from reseau.ui import gallery

    runner = window.context.runner
    for name, factory in gallery.dialogs(window.context, gallery.read_choices(database)).items():
        dialog = factory(window)
        dialog.show()
        _wait(app, runner)
        _check(name, dialog, problems)
        if save:
            _save(dialog, target / f"{name}.png")
        dialog.close()
        dialog.deleteLater()


if __name__ == "__main__":
    raise SystemExit(main())

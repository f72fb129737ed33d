"""Compile the Qt Designer forms (ui/*.ui) to Python with pyside6-uic.

Outputs go to src/reseau/ui/forms/ui_<name>.py and are ignored by git: they are built, never
edited. The hatchling build hook (packaging/hatch_build.py) runs this for every wheel, and the
developer scripts run it before the tests. Only forms older than their source are rebuilt.

    python packaging/build_forms.py [--force]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
TARGET = ROOT / "src" / "reseau" / "ui" / "forms"


def output_for(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


def uic_command() -> list[str]:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if found:
        return [found]
    # The wheel's own entry point, for environments where scripts are not on PATH.
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import uic; uic()"]


def build(force: bool = False) -> list[Path]:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").touch()
    built = []
    for source in sorted(SOURCES.glob("*.ui")):
        output = output_for(source)
        if not force and output.exists() and output.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [*uic_command(), "--from-imports", "--no-autoconnection", str(source), "-o", str(output)],
            check=True,
        )
        built.append(output)
    return built


if __name__ == "__main__":
    outputs = build(force="--force" in sys.argv)
    print(f"{len(outputs)} form(s) compiled")

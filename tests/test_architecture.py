"""The layering rules of ARCHITECTURE.md, checked so that they cannot rot."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import reseau

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ("reseau.core", "reseau.db", "reseau.services", "reseau.io")


def _modules(prefix: str) -> list[str]:
    package = __import__(prefix, fromlist=["_"])
    names = [prefix]
    for info in pkgutil.walk_packages(package.__path__, prefix + "."):
        if ".migrations.versions." in info.name or info.name.endswith("migrations.env"):
            continue
        names.append(info.name)
    return names


def test_core_db_services_io_never_load_qt() -> None:
    """Import every module of the Qt-free layers in a fresh interpreter; Qt must not load."""
    modules = [m for prefix in QT_FREE for m in _modules(prefix)]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(Path(reseau.__file__).parent.parent), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "", f"Qt loaded by the core layers: {result.stdout}"


def test_generated_forms_are_not_older_than_their_ui_source() -> None:
    sources = sorted((ROOT / "ui").glob("*.ui"))
    assert sources, "no Designer forms found"
    forms = ROOT / "src" / "reseau" / "ui" / "forms"
    stale = []
    for source in sources:
        built = forms / f"ui_{source.stem}.py"
        if not built.exists() or built.stat().st_mtime < source.stat().st_mtime:
            stale.append(source.name)
    assert stale == [], f"forms older than their .ui source: {stale}; run `python packaging/build_forms.py`"


def test_generated_forms_are_ignored_by_git() -> None:
    result = subprocess.run(
        ["git", "check-ignore", "src/reseau/ui/forms/ui_person_dialog.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode == 128:  # not a git checkout (an sdist)
        return
    assert result.returncode == 0

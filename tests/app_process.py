"""The environment of a Réseau started in a subprocess by a test: offscreen, the sources of this
checkout, French, its own preferences file in the test's folder, no database chosen by the
caller's environment."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def app_env(folder: Path) -> dict[str, str]:
    """``folder`` holds the preferences file (``settings.json``, French)."""
    settings = folder / "settings.json"
    settings.write_text('{"language": "fr"}', encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
        "RESEAU_SETTINGS": str(settings),
    }
    env.pop("RESEAU_DATABASE_URL", None)
    env.pop("RESEAU_DB", None)
    return env

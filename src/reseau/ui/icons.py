"""Application icons: SVG files (crisp at any scale) from the top-level resources/icons.

The wheel carries them as ``reseau/resources/icons``; from a source checkout they are read
where they live.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent
_CANDIDATES = (_PACKAGE / "resources" / "icons", _PACKAGE.parent.parent / "resources" / "icons")


@cache
def icons_folder() -> Path | None:
    return next((p for p in _CANDIDATES if p.is_dir()), None)


def icon(name: str) -> QIcon:
    folder = icons_folder()
    path = folder / name if folder else None
    return QIcon(str(path)) if path and path.is_file() else QIcon()

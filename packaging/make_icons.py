"""Render the application icon (resources/icons/reseau.svg) to PNG sizes with Qt, at build time.

Writes build/icons/hicolor/<n>x<n>/apps/ca.reseau.Reseau.png (the freedesktop icon theme
layout the .desktop file expects), build/icons/reseau.ico on every platform (Qt writes ICO),
and, on macOS, build/icons/reseau.icns with `iconutil` when it is available.

    python packaging/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "reseau.svg"
OUT = ROOT / "build" / "icons"
APP_ID = "ca.reseau.Reseau"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def build() -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        path = OUT / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    ico = OUT / "reseau.ico"
    if render(256).save(str(ico), "ICO"):
        written.append(ico)
    if sys.platform == "darwin" and shutil.which("iconutil"):
        iconset = OUT / "reseau.iconset"
        iconset.mkdir(parents=True, exist_ok=True)
        for size in (16, 32, 128, 256, 512):
            render(size).save(str(iconset / f"icon_{size}x{size}.png"))
            render(size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"))
        subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(OUT / "reseau.icns")], check=True)
        written.append(OUT / "reseau.icns")
    return written


if __name__ == "__main__":
    print(f"{len(build())} icon file(s) written to {OUT}")

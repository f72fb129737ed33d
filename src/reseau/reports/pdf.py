"""Render an HTML document to a PDF file with QTextDocument and QPdfWriter.

Reusable by any report (the mission briefing pack, per-delegate sheets): build the HTML from
plain data, then call :func:`write_pdf`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

RESOLUTION = 300  # dots per inch of the PDF's layout grid
BASE_POINT_SIZE = 10


def ensure_gui_application() -> QGuiApplication:
    """Qt needs a GUI application for fonts; the CLI has none, so make an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["reseau"])
    assert isinstance(app, QGuiApplication)
    return app


def write_pdf(html: str, path: Path, title: str, author: str = "Réseau") -> int:
    """Write ``html`` as an A4 PDF at ``path``; returns the number of pages."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator(author)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    # Measure fonts on the writer, not on the (offscreen) screen, so 10 pt prints as 10 pt.
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSize(BASE_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    # Lay the text out on the printable area, in the writer's device pixels.
    rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    pages = document.pageCount()
    del writer  # flushes and closes the file
    if not path.exists():
        raise OSError(f"Le PDF n'a pas pu être écrit : {path}")
    return pages

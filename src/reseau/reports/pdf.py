"""PDF output with Qt's text engine: HTML and images in, an A4 PDF file out (QtGui only).

``QTextDocument`` paginates the HTML and ``QPdfWriter`` embeds the fonts, so the text of every
report can be extracted again (the tests do, with pypdf). Charts arrive as PNG bytes and are
registered as document resources under the names the HTML uses in ``<img src=...>``.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from reseau.core.safe_output import is_stream, write_output

# Qt's rich-text engine understands this subset of CSS.
STYLE = """
body { font-size: 10pt; }
h1 { font-size: 20pt; color: #1f5f99; }
h2 { font-size: 14pt; color: #1f5f99; margin-top: 14px; }
h3 { font-size: 11pt; margin-top: 10px; }
p.meta { color: #555555; }
p.empty { color: #555555; font-style: italic; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #e8eef5; font-weight: bold; padding: 3px; font-size: 9pt; }
table.grid td { padding: 3px; font-size: 9pt; }
"""
IMAGE_WIDTH = 620  # px: the width of the text area of an A4 page with 18 mm margins, at 96 dpi
LAYOUT_DPI = 96
PAGE_BREAK = '<p style="page-break-before: always"></p>'


def ensure_gui_application() -> QCoreApplication:
    """A QGuiApplication for fonts and images (the CLI has none); offscreen without a display."""
    app = QGuiApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["reseau"])


def esc(text: object) -> str:
    return html.escape(str(text))


def paragraphs(text: str) -> str:
    """Plain text with blank lines as HTML paragraphs."""
    return "".join(f"<p>{esc(p).replace(chr(10), '<br/>')}</p>" for p in text.split("\n\n") if p.strip())


def empty(text: str) -> str:
    return f'<p class="empty">{esc(text)}</p>'


def grid(headers: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[int] = ()) -> str:
    """A bordered table; cells are escaped. ``widths`` are percentages, one per column."""
    # Qt sizes columns from the width attribute of the cells of the first row.
    head = "".join(
        f'<th width="{widths[i]}%">{esc(h)}</th>' if widths else f"<th>{esc(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (
        '<table class="grid" border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def bullets(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def document(title: str, body: str) -> str:
    return f"<html><head><title>{esc(title)}</title></head><body>{body}</body></html>"


def write_pdf(path: Path, title: str, body_html: str, images: Mapping[str, bytes] | None = None) -> Path:
    """Lay out ``body_html`` on A4 pages and write the PDF to ``path``."""
    render_pdf(path, title, document(title, body_html), images)
    return path


def render_pdf(path: Path, title: str, full_html: str, images: Mapping[str, bytes] | None = None) -> int:
    """Write a whole HTML document (its own <head> styles win over ours) as an A4 PDF at
    ``path``; returns the number of pages."""
    ensure_gui_application()
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setDefaultStyleSheet(STYLE)
    for name, data in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data))
    doc.setHtml(full_html)
    # Painted in memory, then written by core.safe_output: a symlink's target is updated, a
    # pipe or "-" gets the bytes, every file is 0600; QPdfWriter(path) would replace them.
    pdf = QByteArray()
    buffer = QBuffer(pdf)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Réseau")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout.Unit.Millimeter)
    pages = _paint(doc, writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    if not is_stream(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_output(path, bytes(pdf.data()))
    return pages


def _paint(doc: QTextDocument, writer: QPdfWriter) -> int:
    """Lay the document out in 96-dpi pixels and paint it page by page, with page numbers.

    ``QTextDocument.print_`` derives its page width from the platform's default DPI, which the
    offscreen platform (the command line, the tests) reports differently: the text then used
    half the page. Painting ourselves keeps the layout the same everywhere.
    """
    scale = writer.resolution() / LAYOUT_DPI
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = area.width() / scale, area.height() / scale
    doc.setPageSize(QSizeF(width, height))
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        footer = QFont("DejaVu Sans", 8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(footer)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(0, height + 6, width, 20), int(Qt.AlignmentFlag.AlignRight), f"{page + 1} / {pages}"
            )
    finally:
        painter.end()
    return pages

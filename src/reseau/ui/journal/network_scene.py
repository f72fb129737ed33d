"""Draw a :class:`Network` on a QGraphicsScene, and export the scene as PNG or SVG.

France is blue on the left, Québec orange on the right (the colours of the check lists), with
a dashed line for the ocean between them; persons are circles, organizations squares, exchanges
grey diamonds. Journal links are solid, exchange links dotted, affiliations thin and light.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from reseau.core.enums import Country
from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.core.safe_output import write_output
from reseau.services.journal.network import EdgeKind, Network, NodeKind
from reseau.services.journal.network_layout import COLUMN_GAP, Position, layout
from reseau.ui.widgets.check_list import COUNTRY_COLORS

RADIUS = 7.0
MARGIN = 40.0
EDGE_STYLES = {
    EdgeKind.JOURNAL: (QColor("#2f855a"), Qt.PenStyle.SolidLine),
    EdgeKind.EXCHANGE: (QColor("#777777"), Qt.PenStyle.DotLine),
    EdgeKind.AFFILIATION: (QColor("#bbbbbb"), Qt.PenStyle.SolidLine),
}


def _color(country: Country | None) -> QColor:
    return QColor(COUNTRY_COLORS.get(country or Country.OTHER, "#666666")) if country else QColor("#888888")


def draw(scene: QGraphicsScene, network: Network, titles: tuple[str, str, str]) -> dict[str, Position]:
    """Fill ``scene``; ``titles`` are the France, exchanges and Québec column headings."""
    scene.clear()
    positions = layout(network)
    height = max((p.y for p in positions.values()), default=0.0)
    font = QFont()
    font.setPointSize(8)
    title_font = QFont()
    title_font.setPointSize(11)
    title_font.setBold(True)
    # Headings and the ocean line.
    for x, text, country in (
        (0.5 * COLUMN_GAP, titles[0], Country.FRANCE),
        (2 * COLUMN_GAP, titles[1], None),
        (3.5 * COLUMN_GAP, titles[2], Country.QUEBEC),
    ):
        item = scene.addSimpleText(text, title_font)
        item.setBrush(QBrush(_color(country)))
        item.setPos(x - item.boundingRect().width() / 2, -MARGIN - 10)
    ocean = QPen(QColor("#9ec5e8"), 1.5, Qt.PenStyle.DashLine)
    for x in (1.5 * COLUMN_GAP, 2.5 * COLUMN_GAP):
        scene.addLine(x, -MARGIN + 10, x, height + MARGIN, ocean)
    for edge in network.edges:
        a, b = positions[edge.a], positions[edge.b]
        color, style = EDGE_STYLES[edge.kind]
        pen = QPen(color, min(1.0 + edge.weight * 0.8, 4.0), style)
        line = scene.addLine(a.x, a.y, b.x, b.y, pen)
        line.setZValue(-1)
    for node in network.nodes:
        p = positions[node.key]
        brush = QBrush(_color(node.country) if node.kind != NodeKind.EXCHANGE else QColor("#888888"))
        pen = QPen(QColor("#ffffff"), 1.2)
        shape: QGraphicsItem
        if node.kind == NodeKind.PERSON:
            shape = scene.addEllipse(p.x - RADIUS, p.y - RADIUS, 2 * RADIUS, 2 * RADIUS, pen, brush)
        elif node.kind == NodeKind.ORGANIZATION:
            shape = scene.addRect(p.x - RADIUS, p.y - RADIUS, 2 * RADIUS, 2 * RADIUS, pen, brush)
        else:
            r = RADIUS * 1.4
            diamond = QPolygonF(
                [QPointF(p.x, p.y - r), QPointF(p.x + r, p.y), QPointF(p.x, p.y + r), QPointF(p.x - r, p.y)]
            )
            shape = scene.addPolygon(diamond, pen, brush)
        shape.setToolTip(node.label)
        shape.setData(0, node.key)
        # Elided in the middle: two CAFs differ by the end of their names, not the start.
        text = node.label if len(node.label) <= 34 else node.label[:16] + "…" + node.label[-17:]
        label = scene.addSimpleText(text, font)
        box = label.boundingRect()
        if node.kind == NodeKind.EXCHANGE:  # centred under the diamond, clear of the ocean lines
            label.setPos(p.x - box.width() / 2, p.y + RADIUS * 1.6)
        elif p.x < 2 * COLUMN_GAP:  # labels point away from the ocean
            label.setPos(p.x - RADIUS - 4 - box.width(), p.y - box.height() / 2)
        else:
            label.setPos(p.x + RADIUS + 4, p.y - box.height() / 2)
        label.setToolTip(node.label)
        label.setData(0, node.key)
    rect = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    scene.setSceneRect(rect)
    return positions


def export_png(scene: QGraphicsScene, path: Path, scale: float = 2.0) -> None:
    rect = scene.sceneRect()
    image = QImage(QSize(int(rect.width() * scale), int(rect.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format, PySide6 wants str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ReseauError(tr("Impossible d'écrire le fichier {path}.", path=str(path)))
    write_output(path, bytes(data.data()))  # 0600, a symlink's target, never a device replaced


def export_svg(scene: QGraphicsScene, path: Path, title: str) -> None:
    rect = scene.sceneRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(rect.width()), int(rect.height())))
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor("white"))
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    buffer.close()
    if data.isEmpty():
        raise ReseauError(tr("Impossible d'écrire le fichier {path}.", path=str(path)))
    write_output(path, bytes(data.data()))

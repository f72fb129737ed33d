"""Draw a :class:`Network` on a QGraphicsScene (the window's drawing: hover, click, zoom).

France is blue on the left, Québec orange on the right (the colours of the check lists), with
a dashed line for the ocean between them; persons are circles, organizations squares, exchanges
grey diamonds, the filtered theme an amber one. Journal links are solid, exchange links dotted,
affiliations thin and light, direct links to the theme dashed amber. The pictures to keep (PNG,
SVG, with caption and legend) are :mod:`reseau.reports.network_picture`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from reseau.core.enums import Country
from reseau.reports.network_picture import EDGE_STYLES, node_color
from reseau.services.journal.network import Network, NodeKind
from reseau.services.journal.network_layout import COLUMN_GAP, Position, layout
from reseau.ui.widgets.check_list import COUNTRY_COLORS

RADIUS = 7.0
MARGIN = 40.0


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
        pen = QPen(QColor(color), min(1.0 + edge.weight * 0.8, 4.0), style)
        line = scene.addLine(a.x, a.y, b.x, b.y, pen)
        line.setZValue(-1)
    for node in network.nodes:
        p = positions[node.key]
        brush = QBrush(node_color(node))
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
        if node.kind in (NodeKind.EXCHANGE, NodeKind.THEME):  # centred under the diamond
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

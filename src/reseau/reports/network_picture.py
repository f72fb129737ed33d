"""The network as a picture to keep (PNG or SVG): a title, what it shows (theme, period, date,
limit), a legend, and the graph with every name in full, wrapped.

QtGui and QtSvg only (QPainter on a QImage or a QSvgGenerator), no widget and no scene: the
export runs off the GUI thread (``ui.ops.journal.export_network``). The window's own drawing,
with items to click and hover, is :mod:`reseau.ui.journal.network_scene`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator

from reseau.core.enums import Country
from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.core.safe_output import write_output
from reseau.services.journal.network import EdgeKind, Network, Node, NodeKind
from reseau.services.journal.network_layout import COLUMN_GAP, Position, layout

RADIUS = 7.0
MARGIN = 30.0
LABEL_WIDTH = 170.0  # a name wider than this wraps at spaces; nothing is cut
COUNTRY_COLORS = {Country.FRANCE: "#1f5fbf", Country.QUEBEC: "#c2410c", Country.OTHER: "#666666"}
THEME_COLOR = "#b7791f"
EDGE_STYLES = {
    EdgeKind.JOURNAL: ("#2f855a", Qt.PenStyle.SolidLine),
    EdgeKind.EXCHANGE: ("#777777", Qt.PenStyle.DotLine),
    EdgeKind.AFFILIATION: ("#bbbbbb", Qt.PenStyle.SolidLine),
    EdgeKind.THEME: (THEME_COLOR, Qt.PenStyle.DashLine),
}
WRAP = int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Legend:
    """The legend's words, in the UI's language."""

    france: str
    quebec: str
    person: str
    organization: str
    exchange: str
    theme: str
    journal: str
    participation: str
    affiliation: str
    theme_link: str


@dataclass(frozen=True)
class NetworkPicture:
    network: Network
    title: str
    caption: tuple[str, ...]  # "Thème : …", "Période : …", "Produit le …", the limit if any
    columns: tuple[str, str, str]  # France, exchanges, Québec
    legend: Legend


def node_color(node: Node) -> QColor:
    if node.kind == NodeKind.THEME:
        return QColor(THEME_COLOR)
    if node.kind == NodeKind.EXCHANGE or node.country is None:
        return QColor("#888888")
    return QColor(COUNTRY_COLORS.get(node.country, "#666666"))


def draw_mark(painter: QPainter, kind: NodeKind, center: QPointF, color: QColor) -> None:
    """A node's shape: person circle, organization square, exchange or theme diamond."""
    painter.setPen(QPen(QColor("#ffffff"), 1.2))
    painter.setBrush(QBrush(color))
    x, y, r = center.x(), center.y(), RADIUS
    if kind == NodeKind.PERSON:
        painter.drawEllipse(center, r, r)
    elif kind == NodeKind.ORGANIZATION:
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
    else:
        d = r * 1.4
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y)])
        )


def _label_rect(node: Node, p: Position, metrics: QFontMetricsF) -> QRectF:
    box = metrics.boundingRect(QRectF(0, 0, LABEL_WIDTH, 10_000), WRAP, node.label)
    w, h = box.width(), box.height()
    if node.kind in (NodeKind.EXCHANGE, NodeKind.THEME):  # centred under the diamond
        return QRectF(p.x - w / 2, p.y + RADIUS * 1.6, w, h)
    if p.x < 2 * COLUMN_GAP:  # labels point away from the ocean
        return QRectF(p.x - RADIUS - 4 - w, p.y - h / 2, w, h)
    return QRectF(p.x + RADIUS + 4, p.y - h / 2, w, h)


def _legend_items(legend: Legend) -> list[tuple[str, str, str]]:
    """(what, colour or style key, words): marks, then lines."""
    return [
        ("square", COUNTRY_COLORS[Country.FRANCE], legend.france),
        ("square", COUNTRY_COLORS[Country.QUEBEC], legend.quebec),
        (NodeKind.PERSON, "#888888", legend.person),
        (NodeKind.ORGANIZATION, "#888888", legend.organization),
        (NodeKind.EXCHANGE, "#888888", legend.exchange),
        (NodeKind.THEME, THEME_COLOR, legend.theme),
        ("line", EdgeKind.JOURNAL, legend.journal),
        ("line", EdgeKind.EXCHANGE, legend.participation),
        ("line", EdgeKind.AFFILIATION, legend.affiliation),
        ("line", EdgeKind.THEME, legend.theme_link),
    ]


class _Painter:
    """Measures once, then paints the same picture on any device."""

    def __init__(self, picture: NetworkPicture) -> None:
        self.picture = picture
        self.font = QFont("DejaVu Sans", 8)
        self.caption_font = QFont("DejaVu Sans", 9)
        self.title_font = QFont("DejaVu Sans", 13, QFont.Weight.Bold)
        self.column_font = QFont("DejaVu Sans", 10, QFont.Weight.Bold)
        self.metrics = QFontMetricsF(self.font)
        self.positions = layout(picture.network)
        self.labels = {
            n.key: _label_rect(n, self.positions[n.key], self.metrics) for n in picture.network.nodes
        }
        graph = QRectF(-RADIUS, -RADIUS, 4 * COLUMN_GAP + 2 * RADIUS, 2 * RADIUS)
        for n in picture.network.nodes:
            p = self.positions[n.key]
            graph = graph.united(QRectF(p.x - RADIUS, p.y - RADIUS, 2 * RADIUS, 2 * RADIUS))
            graph = graph.united(self.labels[n.key])
        self.graph = graph
        self.width = max(graph.width(), 900.0) + 2 * MARGIN
        self.legend_rows = self._legend_rows()
        caption = QFontMetricsF(self.caption_font).height()
        self.header = 24 + caption * len(picture.caption) + 20 * len(self.legend_rows) + 34
        self.height = self.header + graph.height() + 2 * MARGIN

    def _legend_rows(self) -> list[list[tuple[str, str, str, float]]]:
        rows: list[list[tuple[str, str, str, float]]] = [[]]
        x = 0.0
        for what, style, words in _legend_items(self.picture.legend):
            w = 30 + self.metrics.horizontalAdvance(words) + 18
            if x + w > self.width - 2 * MARGIN and rows[-1]:
                rows.append([])
                x = 0.0
            rows[-1].append((what, style, words, x))
            x += w
        return rows

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor("white"))
        y = MARGIN
        painter.setFont(self.title_font)
        painter.setPen(QColor("#1f3a5f"))
        painter.drawText(QPointF(MARGIN, y + 14), self.picture.title)
        y += 24
        painter.setFont(self.caption_font)
        painter.setPen(QColor("#333333"))
        step = QFontMetricsF(self.caption_font).height()
        for line in self.picture.caption:
            painter.drawText(QPointF(MARGIN, y + step - 3), line)
            y += step
        painter.setFont(self.font)
        for row in self.legend_rows:
            for what, style, words, x in row:
                self._legend_item(painter, what, style, words, QPointF(MARGIN + x, y + 10))
            y += 20
        dx, dy = MARGIN - self.graph.left(), self.header + MARGIN - self.graph.top()
        painter.translate(dx, dy)
        self._columns(painter)
        self._graph(painter)

    def _legend_item(self, painter: QPainter, what: str, style: str, words: str, at: QPointF) -> None:
        if what == "line":
            color, pen_style = EDGE_STYLES[EdgeKind(style)]
            painter.setPen(QPen(QColor(color), 2.0, pen_style))
            painter.drawLine(QPointF(at.x(), at.y()), QPointF(at.x() + 22, at.y()))
        elif what == "square":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(style)))
            painter.drawRect(QRectF(at.x() + 4, at.y() - 6, 12, 12))
        else:
            draw_mark(painter, NodeKind(what), QPointF(at.x() + 10, at.y()), QColor(style))
        painter.setPen(QColor("#333333"))
        painter.drawText(QPointF(at.x() + 28, at.y() + 4), words)

    def _columns(self, painter: QPainter) -> None:
        painter.setFont(self.column_font)
        metrics = QFontMetricsF(self.column_font)
        top = self.graph.top() - 14
        for x, text, country in (
            (0.5 * COLUMN_GAP, self.picture.columns[0], Country.FRANCE),
            (2 * COLUMN_GAP, self.picture.columns[1], None),
            (3.5 * COLUMN_GAP, self.picture.columns[2], Country.QUEBEC),
        ):
            painter.setPen(QColor(COUNTRY_COLORS[country]) if country else QColor("#555555"))
            painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, top), text)
        painter.setPen(QPen(QColor("#9ec5e8"), 1.5, Qt.PenStyle.DashLine))
        for x in (1.5 * COLUMN_GAP, 2.5 * COLUMN_GAP):
            painter.drawLine(QPointF(x, top + 6), QPointF(x, self.graph.bottom()))

    def _graph(self, painter: QPainter) -> None:
        for edge in self.picture.network.edges:
            a, b = self.positions[edge.a], self.positions[edge.b]
            color, style = EDGE_STYLES[edge.kind]
            painter.setPen(QPen(QColor(color), min(1.0 + edge.weight * 0.8, 4.0), style))
            painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
        painter.setFont(self.font)
        for node in self.picture.network.nodes:
            p = self.positions[node.key]
            draw_mark(painter, node.kind, QPointF(p.x, p.y), node_color(node))
            rect = self.labels[node.key]
            painter.fillRect(rect.adjusted(-1, 0, 1, 0), QColor(255, 255, 255, 210))  # readable over lines
            painter.setPen(QColor("#222222"))
            align = Qt.AlignmentFlag.AlignRight if rect.right() <= p.x else Qt.AlignmentFlag.AlignLeft
            if node.kind in (NodeKind.EXCHANGE, NodeKind.THEME):
                align = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(rect, WRAP | int(align), node.label)


def _failed(path: Path) -> ReseauError:
    return ReseauError(tr("Impossible d'écrire le fichier {path}.", path=str(path)))


def write_png(picture: NetworkPicture, path: Path, scale: float = 2.0) -> Path:
    painter_plan = _Painter(picture)
    size = QSize(int(painter_plan.width * scale), int(painter_plan.height * scale))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter_plan.paint(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format, PySide6 wants str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise _failed(path)
    write_output(path, bytes(data.data()))  # 0600, a symlink's target, never a device replaced
    return path


def write_svg(picture: NetworkPicture, path: Path) -> Path:
    painter_plan = _Painter(picture)
    width, height = painter_plan.width, painter_plan.height
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(width), int(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(picture.title)
    generator.setDescription(" · ".join(picture.caption))
    painter = QPainter(generator)
    painter_plan.paint(painter)
    painter.end()
    buffer.close()
    if data.isEmpty():
        raise _failed(path)
    write_output(path, bytes(data.data()))
    return path

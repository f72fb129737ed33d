"""The exchanges timeline: months across two years, one bar per exchange, coloured by kind and
marked by status, painted with QPainter. A click on a bar emits ``exchange_clicked(id)``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reseau.core.enums import ExchangeKind, ExchangeStatus
from reseau.services.exchanges.records import ExchangeRow
from reseau.ui.i18n import label

KIND_COLOURS: dict[ExchangeKind, str] = {
    ExchangeKind.MISSION: "#1f5fa8",
    ExchangeKind.STAGE: "#2e8b3e",
    ExchangeKind.VISIT: "#d9731a",
    ExchangeKind.SEMINAR: "#7d4fa8",
    ExchangeKind.CONTENT: "#17858f",
}
# What a bar looks like for each status: (fill pattern, opacity, mark before the title).
STATUS_LOOK: dict[ExchangeStatus, tuple[Qt.BrushStyle, int, str]] = {
    ExchangeStatus.IDEA: (Qt.BrushStyle.Dense6Pattern, 255, "?"),
    ExchangeStatus.PROPOSED: (Qt.BrushStyle.Dense4Pattern, 255, "…"),
    ExchangeStatus.PLANNED: (Qt.BrushStyle.SolidPattern, 110, ""),
    ExchangeStatus.CONFIRMED: (Qt.BrushStyle.SolidPattern, 255, ""),
    ExchangeStatus.DONE: (Qt.BrushStyle.SolidPattern, 255, "✓"),
    ExchangeStatus.ASSESSED: (Qt.BrushStyle.SolidPattern, 255, "★"),
    ExchangeStatus.CANCELLED: (Qt.BrushStyle.BDiagPattern, 255, "✗"),
}
HEADER = 44
LANE = 24
BAR = 18
MARGIN = 8


@dataclass(frozen=True)
class Bar:
    exchange_id: int
    rect: QRectF
    row: ExchangeRow


class ExchangeTimeline(QWidget):
    exchange_clicked = Signal(int)
    first_year_changed = Signal(int)

    def __init__(self, lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Chronologie des échanges"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._lang = lang
        locale = QLocale("fr_CA" if lang.startswith("fr") else "en_CA")
        self._months = [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        self._rows: list[ExchangeRow] = []
        self.first_year = date.today().year
        self.bars: list[Bar] = []
        self._lanes = 0
        self.today = date.today()

    # --- data -------------------------------------------------------------------------------
    def set_rows(self, rows: list[ExchangeRow]) -> None:
        self._rows = list(rows)
        self._layout_bars()

    def set_first_year(self, year: int) -> None:
        self.first_year = year
        self._layout_bars()
        self.first_year_changed.emit(year)

    @property
    def window_start(self) -> date:
        return date(self.first_year, 1, 1)

    @property
    def window_end(self) -> date:  # exclusive
        return date(self.first_year + 2, 1, 1)

    def undated_count(self) -> int:
        return sum(1 for r in self._rows if r.start_date is None)

    def shown_count(self) -> int:
        return len(self.bars)

    # --- geometry -----------------------------------------------------------------------------
    def _x(self, day: date) -> float:
        span = (self.window_end - self.window_start).days
        width = self.width() - 2 * MARGIN
        return MARGIN + width * (day - self.window_start).days / span

    def _layout_bars(self) -> None:
        metrics = QFontMetrics(self.font())
        lane_ends: list[float] = []
        bars: list[Bar] = []
        visible = [
            r
            for r in self._rows
            if r.start_date is not None
            and r.start_date < self.window_end
            and (r.end_date or r.start_date) >= self.window_start
        ]
        for row in sorted(visible, key=lambda r: (r.start_date, r.id)):
            assert row.start_date is not None
            start = max(row.start_date, self.window_start)
            end = min((row.end_date or row.start_date) + timedelta(days=1), self.window_end)
            x0, x1 = self._x(start), max(self._x(end), self._x(start) + 6)
            # A short bar shows its title after it: keep the lane free until the text ends.
            text_end = x1 + metrics.horizontalAdvance(self._text(row)) + 12
            reach = max(x1, text_end if self._text_outside(row, x1 - x0, metrics) else x1)
            lane = next((i for i, end_x in enumerate(lane_ends) if end_x + 4 <= x0), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(reach)
            else:
                lane_ends[lane] = reach
            top = HEADER + 6 + lane * LANE
            bars.append(Bar(row.id, QRectF(x0, top, x1 - x0, BAR), row))
        self.bars = bars
        self._lanes = len(lane_ends)
        self.updateGeometry()
        self.update()

    def _text(self, row: ExchangeRow) -> str:
        mark = STATUS_LOOK[row.status][2]
        return f"{mark} {row.title}" if mark else row.title

    def _text_outside(self, row: ExchangeRow, width: float, metrics: QFontMetrics) -> bool:
        return metrics.horizontalAdvance(self._text(row)) + 8 > width

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER + 12 + max(self._lanes, 3) * LANE + 30)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_bars()
        super().resizeEvent(event)

    def bar_at(self, point: QPointF) -> Bar | None:
        return next((b for b in reversed(self.bars) if b.rect.adjusted(0, -2, 0, 2).contains(point)), None)

    # --- events -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.exchange_clicked.emit(bar.exchange_id)
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Sideways scrolling (or Shift + wheel) moves through the years, one notch a year.
        delta = event.angleDelta()
        step = delta.x() or (delta.y() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0)
        if step:
            self.set_first_year(self.first_year + (1 if step < 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.bar_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
            else:
                r = bar.row
                dates = f"{r.start_date:%Y-%m-%d}" + (f" → {r.end_date:%Y-%m-%d}" if r.end_date else "")
                QToolTip.showText(
                    event.globalPos(),
                    f"{r.title}\n{label(r.kind, self._lang)} · {label(r.status, self._lang)}\n{dates}",
                    self,
                )
            return True
        return super().event(event)

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        self._paint_grid(painter)
        metrics = QFontMetrics(self.font())
        for bar in self.bars:
            self._paint_bar(painter, bar, metrics)
        if self.window_start <= self.today < self.window_end:
            x = self._x(self.today)
            painter.setPen(QPen(QColor("#c62828"), 1.5))
            painter.drawLine(QPointF(x, HEADER - 4), QPointF(x, self.height()))
        if not self.bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                self.rect().adjusted(0, HEADER, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Aucun échange daté en %1 – %2.")
                .replace("%1", str(self.first_year))
                .replace("%2", str(self.first_year + 1)),
            )
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(40)
        bold = painter.font()
        bold.setBold(True)
        normal = painter.font()
        for offset in range(24):
            year, month = self.first_year + offset // 12, offset % 12 + 1
            x0 = self._x(date(year, month, 1))
            x1 = self._x(date(year + (month == 12), month % 12 + 1, 1))
            if month == 1:
                painter.setFont(bold)
                painter.setPen(text)
                painter.drawText(QRectF(x0 + 4, 2, 200, 18), Qt.AlignmentFlag.AlignLeft, str(year))
                painter.setFont(normal)
            if year == self.first_year + 1 and month == 1:
                painter.setPen(QPen(text, 1.5))
            else:
                painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x0, 20), QPointF(x0, self.height()))
            painter.setPen(text)
            painter.drawText(
                QRectF(x0, 22, x1 - x0, 18), Qt.AlignmentFlag.AlignCenter, self._months[month - 1]
            )

    def _paint_bar(self, painter: QPainter, bar: Bar, metrics: QFontMetrics) -> None:
        row = bar.row
        colour = QColor(KIND_COLOURS[row.kind])
        if row.status == ExchangeStatus.CANCELLED:
            colour = QColor("#8a8a8a")
        pattern, alpha, _mark = STATUS_LOOK[row.status]
        fill = QColor(colour)
        fill.setAlpha(alpha)
        painter.setPen(
            QPen(
                colour.darker(130),
                1,
                Qt.PenStyle.DashLine
                if alpha < 255 or pattern != Qt.BrushStyle.SolidPattern
                else Qt.PenStyle.SolidLine,
            )
        )
        painter.setBrush(QBrush(fill, pattern))
        painter.drawRoundedRect(bar.rect, 4, 4)
        text = self._text(row)
        solid = pattern == Qt.BrushStyle.SolidPattern and alpha == 255
        align = Qt.AlignmentFlag.AlignLeft
        if self._text_outside(row, bar.rect.width(), metrics):
            painter.setPen(self.palette().text().color())
            target, text, align = self._outside(bar.rect, text, metrics)
        else:
            target = bar.rect.adjusted(4, 0, -2, 0)
            if not solid:
                # A hatched or pale bar: give its title a light ground so that it stays legible.
                ground = QColor(self.palette().base().color())
                ground.setAlpha(210)
                width = min(metrics.horizontalAdvance(text) + 4, target.width())
                painter.fillRect(QRectF(target.left(), target.top() + 2, width, BAR - 4), ground)
            painter.setPen(QColor("white") if solid else self.palette().text().color())
        painter.drawText(target, Qt.AlignmentFlag.AlignVCenter | align, text)

    def _outside(
        self, rect: QRectF, text: str, metrics: QFontMetrics
    ) -> tuple[QRectF, str, Qt.AlignmentFlag]:
        """Where the title of a short bar goes: after it; before it when the right edge would
        cut it and there is more room on the left; elided in the middle to the room left (the
        tooltip has it whole)."""
        after = self.width() - MARGIN - (rect.right() + 4)
        before = rect.left() - 4 - MARGIN
        wanted = metrics.horizontalAdvance(text) + 4
        if wanted <= after or after >= before:
            room = int(min(wanted, after))
            shown = text if wanted <= after else metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
            return QRectF(rect.right() + 4, rect.top(), room + 4, BAR), shown, Qt.AlignmentFlag.AlignLeft
        room = int(min(wanted, before))
        shown = text if wanted <= before else metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        return QRectF(rect.left() - 4 - room, rect.top(), room, BAR), shown, Qt.AlignmentFlag.AlignRight

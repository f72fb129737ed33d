"""The agenda grid: one column per day, one row per half-day (matin, après-midi, soirée).

Each slot is a card; drag a card onto another cell to move it (a ``QDrag`` carrying the slot
id in :data:`SLOT_MIME`). Cards of slots with open warnings get a red border and the warnings
as tooltip. The grid only shows and reports: the view does the saving.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reseau.core.agenda import MissionAgenda, SlotView, zone_place
from reseau.core.agenda_checks import CheckWarning
from reseau.core.enums import Activity, HalfDay
from reseau.ui.i18n import label, say, ui_language
from reseau.ui.widgets.empty_state import EmptyAction, EmptyState

SLOT_MIME = "application/x-reseau-agenda-slot"
CARD_WIDTH = 190
FIT_MIN_WIDTH = 110  # « Toute la semaine »: a day column never narrower than this
ROW_MIN_HEIGHT = 90  # an empty half-day keeps room to drop a slot in (issue 16.4)

ACTIVITY_COLORS = {
    Activity.PRESENTATION: "#dbe8f7",
    Activity.DISCUSSION: "#dff2e1",
    Activity.SITE_VISIT: "#fdf0d5",
    Activity.DEBRIEF: "#eadff5",
    Activity.TRAVEL: "#e8e8e8",
    Activity.MEAL: "#f8e1e1",
    Activity.FREE: "#f4f4f4",
}


def day_heading(day: date) -> str:
    """ "Mon. May 10, 2027" / "Lun. 10 mai 2027": a day with its weekday, in the UI's locale."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
    if QLocale().language() == QLocale.Language.English:
        text = QLocale().toString(QDate(day.year, day.month, day.day), "ddd, MMM d, yyyy")
    return text[:1].upper() + text[1:]


def clock(moment: time) -> str:
    """« 18 h 00 » in French, « 18:00 » in English."""
    if ui_language() == "fr":
        return f"{moment.hour} h {moment.minute:02d}"
    return f"{moment:%H:%M}"


def warning_tip(warning: CheckWarning) -> str:
    """The warning, then why it matters (the 2005 report's recommendation, or Réseau's rule)."""
    reason = warning.reason
    return f"{say(warning.message)}\n{say(reason)}" if reason is not None else say(warning.message)


def slot_mime(slot_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(SLOT_MIME, str(slot_id).encode())
    return mime


def slot_id_of(mime: QMimeData) -> int | None:
    if not mime.hasFormat(SLOT_MIME):
        return None
    text = bytes(mime.data(SLOT_MIME).data()).decode()
    return int(text) if text.isdigit() else None


class SlotCard(QFrame):
    def __init__(
        self, grid: AgendaGrid, slot: SlotView, warnings: Sequence[CheckWarning], mission_zone: str = ""
    ) -> None:
        super().__init__()
        self.grid = grid
        self.slot = slot
        self.warnings = [w for w in warnings if not w.is_acknowledged]
        self.setObjectName(f"slot_card_{slot.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        when = f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot.start and slot.end else ""
        where = ", ".join(p for p in (slot.place, slot.city) if p)
        mark = "⚠ " if self.warnings else ""
        # A slot in another zone than the mission's says where its times are local.
        self.zone_note = ""
        if slot.time_zone and slot.time_zone != mission_zone and slot.start is not None:
            self.zone_note = (
                self.tr("%1 heure de %2")
                .replace("%1", clock(slot.start))
                .replace("%2", zone_place(slot.time_zone))
            )
        text = QLabel(
            f"<b>{mark}{when}</b> · {label(slot.activity)}<br/>{_e(slot.title)}"
            + (f"<br/><span style='color:#555'>{_e(where)}</span>" if where else "")
            + (f"<br/><i>{_e(self.zone_note)}</i>" if self.zone_note else "")
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(5, 3, 5, 3)
        layout.addWidget(text)
        self.setAccessibleName(f"{when} {self.zone_note} {label(slot.activity)} {slot.title}")
        tips = [warning_tip(w) for w in self.warnings]
        hint = self.tr("Glissez pour déplacer ; double-clic pour modifier.")
        self.setToolTip("\n\n".join([self.zone_note] * bool(self.zone_note) + (tips or [hint])))
        self._press: QPoint | None = None
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        border = "2px solid #b00020" if self.warnings else "1px solid #9aa5b1"
        if selected:
            border = "3px solid #1f3a5f"
        color = ACTIVITY_COLORS.get(self.slot.activity, "#ffffff")
        # The card's ground is a fixed pale colour: its text stays dark on a dark desktop too.
        self.setStyleSheet(
            f"SlotCard {{ background: {color}; border: {border}; border-radius: 4px; }}"
            "SlotCard QLabel { color: #1a1a1a; }"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.grid.select_slot(self.slot.id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(slot_mime(self.slot.id))
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.slot_activated.emit(self.slot.id)


class HalfDayCell(QFrame):
    """A drop target for one day and half-day."""

    def __init__(self, grid: AgendaGrid, day: date, half_day: HalfDay, outside: bool) -> None:
        super().__init__()
        self.grid = grid
        self.day = day
        self.half_day = half_day
        self.setObjectName(f"cell_{day.isoformat()}_{half_day.value}")
        self.setAcceptDrops(True)
        self.setMinimumWidth(CARD_WIDTH + 12)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        background = "#fff4f4" if outside else "#ffffff"
        self.setStyleSheet(f"HalfDayCell {{ background: {background}; border: 1px solid #d0d5db; }}")
        self.cards_layout = QVBoxLayout(self)
        self.cards_layout.setContentsMargins(4, 4, 4, 4)
        self.cards_layout.setSpacing(4)
        self.cards_layout.addStretch(1)
        self.setToolTip(self.tr("Double-cliquez pour ajouter un créneau ici."))

    def add_card(self, card: SlotCard) -> None:
        self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if slot_id_of(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if slot_id_of(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        slot_id = slot_id_of(event.mimeData())
        if slot_id is None:
            return
        event.acceptProposedAction()
        self.grid.drop_slot(slot_id, self.day, self.half_day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.cell_activated.emit(self.day, self.half_day)


def _e(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AgendaGrid(QScrollArea):
    slot_moved = Signal(int, object, object)  # slot id, day, HalfDay
    slot_activated = Signal(int)  # double-click: edit
    slot_selected = Signal(int)
    cell_activated = Signal(object, object)  # day, HalfDay: new slot there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_grid")
        self.setWidgetResizable(True)
        self.cards: dict[int, SlotCard] = {}
        self.cells: dict[tuple[date, HalfDay], HalfDayCell] = {}
        self.agenda: MissionAgenda | None = None
        self.selected_id: int | None = None
        self.fit_week = False  # True: the day columns share the width, the whole week shows
        self.hint: QLabel | None = None
        self.set_agenda(None, {})

    def set_fit_week(self, fit: bool) -> None:
        """Whole week in view (columns share the width) or columns as wide as a card."""
        self.fit_week = fit
        self._size_columns()

    def column_width(self) -> int:
        if not self.fit_week or self.agenda is None:
            return CARD_WIDTH + 12
        days = max(1, len(self.agenda.days()))
        metrics = self.fontMetrics()
        row_names = max(metrics.horizontalAdvance(label(h).capitalize()) for h in HalfDay) + 16
        available = self.viewport().width() - row_names - 6 * (days + 1)
        return max(FIT_MIN_WIDTH, available // days)

    def _size_columns(self) -> None:
        width = self.column_width()
        for cell in self.cells.values():
            cell.setMinimumWidth(width)
            cell.setMaximumWidth(width if self.fit_week else 16777215)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_week:
            self._size_columns()

    def set_agenda(
        self, agenda: MissionAgenda | None, warnings: Mapping[int, Sequence[CheckWarning]]
    ) -> None:
        self.agenda = agenda
        self.cards.clear()
        self.cells.clear()
        content = QWidget()
        grid = QGridLayout(content)
        grid.setSpacing(2)
        if agenda is None:
            grid.addWidget(QLabel(self.tr("Choisissez une mission.")), 0, 0)
            self.setWidget(content)
            return
        for row, half in enumerate(HalfDay, start=1):
            name = QLabel(f"<b>{label(half).capitalize()}</b>")
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            grid.addWidget(name, row, 0)
        for column, day in enumerate(agenda.days(), start=1):
            outside = bool(agenda.start and agenda.end and not agenda.start <= day <= agenda.end)
            header = QLabel(f"<b>{day_heading(day)}</b>")
            if outside:
                outside_text = self.tr("hors mission")
                header.setText(f"{header.text()}<br/><span style='color:#b00020'>{outside_text}</span>")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)  # narrow columns (Semaine entière): the date on two lines
            grid.addWidget(header, 0, column)
            for row, half in enumerate(HalfDay, start=1):
                cell = HalfDayCell(self, day, half, outside)
                self.cells[(day, half)] = cell
                grid.addWidget(cell, row, column)
        for slot in agenda.slots:
            card = SlotCard(self, slot, warnings.get(slot.id, ()), agenda.settings.time_zone)
            self.cards[slot.id] = card
            self.cells[(slot.day, slot.half_day)].add_card(card)
        for row in range(1, len(HalfDay) + 1):
            # The half-days share the height: an unplanned mission shows a full grid to fill.
            grid.setRowMinimumHeight(row, ROW_MIN_HEIGHT)
            grid.setRowStretch(row, 1)
        self.hint = None
        if not agenda.slots:
            self.hint = QLabel(
                self.tr(
                    "Aucun créneau pour cette mission : double-cliquez une demi-journée "
                    "ou choisissez « Nouveau créneau… » pour commencer le programme."
                )
            )
            self.hint.setObjectName("empty_grid_hint")
            self.hint.setWordWrap(True)
            grid.addWidget(self.hint, len(HalfDay) + 1, 0, 1, len(agenda.days()) + 1)
        self._size_columns()
        self.setWidget(content)
        if self.selected_id in self.cards:
            self.cards[self.selected_id].set_selected(True)

    def show_empty(self, message: str, actions: Sequence[EmptyAction]) -> None:
        """No mission at all: say so, with what creates one, instead of a grid."""
        self.agenda = None
        self.cards.clear()
        self.cells.clear()
        state = EmptyState()
        state.setObjectName("agenda_empty_state")
        state.set_state(message, actions)
        self.setWidget(state)

    def select_slot(self, slot_id: int | None) -> None:
        """Highlight the slot's card and scroll to it (the checks panel jumps here)."""
        for card in self.cards.values():
            card.set_selected(card.slot.id == slot_id)
        self.selected_id = slot_id
        chosen = self.cards.get(slot_id) if slot_id is not None else None
        if chosen is not None and slot_id is not None:
            self.ensureWidgetVisible(chosen)
            chosen.setFocus()
            self.slot_selected.emit(slot_id)

    def selected_slot(self) -> SlotView | None:
        card = self.cards.get(self.selected_id) if self.selected_id is not None else None
        return card.slot if card else None

    def drop_slot(self, slot_id: int, day: date, half_day: HalfDay) -> None:
        card = self.cards.get(slot_id)
        if card is None or (card.slot.day, card.slot.half_day) == (day, half_day):
            return
        self.slot_moved.emit(slot_id, day, half_day)

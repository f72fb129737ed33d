"""The one date field of Réseau: a text field that reads dates as people type them, and a
calendar button.

- Empty is allowed when the field is optional (« (aucune date) » is a placeholder, never text
  that typing is appended to).
- Typing: 2027-03-15, 15/03/2027, 15 mars 2027, March 15, 2027, 20270315
  (``reseau.core.dates.parse_date``). On Return or when the focus leaves, a date is written back
  in the field's display format; text that is not a date stays as typed, marked, and
  ``problem()`` says why (the dialogs refuse to save with that sentence): nothing is lost.
- Up / Down: a day later / earlier, Page Up / Page Down: a month; on an empty field they start
  from the related date (``set_related``) or today, never from 1900.
- The calendar (the ▾ button, Alt+Down or F4) opens on the date, else the related date, else
  today.
- ``follow_start(start, end)``: the end date follows the start only when it is empty or earlier.

It keeps QDateEdit's names used by the views (``date``, ``setDate``, ``dateChanged``,
``setMaximumDate``) so that the Designer forms only change the class.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reseau.core.dates import parse_date

Day = date  # the class has a method named date (QDateEdit's)
_INVALID_STYLE = "border: 2px solid #b00020;"


def to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def from_qdate(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def _add_months(value: date, months: int) -> date:
    return from_qdate(to_qdate(value).addMonths(months)) or value


class DateField(QWidget):
    """See the module docstring."""

    valueChanged = Signal(object)  # Day | None
    dateChanged = Signal(QDate)  # the same change as a QDate (invalid when empty)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._value: Day | None = None
        self._optional = optional
        self._maximum: Day | None = None
        self._format = "yyyy-MM-dd"
        self._related: Callable[[], Day | None] = lambda: None
        self.editor = QLineEdit(self)
        self.editor.setObjectName("date_text")
        self.button = QToolButton(self)
        self.button.setObjectName("date_calendar_button")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._calendar: QCalendarWidget | None = None  # built when first opened
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.editor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.editor.editingFinished.connect(self.commit_text)
        self.editor.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        self.retranslate()

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar, built the first time it is opened (or asked for): it is most of the
        field's cost, and a form of many date fields is opened on the GUI thread (issue 19.6)."""
        if self._calendar is None:
            # A window of its own, not a child: a dialog's mark on the field (a red border style
            # sheet) would otherwise reach every cell of the calendar.
            calendar = QCalendarWidget()
            calendar.setWindowFlags(Qt.WindowType.Popup)
            self.destroyed.connect(calendar.deleteLater)
            calendar.setGridVisible(True)
            calendar.hide()
            calendar.setAccessibleName(self.tr("Calendrier"))
            if self._maximum is not None:
                calendar.setMaximumDate(to_qdate(self._maximum))
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    # -- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("(aucune date)") if self._optional else self.tr("aaaa-mm-jj"))
        self.button.setToolTip(self.tr("Choisir dans le calendrier (Alt+Bas)"))
        self.button.setAccessibleName(self.tr("Calendrier"))
        if self._calendar is not None:
            self._calendar.setAccessibleName(self.tr("Calendrier"))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)

    def showEvent(self, event: QShowEvent) -> None:
        """Without a name of its own, the text field takes its label's (the QLabel whose buddy is
        this field): a screen reader then says « Début », as for a QDateEdit."""
        if not self.accessibleName():
            label = next((w for w in self.window().findChildren(QLabel) if w.buddy() is self), None)
            if label is not None:
                self.editor.setAccessibleName(label.text().replace("&", "").rstrip(" :\u00a0*"))
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- settings -----------------------------------------------------------------------------

    def setOptional(self, optional: bool) -> None:
        self._optional = optional
        self.retranslate()

    def setDisplayFormat(self, fmt: str) -> None:
        self._format = fmt
        self._show(self._value)

    def setMaximumDate(self, maximum: QDate) -> None:
        self._maximum = from_qdate(maximum)
        if self._calendar is not None:
            self._calendar.setMaximumDate(maximum)

    def set_related(self, related: Callable[[], Day | None]) -> None:
        """Where the calendar and the arrows start when the field is empty (e.g. the start date
        for the end date)."""
        self._related = related

    # -- value --------------------------------------------------------------------------------

    def value(self) -> Day | None:
        return self._value

    def setValue(self, value: Day | None) -> None:
        self._show(value)
        self._set(value)

    def date(self) -> QDate:
        return to_qdate(self._value)

    def setDate(self, value: QDate) -> None:
        self.setValue(from_qdate(value))

    def text(self) -> str:
        return self.editor.text()

    def problem(self) -> str | None:
        """Why the text is not an acceptable date, or None."""
        text = self.editor.text().strip()
        if not text:
            return None if self._optional else self.tr("Indiquez une date (par exemple 2027-03-15).")
        found = parse_date(text)
        if found is None:
            return (
                self.tr(
                    "« %s » n'est pas une date : écrivez par exemple 2027-03-15, 15/03/2027 ou 15 mars 2027."
                )
                % text
            )
        if self._maximum is not None and found > self._maximum:
            return self.tr("La date %s est après le %s.") % (found.isoformat(), self._maximum.isoformat())
        return None

    def commit_text(self) -> None:
        """Read the typed text: a date is shown in the display format, other text stays."""
        problem = self.problem()
        self.editor.setStyleSheet(_INVALID_STYLE if problem else "")
        self.editor.setToolTip(problem or "")
        if problem:
            return
        found = parse_date(self.editor.text())
        self._show(found)
        self._set(found)

    def _show(self, value: Day | None) -> None:
        self.editor.setText(QLocale().toString(to_qdate(value), self._format) if value else "")
        self.editor.setStyleSheet("")
        self.editor.setToolTip("")

    def _set(self, value: Day | None) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)
            self.dateChanged.emit(to_qdate(value))

    def starting_point(self) -> Day:
        return self._value or self._related() or Day.today()

    # -- keyboard and calendar ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit_text()  # also when Qt keeps editingFinished for itself (no change seen)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return True
        steps = {
            Qt.Key.Key_Up: lambda d: d + timedelta(days=1),
            Qt.Key.Key_Down: lambda d: d - timedelta(days=1),
            Qt.Key.Key_PageUp: lambda d: _add_months(d, 1),
            Qt.Key.Key_PageDown: lambda d: _add_months(d, -1),
        }
        step = steps.get(Qt.Key(key))
        if step is None:
            return False
        self.commit_text()
        if self.problem() is None:
            self.setValue(step(self._value) if self._value else self.starting_point())
        return True

    def open_calendar(self) -> None:
        self.commit_text()
        self.calendar.setSelectedDate(to_qdate(self.starting_point()))
        self.calendar.setLocale(QLocale())  # the UI's language, as the field
        self.calendar.resize(self.calendar.sizeHint())
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.calendar.hide()
        self.setDate(value)
        self.editor.setFocus()


def follow_start(start: DateField, end: DateField) -> None:
    """The end date takes the start date when it is empty or earlier, and its calendar opens on
    the start date; a later end date is left alone."""
    end.set_related(start.value)

    def on_start(value: Day | None) -> None:
        if value is None:
            return
        current = end.value()
        if not end.text().strip() or (current is not None and current < value):
            end.setValue(value)

    start.valueChanged.connect(on_start)


def date_problems(*fields: DateField) -> list[tuple[DateField, str]]:
    """The fields (enabled ones) whose text is not an acceptable date, and why: the dialogs
    mark them and refuse to save rather than drop what was typed."""
    found = []
    for field in fields:
        field.commit_text()
        problem = field.problem() if field.isEnabled() else None
        if problem:
            found.append((field, problem))
    return found

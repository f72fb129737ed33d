"""What a list or a pane shows when it has no rows: a sentence, and the actions that fill it.

A blank table reads as « broken » or « still loading »; issue 16.5 asks every list to say why it
is empty and offer what fills it (« Ajouter une personne », « Importer des contacts… »,
« Charger les données de démonstration »). ``EmptyState`` is that widget; the views put it in a
``QStackedWidget`` beside their table (``EmptyStack``) and switch on their row count.

Actions of the main window (import, demo data) are reached by the ``objectName`` of its
``QAction`` (``window_action``): a view shown alone, as in a unit test, has no such action and
the button is hidden rather than dead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from reseau.ui.style import EMPTY_STATE_SHEET, carry


@dataclass(frozen=True)
class EmptyAction:
    """A button of an empty state: its text, and what it does (``None``: not available here)."""

    text: str
    run: Callable[[], object] | None
    name: str = ""  # objectName of the button, for tests


def window_action(widget: QWidget, name: str) -> Callable[[], object] | None:
    """The trigger of the main window's action ``name`` (``import_action``, ``demo_action``),
    or None when ``widget`` is not in a window that has it."""
    action = widget.window().findChild(QAction, name)
    return action.trigger if action is not None else None


def tr(text: str) -> str:
    return QCoreApplication.translate("EmptyState", text)


def demo_data(widget: QWidget) -> EmptyAction:
    """« Charger les données de démonstration »: the window's File action."""
    run = window_action(widget, "demo_action")
    return EmptyAction(tr("Charger les données de démonstration"), run, "empty_demo")


def import_contacts(widget: QWidget) -> EmptyAction:
    """« Importer des contacts… »: the window's import wizard."""
    return EmptyAction(tr("Importer des contacts…"), window_action(widget, "import_action"), "empty_import")


class EmptyState(QWidget):
    """A centred sentence over a row of buttons; ``set_state`` changes both. ``compact``: one
    line at the top left in the text's own size, for the small tables of a summary (the
    dashboard's follow-ups), where a centred, larger sentence would be cut."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("empty_state")
        carry(self, EMPTY_STATE_SHEET)
        self.message = QLabel()
        self.message.setObjectName("empty_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        font = self.message.font()
        if compact:
            font.setItalic(True)
            self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        else:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.message.setFont(font)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.addStretch(1)
        self._buttons_row.addStretch(1)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        if compact:
            layout.setContentsMargins(4, 2, 4, 2)
        else:
            layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addLayout(self._buttons_row)
        layout.addStretch(2)

    def set_state(self, message: str, actions: Sequence[EmptyAction] = ()) -> None:
        self.message.setText(message)
        for button in self.buttons:
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for action in actions:
            if action.run is None:
                continue
            button = QPushButton(action.text)
            button.setObjectName(action.name or "empty_action")
            button.clicked.connect(lambda _=False, run=action.run: run())
            self._buttons_row.insertWidget(self._buttons_row.count() - 1, button)
            self.buttons.append(button)

    def button(self, text: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == text), None)


class EmptyStack(QStackedWidget):
    """``content`` (a table, a chart) or, when ``show_empty`` is called, an ``EmptyState``."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = EmptyState(compact=compact)
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_empty(self, message: str, actions: Sequence[EmptyAction] = ()) -> None:
        self.empty.set_state(message, actions)
        self.setCurrentWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def is_empty_shown(self) -> bool:
        return self.currentWidget() is self.empty

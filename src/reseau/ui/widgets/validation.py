"""Show which fields of a dialog are wrong and why, and put the focus on the first one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_INVALID_STYLE = "border: 2px solid #b00020;"


class FieldMarker:
    def __init__(self, message_label: QLabel) -> None:
        self._label = message_label
        self._marked: list[QWidget] = []
        self._messages: list[str] = []

    def clear(self) -> None:
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
        self._marked.clear()
        self._messages.clear()
        self._label.clear()

    def mark(self, widget: QWidget, message: str) -> None:
        if not self._marked:
            widget.setFocus()
        widget.setStyleSheet(_INVALID_STYLE)
        widget.setToolTip(message)
        self._marked.append(widget)
        self._messages.append(message)
        self._label.setText("\n".join(self._messages))

    def has_problems(self) -> bool:
        return bool(self._marked)

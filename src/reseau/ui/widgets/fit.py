"""Windows that fit the screen: nothing opens taller or wider than the screen it is on.

The Designer forms and the views ask for sizes chosen on a large screen (the main window
1280×800, the person dialog 720 px high): on a 1280×720 laptop their buttons fell below the
taskbar (issue 16.4). ``fit_to_screen`` shrinks a window to the available geometry of its
screen, less room for the title bar the window manager adds, and moves it back on screen; the
main window calls it, the dialogs' forms ask for sizes that fit. ``tests/ui/test_fit_screen.py``
opens every window on a 1280×720 screen and checks its size and its minimum size (a long form
puts its fields in a scroll area). No application-wide event filter: it would run Python for
every event of the application.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # what a window manager's frame takes above the window (Windows, GNOME: ~30-38 px)
BORDER = 8  # and around it


def room(widget: QWidget) -> QSize:
    """The largest client size ``widget`` may take on its screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)
    return QSize(available.width() - 2 * BORDER, available.height() - TITLE_BAR - BORDER)


def fit_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` (a window) to fit its screen, and keep its top-left corner on it."""
    limit = room(widget)
    size = widget.size()
    fitted = QSize(min(size.width(), limit.width()), min(size.height(), limit.height()))
    if fitted != size:
        widget.resize(fitted)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    x = min(max(widget.x(), available.left()), available.right() - fitted.width() - BORDER)
    y = min(max(widget.y(), available.top()), available.bottom() - fitted.height() - TITLE_BAR)
    if (x, y) != (widget.x(), widget.y()):
        widget.move(max(x, available.left()), max(y, available.top()))

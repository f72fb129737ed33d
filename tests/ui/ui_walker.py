"""Open every window, area and dialog, and collect what a user sees and can reach.

Used by the translation, accessibility and tab-order tests. Dialogs: the ``KNOWN`` factories,
plus every QDialog subclass of a ``reseau.ui.<area>.*_dialog`` module that can be built with no argument (so a
dialog added later is walked too as soon as its constructor allows it).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import reseau.ui
from reseau.core.settings import Settings


def _known(context: Any = None) -> dict[str, Callable[[], QDialog]]:
    """Factories of the dialogs whose constructor needs arguments (empty choices: no database)."""
    from datetime import date, time

    from reseau.core.agenda import CheckSettings
    from reseau.core.enums import Activity, ExchangeKind, ExchangeStatus, InteractionKind
    from reseau.services.agenda.editing import SlotInput
    from reseau.services.agenda.reading import SlotChoices
    from reseau.services.exchanges.dtos import ExchangeChoices
    from reseau.services.journal.entries import EntryInput, JournalChoices
    from reseau.ui.agenda.copy_day_dialog import CopyDayDialog
    from reseau.ui.agenda.settings_dialog import AgendaSettingsDialog
    from reseau.ui.agenda.slot_dialog import SlotDialog
    from reseau.ui.exchanges.exchange_dialog import ExchangeDialog
    from reseau.ui.exchanges.exchange_status_dialog import ExchangeStatusDialog
    from reseau.ui.i18n import ui_language
    from reseau.ui.journal.journal_entry_dialog import JournalEntryDialog
    from reseau.ui.organizations.organization_dialog import OrganizationDialog
    from reseau.ui.persons.person_dialog import PersonDialog
    from reseau.ui.preferences.preferences_dialog import PreferencesDialog
    from reseau.ui.themes.theme_dialog import ThemeDialog
    from reseau.ui.widgets.conflict_dialog import ConflictDialog

    day = date(2027, 5, 10)
    journal = JournalChoices((), (), (), ())
    known: dict[str, Callable[[], QDialog]] = {
        "PersonDialog": lambda: PersonDialog([]),
        "OrganizationDialog": lambda: OrganizationDialog([]),
        "PreferencesDialog": lambda: PreferencesDialog(Settings()),
        "SlotDialog": lambda: SlotDialog(
            SlotChoices((), (), (), ()),
            (day, day),
            SlotInput(day, time(9), time(10), Activity.PRESENTATION),
            editing=False,
        ),
        "JournalEntryDialog": lambda: JournalEntryDialog(
            journal, EntryInput(day, InteractionKind.MEETING), today=day
        ),
        "ThemeDialog": lambda: ThemeDialog(journal),
        "CopyDayDialog": lambda: CopyDayDialog([day], day),
        "AgendaSettingsDialog": lambda: AgendaSettingsDialog(CheckSettings()),
        "ConflictDialog": lambda: ConflictDialog("Richard Massé"),
        # The exchange dialog, on a stage (every tab enabled), and its status dialog.
        "ExchangeDialog": lambda: ExchangeDialog(
            ExchangeChoices((), (), ()), kind=ExchangeKind.STAGE, lang=ui_language()
        ),
        "ExchangeStatusDialog": lambda: ExchangeStatusDialog(
            "Stage à Lille", ExchangeStatus.PLANNED, ui_language()
        ),
    }
    # BackupsDialog and RetentionDialog need a live context (they query on open): they are
    # covered by their own tests (tests/ui/test_backups_dialog.py, test_privacy_ui.py).
    return known


def dialogs(context: Any = None) -> Iterator[tuple[str, QDialog]]:
    known = _known(context)
    for name, factory in known.items():
        yield name, factory()
    for info in pkgutil.walk_packages(reseau.ui.__path__, "reseau.ui."):
        if not info.name.endswith("_dialog") or ".forms." in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, QDialog) or cls.__module__ != module.__name__ or name in known:
                continue
            try:
                yield name, cls()
            except TypeError:
                continue  # needs arguments: add it to _known()


def pages(window: QWidget) -> Iterator[QWidget]:
    """The window itself, then each tab of each QTabWidget made current in turn."""
    yield window
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield window
        tabs.setCurrentIndex(0)


def visible_texts(root: QWidget, content: bool = True) -> list[str]:
    """The chrome a user reads: titles, labels, buttons, placeholders, tabs, menus, headers.

    ``content=False`` leaves out labels, tooltips, combo items and accessible names: in the
    areas they show records (an agenda card, a check's message written by a service), which are
    data, not interface strings.
    """
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QAbstractButton) or (content and isinstance(w, QLabel)):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QPlainTextEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QAbstractSpinBox):
            texts.append(w.specialValueText())
        if isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        if content and isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QTableView) and w.model() is not None:
            from PySide6.QtCore import Qt

            texts.extend(
                str(w.model().headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(w.horizontalHeader().count())
            )
        if content and w.accessibleName() and not isinstance(w.parentWidget(), QTabBar):  # Qt's scroll arrows
            texts.append(w.accessibleName())
        if content and w.toolTip() and not isinstance(w, QAbstractItemView):
            texts.append(w.toolTip())
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            texts.append(menu.title())
            texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
    return [t for t in texts if t and t.strip()]


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def interactive(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QHeaderView) or not w.isVisibleTo(root):
            continue  # a table's header is named by its columns
        parent = w.parentWidget()
        # The line edit inside a spin box or combo box is named by its owner.
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        out.append(w)
    return out


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""

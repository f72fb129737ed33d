"""Keyboard: every menu and menu action of the window has a mnemonic (&) or a shortcut, and no
two entries of one menu share a mnemonic letter."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reseau.ui.context import AppContext
from reseau.ui.main_window import MainWindow


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _walk(menu: QMenu) -> list[tuple[str, list[QAction]]]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    found = [(menu.title(), actions)]
    for action in actions:
        if action.menu() is not None:
            found += _walk(action.menu())  # type: ignore[arg-type]
    return found


def test_every_menu_action_has_a_mnemonic_or_a_shortcut(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if a.menu() is not None]
    assert len(menus) >= 3
    missing, clashes = [], []
    for top in menus:
        if _mnemonic(top.title()) is None:  # type: ignore[union-attr]
            missing.append(top.title())  # type: ignore[union-attr]
        for title, actions in _walk(top):  # type: ignore[arg-type]
            letters = [_mnemonic(a.text()) for a in actions]
            for action, letter in zip(actions, letters, strict=True):
                if letter is None and action.shortcut().isEmpty():
                    missing.append(f"{title} › {action.text()}")
            used = [letter for letter in letters if letter]
            clashes += [f"{title} › &{letter}" for letter in set(used) if used.count(letter) > 1]
    assert missing == [], "menu entries without a mnemonic or shortcut:\n" + "\n".join(missing)
    assert clashes == [], "one letter for two entries:\n" + "\n".join(clashes)

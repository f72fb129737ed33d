"""Themes widgets: deletion lists the links first, coverage cells open their list, network export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reseau.core.enums import Country
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.themes import records as themes
from reseau.ui.context import AppContext
from reseau.ui.journal.view import JournalView
from reseau.ui.themes.coverage_view import CellListDialog, CoverageView
from reseau.ui.themes.view import ThemesListView

Wait = Callable[[AppContext], None]


def test_deleting_a_linked_theme_lists_the_links_first(
    qtbot: QtBot, context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.runner.database.begin() as s:
        pid = add_person(
            s, PersonInput(last_name="Lescot", first_name="Gérard", country=Country.QUEBEC)
        ).value
        tid = themes.add_theme(s, themes.ThemeInput(title="Logement social", person_ids=(pid,))).value
    view = ThemesListView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    assert view.select_id(tid)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No
    )
    view.delete_button.click()
    wait_ops(context)
    assert "Gérard Lescot" in asked[0] and "conservées" in asked[0]
    with context.runner.database.begin() as s:
        assert any(r.id == tid for r in themes.list_themes(s))  # "No": nothing happened
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.delete_button.click()
    wait_ops(context)
    with context.runner.database.begin() as s:
        assert not any(r.id == tid for r in themes.list_themes(s))


def test_built_in_theme_deletion_is_explained_not_done(
    qtbot: QtBot, context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = ThemesListView(context)
    qtbot.addWidget(view)
    wait_ops(context)
    view.table.selectRow(0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text))
    view.delete_button.click()
    wait_ops(context)
    assert "rapport de 2005" in told[0]
    assert view.model.rowCount() == 24


def test_coverage_cell_opens_its_list(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = CoverageView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).code == "T08")
    opened: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        CellListDialog, "ask", classmethod(lambda _c, _p, title, items: opened.append((title, items)))
    )
    view._on_table_clicked(view.model.index(row, 4))  # Pers. QC
    title, items = opened[0]
    assert title.startswith("T08")
    assert {n.name for n in items} == {"Alice Herskovitch", "Nancy Lebeuf"}
    assert view.model.row_at(row).gap_fr is False


def test_network_tab_draws_and_exports(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Wait, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PNG and SVG written off the GUI thread (a FileOp under a progress dialog), with a caption
    (theme, period, date), a legend and every name in full; the view says where they went."""
    import re

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    view = JournalView(demo_context)
    qtbot.addWidget(view)
    wait_ops(demo_context)
    network = view.network  # built when first asked for, then reads
    wait_ops(demo_context)
    assert network.network is not None and len(network.network.nodes) > 20
    target = tmp_path / "n"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    network.png_button.click()
    assert network.last_export is None  # still being written, off the GUI thread
    wait_ops(demo_context)
    assert network.last_export == tmp_path / "n.png"
    assert str(tmp_path / "n.png") in network.export_label.text() and network.export_label.isVisibleTo(
        network
    )
    image = QImage(str(tmp_path / "n.png"))
    assert not image.isNull() and image.width() > 1800
    network.svg_button.click()
    wait_ops(demo_context)
    svg = (tmp_path / "n.svg").read_text(encoding="utf-8")
    words = " ".join(re.findall(r">([^<>]+)</text>", svg))
    assert "Thème : Tous les thèmes" in words and "Période : Tout" in words and "Produit le" in words
    for legend in ("personne", "organisation", "échange", "journal", "participation", "lien direct au thème"):
        assert legend in words, legend
    assert "Claude Bigot" in words and "…" not in words
    # A long name is wrapped, never cut: each of its words is there.
    long_name = "Agence de la santé et des services sociaux de la Mauricie et du Centre-du-Québec"
    assert all(word in words for word in long_name.split())


def test_main_window_has_the_three_areas(qtbot: QtBot, demo_context: AppContext, wait_ops: Wait) -> None:
    from reseau.ui.dashboard.view import DashboardView
    from reseau.ui.main_window import MainWindow
    from reseau.ui.themes.view import ThemesView

    window = MainWindow(demo_context, "demo")
    qtbot.addWidget(window)
    wait_ops(demo_context)
    assert isinstance(window.area_widget("dashboard"), DashboardView)
    assert isinstance(window.area_widget("themes"), ThemesView)
    assert isinstance(window.area_widget("journal"), JournalView)
    board = window.area_widget("dashboard")
    assert board.follow_ups.models  # type: ignore[attr-defined]


def test_new_theme_through_its_dialog(
    qtbot: QtBot, context: AppContext, wait_ops: Wait, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from reseau.core.enums import ThemeStatus
    from reseau.ui.themes.theme_dialog import ThemeDialog
    from reseau.ui.widgets import check_list

    with context.runner.database.begin() as s:
        pid = add_person(
            s, PersonInput(last_name="Massé", first_name="Richard", country=Country.QUEBEC)
        ).value
    view = ThemesListView(context)
    qtbot.addWidget(view)
    wait_ops(context)

    def drive(cls: type[ThemeDialog], parent: Any, choices: Any, data: Any = None, code: str = "") -> Any:
        dialog = cls(choices, data, code, parent)
        qtbot.addWidget(dialog)
        dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save).click()
        assert dialog.result_data is None and "obligatoire" in dialog.ui.error_label.text()
        for ch in "Logement abordable":
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, dialog.ui.title, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )
        dialog.ui.status.setCurrentIndex(dialog.ui.status.findData(ThemeStatus.ACTIVE.value))
        check_list.set_checked(dialog.ui.persons, pid)
        dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save).click()
        return dialog.result_data

    monkeypatch.setattr(ThemeDialog, "ask", classmethod(drive))
    view.new_button.click()
    wait_ops(context)
    with context.runner.database.begin() as s:
        row = next(r for r in themes.list_themes(s) if r.title == "Logement abordable")
    assert (row.code, row.status, row.persons) == ("", ThemeStatus.ACTIVE, 1)
    assert view.selected_row() is not None and view.selected_row().id == row.id  # type: ignore[union-attr]

"""One language at a time: every area (with a record's detail pane), every main dialog and Qt's
own file dialog, in French and in English, without a telltale word of the other language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from reseau.core.enums import ContactKind, ContactUsage
from reseau.db.session import Database
from reseau.services.persons.records import PersonInput, add_person
from reseau.services.shared.contact_points import ContactInput
from reseau.ui.context import AppContext
from reseau.ui.i18n import Translators
from reseau.ui.main_window import MainWindow
from tests import packaging_scripts
from tests.ui.ui_walker import dialogs, pages, visible_texts

QM = Path(__file__).resolve().parents[2] / "src" / "reseau" / "resources" / "translations"

# Words that give a screen away as being in the other language: interface words, not data.
FRENCH_TELLTALES = (
    "Journal des échanges",
    "Consigner un échange",
    "modifier",
    "(travail)",
    "(domicile)",
    "(cellulaire)",
    "régional",
    "rencontre",  # a code's words (an interaction kind) in a dialog's list
    "Nom de fichier",
    "Enregistrer",
    "Annuler",
    "Fermer",
    "aucune date",
    "Voir dans",
    "Rechercher",
)
ENGLISH_TELLTALES = ("Look in", "File name", "Files of type", "Cancel", "Save", "Open", "Close", "Delete")
# French spacing in English: "delegate (20) :", "Name :".
FRENCH_COLON = re.compile(r"\S[ \u00a0\u202f]:(\s|$)")


@pytest.fixture(scope="module")
def compiled() -> Path:
    packaging_scripts.load("build_translations").build()  # type: ignore[attr-defined]
    return QM


@pytest.fixture
def language(compiled: Path) -> Iterator[Callable[[str], str]]:
    installed = Translators()
    yield lambda wanted: installed.install(wanted, compiled)
    installed.remove()
    QLocale.setDefault(QLocale.c())


def _details(window: MainWindow, wait: Callable[[], None]) -> Iterator[tuple[str, str]]:
    """The detail pane of each area's first record (contact labels, journal, links)."""
    for area in window.areas:
        widget = window.show_area(area.key)
        for table in widget.findChildren(QAbstractItemView):
            if table.model() is not None and table.model().rowCount() > 0 and table.isVisibleTo(widget):
                table.setCurrentIndex(table.model().index(0, 0))
                wait()
                break
        for pane in widget.findChildren(QTextBrowser):
            yield f"{area.key} detail", pane.toPlainText()


def _screens(window: MainWindow, context: AppContext, wait: Callable[[], None]) -> Iterator[tuple[str, str]]:
    for area in window.areas:
        widget = window.show_area(area.key)
        wait()
        for text in visible_texts(window):
            yield f"area {area.key}", text
        for label in widget.findChildren(QLabel):
            if label.isVisibleTo(widget):
                yield f"area {area.key}", label.text()
    yield from _details(window, wait)
    for name, dialog in dialogs(context):
        for page in pages(dialog):
            for text in visible_texts(page):
                yield name, text
        dialog.deleteLater()
    files = QFileDialog(window, "", str(Path.home()))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    for text in visible_texts(files):
        yield "QFileDialog", text
    files.deleteLater()


def _found(texts: list[tuple[str, str]], words: tuple[str, ...]) -> list[tuple[str, str]]:
    patterns = [re.compile(rf"(?<![\w&]){re.escape(word)}(?![\w])") for word in words]
    return sorted(
        {(where, text[:160]) for where, text in texts for p in patterns if p.search(text.replace("&", ""))}
    )


def _walk(
    qtbot: QtBot, demo: AppContext, wait_ops: Callable[[AppContext], None], database: Database, lang: str
) -> list[tuple[str, str]]:
    # First in the list (by name): a person with typed contact points, whose pane shows them.
    with database.begin() as session:
        add_person(
            session,
            PersonInput(
                last_name="Aaron",
                first_name="Anne",
                contacts=(
                    ContactInput(ContactKind.PHONE, "+1 514 555 0101", usage=ContactUsage.WORK),
                    ContactInput(ContactKind.EMAIL, "anne@exemple.qc.ca", usage=ContactUsage.HOME),
                ),
            ),
        )
    context = replace(demo, language=lang)  # as build_window gives it the UI's language
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    wait_ops(context)
    return list(_screens(window, context, lambda: wait_ops(context)))


def test_english_shows_no_french(
    qtbot: QtBot,
    demo_context: AppContext,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    language,
) -> None:  # type: ignore[no-untyped-def]
    assert language("en") == "en"
    texts = _walk(qtbot, demo_context, wait_ops, demo_database, "en")
    assert any("(work)" in text for where, text in texts if where == "persons detail")
    assert any(where == "QFileDialog" and "Look in" in text for where, text in texts)
    french = _found(texts, FRENCH_TELLTALES)
    assert french == [], "French words in English mode:\n" + "\n".join(map(str, french))
    # Records' own words (a mission's title, with its dates) are data, in the language typed.
    chrome = [(w, t) for w, t in texts if not w.endswith("detail") and not re.search(r"\d{4}", t)]
    spaced = sorted({(w, t[:160]) for w, t in chrome if FRENCH_COLON.search(t)})
    assert spaced == [], "French spacing in English mode:\n" + "\n".join(map(str, spaced))
    # In the panes, the counts and lists built in code: "delegate (20): …", "(mission; …)".
    built = re.compile(r"\(\d+\)[ \u00a0\u202f]:|\w[ \u00a0\u202f];")
    panes = sorted({w for w, t in texts if w.endswith("detail") and built.search(t)})
    assert panes == [], panes
    assert any(w == "exchanges detail" and re.search(r"\(\d+\): ", t) for w, t in texts)


def test_french_shows_no_english(
    qtbot: QtBot,
    demo_context: AppContext,
    demo_database: Database,
    wait_ops: Callable[[AppContext], None],
    language,
) -> None:  # type: ignore[no-untyped-def]
    assert language("fr") == "fr"
    texts = _walk(qtbot, demo_context, wait_ops, demo_database, "fr")
    assert any("(travail)" in text for where, text in texts if where == "persons detail")
    assert any(where == "QFileDialog" and "Voir dans" in text for where, text in texts)
    english = _found(texts, ENGLISH_TELLTALES)
    assert english == [], "English words in French mode:\n" + "\n".join(map(str, english))


def test_the_telltales_would_be_found() -> None:
    """The check itself: a word of the other language is caught, a longer word is not."""
    assert _found([("x", "Journal des échanges")], FRENCH_TELLTALES) == [("x", "Journal des échanges")]
    assert _found([("x", "&Look in:")], ENGLISH_TELLTALES) == [("x", "&Look in:")]
    assert _found([("x", "Opening hours")], ENGLISH_TELLTALES) == []
    assert FRENCH_COLON.search("delegate (20) :") and not FRENCH_COLON.search("delegate (20):")

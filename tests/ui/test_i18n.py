"""Every visible string goes through Qt's translation system, in French and in English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QListWidget, QTabWidget
from pytestqt.qtbot import QtBot

from reseau.core import labels
from reseau.core.typography import plain_space_problems
from reseau.ui.context import AppContext
from reseau.ui.i18n import Translators, choose_language, locale_for
from reseau.ui.main_window import MainWindow
from tests import packaging_scripts
from tests.ui.ui_walker import dialogs, pages, visible_texts

ROOT = Path(__file__).resolve().parents[2]


def _packaging() -> object:
    return packaging_scripts.load("build_translations")


bt = _packaging()
QM = ROOT / "src" / "reseau" / "resources" / "translations"


@pytest.fixture(scope="module")
def compiled() -> Path:
    bt.build()  # type: ignore[attr-defined]
    return QM


def _pattern(source: str) -> re.Pattern[str]:
    escaped = re.escape(source)
    return re.compile("^" + re.sub(r"%(?:s|\d|n)", ".+", escaped.replace(r"%", "%")) + "$", re.DOTALL)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every string of the current sources, by a fresh lupdate (the committed catalog may lag)."""
    ts = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    bt.lupdate(ts, "en")  # type: ignore[attr-defined]
    return bt.messages(ts)  # type: ignore[attr-defined,no-any-return]


def _catalog(messages: set[tuple[str, str]]) -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern of the French source, source, English translation or "")."""
    english = bt.translations("en")  # type: ignore[attr-defined]
    return [(_pattern(source), source, english.get((name, source), "")) for name, source in messages]


def _all_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    for area in window.areas:
        widget = window.show_area(area.key)
        for text in visible_texts(window, content=False):
            yield f"area {area.key}", text
        # Every tab too: the hidden ones are built when first shown, in the language of then.
        for tabs in widget.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                for text in visible_texts(window, content=False):
                    yield f"area {area.key}, tab {tabs.tabText(index)}", text
        for nav in window.findChildren(QListWidget):
            for row in range(nav.count()):
                yield "navigation", nav.item(row).text()
    for name, dialog in dialogs(window.context):
        for page in pages(dialog):
            for text in visible_texts(page):
                yield name, text
        dialog.deleteLater()


@pytest.fixture
def translators(compiled: Path) -> Iterator[Callable[[str], str]]:
    installed = Translators()
    yield lambda language: installed.install(language, compiled)
    installed.remove()
    QLocale.setDefault(QLocale.c())


def _window(qtbot: QtBot, context: AppContext, wait: Callable[[AppContext], None]) -> MainWindow:
    window = MainWindow(context, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    wait(context)
    return window


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).strip()


def _allowed_data() -> set[str]:
    words = set(labels.FRENCH.values()) | {"Français", "English"}  # codes shown through label()
    return words | {w[:1].upper() + w[1:] for w in words}


def _unspaced(text: str) -> str:
    """The text as written in the sources: the French translator adds no-break spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _is_data(text: str) -> bool:
    """A date in a combo (CopyDayDialog lists the mission's days): data, not a UI string."""
    return re.search(r"\b\d{4}\b", text) is not None


def test_french_window_and_dialogs_show_only_strings_that_go_through_tr(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None], translators, extracted
) -> None:  # type: ignore[no-untyped-def]
    assert translators("fr") == "fr"
    catalog = _catalog(extracted)
    allowed = _allowed_data()
    window = _window(qtbot, demo_context, wait_ops)
    texts = list(_all_texts(window))
    stray = sorted(
        {
            (where, text)
            for where, text in texts
            if text not in allowed
            and not _is_data(text)
            and not any(
                p.match(t) or p.match(_plain(t)) for p, _, _ in catalog for t in (text, _unspaced(text))
            )
        }
    )
    assert stray == [], "strings shown in French that do not go through tr():\n" + "\n".join(map(str, stray))
    # French typography comes with the French translators (core.typography): no label, button
    # or title keeps a plain space before « : » or inside « ».
    plain = sorted({(where, text) for where, text in texts if plain_space_problems(_plain(text))})
    assert plain == [], "plain spaces in French text:\n" + "\n".join(map(str, plain))


def test_english_window_and_dialogs_are_translated(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None], translators, extracted
) -> None:  # type: ignore[no-untyped-def]
    """No visible string stays in French when its English translation exists (the .qm applies)."""
    assert translators("en") == "en"
    catalog = _catalog(extracted)
    window = _window(qtbot, demo_context, wait_ops)
    texts = list(_all_texts(window))
    assert ("navigation", "Persons") in texts
    french = sorted(
        {
            (where, text)
            for where, text in texts
            for pattern, source, english in catalog
            if (pattern.match(text) or pattern.match(_plain(text))) and english and english != source
        }
    )
    assert french == [], "strings still in French in English mode:\n" + "\n".join(map(str, french))
    assert window.edit_actions.undo_action.text() == "&Undo"


def test_switching_to_english_leaves_no_french_in_the_areas_shown_later(
    qtbot: QtBot, demo_context: AppContext, wait_ops: Callable[[AppContext], None], translators, extracted
) -> None:  # type: ignore[no-untyped-def]
    """The Préférences switch the language by building the window again: every area and tab
    built before the switch (in French) is gone, and those built after it, even long after, as
    the tabs built when first shown, speak English only."""
    assert translators("fr") == "fr"
    catalog = _catalog(extracted)
    before = _window(qtbot, demo_context, wait_ops)
    for area in before.areas:
        before.show_area(area.key)
    wait_ops(demo_context)
    assert before.area_widgets["journal"].tabs.tabText(1) == "À relancer"
    before.hide()  # as the window closes for the switch (its runner is the next one's here)
    assert translators("en") == "en"
    after = _window(qtbot, demo_context, wait_ops)
    assert set(after.area_widgets) == {"dashboard"}  # the others are built when next shown
    texts = list(_all_texts(after))
    wait_ops(demo_context)
    texts += list(_all_texts(after))  # once more: what the reads that answered since changed
    journal = after.area_widgets["journal"]
    assert journal.tabs.tabText(1) == "Follow-ups due"
    assert journal.tabs.widget(1) is journal.follow_ups  # built by the walk, after the switch
    assert any(where == "area journal, tab Follow-ups due" for where, _ in texts)
    french = sorted(
        {
            (where, text)
            for where, text in texts
            for pattern, source, english in catalog
            if (pattern.match(text) or pattern.match(_plain(text))) and english and english != source
        }
    )
    assert french == [], "strings still in French after the switch:\n" + "\n".join(map(str, french))


def test_committed_catalogs_hold_every_string_of_the_sources(extracted: set[tuple[str, str]]) -> None:
    """Fails after a merge that added strings: run `python packaging/build_translations.py --update`."""
    for language in ("fr", "en"):
        missing = extracted - bt.messages(bt.catalog(language))  # type: ignore[attr-defined]
        assert not missing, f"reseau_{language}.ts lacks {len(missing)} strings, e.g. {sorted(missing)[:3]}"


def test_english_catalog_has_no_unfinished_entry() -> None:
    """Fails while `python packaging/build_translations.py --check` lists entries to translate."""
    assert bt.unfinished("en") == []  # type: ignore[attr-defined]


def test_missing_or_broken_catalog_falls_back_to_french(tmp_path: Path, qapp: QApplication) -> None:
    (tmp_path / "reseau_en.qm").write_bytes(b"not a qm file")
    installed = Translators()
    try:
        assert installed.install("en", tmp_path) == "fr"
        assert QApplication.translate("RecordListView", "&Supprimer") == "&Supprimer"
        assert installed.install("en", tmp_path / "missing") == "fr"
    finally:
        installed.remove()
        QLocale.setDefault(QLocale.c())


def test_language_follows_preference_then_system_locale() -> None:
    assert choose_language("en", QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "en"
    assert choose_language("system", QLocale(QLocale.Language.French, QLocale.Country.France)) == "fr"
    assert choose_language("system", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert choose_language("system", QLocale(QLocale.Language.English, QLocale.Country.Canada)) == "en"


def test_dates_and_numbers_follow_the_locale() -> None:
    from datetime import date

    french = locale_for("fr", QLocale(QLocale.Language.German))
    english = locale_for("en", QLocale(QLocale.Language.German))
    assert french.toString(1234.5, "f", 1) in {"1\u00a0234,5", "1 234,5", "1\u202f234,5"}
    assert english.toString(1234.5, "f", 1) == "1,234.5"
    assert "mai" in french.toString(date(2005, 5, 2), QLocale.FormatType.LongFormat)
    assert "May" in english.toString(date(2005, 5, 2), QLocale.FormatType.LongFormat)


def test_removing_the_translators_gives_back_the_language_used_before(
    qapp: QApplication, compiled_translations: Path
) -> None:
    """A window reopened in English and closed must not leave English words behind: the next
    window of the same process (a test, or « Rouvrir maintenant ») reads the default locale."""
    from reseau.ui.i18n import ui_language

    before = QLocale()
    QLocale.setDefault(locale_for("fr"))
    try:
        installed = Translators()
        assert installed.install("en", compiled_translations) == "en"
        assert ui_language() == "en"
        installed.remove()
        assert ui_language() == "fr"
    finally:
        QLocale.setDefault(before)

"""Install the translators: Réseau's own strings and Qt's (standard buttons, dialogs).

French is the source language: the code says ``self.tr("Enregistrer")``. English comes from
``reseau_en.qm`` (compiled from resources/translations/reseau_en.ts by
packaging/build_translations.py). The language is the preference when it says "fr" or "en",
else French when the system locale is French and English otherwise. A missing or broken
``.qm`` is not an error: the strings stay in the source language (French) and a line is logged.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator

from reseau.core import labels
from reseau.core.messages import Message, Speaker
from reseau.core.typography import french
from reseau.reports.words import yes_no

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent.parent
# In the wheel (and the bundle) the .qm files sit in reseau/resources/translations; in a source
# checkout, build_translations.py writes them to the same place.
_CANDIDATES = (_PACKAGE / "resources" / "translations", _PACKAGE.parent.parent / "resources" / "translations")
SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en")


@cache
def translations_folder() -> Path | None:
    return next((p for p in _CANDIDATES if any(p.glob("*.qm"))), None)


def choose_language(preference: str, system: QLocale | None = None) -> str:
    """ "fr" or "en": the preference when it names one, else from the system locale."""
    if preference in LANGUAGES:
        return preference
    locale = system if system is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the system's own French or English variant when it matches."""
    system = system if system is not None else QLocale.system()
    if language == "fr":
        wanted = QLocale.Language.French
        fallback = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    else:
        wanted = QLocale.Language.English
        fallback = QLocale(QLocale.Language.English, QLocale.Country.Canada)
    return system if system.language() == wanted else fallback


class FallbackTranslator(QTranslator):
    """A translator that also looks a string up without its context.

    lupdate files the strings of module-level ``tr()`` helpers (``QCoreApplication.translate(
    "Areas", text)``) under the empty context; looking there second makes every such helper
    work whatever context name it passes.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        # None is a null QString, which tells Qt "not translated here": an empty string would
        # replace the text with nothing.
        return found or None


# Qt 6 strings that the qtbase_fr catalog shipped with PySide6 lacks (its entries are for the
# Qt 5 wording: "Look in:" without the mnemonic): without them Qt's own file dialog showed
# "Look in:" beside « Nom de fichier ».
QT_FRENCH_GAPS = {
    ("QFileDialog", "&Look in:"): "&Voir dans :",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type :",
    ("QPlatformTheme", "Don't Save"): "Ne pas enregistrer",
}


class FrenchTranslator(FallbackTranslator):
    """French mode: every string Qt asks for (Réseau's, through ``tr()``, and Qt's own, when
    ``qtbase`` is True) comes back with French typography (``core.typography.french``): the
    no-break spaces are applied here rather than written in hundreds of source strings.

    Installed last, it is asked first; it looks the string up in its own catalog (the French
    .qm, when one was loaded: plural forms), else returns the typeset source text. A string
    that typography leaves unchanged and the catalog does not know is "not translated here"
    (None), so that Qt's own French catalog is still asked.
    """

    def __init__(self, parent: QObject | None = None, others: tuple[QTranslator, ...] = ()) -> None:
        super().__init__(parent)
        self.others = others  # Qt's own French catalog, asked before the source text

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n) if not self.isEmpty() else None
        for other in self.others:
            found = found or other.translate(context, source, disambiguation, n) or None
        found = found or QT_FRENCH_GAPS.get((context, source))
        text = found or source
        typeset = french(text)
        return typeset if found or typeset != source else None


class Translators:
    """The translators installed on the application (kept alive here, removable for tests)."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        # The default locale before install(): remove() puts it back, since the UI's language is
        # read from it (ui_language) — otherwise a closed English window left English words in
        # whatever the same process showed next (seen in the test suite).
        self._locale_before: QLocale | None = None

    def install(self, preference: str, folder: Path | None = None) -> str:
        """Install the translators for ``preference``; return the language really in use."""
        self.remove()
        language = choose_language(preference)
        self._locale_before = QLocale()
        QLocale.setDefault(locale_for(language))
        self.language = language
        app = QCoreApplication.instance()
        if app is None:
            return language
        folder = folder if folder is not None else translations_folder()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded_own = False
        for name, where in ((f"reseau_{language}", folder), (f"qtbase_{language}", qt_folder)):
            if where is None:
                continue
            translator = FallbackTranslator(app) if name.startswith("reseau") else QTranslator(app)
            if translator.load(name, str(where)) and app.installTranslator(translator):
                self.installed.append(translator)
                loaded_own = loaded_own or name.startswith("reseau")
            elif language != SOURCE_LANGUAGE or name.startswith("qtbase"):
                log.warning("Translation %s not found or unreadable in %s", name, where)
        if language != SOURCE_LANGUAGE and not loaded_own:
            # Everything in French (Qt's own strings and the locale too): better than a window
            # half in one language and half in the other.
            return self.install(SOURCE_LANGUAGE, folder)
        if language == "fr":
            self._install_typography(app, folder)
        return self.language

    def _install_typography(self, app: QCoreApplication, folder: Path | None) -> None:
        """French typography on every string, over the catalogs just installed."""
        typography = FrenchTranslator(app, tuple(self.installed))
        if folder is not None:
            typography.load("reseau_fr", str(folder))
        if app.installTranslator(typography):
            self.installed.append(typography)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.installed:
            if app is not None:
                app.removeTranslator(translator)
        self.installed.clear()
        self.language = SOURCE_LANGUAGE
        if self._locale_before is not None:
            QLocale.setDefault(self._locale_before)
            self._locale_before = None


def format_date(value: date, long: bool = False) -> str:
    """A date in the language in use (``QLocale.setDefault`` was set by ``Translators``)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), kind)


def format_number(value: float, decimals: int = 0) -> str:
    """1 234,5 in French, 1,234.5 in English."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """Up to two decimals, no trailing zeros, in the locale: 1,25 / 1,5 / 2 (1.25 in English)."""
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return QLocale().toString(round(value, 2), "f", shortest)


def say(message: Message | str) -> str:
    """A message of the core (``reseau.core.messages``) in the UI's language and locale."""
    return _SPEAKER.say(message)


def _translate_message(text: str) -> str:
    # lupdate files ``tr()`` of the core under the empty context.
    return QCoreApplication.translate("", text)


_SPEAKER = Speaker(
    translate=_translate_message,
    day=format_date,
    number=short_number,
    word=lambda code: labels.label(code, ui_language()),
    yes_no=yes_no,
    finish=lambda text: french(text) if ui_language() == "fr" else text,
)


def ui_language() -> str:
    """ "en" when the English translators are installed (Translators.install sets the default
    locale), else "fr"."""
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def spaced(text: str, lang: str | None = None) -> str:
    """Punctuation built in code (" : ", " ; ") spaced for the language: French no-break
    spaces (``core.typography``), none before : ; ! ? in English ("delegate (20): …")."""
    if (lang or ui_language()) == "fr":
        return french(text)
    return _SPACE_BEFORE_SIGN.sub(r"\1", text)


_SPACE_BEFORE_SIGN = re.compile("[ \u00a0\u202f]+([:;!?])")


def label(code: StrEnum, lang: str | None = None) -> str:
    """The words for ``code`` in the UI's language (or ``lang``)."""
    return labels.label(code, lang or ui_language())

"""The words of the reports in the UI's language: fixed text, core messages, dates and numbers.

The reports may not import ``reseau.ui``; this is the small equivalent of ``reseau.ui.i18n``'s
``say``/``format_date``/``format_number``. Fixed text goes through
``QCoreApplication.translate(context, text)``: with the UI's translators installed it is
English in English mode; on the command line (no translator) it stays French, and so do the
dates and numbers (``language()`` is "fr" unless the UI set English).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from reseau.core import labels
from reseau.core.messages import Message, Speaker
from reseau.core.normalize import fold
from reseau.core.typography import french


def language() -> str:
    """ "en" when the UI installed English (its translators set the default locale), else "fr"
    (the command line, French mode)."""
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def locale() -> QLocale:
    """The default locale (set by the UI's translators) when it speaks the report's language;
    French (Canada) otherwise, so that the command line keeps its French dates."""
    current = QLocale()
    wanted = QLocale.Language.English if language() == "en" else QLocale.Language.French
    if current.language() == wanted:
        return current
    country = QLocale.Country.Canada
    return QLocale(wanted, country)


def t(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under another name, for short call sites; French text
    gets its no-break spaces (``core.typography``), with or without the UI's translators."""
    return typeset(QCoreApplication.translate(context, text))


def typeset(text: str) -> str:
    """``text`` with the typography of the report's language (French: ``core.typography``)."""
    return french(text) if language() == "fr" else text


def fmt_date(value: date) -> str:
    """A short date: 10/05/2027 in French, the English locale's own form in English."""
    if language() == "fr":
        return f"{value:%d/%m/%Y}"  # the form the French reports always used
    return locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def report_day(day: date, weekday: bool = True) -> str:
    """ "Lun. 10 mai 2027" / "Mon, May 10, 2027": a day heading of the agenda reports."""
    if language() == "en":
        pattern = "ddd, MMM d, yyyy" if weekday else "MMM d, yyyy"
    else:
        pattern = "ddd d MMM yyyy" if weekday else "d MMMM yyyy"
    text = locale().toString(QDate(day.year, day.month, day.day), pattern)
    return text[:1].upper() + text[1:]


def say(message: Message | str) -> str:
    """A core message in the report's language (French when no translator is installed)."""
    return _SPEAKER.say(message)


def _short_number(value: float) -> str:
    # As ``reseau.ui.i18n.say``: up to two decimals, no trailing zeros (a ratio of 1,25).
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return locale().toString(round(value, 2), "f", shortest)


def yes_no(yes: bool) -> str:
    """ "oui"/"non" in the language of the installed translator (the UI's too)."""
    return (
        QCoreApplication.translate("Messages", "oui")
        if yes
        else QCoreApplication.translate("Messages", "non")
    )


_SPEAKER = Speaker(
    translate=lambda text: QCoreApplication.translate("", text),
    day=fmt_date,
    number=_short_number,
    word=lambda code: labels.label(code, language()),
    yes_no=yes_no,
    finish=typeset,
)


def page_words() -> str:
    """ "page %1 sur %2" / "page %1 of %2": the footer of every PDF report."""
    return QCoreApplication.translate("Reports", "page %1 sur %2")


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by "-", cut between two words to at most ``limit``: a file's
    name (here, not in ``mission_pdf``, so that the view asking it does not load ReportLab)."""
    text = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(text) > limit:
        cut = text[: limit + 1].rfind("-")
        text = text[: cut if cut > 0 else limit]
    return text or "document"

"""Words and dates for the PDF reports in the UI's language (reports may not import reseau.ui).

The GUI installs the translators and ``QLocale.setDefault``; the command line installs neither,
so the same code writes French there (the source language, and a French fallback locale).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from reseau.core import labels
from reseau.core.messages import Message, as_message, french_value


def _english() -> bool:
    return QLocale().language() == QLocale.Language.English


def _locale() -> QLocale:
    # Without a GUI the default locale is the process's (C/POSIX in CI): French then, as the CLI.
    locale = QLocale()
    return (
        locale
        if locale.language() in (QLocale.Language.English, QLocale.Language.French)
        else QLocale(QLocale.Language.French, QLocale.Country.Canada)
    )


def report_day(day: date, weekday: bool = True) -> str:
    """ "Lun. 10 mai 2027" / "Mon, May 10, 2027" in the locale in use."""
    if _english():
        pattern = "ddd, MMM d, yyyy" if weekday else "MMM d, yyyy"
    else:
        pattern = "ddd d MMM yyyy" if weekday else "d MMMM yyyy"
    text = _locale().toString(QDate(day.year, day.month, day.day), pattern)
    return text[:1].upper() + text[1:]


def report_say(message: Message | str) -> str:
    """A core message in the report's language: like ``reseau.ui.i18n.say``."""
    return as_message(message).render(lambda text: QCoreApplication.translate("", text), _value)


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return report_say(value)
    if isinstance(value, StrEnum):
        return labels.label(value)
    if isinstance(value, datetime):
        return f"{report_day(value.date(), weekday=False)} {value:%H:%M}"
    if isinstance(value, date):
        return report_day(value)
    if isinstance(value, float) and _english():
        return f"{value:.1f}"
    return french_value(value) if not _english() else str(value)

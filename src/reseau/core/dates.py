"""Read a date the way people type it, in French or in English.

``parse_date`` accepts the ISO form (2027-03-15), the day first with slashes, dashes or dots
(15/03/2027, 15-03-2027, 15.03.27), eight digits (20270315), and the month in words in either
language, accents and case ignored (15 mars 2027, 1er août 2027, 15 march 2027, March 15, 2027,
« 15 fevr. 2027 »). A year of two digits is 20xx. It returns None for anything else, and for a
day that does not exist (31/02/2027): the caller says so and keeps the text.
"""

from __future__ import annotations

import re
from datetime import date

from reseau.core.normalize import fold

# Folded month names and the abbreviations people write, French and English.
_MONTH_NAMES = (
    ("janvier", "janv", "january", "jan"),
    ("fevrier", "fevr", "fev", "february", "feb"),
    ("mars", "march", "mar"),
    ("avril", "avr", "april", "apr"),
    ("mai", "may"),
    ("juin", "june", "jun"),
    ("juillet", "juil", "july", "jul"),
    ("aout", "august", "aug"),
    ("septembre", "sept", "sep", "september"),
    ("octobre", "oct", "october"),
    ("novembre", "nov", "november"),
    ("decembre", "dec", "december"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}

# A weekday in front ("lundi 15 mars 2027", "Monday 15 March 2027") is read past.
_WEEKDAY = re.compile(
    r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun) (?=\S)"
)

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DAY_MONTH_WORD = re.compile(r"(\d{1,2})(?:er)? ([a-z]+) (\d{2}|\d{4})")
_MONTH_WORD_DAY = re.compile(r"([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{2}|\d{4})")


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """The date ``text`` stands for, or None when it is not a date (see the module docstring)."""
    raw = text.strip()
    for pattern, order in ((_ISO, (0, 1, 2)), (_COMPACT, (0, 1, 2)), (_DAY_FIRST, (2, 1, 0))):
        found = pattern.fullmatch(raw)
        if found:
            parts = found.groups()
            return _make(_year(parts[order[0]]), int(parts[order[1]]), int(parts[order[2]]))
    words = _WEEKDAY.sub("", fold(raw), count=1)  # "Lundi 15 Mars, 2027." -> "15 mars 2027"
    found = _DAY_MONTH_WORD.fullmatch(words)
    if found and found.group(2) in _MONTHS:
        return _make(_year(found.group(3)), _MONTHS[found.group(2)], int(found.group(1)))
    found = _MONTH_WORD_DAY.fullmatch(words)
    if found and found.group(1) in _MONTHS:
        return _make(_year(found.group(3)), _MONTHS[found.group(1)], int(found.group(2)))
    return None

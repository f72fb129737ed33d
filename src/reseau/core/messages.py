"""Sentences the core speaks as codes: a French source text with named holes, and the values.

The services never build a finished sentence for the user (ARCHITECTURE rule 9). They return a
:class:`Message`::

    from reseau.core.messages import tr

    FieldProblem("participants", tr("La personne n° {person_id} n'existe plus.", person_id=7))

``tr`` is the name pyside6-lupdate looks for: the source text lands in the catalogs (context "",
which ``reseau.ui.i18n.FallbackTranslator`` searches), translators see the ``{person_id}`` hole
and keep it. The source text must be a literal (never an f-string), or lupdate cannot read it.

Two renderings:
- the UI calls ``reseau.ui.i18n.say(message)``: the translated text, dates and numbers in the
  locale, enum codes through ``core.labels`` in the UI's language;
- ``str(message)`` is the French sentence: for the command line, the logs and the tests.

A value may be another :class:`Message` (a record kind, a reason), rendered the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from reseau.core.labels import label
from reseau.core.typography import french

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


@dataclass(frozen=True)
class Message:
    """A source text with ``{name}`` holes and the values that fill them."""

    text: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def render(self, translate: Callable[[str], str], value: Callable[[Any], str]) -> str:
        """The sentence with ``translate`` applied to every text and ``value`` to every value."""
        filled = {name: value(v) for name, v in self.params}
        template = translate(self.text)
        try:
            return template.format_map(filled)
        except (KeyError, IndexError, ValueError):
            # A translation that lost or mangled a hole must not hide the message.
            return self.text.format_map(filled)

    def __str__(self) -> str:
        return FRENCH.say(self)


def tr(text: str, **params: Any) -> Message:
    """Mark ``text`` for translation and bind its holes; see the module docstring."""
    return Message(text, tuple(params.items()))


def as_message(text: str | Message) -> Message:
    """A plain string (a library's own message, a file name) as a message without holes."""
    return text if isinstance(text, Message) else Message("{text}", (("text", text),))


def french_date(value: date) -> str:
    """ "10 mai 2027", without relying on the process locale."""
    return f"{value.day} {_MONTHS_FR[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class Speaker:
    """How one place turns messages into sentences: its translation and its way of writing
    each kind of value. The command line's French (``FRENCH``), the window (``ui.i18n.say``) and
    the PDF reports (``reports.words.say``) differ only in these functions."""

    translate: Callable[[str], str]
    day: Callable[[date], str]
    number: Callable[[float], str]  # a float; integers stay as written (ids, lines, years)
    word: Callable[[StrEnum], str]
    yes_no: Callable[[bool], str]
    # The typography of the language, on the sentence's own words (not on the values, which
    # may be a person's text): ``core.typography.french`` for French.
    finish: Callable[[str], str] = str

    def say(self, message: Message | str) -> str:
        return as_message(message).render(lambda text: self.finish(self.translate(text)), self.value)

    def value(self, value: Any) -> str:
        if isinstance(value, Message):
            return self.say(value)
        if isinstance(value, StrEnum):
            return self.word(value)
        if isinstance(value, datetime):
            return f"{self.day(value.date())} {value:%H:%M}"
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, bool):
            return self.yes_no(value)
        if isinstance(value, float):
            return self.number(value)
        # Integers stay as they are: in messages they are record numbers, line numbers and
        # years, which a group separator would garble ("ligne 1 204" reads as two numbers).
        return str(value)


def _french_number(value: float) -> str:
    # Up to two decimals, no trailing zeros: a ratio of 1.25 must not read "1,2".
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


FRENCH = Speaker(
    translate=lambda text: text,
    day=french_date,
    number=_french_number,
    word=lambda code: label(code, "fr"),
    yes_no=lambda yes: "oui" if yes else "non",
    finish=french,
)
